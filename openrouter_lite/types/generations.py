"""Types of the generations API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "GenerationResponse",
    "GenerationResponseData",
    "ProviderResponse",
    "GenerationContentResponse",
    "GenerationContentData",
    "GenerationContentError",
    "GenerationContentErrorAttempt",
    "GenerationContentDataInput",
    "GenerationContentDataOutput",
    "SubmitGenerationFeedbackRequest",
    "SubmitGenerationFeedbackRequestParams",
    "SubmitGenerationFeedbackResponse",
    "SubmitGenerationFeedbackResponseData",
)


class GenerationResponse(Model):
    """Generation response"""

    # Generation data
    data: GenerationResponseData


class GenerationResponseData(Model):
    """Generation data"""

    # ISO 8601 timestamp of when the generation was created
    created_at: str
    # The data region this generation was routed through: 'global', 'europe', or 'us'.
    # One of: global, europe, us.
    data_region: str
    # Unique identifier for the generation
    id: str
    # Whether this used bring-your-own-key
    is_byok: bool
    # Model used for the generation
    model: str
    # Origin URL of the request
    origin: str
    # Total cost of the generation in USD
    total_cost: float
    # Usage amount in USD
    usage: float
    # Type of API used for the generation
    # One of: completions, embeddings, rerank, tts, stt, video, image.
    api_type: str | None = None
    # ID of the app that made the request
    app_id: int | None = None
    # Discount applied due to caching
    cache_discount: float | None = None
    # Whether the generation was cancelled
    cancelled: bool | None = None
    # External user identifier
    external_user: str | None = None
    # Reason the generation finished
    finish_reason: str | None = None
    # Time taken for generation in milliseconds
    generation_time: float | None = None
    # Referer header from the request
    http_referer: str | None = None
    # Total latency in milliseconds
    latency: float | None = None
    # Moderation latency in milliseconds
    moderation_latency: float | None = None
    # Native finish reason as reported by provider
    native_finish_reason: str | None = None
    # Native cached tokens as reported by provider
    native_tokens_cached: int | None = None
    # Native completion tokens as reported by provider
    native_tokens_completion: int | None = None
    # Native completion image tokens as reported by provider
    native_tokens_completion_images: int | None = None
    # Native prompt tokens as reported by provider
    native_tokens_prompt: int | None = None
    # Native reasoning tokens as reported by provider
    native_tokens_reasoning: int | None = None
    # Number of web fetches performed
    num_fetches: int | None = None
    # Number of audio inputs in the prompt
    num_input_audio_prompt: int | None = None
    # Number of media items in the completion
    num_media_completion: int | None = None
    # Number of media items in the prompt
    num_media_prompt: int | None = None
    # Number of search results included
    num_search_results: int | None = None
    # ID of the preset used for this generation, null if no preset was used
    preset_id: str | None = None
    # Name of the provider that served the request
    provider_name: str | None = None
    # List of provider responses for this generation, including fallback attempts
    provider_responses: list[ProviderResponse] | None = None
    # Unique identifier grouping all generations from a single API request
    request_id: str | None = None
    # If this generation was served from response cache, contains the original generation ID.
    response_cache_source_id: str | None = None
    # Router used for the request (e.g., openrouter/auto)
    router: str | None = None
    # Service tier the upstream provider reported running this request on, or null if it did...
    service_tier: str | None = None
    # Session identifier grouping multiple generations in the same session
    session_id: str | None = None
    # Whether the response was streamed
    streamed: bool | None = None
    # Number of tokens in the completion
    tokens_completion: int | None = None
    # Number of tokens in the prompt
    tokens_prompt: int | None = None
    # Upstream provider's identifier for this generation
    upstream_id: str | None = None
    # Cost charged by the upstream provider
    upstream_inference_cost: float | None = None
    # User-Agent header from the request
    user_agent: str | None = None
    # The resolved web search engine used for this generation (e.g. exa, firecrawl, parallel)
    web_search_engine: str | None = None
    # ID of the workspace this generation is attributed to.
    workspace_id: str | None = None


class ProviderResponse(Model):
    """Details of a provider response for a generation attempt"""

    # Internal endpoint identifier
    endpoint_id: str | None = None
    # Upstream provider response identifier
    id: str | None = None
    # Whether the request used a bring-your-own-key
    is_byok: bool | None = None
    # Response latency in milliseconds
    latency: float | None = None
    # Canonical model slug
    model_permaslug: str | None = None
    # Name of the provider
    # One of: AnyScale, Atoma, Cent-ML, CrofAI, Enfer, GoPomelo, HuggingFace, ... (125 more).
    provider_name: str | None = None
    # The service tier this request was routed to (e.g. flex, priority).
    # One of: flex, priority.
    routed_service_tier: str | None = None
    # HTTP status code from the provider
    status: int | None = None


class GenerationContentResponse(Model):
    """Stored prompt and completion content for a generation"""

    data: GenerationContentData


class GenerationContentData(Model):
    """Stored prompt and completion content, plus the failure error when one was stored"""

    # The input to the generation — either a prompt string or an array of messages
    input: GenerationContentDataInput
    # The output from the generation
    output: GenerationContentDataOutput
    error: GenerationContentError | None = None


class GenerationContentError(Model):
    """The stored failure for this generation, or null when it succeeded"""

    # Every upstream attempt that failed before the returned error, in attempt order
    previous_errors: list[GenerationContentErrorAttempt]
    # Error message returned to the client
    message: str | None = None
    # Provider whose error was returned to the client, when known
    provider_name: str | None = None
    # Raw error body behind the returned error, when stored
    raw: str | None = None
    # HTTP status returned to the client
    status: int | None = None


class GenerationContentErrorAttempt(Model):
    """A single failed upstream attempt recorded for the generation"""

    # HTTP status returned by this attempt
    code: int
    # Error message returned by this attempt
    message: str
    # Provider that served this attempt, when known
    provider_name: str | None = None
    # Raw error body returned by the provider, when stored
    raw: str | None = None


class GenerationContentDataInput(Model):
    """The input to the generation — either a prompt string or an array of messages

    The union of 2 inline objects, merged into one Struct: every field is optional and a field
    the variants type differently is ``Any``, so a new variant never breaks decoding.
    """

    prompt: str | None = None
    messages: list[Any] | None = None


class GenerationContentDataOutput(Model):
    """The output from the generation"""

    # The completion output
    completion: str | None = None
    # Reasoning/thinking output, if any
    reasoning: str | None = None


class SubmitGenerationFeedbackRequest(Request):
    """Structured feedback about a specific generation"""

    # The category of feedback being reported
    # One of: latency, incoherence, incorrect_response, formatting, billing, ... (2 more).
    category: str | UnsetType = UNSET
    # An optional free-text comment describing the feedback
    comment: str | UnsetType = UNSET
    # The generation to submit feedback on
    generation_id: str | UnsetType = UNSET


class SubmitGenerationFeedbackRequestParams(TypedDict, total=False):
    """The optional fields of ``SubmitGenerationFeedbackRequest``, as keyword arguments."""

    comment: str


class SubmitGenerationFeedbackResponse(Model):
    """Confirmation that the feedback was recorded"""

    data: SubmitGenerationFeedbackResponseData


class SubmitGenerationFeedbackResponseData(Model):
    """The ``SubmitGenerationFeedbackResponse.data`` object."""

    # Whether the feedback was recorded
    # Always "True".
    success: bool
