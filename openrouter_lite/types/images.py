"""Types of the images API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import (
    AnthropicCacheCreation,
    AnthropicUsageIteration,
    ContentPartImage,
    CostDetails,
    ProviderOptions,
    ProviderSortConfig,
    TraceConfig,
)

__all__ = (
    "ImageGenerationRequest",
    "ImageGenerationRequestParams",
    "ImageGenerationProviderPreferences",
    "ImageGenerationResponse",
    "ImageGenerationResponseData",
    "ImageGenerationUsage",
    "ImageGenerationUsageCompletionTokensDetails",
    "ImageGenerationUsagePromptTokensDetails",
    "ImageGenerationUsageServerToolUse",
    "ImageGenPartialImageEvent",
    "ImageGenTextChunkEvent",
    "ImageGenCompletedEvent",
    "ImageGenStreamErrorEvent",
    "ImageGenStreamErrorEventError",
    "ImageModelsListResponse",
    "ImageModelListItem",
    "ImageModelArchitecture",
    "EnumCapability",
    "RangeCapability",
    "BooleanCapability",
    "CapabilityDescriptor",
    "ImageModelEndpointsResponse",
    "ImageEndpoint",
    "ImagePricingEntry",
    "ImagesStreamEvent",
    "IMAGES_EVENT_TYPES",
)


class ImageGenerationRequest(Request):
    """Image generation request input"""

    # Normalized aspect ratio of the generated image.
    # One of: 1:1, 1:2, 1:4, 1:8, 2:1, 2:3, 3:2, 3:4, 4:1, 4:3, 4:5, 5:4, 8:1, ... (9 more).
    aspect_ratio: str | UnsetType = UNSET
    # Background treatment.
    # One of: auto, transparent, opaque.
    background: str | UnsetType = UNSET
    # Reference images to guide image-to-image generation, as base64 data URLs or HTTP(S) URLs.
    input_references: Sequence[ContentPartImage | Mapping[str, Any]] | UnsetType = UNSET
    # The image generation model to use
    model: str | UnsetType = UNSET
    # Upper bound on the number of images to generate (1-10).
    n: int | UnsetType = UNSET
    # Compression level (0-100) for webp/jpeg output.
    output_compression: int | UnsetType = UNSET
    # Encoding of the returned image bytes.
    # One of: png, jpeg, webp, svg.
    output_format: str | UnsetType = UNSET
    # Text description of the desired image
    prompt: str | UnsetType = UNSET
    provider: ImageGenerationProviderPreferences | Mapping[str, Any] | UnsetType = UNSET
    # Rendering quality.
    # One of: auto, low, medium, high.
    quality: str | UnsetType = UNSET
    # Normalized resolution tier of the generated image.
    # One of: 512, 1K, 2K, 4K.
    resolution: str | UnsetType = UNSET
    # If specified, the generation will sample deterministically, such that repeated requests...
    seed: int | UnsetType = UNSET
    # Optional.
    size: str | UnsetType = UNSET
    # If true, partial images are streamed as SSE events as they become available.
    stream: bool | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    # A unique identifier representing your end-user.
    user: str | UnsetType = UNSET


class ImageGenerationRequestParams(TypedDict, total=False):
    """The optional fields of ``ImageGenerationRequest``, as keyword arguments."""

    aspect_ratio: str
    background: str
    input_references: Sequence[ContentPartImage | Mapping[str, Any]]
    n: int
    output_compression: int
    output_format: str
    provider: ImageGenerationProviderPreferences | Mapping[str, Any]
    quality: str
    resolution: str
    seed: int
    size: str
    session_id: str
    trace: TraceConfig | Mapping[str, Any]
    user: str


class ImageGenerationProviderPreferences(Model):
    """Provider routing preferences and provider-specific passthrough configuration.

    Request-only: encoded, never decoded.
    """

    # Whether to allow backup providers to serve requests - true: (default) when the primary...
    allow_fallbacks: bool | None = None
    # List of provider slugs to ignore.
    # One of: Modal, AkashML, AI21, AionLabs, Alibaba, Ambient, Baidu, ... (98 more).
    ignore: Sequence[str] | None = None
    # List of provider slugs to allow.
    # One of: Modal, AkashML, AI21, AionLabs, Alibaba, Ambient, Baidu, ... (98 more).
    only: Sequence[str] | None = None
    options: ProviderOptions | Mapping[str, Any] | None = None
    # An ordered list of provider slugs.
    # One of: Modal, AkashML, AI21, AionLabs, Alibaba, Ambient, Baidu, ... (98 more).
    order: Sequence[str] | None = None
    # The sorting strategy to use for this request, if "order" is not specified.
    # One of: price, throughput, latency, exacto.
    sort: str | ProviderSortConfig | Mapping[str, Any] | None = None


class ImageGenerationResponse(Model):
    """Image generation response"""

    # Unix timestamp (seconds) when the image was generated
    created: int
    # Generated images
    data: list[ImageGenerationResponseData]
    usage: ImageGenerationUsage | None = None


class ImageGenerationResponseData(Model):
    """The ``ImageGenerationResponse.data`` object."""

    # Base64-encoded image bytes
    b64_json: str
    # Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`...
    media_type: str | None = None


class ImageGenerationUsage(Model):
    """Token and cost usage for the image generation request, when available"""

    # The tokens generated
    completion_tokens: int
    # Including images, input audio, and tools if any
    prompt_tokens: int
    # Sum of the above two fields
    total_tokens: int
    cache_creation: AnthropicCacheCreation | None = None
    completion_tokens_details: ImageGenerationUsageCompletionTokensDetails | None = None
    # Cost of the completion
    cost: float | None = None
    cost_details: CostDetails | None = None
    # Whether a request was made using a Bring Your Own Key configuration
    is_byok: bool | None = None
    iterations: list[AnthropicUsageIteration] | None = None
    # Breakdown of tokens used in the prompt.
    prompt_tokens_details: ImageGenerationUsagePromptTokensDetails | None = None
    # Usage for server-side tool execution (e.g., web search)
    server_tool_use: ImageGenerationUsageServerToolUse | None = None
    # The service tier used by the upstream provider for this request
    service_tier: str | None = None
    # One of: fast, standard.
    speed: str | None = None


class ImageGenerationUsageCompletionTokensDetails(Model):
    """The ``ImageGenerationUsage.completion_tokens_details`` object."""

    # Tokens generated by the model for audio output.
    audio_tokens: int | None = None
    # Tokens generated by the model for image output.
    image_tokens: int | None = None
    # Tokens generated by the model for reasoning.
    reasoning_tokens: int | None = None


class ImageGenerationUsagePromptTokensDetails(Model):
    """Breakdown of tokens used in the prompt."""

    # Tokens used for input audio.
    audio_tokens: int | None = None
    # Tokens written to cache.
    cache_write_tokens: int | None = None
    # Tokens cached by the endpoint.
    cached_tokens: int | None = None
    # Tokens used for input files/documents.
    file_tokens: int | None = None
    # Tokens used for input video.
    video_tokens: int | None = None


class ImageGenerationUsageServerToolUse(Model):
    """Usage for server-side tool execution (e.g., web search)"""

    # Number of OpenRouter server tool calls that executed and produced a result.
    tool_calls_executed: int | None = None
    # Total number of OpenRouter server-orchestrated tool calls the model requested, across...
    tool_calls_requested: int | None = None
    # Number of web searches performed by server-side tools.
    web_search_requests: int | None = None


class ImageGenPartialImageEvent(Model):
    """Emitted when a partial image becomes available during streaming generation"""

    # Base64-encoded partial image data
    b64_json: str
    # 0-based index indicating which partial image this is in the sequence
    partial_image_index: int
    # The event type
    # Always "image_generation.partial_image".
    type: str


class ImageGenTextChunkEvent(Model):
    """Emitted when a text chunk becomes available during streaming generation of text-based
    formats (e.g. SVG)
    """

    # The generation phase this chunk belongs to.
    # One of: content, reasoning, draft.
    phase: str
    # A text fragment of the image being generated (e.g. partial SVG markup)
    text: str
    # The event type
    # Always "image_generation.text_chunk".
    type: str


class ImageGenCompletedEvent(Model):
    """Emitted when generation completes and the final image is available"""

    # Base64-encoded final image data
    b64_json: str
    # Unix timestamp (seconds) when the image was generated
    created: int
    # The event type
    # Always "image_generation.completed".
    type: str
    # Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`...
    media_type: str | None = None
    usage: ImageGenerationUsage | None = None


class ImageGenStreamErrorEvent(Model):
    """Emitted when streaming generation fails after the SSE response starts"""

    # Provider error details
    error: ImageGenStreamErrorEventError
    # The event type
    # Always "error".
    type: str


class ImageGenStreamErrorEventError(Model):
    """Provider error details"""

    # Provider error message
    message: str
    # Provider error code, when supplied
    code: str | None = None
    # Request parameter associated with the error, when supplied
    param: str | None = None
    # Provider error type, when supplied
    type: str | None = None


class ImageModelsListResponse(Model):
    """List of image generation models."""

    data: list[ImageModelListItem]


class ImageModelListItem(Model):
    """A single image model in the discovery listing."""

    architecture: ImageModelArchitecture
    # Unix timestamp (seconds) of when the model was created
    created: int
    description: str
    # Relative URL to the full per-endpoint records for this model
    endpoints: str
    # Model slug
    id: str
    # Display name
    name: str
    supported_parameters: dict[str, CapabilityDescriptor]
    # Whether any endpoint of this model supports native SSE streaming on the dedicated Image...
    supports_streaming: bool


class ImageModelArchitecture(Model):
    # Supported input modalities
    # One of: text, image, file, audio, video.
    input_modalities: list[str]
    # Supported output modalities
    # One of: text, image, embeddings, audio, video, rerank, speech, transcription.
    output_modalities: list[str]


class EnumCapability(Model):
    """A parameter that accepts one of a discrete set of string values."""

    # Always "enum".
    type: str
    values: list[str]


class RangeCapability(Model):
    """A parameter that accepts any value within an inclusive numeric range."""

    max: float
    min: float
    # Always "range".
    type: str


class BooleanCapability(Model):
    """A supported-or-not flag."""

    # Always "boolean".
    type: str


class CapabilityDescriptor(Model):
    """A typed descriptor for one supported request parameter.

    The union of EnumCapability, RangeCapability and BooleanCapability, merged into one
    Struct: every field is optional and a field the variants type differently is ``Any``, so a
    new variant never breaks decoding.
    """

    # One of: enum, range, boolean.
    type: str
    values: list[str] | None = None
    max: float | None = None
    min: float | None = None


class ImageModelEndpointsResponse(Model):
    """The full per-endpoint records for an image model."""

    endpoints: list[ImageEndpoint]
    # Model slug
    id: str


class ImageEndpoint(Model):
    """An endpoint that serves a given image model."""

    # Provider-specific options accepted under provider.options[provider_slug].
    allowed_passthrough_parameters: list[str]
    # Billable pricing lines for this endpoint.
    pricing: list[ImagePricingEntry]
    # Provider display name
    provider_name: str
    # Provider slug
    provider_slug: str
    # The definitive set of parameters this endpoint accepts for this model.
    supported_parameters: dict[str, CapabilityDescriptor]
    # Whether this endpoint supports native SSE streaming (`stream: true` in the request).
    supports_streaming: bool
    # Provider tag for request-side selection
    provider_tag: str | None = None


class ImagePricingEntry(Model):
    """One billable pricing line for an image provider."""

    # One of: output_image, input_image, input_font, input_reference, input_text.
    billable: str
    cost_usd: float
    # One of: image, megapixel, token.
    unit: str
    variant: str | None = None


# Every images stream event the spec knows (the API may add more).
ImagesStreamEvent: TypeAlias = (
    ImageGenPartialImageEvent
    | ImageGenTextChunkEvent
    | ImageGenCompletedEvent
    | ImageGenStreamErrorEvent
)

# Event ``type`` -> its Struct; a type missing here is an event the spec
# doesn't know yet: pass it through undecoded rather than failing.
IMAGES_EVENT_TYPES: dict[str, type[Model]] = {
    "image_generation.partial_image": ImageGenPartialImageEvent,
    "image_generation.text_chunk": ImageGenTextChunkEvent,
    "image_generation.completed": ImageGenCompletedEvent,
    "error": ImageGenStreamErrorEvent,
}
