"""Types of the completions API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .chat import ChatUsage
from .common import ProviderPreferences

__all__ = (
    "CompletionsRequest",
    "CompletionsRequestParams",
    "CompletionsResponse",
    "CompletionChoice",
    "CompletionLogprobs",
    "CompletionsStreamChunk",
    "CompletionError",
)


class CompletionsRequest(Request):
    """Text completion request parameters"""

    # Echo the prompt back in addition to the completion
    echo: bool | None | UnsetType = UNSET
    # Frequency penalty (-2.0 to 2.0)
    frequency_penalty: float | None | UnsetType = UNSET
    # Token logit bias adjustments
    logit_bias: Mapping[str, float] | None | UnsetType = UNSET
    # Log probabilities of the `logprobs` most likely tokens (legacy: a count, not a flag)
    logprobs: int | None | UnsetType = UNSET
    # Maximum tokens in the completion
    max_tokens: int | None | UnsetType = UNSET
    # Minimum probability threshold relative to the most likely token
    min_p: float | None | UnsetType = UNSET
    # The model to use (defaults to the account's default model)
    model: str | UnsetType = UNSET
    # Fallback models (tried in order)
    models: Sequence[str] | UnsetType = UNSET
    # Number of completions to generate
    n: int | None | UnsetType = UNSET
    # Presence penalty (-2.0 to 2.0)
    presence_penalty: float | None | UnsetType = UNSET
    # The text to complete (a string, a batch of strings, or token ids)
    prompt: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | UnsetType = UNSET
    # Provider routing preferences
    provider: ProviderPreferences | Mapping[str, Any] | None | UnsetType = UNSET
    # Reasoning configuration (`effort`, `max_tokens`, `exclude`, `enabled`)
    reasoning: Mapping[str, Any] | None | UnsetType = UNSET
    # Repetition penalty (0-2)
    repetition_penalty: float | None | UnsetType = UNSET
    # Random seed for deterministic outputs
    seed: int | None | UnsetType = UNSET
    # Stop sequences (up to 4)
    stop: str | Sequence[str] | None | UnsetType = UNSET
    # Enable streaming response
    stream: bool | UnsetType = UNSET
    # Streaming options (`include_usage`)
    stream_options: Mapping[str, Any] | None | UnsetType = UNSET
    # Text that comes after the completion (insertion models)
    suffix: str | None | UnsetType = UNSET
    # Sampling temperature (0-2)
    temperature: float | None | UnsetType = UNSET
    # Consider only tokens with "sufficiently high" probabilities
    top_a: float | None | UnsetType = UNSET
    # Limits the model to the top K most likely tokens at each step
    top_k: int | None | UnsetType = UNSET
    # Nucleus sampling parameter (0-1)
    top_p: float | None | UnsetType = UNSET
    # Prompt transforms, e.g. ["middle-out"]
    transforms: Sequence[str] | UnsetType = UNSET
    # Usage accounting options (`include`)
    usage: Mapping[str, Any] | UnsetType = UNSET
    # Per-end-user identifier for abuse isolation
    user: str | UnsetType = UNSET


class CompletionsRequestParams(TypedDict, total=False):
    """The optional fields of ``CompletionsRequest``, as keyword arguments."""

    echo: bool | None
    frequency_penalty: float | None
    logit_bias: Mapping[str, float] | None
    logprobs: int | None
    max_tokens: int | None
    min_p: float | None
    model: str
    models: Sequence[str]
    n: int | None
    presence_penalty: float | None
    provider: ProviderPreferences | Mapping[str, Any] | None
    reasoning: Mapping[str, Any] | None
    repetition_penalty: float | None
    seed: int | None
    stop: str | Sequence[str] | None
    stream_options: Mapping[str, Any] | None
    suffix: str | None
    temperature: float | None
    top_a: float | None
    top_k: int | None
    top_p: float | None
    transforms: Sequence[str]
    usage: Mapping[str, Any]
    user: str


class CompletionsResponse(Model):
    """Text completion response"""

    choices: list[CompletionChoice]
    # Unix timestamp of creation
    created: int
    id: str
    model: str
    # Always "text_completion".
    object: str
    # The provider that served the request
    provider: str | None = None
    system_fingerprint: str | None = None
    usage: ChatUsage | None = None


class CompletionChoice(Model):
    """One completion (in a stream chunk: the text added since the previous chunk)"""

    index: int
    text: str = ""
    # One of: stop, length, content_filter, error.
    finish_reason: str | None = None
    native_finish_reason: str | None = None
    logprobs: CompletionLogprobs | None = None


class CompletionLogprobs(Model):
    """Legacy log probabilities: parallel arrays, one entry per token"""

    tokens: list[str] | None = None
    token_logprobs: list[float | None] | None = None
    top_logprobs: list[dict[str, float] | None] | None = None
    text_offset: list[int] | None = None
    # Chat-style entries, when a provider returns them instead
    content: list[Any] | None = None


class CompletionsStreamChunk(Model):
    """Streaming text completion chunk"""

    choices: list[CompletionChoice]
    created: int
    id: str
    model: str
    # Always "text_completion".
    object: str
    error: CompletionError | None = None
    # The provider that served the request
    provider: str | None = None
    system_fingerprint: str | None = None
    usage: ChatUsage | None = None


class CompletionError(Model):
    """An error reported inside a stream (the last chunk before the stream ends)"""

    message: str = ""
    code: int | str | None = None
    metadata: dict[str, Any] | None = None
