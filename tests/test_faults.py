"""Faults injected over real sockets: a raw asyncio TCP server on 127.0.0.1 misbehaves on purpose.

Each test checks the typed outcome, how many requests the server received (a POST that may have
reached it is never re-sent), and that the key appears nowhere in what the error exposes.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import struct
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

from openrouter_lite import BackoffStrategy, OpenRouter, RetryConfig, errors
from openrouter_lite.testing import wait_for

pytestmark = pytest.mark.usefixtures("send_path")  # each test on both send paths

KEY = "sk-or-v1-f4u1tk3y0123456789abcdef"
MESSAGES = [{"role": "user", "content": "Hello"}]
FAST = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 10_000), True, max_attempts=3)
OPT_IN = RetryConfig(
    "backoff", BackoffStrategy(1, 2, 1.0, 10_000), True, max_attempts=3, retry_read_timeouts=True
)
CHAT_OK = (
    b'{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,'
    b'"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}'
)

Behaviour = Callable[["FaultServer", bytes, asyncio.StreamWriter], Awaitable[None]]


class FaultServer:
    """Reads each request (head and Content-Length body), counts it, then runs `behaviour`."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.receipts = 0
        self.heads: list[bytes] = []
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
                self.receipts += 1
                self.heads.append(head)
                await self.behaviour(self, head, writer)
                if writer.is_closing():
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def fault_server(behaviour: Behaviour) -> AsyncIterator[FaultServer]:
    srv = FaultServer(behaviour)
    server = await asyncio.start_server(srv.handle, "127.0.0.1", 0)
    srv.port = server.sockets[0].getsockname()[1]
    try:
        yield srv
    finally:
        server.close()
        await server.wait_closed()


async def received(srv: FaultServer) -> int:
    """The receipt count once the server has caught up (it may read after the client gave up)."""
    await wait_for(lambda: srv.receipts >= 1)
    await asyncio.sleep(0.05)
    return srv.receipts


def client(srv: FaultServer, **kw: Any) -> OpenRouter:
    kw.setdefault("retry_config", FAST)
    return OpenRouter(api_key=KEY, server_url=f"http://127.0.0.1:{srv.port}/api/v1", **kw)


def echoed_key(head: bytes) -> bytes:
    """The request's Authorization value, so a fault can echo it back like a bad proxy."""
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"authorization:"):
            return line.split(b":", 1)[1].strip()
    return b""


def reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST instead of a FIN."""
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


# -- behaviours -------------------------------------------------------------------------------
async def malformed_status(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
    w.write(b"HTTP/1.1 abc Authorization: " + echoed_key(head) + b"\r\n\r\n")
    await w.drain()
    w.close()


async def huge_header(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
    value = b"x" * 9000 + b" Authorization: " + echoed_key(head)
    w.write(b"HTTP/1.1 200 OK\r\nX-Big: " + value + b"\r\nContent-Length: 2\r\n\r\n{}")
    await w.drain()
    w.close()


async def redirect_loop(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
    path = head.split(b" ", 2)[1]
    w.write(
        b"HTTP/1.1 307 Temporary Redirect\r\nLocation: " + path + b"\r\nContent-Length: 0\r\n\r\n"
    )
    await w.drain()


async def reset_before_status(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
    reset(w)


async def reset_mid_body(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
    w.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
    w.write(CHAT_OK[:20])
    await w.drain()
    await asyncio.sleep(0.01)
    reset(w)


async def silent(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
    await asyncio.sleep(30)


FAULTS = {
    "malformed_status": malformed_status,
    "huge_header": huge_header,
    "reset_before_status": reset_before_status,
    "reset_mid_body": reset_mid_body,
    "silent": silent,
}


def assert_no_key(err: BaseException) -> None:
    """The key is in none of the texts and objects an error exposes."""
    assert err.__cause__ is None
    assert err.__context__ is None
    texts = [
        str(err),
        repr(err),
        repr(err.args),
        "".join(traceback.format_exception(type(err), err, err.__traceback__)),
        repr(vars(err)),
    ]
    for text in texts:
        assert KEY not in text
        assert "sk-or-" not in text


# -- the key never leaves ------------------------------------------------------------------------
@pytest.mark.parametrize("fault", sorted(FAULTS))
async def test_post_under_each_fault_is_typed_unchained_keyless_and_sent_once(fault: str) -> None:
    async with fault_server(FAULTS[fault]) as srv:
        async with client(srv, timeout_ms=1000) as c:
            with pytest.raises(errors.APIConnectionError) as info:
                await c.chat.send_async(model="m", messages=MESSAGES)
        assert await received(srv) == 1
    err = info.value
    assert_no_key(err)
    assert err.may_have_been_processed
    assert "may have been processed" in str(err)
    if fault == "silent":
        assert isinstance(err, errors.APITimeoutError)


async def test_post_redirect_loop_is_not_followed() -> None:
    async with fault_server(redirect_loop) as srv:
        async with client(srv) as c:
            with pytest.raises(errors.OpenRouterDefaultError) as info:
                await c.chat.send_async(model="m", messages=MESSAGES)
    assert info.value.status_code == 307
    assert_no_key(info.value)
    assert srv.receipts == 1


async def test_get_redirect_loop_stops_after_a_few_hops() -> None:
    async with fault_server(redirect_loop) as srv:
        async with client(srv) as c:
            with pytest.raises(errors.ResponseError) as info:
                await c.models.list_async()
    assert info.value.status_code == 307
    assert_no_key(info.value)
    assert srv.receipts == 4  # the first request and three hops


async def test_get_redirect_to_another_origin_is_not_followed() -> None:
    async def elsewhere(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
        w.write(
            b"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:9/x\r\nContent-Length: 0\r\n\r\n"
        )
        await w.drain()

    async with fault_server(elsewhere) as srv:
        async with client(srv) as c:
            with pytest.raises(errors.ResponseError, match="302"):
                await c.models.list_async()
    assert srv.receipts == 1


async def test_sync_call_error_is_unchained_and_keyless() -> None:
    async with fault_server(malformed_status) as srv:
        c = client(srv)
        try:
            with pytest.raises(errors.APIConnectionError) as info:
                await asyncio.to_thread(c.chat.send, model="m", messages=MESSAGES)
        finally:
            await asyncio.to_thread(c.close)
    assert_no_key(info.value)
    assert srv.receipts == 1


# -- no duplicate generation, exact attempt counts ----------------------------------------------
@pytest.mark.parametrize("fault", ["reset_before_status", "malformed_status", "reset_mid_body"])
async def test_get_is_retried_exactly_max_attempts(fault: str) -> None:
    async with fault_server(FAULTS[fault]) as srv:
        async with client(srv) as c:
            with pytest.raises(errors.APIConnectionError) as info:
                await c.models.list_async()
    assert srv.receipts == 3  # aiohttp's own hidden re-send is off: ours only
    assert_no_key(info.value)


async def test_post_is_resent_only_with_the_opt_in() -> None:
    async with fault_server(reset_before_status) as srv:
        async with client(srv, retry_config=OPT_IN) as c:
            with pytest.raises(errors.APIConnectionError):
                await c.chat.send_async(model="m", messages=MESSAGES)
    assert srv.receipts == 3


async def test_refused_connection_is_safe_to_retry(caplog: pytest.LogCaptureFixture) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    caplog.set_level("DEBUG", logger="openrouter_lite")
    async with OpenRouter(
        api_key=KEY, server_url=f"http://127.0.0.1:{port}/api/v1", retry_config=FAST
    ) as c:
        with pytest.raises(errors.APIConnectionError) as info:
            await c.chat.send_async(model="m", messages=MESSAGES)
    err = info.value
    assert not err.may_have_been_processed
    assert "could not connect" in str(err)
    assert_no_key(err)
    failed = [r for r in caplog.records if "failed after" in r.getMessage()]
    assert len(failed) == 3  # every attempt of the policy: nothing had been sent
    assert KEY not in caplog.text


async def test_the_deadline_covers_every_attempt() -> None:
    """A silent server with an idempotent GET and five attempts allowed: the first attempt uses
    the whole deadline, so no second request is sent (a per-attempt timeout would send five)."""
    retry = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 60_000), True, max_attempts=5)
    async with fault_server(silent) as srv:
        async with client(srv, retry_config=retry, timeout_ms=1000) as c:
            with pytest.raises(errors.APITimeoutError):
                await c.models.list_async()
        assert await received(srv) == 1


async def test_503_retries_stop_at_the_deadline_not_after_it() -> None:
    async def unavailable(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.05)
        w.write(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n")
        await w.drain()

    retry = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 60_000), True, max_attempts=1000)
    async with fault_server(unavailable) as srv:
        async with client(srv, retry_config=retry, timeout_ms=1500) as c:
            # the last attempt ends in its 503 or is cut short by the deadline
            with pytest.raises((errors.ServiceUnavailableResponseError, errors.APITimeoutError)):
                await c.models.list_async()
    assert 1 < srv.receipts < 1000  # retried, then stopped by the one deadline


# -- the pool ----------------------------------------------------------------------------------
async def slow_ok(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
    await asyncio.sleep(0.1)
    body = CHAT_OK
    w.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
        % len(body)
    )
    w.write(body)
    await w.drain()


async def test_pool_wait_is_not_a_response_timeout() -> None:
    """4 connections, 200 concurrent POSTs, a 1 s deadline, 0.1 s per answer: what could not
    get a connection in time fails as PoolTimeoutError (nothing sent); only requests that had a
    connection fail as response timeouts (they may or may not have been read by the server).
    A timed-out request's connection is discarded, so a waiter may open a new one just before
    the deadline: that fails as a connect timeout, also with nothing sent."""
    async with fault_server(slow_ok) as srv:
        async with client(srv, max_connections=4, timeout_ms=1000) as c:
            results = await asyncio.gather(
                *(c.chat.send_async(model="m", messages=MESSAGES) for _ in range(200)),
                return_exceptions=True,
            )
    ok = [r for r in results if not isinstance(r, BaseException)]
    failures = [r for r in results if isinstance(r, errors.APITimeoutError)]
    assert len(ok) + len(failures) == len(results)  # every failure is a timeout
    pool = [f for f in failures if isinstance(f, errors.PoolTimeoutError)]
    connect = [f for f in failures if "connect timed out" in str(f)]
    sent = [f for f in failures if f not in pool and f not in connect]
    assert ok and pool
    assert not any(f.may_have_been_processed for f in pool + connect)
    assert all(f.may_have_been_processed and "no response in time" in str(f) for f in sent)
    assert len(ok) <= srv.receipts <= len(ok) + len(sent)


async def test_pool_timeout_is_bounded_separately_and_retried() -> None:
    no_retry = RetryConfig("none")
    async with fault_server(slow_ok) as srv:
        async with client(srv, max_connections=1, pool_timeout_ms=20, retry_config=no_retry) as c:
            results = await asyncio.gather(
                c.chat.send_async(model="m", messages=MESSAGES),
                c.chat.send_async(model="m", messages=MESSAGES),
                return_exceptions=True,
            )
        assert sum(isinstance(r, errors.PoolTimeoutError) for r in results) == 1
        assert "nothing was sent" in str(next(r for r in results if isinstance(r, Exception)))
        assert srv.receipts == 1

    retry = RetryConfig("backoff", BackoffStrategy(50, 50, 1.0, 30_000), True, max_attempts=100)
    async with fault_server(slow_ok) as srv:
        async with client(srv, max_connections=1, pool_timeout_ms=20, retry_config=retry) as c:
            both = await asyncio.gather(
                c.chat.send_async(model="m", messages=MESSAGES),
                c.chat.send_async(model="m", messages=MESSAGES),
            )
    assert len(both) == 2
    assert srv.receipts == 2  # the pool timeout was retried; nothing was sent twice


# -- bounded bodies ----------------------------------------------------------------------------
def big_body(kind: str) -> Behaviour:
    payload = CHAT_OK[:-1] + b',"padding":"' + b"x" * 300_000 + b'"}'

    async def send(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
        hdrs = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        if kind == "length":
            w.write(hdrs + b"Content-Length: %d\r\n\r\n" % len(payload) + payload)
        elif kind == "chunked":
            w.write(hdrs + b"Transfer-Encoding: chunked\r\n\r\n")
            for i in range(0, len(payload), 65536):
                part = payload[i : i + 65536]
                w.write(b"%x\r\n" % len(part) + part + b"\r\n")
            w.write(b"0\r\n\r\n")
        else:  # gzip: small on the wire, large once inflated
            packed = gzip.compress(payload)
            w.write(
                hdrs
                + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(packed)
                + packed
            )
        await w.drain()

    return send


@pytest.mark.parametrize("kind", ["length", "chunked", "gzip"])
async def test_a_body_over_max_response_bytes_is_a_typed_error(kind: str) -> None:
    async with fault_server(big_body(kind)) as srv:
        async with client(srv, max_response_bytes=100_000) as c:
            with pytest.raises(errors.ResponseTooLargeError) as info:
                await c.chat.send_async(model="m", messages=MESSAGES)
        assert info.value.limit == 100_000
        assert srv.receipts == 1  # answered: not retried
        async with client(srv, max_response_bytes=1_000_000) as c:
            result = await c.chat.send_async(model="m", messages=MESSAGES)
    assert result.choices[0].message.content == "hi"


# -- streams and downloads go through the same classifier -----------------------------------
async def sse_and_hold(srv: FaultServer, head: bytes, w: asyncio.StreamWriter) -> None:
    w.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    await w.drain()
    await asyncio.sleep(30)


@pytest.mark.parametrize("fault", ["reset_before_status", "malformed_status"])
async def test_stream_open_under_fault_is_typed_keyless_and_sent_once(fault: str) -> None:
    async with fault_server(FAULTS[fault]) as srv:
        async with client(srv) as c:
            with pytest.raises(errors.APIConnectionError) as info:
                await c.chat.send_async(model="m", messages=MESSAGES, stream=True)
    assert_no_key(info.value)
    assert info.value.may_have_been_processed
    assert srv.receipts == 1


async def test_stream_waiting_for_a_pooled_connection_is_bounded() -> None:
    async with fault_server(sse_and_hold) as srv:
        async with client(
            srv, max_connections=1, pool_timeout_ms=50, retry_config=RetryConfig("none")
        ) as c:
            first = await c.chat.send_async(model="m", messages=MESSAGES, stream=True)
            try:
                with pytest.raises(errors.PoolTimeoutError):
                    await c.chat.send_async(model="m", messages=MESSAGES, stream=True)
            finally:
                await first.aclose()
    assert srv.receipts == 1


async def test_a_download_broken_mid_body_is_typed_and_keyless(tmp_path: Any) -> None:
    async with fault_server(reset_mid_body) as srv:
        async with client(srv, retry_config=RetryConfig("none")) as c:
            with pytest.raises(errors.APIConnectionError) as info:
                await c.containers.download_container_file_content_async(
                    container_id="c", file_id="f", destination=tmp_path / "out.bin"
                )
    assert_no_key(info.value)
    assert info.value.may_have_been_processed
    assert "download" in str(info.value)


async def test_a_stream_longer_than_stream_max_duration_ms_is_cut_with_a_timeout() -> None:
    from openrouter_lite.testing import MockOpenRouter

    srv = MockOpenRouter(chunks=200, chunk_delay=0.05)  # about 10 s of events
    received = 0
    async with srv.run() as url:
        async with OpenRouter(api_key=KEY, server_url=url, stream_max_duration_ms=1000) as c:
            with pytest.raises(errors.APITimeoutError):  # while opening (a slow VM) or reading
                stream = await c.chat.send_async(model="m", messages=MESSAGES, stream=True)
                async with stream as events:
                    async for _chunk in events:
                        received += 1
    assert received < 200
