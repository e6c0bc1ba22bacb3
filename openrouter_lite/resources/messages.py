"""Messages (Anthropic-compatible): `client.messages.create(...)`, `POST /messages`.

A stream yields one typed Struct per event, picked by the SSE `event:` line (or the JSON `type`)
from `types.messages.MESSAGES_EVENT_TYPES`: `MessagesStartEvent`, `MessagesContentBlockStartEvent`,
`MessagesContentBlockDeltaEvent` (text in `.delta.text`), `MessagesContentBlockStopEvent`,
`MessagesDeltaEvent`, `MessagesStopEvent`, `MessagesPingEvent`; a type this client does not know
yet arrives as an `UnknownEvent`. An `error` event raises `StreamError`; a stream that ends
before `message_stop` raises `StreamTruncatedError`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

import msgspec

from .._streaming import Stream
from .._sync import sync
from ..errors import ErrorData
from ..types.messages import (
    MESSAGES_EVENT_TYPES,
    MessagesErrorEvent,
    MessagesMessageParam,
    MessagesRequest,
    MessagesRequestParams,
    MessagesResult,
    MessagesStreamEvent,
)
from ._base import CallArgs, Resource, split_params
from ._events import EventDecoder, UnknownEvent, final_types
from ._signatures import explain_struct_error, valid_keywords

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = (
    "Messages",
    "MessagesCreateParams",
    "MessagesEvent",
    "UnknownEvent",
    "decode_messages_event",
    "messages_event_is_final",
)

MessagesEvent: TypeAlias = MessagesStreamEvent | UnknownEvent


class MessagesCreateParams(MessagesRequestParams, CallArgs, total=False):
    """Every keyword `messages.create` accepts besides `messages`, `model` and `stream`."""

    x_open_router_metadata: str  # "enabled" surfaces `openrouter_metadata`
    x_open_router_experimental_metadata: str  # the same header, under its older argument name


def _error_event(event: MessagesErrorEvent) -> ErrorData:
    err = event.error
    metadata = {"error_type": err.error_type} if err.error_type is not None else None
    return ErrorData(message=err.message, code=err.type, metadata=metadata)


decode_messages_event = EventDecoder("messages", MESSAGES_EVENT_TYPES, {"error": _error_event})
messages_event_is_final = final_types("message_stop")


class Messages(Resource):
    """`POST /messages`."""

    __slots__ = ()

    @overload
    async def create_async(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        stream: Literal[False] = False,
        **params: Unpack[MessagesCreateParams],
    ) -> MessagesResult: ...
    @overload
    async def create_async(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        stream: Literal[True],
        **params: Unpack[MessagesCreateParams],
    ) -> Stream[MessagesEvent]: ...
    @overload
    async def create_async(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        stream: bool,
        **params: Unpack[MessagesCreateParams],
    ) -> MessagesResult | Stream[MessagesEvent]: ...
    async def create_async(
        self,
        *,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]],
        model: str,
        stream: bool = False,
        **params: Unpack[MessagesCreateParams],
    ) -> MessagesResult | Stream[MessagesEvent]:
        """Create a message in the Anthropic Messages format; with `stream=True`, a `Stream` of
        typed events.

        Keyword arguments are the request fields of the API (`max_tokens`, `system`, `tools`,
        `thinking`, `provider`, ...; nested values as dicts or Structs) plus the call options.
        """
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        options, headers = split_params(kwargs)
        try:
            body = MessagesRequest(
                messages=messages, model=model, stream=True if stream else msgspec.UNSET, **kwargs
            )
        except TypeError as exc:
            raise explain_struct_error(exc, "create", kwargs, _VALID) from None
        return await self._json_or_stream(
            "/messages",
            MessagesResult,
            stream,
            decode_messages_event,
            messages_event_is_final,
            body,
            options,
            headers,
        )

    create = sync(create_async)


_VALID = frozenset(valid_keywords(Messages.create_async))
