"""The client over a real socket against the embedded server: chat and embeddings, sync and async,
high concurrency through one client, connections released."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from openrouter_lite import BackoffStrategy, OpenRouter, RetryConfig, errors
from openrouter_lite.testing import (
    TOOL_ARGUMENTS,
    Fault,
    MockOpenRouter,
    expected_embedding,
    expected_text,
    mock_server,
    wait_for,
)

FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.0, 5_000), True)
PROMPT = [{"role": "user", "content": "the quick brown fox"}]


@pytest.fixture
async def server() -> AsyncIterator[tuple[MockOpenRouter, str]]:
    srv = MockOpenRouter(chunks=7)
    async with srv.run() as url:
        yield srv, url


@pytest.fixture
def threaded_server() -> Iterator[MockOpenRouter]:
    with mock_server(chunks=7) as srv:
        yield srv


async def test_async_chat(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    async with OpenRouter(api_key="k", server_url=url) as client:
        r = await client.chat.send_async(model="openai/gpt-4o", messages=PROMPT)
    assert r.choices[0].message.content == expected_text(PROMPT[0]["content"], 7)
    assert r.choices[0].finish_reason == "stop"
    assert r.usage is not None and r.usage.cost is not None and r.usage.cost > 0
    assert r.model == "openai/gpt-4o"
    assert srv.last_request is not None
    assert srv.last_request.headers["Authorization"] == "Bearer k"


def test_sync_chat_and_embeddings(threaded_server: MockOpenRouter) -> None:
    with OpenRouter(api_key="k", server_url=threaded_server.url) as client:
        r = client.chat.send(model="m", messages=PROMPT)
        e = client.embeddings.generate(input=["a", "b"], model="e", dimensions=64)
    assert r.choices[0].message.content == expected_text("the quick brown fox", 7)
    assert [d.embedding for d in e.data] == [
        expected_embedding("a", 64),
        expected_embedding("b", 64),
    ]


async def test_embeddings_float_and_base64(server: tuple[MockOpenRouter, str]) -> None:
    _, url = server
    async with OpenRouter(api_key="k", server_url=url) as client:
        f = await client.embeddings.generate_async(input="hello", model="e")
        b = await client.embeddings.generate_async(
            input="hello", model="e", encoding_format="base64"
        )
    assert f.data[0].embedding == expected_embedding("hello", 1536)
    assert b.data[0].embedding == f.data[0].embedding


async def test_tool_calling_round_trip_sends_no_nulls(server: tuple[MockOpenRouter, str]) -> None:
    """Seed 002's tool-calling example: the response message goes back into `messages`."""
    srv, url = server
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    messages: list[Any] = [{"role": "user", "content": "What's the weather like in Paris?"}]
    async with OpenRouter(api_key="k", server_url=url) as client:
        r = await client.chat.send_async(model="m", messages=messages, tools=tools)
        call = r.choices[0].message.tool_calls[0]  # type: ignore[index]
        assert call.function.name == "get_weather"
        assert json.loads(call.function.arguments) == json.loads(TOOL_ARGUMENTS)
        messages.append(r.choices[0].message)
        messages.append({"role": "tool", "tool_call_id": call.id, "content": "22C sunny"})
        final = await client.chat.send_async(model="m", messages=messages, tools=tools)
    assert final.choices[0].message.content
    assert srv.last_request is not None
    sent = srv.last_request.json
    assert sent["messages"][1] == {
        "role": "assistant",
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": "get_weather", "arguments": TOOL_ARGUMENTS},
            }
        ],
    } or "null" not in json.dumps(sent["messages"][1])


async def test_thousand_concurrent_requests_one_client(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    async with OpenRouter(api_key="k", server_url=url, max_connections=64) as client:
        results = await asyncio.wait_for(
            asyncio.gather(
                *(
                    client.chat.send_async(
                        model="m", messages=[{"role": "user", "content": f"n{i}"}]
                    )
                    for i in range(1000)
                )
            ),
            timeout=60,
        )
        assert [r.choices[0].message.content for r in results] == [
            expected_text(f"n{i}", 7) for i in range(1000)
        ]
        assert srv.total_connections <= 64  # the pool was reused, never a socket per request
        assert srv.open_connections <= 64
    await wait_for(lambda: srv.open_connections == 0, timeout=5)  # closing released them all


async def test_error_response_is_released_before_the_retry(
    server: tuple[MockOpenRouter, str],
) -> None:
    srv, url = server
    srv.add_fault(Fault.status(503, "busy", retry_after=0))
    srv.add_fault(Fault.status(429, "slow", retry_after_ms=1))
    async with OpenRouter(api_key="k", server_url=url, retry_config=FAST) as client:
        r = await client.chat.send_async(model="m", messages=PROMPT)
        assert r.choices[0].message.content
        assert srv.requests[("POST", "/chat/completions")] == 3
        assert srv.total_connections == 1  # both error responses were read and released


async def test_html_502_from_a_proxy(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    srv.add_fault(Fault.status(502, body="<html><h1>502 Bad Gateway</h1></html>"))
    async with OpenRouter(api_key="k", server_url=url, retry_config=RetryConfig("none")) as c:
        with pytest.raises(errors.BadGatewayResponseError, match="502 Bad Gateway"):
            await c.chat.send_async(model="m", messages=PROMPT)


async def test_unknown_model_is_a_bad_request(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    srv.known_models = {"openai/gpt-4o"}
    async with OpenRouter(api_key="k", server_url=url) as c:
        with pytest.raises(errors.BadRequestResponseError, match="not a valid model"):
            await c.chat.send_async(model="nope/nope", messages=PROMPT)


async def test_timeout_is_typed(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    srv.add_fault(Fault.delay(2.0))
    async with OpenRouter(api_key="k", server_url=url) as c:
        with pytest.raises(errors.APITimeoutError):
            await c.chat.send_async(model="m", messages=PROMPT, timeout_ms=200)


async def test_connection_refused_is_typed() -> None:
    async with OpenRouter(
        api_key="k", server_url="http://127.0.0.1:9/api/v1", retry_config=RetryConfig("none")
    ) as c:
        with pytest.raises(errors.APIConnectionError, match="could not connect"):
            await c.chat.send_async(model="m", messages=PROMPT)


async def test_cancellation_releases_the_connection(server: tuple[MockOpenRouter, str]) -> None:
    """With a pool of one, a leaked connection would make the next request wait forever."""
    srv, url = server
    srv.add_fault(Fault.delay(5.0))
    async with OpenRouter(api_key="k", server_url=url, max_connections=1) as c:
        task = asyncio.create_task(c.chat.send_async(model="m", messages=PROMPT))
        await wait_for(lambda: srv.open_connections == 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # On a loaded machine the cancel can land before the server read the request: the delay
        # would then still be queued for the next one.
        srv.faults.clear()
        r = await asyncio.wait_for(c.chat.send_async(model="m", messages=PROMPT), 3)
        assert r.choices[0].message.content
        assert srv.total_connections == 2  # the cancelled socket was closed, not pooled


def test_sync_client_without_context_manager(threaded_server: MockOpenRouter) -> None:
    client = OpenRouter(api_key="k", server_url=threaded_server.url)
    assert client.chat.send(model="m", messages=PROMPT).choices[0].message.content
    assert client._portal.running
    client.close()
    assert not client._portal.running
    assert client._transport.closed


async def test_a_post_whose_body_broke_off_is_not_resent() -> None:
    """The answer had started (status 200): sending the POST again could bill it twice."""
    from aiohttp import web

    calls = 0

    async def half_answer(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        await request.read()
        resp = web.StreamResponse(headers={"Content-Type": "application/json"})
        resp.content_length = 1000
        await resp.prepare(request)
        await resp.write(b'{"id": "gen-1", "choi')
        assert request.transport is not None
        request.transport.close()
        return resp

    app = web.Application()
    app.router.add_post("/api/v1/chat/completions", half_answer)
    app.router.add_get("/api/v1/embeddings/models", half_answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with OpenRouter(
            api_key="k", server_url=f"http://127.0.0.1:{port}/api/v1", retry_config=FAST
        ) as c:
            with pytest.raises(errors.APIConnectionError, match="broke off"):
                await c.chat.send_async(model="m", messages=PROMPT)
            assert calls == 1
            with pytest.raises(errors.APIConnectionError, match="broke off"):
                await c.embeddings.list_models_async()  # a GET may be tried again
            assert calls == 1 + 3
    finally:
        await runner.cleanup()
