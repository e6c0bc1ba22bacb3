"""Text completions (the legacy API): `client.completions.generate(...)`, `POST /completions`.

Not in the upstream OpenAPI spec (its types are generated from `tools/extra_openapi.yaml`);
served by the API in OpenAI's legacy shape: `choices[i].text`. Streams work like chat's: chunks
whose `choices[0].text` is the next piece, `[DONE]` at the end, an in-stream `error` raises
`StreamError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

import msgspec

from .._codec import decoder
from .._streaming import Stream
from .._sync import sync
from ..errors import ErrorData, ResponseValidationError, StreamError
from ..types.completions import (
    CompletionsRequest,
    CompletionsRequestParams,
    CompletionsResponse,
    CompletionsStreamChunk,
)
from ._base import CallArgs, Resource, split_params
from ._signatures import explain_struct_error, valid_keywords

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..sse import ServerSentEvent

# A prompt: a string, a batch of strings, or token ids (one array, or a batch of arrays).
Prompt: TypeAlias = str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]]

__all__ = (
    "Completions",
    "CompletionsGenerateParams",
    "completion_chunk_is_final",
    "decode_completion_chunk",
)


class CompletionsGenerateParams(CompletionsRequestParams, CallArgs, total=False):
    """Every keyword `completions.generate` accepts besides `prompt` and `stream`."""


_chunk_decoder = decoder(CompletionsStreamChunk)


def decode_completion_chunk(event: ServerSentEvent) -> CompletionsStreamChunk:
    """One SSE event -> a chunk; an in-stream `error` raises `StreamError`."""
    try:
        chunk = _chunk_decoder.decode(event.data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ResponseValidationError(
            f"malformed completions stream chunk: {exc}", status_code=200, body=event.data
        ) from exc
    if chunk.error is not None:
        err = chunk.error
        raise StreamError(
            ErrorData(message=err.message, code=err.code, metadata=err.metadata), chunk
        )
    return chunk


def completion_chunk_is_final(chunk: CompletionsStreamChunk) -> bool:
    return any(choice.finish_reason is not None for choice in chunk.choices)


class Completions(Resource):
    """`POST /completions`."""

    __slots__ = ()

    @overload
    async def generate_async(
        self,
        *,
        prompt: Prompt,
        stream: Literal[False] = False,
        **params: Unpack[CompletionsGenerateParams],
    ) -> CompletionsResponse: ...
    @overload
    async def generate_async(
        self,
        *,
        prompt: Prompt,
        stream: Literal[True],
        **params: Unpack[CompletionsGenerateParams],
    ) -> Stream[CompletionsStreamChunk]: ...
    @overload
    async def generate_async(
        self,
        *,
        prompt: Prompt,
        stream: bool,
        **params: Unpack[CompletionsGenerateParams],
    ) -> CompletionsResponse | Stream[CompletionsStreamChunk]: ...
    async def generate_async(
        self,
        *,
        prompt: Prompt,
        stream: bool = False,
        **params: Unpack[CompletionsGenerateParams],
    ) -> CompletionsResponse | Stream[CompletionsStreamChunk]:
        """Complete `prompt` (a string, a batch of strings, or token ids); the text is in
        `choices[0].text`. With `stream=True`, a `Stream` of `CompletionsStreamChunk`.

        Keyword arguments: `model`, `max_tokens`, `temperature`, `top_p`, `stop`, `n`, `seed`,
        `logprobs`, `echo`, `suffix`, `presence_penalty`, `frequency_penalty`, `logit_bias`,
        `user`, OpenRouter's `provider`, `models`, `reasoning`, `usage`, `transforms`, ... plus
        the call options.
        """
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        options, headers = split_params(kwargs)
        try:
            body = CompletionsRequest(
                prompt=prompt, stream=True if stream else msgspec.UNSET, **kwargs
            )
        except TypeError as exc:
            raise explain_struct_error(exc, "generate", kwargs, _VALID) from None
        return await self._json_or_stream(
            "/completions",
            CompletionsResponse,
            stream,
            decode_completion_chunk,
            completion_chunk_is_final,
            body,
            options,
            headers,
        )

    generate = sync(generate_async)


_VALID = frozenset(valid_keywords(Completions.generate_async))
