"""JSON encode/decode: one module-level Encoder, one Decoder per response type (built once)."""

from __future__ import annotations

import base64
import sys
from array import array
from collections.abc import Mapping
from typing import Any, TypeVar

import msgspec

T = TypeVar("T")

encoder = msgspec.json.Encoder()
_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}


def decoder(tp: type[T]) -> msgspec.json.Decoder[T]:
    """The cached Decoder for `tp` (created on first use; Decoders are thread-safe)."""
    dec = _decoders.get(tp)
    if dec is None:
        dec = _decoders[tp] = msgspec.json.Decoder(tp)
    return dec


def encode_body(body: Any, extra_body: Mapping[str, Any] | None = None) -> bytes:
    """Encode a request Struct (or mapping); `extra_body` fields are merged on top."""
    if extra_body:
        merged = msgspec.to_builtins(body) if body is not None else {}
        if not isinstance(merged, dict):
            raise TypeError("extra_body needs a JSON object request body")
        merged.update(extra_body)
        return encoder.encode(merged)
    return encoder.encode(body)


def floats_from_base64(data: str) -> list[float]:
    """Decode the API's base64 embedding (little-endian float32) into floats."""
    values = array("f", base64.b64decode(data))
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()
