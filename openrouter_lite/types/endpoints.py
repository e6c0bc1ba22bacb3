"""Types of the endpoints API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import Model
from .common import PricingOverride

__all__ = (
    "ListZdrEndpointsResponse",
    "PublicEndpoint",
    "PercentileStats",
    "PublicEndpointPricing",
    "ListModelEndpointsResponse",
    "ListEndpointsResponse",
    "ListEndpointsResponseArchitecture",
)


class ListZdrEndpointsResponse(Model):
    """Response of ``GET /endpoints/zdr``."""

    data: list[PublicEndpoint]


class PublicEndpoint(Model):
    """Information about a specific model endpoint"""

    context_length: int
    # The unique identifier for the model (permaslug)
    model_id: str
    model_name: str
    name: str
    pricing: PublicEndpointPricing
    # One of: Modal, AkashML, AI21, AionLabs, Alibaba, Ambient, Baidu, ... (98 more).
    provider_name: str
    # One of: temperature, top_p, top_k, min_p, top_a, frequency_penalty, ... (20 more).
    supported_parameters: list[str]
    supports_implicit_caching: bool
    tag: str
    latency_last_30m: PercentileStats | None = None
    max_completion_tokens: int | None = None
    max_prompt_tokens: int | None = None
    # One of: int4, int8, fp4, mxfp4, nvfp4, fp6, fp8, mxfp8, fp16, bf16, fp32, unknown.
    quantization: str | None = None
    # One of: 0, -1, -2, -3, -5, -10.
    status: int | None = None
    # Whether this TTS endpoint accepts inline reference audio (`input_references`) for...
    supports_voice_cloning: bool | None = None
    # Throughput percentiles in tokens per second over the last 30 minutes.
    throughput_last_30m: PercentileStats | None = None
    # Uptime percentage over the last 1 day, calculated as successful requests / (successful +...
    uptime_last_1d: float | None = None
    uptime_last_30m: float | None = None
    # Uptime percentage over the last 5 minutes, calculated as successful requests /...
    uptime_last_5m: float | None = None


class PercentileStats(Model):
    """Latency percentiles in milliseconds over the last 30 minutes."""

    # Median (50th percentile)
    p50: float
    # 75th percentile
    p75: float
    # 90th percentile
    p90: float
    # 99th percentile
    p99: float


class PublicEndpointPricing(Model):
    """The ``PublicEndpoint.pricing`` object."""

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


class ListModelEndpointsResponse(Model):
    """Response of ``GET /models/{author}/{slug}/endpoints``."""

    data: ListEndpointsResponse


class ListEndpointsResponse(Model):
    """List of available endpoints for a model"""

    architecture: ListEndpointsResponseArchitecture
    # Unix timestamp of when the model was created
    created: int
    # Description of the model
    description: str
    # List of available endpoints for this model
    endpoints: list[PublicEndpoint]
    # Unique identifier for the model
    id: str
    # Display name of the model
    name: str


class ListEndpointsResponseArchitecture(Model):
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
