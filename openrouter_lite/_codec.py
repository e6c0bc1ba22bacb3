"""JSON encode/decode: one module-level Encoder, one Decoder per response type (built once)."""

from __future__ import annotations

import base64
import sys
from array import array
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

from .types._base import Request

T = TypeVar("T")

encoder = msgspec.json.Encoder()
_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}


def decoder(tp: type[T]) -> msgspec.json.Decoder[T]:
    """The cached Decoder for `tp` (created on first use; Decoders are thread-safe)."""
    dec = _decoders.get(tp)
    if dec is None:
        dec = _decoders[tp] = msgspec.json.Decoder(tp)
    return dec


# The official SDK's Python names for wire fields that are Python keywords or builtins
# (`tests/data/official_modules.json` "field_aliases"); dicts written for it use them as keys.
FIELD_ALIASES = {
    "async_": "async",
    "bytes_": "bytes",
    "date_": "date",
    "datetime_": "datetime",
    "format_": "format",
    "lambda_": "lambda",
    "schema_": "schema",
}
# Values that are free-form JSON chosen by the caller (a JSON Schema, tool parameters): their
# keys are never renamed.
_OPAQUE = frozenset({"schema", "parameters", "properties", "input_schema", "metadata"})
# request Struct class -> its fields the spec does not mark nullable
_non_nullable: dict[type, tuple[str, ...]] = {}


def _renamed(value: Any) -> Any:
    """`value` with the official SDK's alias keys (`schema_`) renamed to their wire names."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            wire = FIELD_ALIASES.get(k) if k[-1:] == "_" else None
            if wire is not None and wire not in value:
                k = wire
            out[k] = v if k in _OPAQUE else _renamed(v)
        return out
    if isinstance(value, list):
        return [_renamed(v) for v in value]
    return value


def _drop_non_nullable_nones(body: Any) -> Any:
    """`body` (a request Struct) without the `None`s of fields the spec doesn't mark nullable:
    the official SDK omits those, and the API may reject a `null` there."""
    cls = type(body)
    names = _non_nullable.get(cls)
    if names is None:
        names = _non_nullable[cls] = tuple(
            f.name
            for f in msgspec.structs.fields(cls)
            if type(None) not in getattr(f.type, "__args__", ())
        )
    nones = {n: msgspec.UNSET for n in names if getattr(body, n) is None}
    return msgspec.structs.replace(body, **nones) if nones else body


def encode_body(body: Any, extra_body: Mapping[str, Any] | None = None) -> bytes:
    """Encode a request Struct (or mapping); `extra_body` fields are merged on top.

    Two rare cases are fixed on the encoded bytes' cue, so the common request pays two
    substring searches: a `None` for a field that isn't nullable is omitted, and dict keys
    spelled with the official SDK's aliases (`"schema_"`) are renamed to their wire names."""
    if extra_body:
        if isinstance(body, Request):
            body = _drop_non_nullable_nones(body)
        merged = msgspec.to_builtins(body) if body is not None else {}
        if not isinstance(merged, dict):
            raise TypeError("extra_body needs a JSON object request body")
        merged.update(extra_body)
        body = merged
    out = encoder.encode(body)
    # (`find`, not `in`: bytes `in` first tries its argument as an int, formatting a TypeError)
    if out.find(b"null") >= 0 and isinstance(body, Request):
        trimmed = _drop_non_nullable_nones(body)
        if trimmed is not body:
            out = encoder.encode(trimmed)
    if out.find(b'_":') >= 0:
        out = encoder.encode(_renamed(msgspec.json.decode(out)))
    return out


def floats_from_base64(data: str) -> list[float]:
    """Decode the API's base64 embedding (little-endian float32) into floats."""
    values = array("f", base64.b64decode(data))
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()
