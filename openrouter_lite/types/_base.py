"""Base classes every request and response Struct derives from.

Response Structs: unknown fields are ignored (msgspec's default; the API adds fields often), fields
the spec marks optional or nullable default to ``None``, and ``omit_defaults`` makes a decoded
response re-encode without nulls (a response message appended to ``messages`` is sent back clean).
``gc=False``: decoded JSON never forms reference cycles, and skipping GC tracking makes large
responses cheaper to build and to collect.

Request Structs: fields default to ``msgspec.UNSET`` so only what the caller set is sent.
"""

from __future__ import annotations

import msgspec

UNSET = msgspec.UNSET
UnsetType = msgspec.UnsetType


class Model(msgspec.Struct, kw_only=True, omit_defaults=True, repr_omit_defaults=True, gc=False):
    """Base of every response (and shared) Struct."""


class Request(msgspec.Struct, kw_only=True, omit_defaults=True, repr_omit_defaults=True):
    """Base of every request-body Struct; fields default to ``UNSET``."""
