"""Chat streams over a real socket against the embedded server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import msgspec
import pytest

from openrouter_lite import BackoffStrategy, OpenRouter, RetryConfig, errors
from openrouter_lite._sync import Portal
from openrouter_lite.testing import (
    REASONING_TOKENS,
    TOOL_ARGUMENTS,
    Fault,
    MockOpenRouter,
    expected_text,
    mock_server,
    wait_for,
    wait_for_sync,
)
from openrouter_lite.types.chat import ChatStreamChunk

PROMPT = "one two three four five"
MESSAGES = [{"role": "user", "content": PROMPT}]
FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.0, 5_000), True)


@pytest.fixture
async def server() -> AsyncIterator[tuple[MockOpenRouter, str]]:
    srv = MockOpenRouter(chunks=25)
    async with srv.run() as url:
        yield srv, url


@pytest.fixture
async def client(server: tuple[MockOpenRouter, str]) -> AsyncIterator[OpenRouter]:
    async with OpenRouter(api_key="k", server_url=server[1], retry_config=FAST) as c:
        yield c


@pytest.fixture
def threaded() -> Iterator[MockOpenRouter]:
    with mock_server(chunks=25) as srv:
        yield srv


def text_of(chunks: list[ChatStreamChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


async def collect(client: OpenRouter, **kwargs: Any) -> list[ChatStreamChunk]:
    stream = await client.chat.send_async(model="m", messages=MESSAGES, stream=True, **kwargs)
    async with stream as events:
        return [chunk async for chunk in events]


async def test_content_reassembles_exactly(client: OpenRouter) -> None:
    chunks = await collect(client)
    assert text_of(chunks) == expected_text(PROMPT, 25)
    finals = [
        c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason
    ]
    assert finals == ["stop"]
    natives = [c.choices[0].native_finish_reason for c in chunks if c.choices]
    assert natives[-1] == "stop"
    assert chunks[0].provider == "MockProvider"
    usage = chunks[-1].usage
    assert usage is not None and usage.cost is not None and usage.completion_tokens == 25


async def test_stream_request_body_and_accept_header(
    client: OpenRouter, server: tuple[MockOpenRouter, str]
) -> None:
    await collect(client)
    last = server[0].last_request
    assert last is not None and last.json["stream"] is True
    assert last.headers["Accept"] == "text/event-stream"


async def test_reasoning_and_tool_call_deltas(client: OpenRouter) -> None:
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    chunks = await collect(client, tools=tools, reasoning={"effort": "low"})
    reasoning = "".join(c.choices[0].delta.reasoning or "" for c in chunks if c.choices)
    assert reasoning == "".join(REASONING_TOKENS)
    calls = [tc for c in chunks if c.choices for tc in (c.choices[0].delta.tool_calls or [])]
    assert calls[0].id == "call_0" and calls[0].function is not None
    assert calls[0].function.name == "get_weather"
    args = "".join((tc.function.arguments or "") if tc.function else "" for tc in calls)
    assert args == TOOL_ARGUMENTS
    assert all(tc.index == 0 for tc in calls)
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"


async def test_mid_stream_error_raises_with_details(
    client: OpenRouter, server: tuple[MockOpenRouter, str]
) -> None:
    server[0].add_fault(
        Fault.mid_stream_error(
            after_chunks=3,
            code=502,
            message="Provider disconnected",
            metadata={"provider_name": "X"},
        )
    )
    received: list[ChatStreamChunk] = []
    stream = await client.chat.send_async(model="m", messages=MESSAGES, stream=True)
    with pytest.raises(errors.StreamError) as info:
        async with stream as events:
            async for chunk in events:
                received.append(chunk)  # noqa: PERF401 - keeps what came before the error
    assert len(received) == 3
    err = info.value
    assert err.code == 502 and err.error.message == "Provider disconnected"
    assert err.metadata == {"provider_name": "X"}
    assert isinstance(err, errors.ChatError)


async def test_truncated_stream_raises(
    client: OpenRouter, server: tuple[MockOpenRouter, str]
) -> None:
    server[0].add_fault(Fault.truncate(after_chunks=4))
    with pytest.raises(errors.StreamTruncatedError):
        await collect(client)


async def test_dropped_connection_raises(
    client: OpenRouter, server: tuple[MockOpenRouter, str]
) -> None:
    server[0].add_fault(Fault.drop_connection(after_chunks=4))
    with pytest.raises(errors.APIConnectionError):
        await collect(client)


async def test_error_status_before_the_stream_is_retried(
    client: OpenRouter, server: tuple[MockOpenRouter, str]
) -> None:
    server[0].add_fault(Fault.status(503, "warming up", retry_after=0))
    assert text_of(await collect(client)) == expected_text(PROMPT, 25)
    assert server[0].requests[("POST", "/chat/completions")] == 2


async def test_idle_timeout_is_typed(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    srv.chunk_delay = 1.0
    async with OpenRouter(api_key="k", server_url=url) as c:
        with pytest.raises(errors.APITimeoutError, match="idle"):
            await collect(c, timeout_ms=150)


async def test_early_exit_closes_the_connection(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    srv.chunk_delay = 0.02
    async with OpenRouter(api_key="k", server_url=url) as c:
        stream = await c.chat.send_async(model="m", messages=MESSAGES, stream=True)
        async with stream as events:
            async for _ in events:
                break
        await wait_for(lambda: srv.streams_cancelled == 1, timeout=3)
        assert srv.streams_completed == 0


async def test_a_loop_broken_off_and_resumed_misses_and_repeats_nothing(
    client: OpenRouter,
) -> None:
    """`async for` runs a generator per loop, its position kept on the stream: a second loop
    (or `anext`) goes on where the first stopped, across reads."""
    whole = await collect(client)
    stream = await client.chat.send_async(model="m", messages=MESSAGES, stream=True)
    got: list[ChatStreamChunk] = []
    async with stream as events:
        for size in (1, 3, 7):
            async for chunk in events:
                got.append(chunk)
                if len(got) % size == 0:
                    break
            got.append(await anext(events))
        got += [chunk async for chunk in events]
        assert [chunk async for chunk in events] == []

    def plain(chunks: list[ChatStreamChunk]) -> list[Any]:  # (the generation id differs)
        return [msgspec.to_builtins(c.choices) for c in chunks]

    assert len(got) == len(whole) > 12
    assert plain(got) == plain(whole)


async def test_finished_streams_reuse_one_connection(
    client: OpenRouter, server: tuple[MockOpenRouter, str]
) -> None:
    for _ in range(3):
        await collect(client)
    assert server[0].total_connections == 1


async def test_two_hundred_concurrent_streams(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    async with OpenRouter(api_key="k", server_url=url, max_connections=256) as c:

        async def one(i: int) -> str:
            stream = await c.chat.send_async(
                model="m", messages=[{"role": "user", "content": f"s{i} x"}], stream=True
            )
            async with stream as events:
                return "".join(
                    [ch.choices[0].delta.content or "" async for ch in events if ch.choices]
                )

        texts = await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(200))), 60)
    assert texts == [expected_text(f"s{i} x", 25) for i in range(200)]
    assert srv.streams_completed == 200


def test_sync_stream_equals_async_stream(threaded: MockOpenRouter) -> None:
    async def async_chunks() -> list[ChatStreamChunk]:
        async with OpenRouter(api_key="k", server_url=threaded.url) as c:
            return await collect(c)

    async_result = asyncio.run(async_chunks())
    with OpenRouter(api_key="k", server_url=threaded.url) as c:
        with c.chat.send(model="m", messages=MESSAGES, stream=True) as events:
            sync_result = list(events)

    def comparable(chunks: list[ChatStreamChunk]) -> bytes:  # ids and timestamps differ per call
        return msgspec.json.encode([(c.choices, c.usage, c.model) for c in chunks])

    assert comparable(sync_result) == comparable(async_result)
    assert text_of(sync_result) == expected_text(PROMPT, 25)


def test_sync_stream_crosses_the_portal_per_batch(
    threaded: MockOpenRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    real_call = Portal.call

    def counting_call(self: Portal, fn: Any, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real_call(self, fn, *args, **kwargs)

    monkeypatch.setattr(Portal, "call", counting_call)
    with OpenRouter(api_key="k", server_url=threaded.url) as c:
        with c.chat.send(
            model="m", messages=MESSAGES, stream=True, extra_headers={"X-Mock-Chunks": "2000"}
        ) as events:
            n = sum(1 for _ in events)
    assert n >= 2000
    assert calls < n / 20  # one portal crossing per received batch, not per chunk


def test_sync_early_exit_and_errors(threaded: MockOpenRouter) -> None:
    threaded.add_fault(Fault.mid_stream_error(after_chunks=2))
    with OpenRouter(api_key="k", server_url=threaded.url) as c:
        with pytest.raises(errors.StreamError, match="Provider disconnected"):
            with c.chat.send(model="m", messages=MESSAGES, stream=True) as events:
                for _ in events:
                    pass
        threaded.chunk_delay = 0.02
        with c.chat.send(model="m", messages=MESSAGES, stream=True) as events:
            next(iter(events))
    wait_for_sync(lambda: threaded.streams_cancelled == 1, timeout=3)


async def test_async_stream_rejects_sync_iteration_elsewhere(client: OpenRouter) -> None:
    stream = await client.chat.send_async(model="m", messages=MESSAGES, stream=True)
    async with stream:
        with pytest.raises(RuntimeError, match="iterate it with `async for`"):
            await asyncio.to_thread(lambda: next(iter(stream)))


async def test_accumulated_stream_equals_the_non_streamed_answer(client: OpenRouter) -> None:
    from openrouter_lite.accumulate import collect_async

    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    for extra in ({}, {"tools": tools, "reasoning": {"effort": "low"}}):
        whole = await client.chat.send_async(model="m", messages=MESSAGES, **extra)
        stream = await client.chat.send_async(model="m", messages=MESSAGES, stream=True, **extra)
        async with stream as chunks:
            built = await collect_async(chunks)
        assert built is not None
        got, want = built.choices[0], whole.choices[0]
        assert got.message.content == want.message.content
        assert got.message.reasoning == want.message.reasoning
        assert got.finish_reason == want.finish_reason
        assert msgspec.json.encode(got.message.tool_calls) == msgspec.json.encode(
            want.message.tool_calls
        )
        assert built.usage is not None and whole.usage is not None
        assert built.usage.total_tokens == whole.usage.total_tokens
