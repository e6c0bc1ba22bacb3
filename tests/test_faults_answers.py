"""Answers that are not the one asked for, over real sockets: a raw asyncio HTTP server on
127.0.0.1 plays a script of raw responses, one per request received.

Each case checks the typed outcome, a time bound, how many requests the server received, that
the pool holds no connection afterwards and that the client's file descriptors come back when it
closes. (Connection-level faults: tests/test_faults.py; streams: tests/test_stream_faults.py.)
"""

from __future__ import annotations

import asyncio
import gzip
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.utils import formatdate
from typing import Any

import pytest

from openrouter_lite import BackoffStrategy, OpenRouter, RetryConfig, errors

pytestmark = pytest.mark.usefixtures("send_path")  # each test on both send paths

KEY = "sk-or-v1-answ3rsk3y0123456789abcdef"
MESSAGES = [{"role": "user", "content": "Hello"}]
CHAT_OK = (
    b'{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,'
    b'"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}'
)
FAST = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 20_000), True, max_attempts=3)


def answer(
    status: int,
    body: bytes = b"",
    content_type: str = "application/json",
    **headers: str,
) -> bytes:
    reason = {200: b"OK", 429: b"Too Many Requests", 502: b"Bad Gateway", 503: b"Unavailable"}
    lines = [b"HTTP/1.1 %d %s" % (status, reason.get(status, b"X"))]
    lines.append(b"Content-Type: " + content_type.encode())
    lines.append(b"Content-Length: %d" % len(body))
    lines += [f"{k.replace('_', '-')}: {v}".encode() for k, v in headers.items()]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


class ScriptServer:
    """Answers the n-th request received with `script[n]` (the last one repeats)."""

    def __init__(self, script: list[bytes]) -> None:
        self.script = script
        self.receipts = 0
        self.port = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                await reader.readexactly(length)
                reply = self.script[min(self.receipts, len(self.script) - 1)]
                self.receipts += 1
                writer.write(reply)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def script_server(*script: bytes) -> AsyncIterator[ScriptServer]:
    srv = ScriptServer(list(script))
    server = await asyncio.start_server(srv.handle, "127.0.0.1", 0)
    srv.port = server.sockets[0].getsockname()[1]
    try:
        yield srv
    finally:
        server.close()
        await server.wait_closed()


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0


def acquired(client: OpenRouter) -> int:
    session = client._transport.session
    assert session is not None
    return len(session.connector._acquired)  # type: ignore[union-attr]


async def chat_under(
    srv: ScriptServer, **kw: Any
) -> tuple[Any, BaseException | None, float, OpenRouter]:
    """One chat call against the script; (result, error, seconds) and the (closed) client."""
    kw.setdefault("retry_config", FAST)
    client = OpenRouter(api_key=KEY, server_url=f"http://127.0.0.1:{srv.port}/api/v1", **kw)
    started = time.monotonic()
    result: Any = None
    error: BaseException | None = None
    try:
        result = await client.chat.send_async(model="m", messages=MESSAGES)
    except errors.OpenRouterError as exc:
        error = exc
    took = time.monotonic() - started
    assert acquired(client) == 0  # every connection back in the pool (or closed)
    await client.aclose()
    assert KEY not in repr(error) and KEY not in str(error)
    return result, error, took, client


@pytest.fixture
def fds_back() -> Any:
    """The file descriptors open before the test are all that is open after it."""
    before = open_fds()
    yield
    deadline = time.monotonic() + 5
    while open_fds() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert open_fds() <= before


async def test_a_burst_of_5xx_then_success(fds_back: None) -> None:
    async with script_server(answer(502, b"{}"), answer(503, b"{}"), answer(200, CHAT_OK)) as srv:
        result, error, took, _ = await chat_under(srv)
    assert error is None and result.choices[0].message.content == "hi"
    assert srv.receipts == 3 and took < 10


async def test_429_retry_after_in_seconds_is_waited_then_retried(fds_back: None) -> None:
    async with script_server(answer(429, b"{}", Retry_After="1"), answer(200, CHAT_OK)) as srv:
        result, error, took, _ = await chat_under(srv)
    assert error is None and result.choices[0].message.content == "hi"
    assert srv.receipts == 2
    assert 0.9 <= took < 10  # the server's wait, not the 1 ms backoff


async def test_429_retry_after_as_an_http_date_is_waited_then_retried(fds_back: None) -> None:
    when = formatdate(time.time() + 2, usegmt=True)  # whole seconds: 1-2 s from now
    async with script_server(answer(429, b"{}", Retry_After=when), answer(200, CHAT_OK)) as srv:
        result, error, took, _ = await chat_under(srv)
    assert error is None and result.choices[0].message.content == "hi"
    assert srv.receipts == 2
    assert 0.5 <= took < 10


async def test_an_absurd_retry_after_that_outlasts_the_deadline_ends_the_call(
    fds_back: None,
) -> None:
    """Retry-After of ~31 years: not waited, and not retried early either; the call ends at
    once with the 429, since the wait would not fit in `timeout_ms`."""
    async with script_server(answer(429, b"{}", Retry_After="999999999")) as srv:
        result, error, took, _ = await chat_under(srv, timeout_ms=5_000)
    assert isinstance(error, errors.TooManyRequestsResponseError)
    assert error.status_code == 429
    assert srv.receipts == 1 and took < 2


async def test_an_absurd_retry_after_is_capped_by_max_retry_after_ms(fds_back: None) -> None:
    policy = RetryConfig(
        "backoff", BackoffStrategy(1, 2, 1.0, 20_000), True, max_attempts=3, max_retry_after_ms=200
    )
    script = (answer(429, b"{}", Retry_After="999999999"), answer(200, CHAT_OK))
    async with script_server(*script) as srv:
        result, error, took, _ = await chat_under(srv, retry_config=policy)
    assert error is None and result.choices[0].message.content == "hi"
    assert srv.receipts == 2 and 0.15 <= took < 5


async def test_an_html_502_from_a_proxy_is_a_typed_error_after_the_retries(
    fds_back: None,
) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    async with script_server(answer(502, page, "text/html")) as srv:
        result, error, took, _ = await chat_under(srv)
    assert isinstance(error, errors.ResponseError) and error.status_code == 502
    assert "502" in str(error) and error.body == page.decode()
    assert srv.receipts == 3 and took < 10


@pytest.mark.parametrize("body", [CHAT_OK[:40], b""], ids=["truncated_json", "empty_body"])
async def test_a_200_whose_json_is_cut_or_empty_is_a_typed_error_sent_once(
    fds_back: None, body: bytes
) -> None:
    async with script_server(answer(200, body)) as srv:
        result, error, took, _ = await chat_under(srv)
    assert isinstance(error, errors.ResponseValidationError)
    assert srv.receipts == 1 and took < 5  # answered: never re-sent (it may be billed)


async def test_a_200_carrying_an_error_object_raises_that_error(fds_back: None) -> None:
    body = b'{"error":{"code":502,"message":"upstream provider failed"}}'
    async with script_server(answer(200, body)) as srv:
        result, error, took, _ = await chat_under(srv)
    assert isinstance(error, errors.ResponseError)
    assert "upstream provider failed" in str(error)
    assert srv.receipts == 1 and took < 5


async def test_a_gzip_encoded_answer_is_decoded(fds_back: None) -> None:
    packed = gzip.compress(CHAT_OK)
    script = answer(200, packed, Content_Encoding="gzip")
    async with script_server(script) as srv:
        result, error, took, _ = await chat_under(srv)
    assert error is None and result.choices[0].message.content == "hi"
    assert srv.receipts == 1
