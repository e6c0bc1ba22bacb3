"""Types of the video generation API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import ContentPartImage, ProviderOptions, TraceConfig

__all__ = (
    "VideoGenerationRequest",
    "VideoGenerationRequestParams",
    "FrameImage",
    "FrameImageImageUrl",
    "ContentPartAudio",
    "ContentPartAudioAudioUrl",
    "ContentPartVideo",
    "ContentPartVideoVideoUrl",
    "InputReference",
    "VideoGenerationRequestProvider",
    "VideoGenerationResponse",
    "VideoGenerationUsage",
    "VideoModelsListResponse",
    "VideoModel",
    "VideoModelUpscaleFactor",
)


class VideoGenerationRequest(Request):
    """Request body of ``POST /videos``."""

    # Aspect ratio of the generated video
    # One of: 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 21:9, 9:21.
    aspect_ratio: str | UnsetType = UNSET
    # URL to receive a webhook notification when the video generation job completes.
    callback_url: str | UnsetType = UNSET
    # Creativity level for video upscaling models only.
    creativity: int | UnsetType = UNSET
    # Duration of the generated video in seconds
    duration: int | UnsetType = UNSET
    # Images to use as the first and/or last frame of the generated video.
    frame_images: Sequence[FrameImage | Mapping[str, Any]] | UnsetType = UNSET
    # Whether to generate audio alongside the video.
    generate_audio: bool | UnsetType = UNSET
    # Reference assets to guide video generation.
    input_references: Sequence[InputReference | Mapping[str, Any]] | UnsetType = UNSET
    model: str | UnsetType = UNSET
    # Text prompt describing the video to generate.
    prompt: str | UnsetType = UNSET
    # Provider-specific passthrough configuration
    provider: VideoGenerationRequestProvider | Mapping[str, Any] | UnsetType = UNSET
    # Resolution of the generated video
    # One of: 480p, 720p, 768p, 1080p, 1K, 2K, 4K.
    resolution: str | UnsetType = UNSET
    # If specified, the generation will sample deterministically, such that repeated requests...
    seed: int | UnsetType = UNSET
    # Exact pixel dimensions of the generated video in "WIDTHxHEIGHT" format (e.g. "1280x720").
    size: str | UnsetType = UNSET
    # Upscale factor for video upscaling models only.
    upscale_factor: float | UnsetType = UNSET
    # ID of a completed video job to edit or extend, as returned by the submit response.
    previous_job_id: str | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    # A unique identifier representing your end-user.
    user: str | UnsetType = UNSET


class VideoGenerationRequestParams(TypedDict, total=False):
    """The optional fields of ``VideoGenerationRequest``, as keyword arguments."""

    aspect_ratio: str
    callback_url: str
    creativity: int
    duration: int
    frame_images: Sequence[FrameImage | Mapping[str, Any]]
    generate_audio: bool
    input_references: Sequence[InputReference | Mapping[str, Any]]
    prompt: str
    provider: VideoGenerationRequestProvider | Mapping[str, Any]
    resolution: str
    seed: int
    size: str
    upscale_factor: float
    previous_job_id: str
    session_id: str
    trace: TraceConfig | Mapping[str, Any]
    user: str


class FrameImage(Model):
    """Request-only: encoded, never decoded."""

    image_url: FrameImageImageUrl | Mapping[str, Any]
    # Always "image_url".
    type: str
    # Whether this image represents the first or last frame of the video
    # One of: first_frame, last_frame.
    frame_type: str


class FrameImageImageUrl(Model):
    """The ``FrameImage.image_url`` object.

    Request-only: encoded, never decoded.
    """

    url: str


class ContentPartAudio(Model):
    """Request-only: encoded, never decoded."""

    audio_url: ContentPartAudioAudioUrl | Mapping[str, Any]
    # Always "audio_url".
    type: str


class ContentPartAudioAudioUrl(Model):
    """The ``ContentPartAudio.audio_url`` object.

    Request-only: encoded, never decoded.
    """

    url: str


class ContentPartVideo(Model):
    """Request-only: encoded, never decoded."""

    # Always "video_url".
    type: str
    video_url: ContentPartVideoVideoUrl | Mapping[str, Any]


class ContentPartVideoVideoUrl(Model):
    """The ``ContentPartVideo.video_url`` object.

    Request-only: encoded, never decoded.
    """

    url: str


class VideoGenerationRequestProvider(Model):
    """Provider-specific passthrough configuration

    Request-only: encoded, never decoded.
    """

    options: ProviderOptions | Mapping[str, Any] | None = None


class VideoGenerationResponse(Model):
    """Response of ``POST /videos``."""

    id: str
    polling_url: str
    # One of: pending, in_progress, completed, failed, cancelled, expired.
    status: str
    error: str | None = None
    # The generation ID associated with this video generation job.
    generation_id: str | None = None
    unsigned_urls: list[str] | None = None
    usage: VideoGenerationUsage | None = None


class VideoGenerationUsage(Model):
    """Usage and cost information for the video generation."""

    # The cost of the video generation in USD.
    cost: float | None = None
    # Whether the request was made using a Bring Your Own Key configuration.
    is_byok: bool | None = None


class VideoModelsListResponse(Model):
    """Response of ``GET /videos/models``."""

    data: list[VideoModel]


class VideoModel(Model):
    # List of parameters that are allowed to be passed through to the provider
    allowed_passthrough_parameters: list[str]
    # Canonical slug for the model
    canonical_slug: str
    # Unix timestamp of when the model was created
    created: int
    # Unique identifier for the model
    id: str
    # Display name of the model
    name: str
    # Supported creativity levels for video upscaling models
    creativity: list[int] | None = None
    # Description of the model
    description: str | None = None
    # Whether the model supports generating audio alongside video
    generate_audio: bool | None = None
    # Hugging Face model identifier, if applicable
    hugging_face_id: str | None = None
    # Pricing SKUs with provider prefix stripped, values as strings
    pricing_skus: dict[str, str] | None = None
    # Whether the model supports deterministic generation via seed parameter
    seed: bool | None = None
    # Supported output aspect ratios
    # One of: 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 21:9, 9:21.
    supported_aspect_ratios: list[str] | None = None
    # Supported video durations in seconds
    supported_durations: list[int] | None = None
    # Supported frame image types (e.g. first_frame, last_frame)
    # One of: first_frame, last_frame.
    supported_frame_images: list[str] | None = None
    # Supported output resolutions
    # One of: 480p, 720p, 768p, 1080p, 1K, 2K, 4K.
    supported_resolutions: list[str] | None = None
    # Supported output sizes (width x height)
    # One of: 480x480, 480x640, 480x720, 480x854, 480x1120, 560x752, 640x480, ... (55 more).
    supported_sizes: list[str] | None = None
    # Supported upscale factor range for video upscaling models
    upscale_factor: VideoModelUpscaleFactor | None = None


class VideoModelUpscaleFactor(Model):
    """Supported upscale factor range for video upscaling models"""

    max: float | None = None
    min: float | None = None


# A reference asset used to guide video generation.
InputReference: TypeAlias = ContentPartImage | ContentPartAudio | ContentPartVideo
