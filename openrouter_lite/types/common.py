"""Types shared by several API areas, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

import msgspec

from ._base import Model

__all__ = (
    "BadRequestResponse",
    "BadRequestResponseErrorData",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "NotFoundResponse",
    "NotFoundResponseErrorData",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "RequestTimeoutResponse",
    "RequestTimeoutResponseErrorData",
    "ProviderOptions",
    "TraceConfig",
    "PaymentRequiredResponse",
    "PaymentRequiredResponseErrorData",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseErrorData",
    "BadGatewayResponse",
    "BadGatewayResponseErrorData",
    "ServiceUnavailableResponse",
    "ServiceUnavailableResponseErrorData",
    "EdgeNetworkTimeoutResponse",
    "EdgeNetworkTimeoutResponseErrorData",
    "ProviderOverloadedResponse",
    "ProviderOverloadedResponseErrorData",
    "ConflictResponse",
    "ConflictResponseErrorData",
    "AnthropicCacheControlDirective",
    "ChatDebugOptions",
    "PromptCacheBreakpoint",
    "AutoRouterPlugin",
    "AutoBetaRouterPlugin",
    "ModerationPlugin",
    "WebSearchPlugin",
    "WebSearchPluginUserLocation",
    "WebFetchPlugin",
    "FileParserPlugin",
    "PDFParserOptions",
    "ResponseHealingPlugin",
    "ContextCompressionPlugin",
    "ParetoRouterPlugin",
    "FusionPlugin",
    "FusionPluginTools",
    "PromptCacheOptions",
    "ProviderPreferences",
    "ProviderPreferencesMaxPrice",
    "PercentileLatencyCutoffs",
    "PercentileThroughputCutoffs",
    "ProviderSortConfig",
    "StopServerToolsWhenStepCountIs",
    "StopServerToolsWhenHasToolCall",
    "StopServerToolsWhenMaxTokensUsed",
    "StopServerToolsWhenMaxCost",
    "StopServerToolsWhenFinishReasonIs",
    "StopServerToolsWhenCondition",
    "AdvisorServerToolOpenRouter",
    "AdvisorServerToolConfig",
    "AdvisorReasoning",
    "BashServerTool",
    "BashServerToolConfig",
    "ContainerAutoEnvironment",
    "ContainerReferenceEnvironment",
    "BashServerToolEnvironment",
    "DatetimeServerTool",
    "DatetimeServerToolConfig",
    "FilesServerTool",
    "FusionServerToolOpenRouter",
    "FusionServerToolConfig",
    "FusionServerToolConfigReasoning",
    "FusionServerToolConfigTools",
    "ImageGenerationServerToolOpenRouter",
    "ImageGenerationServerToolConfig",
    "SearchModelsServerToolConfig",
    "SubagentServerToolOpenRouter",
    "SubagentServerToolConfig",
    "SubagentReasoning",
    "SubagentNestedTool",
    "WebFetchServerTool",
    "WebFetchServerToolConfig",
    "OpenRouterWebSearchServerTool",
    "WebSearchConfig",
    "WebSearchUserLocationServerTool",
    "OpenRouterMetadata",
    "RouterAttempt",
    "EndpointsMetadata",
    "EndpointInfo",
    "RouterParams",
    "PipelineStage",
    "CostDetails",
    "ServerToolUseDetails",
    "PayloadTooLargeResponse",
    "PayloadTooLargeResponseErrorData",
    "UnprocessableEntityResponse",
    "UnprocessableEntityResponseErrorData",
    "ModelsListResponse",
    "ModelInfo",
    "ModelAliasTarget",
    "ModelArchitecture",
    "ModelBenchmarks",
    "AABenchmarkEntry",
    "DABenchmarkEntry",
    "DefaultParameters",
    "ModelLinks",
    "PerRequestLimits",
    "PublicPricing",
    "PricingOverride",
    "ModelReasoning",
    "TopProviderInfo",
    "ModelsListResponseLinks",
    "ContentPartImage",
    "ContentPartImageImageUrl",
    "AnthropicCacheCreation",
    "AnthropicCompactionUsageIteration",
    "AnthropicIterationCacheCreation",
    "AnthropicMessageUsageIteration",
    "AnthropicAdvisorMessageUsageIteration",
    "AnthropicUnknownUsageIteration",
    "AnthropicUsageIteration",
    "ShellServerToolOpenRouter",
    "ShellServerToolConfig",
    "ShellServerToolEnvironment",
    "ToolSearchServerTool",
    "ToolSearchServerToolConfig",
    "WebSearchUserLocation",
)


class BadRequestResponse(Model):
    """Bad Request - Invalid request parameters or malformed input"""

    error: BadRequestResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class BadRequestResponseErrorData(Model):
    """Error data for BadRequestResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class UnauthorizedResponse(Model):
    """Unauthorized - Authentication required or invalid credentials"""

    error: UnauthorizedResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class UnauthorizedResponseErrorData(Model):
    """Error data for UnauthorizedResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class ForbiddenResponse(Model):
    """Forbidden - Authentication successful but insufficient permissions"""

    error: ForbiddenResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class ForbiddenResponseErrorData(Model):
    """Error data for ForbiddenResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class NotFoundResponse(Model):
    """Not Found - Resource does not exist"""

    error: NotFoundResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class NotFoundResponseErrorData(Model):
    """Error data for NotFoundResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class InternalServerResponse(Model):
    """Internal Server Error - Unexpected server error"""

    error: InternalServerResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class InternalServerResponseErrorData(Model):
    """Error data for InternalServerResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class RequestTimeoutResponse(Model):
    """Request Timeout - Operation exceeded time limit"""

    error: RequestTimeoutResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class RequestTimeoutResponseErrorData(Model):
    """Error data for RequestTimeoutResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class ProviderOptions(Model):
    """Provider-specific options keyed by provider slug.

    Request-only: encoded, never decoded.
    """

    n01ai: Mapping[str, Any] | None = msgspec.field(default=None, name="01ai")
    ai21: Mapping[str, Any] | None = None
    aion_labs: Mapping[str, Any] | None = msgspec.field(default=None, name="aion-labs")
    akashml: Mapping[str, Any] | None = None
    alibaba: Mapping[str, Any] | None = None
    amazon_bedrock: Mapping[str, Any] | None = msgspec.field(default=None, name="amazon-bedrock")
    amazon_bedrock_claude_on_aws: Mapping[str, Any] | None = msgspec.field(
        default=None, name="amazon-bedrock/claude-on-aws"
    )
    amazon_nova: Mapping[str, Any] | None = msgspec.field(default=None, name="amazon-nova")
    ambient: Mapping[str, Any] | None = None
    anthropic: Mapping[str, Any] | None = None
    anthropic_2: Mapping[str, Any] | None = msgspec.field(default=None, name="anthropic/2")
    anyscale: Mapping[str, Any] | None = None
    arcee_ai: Mapping[str, Any] | None = msgspec.field(default=None, name="arcee-ai")
    atlas_cloud: Mapping[str, Any] | None = msgspec.field(default=None, name="atlas-cloud")
    atoma: Mapping[str, Any] | None = None
    avian: Mapping[str, Any] | None = None
    azure: Mapping[str, Any] | None = None
    baidu: Mapping[str, Any] | None = None
    baseten: Mapping[str, Any] | None = None
    black_forest_labs: Mapping[str, Any] | None = msgspec.field(
        default=None, name="black-forest-labs"
    )
    byteplus: Mapping[str, Any] | None = None
    centml: Mapping[str, Any] | None = None
    cerebras: Mapping[str, Any] | None = None
    chutes: Mapping[str, Any] | None = None
    cirrascale: Mapping[str, Any] | None = None
    clarifai: Mapping[str, Any] | None = None
    claude_on_aws: Mapping[str, Any] | None = msgspec.field(default=None, name="claude-on-aws")
    cloudflare: Mapping[str, Any] | None = None
    cohere: Mapping[str, Any] | None = None
    coreweave: Mapping[str, Any] | None = None
    crofai: Mapping[str, Any] | None = None
    crucible: Mapping[str, Any] | None = None
    crusoe: Mapping[str, Any] | None = None
    darkbloom: Mapping[str, Any] | None = None
    databricks: Mapping[str, Any] | None = None
    decart: Mapping[str, Any] | None = None
    deepgram: Mapping[str, Any] | None = None
    deepinfra: Mapping[str, Any] | None = None
    deepseek: Mapping[str, Any] | None = None
    dekallm: Mapping[str, Any] | None = None
    digitalocean: Mapping[str, Any] | None = None
    enfer: Mapping[str, Any] | None = None
    fake_provider: Mapping[str, Any] | None = msgspec.field(default=None, name="fake-provider")
    featherless: Mapping[str, Any] | None = None
    fireworks: Mapping[str, Any] | None = None
    fish_audio: Mapping[str, Any] | None = msgspec.field(default=None, name="fish-audio")
    friendli: Mapping[str, Any] | None = None
    gmicloud: Mapping[str, Any] | None = None
    google_ai_studio: Mapping[str, Any] | None = msgspec.field(
        default=None, name="google-ai-studio"
    )
    google_vertex: Mapping[str, Any] | None = msgspec.field(default=None, name="google-vertex")
    gopomelo: Mapping[str, Any] | None = None
    groq: Mapping[str, Any] | None = None
    heygen: Mapping[str, Any] | None = None
    huggingface: Mapping[str, Any] | None = None
    hyperbolic: Mapping[str, Any] | None = None
    hyperbolic_quantized: Mapping[str, Any] | None = msgspec.field(
        default=None, name="hyperbolic-quantized"
    )
    inception: Mapping[str, Any] | None = None
    inceptron: Mapping[str, Any] | None = None
    inferact_vllm: Mapping[str, Any] | None = msgspec.field(default=None, name="inferact-vllm")
    inference_net: Mapping[str, Any] | None = msgspec.field(default=None, name="inference-net")
    infermatic: Mapping[str, Any] | None = None
    inflection: Mapping[str, Any] | None = None
    inocloud: Mapping[str, Any] | None = None
    io_net: Mapping[str, Any] | None = msgspec.field(default=None, name="io-net")
    ionstream: Mapping[str, Any] | None = None
    klusterai: Mapping[str, Any] | None = None
    krea: Mapping[str, Any] | None = None
    lambda_: Mapping[str, Any] | None = msgspec.field(default=None, name="lambda")
    lepton: Mapping[str, Any] | None = None
    liquid: Mapping[str, Any] | None = None
    lynn: Mapping[str, Any] | None = None
    lynn_private: Mapping[str, Any] | None = msgspec.field(default=None, name="lynn-private")
    makora: Mapping[str, Any] | None = None
    mancer: Mapping[str, Any] | None = None
    mancer_old: Mapping[str, Any] | None = msgspec.field(default=None, name="mancer-old")
    mara: Mapping[str, Any] | None = None
    meta: Mapping[str, Any] | None = None
    minimax: Mapping[str, Any] | None = None
    mistral: Mapping[str, Any] | None = None
    modal: Mapping[str, Any] | None = None
    modelrun: Mapping[str, Any] | None = None
    modular: Mapping[str, Any] | None = None
    moonshotai: Mapping[str, Any] | None = None
    morph: Mapping[str, Any] | None = None
    ncompass: Mapping[str, Any] | None = None
    nebius: Mapping[str, Any] | None = None
    nex_agi: Mapping[str, Any] | None = msgspec.field(default=None, name="nex-agi")
    nextbit: Mapping[str, Any] | None = None
    nineteen: Mapping[str, Any] | None = None
    novita: Mapping[str, Any] | None = None
    nvidia: Mapping[str, Any] | None = None
    octoai: Mapping[str, Any] | None = None
    open_inference: Mapping[str, Any] | None = msgspec.field(default=None, name="open-inference")
    openai: Mapping[str, Any] | None = None
    parasail: Mapping[str, Any] | None = None
    perceptron: Mapping[str, Any] | None = None
    perplexity: Mapping[str, Any] | None = None
    phala: Mapping[str, Any] | None = None
    poolside: Mapping[str, Any] | None = None
    quiver: Mapping[str, Any] | None = None
    recraft: Mapping[str, Any] | None = None
    recursal: Mapping[str, Any] | None = None
    reflection: Mapping[str, Any] | None = None
    reka: Mapping[str, Any] | None = None
    relace: Mapping[str, Any] | None = None
    replicate: Mapping[str, Any] | None = None
    runway: Mapping[str, Any] | None = None
    sail_research: Mapping[str, Any] | None = msgspec.field(default=None, name="sail-research")
    sakana: Mapping[str, Any] | None = None
    sakana_ai: Mapping[str, Any] | None = msgspec.field(default=None, name="sakana-ai")
    sambanova: Mapping[str, Any] | None = None
    sambanova_cloaked: Mapping[str, Any] | None = msgspec.field(
        default=None, name="sambanova-cloaked"
    )
    seed: Mapping[str, Any] | None = None
    sf_compute: Mapping[str, Any] | None = msgspec.field(default=None, name="sf-compute")
    siliconflow: Mapping[str, Any] | None = None
    sourceful: Mapping[str, Any] | None = None
    stealth: Mapping[str, Any] | None = None
    stepfun: Mapping[str, Any] | None = None
    streamlake: Mapping[str, Any] | None = None
    switchpoint: Mapping[str, Any] | None = None
    targon: Mapping[str, Any] | None = None
    tencent: Mapping[str, Any] | None = None
    tenstorrent: Mapping[str, Any] | None = None
    thinkingmachines: Mapping[str, Any] | None = None
    together: Mapping[str, Any] | None = None
    together_lite: Mapping[str, Any] | None = msgspec.field(default=None, name="together-lite")
    ubicloud: Mapping[str, Any] | None = None
    upstage: Mapping[str, Any] | None = None
    venice: Mapping[str, Any] | None = None
    voyageai: Mapping[str, Any] | None = None
    wafer: Mapping[str, Any] | None = None
    wandb: Mapping[str, Any] | None = None
    wandb_legacy: Mapping[str, Any] | None = msgspec.field(default=None, name="wandb-legacy")
    xai: Mapping[str, Any] | None = None
    xiaomi: Mapping[str, Any] | None = None
    z_ai: Mapping[str, Any] | None = msgspec.field(default=None, name="z-ai")


class TraceConfig(Model):
    """Metadata for observability and tracing.

    Request-only: encoded, never decoded.
    """

    generation_name: str | None = None
    parent_span_id: str | None = None
    span_name: str | None = None
    trace_id: str | None = None
    trace_name: str | None = None


class PaymentRequiredResponse(Model):
    """Payment Required - Insufficient credits or quota to complete request"""

    error: PaymentRequiredResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class PaymentRequiredResponseErrorData(Model):
    """Error data for PaymentRequiredResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class TooManyRequestsResponse(Model):
    """Too Many Requests - Rate limit exceeded"""

    error: TooManyRequestsResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class TooManyRequestsResponseErrorData(Model):
    """Error data for TooManyRequestsResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class BadGatewayResponse(Model):
    """Bad Gateway - Provider/upstream API failure"""

    error: BadGatewayResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class BadGatewayResponseErrorData(Model):
    """Error data for BadGatewayResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class ServiceUnavailableResponse(Model):
    """Service Unavailable - Service temporarily unavailable"""

    error: ServiceUnavailableResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class ServiceUnavailableResponseErrorData(Model):
    """Error data for ServiceUnavailableResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class EdgeNetworkTimeoutResponse(Model):
    """Infrastructure Timeout - Provider request timed out at edge network"""

    error: EdgeNetworkTimeoutResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class EdgeNetworkTimeoutResponseErrorData(Model):
    """Error data for EdgeNetworkTimeoutResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class ProviderOverloadedResponse(Model):
    """Provider Overloaded - Provider is temporarily overloaded"""

    error: ProviderOverloadedResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class ProviderOverloadedResponseErrorData(Model):
    """Error data for ProviderOverloadedResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class ConflictResponse(Model):
    """Conflict - Resource conflict or concurrent modification"""

    error: ConflictResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class ConflictResponseErrorData(Model):
    """Error data for ConflictResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class AnthropicCacheControlDirective(Model):
    """Enable automatic prompt caching."""

    # Always "ephemeral".
    type: str
    # One of: 5m, 1h.
    ttl: str | None = None


class ChatDebugOptions(Model):
    """Debug options for inspecting request transformations (streaming only)

    Request-only: encoded, never decoded.
    """

    # If true, includes the transformed upstream request body in a debug chunk at the start of...
    echo_upstream_body: bool | None = None


class PromptCacheBreakpoint(Model):
    """Marks an explicit prompt-cache boundary on this content block (OpenAI-style)."""

    # Always "explicit".
    mode: str


class AutoRouterPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "auto-router".
    id: str
    # List of model patterns to filter which models the auto-router can route between.
    allowed_models: Sequence[str] | None = None
    # Deprecated: Use cost_tier instead.
    cost_quality_tradeoff: int | None = None
    # Named cost/quality setting.
    # One of: low, medium, high, xhigh, max.
    cost_tier: str | None = None
    # Set to false to disable the auto-router plugin for this request.
    enabled: bool | None = None
    # List of model patterns to exclude from auto-router selection.
    excluded_models: Sequence[str] | None = None
    # When true, reuses the model from the most recent assistant message's `model` attribute...
    pin_model: bool | None = None


class AutoBetaRouterPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "auto-beta-router".
    id: str
    # List of model patterns to filter which models the auto-beta-router can route between.
    allowed_models: Sequence[str] | None = None
    # Deprecated: Use cost_tier instead.
    cost_quality_tradeoff: int | None = None
    # Named cost/quality setting.
    # One of: low, medium, high, xhigh, max.
    cost_tier: str | None = None
    # Set to false to disable the auto-beta-router plugin for this request.
    enabled: bool | None = None
    # List of model patterns to exclude from auto-beta-router selection.
    excluded_models: Sequence[str] | None = None


class ModerationPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "moderation".
    id: str


class WebSearchPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "web".
    id: str
    # Set to false to disable the web-search plugin for this request.
    enabled: bool | None = None
    # One of: native, exa, firecrawl, parallel, perplexity.
    engine: str | None = None
    # A list of domains to exclude from web search results.
    exclude_domains: Sequence[str] | None = None
    # A list of domains to restrict web search results to.
    include_domains: Sequence[str] | None = None
    max_results: int | None = None
    # Maximum number of times the model can invoke web search in a single turn.
    max_uses: int | None = None
    # One of: instant, fast, auto, deep-lite, deep, deep-reasoning, turbo, basic, advanced.
    mode: str | None = None
    search_prompt: str | None = None
    # Approximate user location for location-biased search results.
    user_location: WebSearchPluginUserLocation | Mapping[str, Any] | None = None


class WebSearchPluginUserLocation(Model):
    """Approximate user location for location-biased search results.

    Request-only: encoded, never decoded.
    """

    # Always "approximate".
    type: str
    city: str | None = None
    country: str | None = None
    region: str | None = None
    timezone: str | None = None


class WebFetchPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "web-fetch".
    id: str
    # Only fetch from these domains.
    allowed_domains: Sequence[str] | None = None
    # Never fetch from these domains.
    blocked_domains: Sequence[str] | None = None
    # Maximum content length in approximate tokens.
    max_content_tokens: int | None = None
    # Maximum number of web fetches per request.
    max_uses: int | None = None


class FileParserPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "file-parser".
    id: str
    # Set to false to disable the file-parser plugin for this request.
    enabled: bool | None = None
    pdf: PDFParserOptions | Mapping[str, Any] | None = None


class PDFParserOptions(Model):
    """Options for PDF parsing.

    Request-only: encoded, never decoded.
    """

    # One of: mistral-ocr, native, cloudflare-ai, pdf-text.
    engine: str | None = None


class ResponseHealingPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "response-healing".
    id: str
    # Set to false to disable the response-healing plugin for this request.
    enabled: bool | None = None


class ContextCompressionPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "context-compression".
    id: str
    # Set to false to disable the context-compression plugin for this request.
    enabled: bool | None = None
    # Always "middle-out".
    engine: str | None = None


class ParetoRouterPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "pareto-router".
    id: str
    # Set to false to disable the pareto-router plugin for this request.
    enabled: bool | None = None
    # Maximum input price in USD per million tokens.
    max_price: float | None = None
    # Minimum coding quality score between 0 and 1.
    min_coding_score: float | None = None
    # Price source for the Pareto frontier cost axis and for enforcing max_price.
    # One of: prompt, weighted_avg.
    price_source: str | None = None


class FusionPlugin(Model):
    """Request-only: encoded, never decoded."""

    # Always "fusion".
    id: str
    # Slugs of models to run in parallel as the "expert panel" the analyst analyzes.
    analysis_models: Sequence[str] | None = None
    # Set to false to disable the fusion plugin for this request.
    enabled: bool | None = None
    # Maximum number of tool-calling steps each panelist (analysis model) and the analyst...
    max_tool_calls: int | None = None
    # Slug of the model that performs both the analyst step (with web_search + web_fetch) and...
    model: str | None = None
    # A curated OpenRouter fusion preset (slugs follow `<task>-<tier>`, e.g. `general-high`).
    # One of: general-high, general-budget, general-fast.
    preset: str | None = None
    # Server tools available to panelist and analyst inner calls.
    tools: Sequence[FusionPluginTools | Mapping[str, Any]] | None = None


class FusionPluginTools(Model):
    """The ``FusionPlugin.tools`` object.

    Request-only: encoded, never decoded.
    """

    # Server tool type identifier (e.g. "openrouter:web_search", "openrouter:web_fetch").
    type: str
    # Optional configuration forwarded as the tool's `parameters` object.
    parameters: (
        Mapping[
            str,
            str
            | float
            | bool
            | Sequence[str | float | bool | None]
            | Mapping[str, str | float | bool | None]
            | None,
        ]
        | None
    ) = None


class PromptCacheOptions(Model):
    """Request-level prompt-cache controls."""

    # Always "explicit".
    mode: str
    ttl: str | None = None


class ProviderPreferences(Model):
    """When multiple model providers are available, optionally indicate your routing preference.

    Request-only: encoded, never decoded.
    """

    # Whether to allow backup providers to serve requests - true: (default) when the primary...
    allow_fallbacks: bool | None = None
    # Data collection setting.
    # One of: deny, allow.
    data_collection: str | None = None
    # Whether to restrict routing to only models that allow text distillation.
    enforce_distillable_text: bool | None = None
    # List of provider slugs to ignore.
    # One of: Modal, AkashML, AI21, AionLabs, Alibaba, Ambient, Baidu, ... (98 more).
    ignore: Sequence[str] | None = None
    # The object specifying the maximum price you want to pay for this request.
    max_price: ProviderPreferencesMaxPrice | Mapping[str, Any] | None = None
    # List of provider slugs to allow.
    # One of: Modal, AkashML, AI21, AionLabs, Alibaba, Ambient, Baidu, ... (98 more).
    only: Sequence[str] | None = None
    # An ordered list of provider slugs.
    # One of: Modal, AkashML, AI21, AionLabs, Alibaba, Ambient, Baidu, ... (98 more).
    order: Sequence[str] | None = None
    preferred_max_latency: float | PercentileLatencyCutoffs | Mapping[str, Any] | None = None
    preferred_min_throughput: float | PercentileThroughputCutoffs | Mapping[str, Any] | None = None
    # A list of quantization levels to filter the provider by.
    # One of: int4, int8, fp4, mxfp4, nvfp4, fp6, fp8, mxfp8, fp16, bf16, fp32, unknown.
    quantizations: Sequence[str] | None = None
    # Whether to filter providers to only those that support the parameters you've provided.
    require_parameters: bool | None = None
    # The sorting strategy to use for this request, if "order" is not specified.
    # One of: price, throughput, latency, exacto.
    sort: str | ProviderSortConfig | Mapping[str, Any] | None = None
    # Whether to restrict routing to only ZDR (Zero Data Retention) endpoints.
    zdr: bool | None = None


class ProviderPreferencesMaxPrice(Model):
    """The object specifying the maximum price you want to pay for this request.

    Request-only: encoded, never decoded.
    """

    # Maximum price in USD per audio unit
    audio: str | None = None
    # Maximum price in USD per million completion tokens
    completion: str | None = None
    # Maximum price in USD per image
    image: str | None = None
    # Maximum price in USD per million prompt tokens
    prompt: str | None = None
    # Maximum price in USD per request
    request: str | None = None


class PercentileLatencyCutoffs(Model):
    """Percentile-based latency cutoffs.

    Request-only: encoded, never decoded.
    """

    # Maximum p50 latency (seconds)
    p50: float | None = None
    # Maximum p75 latency (seconds)
    p75: float | None = None
    # Maximum p90 latency (seconds)
    p90: float | None = None
    # Maximum p99 latency (seconds)
    p99: float | None = None


class PercentileThroughputCutoffs(Model):
    """Percentile-based throughput cutoffs.

    Request-only: encoded, never decoded.
    """

    # Minimum p50 throughput (tokens/sec)
    p50: float | None = None
    # Minimum p75 throughput (tokens/sec)
    p75: float | None = None
    # Minimum p90 throughput (tokens/sec)
    p90: float | None = None
    # Minimum p99 throughput (tokens/sec)
    p99: float | None = None


class ProviderSortConfig(Model):
    """The provider sorting strategy (price, throughput, latency)

    Request-only: encoded, never decoded.
    """

    # The provider sorting strategy (price, throughput, latency)
    # One of: price, throughput, latency, exacto.
    by: str | None = None
    # Partitioning strategy for sorting: "model" (default) groups endpoints by model before...
    # One of: model, none.
    partition: str | None = None


class StopServerToolsWhenStepCountIs(Model):
    """Stop after the agent loop has executed this many steps.

    Request-only: encoded, never decoded.
    """

    step_count: int
    # Always "step_count_is".
    type: str


class StopServerToolsWhenHasToolCall(Model):
    """Stop after a tool with this name has been called.

    Request-only: encoded, never decoded.
    """

    tool_name: str
    # Always "has_tool_call".
    type: str


class StopServerToolsWhenMaxTokensUsed(Model):
    """Stop once cumulative token usage across the loop exceeds this threshold.

    Request-only: encoded, never decoded.
    """

    max_tokens: int
    # Always "max_tokens_used".
    type: str


class StopServerToolsWhenMaxCost(Model):
    """Stop once cumulative cost across the loop exceeds this dollar threshold.

    Request-only: encoded, never decoded.
    """

    max_cost_in_dollars: float
    # Always "max_cost".
    type: str


class StopServerToolsWhenFinishReasonIs(Model):
    """Stop when the upstream model emits this finish reason (e.g. `length`).

    Request-only: encoded, never decoded.
    """

    reason: str
    # Always "finish_reason_is".
    type: str


class AdvisorServerToolOpenRouter(Model):
    """OpenRouter built-in server tool: consults a higher-intelligence advisor model (any
    OpenRouter model) for guidance mid-generation and returns its response.

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:advisor".
    type: str
    parameters: AdvisorServerToolConfig | Mapping[str, Any] | None = None


class AdvisorServerToolConfig(Model):
    """Configuration for one openrouter:advisor server tool entry.

    Request-only: encoded, never decoded.
    """

    # When true, the full parent conversation is forwarded to the advisor so it sees the same...
    forward_transcript: bool | None = None
    # System instructions for the advisor sub-agent.
    instructions: str | None = None
    # Maximum number of output tokens (including reasoning) the advisor may produce.
    max_completion_tokens: int | None = None
    # Slug of the advisor model to consult (any OpenRouter model).
    model: str | None = None
    # Optional name for this advisor.
    name: str | None = None
    reasoning: AdvisorReasoning | Mapping[str, Any] | None = None
    # When true, the advisor's advice streams incrementally as it is produced.
    stream: bool | None = None
    # Sampling temperature forwarded to the advisor call.
    temperature: float | None = None


class AdvisorReasoning(Model):
    """Reasoning configuration forwarded to the advisor call.

    Request-only: encoded, never decoded.
    """

    # Reasoning effort level for the advisor call.
    # One of: max, xhigh, high, medium, low, minimal, none.
    effort: str | None = None
    # Maximum number of reasoning tokens the advisor may use.
    max_tokens: int | None = None


class BashServerTool(Model):
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:bash".
    type: str
    parameters: BashServerToolConfig | Mapping[str, Any] | None = None


class BashServerToolConfig(Model):
    """Configuration for the openrouter:bash server tool

    Request-only: encoded, never decoded.
    """

    # One of: auto, native, openrouter.
    engine: str | None = None
    environment: BashServerToolEnvironment | Mapping[str, Any] | None = None
    sleep_after_seconds: int | None = None


class ContainerAutoEnvironment(Model):
    """An OpenRouter-managed, auto-provisioned ephemeral container.

    Request-only: encoded, never decoded.
    """

    # Always "container_auto".
    type: str


class ContainerReferenceEnvironment(Model):
    """Reference to a previously created container to reuse.

    Request-only: encoded, never decoded.
    """

    # Identifier of an existing container to reuse (max 20 characters).
    container_id: str
    # Always "container_reference".
    type: str


class DatetimeServerTool(Model):
    """OpenRouter built-in server tool: returns the current date and time

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:datetime".
    type: str
    parameters: DatetimeServerToolConfig | Mapping[str, Any] | None = None


class DatetimeServerToolConfig(Model):
    """Configuration for the openrouter:datetime server tool

    Request-only: encoded, never decoded.
    """

    # IANA timezone name (e.g. "America/New_York").
    timezone: str | None = None


class FilesServerTool(Model):
    """OpenRouter built-in server tool: read, write, edit, and list workspace files via the Files
    API.

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:files".
    type: str
    parameters: Mapping[str, Any] | None = None


class FusionServerToolOpenRouter(Model):
    """OpenRouter built-in server tool: fans out the user prompt to a panel of analysis models,
    then asks an analyst model to summarize their collective output as structured JSON the
    outer model can synthesize from.

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:fusion".
    type: str
    parameters: FusionServerToolConfig | Mapping[str, Any] | None = None


class FusionServerToolConfig(Model):
    """Configuration for the openrouter:fusion server tool.

    Request-only: encoded, never decoded.
    """

    # Slugs of models to run in parallel as the analysis panel.
    analysis_models: Sequence[str] | None = None
    cache_control: AnthropicCacheControlDirective | Mapping[str, Any] | None = None
    # Maximum number of output tokens (including reasoning tokens) each panelist and the...
    max_completion_tokens: int | None = None
    # Maximum number of tool-calling steps each panelist (analysis model) and the analyst...
    max_tool_calls: int | None = None
    # Slug of the analyst model that produces the structured analysis JSON.
    model: str | None = None
    # Reasoning configuration forwarded to panelist and analyst inner calls.
    reasoning: FusionServerToolConfigReasoning | Mapping[str, Any] | None = None
    # Temperature forwarded to panelist inner calls.
    temperature: float | None = None
    # Server tools available to panelist and analyst inner calls.
    tools: Sequence[FusionServerToolConfigTools | Mapping[str, Any]] | None = None


class FusionServerToolConfigReasoning(Model):
    """Reasoning configuration forwarded to panelist and analyst inner calls.

    Request-only: encoded, never decoded.
    """

    # Reasoning effort level for panelist and analyst inner calls.
    # One of: max, xhigh, high, medium, low, minimal, none.
    effort: str | None = None
    # Maximum number of reasoning tokens each panelist and analyst model may use.
    max_tokens: int | None = None


class FusionServerToolConfigTools(Model):
    """The ``FusionServerToolConfig.tools`` object.

    Request-only: encoded, never decoded.
    """

    # Server tool type identifier (e.g. "openrouter:web_search", "openrouter:web_fetch").
    type: str
    # Optional configuration forwarded as the tool's `parameters` object.
    parameters: Mapping[str, Any] | None = None


class ImageGenerationServerToolOpenRouter(Model):
    """OpenRouter built-in server tool: generates images from text prompts using an image
    generation model

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:image_generation".
    type: str
    parameters: ImageGenerationServerToolConfig | Mapping[str, Any] | None = None


class ImageGenerationServerToolConfig(Model):
    """Configuration for the openrouter:image_generation server tool.

    Request-only: encoded, never decoded.
    """

    # Which image generation model to use (e.g. "openai/gpt-5-image").
    model: str | None = None


class SearchModelsServerToolConfig(Model):
    """Configuration for the openrouter:experimental__search_models server tool

    Request-only: encoded, never decoded.
    """

    # Maximum number of models to return.
    max_results: int | None = None


class SubagentServerToolOpenRouter(Model):
    """OpenRouter built-in server tool: delegates self-contained tasks to a smaller, cheaper,
    faster worker model (any OpenRouter model) mid-generation and returns its outcome.

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:subagent".
    type: str
    parameters: SubagentServerToolConfig | Mapping[str, Any] | None = None


class SubagentServerToolConfig(Model):
    """Configuration for one openrouter:subagent server tool entry.

    Request-only: encoded, never decoded.
    """

    # EXPERIMENTAL — subject to change without notice.
    inherit_functions: bool | None = None
    # EXPERIMENTAL — subject to change without notice.
    inherited_function_names: Sequence[str] | None = None
    # System instructions for the subagent.
    instructions: str | None = None
    # Maximum number of output tokens (including reasoning) the subagent may produce.
    max_completion_tokens: int | None = None
    # Maximum number of tool-calling steps the subagent may take during its agentic loop.
    max_tool_calls: int | None = None
    # Slug of the model that executes delegated tasks (any OpenRouter model).
    model: str | None = None
    # Optional name for this subagent.
    name: str | None = None
    reasoning: SubagentReasoning | Mapping[str, Any] | None = None
    # Sampling temperature forwarded to the subagent call.
    temperature: float | None = None
    # Tools the subagent may use while executing a delegated task.
    tools: Sequence[SubagentNestedTool | Mapping[str, Any]] | None = None


class SubagentReasoning(Model):
    """Reasoning configuration forwarded to the subagent call.

    Request-only: encoded, never decoded.
    """

    # Reasoning effort level for the subagent call.
    # One of: max, xhigh, high, medium, low, minimal, none.
    effort: str | None = None
    # Maximum number of reasoning tokens the subagent may use.
    max_tokens: int | None = None


class SubagentNestedTool(Model):
    """A tool made available to the subagent.

    Request-only: encoded, never decoded.
    """

    type: str
    parameters: Mapping[str, Any] | None = None


class WebFetchServerTool(Model):
    """OpenRouter built-in server tool: fetches full content from a URL (web page or PDF)

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:web_fetch".
    type: str
    parameters: WebFetchServerToolConfig | Mapping[str, Any] | None = None


class WebFetchServerToolConfig(Model):
    """Configuration for the openrouter:web_fetch server tool

    Request-only: encoded, never decoded.
    """

    # Only fetch from these domains.
    allowed_domains: Sequence[str] | None = None
    # Never fetch from these domains.
    blocked_domains: Sequence[str] | None = None
    # One of: auto, native, openrouter, exa, parallel, firecrawl.
    engine: str | None = None
    # Maximum content length in approximate tokens.
    max_content_tokens: int | None = None
    # Maximum number of web fetches per request.
    max_uses: int | None = None


class OpenRouterWebSearchServerTool(Model):
    """OpenRouter built-in server tool: searches the web for current information

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:web_search".
    type: str
    parameters: WebSearchConfig | Mapping[str, Any] | None = None


class WebSearchConfig(Model):
    """Request-only: encoded, never decoded."""

    # Limit search results to these domains.
    allowed_domains: Sequence[str] | None = None
    # One of: native, exa, parallel, firecrawl, perplexity, auto.
    engine: str | None = None
    # Exclude search results from these domains.
    excluded_domains: Sequence[str] | None = None
    # Exact maximum number of characters of content per search result.
    max_characters: int | None = None
    # Maximum number of search results to return per search call.
    max_results: int | None = None
    # Maximum total number of search results across all search calls in a single request.
    max_total_results: int | None = None
    # Maximum number of web searches the model may perform in a single request.
    max_uses: int | None = None
    # One of: instant, fast, auto, deep-lite, deep, deep-reasoning, turbo, basic, advanced.
    mode: str | None = None
    # One of: low, medium, high.
    search_context_size: str | None = None
    user_location: WebSearchUserLocationServerTool | Mapping[str, Any] | None = None


class WebSearchUserLocationServerTool(Model):
    """Approximate user location for location-biased results.

    Request-only: encoded, never decoded.
    """

    city: str | None = None
    country: str | None = None
    region: str | None = None
    timezone: str | None = None
    # Always "approximate".
    type: str | None = None


class OpenRouterMetadata(Model):
    attempt: int
    endpoints: EndpointsMetadata
    is_byok: bool
    requested: str
    # One of: direct, auto, free, latest, alias, fallback, pareto, bodybuilder, fusion.
    strategy: str
    summary: str
    attempts: list[RouterAttempt] | None = None
    params: RouterParams | None = None
    pipeline: list[PipelineStage] | None = None
    region: str | None = None


class RouterAttempt(Model):
    model: str
    provider: str
    status: int


class EndpointsMetadata(Model):
    available: list[EndpointInfo]
    total: int


class EndpointInfo(Model):
    model: str
    provider: str
    selected: bool


class RouterParams(Model):
    quality_floor: float | None = None
    throughput_floor: float | None = None
    version_group: str | None = None


class PipelineStage(Model):
    name: str
    # One of: guardrail, plugin, server_tools, response_healing, context_compression.
    type: str
    cost_usd: float | None = None
    data: dict[str, Any] | None = None
    guardrail_id: str | None = None
    guardrail_scope: str | None = None
    summary: str | None = None


class CostDetails(Model):
    """Breakdown of upstream inference costs"""

    upstream_inference_completions_cost: float
    upstream_inference_prompt_cost: float
    upstream_inference_cost: float | None = None


class ServerToolUseDetails(Model):
    """Usage for server-side tool execution (e.g., web search)"""

    # Number of OpenRouter server tool calls that executed and produced a result.
    tool_calls_executed: int | None = None
    # Total number of OpenRouter server-orchestrated tool calls the model requested, across...
    tool_calls_requested: int | None = None
    # Number of web searches performed by server-side tools.
    web_search_requests: int | None = None


class PayloadTooLargeResponse(Model):
    """Payload Too Large - Request payload exceeds size limits"""

    error: PayloadTooLargeResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class PayloadTooLargeResponseErrorData(Model):
    """Error data for PayloadTooLargeResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class UnprocessableEntityResponse(Model):
    """Unprocessable Entity - Semantic validation failure"""

    error: UnprocessableEntityResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class UnprocessableEntityResponseErrorData(Model):
    """Error data for UnprocessableEntityResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None


class ModelsListResponse(Model):
    """List of available models"""

    data: list[ModelInfo]
    # Pagination links
    links: ModelsListResponseLinks
    # Total number of models matching the query
    total_count: int


class ModelInfo(Model):
    """Information about an AI model available on OpenRouter"""

    architecture: ModelArchitecture
    # Canonical slug for the model
    canonical_slug: str
    # Unix timestamp of when the model was created
    created: int
    # Unique identifier for the model
    id: str
    links: ModelLinks
    # Display name of the model
    name: str
    pricing: PublicPricing
    # List of supported parameters for this model
    # One of: temperature, top_p, top_k, min_p, top_a, frequency_penalty, ... (20 more).
    supported_parameters: list[str]
    top_provider: TopProviderInfo
    alias_target: ModelAliasTarget | None = None
    benchmarks: ModelBenchmarks | None = None
    # Maximum context length in tokens
    context_length: int | None = None
    default_parameters: DefaultParameters | None = None
    # Description of the model
    description: str | None = None
    # The date after which the model may be removed.
    expiration_date: str | None = None
    # Hugging Face model identifier, if applicable
    hugging_face_id: str | None = None
    # The date up to which the model was trained on data.
    knowledge_cutoff: str | None = None
    per_request_limits: PerRequestLimits | None = None
    reasoning: ModelReasoning | None = None
    # List of supported voice identifiers for TTS models.
    supported_voices: list[str] | None = None


class ModelAliasTarget(Model):
    """Concrete model targeted by this tilde-latest alias, when applicable"""

    # Human-readable name of the concrete model targeted by this alias
    name: str
    # Routable model ID of the concrete target, matching that model row's id
    slug: str


class ModelArchitecture(Model):
    """Model architecture information"""

    # Supported input modalities
    # One of: text, image, file, audio, video.
    input_modalities: list[str]
    # Supported output modalities
    # One of: text, image, embeddings, audio, video, rerank, speech, transcription.
    output_modalities: list[str]
    # One of: none, airoboros, alpaca, alpaca-modif, chatml, claude, code-llama, ... (15 more).
    instruct_type: str | None = None
    # Primary modality of the model
    modality: str | None = None
    # One of: Router, Media, Other, GPT, Claude, Gemini, Gemma, Grok, Cohere, ... (11 more).
    tokenizer: str | None = None


class ModelBenchmarks(Model):
    """Third-party benchmark rankings for this model."""

    # Design Arena ELO rankings across arena+category pairs.
    design_arena: list[DABenchmarkEntry]
    artificial_analysis: AABenchmarkEntry | None = None


class AABenchmarkEntry(Model):
    """Artificial Analysis benchmark index scores."""

    # Artificial Analysis Agentic Index score
    agentic_index: float | None = None
    # Artificial Analysis Coding Index score
    coding_index: float | None = None
    # Artificial Analysis Intelligence Index score
    intelligence_index: float | None = None


class DABenchmarkEntry(Model):
    """A single Design Arena benchmark entry for a specific arena+category"""

    # Arena type (e.g. models, builders, agents)
    arena: str
    # Category within the arena (e.g. website, gamedev, uicomponent)
    category: str
    # ELO rating from head-to-head arena battles
    elo: float
    # Rank position within this arena+category among models available on OpenRouter (1 =...
    rank: int
    # Win rate percentage in arena battles
    win_rate: float


class DefaultParameters(Model):
    """Default parameters for this model"""

    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    repetition_penalty: float | None = None
    temperature: float | None = None
    top_k: int | None = None
    top_p: float | None = None


class ModelLinks(Model):
    """Related API endpoints and resources for this model."""

    # URL for the model details/endpoints API
    details: str


class PerRequestLimits(Model):
    """Per-request token limits"""

    # Maximum completion tokens per request
    completion_tokens: float
    # Maximum prompt tokens per request
    prompt_tokens: float


class PublicPricing(Model):
    """Pricing information for the model"""

    # Price in USD per token for completion (output) generation
    completion: str
    # Price in USD per token for prompt (input) processing
    prompt: str
    # Price in USD per audio input token
    audio: str | None = None
    # Price in USD per audio output token
    audio_output: str | None = None
    # Fractional discount applied to this endpoint's pricing; the price is multiplied by (1 -...
    discount: float | None = None
    # Price in USD per input image
    image: str | None = None
    # Price in USD per output image
    image_output: str | None = None
    # Price in USD per image token
    image_token: str | None = None
    # Price in USD per cached audio input token
    input_audio_cache: str | None = None
    # Price in USD per cached input token (read)
    input_cache_read: str | None = None
    # Price per cache-write token, in USD per token.
    input_cache_write: str | None = None
    # Price per 1-hour cache-write token, in USD per token.
    input_cache_write_1h: str | None = None
    # Price in USD per internal reasoning token
    internal_reasoning: str | None = None
    # Conditional overrides of the base pricing (e.g. long-context or time-based pricing).
    overrides: list[PricingOverride] | None = None
    # Price in USD per request
    request: str | None = None
    # Price in USD per web search
    web_search: str | None = None


class PricingOverride(Model):
    """A conditional override of the base pricing."""

    # Overridden price in USD per audio input token
    audio: str | None = None
    # Overridden price in USD per token for completion (output) generation
    completion: str | None = None
    # Overridden price in USD per cached audio input token
    input_audio_cache: str | None = None
    # Overridden price in USD per cached input token (read)
    input_cache_read: str | None = None
    # Overridden price in USD per cache-write token
    input_cache_write: str | None = None
    # Overridden price in USD per 1-hour cache-write token
    input_cache_write_1h: str | None = None
    # Condition: the entry applies when the total prompt tokens of a request are strictly...
    min_prompt_tokens: float | None = None
    # Overridden price in USD per token for prompt (input) processing
    prompt: str | None = None
    # Condition: exclusive end of a daily UTC time window as an HHMM clock number (e.g. 400 =...
    utc_end: float | None = None
    # Condition: inclusive start of a daily UTC time window as an HHMM clock number (e.g. 100...
    utc_start: float | None = None


class ModelReasoning(Model):
    """Reasoning effort configuration."""

    # When true, reasoning cannot be disabled and effort "none" is rejected.
    mandatory: bool
    # Default reasoning effort when the client enables reasoning without specifying effort.
    # One of: max, xhigh, high, medium, low, minimal, none.
    default_effort: str | None = None
    # Default reasoning enabled state when the client does not set `reasoning.enabled`.
    default_enabled: bool | None = None
    # Allowed reasoning effort values for this model, in descending effort order (highest first).
    # One of: max, xhigh, high, medium, low, minimal, none.
    supported_efforts: list[str | None] | None = None
    # Present and `true` when the model accepts `reasoning.max_tokens` in requests...
    supports_max_tokens: bool | None = None


class TopProviderInfo(Model):
    """Information about the top provider for this model"""

    # Whether the top provider moderates content
    is_moderated: bool
    # Context length from the top provider
    context_length: int | None = None
    # Maximum completion tokens from the top provider
    max_completion_tokens: int | None = None


class ModelsListResponseLinks(Model):
    """Pagination links"""

    # URL for the next page of results, or null if this is the last page
    next: str | None = None


class ContentPartImage(Model):
    """Request-only: encoded, never decoded."""

    image_url: ContentPartImageImageUrl | Mapping[str, Any]
    # Always "image_url".
    type: str


class ContentPartImageImageUrl(Model):
    """The ``ContentPartImage.image_url`` object.

    Request-only: encoded, never decoded.
    """

    url: str


class AnthropicCacheCreation(Model):
    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int


class AnthropicCompactionUsageIteration(Model):
    # Always "compaction".
    type: str
    cache_creation: AnthropicIterationCacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None


class AnthropicIterationCacheCreation(Model):
    ephemeral_1h_input_tokens: int | None = None
    ephemeral_5m_input_tokens: int | None = None


class AnthropicMessageUsageIteration(Model):
    # Always "message".
    type: str
    cache_creation: AnthropicIterationCacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    model: str | None = None


class AnthropicAdvisorMessageUsageIteration(Model):
    model: str
    # Always "advisor_message".
    type: str
    cache_creation: AnthropicIterationCacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None


class AnthropicUnknownUsageIteration(Model):
    type: str
    cache_creation: AnthropicIterationCacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None


class AnthropicUsageIteration(Model):
    """The union of AnthropicCompactionUsageIteration, AnthropicMessageUsageIteration,
    AnthropicAdvisorMessageUsageIteration and AnthropicUnknownUsageIteration, merged into one
    Struct: every field is optional and a field the variants type differently is ``Any``, so a
    new variant never breaks decoding.
    """

    # One of: compaction, message, advisor_message.
    type: str
    cache_creation: AnthropicIterationCacheCreation | None = None
    cache_creation_input_tokens: int | None = None
    cache_read_input_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    model: str | None = None


class ShellServerToolOpenRouter(Model):
    """OpenRouter built-in server tool: runs shell commands server-side in a sandboxed container
    (a sandbox-backed clone of OpenAI's hosted shell tool)

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:shell".
    type: str
    parameters: ShellServerToolConfig | Mapping[str, Any] | None = None


class ShellServerToolConfig(Model):
    """Configuration for the openrouter:shell server tool

    Request-only: encoded, never decoded.
    """

    # One of: auto, openrouter.
    engine: str | None = None
    environment: ShellServerToolEnvironment | Mapping[str, Any] | None = None
    sleep_after_seconds: int | None = None


class ToolSearchServerTool(Model):
    """OpenRouter built-in server tool: finds tools marked `defer_loading` and makes them
    callable

    Request-only: encoded, never decoded.
    """

    # Always "openrouter:tool_search".
    type: str
    parameters: ToolSearchServerToolConfig | Mapping[str, Any] | None = None


class ToolSearchServerToolConfig(Model):
    """Configuration for the openrouter:tool_search server tool

    Request-only: encoded, never decoded.
    """

    # Maximum tools returned by one search.
    max_results: int | None = None


class WebSearchUserLocation(Model):
    """User location information for web search"""

    city: str | None = None
    country: str | None = None
    region: str | None = None
    timezone: str | None = None
    # Always "approximate".
    type: str | None = None


# A single condition that, when met, halts the server-tool agent loop.
StopServerToolsWhenCondition: TypeAlias = (
    StopServerToolsWhenStepCountIs
    | StopServerToolsWhenHasToolCall
    | StopServerToolsWhenMaxTokensUsed
    | StopServerToolsWhenMaxCost
    | StopServerToolsWhenFinishReasonIs
)


# Execution environment for the bash server tool.
BashServerToolEnvironment: TypeAlias = ContainerAutoEnvironment | ContainerReferenceEnvironment


# Server-side execution environment for the shell tool.
ShellServerToolEnvironment: TypeAlias = ContainerAutoEnvironment | ContainerReferenceEnvironment
