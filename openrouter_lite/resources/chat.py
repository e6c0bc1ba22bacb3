"""Chat completions: `client.chat.send(...)` / `await client.chat.send_async(...)`."""

from __future__ import annotations

import functools
import operator
from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Literal, overload

import msgspec

from .._codec import decoder
from .._streaming import Stream
from .._sync import sync
from ..errors import ErrorData, ResponseValidationError, StreamError, parse_error_body
from ..sse import ServerSentEvent
from ..types.chat import (
    ChatMessages,
    ChatRequest,
    ChatRequestParams,
    ChatResponse,
    ChatStreamChunk,
)
from ._base import CallArgs, Resource, split_params
from ._signatures import (
    bad_keyword,
    check_messages,
    check_values,
    explain_struct_error,
    valid_keywords,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..batching import BatchRequest, BatchRun, Progress

__all__ = ("Chat", "ChatSendParams")


class ChatSendParams(ChatRequestParams, CallArgs, total=False):
    """Every keyword `chat.send` accepts besides `messages` and `stream`."""

    x_open_router_metadata: str  # "enabled" surfaces `openrouter_metadata`
    x_open_router_experimental_metadata: str  # the same header, under its older argument name


_chunk_decoder = decoder(ChatStreamChunk)
_REQUIRED: Any = msgspec.NODEFAULT  # `messages` not given (see `send_async`)


def decode_chat_chunk(event: ServerSentEvent) -> ChatStreamChunk:
    """One SSE event -> a chunk; an in-stream `error` raises `StreamError`."""
    try:
        chunk = _chunk_decoder.decode(event.data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        # An error chunk whose `error` doesn't match the spec's shape is still an error.
        data = parse_error_body(event.data.encode())
        if data is not None:
            raise StreamError(data) from None
        raise ResponseValidationError(
            f"malformed chat stream chunk: {exc}", status_code=200, body=event.data
        ) from exc
    if chunk.error is not None:
        raise _stream_error(chunk)
    return chunk


def _stream_error(chunk: ChatStreamChunk) -> StreamError:
    err = chunk.error
    assert err is not None
    metadata = msgspec.to_builtins(err.metadata) if err.metadata is not None else None
    return StreamError(ErrorData(message=err.message, code=err.code, metadata=metadata), chunk)


class ChatChunkDecoder:
    """Chat chunks from the bytes of their events, a read at a time (`_streaming.DataDecoder`):
    msgspec's decoder mapped over the read and the checks done with C callables, so the usual
    chunk costs no Python call of its own."""

    __slots__ = ()

    def one(self, data: bytes) -> ChatStreamChunk:
        try:
            chunk = _chunk_decoder.decode(data)
        except (msgspec.DecodeError, msgspec.ValidationError):  # (invalid UTF-8 included)
            chunk = None
        if chunk is None or chunk.error is not None:  # the exact error, or the text replaced
            text = data.decode("utf-8", "replace")
            return decode_chat_chunk(ServerSentEvent("message", text, None, None))
        return chunk

    def many(self, payloads: list[bytes], out: list[Any]) -> None:
        start = len(out)
        while True:  # (payloads[k] becomes out[start + k])
            try:
                out += map(_chunk_decoder.decode, islice(payloads, len(out) - start, None))
                break
            except (msgspec.DecodeError, msgspec.ValidationError):  # the exact error, or its text
                out.append(self.one(payloads[len(out) - start]))
        if any(map(_error_of, out[start:] if start else out)):  # an error chunk: raise there
            for i in range(start, len(out)):
                if out[i].error is not None:
                    chunk = out[i]
                    del out[i:]
                    raise _stream_error(chunk)

    def final(self, items: list[Any]) -> bool:
        choices = chain.from_iterable(map(_choices_of, items))
        return any(map(_is_set, map(_finish_reason_of, choices)))


_error_of = operator.attrgetter("error")
_choices_of = operator.attrgetter("choices")
_finish_reason_of = operator.attrgetter("finish_reason")
_is_set = functools.partial(operator.is_not, None)
CHAT_CHUNKS = ChatChunkDecoder()


def chat_chunk_is_final(chunk: ChatStreamChunk) -> bool:
    """A chunk with a finish reason: the stream may end without being truncated."""
    for choice in chunk.choices:  # a plain loop: this runs on every chunk until the end
        if choice.finish_reason is not None:
            return True
    return False


class Chat(Resource):
    """`POST /chat/completions`."""

    __slots__ = ()

    @overload
    async def send_async(
        self,
        *,
        messages: Sequence[ChatMessages | Mapping[str, Any]],
        stream: Literal[False] = False,
        **params: Unpack[ChatSendParams],
    ) -> ChatResponse: ...
    @overload
    async def send_async(
        self,
        *,
        messages: Sequence[ChatMessages | Mapping[str, Any]],
        stream: Literal[True],
        **params: Unpack[ChatSendParams],
    ) -> Stream[ChatStreamChunk]: ...
    @overload
    async def send_async(
        self,
        *,
        messages: Sequence[ChatMessages | Mapping[str, Any]],
        stream: bool,
        **params: Unpack[ChatSendParams],
    ) -> ChatResponse | Stream[ChatStreamChunk]: ...
    async def send_async(
        self,
        *,
        messages: Sequence[ChatMessages | Mapping[str, Any]] = _REQUIRED,
        stream: bool = False,
        **params: Unpack[ChatSendParams],
    ) -> ChatResponse | Stream[ChatStreamChunk]:
        """Create a chat completion; with `stream=True`, a `Stream` of `ChatStreamChunk`.

        Keyword arguments are the request fields of the API (`model`, `temperature`, `tools`,
        `provider`, `reasoning`, ...; nested values as dicts or Structs) plus the call options
        `retries`, `timeout_ms`, `extra_headers`, `extra_body`, `server_url`.
        """
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        if messages is _REQUIRED:  # checked here so that a misspelt `mesages=` names itself
            unknown = kwargs.keys() - _VALID
            if unknown:
                raise bad_keyword("send", unknown, _VALID)
            raise TypeError("send() missing 1 required keyword-only argument: 'messages'")
        check_messages(messages)
        options, headers = split_params(kwargs)
        check_values(ChatRequest, kwargs)
        try:
            body = ChatRequest(
                messages=messages, stream=True if stream else msgspec.UNSET, **kwargs
            )
        except TypeError as exc:
            raise explain_struct_error(exc, "send", kwargs, _VALID) from None
        sent = self._json_or_stream(
            "/chat/completions",
            ChatResponse,
            stream,
            decode_chat_chunk,
            chat_chunk_is_final,
            body,
            options,
            headers,
            CHAT_CHUNKS,
        )
        del body, kwargs, params  # encoded already: not held while the call is in flight
        return await sent

    send = sync(send_async)

    def send_many(
        self,
        requests: Iterable[BatchRequest | Mapping[str, Any]]
        | AsyncIterable[BatchRequest | Mapping[str, Any]],
        *,
        concurrency: int = 64,
        ordered: bool = True,
        window: int | None = None,
        rpm: float | None = None,
        tpm: float | None = None,
        progress: Callable[[Progress], None] | None = None,
        **params: Unpack[ChatSendParams],
    ) -> BatchRun:
        """`send` for every item of `requests` (each a mapping of `send`'s keywords, such as
        `{"messages": [...]}`, or a `batching.BatchRequest`), `concurrency` at a time through the
        batch runner; `params` (e.g. `model=`) apply to every item. The result is iterated with
        `for` (blocking) or `async for`: one `Outcome` per item, in input order unless
        `ordered=False`. The input is read lazily."""
        from ..batching import chat_many

        return chat_many(
            self._client,
            requests,
            concurrency=concurrency,
            ordered=ordered,
            window=window,
            rpm=rpm,
            tpm=tpm,
            progress=progress,
            **params,
        )


_VALID = frozenset(valid_keywords(Chat.send_async))
