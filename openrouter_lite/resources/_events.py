"""Typed events for streams whose events carry a `type` (Responses, Messages, Images).

`EventDecoder` turns a `ServerSentEvent` into the Struct registered for its type; a type this
client does not know (yet) becomes an `UnknownEvent`, never an error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from .._codec import decoder
from ..errors import ErrorData, ResponseValidationError, StreamError

if TYPE_CHECKING:
    from ..sse import ServerSentEvent

__all__ = ("EventDecoder", "UnknownEvent", "error_data", "final_types")


class UnknownEvent(msgspec.Struct, frozen=True, gc=False):
    """A stream event whose `type` this client does not know (yet), passed through, never fatal:
    `type` is its type and `data` its JSON (a dict for any event that has a type)."""

    type: str
    data: Any


class _Untyped(msgspec.Struct, gc=False):
    """What an event without a known type is read as: maybe OpenRouter's `{"error": {...}}`."""

    type: str = ""
    error: Any = None


_untyped = msgspec.json.Decoder(_Untyped)
_any = msgspec.json.Decoder()
_TYPE_FIRST = '{"type":"'  # how the API writes events: their type first, no escapes in it


def error_data(obj: Any) -> ErrorData:
    """An `error` object of any shape (`message`, `code`, `metadata`) as `ErrorData`."""
    if not isinstance(obj, dict):
        return ErrorData(message=str(obj))
    message, code, metadata = obj.get("message"), obj.get("code"), obj.get("metadata")
    return ErrorData(
        message=message if isinstance(message, str) else "",
        code=code if isinstance(code, (int, str)) else None,
        metadata=metadata if isinstance(metadata, dict) else None,
    )


class EventDecoder:
    """`ServerSentEvent -> typed event`, for streams whose events carry a `type` field.

    The type comes from the SSE `event:` line when there is one (Messages), else from the JSON.
    `table` maps a type to its Struct; each Struct's Decoder is built on first use and cached.
    A type missing from `table` becomes an `UnknownEvent`. `errors` maps the types that report a
    failure to a function giving the `ErrorData` (or None: not a failure); such an event raises
    `StreamError` with the decoded event attached. So does an untyped `{"error": {...}}`
    (OpenRouter's generic in-stream error).
    """

    __slots__ = ("_area", "_decoders", "_errors", "_table")

    def __init__(
        self,
        area: str,
        table: Mapping[str, type],
        errors: Mapping[str, Callable[[Any], ErrorData | None]],
    ) -> None:
        self._area = area
        self._table = table
        self._errors = errors
        self._decoders: dict[str, msgspec.json.Decoder[Any]] = {}

    def __call__(self, event: ServerSentEvent) -> Any:
        data = event.data
        etype = event.event
        if etype == "message":  # no `event:` line: peek at the JSON
            etype = data[9 : data.find('"', 9)] if data.startswith(_TYPE_FIRST) else ""
        return self._decode(etype, data)

    def _decode(self, etype: str, data: str) -> Any:
        dec = self._decoders.get(etype)
        if dec is None:
            tp = self._table.get(etype)
            if tp is None:
                return self._untyped(etype, data)
            dec = self._decoders[etype] = decoder(tp)
        try:
            item = dec.decode(data)
        except msgspec.ValidationError as exc:  # (before DecodeError: it is a subclass)
            self._untyped(etype, data)  # raises StreamError for a generic error body
            raise self._malformed(etype, data, exc) from exc
        except msgspec.DecodeError as exc:
            raise self._malformed(etype, data, exc) from exc
        to_error = self._errors.get(etype)
        if to_error is not None:
            err = to_error(item)
            if err is not None:
                raise StreamError(err, item)
        return item

    def _untyped(self, etype: str, data: str) -> Any:
        """The slow path: an unknown type, a type not written first, or no type at all."""
        try:
            head = _untyped.decode(data)
        except msgspec.ValidationError:  # JSON, but not an object (a DecodeError subclass)
            try:
                return UnknownEvent(etype, _any.decode(data))
            except msgspec.DecodeError as exc:  # or not even JSON: "[" cut short
                raise self._malformed(etype, data, exc) from exc
        except msgspec.DecodeError as exc:
            raise self._malformed(etype, data, exc) from exc
        if head.type != etype and head.type in self._table:  # known, just not written first
            return self._decode(head.type, data)
        if isinstance(head.error, dict) and (not head.type or head.type in self._errors):
            raise StreamError(error_data(head.error), _any.decode(data))
        return UnknownEvent(head.type or etype, _any.decode(data))

    def _malformed(self, etype: str, data: str, exc: Exception) -> ResponseValidationError:
        return ResponseValidationError(
            f"malformed {self._area} stream event {etype!r}: {exc}", status_code=200, body=data
        )


def final_types(*types: str) -> Callable[[Any], bool]:
    """`is_final` for a typed stream: an event of one of `types` ends the stream normally."""
    final = frozenset(types)
    return lambda item: item.type in final
