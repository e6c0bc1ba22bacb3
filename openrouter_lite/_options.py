"""Per-call options: the keyword arguments every operation accepts, resolved once per call into a
typed, frozen `CallSettings` the transport reads (a call without options reuses the client's)."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any, TypedDict
from urllib.parse import urlsplit

import msgspec

from . import errors
from ._retry import NO_RETRY, RetryConfig

__all__ = (
    "OPTION_NAMES",
    "CallOptions",
    "CallSettings",
    "check_transport_security",
    "extra_headers_of",
    "resolve",
)


class CallOptions(TypedDict, total=False):
    """Options every operation accepts as keyword arguments."""

    retries: RetryConfig | None  # this call's retry policy; None: no retries
    timeout_ms: (
        int  # the whole call, retries included; for a stream, the longest wait between reads
    )
    extra_headers: Mapping[str, str]  # more request headers
    http_headers: Mapping[str, str]  # the official SDK's name for extra_headers
    extra_body: Mapping[str, Any]  # JSON fields merged into the body (fields this client lacks)
    server_url: str  # this call's base URL


OPTION_NAMES = frozenset(CallOptions.__annotations__)


class CallSettings(msgspec.Struct, frozen=True, gc=False):
    """What one call runs with. Times are in seconds. (A Struct, not a dataclass: importing
    `dataclasses` and building one cost the client ~120 KiB of heap at import.)"""

    retry: RetryConfig
    timeout: float  # whole-call deadline of a non-streaming call
    stream_idle: float  # longest wait between reads of a stream
    pool_timeout: float | None  # longest wait for a free pooled connection (None: no bound)
    base_url: str


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_transport_security(url: str, allow_insecure_http: bool) -> None:
    """Refuse to send a bearer key over plain http to anything but loopback, unless opted in."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"server_url must be an http(s) URL, got {url!r}")
    host = parts.hostname or ""
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(host):
        raise errors.InsecureTransportError(
            f"refusing to send the API key over plain http to {parts.hostname!r}; use https, "
            "or pass allow_insecure_http=True if this network is trusted"
        )


def resolve(
    options: Mapping[str, Any], defaults: CallSettings, allow_insecure_http: bool
) -> CallSettings:
    """`defaults` with this call's options applied; an unknown option is a TypeError. (Header
    options are not settings: `extra_headers_of` reads them, and a call with only those runs
    with `defaults` itself.)"""
    unknown = options.keys() - OPTION_NAMES
    if unknown:
        raise TypeError(f"unknown request option(s): {', '.join(sorted(unknown))}")
    changes: dict[str, Any] = {}
    if "retries" in options:  # None turns retries off, as in the official SDK
        retry = options["retries"]
        if retry is not None and not isinstance(retry, RetryConfig):
            raise TypeError(f"retries must be a RetryConfig, not {type(retry).__name__}")
        changes["retry"] = NO_RETRY if retry is None else retry
    timeout_ms = options.get("timeout_ms")
    if timeout_ms is not None:
        if isinstance(timeout_ms, bool) or not isinstance(timeout_ms, (int, float)):
            raise TypeError(f"timeout_ms must be a number, not {type(timeout_ms).__name__}")
        if timeout_ms <= 0:
            raise ValueError(f"timeout_ms must be > 0, not {timeout_ms}")
        changes["timeout"] = changes["stream_idle"] = timeout_ms / 1000
    server_url = options.get("server_url")
    if server_url:
        check_transport_security(server_url, allow_insecure_http)
        changes["base_url"] = server_url.rstrip("/")
    return msgspec.structs.replace(defaults, **changes) if changes else defaults


def extra_headers_of(options: Mapping[str, Any]) -> Mapping[str, str] | None:
    """The call's `http_headers` with its `extra_headers` over them (None: neither). One of them
    alone is handed on as it is (read, never changed): no copy held while the call is in flight."""
    http: Mapping[str, str] | None = options.get("http_headers")
    extra: Mapping[str, str] | None = options.get("extra_headers")
    if not http:
        return extra or None
    if not extra:
        return http
    return {**http, **extra}
