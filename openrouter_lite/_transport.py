"""All I/O: the one aiohttp session of a client, and the one function every request goes through.

This is the only module that imports aiohttp. It knows nothing about endpoints: it sends bytes,
applies the retry policy under one deadline per call, turns failures into typed errors (through
`_faults.classify`) and hands back a `Response` of its own: the status line, the headers and the
body bytes, or (for streams and downloads) the open body to read with `readany()`, which the
caller must release. The layers above never see an aiohttp object or exception.

No aiohttp exception leaves this module, and none is chained to ours: aiohttp's exceptions carry
the request headers (the key). Ours are raised outside the `except` block, so `__context__` is
empty too, and their text is a redacted summary (type and message, never `repr`).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import logging
import os
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload
from urllib.parse import quote, urljoin, urlsplit

import msgspec

from . import errors
from ._faults import Stage, What, classify, redact
from ._options import (
    OPTION_NAMES,
    CallOptions,
    CallSettings,
    check_transport_security,
    extra_headers_of,
    resolve,
)
from ._retry import RetryConfig, backoff, retry_after_seconds, should_retry
from ._sync import is_portal_loop

if TYPE_CHECKING:
    import aiohttp
    from aiohttp.client_reqrep import ConnectionKey
    from aiohttp.connector import Connection
    from aiohttp.tracing import Trace
else:

    class _Aiohttp:
        """aiohttp, imported on first use: `import openrouter_lite` and a ready client cost no
        aiohttp import (about 100 ms); the first request's session does."""

        def __getattr__(self, name: str) -> Any:
            global aiohttp
            import aiohttp  # noqa: F811 - from here on the module itself

            return getattr(aiohttp, name)

    aiohttp = _Aiohttp()

# asyncio.TimeoutError is the builtin TimeoutError from Python 3.11 on, a class of its own on 3.10.
TIMEOUT_ERRORS = (TimeoutError, asyncio.TimeoutError)

__all__ = (
    "OPTION_NAMES",
    "CallOptions",
    "Response",
    "Transport",
    "build_path",
    "check_transport_security",
    "failure_from",
)

log = logging.getLogger("openrouter_lite")
log.addHandler(logging.NullHandler())

_SAVE_CHUNK = 256 * 1024  # bytes written per step when a download streams to a file
_LOGGED_BODY = 4096  # characters of a body in a DEBUG record (with log_bodies=True)
T = TypeVar("T")
_MAX_REDIRECTS = 3  # hops a GET follows, same origin only
_KEPT_URLS = 256
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_BEFORE_SEND = frozenset({What.POOL_TIMEOUT, What.CONNECT_FAILED, What.CONNECT_TIMEOUT, What.TLS})
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def build_path(template: str, **params: Any) -> str:
    """Fill `{name}` path parameters, percent-escaped (a `/` in an id can't change the path)."""
    for name, value in params.items():
        if value is None or value is msgspec.UNSET:
            raise TypeError(f"missing required path parameter {name!r}")
        template = template.replace("{" + name + "}", quote(str(value), safe=""))
    return template


def _query_value(v: Any) -> str:
    return ("true" if v else "false") if isinstance(v, bool) else str(v)


def _query_items(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for key, value in query.items():
        if value is None or value is msgspec.UNSET:
            continue
        values = value if isinstance(value, (list, tuple)) else (value,)
        items.extend((key, _query_value(v)) for v in values)
    return items


def _form(parts: Mapping[str, Any]) -> aiohttp.FormData:
    """A fresh multipart body (built per attempt: a sent FormData can't be sent again)."""
    form = aiohttp.FormData()
    for name, value in parts.items():
        if value is None or value is msgspec.UNSET:
            continue
        if isinstance(value, tuple):
            filename, content, content_type = value
            form.add_field(name, content, filename=filename, content_type=content_type)
        else:
            form.add_field(name, value if isinstance(value, (str, bytes)) else str(value))
    return form


# -- how far an attempt got -----------------------------------------------------------------------
class _Progress(list["Trace"]):
    """How far one attempt got: not sent while connecting, sent once writing starts. Before
    either is known it counts as sent: unknown is treated as unsafe. The direct path marks it
    itself and hands it to `connector.connect` as the (empty) `traces` list, which aiohttp passes
    on to the pool wait below and only ever iterates; on `session.request` it is set in
    `_PROGRESS`, where the connector's `connect` and the request's `send` mark it. (`list`'s own
    `__init__` is not called: a new list is already empty, and `super()` costs an object.)"""

    __slots__ = ("in_pool", "pool_timeout", "stage")

    def __init__(self, pool_timeout: float | None) -> None:
        self.stage = Stage.SENT
        self.in_pool = False
        self.pool_timeout = pool_timeout


_PROGRESS: contextvars.ContextVar[_Progress | None] = contextvars.ContextVar(
    "openrouter_lite_progress", default=None
)


@functools.cache
def _request_class() -> type[aiohttp.ClientRequest]:
    """aiohttp's request, telling the attempt when it starts writing: from then on the server
    may have it. (Not a coroutine of its own: it hands on aiohttp's. Made on first use.)"""

    send = aiohttp.ClientRequest.send  # (called directly: `super()` costs an object per call)

    class Request(aiohttp.ClientRequest):
        def send(self, conn: Connection) -> Coroutine[Any, Any, aiohttp.ClientResponse]:
            progress = _PROGRESS.get()
            if progress is not None:
                progress.stage = Stage.SENT
            return send(self, conn)

    return Request


@functools.cache
def _connector_class() -> type[aiohttp.TCPConnector]:
    """aiohttp's pooled connector, telling the attempt that it is connecting (nothing written
    yet) and bounding the wait for a free connection. (Made on first use: its base class is
    aiohttp's.)"""

    connect = aiohttp.TCPConnector.connect

    class Connector(aiohttp.TCPConnector):
        def connect(  # not a coroutine of its own: it hands on aiohttp's
            self, req: aiohttp.ClientRequest, traces: list[Trace], timeout: aiohttp.ClientTimeout
        ) -> Coroutine[Any, Any, Connection]:
            progress = _PROGRESS.get()
            if progress is not None:
                progress.stage = Stage.NOT_SENT
            return connect(self, req, traces, timeout)

        # aiohttp's own "wait for a free slot" step (aiohttp >= 3.10): only when the pool is full
        async def _wait_for_available_connection(
            self, key: ConnectionKey, traces: list[Trace]
        ) -> None:
            progress = traces if type(traces) is _Progress else _PROGRESS.get()
            wait = super()._wait_for_available_connection(key, traces)
            if progress is None:
                await wait
                return
            progress.in_pool = True
            await asyncio.wait_for(wait, progress.pool_timeout)
            progress.in_pool = False

    return Connector


_DIRECT_AIOHTTP = (
    3,
    14,
)  # the aiohttp minor whose internals `_Direct` was written and tested against
_HTTP_SCHEMES = frozenset(("http", "https"))


class _Direct:
    """The synchronous steps of a request sent without `ClientSession._request`; the awaits
    between them are inline in `Transport.request`, so a request in flight holds one coroutine
    frame of ours, not two (`bench/results/profile-2026-12-08.md`). `_request` serves every
    aiohttp feature (cookies, netrc, traces, middlewares, redirects, auth in the URL, its own
    re-send); our sessions use none of them, and its per-call set-up was 9% of a non-streaming
    chat's CPU (`profile-2026-12-05.md`) and its frame 1.3 kB per request in flight. This is the
    same sequence for what our calls send: the request, `connector.connect`, the response
    parameters, `send`, `start`, under one total-timeout timer."""

    def __init__(self) -> None:
        from aiohttp.helpers import TimeoutHandle
        from yarl import URL

        self.timeout_handle, self.url = TimeoutHandle, URL
        self.plain = aiohttp.ClientSession._request  # replaced by mocks (aioresponses): theirs

    def target(self, session: aiohttp.ClientSession, url: str) -> Any:
        """The request's URL, or None where `session.request` must send it: a mocked session;
        aiohttp's own errors and auth-in-URL (never from our own URLs)."""
        target = self.url(url)
        if (
            type(session)._request is not self.plain
            or session.closed
            or target.raw_user is not None
            or target.scheme not in _HTTP_SCHEMES
        ):
            return None
        return target

    def timer(self, session: aiohttp.ClientSession, timeout: aiohttp.ClientTimeout) -> Any:
        """The call's total-timeout handle (`.start()` arms it, `.timer()` is its context)."""
        return self.timeout_handle(
            session._loop, timeout.total, ceil_threshold=timeout.ceil_threshold
        )

    @staticmethod
    def build(
        session: aiohttp.ClientSession,
        method: str,
        target: Any,
        params: Any,
        data: Any,
        headers: Mapping[str, str],
        timer: Any,
    ) -> aiohttp.ClientRequest:
        return session._request_class(
            method,
            target,
            params=params or (),
            headers=headers,
            skip_auto_headers=None,
            data=data,
            cookies=None,
            auth=None,
            version=session._version,
            compress=None,
            chunked=None,
            expect100=False,
            loop=session._loop,
            response_class=session._response_class,
            proxy=None,
            proxy_auth=None,
            timer=timer,
            session=session,
            ssl=True,
            server_hostname=None,
            proxy_headers=None,
            traces=_NO_TRACES,
            trust_env=False,
        )

    @staticmethod
    def expect(
        session: aiohttp.ClientSession,
        conn: Connection,
        method: str,
        timer: Any,
        timeout: aiohttp.ClientTimeout,
    ) -> None:
        """Set the connection's response parameters, as `_request` does."""
        assert conn.protocol is not None
        connector = session._connector
        assert connector is not None
        conn.protocol.set_response_params(
            timer=timer,
            skip_payload=method == "HEAD",
            read_until_eof=True,
            auto_decompress=session._auto_decompress,
            read_timeout=timeout.sock_read,
            read_bufsize=session._read_bufsize,
            timeout_ceil_threshold=connector._timeout_ceil_threshold,
            max_line_size=session._max_line_size,
            max_field_size=session._max_field_size,
            max_headers=session._max_headers,
        )


_NO_TRACES: list[Trace] = []  # read only: aiohttp iterates it


@functools.cache
def _direct_send() -> _Direct | None:
    """The direct path's steps, or None on an aiohttp minor they were not tested on: those
    send with `session.request`."""
    version = tuple(int(part) for part in aiohttp.__version__.split(".")[:2])
    return _Direct() if version == _DIRECT_AIOHTTP else None


def _socket_error(exc: BaseException) -> bool:
    """An `OSError` from the socket that aiohttp's `_request` re-raises as `ClientOSError`."""
    return (
        isinstance(exc, OSError)
        and not isinstance(exc, aiohttp.ClientError)
        and not (exc.errno is None and isinstance(exc, TIMEOUT_ERRORS))
    )


def _what(exc: BaseException, in_pool: bool = False) -> What:
    """Name an aiohttp / asyncio failure for the classifier."""
    if in_pool and isinstance(exc, TIMEOUT_ERRORS):
        return What.POOL_TIMEOUT
    if isinstance(exc, aiohttp.ClientSSLError):
        return What.TLS
    if isinstance(exc, aiohttp.ClientConnectorError):
        return What.CONNECT_FAILED
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return What.CONNECT_TIMEOUT
    if isinstance(exc, TIMEOUT_ERRORS):
        return What.TIMEOUT
    return What.BROKEN


def _detail(exc: BaseException, secret: str | None) -> str:
    """A redacted one-line summary: never `repr`, which carries aiohttp's request headers."""
    if isinstance(exc, aiohttp.ClientResponseError):
        text = f"{exc.status}, {exc.message}"
    else:
        text = str(exc)
    name = type(exc).__name__
    return redact(f"{name}: {text}" if text else name, secret)


def _secret(headers: Mapping[str, str]) -> str | None:
    value = headers.get("Authorization")
    if not value:
        return None
    return value[7:] if value[:7].lower() == "bearer " else value


def failure_from(
    exc: BaseException,
    where: str,
    headers: Mapping[str, str] | None = None,
    *,
    secret: str | None = None,
) -> errors.APIConnectionError:
    """The typed error for a failure while reading an answered response (a stream's body, a
    download): it may have been processed, and it is never retried from here. A timeout here
    is a read that waited longer than the idle (read) timeout."""
    if isinstance(exc, TIMEOUT_ERRORS):
        detail = "idle for longer than the read timeout"
    else:
        detail = _detail(exc, secret or _secret(headers or {}))
    error, _ = classify(
        _what(exc),
        Stage.ANSWERED,
        where=where,
        detail=detail,
        idempotent=False,
        config=RetryConfig("none"),
        attempt=1,
    )
    return error


class Response:
    """What the transport answers: `status`, `headers` (read-only, case-insensitive), `version`
    (`(1, 1)`), `url`, `method`, and `body` (the bytes read; None for a stream or download,
    whose body is read with `await readany()`: the next bytes received, b"" at the end).

    `failure(exc, where)` is the typed error for anything `readany` raised (the classifier's,
    redacted, never chaining aiohttp's exception). `release()` pools a fully read connection,
    `close()` drops it."""

    __slots__ = ("_resp", "_secret", "body", "headers", "method", "readany", "status")

    def __init__(
        self, resp: aiohttp.ClientResponse, body: bytes | None, secret: str | None = None
    ) -> None:
        self.status = resp.status
        self.headers: Mapping[str, str] = resp.headers
        self.method = resp.method
        self.body = body
        self._resp = resp
        self._secret = secret
        # the bound method itself: the stream's hot loop calls it with no wrapper in between
        self.readany: Callable[[], Awaitable[bytes]] = resp.content.readany

    @property
    def url(self) -> str:
        return str(self._resp.url)  # (on demand: yarl builds the string, ~1% of a chat call)

    @property
    def version(self) -> tuple[int, int] | None:
        v = self._resp.version
        return None if v is None else (v.major, v.minor)

    @property
    def content_type(self) -> str:
        """The media type of `Content-Type`, without parameters ("application/octet-stream"
        when absent)."""
        return self._resp.content_type

    def fully_read(self) -> bool:
        """The whole body was received and handed out."""
        return self._resp.content.at_eof()

    def end_received(self) -> bool:
        """The body's end has arrived (bytes may still wait in the buffer)."""
        return self._resp.content.is_eof()

    def on_end(self, callback: Callable[[], None]) -> None:
        """Call `callback` when the body's end arrives (aiohttp pools the connection then)."""
        self._resp.content.on_eof(callback)

    def release(self) -> None:
        self._resp.release()

    def close(self) -> None:
        self._resp.close()

    def failure(self, exc: BaseException, where: str) -> errors.OpenRouterError:
        """The typed error for an exception raised while reading the body (`where` names the
        call): through the same classifier as every other failure; ours pass unchanged."""
        if isinstance(exc, errors.OpenRouterError):
            return exc
        return failure_from(exc, f"{self.method} {self.url} {where}", secret=self._secret)


class _TooLarge(Exception):
    pass


async def _read_bounded(resp: aiohttp.ClientResponse, limit: int) -> bytes:
    """The body of a response without a usable Content-Length (chunked, or compressed: the
    limit applies to what it inflates to), or `_TooLarge` past `limit` bytes."""
    chunks = []
    size = 0
    async for chunk in resp.content.iter_any():
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


class _Failed:
    """One failed attempt: the error to raise if no retry follows."""

    __slots__ = ("error", "retry", "retry_after")

    def __init__(self, error: Exception, retry: bool, retry_after: float | None = None) -> None:
        self.error = error
        self.retry = retry
        self.retry_after = retry_after


def _positive(**values: int | None) -> None:
    """Client sizes and times must be positive numbers (None: the default / no bound)."""
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number, not {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{name} must be > 0, not {value}")


class Transport:
    """One aiohttp session (created lazily on the loop that first uses it) and the request path."""

    # A callable `api_key`: called for each request's bearer token (set by the client).
    auth: Callable[[], str] | None = None

    def __init__(
        self,
        *,
        base_url: str,
        headers: dict[str, str],
        retry: RetryConfig,
        timeout_ms: int | None,
        connect_timeout_ms: int,
        stream_idle_timeout_ms: int,
        max_connections: int,
        allow_insecure_http: bool,
        trust_env: bool,
        logger: logging.Logger | None,
        pool_timeout_ms: int | None = 30_000,
        max_response_bytes: int = 256 * 1024 * 1024,
        proxy: str | None = None,
        log_bodies: bool = False,
        stream_max_duration_ms: int | None = None,
    ) -> None:
        _positive(
            max_connections=max_connections,
            timeout_ms=timeout_ms,
            connect_timeout_ms=connect_timeout_ms,
            stream_idle_timeout_ms=stream_idle_timeout_ms,
            pool_timeout_ms=pool_timeout_ms,
            max_response_bytes=max_response_bytes,
            stream_max_duration_ms=stream_max_duration_ms,
        )
        self.base_url = base_url.rstrip("/")
        self.headers = headers
        self.json_headers = {**headers, "Content-Type": "application/json"}  # built once
        self.retry = retry
        self.allow_insecure_http = allow_insecure_http
        self.max_connections = max_connections
        self.trust_env = trust_env
        self.proxy = proxy
        self.logger = logger or log
        self.log_bodies = log_bodies
        self.max_response_bytes = max_response_bytes
        self.connect_timeout = connect_timeout_ms / 1000
        # a stream's whole life, from sending to its last byte (None: only the idle timeout)
        self.stream_total = (
            None if stream_max_duration_ms is None else stream_max_duration_ms / 1000
        )
        self.defaults = CallSettings(
            retry=retry,
            timeout=(timeout_ms or 600_000) / 1000,
            stream_idle=stream_idle_timeout_ms / 1000,
            pool_timeout=None if pool_timeout_ms is None else pool_timeout_ms / 1000,
            base_url=self.base_url,
        )
        # The default call's first-attempt timeouts, built with the first session (later
        # attempts get what is left).
        self._first_timeout: aiohttp.ClientTimeout | None = None
        self._stream_timeout: aiohttp.ClientTimeout | None = None
        self._proxies: dict[str, str | None] = {}  # base URL -> proxy URL (None: direct)
        # path -> URL on the client's base URL: the same str each call, whose hash yarl's cache
        # then need not compute again (bounded: a path with an id in it is seldom asked twice)
        self._urls: dict[str, str] = {}
        self.session: aiohttp.ClientSession | None = None  # (session, loop): the last one made
        self.loop: asyncio.AbstractEventLoop | None = None
        self._sessions: dict[asyncio.AbstractEventLoop, _Bound] = {}  # every open one, by loop

    # -- session lifecycle -------------------------------------------------------------------
    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        bound = self._sessions.get(loop)  # (one lookup: safe while another thread binds)
        return self._bind(loop) if bound is None else bound.session

    def _bind(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        """The session for `loop`, made on first use there: an aiohttp session works only on
        the loop that made it. Sessions of loops that have ended are dropped (a second
        `asyncio.run()`); the sync portal's loop has its own. Two running loops of the caller's
        at once is refused: the pool would be split without anyone asking for it."""
        sessions = self._sessions
        for other, old in list(sessions.items()):
            if other.is_closed() or old.session.closed:
                sessions.pop(other, None)
                old.drop()
        bound = sessions.get(loop)
        if bound is None:
            if not is_portal_loop(loop) and any(not is_portal_loop(o) for o in sessions):
                raise RuntimeError(
                    "this OpenRouter client is bound to the event loop it was first used on, "
                    "which is still running; create one client per event loop (or use the sync "
                    "methods, which run on the client's own loop)"
                )
            connector = _connector_class()(
                limit=self.max_connections, limit_per_host=0, ttl_dns_cache=300
            )
            # Proxies are resolved here once per base URL (see `_proxy_for`); aiohttp's trust_env
            # would also read ~/.netrc, in a thread, on every request.
            session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                trust_env=False,
                request_class=_request_class(),
            )
            if hasattr(session, "_retry_connection"):
                # aiohttp re-sends an idempotent request once on a dropped keep-alive connection,
                # under our retry loop; off, so attempts are exactly what RetryConfig says.
                session._retry_connection = False
            if self._first_timeout is None:
                self._first_timeout = aiohttp.ClientTimeout(
                    total=self.defaults.timeout, sock_connect=self.connect_timeout
                )
                self._stream_timeout = aiohttp.ClientTimeout(
                    total=self.stream_total,
                    sock_connect=self.connect_timeout,
                    sock_read=self.defaults.stream_idle,
                )
            bound = sessions[loop] = _Bound(session)
            self.session, self.loop = session, loop
            _BOUND.add(self)
        return bound.session

    def _proxy_for(self, base_url: str) -> str | None:
        """`proxy=`, else (with trust_env) `HTTPS_PROXY`/`HTTP_PROXY` unless `NO_PROXY` matches."""
        if self.proxy is not None or not self.trust_env:
            return self.proxy
        try:
            return self._proxies[base_url]
        except KeyError:
            pass
        parts = urlsplit(base_url)
        import urllib.request  # (only when proxies come from the environment: ~10 ms)

        proxies = urllib.request.getproxies_environment()
        proxy = proxies.get(parts.scheme)
        if proxy and _bypassed(parts.hostname or "", parts.port, proxies.get("no", "")):
            proxy = None
        self._proxies[base_url] = proxy or None
        return proxy or None

    async def aclose(self) -> None:
        """Close the session of the running loop (the others: `close_soon`)."""
        loop = asyncio.get_running_loop()
        bound = self._sessions.pop(loop, None)
        if self.loop is loop:
            self.session = self.loop = None
        if bound is not None:
            await bound.aclose()

    def close_soon(self, keep: asyncio.AbstractEventLoop | None = None) -> None:
        """Close every session but `keep`'s, each on its own loop; returns at once (any thread)."""
        for loop in [o for o in list(self._sessions) if o is not keep]:
            bound = self._sessions.pop(loop, None)
            if bound is None:
                continue
            if self.loop is loop:
                self.session = self.loop = None
            if bound.session.closed or loop.is_closed():
                bound.drop()
                continue
            closing = bound.aclose()
            try:
                asyncio.run_coroutine_threadsafe(closing, loop)
            except RuntimeError:  # that loop has just ended
                closing.close()
                bound.drop()

    @property
    def closed(self) -> bool:
        return all(b.session.closed for b in list(self._sessions.values()))

    def _forget(self) -> None:
        """In a forked child: the sessions, their sockets and loops are the parent's."""
        _INHERITED.append(self._sessions)
        self._sessions = {}
        self.session = self.loop = None

    # -- requests ------------------------------------------------------------------------------
    def _headers(
        self,
        body: bytes | None,
        content_type: str | None,
        headers: Mapping[str, str] | None,
        extra: Mapping[str, str] | None,
    ) -> Mapping[str, str]:
        if content_type and body is not None:
            hdrs: Mapping[str, str] = (
                self.json_headers
                if content_type == "application/json"
                else {**self.headers, "Content-Type": content_type}
            )
        else:
            hdrs = self.headers
        if headers:
            hdrs = {**hdrs, **headers}
        if extra:
            hdrs = {**hdrs, **extra}
        if self.auth is not None and "Authorization" not in hdrs:
            hdrs = {**hdrs, "Authorization": f"Bearer {self.auth()}"}
        return hdrs

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        multipart: Mapping[str, Any] | None = None,
        content_type: str | None = "application/json",
        headers: Mapping[str, str] | None = None,
        options: Mapping[str, Any] | None = None,
        stream: bool = False,
        into: None = None,
    ) -> Response: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        multipart: Mapping[str, Any] | None = None,
        content_type: str | None = "application/json",
        headers: Mapping[str, str] | None = None,
        options: Mapping[str, Any] | None = None,
        stream: bool = False,
        into: Callable[[Response], T],
    ) -> T: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        multipart: Mapping[str, Any] | None = None,
        content_type: str | None = "application/json",
        headers: Mapping[str, str] | None = None,
        options: Mapping[str, Any] | None = None,
        stream: bool = False,
        into: Callable[[Response], Any] | None = None,
    ) -> Any:
        """Send with retries. Returns the `Response`, or `into(response)` (a JSON operation
        decodes its result there: no coroutine of its own around this one).

        Without `stream`, its `body` is read (inside the retry loop) and the connection released;
        `timeout_ms` bounds the whole call, retries and waits included. With `stream=True`, `body`
        is None and the caller owns the open response and must release it; the idle-read timeout
        applies instead. An error status is read, released and raised as its typed error.
        `multipart` sends a multipart/form-data body instead of `body`: a value is a field, or a
        `(filename, bytes, content_type)` file part.
        """
        if options:
            call = resolve(options, self.defaults, self.allow_insecure_http)
            hdrs = self._headers(body, content_type, headers, extra_headers_of(options))
        else:
            call = self.defaults
            hdrs = self._headers(body, content_type, headers, None)
        origin = self._urls.get(path) if call is self.defaults else None
        if origin is None:
            origin = call.base_url + path
            if call is self.defaults and len(self._urls) < _KEPT_URLS:
                self._urls[path] = origin
        query_items = _query_items(query) if query else None
        session = self._session()
        proxy = self._proxy_for(call.base_url)
        direct = _direct_send() if proxy is None else None
        logger = self.logger
        started = time.monotonic()
        deadline = None if stream else started + call.timeout
        attempt = 0
        # One coroutine for the whole call: each try (following a GET's same-origin redirects)
        # runs inline, not in a coroutine of its own (one frame less to hold and to resume).
        while True:
            attempt += 1
            data: Any = body if multipart is None else _form(multipart)
            debug = logger.isEnabledFor(logging.DEBUG)
            begun = time.monotonic() if debug else 0.0
            if debug and self.log_bodies and isinstance(data, bytes):
                logger.debug("%s %s request body: %.*r", method, origin, _LOGGED_BODY, data)
            url, params = origin, query_items
            outcome: Response | _Failed
            for hop in range(_MAX_REDIRECTS + 1):
                timeout = self._timeout(call, stream, attempt == 1 and hop == 0, deadline)
                if timeout is None:
                    outcome = self._failed(
                        What.TIMEOUT, Stage.NOT_SENT, "", method, url, hdrs, call, attempt
                    )
                    break
                progress = _Progress(call.pool_timeout)
                what = None
                target = None if direct is None else direct.target(session, url)
                try:
                    if target is not None:  # `_Direct`: the same steps as `session._request`
                        assert direct is not None and session._connector is not None
                        handle = direct.timer(session, timeout)
                        cancel = handle.start()
                        req, opened = None, None
                        try:
                            with (timer := handle.timer()):
                                req = direct.build(
                                    session, method, target, params, data, hdrs, timer
                                )
                                progress.stage = Stage.NOT_SENT
                                try:
                                    conn = await session._connector.connect(req, progress, timeout)
                                except TIMEOUT_ERRORS as exc:
                                    raise aiohttp.ConnectionTimeoutError(
                                        f"Connection timeout to {url}"
                                    ) from exc
                                direct.expect(session, conn, method, timer, timeout)
                                progress.stage = Stage.SENT
                                try:
                                    resp = opened = await req.send(conn)
                                    await resp.start(conn)
                                except BaseException as exc:
                                    conn.close()
                                    if _socket_error(exc):  # as `_request` words it
                                        raise aiohttp.ClientOSError(*exc.args) from exc
                                    raise
                            if req._body is not None:
                                await req._body.close()
                            if cancel is not None:
                                if resp.connection is not None:
                                    resp.connection.add_callback(cancel.cancel)
                                else:
                                    cancel.cancel()
                        except BaseException:
                            handle.close()
                            if cancel is not None:
                                cancel.cancel()
                            if opened is not None:
                                opened.close()
                            if req is not None and req._body is not None:
                                await req._body.close()
                            raise
                    else:
                        token = _PROGRESS.set(progress)
                        try:
                            resp = await session.request(
                                method,
                                url,
                                params=params,
                                data=data,
                                headers=hdrs,
                                timeout=timeout,
                                allow_redirects=False,
                                proxy=proxy,
                            )
                        finally:
                            _PROGRESS.reset(token)
                except (aiohttp.ClientError, *TIMEOUT_ERRORS) as exc:
                    what, detail = _what(exc, progress.in_pool), _detail(exc, _secret(hdrs))
                if what is not None:
                    stage = Stage.NOT_SENT if what in _BEFORE_SEND else progress.stage
                    outcome = self._failed(what, stage, detail, method, url, hdrs, call, attempt)
                    break
                status = resp.status
                if debug:
                    logger.debug(
                        "%s %s attempt %d -> %d in %.3fs%s",
                        method,
                        url,
                        attempt,
                        status,
                        time.monotonic() - begun,
                        _generation(resp.headers),
                    )
                if stream and status < 300:
                    return Response(resp, None, _secret(hdrs))
                if status in _REDIRECTS and method == "GET":
                    target = _redirect_target(url, resp.headers.get("Location"))
                    if target is not None:
                        resp.release()
                        url, params = target, None
                        continue
                outcome = await self._answered(resp, method, url, hdrs, call, attempt)
                break
            else:  # every hop redirected
                outcome = _Failed(
                    errors.error_from_response(
                        status, resp.headers, b"too many redirects", method, url
                    ),
                    False,
                )
            if not isinstance(outcome, _Failed):
                return outcome if into is None else into(outcome)
            wait = self._wait(outcome, call.retry, attempt, started, deadline)
            if logger.isEnabledFor(logging.DEBUG):
                then = "giving up" if wait is None else f"retrying in {wait:.3f}s"
                logger.debug(
                    "%s %s attempt %d failed after %.3fs: %s; %s",
                    method,
                    origin,
                    attempt,
                    time.monotonic() - started,
                    outcome.error,
                    then,
                )
            if wait is None:
                break
            await asyncio.sleep(wait)
        raise outcome.error  # outside any `except`: nothing chained

    def _timeout(
        self, call: CallSettings, stream: bool, fresh: bool, deadline: float | None
    ) -> aiohttp.ClientTimeout | None:
        """The aiohttp timeout of a try (`fresh`: the call's first), None when the call's
        deadline has passed. A stream's bounds its idle reads; a call's, what is left of it."""
        if fresh and call is self.defaults and not stream:
            return self._first_timeout  # the whole deadline is still left
        if stream:
            if call.stream_idle == self.defaults.stream_idle:
                return self._stream_timeout
            return aiohttp.ClientTimeout(
                total=self.stream_total,
                sock_connect=self.connect_timeout,
                sock_read=call.stream_idle,
            )
        assert deadline is not None
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        return aiohttp.ClientTimeout(total=left, sock_connect=self.connect_timeout)

    @staticmethod
    def _wait(
        failed: _Failed, retry: RetryConfig, attempt: int, started: float, deadline: float | None
    ) -> float | None:
        """Seconds to wait before the next attempt, or None: raise (no retry, or no time)."""
        if not failed.retry:
            return None
        wait = backoff(retry, attempt, failed.retry_after)
        now = time.monotonic()
        if now - started + wait > retry.backoff.max_elapsed_time / 1000:
            return None
        if deadline is not None and now + wait >= deadline:
            return None
        return wait

    async def _answered(
        self,
        resp: aiohttp.ClientResponse,
        method: str,
        url: str,
        hdrs: Mapping[str, str],
        call: CallSettings,
        attempt: int,
    ) -> Response | _Failed:
        """Read an answered response's body (bounded); an error status becomes its typed error."""
        status = resp.status
        limit = self.max_response_bytes
        length = resp.content_length
        what = None
        try:
            if length is not None and "Content-Encoding" not in resp.headers:
                if length > limit:
                    raise _TooLarge
                payload = await resp.read()
            else:
                payload = await _read_bounded(resp, limit)
        except _TooLarge:
            resp.close()
            return _Failed(
                errors.ResponseTooLargeError(
                    f"{method} {url} -> {status}: the body is larger than max_response_bytes "
                    f"({self.max_response_bytes})",
                    status_code=status,
                    limit=self.max_response_bytes,
                ),
                False,
            )
        except (aiohttp.ClientError, *TIMEOUT_ERRORS) as exc:
            resp.close()
            payload = b""
            if status < 300:  # an answered call broke off: re-sending a POST may bill it twice
                what, detail = _what(exc), _detail(exc, _secret(hdrs))
        except BaseException:
            resp.close()
            raise
        else:
            resp.release()
        if what is not None:
            return self._failed(what, Stage.ANSWERED, detail, method, url, hdrs, call, attempt)
        if self.log_bodies and self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug("%s %s response body: %.*r", method, url, _LOGGED_BODY, payload)
        if status < 300:
            return Response(resp, payload)
        if status < 400:
            payload = payload or f"redirect not followed ({resp.headers.get('Location')})".encode()
        retry = should_retry(call.retry, attempt, status=status)
        return _Failed(
            errors.error_from_response(status, resp.headers, payload, method, url),
            retry,
            retry_after_seconds(resp.headers) if retry else None,
        )

    def _failed(
        self,
        what: What,
        stage: Stage,
        detail: str,
        method: str,
        url: str,
        hdrs: Mapping[str, str],
        call: CallSettings,
        attempt: int,
    ) -> _Failed:
        error, retry = classify(
            what,
            stage,
            where=f"{method} {url}",
            detail=detail,
            idempotent=method in IDEMPOTENT,
            config=call.retry,
            attempt=attempt,
        )
        return _Failed(error, retry)

    async def save(self, resp: Response, destination: str | os.PathLike[str]) -> int:
        """Stream an open response's body into a file, chunk by chunk; returns the byte count."""
        size = 0
        failure = None
        try:
            with open(destination, "wb") as out:  # noqa: ASYNC230 - chunked writes, local disk
                async for chunk in resp._resp.content.iter_chunked(_SAVE_CHUNK):
                    out.write(chunk)
                    size += len(chunk)
        except (aiohttp.ClientError, *TIMEOUT_ERRORS) as exc:
            resp.close()
            failure = resp.failure(exc, "download")
        except BaseException:
            resp.close()
            raise
        if failure is not None:
            raise failure  # outside the `except`: nothing chained
        resp.release()
        return size


def _generation(headers: Mapping[str, str]) -> str:
    gen = headers.get("X-Generation-Id")
    return f" (generation {gen})" if gen else ""


def _bypassed(host: str, port: int | None, no_proxy: str) -> bool:
    """Whether `NO_PROXY` (comma-separated hosts, domain suffixes, `host:port`, or `*`) names
    this host."""
    host = host.lower()
    for entry in no_proxy.replace(" ", "").lower().split(","):
        if not entry:
            continue
        if entry == "*":
            return True
        name, _, entry_port = entry.partition(":") if entry.count(":") == 1 else (entry, "", "")
        if entry_port and str(port) != entry_port:
            continue
        name = name.strip("[]").lstrip(".")
        if host == name or host.endswith("." + name):
            return True
    return False


def _redirect_target(url: str, location: str | None) -> str | None:
    """Where a GET's redirect points, if it may be followed: same scheme, host and port."""
    if not location:
        return None
    target = urljoin(url, location)
    a, b = urlsplit(url), urlsplit(target)
    if (a.scheme, a.netloc) != (b.scheme, b.netloc):
        return None
    return target


async def _close_with_loop(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    """Kept suspended at its `yield`; asyncio finalises it when the loop ends (`asyncio.run`
    closes async generators before closing the loop), which closes a session that was left open."""
    try:
        yield
    finally:
        if not session.closed:
            await session.close()


class _Bound:
    """A session and the hook that closes it at the end of its loop (started on that loop)."""

    __slots__ = ("hook", "session")

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self.hook = _close_with_loop(session)
        with contextlib.suppress(StopIteration):  # registers it with the running loop
            self.hook.asend(None).send(None)

    async def aclose(self) -> None:
        await self.session.close()
        await self.hook.aclose()

    def drop(self) -> None:
        """Its loop has ended: mark it closed without awaiting (nothing can run there)."""
        with contextlib.suppress(StopIteration, RuntimeError):
            self.hook.aclose().send(None)


# Sessions a forked child inherited: kept referenced, never used or finalised there (their
# sockets and loops belong to the parent process).
_INHERITED: list[object] = []
_BOUND: weakref.WeakSet[Transport] = weakref.WeakSet()  # transports that made a session


def _after_fork_in_child() -> None:
    for transport in list(_BOUND):
        transport._forget()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
