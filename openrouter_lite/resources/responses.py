"""Responses (OpenResponses format): `client.responses.send(...)`, also `client.beta.responses`.

A stream yields one typed Struct per event, picked by the event's `type` from
`types.responses.RESPONSES_EVENT_TYPES` (`TextDeltaEvent` for `response.output_text.delta`, ...);
a type this client does not know yet arrives as an `UnknownEvent`. An `error` or
`response.failed` event raises `StreamError`; `response.completed`, `response.incomplete` and
`response.failed` end a stream normally (a stream that ends before one of them, or `[DONE]`, raises
`StreamTruncatedError`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

import msgspec

from .._streaming import Stream
from .._sync import sync
from ..errors import ErrorData
from ..types.responses import (
    RESPONSES_EVENT_TYPES,
    ErrorEvent,
    OpenResponsesResult,
    ResponsesRequest,
    ResponsesRequestParams,
    ResponsesStreamEvent,
    StreamEventsResponseFailed,
)
from ._base import CallArgs, Resource, split_params
from ._events import EventDecoder, UnknownEvent, final_types
from ._signatures import explain_struct_error, valid_keywords

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = (
    "Responses",
    "ResponsesEvent",
    "ResponsesSendParams",
    "UnknownEvent",
    "decode_responses_event",
    "responses_event_is_final",
)

ResponsesEvent: TypeAlias = ResponsesStreamEvent | UnknownEvent


class ResponsesSendParams(ResponsesRequestParams, CallArgs, total=False):
    """Every keyword `responses.send` accepts besides `stream`."""

    x_open_router_metadata: str  # "enabled" surfaces `openrouter_metadata`
    x_open_router_experimental_metadata: str  # the same header, under its older argument name


def _error_event(event: ErrorEvent) -> ErrorData:
    metadata = {"param": event.param} if event.param is not None else None
    return ErrorData(message=event.message, code=event.code, metadata=metadata)


def _failed_event(event: StreamEventsResponseFailed) -> ErrorData:
    response = event.response
    if response.error is not None:
        return ErrorData(message=response.error.message, code=response.error.code)
    return ErrorData(message=f"response {response.id} failed", code=response.error_type)


decode_responses_event = EventDecoder(
    "responses",
    RESPONSES_EVENT_TYPES,
    {"error": _error_event, "response.failed": _failed_event},
)
responses_event_is_final = final_types(
    "response.completed", "response.incomplete", "response.failed"
)


class Responses(Resource):
    """`POST /responses`."""

    __slots__ = ()

    @overload
    async def send_async(
        self, *, stream: Literal[False] = False, **params: Unpack[ResponsesSendParams]
    ) -> OpenResponsesResult: ...
    @overload
    async def send_async(
        self, *, stream: Literal[True], **params: Unpack[ResponsesSendParams]
    ) -> Stream[ResponsesEvent]: ...
    @overload
    async def send_async(
        self, *, stream: bool, **params: Unpack[ResponsesSendParams]
    ) -> OpenResponsesResult | Stream[ResponsesEvent]: ...
    async def send_async(
        self, *, stream: bool = False, **params: Unpack[ResponsesSendParams]
    ) -> OpenResponsesResult | Stream[ResponsesEvent]:
        """Create a response; with `stream=True`, a `Stream` of typed events.

        Keyword arguments are the request fields of the API (`input`, `model`, `instructions`,
        `tools`, `reasoning`, `provider`, ...; nested values as dicts or Structs) plus the call
        options `retries`, `timeout_ms`, `extra_headers`, `extra_body`, `server_url`. The text of
        a stream is in its `TextDeltaEvent`s (`event.type == "response.output_text.delta"`).
        """
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        options, headers = split_params(kwargs)
        try:
            body = ResponsesRequest(stream=True if stream else msgspec.UNSET, **kwargs)
        except TypeError as exc:
            raise explain_struct_error(exc, "send", kwargs, _VALID) from None
        return await self._json_or_stream(
            "/responses",
            OpenResponsesResult,
            stream,
            decode_responses_event,
            responses_event_is_final,
            body,
            options,
            headers,
        )

    send = sync(send_async)


_VALID = frozenset(valid_keywords(Responses.send_async))
