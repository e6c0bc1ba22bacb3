"""Types of the embeddings API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import CostDetails, ModelsListResponse, ProviderPreferences, TraceConfig

__all__ = (
    "CreateEmbeddingsRequest",
    "CreateEmbeddingsRequestParams",
    "EmbeddingsMultimodalInput",
    "EmbeddingsMultimodalInputContentText",
    "EmbeddingsMultimodalInputContentImageUrl",
    "EmbeddingsMultimodalInputContentImageUrlImageUrl",
    "ContentPartInputAudio",
    "MultimodalMedia",
    "ContentPartInputVideo",
    "ContentPartInputFile",
    "CreateEmbeddingsResponse",
    "Embedding",
    "EmbeddingsUsage",
    "EmbeddingsUsagePromptTokensDetails",
    "EmbeddingsResponse",
    "ModelsListResponse",
)


class CreateEmbeddingsRequest(Request):
    """Embeddings request input"""

    # The number of dimensions for the output embeddings
    dimensions: int | UnsetType = UNSET
    # The format of the output embeddings
    # One of: float, base64.
    encoding_format: str | UnsetType = UNSET
    # Text, token, or multimodal input(s) to embed
    input: (
        str
        | Sequence[str]
        | Sequence[float]
        | Sequence[Sequence[float]]
        | Sequence[EmbeddingsMultimodalInput | Mapping[str, Any]]
        | UnsetType
    ) = UNSET
    # The type of input (e.g. search_query, search_document)
    input_type: str | UnsetType = UNSET
    # The model to use for embeddings
    model: str | UnsetType = UNSET
    # Provider routing preferences for the request.
    provider: ProviderPreferences | Mapping[str, Any] | None | UnsetType = UNSET
    # A unique identifier for the end-user
    user: str | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET


class CreateEmbeddingsRequestParams(TypedDict, total=False):
    """The optional fields of ``CreateEmbeddingsRequest``, as keyword arguments."""

    dimensions: int
    encoding_format: str
    input_type: str
    provider: ProviderPreferences | Mapping[str, Any] | None
    user: str
    session_id: str
    trace: TraceConfig | Mapping[str, Any]


class EmbeddingsMultimodalInput(Model):
    """The ``CreateEmbeddingsRequest.input`` object.

    Request-only: encoded, never decoded.
    """

    content: Sequence[
        EmbeddingsMultimodalInputContentText
        | EmbeddingsMultimodalInputContentImageUrl
        | ContentPartInputAudio
        | ContentPartInputVideo
        | ContentPartInputFile
        | Mapping[str, Any]
    ]


class EmbeddingsMultimodalInputContentText(Model):
    """The ``EmbeddingsMultimodalInput.content`` object.

    Request-only: encoded, never decoded.
    """

    text: str
    # Always "text".
    type: str


class EmbeddingsMultimodalInputContentImageUrl(Model):
    """The ``EmbeddingsMultimodalInput.content`` object.

    Request-only: encoded, never decoded.
    """

    image_url: EmbeddingsMultimodalInputContentImageUrlImageUrl | Mapping[str, Any]
    # Always "image_url".
    type: str


class EmbeddingsMultimodalInputContentImageUrlImageUrl(Model):
    """The ``EmbeddingsMultimodalInputContentImageUrl.image_url`` object.

    Request-only: encoded, never decoded.
    """

    url: str


class ContentPartInputAudio(Model):
    """Request-only: encoded, never decoded."""

    input_audio: MultimodalMedia | Mapping[str, Any]
    # Always "input_audio".
    type: str


class MultimodalMedia(Model):
    """Request-only: encoded, never decoded."""

    data: str
    format: str | None = None


class ContentPartInputVideo(Model):
    """Request-only: encoded, never decoded."""

    input_video: MultimodalMedia | Mapping[str, Any]
    # Always "input_video".
    type: str


class ContentPartInputFile(Model):
    """Request-only: encoded, never decoded."""

    input_file: MultimodalMedia | Mapping[str, Any]
    # Always "input_file".
    type: str


class CreateEmbeddingsResponse(Model):
    """Embeddings response containing embedding vectors"""

    # List of embedding objects
    data: list[Embedding]
    # The model used for embeddings
    model: str
    # Always "list".
    object: str
    # Unique identifier for the embeddings response
    id: str | None = None
    # Token usage statistics
    usage: EmbeddingsUsage | None = None


class Embedding(Model):
    """A single embedding object"""

    # Embedding vector as an array of floats or a base64 string
    embedding: list[float]
    # Always "embedding".
    object: str
    # Index of the embedding in the input list
    index: int | None = None


class EmbeddingsUsage(Model):
    """Token usage statistics"""

    # Number of tokens in the input
    prompt_tokens: int
    # Total number of tokens used
    total_tokens: int
    # Cost of the request in credits
    cost: float | None = None
    cost_details: CostDetails | None = None
    # Whether a request was made using a Bring Your Own Key configuration
    is_byok: bool | None = None
    # Per-modality token breakdown.
    prompt_tokens_details: EmbeddingsUsagePromptTokensDetails | None = None


class EmbeddingsUsagePromptTokensDetails(Model):
    """Per-modality token breakdown."""

    # Number of audio tokens in the input
    audio_tokens: int | None = None
    # Number of file/document tokens in the input
    file_tokens: int | None = None
    # Number of image tokens in the input
    image_tokens: int | None = None
    # Number of text tokens in the input
    text_tokens: int | None = None
    # Number of video tokens in the input
    video_tokens: int | None = None


# Alias of ``CreateEmbeddingsResponse``.
EmbeddingsResponse: TypeAlias = CreateEmbeddingsResponse
