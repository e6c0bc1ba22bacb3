"""Types of the batch API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import AnthropicCacheCreation, AnthropicUsageIteration, CostDetails

__all__ = (
    "BatchListResponse",
    "BatchObject",
    "BatchRequestCounts",
    "BatchError",
    "BatchUsage",
    "BatchUsagePromptTokensDetails",
    "BatchUsageCompletionTokensDetails",
    "BatchUsageServerToolUse",
    "BatchResult",
    "BatchResultResponse",
    "BatchResultError",
    "BatchSubmitBody",
    "BatchSubmitBodyParams",
    "BatchRequestItem",
    "BatchProviderPreferences",
    "BatchDeletedObject",
    "BatchDeletionTargets",
    "BatchDeletionTargetsUpstream",
)


class BatchListResponse(Model):
    """A newest-first page of batches (without `results`)."""

    # Always "list".
    object: str
    data: list[BatchObject]
    has_more: bool
    first_id: str | None = None
    # Pass as `after` for the next page.
    last_id: str | None = None


class BatchObject(Model):
    """A batch and its progress; `results` once it reached a terminal status."""

    id: str
    # Always "batch".
    object: str
    endpoint: str
    model: str
    # One of: validating, in_progress, finalizing, completed, failed, expired, ... (2 more).
    status: str
    # Always "24h".
    completion_window: str
    # Unix seconds.
    created_at: int
    request_counts: BatchRequestCounts
    expires_at: int | None = None
    finalized_at: int | None = None
    provider: str | None = None
    # Why a failed batch failed.
    error: BatchError | None = None
    usage: BatchUsage | None = None
    # One entry per request; null in lists and before the batch finished.
    results: list[BatchResult] | None = None


class BatchRequestCounts(Model):
    total: int
    completed: int
    failed: int


class BatchError(Model):
    message: str


class BatchUsage(Model):
    """Token usage and cost of a batch."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    cost: float | None = None
    is_byok: bool | None = None
    cost_details: CostDetails | None = None
    prompt_tokens_details: BatchUsagePromptTokensDetails | None = None
    completion_tokens_details: BatchUsageCompletionTokensDetails | None = None
    server_tool_use: BatchUsageServerToolUse | None = None
    service_tier: str | None = None
    # One of: fast, standard.
    speed: str | None = None
    cache_creation: AnthropicCacheCreation | None = None
    iterations: list[AnthropicUsageIteration] | None = None


class BatchUsagePromptTokensDetails(Model):
    """The ``BatchUsage.prompt_tokens_details`` object."""

    cached_tokens: int | None = None
    cache_write_tokens: int | None = None
    audio_tokens: int | None = None
    file_tokens: int | None = None
    video_tokens: int | None = None


class BatchUsageCompletionTokensDetails(Model):
    """The ``BatchUsage.completion_tokens_details`` object."""

    reasoning_tokens: int | None = None
    audio_tokens: int | None = None
    image_tokens: int | None = None


class BatchUsageServerToolUse(Model):
    """The ``BatchUsage.server_tool_use`` object."""

    web_search_requests: int | None = None
    tool_calls_requested: int | None = None
    tool_calls_executed: int | None = None


class BatchResult(Model):
    """The outcome of one request of a batch."""

    id: str
    custom_id: str
    response: BatchResultResponse | None = None
    error: BatchResultError | None = None


class BatchResultResponse(Model):
    status_code: int
    # The endpoint's response body (decode it with that endpoint's response type, e.g....
    body: dict[str, Any]
    request_id: str | None = None


class BatchResultError(Model):
    message: str
    type: str
    param: str | None = None
    # One of: context_length_exceeded, max_tokens_exceeded, ... (25 more).
    error_type: str | None = None


class BatchSubmitBody(Request):
    """A batch of requests for one endpoint and model."""

    # The endpoint every request of the batch goes to.
    # One of: /v1/chat/completions, /v1/responses, /v1/messages, /v1/embeddings.
    endpoint: str | UnsetType = UNSET
    # The model of every request (each body's `model` must match).
    model: str | UnsetType = UNSET
    requests: Sequence[BatchRequestItem | Mapping[str, Any]] | UnsetType = UNSET
    # Notified when the batch finishes.
    callback_url: str | UnsetType = UNSET
    # Always "24h".
    completion_window: str | UnsetType = UNSET
    provider: BatchProviderPreferences | Mapping[str, Any] | None | UnsetType = UNSET


class BatchSubmitBodyParams(TypedDict, total=False):
    """The optional fields of ``BatchSubmitBody``, as keyword arguments."""

    callback_url: str
    completion_window: str
    provider: BatchProviderPreferences | Mapping[str, Any] | None


class BatchRequestItem(Model):
    """One request of a batch.

    Request-only: encoded, never decoded.
    """

    # Your id for the request; its result carries it back.
    custom_id: str
    # The request body, as the endpoint takes it.
    body: Mapping[str, Any]


class BatchProviderPreferences(Model):
    """Provider routing for a batch (only `only` and `allow_fallbacks`).

    Request-only: encoded, never decoded.
    """

    # Provider slugs the batch may use.
    only: Sequence[str] | None = None
    allow_fallbacks: bool | None = None


class BatchDeletedObject(Model):
    """A deleted batch (deletion is not cancellation; billing records are kept)."""

    id: str
    # Always "batch".
    object: str
    deletion: BatchDeletionTargets


class BatchDeletionTargets(Model):
    """What was deleted, at OpenRouter and upstream."""

    # Always "deleted".
    openrouter: str
    # The upstream deletion; absent when no provider was assigned.
    upstream: BatchDeletionTargetsUpstream | None = None


class BatchDeletionTargetsUpstream(Model):
    """The upstream deletion; absent when no provider was assigned."""

    provider: str
    # One of: deleted, unsupported, not_applicable.
    status: str
