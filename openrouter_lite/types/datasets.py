"""Types of the datasets API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import Model

__all__ = (
    "AppRankingsResponse",
    "AppRankingsItem",
    "RankingsDailyMeta",
    "RankingsDailyResponse",
    "RankingsDailyItem",
    "SessionCostResponse",
    "SessionCostItem",
    "SessionCostMeta",
)


class AppRankingsResponse(Model):
    """Response of ``GET /datasets/app-rankings``."""

    # Apps ranked per the requested `sort`, re-numbered 1..N after category filtering.
    data: list[AppRankingsItem]
    meta: RankingsDailyMeta


class AppRankingsItem(Model):
    # Stable numeric identifier of the app on OpenRouter.
    app_id: int
    # Public display name of the app.
    app_name: str
    # 1-based position of the app within this response, per the requested `sort`.
    rank: int
    # Number of requests attributed to the app inside the date window.
    total_requests: int
    # Sum of `prompt_tokens + completion_tokens` attributed to the app inside the date window...
    total_tokens: str


class RankingsDailyMeta(Model):
    # ISO-8601 timestamp of when the response was generated.
    as_of: str
    # Resolved end of the date window (UTC, inclusive).
    end_date: str
    # Resolved start of the date window (UTC, inclusive).
    start_date: str
    # Dataset version.
    # Always "v1".
    version: str


class RankingsDailyResponse(Model):
    """Response of ``GET /datasets/rankings-daily``."""

    # Up to 51 rows per day — the top 50 public models by `total_tokens` for each UTC calendar...
    data: list[RankingsDailyItem]
    meta: RankingsDailyMeta


class RankingsDailyItem(Model):
    # UTC calendar date the row is aggregated over (YYYY-MM-DD).
    date: str
    # Model variant permaslug (e.g. `openai/gpt-4o-2024-05-13`, `openai/gpt-4o-2024-05-13:free`).
    model_permaslug: str
    # Sum of `prompt_tokens + completion_tokens` for the day, returned as a decimal string so...
    total_tokens: str


class SessionCostResponse(Model):
    """Response of ``GET /datasets/session-cost``."""

    data: list[SessionCostItem]
    meta: SessionCostMeta


class SessionCostItem(Model):
    # Published harness display label.
    app_name: str
    # Stable public slug of the harness.
    app_slug: str
    # Median USD spend per sampled session.
    median_session_cost_usd: float
    # Exact model permaslug.
    model_permaslug: str
    # Inclusive session turn-count range.
    # One of: 1-turn, 2-9-turns, 10-49-turns, 50-plus-turns.
    turn_range: str


class SessionCostMeta(Model):
    # ISO-8601 timestamp when the response was generated.
    as_of: str
    # Dataset version.
    # Always "v1".
    version: str
    # Number of days in the weekly session sample window, or null when no snapshot is published.
    window_days: int | None = None
    # UTC date of the final day in the session sample window, or null when no snapshot is...
    window_end_date: str | None = None
