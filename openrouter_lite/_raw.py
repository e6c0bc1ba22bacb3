"""Response metadata: the `with_raw_response` view, `RawResponse`, and rate-limit parsing.

`client.chat.with_raw_response.send_async(...)` runs the ordinary method on a copy of the
resource whose transport remembers the HTTP response it got, and answers a `RawResponse`: status,
headers and timing, with `parse()` giving the usual result. The ordinary (non-raw) path is not
touched at all: only raw calls pay for the recording.
"""

from __future__ import annotations

import copy
import inspect
import math
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, ParamSpec, Protocol, TypeVar, overload
from urllib.parse import urlsplit, urlunsplit

import msgspec

if TYPE_CHECKING:
    from ._streaming import Stream
    from ._transport import Response, Transport
    from .resources._base import Resource

__all__ = ("RateLimit", "RawResponse", "RawView", "ResponseInfo", "with_raw_response")

T = TypeVar("T")
P = ParamSpec("P")
# What a blocking operation returns. Bounded so that an async operation (a coroutine) can't match
# the blocking overload of `with_raw_response`: with two matches, and an `Any` anywhere in the
# parameters, mypy would infer Any.
R = TypeVar("R", bound="msgspec.Struct | Stream[Any] | bytes | int | None")


class RateLimit(NamedTuple):
    """OpenRouter's `X-RateLimit-Limit`, `-Remaining` and `-Reset` headers, parsed; a field is
    None when its header is missing or unreadable (the raw value stays in `headers`)."""

    limit: int | None
    remaining: int | None
    reset: datetime | None  # when the window resets, timezone-aware UTC

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RateLimit | None:
        """The rate limit in any headers (`e.headers` of a 429, say, or a plain dict, in any
        letter case); None if they have none."""
        return parse_rate_limit({k.lower(): v for k, v in headers.items()})


# A duration such as "1s", "250ms", "6m0s", "1h30m" (the OpenAI-style reset headers). Patterns,
# not compiled ones: `re` compiles them on first use (rare), not on import (every resource's).
_DURATION = r"(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+"
_DURATION_PART = r"(\d+(?:\.\d+)?)(ms|s|m|h|d)"
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def _utc(seconds: float) -> datetime | None:
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def parse_reset(value: str, now: float) -> datetime | None:
    """When a rate-limit window resets, from a reset header's value; `now` (epoch seconds) is
    the time relative values count from.

    Numbers are read by size: from 1e11 up they are epoch milliseconds (what OpenRouter sends;
    microseconds and nanoseconds are scaled down the same way), from 1e9 epoch seconds, below
    that seconds from `now`. Durations ("1s", "250ms", "6m0s"), ISO 8601 timestamps and HTTP
    dates are read too; anything else is None.
    """
    text = value.strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        if not math.isfinite(number) or number < 0:
            return None
        if number < 1e9:
            return _utc(now + number)
        while number >= 1e11:  # ms -> s (and µs, ns: 1e11 s is the year 5138)
            number /= 1000
        return _utc(number)
    if re.fullmatch(_DURATION, text):
        parts = re.findall(_DURATION_PART, text)
        return _utc(now + sum(float(n) * _UNIT_SECONDS[u] for n, u in parts))
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def _count(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if math.isfinite(number) and number >= 0 else None


def parse_rate_limit(headers: Mapping[str, str], now: float | None = None) -> RateLimit | None:
    """The rate-limit headers of a response, or None when it has none. Relative reset values
    count from `now`, else the response's `Date` header, else the current time."""
    limit = headers.get("x-ratelimit-limit")
    remaining = headers.get("x-ratelimit-remaining")
    reset = headers.get("x-ratelimit-reset")
    if limit is None and remaining is None and reset is None:
        return None
    when = None
    if reset is not None:
        if now is None:
            date = headers.get("date")
            try:
                now = parsedate_to_datetime(date).timestamp() if date else None
            except (TypeError, ValueError, IndexError):
                now = None
        when = parse_reset(reset, time.time() if now is None else now)
    return RateLimit(_count(limit), _count(remaining), when)


def safe_url(url: object) -> str:
    """A URL as text without any `user:password@` part (a URL's credentials are never shown)."""
    text = str(url)
    parts = urlsplit(text)
    if "@" not in parts.netloc:
        return text
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


if TYPE_CHECKING:

    class _HTTPResponse(Protocol):
        """What `ResponseInfo` reads of an HTTP response (the transport's, or a `_Snapshot`)."""

        @property
        def status(self) -> int: ...
        @property
        def headers(self) -> Mapping[str, str]: ...
        @property
        def version(self) -> tuple[int, int] | None: ...
        @property
        def url(self) -> object: ...
        @property
        def method(self) -> str: ...


class _Snapshot:
    """The parts of a finished response a `RawResponse` keeps."""

    __slots__ = ("headers", "method", "status", "url", "version")

    def __init__(
        self,
        status: int,
        headers: Mapping[str, str],
        version: tuple[int, int] | None,
        url: str,
        method: str,
    ) -> None:
        self.status = status
        self.headers = headers
        self.version = version
        self.url = url
        self.method = method


class ResponseInfo:
    """What the HTTP response of a call says: status, headers and the metadata OpenRouter sends
    in them. `RawResponse` and `Stream` both have these."""

    __slots__ = ()
    _response: _HTTPResponse

    @property
    def status_code(self) -> int:
        return self._response.status

    @property
    def headers(self) -> Mapping[str, str]:
        """The response headers: read-only, case-insensitive (`headers["x-generation-id"]`)."""
        return self._response.headers

    @property
    def http_version(self) -> str:
        version = self._response.version
        # aiohttp speaks HTTP/1.x only; a response built without a version (a test double) is 1.1.
        return "HTTP/1.1" if version is None else f"HTTP/{version[0]}.{version[1]}"

    @property
    def url(self) -> str:
        """The URL that answered (with the query string; never any credentials)."""
        return safe_url(self._response.url)

    @property
    def method(self) -> str:
        return self._response.method

    @property
    def generation_id(self) -> str | None:
        """`X-Generation-Id`: the id `generations.get_generation` looks the call up by."""
        headers = self._response.headers
        return headers.get("x-generation-id") or headers.get("x-openrouter-generation-id")

    @property
    def request_id(self) -> str | None:
        """`X-Request-Id`, when the server sends one (handy for support)."""
        headers = self._response.headers
        return headers.get("x-request-id") or headers.get("x-openrouter-request-id")

    @property
    def provider(self) -> str | None:
        """`X-OpenRouter-Provider`: the provider that served the call, when the server says."""
        return self._response.headers.get("x-openrouter-provider")

    @property
    def rate_limit(self) -> RateLimit | None:
        """The parsed `X-RateLimit-*` headers, or None when the response has none."""
        return parse_rate_limit(self._response.headers)


class RawResponse(ResponseInfo, Generic[T]):
    """One call's HTTP response with its result: `status_code`, `headers`, `http_version`, `url`,
    `method`, `elapsed`, `generation_id`, `request_id`, `provider`, `rate_limit`, the body bytes
    in `content` (None for streams and downloads), and `parse()`, the usual result."""

    __slots__ = ("_parsed", "_response", "content", "elapsed")

    def __init__(
        self, response: _HTTPResponse, parsed: T, content: bytes | None, elapsed: timedelta
    ) -> None:
        self._response = response
        self._parsed = parsed
        self.content = content
        self.elapsed = elapsed  # from sending the request to the response (retries included)

    def parse(self) -> T:
        """What the ordinary call returns (a stream for `stream=True`: iterate and close it)."""
        return self._parsed

    @property
    def text(self) -> str:
        """The body as text (`content` decoded as UTF-8)."""
        return self._body().decode("utf-8", "replace")

    def json(self) -> Any:
        """The body as plain JSON values (dicts, lists, ...)."""
        return msgspec.json.decode(self._body())

    def _body(self) -> bytes:
        if self.content is None:
            raise ValueError(
                "this response's body was not kept: a stream's items come from parse(), "
                "a download went to its file"
            )
        return self.content

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.method} {self.url}>"


class _Recorder:
    """The transport of one raw call: forwards everything, remembers the last response."""

    __slots__ = ("_transport", "content", "elapsed", "response")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.response: _HTTPResponse | None = None
        self.content: bytes | None = None
        self.elapsed = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)

    async def request(
        self, *args: Any, into: Callable[[Response], Any] | None = None, **kwargs: Any
    ) -> Any:
        started = time.monotonic()
        response = await self._transport.request(*args, **kwargs)
        self.elapsed = time.monotonic() - started
        self.response, self.content = response, response.body
        return response if into is None else into(response)  # (recorded before it decodes)


async def _raw_call(
    resource: Resource,
    fn: Callable[..., Awaitable[T]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> RawResponse[T]:
    recorder = _Recorder(resource._transport)
    view = copy.copy(resource)
    view._transport = recorder  # type: ignore[assignment]  # forwards to the real one
    result = await fn(view, *args, **kwargs)
    r = recorder.response
    if r is None:  # every operation sends a request; a helper that doesn't has no answer
        raise RuntimeError(f"{fn.__qualname__} made no HTTP request: there is no raw response")
    # A snapshot, not the transport's response: that one can reach the request's headers.
    meta = _Snapshot(r.status, r.headers, r.version, safe_url(r.url), r.method)
    return RawResponse(meta, result, recorder.content, timedelta(seconds=recorder.elapsed))


class RawView:
    """`resource.with_raw_response`: the resource's operations under the same names (async and
    blocking), each answering a `RawResponse` whose `parse()` is the usual result."""

    __slots__ = ("_resource",)

    def __init__(self, resource: Resource) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Callable[..., Any]:
        resource = self._resource
        cls = type(resource)
        skip = name.startswith("_") or name in MANY
        fn = None if skip else inspect.getattr_static(cls, name, None)
        blocking = not inspect.iscoroutinefunction(fn)
        if blocking:  # a blocking twin made by `sync()` wraps its async original
            fn = getattr(fn, "__wrapped__", None)
        if fn is None or not inspect.iscoroutinefunction(fn):
            raise AttributeError(f"{cls.__name__} has no operation {name!r}")
        operation = fn

        async def call_async(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            return await _raw_call(resource, operation, args, kwargs)

        def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            return resource._portal.call(call_async, *args, **kwargs)

        for method, method_name in ((call_async, operation.__name__), (call, name)):
            method.__name__ = method_name  # the portal's errors name the async variant
            method.__qualname__ = f"{cls.__name__}.with_raw_response.{method_name}"
            method.__doc__ = f"`{name}` answering a `RawResponse` (`.parse()` is its result)."
        return call if blocking else call_async

    def __dir__(self) -> list[str]:
        cls = type(self._resource)
        return [n for n in dir(cls) if not n.startswith("_") and _is_operation(cls, n)]

    def __repr__(self) -> str:
        return f"<{type(self._resource).__name__}.with_raw_response>"


# the batch conveniences: many HTTP calls each, so no one raw response to give
MANY = frozenset({"send_many", "generate_many", "generate_many_async"})


def _is_operation(cls: type, name: str) -> bool:
    if name in MANY:
        return False
    fn = inspect.getattr_static(cls, name, None)
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__wrapped__", None)
    )


@overload
def with_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]: ...
@overload
def with_raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]: ...
def with_raw_response(method: Callable[P, Any]) -> Callable[P, Any]:
    """The typed spelling of `resource.with_raw_response.<name>`: `with_raw_response(
    client.chat.send_async)(model=..., messages=...)` answers a `RawResponse[ChatResponse]`, and
    the same for a blocking method. `method` is a bound operation of a client's resource."""
    view = getattr(getattr(method, "__self__", None), "with_raw_response", None)
    name = getattr(method, "__name__", "")
    if not isinstance(view, RawView):
        raise TypeError(
            "with_raw_response() takes an operation of a client, such as "
            f"client.chat.send_async, not {method!r}"
        )
    raw: Callable[P, Any] = getattr(view, name)
    return raw
