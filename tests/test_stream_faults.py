"""Streams under faults, over real sockets: raw asyncio servers that stall, cut off, answer with
the wrong content type, or never end the body; each test checks the typed outcome and that the
socket was closed on the server's side or the connection went back to the pool."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import os
import random
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import anyio
import msgspec
import pytest

from openrouter_lite import OpenRouter, RetryConfig, _streaming, errors
from openrouter_lite.sse import SSEBufferError, SSEParser
from openrouter_lite.testing import mock_server, wait_for, wait_for_sync

pytestmark = pytest.mark.usefixtures("send_path")  # each test on both send paths

KEY = "sk-or-v1-streamfaultkey-0123456789"
MESSAGES = [{"role": "user", "content": "hi"}]
NO_RETRY = RetryConfig("none")


def chunk(text: str, finish: str | None = None) -> bytes:
    body = {
        "id": "gen-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}],
    }
    return b"data: " + msgspec.json.encode(body) + b"\n\n"


def chunked(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


SSE_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
)
END = b"0\r\n\r\n"

Handler = Callable[["Conn"], Awaitable[None]]


class Conn:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    async def read_request(self) -> bytes:
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        return await self.reader.readexactly(length)

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def until_closed(self) -> None:
        """Hold the connection until the client closes it."""
        while await self.reader.read(65536):
            pass


class RawServer:
    """Runs `handler` for each request on each connection; counts connections and requests
    and notes each connection the client closed."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.connections = 0
        self.requests = 0
        self.closed_by_client = 0
        self.url = ""
        self._writers: set[asyncio.StreamWriter] = set()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(writer)
        conn = Conn(reader, writer)
        try:
            while True:
                try:
                    await conn.read_request()
                except (asyncio.IncompleteReadError, ConnectionError):
                    self.closed_by_client += 1
                    return
                self.requests += 1
                await self.handler(conn)
                if reader.at_eof():
                    self.closed_by_client += 1
                    return
        finally:
            writer.close()

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/api/v1"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._server.close()
        for writer in self._writers:
            writer.close()
        await self._server.wait_closed()


def acquired(client: OpenRouter) -> int:
    """Connections the client's pool has handed out and not had back."""
    session = client._transport.session
    assert session is not None and session.connector is not None
    return len(session.connector._acquired)  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def fds_come_back() -> Iterator[None]:
    """Every socket a test opened, on either side, is closed by its end."""
    if not os.path.isdir("/proc/self/fd"):
        yield
        return
    before = len(os.listdir("/proc/self/fd"))
    yield
    gc.collect()
    wait_for_sync(lambda: len(os.listdir("/proc/self/fd")) <= before, timeout=5)


@pytest.fixture
def grace(monkeypatch: pytest.MonkeyPatch) -> Callable[[float], None]:
    return lambda seconds: monkeypatch.setattr(_streaming, "END_GRACE_SECONDS", seconds)


async def stream_of(client: OpenRouter) -> Any:
    return await client.chat.send_async(model="m", messages=MESSAGES, stream=True)


async def test_done_returns_before_the_body_ends_and_the_connection_is_reused(
    grace: Callable[[float], None],
) -> None:
    grace(30)
    released = asyncio.Event()

    async def handler(conn: Conn) -> None:
        await conn.send(SSE_HEAD + chunked(chunk("a") + chunk("", "stop") + b"data: [DONE]\n\n"))
        await released.wait()  # the body's end comes only once the caller has its result
        await conn.send(END)
        released.clear()

    async with RawServer(handler) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        for _ in range(2):
            stream = await stream_of(c)
            async with stream:
                got = await asyncio.wait_for(_texts(stream), 5)
            assert got == ["a", ""]
            released.set()
            await wait_for(lambda: acquired(c) == 0, timeout=5)
        assert srv.connections == 1  # pooled when the end came, not closed for being late
        assert srv.requests == 2


async def _texts(stream: Any) -> list[str]:
    return [ch.choices[0].delta.content async for ch in stream]


async def test_a_body_that_never_ends_after_done_is_closed_after_the_grace(
    grace: Callable[[float], None],
) -> None:
    grace(0.05)

    async def handler(conn: Conn) -> None:
        await conn.send(SSE_HEAD + chunked(chunk("a", "stop") + b"data: [DONE]\n\n"))
        await conn.until_closed()

    async with RawServer(handler) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        stream = await stream_of(c)
        assert await asyncio.wait_for(_texts(stream), 5) == ["a"]
        await wait_for(lambda: srv.closed_by_client == 1, timeout=5)
        assert acquired(c) == 0


async def _stalled(conn: Conn) -> None:
    await conn.send(SSE_HEAD + chunked(chunk("a") + chunk("b")))
    await conn.until_closed()


async def _silent(conn: Conn) -> None:
    await conn.until_closed()


async def _json_stalled(conn: Conn) -> None:
    await conn.send(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 900\r\n\r\n{"
    )
    await conn.until_closed()


@pytest.mark.parametrize(
    "handler",
    [_stalled, _silent, _json_stalled],
    ids=["mid-stream", "before-status", "reading-a-json-answer"],
)
@pytest.mark.parametrize("how", ["move_on_after", "task.cancel"])
async def test_cancellation_closes_the_socket(handler: Handler, how: str) -> None:
    async with RawServer(handler) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        seen: list[str] = []

        async def consume() -> None:
            stream = await stream_of(c)
            async with stream:
                async for ch in stream:
                    seen.append(ch.choices[0].delta.content)  # noqa: PERF401 - kept as they come

        if how == "move_on_after":
            with anyio.move_on_after(0.2) as scope:
                await consume()
            assert scope.cancelled_caught
        else:
            task = asyncio.create_task(consume())
            await wait_for(lambda: srv.requests == 1 and len(seen) == (handler is _stalled) * 2)
            await asyncio.sleep(0.05)  # (let it reach its read of what never comes)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        await wait_for(lambda: srv.closed_by_client == 1, timeout=5)
        assert acquired(c) == 0
        assert seen == (["a", "b"] if handler is _stalled else [])


async def test_cancellation_after_done_while_the_end_is_late_still_releases(
    grace: Callable[[float], None],
) -> None:
    """The old drain (awaited in aclose) was where a cancellation left the connection held."""
    grace(0.05)

    async def handler(conn: Conn) -> None:
        await conn.send(SSE_HEAD + chunked(chunk("a", "stop") + b"data: [DONE]\n\n"))
        await conn.until_closed()

    async with RawServer(handler) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        with anyio.move_on_after(0.3):
            stream = await stream_of(c)
            async with stream:
                assert await _texts(stream) == ["a"]
            await anyio.sleep(10)
        await wait_for(lambda: srv.closed_by_client == 1, timeout=5)
        assert acquired(c) == 0


async def test_a_stall_after_some_chunks_is_an_idle_timeout_after_those_chunks() -> None:
    async with RawServer(_stalled) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        stream = await c.chat.send_async(model="m", messages=MESSAGES, stream=True, timeout_ms=200)
        seen: list[str] = []
        with pytest.raises(errors.APITimeoutError, match="idle"):
            async for ch in stream:
                seen.append(ch.choices[0].delta.content)  # noqa: PERF401 - kept as they come
        assert seen == ["a", "b"]
        await wait_for(lambda: srv.closed_by_client == 1, timeout=5)
        assert acquired(c) == 0


async def test_a_slow_drip_under_the_idle_timeout_completes() -> None:
    async def handler(conn: Conn) -> None:
        await conn.send(SSE_HEAD)
        for i in range(12):  # 1.2 s in all, never 1 s without data
            await conn.send(chunked(chunk(str(i))))
            await asyncio.sleep(0.1)
        await conn.send(chunked(chunk("", "stop") + b"data: [DONE]\n\n") + END)

    async with RawServer(handler) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        stream = await c.chat.send_async(model="m", messages=MESSAGES, stream=True, timeout_ms=1000)
        assert await asyncio.wait_for(_texts(stream), 30) == [str(i) for i in range(12)] + [""]
        assert acquired(c) == 0
        assert srv.closed_by_client == 0  # read to its end: pooled, not closed


async def test_reset_mid_stream_is_a_connection_error_without_the_key() -> None:
    async def handler(conn: Conn) -> None:
        await conn.send(SSE_HEAD + chunked(chunk("a")) + b"5\r\nda")
        conn.writer.transport.abort()

    async with RawServer(handler) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        stream = await stream_of(c)
        with pytest.raises(errors.APIConnectionError) as info:
            await _texts(stream)
        assert KEY not in str(info.value) and KEY not in repr(info.value)
        assert info.value.__cause__ is None
        # the transport's classifier named it: the call, where it broke, and that it was billed
        assert info.value.may_have_been_processed
        assert "/chat/completions stream: the body broke off" in str(info.value)
        assert acquired(c) == 0


def test_no_module_above_the_transport_touches_aiohttp() -> None:
    """Issue 9: only `_transport` imports aiohttp (and `testing`, whose mock server is an
    aiohttp app); the streams, raw responses, pages and resources read its `Response`."""
    import ast
    import pathlib

    import openrouter_lite

    root = pathlib.Path(openrouter_lite.__file__).parent
    importers = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "aiohttp" or n.startswith("aiohttp.") for n in names):
                importers.add(path.relative_to(root).as_posix())
    assert importers == {"_transport.py", "testing.py"}


def _json_answer(status: int, content_type: bytes, body: bytes) -> Handler:
    async def handler(conn: Conn) -> None:
        await conn.send(
            b"HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s"
            % (status, content_type, len(body), body)
        )

    return handler


ERROR_BODY = b'{"error":{"code":429,"message":"slow down","metadata":{"x":1}}}'
RESULT_BODY = (
    b'{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":'
    b'[{"index":0,"message":{"role":"assistant","content":"whole"},"finish_reason":"stop"}]}'
)


async def test_stream_answered_with_a_json_error_raises_the_typed_error() -> None:
    handler = _json_answer(200, b"application/json", ERROR_BODY)
    async with RawServer(handler) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        with pytest.raises(errors.TooManyRequestsResponseError, match="slow down") as info:
            await stream_of(c)
        assert info.value.status_code == 200
        assert acquired(c) == 0
        stream = None
        with pytest.raises(errors.TooManyRequestsResponseError):
            stream = await stream_of(c)
        assert stream is None
        assert srv.connections == 1  # the JSON body was read whole: the connection was reused


@pytest.mark.parametrize(
    ("content_type", "body"),
    [(b"application/json", RESULT_BODY), (b"text/html", b"<html>proxy says hi</html>")],
)
async def test_stream_answered_with_another_body_names_the_content_type(
    content_type: bytes, body: bytes
) -> None:
    handler = _json_answer(200, content_type, body)
    async with RawServer(handler) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as c:
        with pytest.raises(errors.ResponseValidationError, match=content_type.decode()) as info:
            await stream_of(c)
        assert info.value.body == body.decode()
        assert acquired(c) == 0


async def test_an_oversized_event_is_an_sse_buffer_error_in_the_tree() -> None:
    assert issubclass(SSEBufferError, errors.OpenRouterError)
    assert issubclass(SSEBufferError, ValueError)

    async def handler(conn: Conn) -> None:
        await conn.send(SSE_HEAD + chunked(b"data: " + b"x" * 4096))
        await conn.until_closed()

    async with RawServer(handler) as srv:
        async with OpenRouter(api_key=KEY, server_url=srv.url, max_event_bytes=1024) as c:
            stream = await stream_of(c)
            with pytest.raises(errors.OpenRouterError, match="max_buffer_bytes"):
                await _texts(stream)
            await wait_for(lambda: srv.closed_by_client == 1, timeout=5)
            assert acquired(c) == 0


# -- sync streams ------------------------------------------------------------------------------
def test_sync_stream_left_by_break_without_with_is_closed() -> None:
    with (
        mock_server(chunks=200, chunk_delay=0.01) as srv,
        OpenRouter(api_key=KEY, server_url=srv.url) as c,
    ):
        stream = c.chat.send(model="m", messages=MESSAGES, stream=True)
        for _ in stream:
            break
        # `stream` is still referenced: the close came from leaving the loop, not from GC
        wait_for_sync(lambda: srv.streams_cancelled == 1, timeout=5)
        assert stream._closed
        for _ in c.chat.send(model="m", messages=MESSAGES, stream=True):
            break
        wait_for_sync(lambda: srv.streams_cancelled == 2, timeout=5)
        # (the server may count the cancel, from a failed write, before its connection_lost)
        wait_for_sync(lambda: srv.open_connections == 0, timeout=5)


def test_sync_stream_failing_loop_body_is_closed() -> None:
    with (
        mock_server(chunks=200, chunk_delay=0.01) as srv,
        OpenRouter(api_key=KEY, server_url=srv.url) as c,
    ):
        stream = c.chat.send(model="m", messages=MESSAGES, stream=True)
        with pytest.raises(ZeroDivisionError):
            for _ in stream:
                1 / 0  # noqa: B018
        wait_for_sync(lambda: srv.streams_cancelled == 1, timeout=5)


def test_sync_stream_dropped_unread_is_closed_on_its_loop() -> None:
    with (
        mock_server(chunks=200, chunk_delay=0.01) as srv,
        OpenRouter(api_key=KEY, server_url=srv.url) as c,
    ):
        c.chat.send(model="m", messages=MESSAGES, stream=True)  # never iterated, never closed
        wait_for_sync(lambda: srv.streams_cancelled == 1, timeout=5)
        wait_for_sync(lambda: srv.open_connections == 0, timeout=5)


@pytest.mark.filterwarnings("ignore:.*never closed:ResourceWarning")
def test_a_stream_keeps_its_unreferenced_client_alive() -> None:
    with mock_server(chunks=5) as srv:
        stream = OpenRouter(api_key=KEY, server_url=srv.url).chat.send(
            model="m", messages=MESSAGES, stream=True
        )
        gc.collect()  # the client is garbage but for the stream: its loop thread must stay up
        assert "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices)
        del stream
        gc.collect()  # now the client goes, and its thread and session with it
        wait_for_sync(lambda: srv.open_connections == 0, timeout=5)


# -- arbitrary input: only the library's errors ------------------------------------------------
# Seeded and bounded (hypothesis is not a test dependency): the same cases on every run.
def _random_stream(rng: random.Random) -> bytes:
    pieces = [b"data: ", b"event: x", b"id: 7", b"retry: 5", b": c", b"\r", b"\n", b"\r\n", b"\xef"]
    out = bytearray()
    for _ in range(rng.randrange(0, 40)):
        out += rng.choice(pieces) if rng.random() < 0.6 else rng.randbytes(rng.randrange(1, 12))
    return bytes(out)


def test_arbitrary_bytes_split_anywhere_parse_alike_or_raise_only_sse_buffer_error() -> None:
    rng = random.Random(9)
    for _ in range(1500):
        data = _random_stream(rng)
        limit = rng.choice([16, 64, 1 << 20])
        outcomes = []
        for cuts in ([], sorted(rng.sample(range(len(data) + 1), min(3, len(data) + 1)))):
            parser = SSEParser(max_buffer_bytes=limit)
            events: list[Any] = []
            try:
                start = 0
                for cut in [*cuts, len(data)]:
                    events += parser.feed(data[start:cut])
                    start = cut
                events += parser.close()
                outcomes.append(("events", events))
            except SSEBufferError:
                outcomes.append(("overflow", None))
        if outcomes[0][0] == outcomes[1][0] == "events":
            assert outcomes[0] == outcomes[1], data


def _random_json(rng: random.Random, depth: int = 0) -> Any:
    kinds = ["int", "str", "null", "bool", "float"] + (["list", "dict"] if depth < 3 else [])
    kind = rng.choice(kinds)
    if kind == "list":
        return [_random_json(rng, depth + 1) for _ in range(rng.randrange(3))]
    if kind == "dict":
        keys = ["id", "choices", "delta", "content", "error", "code", "message", "type", "x"]
        return {rng.choice(keys): _random_json(rng, depth + 1) for _ in range(rng.randrange(4))}
    return {"int": 3, "str": "s", "null": None, "bool": True, "float": 1.5}[kind]


def test_arbitrary_event_data_decodes_or_raises_only_library_errors() -> None:
    from openrouter_lite.resources.chat import decode_chat_chunk
    from openrouter_lite.resources.completions import decode_completion_chunk
    from openrouter_lite.resources.messages import decode_messages_event
    from openrouter_lite.resources.responses import decode_responses_event
    from openrouter_lite.sse import ServerSentEvent

    decoders = [
        decode_chat_chunk,
        decode_completion_chunk,
        decode_messages_event,
        decode_responses_event,
    ]
    rng = random.Random(11)
    for _ in range(1500):
        value = _random_json(rng)
        if rng.random() < 0.5:
            value = {"choices": [{"delta": value}]} if rng.random() < 0.5 else {"error": value}
        data = msgspec.json.encode(value).decode()
        if rng.random() < 0.1:
            data = data[: rng.randrange(len(data) + 1)]  # cut short: not JSON any more
        event = ServerSentEvent(rng.choice(["message", "error", "x"]), data, None, None)
        for decode in decoders:
            _decode_or_library_error(decode, event)


def _decode_or_library_error(decode: Callable[[Any], Any], event: Any) -> None:
    with contextlib.suppress(errors.OpenRouterError):  # anything else fails the test
        decode(event)


# ---- a whole read decoded at once (SSEParser.feed_data + ChatChunkDecoder.many) -------------
def _error_chunk(message: str) -> bytes:
    body = {
        "id": "gen-1", "object": "chat.completion.chunk", "created": 1, "model": "m",
        "choices": [], "error": {"message": message, "code": 502},
    }  # fmt: skip
    return b"data: " + msgspec.json.encode(body) + b"\n\n"


def _one_read(*events: bytes, end: bytes = b"data: [DONE]\n\n") -> Handler:
    """The stream's start in one write, then every event in another (one read for the client:
    the path that decodes a read at once)."""

    async def handler(conn: Conn) -> None:
        await conn.send(SSE_HEAD + chunked(b": OPENROUTER PROCESSING\n\n"))
        await asyncio.sleep(0.05)
        await conn.send(chunked(b"".join(events) + end) + END)

    return handler


async def _collect(srv: RawServer) -> tuple[list[str], BaseException | None]:
    got: list[str] = []
    async with OpenRouter(api_key=KEY, server_url=srv.url, retry_config=NO_RETRY) as c:
        try:
            async with await stream_of(c) as stream:
                async for ch in stream:
                    got.append(ch.choices[0].delta.content if ch.choices else "-")  # noqa: PERF401
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            return got, exc
    return got, None


async def test_a_read_of_many_chunks_decodes_them_all_in_order() -> None:
    texts = [f"t{i}" for i in range(300)]
    events = [chunk(t) for t in texts] + [chunk("", "stop")]
    async with RawServer(_one_read(*events)) as srv:
        got, failure = await _collect(srv)
    assert failure is None and got == [*texts, ""]


async def test_an_error_chunk_inside_a_read_raises_after_the_chunks_before_it() -> None:
    events = [chunk("a"), chunk("b"), _error_chunk("upstream died"), chunk("c")]
    async with RawServer(_one_read(*events)) as srv:
        got, failure = await _collect(srv)
    assert got == ["a", "b"]
    assert isinstance(failure, errors.StreamError) and "upstream died" in str(failure)
    assert failure.chunk is not None and failure.chunk.error is not None  # type: ignore[attr-defined]


async def test_a_malformed_chunk_inside_a_read_raises_after_the_chunks_before_it() -> None:
    events = [chunk("a"), b"data: {not json\n\n", chunk("c")]
    async with RawServer(_one_read(*events)) as srv:
        got, failure = await _collect(srv)
    assert got == ["a"]
    assert isinstance(failure, errors.ResponseValidationError)
    assert "malformed chat stream chunk" in str(failure)


async def test_invalid_utf8_inside_a_read_is_replaced_and_the_stream_goes_on() -> None:
    bad = chunk("x").replace(b'"x"', b'"\xff"')
    events = [chunk("a"), bad, chunk("c"), chunk("", "stop")]
    async with RawServer(_one_read(*events)) as srv:
        got, failure = await _collect(srv)
    assert failure is None and got == ["a", "\ufffd", "c", ""]


@pytest.mark.parametrize("finish", [None, "stop"])
async def test_a_read_ending_without_done_is_truncated_unless_a_chunk_finished(
    finish: str | None,
) -> None:
    events = [chunk("a"), chunk("b", finish), chunk("c")]
    async with RawServer(_one_read(*events, end=b"")) as srv:
        got, failure = await _collect(srv)
    assert got == ["a", "b", "c"]
    if finish is None:
        assert isinstance(failure, errors.StreamTruncatedError)
    else:
        assert failure is None
