"""Types of the benchmarks API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import Model

__all__ = (
    "UnifiedBenchmarksResponse",
    "UnifiedBenchmarksAAItem",
    "UnifiedBenchmarkPricing",
    "UnifiedBenchmarksDAItem",
    "UnifiedBenchmarksDAItemTournamentStats",
    "UnifiedBenchmarksORItem",
    "UnifiedBenchmarksSearchItem",
    "UnifiedBenchmarksSearchRunConfig",
    "UnifiedBenchmarksResponseData",
    "UnifiedBenchmarksMeta",
)


class UnifiedBenchmarksResponse(Model):
    """Response of ``GET /benchmarks``."""

    data: list[UnifiedBenchmarksResponseData]
    meta: UnifiedBenchmarksMeta


class UnifiedBenchmarksAAItem(Model):
    # Model name as listed on Artificial Analysis.
    display_name: str
    # Stable OpenRouter model identifier.
    model_permaslug: str
    # Benchmark source discriminator.
    # Always "artificial-analysis".
    source: str
    # Artificial Analysis Agentic Index composite score.
    agentic_index: float | None = None
    # Artificial Analysis Coding Index composite score.
    coding_index: float | None = None
    # Artificial Analysis Intelligence Index composite score.
    intelligence_index: float | None = None
    pricing: UnifiedBenchmarkPricing | None = None


class UnifiedBenchmarkPricing(Model):
    """OpenRouter pricing per token for this model."""

    # Cost per output token (USD, decimal string).
    completion: str
    # Cost per input token (USD, decimal string).
    prompt: str


class UnifiedBenchmarksDAItem(Model):
    # Arena this ranking belongs to.
    arena: str
    # Category within the arena.
    category: str
    # Human-readable model name from Design Arena.
    display_name: str
    # ELO rating from head-to-head arena battles.
    elo: float
    # Stable OpenRouter model identifier when mapped; otherwise the upstream Design Arena...
    model_permaslug: str
    # Benchmark source discriminator.
    # Always "design-arena".
    source: str
    # Placement distribution from tournament matches.
    tournament_stats: UnifiedBenchmarksDAItemTournamentStats
    # Win rate as a percentage (0–100).
    win_rate: float
    # Average generation time in milliseconds.
    avg_generation_time_ms: float | None = None
    pricing: UnifiedBenchmarkPricing | None = None


class UnifiedBenchmarksDAItemTournamentStats(Model):
    """Placement distribution from tournament matches."""

    first_place: int | None = None
    fourth_place: int | None = None
    second_place: int | None = None
    third_place: int | None = None
    total: int | None = None


class UnifiedBenchmarksORItem(Model):
    # Aggregate accuracy score from 0 to 1.
    accuracy: float
    # OpenRouter benchmark evaluation type.
    # One of: gpqa_diamond, tau_bench_verified_airline.
    benchmark_type: str
    # Human-readable model name.
    display_name: str
    # Timestamp of the most recent public benchmark run.
    last_run_timestamp: str
    # Stable OpenRouter model identifier.
    model_permaslug: str
    # Benchmark source discriminator.
    # Always "openrouter".
    source: str
    # Total benchmark tasks across runs.
    total_tasks: int
    # Standard deviation of run accuracy, or null for a single run.
    accuracy_stddev: float | None = None
    # Average cost per task in USD, or null if unavailable.
    avg_cost_per_task: float | None = None


class UnifiedBenchmarksSearchItem(Model):
    # OpenRouter search benchmark.
    # One of: search_browsecomp, search_hle, search_dsqa, search_widesearch.
    benchmark_type: str
    # Human-readable model name.
    display_name: str
    # Timestamp of the newest qualifying run in the published configuration's lane.
    last_run_timestamp: str
    # Stable OpenRouter model identifier.
    model_permaslug: str
    # Identifies the meaning of `primary_score`: `f1_by_item` for WideSearch, `accuracy` for...
    # One of: accuracy, f1_by_item.
    primary_metric: str
    # The benchmark's headline score from 0 to 1.
    primary_score: float
    # Search engine the published configuration used.
    search_engine: str
    # Request surface the published configuration went through.
    # One of: server-tool, plugin.
    search_surface: str
    # Benchmark source discriminator.
    # Always "openrouter".
    source: str
    # Tasks evaluated across the published configuration's runs.
    total_tasks: int
    # Average cost per task in USD, or null if unavailable.
    avg_cost_per_task: float | None = None
    # Average wall-clock latency per task in milliseconds, or null if unavailable.
    avg_latency_per_task_ms: float | None = None
    run_config: UnifiedBenchmarksSearchRunConfig | None = None


class UnifiedBenchmarksSearchRunConfig(Model):
    """Published lane configuration, included only when include_run_config=true."""

    # Agent-turn count for the published lane, or null for plugin lanes.
    max_agent_turns: int | None = None
    # Reasoning effort configured for the published lane, or null when omitted.
    reasoning_effort: str | None = None
    # Sampling temperature configured for the published lane, or null when omitted.
    temperature: float | None = None


class UnifiedBenchmarksResponseData(Model):
    """The union of UnifiedBenchmarksAAItem, UnifiedBenchmarksDAItem, UnifiedBenchmarksORItem and
    UnifiedBenchmarksSearchItem, merged into one Struct: every field is optional and a field
    the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    # Artificial Analysis Agentic Index composite score.
    agentic_index: float | None = None
    # Artificial Analysis Coding Index composite score.
    coding_index: float | None = None
    # Model name as listed on Artificial Analysis.
    display_name: str | None = None
    # Artificial Analysis Intelligence Index composite score.
    intelligence_index: float | None = None
    # Stable OpenRouter model identifier.
    model_permaslug: str | None = None
    pricing: UnifiedBenchmarkPricing | None = None
    # Benchmark source discriminator.
    # One of: artificial-analysis, design-arena, openrouter.
    source: str | None = None
    # Arena this ranking belongs to.
    arena: str | None = None
    # Average generation time in milliseconds.
    avg_generation_time_ms: float | None = None
    # Category within the arena.
    category: str | None = None
    # ELO rating from head-to-head arena battles.
    elo: float | None = None
    # Placement distribution from tournament matches.
    tournament_stats: UnifiedBenchmarksDAItemTournamentStats | None = None
    # Win rate as a percentage (0–100).
    win_rate: float | None = None
    # Aggregate accuracy score from 0 to 1.
    accuracy: float | None = None
    # Standard deviation of run accuracy, or null for a single run.
    accuracy_stddev: float | None = None
    # Average cost per task in USD, or null if unavailable.
    avg_cost_per_task: float | None = None
    # OpenRouter benchmark evaluation type.
    # One of: gpqa_diamond, tau_bench_verified_airline, search_browsecomp, ... (3 more).
    benchmark_type: str | None = None
    # Timestamp of the most recent public benchmark run.
    last_run_timestamp: str | None = None
    # Total benchmark tasks across runs.
    total_tasks: int | None = None
    # Average wall-clock latency per task in milliseconds, or null if unavailable.
    avg_latency_per_task_ms: float | None = None
    # Identifies the meaning of `primary_score`: `f1_by_item` for WideSearch, `accuracy` for...
    # One of: accuracy, f1_by_item.
    primary_metric: str | None = None
    # The benchmark's headline score from 0 to 1.
    primary_score: float | None = None
    run_config: UnifiedBenchmarksSearchRunConfig | None = None
    # Search engine the published configuration used.
    search_engine: str | None = None
    # Request surface the published configuration went through.
    # One of: server-tool, plugin.
    search_surface: str | None = None


class UnifiedBenchmarksMeta(Model):
    # ISO-8601 timestamp of when this data was last updated.
    as_of: str
    # Number of unique models in the response.
    model_count: int
    # Dataset version.
    # Always "v1".
    version: str
    # Required attribution when republishing this data, or null when results span multiple...
    citation: str | None = None
    # The source filter applied, or null when all sources are returned.
    # One of: artificial-analysis, design-arena, openrouter.
    source: str | None = None
    # URL of the upstream data source, or null when results span multiple sources.
    source_url: str | None = None
    # The task_type filter applied, or null if showing all.
    task_type: str | None = None
