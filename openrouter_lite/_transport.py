"""All I/O: the one aiohttp session of a client, and the one function every request goes through.

This is the only module that imports aiohttp. It knows nothing about endpoints: it sends bytes,
applies the retry policy, turns error statuses into typed errors, and hands back either the body
bytes or (for streams and downloads) the open response, which the caller must release.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import Any, TypedDict
from urllib.parse import quote, urlsplit

import aiohttp
import msgspec

from . import errors
from ._retry import NO_RETRY, RetryConfig, backoff, retry_after_seconds, should_retry

# asyncio.TimeoutError is the builtin TimeoutError from Python 3.11 on, a class of its own on 3.10.
TIMEOUT_ERRORS = (TimeoutError, asyncio.TimeoutError)

__all__ = ("CallOptions", "Transport", "build_path", "check_transport_security")

_SAVE_CHUNK = 256 * 1024  # bytes written per step when a download streams to a file
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


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


class CallOptions(TypedDict, total=False):
    """Options every operation accepts as keyword arguments."""

    retries: RetryConfig | None  # this call's retry policy; None: no retries
    timeout_ms: int  # total time for a response; for a stream, the longest wait between reads
    extra_headers: Mapping[str, str]  # more request headers
    http_headers: Mapping[str, str]  # the official SDK's name for extra_headers
    extra_body: Mapping[str, Any]  # JSON fields merged into the body (fields this client lacks)
    server_url: str  # this call's base URL


OPTION_NAMES = frozenset(CallOptions.__annotations__)


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
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = headers
        self.json_headers = {**headers, "Content-Type": "application/json"}  # built once
        self.retry = retry
        self.allow_insecure_http = allow_insecure_http
        self.max_connections = max_connections
        self.trust_env = trust_env
        self.logger = logger
        self.connect_timeout = connect_timeout_ms / 1000
        self.timeout = aiohttp.ClientTimeout(
            total=(timeout_ms or 600_000) / 1000, sock_connect=self.connect_timeout
        )
        self.stream_timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=self.connect_timeout, sock_read=stream_idle_timeout_ms / 1000
        )
        self.session: aiohttp.ClientSession | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    # -- session lifecycle -------------------------------------------------------------------
    def _session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self.session
        if session is not None and loop is self.loop:
            return session
        if session is not None and not session.closed:
            raise RuntimeError(
                "this OpenRouter client is bound to the event loop it was first used on; "
                "create one client per event loop (or use the sync methods from plain threads)"
            )
        connector = aiohttp.TCPConnector(
            limit=self.max_connections, limit_per_host=0, ttl_dns_cache=300
        )
        self.session = aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar(), trust_env=self.trust_env
        )
        self.loop = loop
        return self.session

    async def aclose(self) -> None:
        session, self.session = self.session, None
        if session is not None and not session.closed:
            await session.close()

    @property
    def closed(self) -> bool:
        return self.session is None or self.session.closed

    # -- requests ------------------------------------------------------------------------------
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
    ) -> tuple[aiohttp.ClientResponse, bytes | None]:
        """Send with retries. Returns `(response, body)`.

        Without `stream`, the body is read (inside the retry loop) and the connection released.
        With `stream=True`, body is None and the caller owns the open response and must release it;
        the idle-read timeout applies instead of the total one. An error status is read, released
        and raised as its typed error. `multipart` sends a multipart/form-data body instead of
        `body`: a value is a field, or a `(filename, bytes, content_type)` file part.
        """
        retry = self.retry
        timeout = self.stream_timeout if stream else self.timeout
        base = self.base_url
        if content_type and body is not None:
            hdrs = (
                self.json_headers
                if content_type == "application/json"
                else {**self.headers, "Content-Type": content_type}
            )
        else:
            hdrs = self.headers
        if headers:
            hdrs = {**hdrs, **headers}
        if self.auth is not None and not (headers and "Authorization" in headers):
            hdrs = {**hdrs, "Authorization": f"Bearer {self.auth()}"}
        if options:
            unknown = options.keys() - OPTION_NAMES
            if unknown:
                raise TypeError(f"unknown request option(s): {', '.join(sorted(unknown))}")
            if "retries" in options:  # None turns retries off, as in the official SDK
                retry = options["retries"] or NO_RETRY
            if options.get("timeout_ms") is not None:
                seconds = options["timeout_ms"] / 1000
                timeout = aiohttp.ClientTimeout(
                    total=None if stream else seconds,
                    sock_connect=self.connect_timeout,
                    sock_read=seconds if stream else None,
                )
            extra = {**options.get("http_headers", {}), **options.get("extra_headers", {})}
            if extra:
                hdrs = {**hdrs, **extra}
            if options.get("server_url"):
                check_transport_security(options["server_url"], self.allow_insecure_http)
                base = options["server_url"].rstrip("/")
        url = base + path
        params = _query_items(query) if query else None
        session = self._session()
        idempotent = method in IDEMPOTENT
        logger = self.logger
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            if logger is not None:
                logger.debug("request %s %s (attempt %d)", method, url, attempt)
            retry_after = None
            data: Any = body if multipart is None else _form(multipart)
            try:
                resp = await session.request(
                    method, url, params=params, data=data, headers=hdrs, timeout=timeout
                )
                status = resp.status
                if logger is not None:
                    elapsed = time.monotonic() - started
                    logger.debug("response %s %s -> %d in %.3fs", method, url, status, elapsed)
                if status < 400 and stream:
                    return resp, None
                try:
                    payload = await resp.read()
                except (aiohttp.ClientError, *TIMEOUT_ERRORS) as exc:
                    if status >= 400:
                        payload = b""
                    else:  # the request was answered: re-sending a POST may bill it twice
                        kind = (
                            errors.APITimeoutError
                            if isinstance(exc, TIMEOUT_ERRORS)
                            else errors.APIConnectionError
                        )
                        failure: Exception = kind(f"{method} {url}: the body broke off: {exc!r}")
                        failure.__cause__ = exc
                        retry_it = should_retry(
                            retry, attempt, read_timeout=True, idempotent=idempotent
                        )
                        payload = None
                finally:
                    resp.release()
                if payload is not None:
                    if status < 400:
                        return resp, payload
                    failure = errors.error_from_response(status, resp.headers, payload, method, url)
                    retry_it = should_retry(retry, attempt, status=status)
                    retry_after = retry_after_seconds(resp.headers)
            except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
                # Nothing was sent: always safe to try again.
                failure = (
                    errors.APITimeoutError(f"{method} {url}: connect timed out")
                    if isinstance(exc, aiohttp.ConnectionTimeoutError)
                    else errors.APIConnectionError(f"{method} {url}: could not connect: {exc}")
                )
                failure.__cause__ = exc
                retry_it = should_retry(retry, attempt, connection_error=True)
            except TIMEOUT_ERRORS as exc:  # the request went out; the answer did not come in time
                failure = errors.APITimeoutError(f"{method} {url}: no response in time")
                failure.__cause__ = exc
                retry_it = should_retry(retry, attempt, read_timeout=True, idempotent=idempotent)
            except aiohttp.ClientError as exc:
                failure = errors.APIConnectionError(f"{method} {url}: connection failed: {exc!r}")
                failure.__cause__ = exc
                retry_it = should_retry(retry, attempt, connection_error=True)
            if retry_it:
                wait = backoff(retry, attempt, retry_after)
                if time.monotonic() - started + wait <= retry.backoff.max_elapsed_time / 1000:
                    await asyncio.sleep(wait)
                    continue
            raise failure

    async def save(
        self, resp: aiohttp.ClientResponse, method: str, destination: str | os.PathLike[str]
    ) -> int:
        """Stream an open response's body into a file, chunk by chunk; returns the byte count."""
        size = 0
        try:
            with open(destination, "wb") as out:  # noqa: ASYNC230 - chunked writes, local disk
                async for chunk in resp.content.iter_chunked(_SAVE_CHUNK):
                    out.write(chunk)
                    size += len(chunk)
        except TIMEOUT_ERRORS as exc:
            resp.close()
            raise errors.APITimeoutError(f"{method} {resp.url}: download stalled") from exc
        except aiohttp.ClientError as exc:
            resp.close()
            raise errors.APIConnectionError(
                f"{method} {resp.url}: download broke: {exc!r}"
            ) from exc
        except BaseException:
            resp.close()
            raise
        resp.release()
        return size
