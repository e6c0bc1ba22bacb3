"""The embedded mock server, exercised over real sockets with a bare aiohttp session."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import os
import signal
import struct
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from openrouter_lite.testing import (
    REASONING_TOKENS,
    TOOL_ARGUMENTS,
    Fault,
    MockOpenRouter,
    expected_embedding,
    expected_text,
    mock_server,
    wait_for,
    wait_for_sync,
)

AUTH = {"Authorization": "Bearer sk-test"}
CHAT: dict[str, Any] = {
    "model": "openai/gpt-4o",
    "messages": [{"role": "user", "content": "Say hi to Paris"}],
}
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy from the env
TOOLS = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]


@pytest.fixture
async def mock() -> AsyncIterator[tuple[MockOpenRouter, str]]:
    srv = MockOpenRouter(chunks=5)
    async with srv.run() as url:
        yield srv, url


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(headers=AUTH) as s:
        yield s


def events(raw: bytes) -> list[bytes]:
    """Split an SSE body into its blocks (the mock never splits lines inside an event)."""
    return [block for block in raw.split(b"\n\n") if block]


def chunks_of(raw: bytes) -> list[dict[str, Any]]:
    blocks = events(raw)
    return [json.loads(b[6:]) for b in blocks if b.startswith(b"data: {")]


async def post(
    session: aiohttp.ClientSession, url: str, body: dict[str, Any], **kw: Any
) -> tuple[int, bytes]:
    async with session.post(url, json=body, **kw) as resp:
        return resp.status, await resp.read()


# -- chat --------------------------------------------------------------------------------------


async def test_chat_non_streaming_shape(mock: Any, session: aiohttp.ClientSession) -> None:
    srv, url = mock
    async with session.post(url + "/chat/completions", json=CHAT) as resp:
        assert resp.status == 200
        assert resp.content_type == "application/json"
        r = await resp.json()
    assert r["id"].startswith("gen-") and r["object"] == "chat.completion"
    assert r["model"] == "openai/gpt-4o" and r["provider"] == "MockProvider"
    assert r["system_fingerprint"] is None and isinstance(r["created"], int)
    (choice,) = r["choices"]
    assert choice["finish_reason"] == choice["native_finish_reason"] == "stop"
    assert choice["message"]["role"] == "assistant"
    assert choice["message"]["content"] == expected_text(CHAT, 5) == "Say hi to Paris Say"
    assert choice["message"]["reasoning"] is None
    usage = r["usage"]
    assert (usage["prompt_tokens"], usage["completion_tokens"], usage["total_tokens"]) == (4, 5, 9)
    assert usage["cost"] == 9 / 1_000_000 and usage["is_byok"] is False
    assert usage["prompt_tokens_details"] == {"cached_tokens": 0}
    assert usage["completion_tokens_details"] == {"reasoning_tokens": 0}
    assert srv.last_request.json == CHAT and srv.last_request.path == "/chat/completions"
    assert srv.last_request.headers["authorization"] == "Bearer sk-test"
    assert srv.requests["POST", "/chat/completions"] == 1

    _, raw = await post(session, url + "/chat/completions", {"messages": [{"role": "user"}]})
    r = json.loads(raw)
    assert (
        r["model"] == "openrouter/auto"
        and r["choices"][0]["message"]["content"] == "ok " * 4 + "ok"
    )


async def test_chat_stream_reassembles(mock: Any, session: aiohttp.ClientSession) -> None:
    srv, url = mock
    body = {**CHAT, "stream": True}
    async with session.post(url + "/chat/completions", json=body) as resp:
        assert resp.status == 200
        assert resp.headers["Content-Type"] == "text/event-stream"
        assert resp.headers["Cache-Control"] == "no-cache"
        raw = await resp.read()
    blocks = events(raw)
    assert blocks[0] == b": OPENROUTER PROCESSING" and blocks[-1] == b"data: [DONE]"
    chunks = chunks_of(raw)
    assert all(
        c["object"] == "chat.completion.chunk" and c["id"] == chunks[0]["id"] for c in chunks
    )
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == expected_text(CHAT, 5)
    assert len(chunks) == 5 + 2  # content, finish, usage
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["cost"] == 9 / 1_000_000
    assert srv.streams_started == srv.streams_completed == 1

    async with session.post(
        url + "/chat/completions", json=body, headers={"X-Mock-Chunks": "300"}
    ) as resp:
        chunks = chunks_of(await resp.read())
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == expected_text("Say hi to Paris", 300) and len(chunks) == 302


async def test_reasoning(mock: Any, session: aiohttp.ClientSession) -> None:
    _, url = mock
    body = {**CHAT, "model": "mock/thinking-model"}
    _, raw = await post(session, url + "/chat/completions", body)
    r = json.loads(raw)
    assert r["choices"][0]["message"]["reasoning"] == "".join(REASONING_TOKENS)
    assert r["usage"]["completion_tokens_details"]["reasoning_tokens"] == len(REASONING_TOKENS)
    _, raw = await post(
        session, url + "/chat/completions", {**CHAT, "stream": True, "reasoning": {"effort": "low"}}
    )
    deltas = [c["choices"][0]["delta"] for c in chunks_of(raw) if c["choices"]]
    assert "".join(d.get("reasoning") or "" for d in deltas) == "".join(REASONING_TOKENS)
    assert "".join(d.get("content") or "" for d in deltas) == expected_text(CHAT, 5)


async def test_tool_call_flow(mock: Any, session: aiohttp.ClientSession) -> None:
    _, url = mock
    body = {**CHAT, "tools": TOOLS}
    _, raw = await post(session, url + "/chat/completions", body)
    choice = json.loads(raw)["choices"][0]
    assert choice["finish_reason"] == "tool_calls" and choice["message"]["content"] is None
    call = choice["message"]["tool_calls"][0]
    assert call == {
        "id": "call_0",
        "type": "function",
        "function": {"name": "get_weather", "arguments": TOOL_ARGUMENTS},
    }

    _, raw = await post(session, url + "/chat/completions", {**body, "stream": True})
    chunks = chunks_of(raw)
    calls = [
        tc for c in chunks if c["choices"] for tc in c["choices"][0]["delta"].get("tool_calls", [])
    ]
    assert calls[0]["id"] == "call_0" and calls[0]["function"]["name"] == "get_weather"
    assert "".join(tc["function"]["arguments"] for tc in calls) == TOOL_ARGUMENTS
    assert {tc["index"] for tc in calls} == {0}
    assert chunks[-2]["choices"][0]["finish_reason"] == "tool_calls"

    follow_up = body["messages"] + [
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_0", "content": "Sunny, 22C"},
    ]
    _, raw = await post(session, url + "/chat/completions", {**body, "messages": follow_up})
    choice = json.loads(raw)["choices"][0]
    assert choice["finish_reason"] == "stop"
    assert choice["message"]["content"] == expected_text("Sunny, 22C", 5)
    assert "Sunny, 22C" in choice["message"]["content"]


# -- embeddings and models ---------------------------------------------------------------------


async def test_embeddings_float_and_base64_agree(mock: Any, session: aiohttp.ClientSession) -> None:
    srv, url = mock
    body = {"model": "openai/text-embedding-3-small", "input": ["hello world", "bye"]}
    _, raw = await post(session, url + "/embeddings", body)
    r = json.loads(raw)
    assert r["object"] == "list" and r["model"] == body["model"] and r["id"].startswith("embd-")
    assert r["usage"] == {"prompt_tokens": 3, "total_tokens": 3, "cost": 3 / 1_000_000}
    assert [d["index"] for d in r["data"]] == [0, 1]
    assert r["data"][0]["embedding"] == expected_embedding("hello world", 1536)
    assert all(-1 <= v < 1 for v in r["data"][1]["embedding"])

    _, raw = await post(session, url + "/embeddings", {**body, "encoding_format": "base64"})
    for item, text in zip(json.loads(raw)["data"], body["input"], strict=True):
        packed = base64.b64decode(item["embedding"])
        assert list(struct.unpack("<1536f", packed)) == expected_embedding(text, 1536)

    _, raw = await post(session, url + "/embeddings", {"input": "one", "dimensions": 8})
    (item,) = json.loads(raw)["data"]
    assert item["embedding"] == expected_embedding("one", 8) and len(item["embedding"]) == 8
    srv.embedding_dim = 4
    _, raw = await post(session, url + "/embeddings", {"input": [[1, 2], [3]]})
    data = json.loads(raw)["data"]
    assert [d["embedding"] for d in data] == [
        expected_embedding("1 2", 4),
        expected_embedding("3", 4),
    ]


async def test_models_list_and_count(session: aiohttp.ClientSession) -> None:
    srv = MockOpenRouter(models=300)
    async with srv.run() as url:
        async with session.get(url + "/models") as resp:
            r = await resp.json()
        async with session.get(url + "/models/count") as resp:
            assert await resp.json() == {"data": {"count": 300}}
        async with session.get(url + "/embeddings/models") as resp:
            emb = await resp.json()
    assert len(r["data"]) == r["total_count"] == 300 and r["links"] == {"next": None}
    model = r["data"][0]
    required = {"id", "canonical_slug", "name", "created", "pricing", "context_length"}
    required |= {"architecture", "top_provider", "per_request_limits", "supported_parameters"}
    required |= {"default_parameters", "supported_voices", "links", "description"}
    assert required <= model.keys() and model["per_request_limits"] is None
    assert isinstance(model["pricing"]["prompt"], str)
    assert model["architecture"]["output_modalities"] == ["text"]
    assert emb["data"][0]["architecture"]["output_modalities"] == ["embeddings"]
    assert len({m["id"] for m in r["data"]}) == 300


# -- auth and validation -----------------------------------------------------------------------


async def test_auth_and_model_validation(session: aiohttp.ClientSession) -> None:
    srv = MockOpenRouter(api_key="sk-test", known_models={"openai/gpt-4o"})
    async with srv.run() as url, aiohttp.ClientSession() as bare:
        status, raw = await post(bare, url + "/chat/completions", CHAT)
        assert status == 401
        assert json.loads(raw) == {
            "error": {"code": 401, "message": "Missing Authentication header"}
        }
        headers = {"Authorization": "Bearer nope"}
        status, raw = await post(bare, url + "/embeddings", {"input": "x"}, headers=headers)
        assert status == 401
        assert json.loads(raw)["error"]["message"] == "Invalid API key"
        status, raw = await post(session, url + "/chat/completions", {**CHAT, "model": "x/y"})
        assert status == 400
        assert json.loads(raw) == {"error": {"code": 400, "message": "x/y is not a valid model ID"}}
        status, _ = await post(session, url + "/chat/completions", CHAT)
        assert status == 200


async def test_model_listings_need_no_key_as_on_the_real_api() -> None:
    srv = MockOpenRouter(api_key="sk-test", known_models={"b/two", "a/one"})
    async with srv.run() as url, aiohttp.ClientSession() as bare:
        for path in ("/models", "/embeddings/models"):
            async with bare.get(url + path) as resp:
                assert resp.status == 200, path
                assert [m["id"] for m in (await resp.json())["data"]] == ["a/one", "b/two"]
        async with bare.get(url + "/models/count") as resp:
            assert await resp.json() == {"data": {"count": 2}}
        async with bare.get(url + "/models/count", headers={"Authorization": "Bearer x"}) as r:
            assert r.status == 200


# -- faults ------------------------------------------------------------------------------------


async def test_random_faults_follow_the_rate_and_seed(session: aiohttp.ClientSession) -> None:
    async def run(rate: float, fault: Fault | None = None) -> list[int]:
        srv = MockOpenRouter(chunks=1, fault_rate=rate, random_fault=fault, seed=7)
        out = []
        async with srv.run() as url:
            for _ in range(40):
                status, _ = await post(session, url + "/chat/completions", CHAT)
                out.append(status)
        return out

    assert set(await run(0.0)) == {200}
    assert set(await run(1.0)) == {503}
    half = await run(0.5)
    assert set(half) == {200, 503} and half == await run(0.5)  # same seed, same draws
    only_embed = await run(1.0, Fault.status(429, path="/embeddings"))
    assert set(only_embed) == {200}
    with pytest.raises(ValueError, match="fault_rate"):
        MockOpenRouter(fault_rate=1.5)


async def test_latency_delays_every_answer(session: aiohttp.ClientSession) -> None:
    srv = MockOpenRouter(chunks=1, latency=0.05)
    async with srv.run() as url:
        started = asyncio.get_running_loop().time()
        for _ in range(2):
            status, _ = await post(session, url + "/chat/completions", CHAT)
            assert status == 200
    # a lower bound only (sleeps never end early): it fails if the knob is ignored, never by load
    assert asyncio.get_running_loop().time() - started >= 0.1


async def test_fault_status_with_retry_after(mock: Any, session: aiohttp.ClientSession) -> None:
    srv, url = mock
    srv.add_fault(Fault.status(429, "Rate limit exceeded", retry_after=2, retry_after_ms=2000))
    srv.add_fault(Fault.status(503, metadata={"provider_name": "X"}, path="/embeddings"))
    async with session.post(url + "/chat/completions", json=CHAT) as resp:
        assert resp.status == 429
        assert resp.headers["Retry-After"] == "2" and resp.headers["retry-after-ms"] == "2000"
        assert await resp.json() == {"error": {"code": 429, "message": "Rate limit exceeded"}}
    status, _ = await post(session, url + "/chat/completions", CHAT)
    assert status == 200  # the 503 waits for its path
    status, raw = await post(session, url + "/embeddings", {"input": "x"})
    assert status == 503
    assert json.loads(raw)["error"] == {
        "code": 503,
        "message": "Service Unavailable",
        "metadata": {"provider_name": "X"},
    }
    assert srv.faults == [] and srv.requests["POST", "/chat/completions"] == 2


async def test_fault_html_body(mock: Any, session: aiohttp.ClientSession) -> None:
    srv, url = mock
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    srv.add_fault(Fault.status(502, body=html))
    async with session.post(url + "/chat/completions", json={**CHAT, "stream": True}) as resp:
        assert resp.status == 502 and resp.content_type == "text/html"
        assert await resp.text() == html


async def test_fault_mid_stream_error(mock: Any, session: aiohttp.ClientSession) -> None:
    srv, url = mock
    srv.add_fault(Fault.mid_stream_error(after_chunks=2, metadata={"provider_name": "P"}))
    status, raw = await post(session, url + "/chat/completions", {**CHAT, "stream": True})
    assert status == 200 and b"[DONE]" not in raw
    chunks = chunks_of(raw)
    assert len(chunks) == 3
    last = chunks[-1]
    assert last["error"] == {
        "code": 502,
        "message": "Provider disconnected",
        "metadata": {"provider_name": "P"},
    }
    assert last["choices"][0]["finish_reason"] == "error"
    assert last["choices"][0]["native_finish_reason"] == "error"

    srv.add_fault(Fault.mid_stream_error())
    status, raw = await post(session, url + "/chat/completions", CHAT)
    r = json.loads(raw)
    assert status == 200 and r["error"]["code"] == 502
    assert r["choices"][0]["finish_reason"] == "error"


async def test_fault_drop_connection(
    mock: Any, session: aiohttp.ClientSession, caplog: pytest.LogCaptureFixture
) -> None:
    srv, url = mock
    caplog.set_level(logging.DEBUG, logger="aiohttp")
    srv.add_fault(Fault.drop_connection(after_chunks=2))
    received = b""
    async with session.post(url + "/chat/completions", json={**CHAT, "stream": True}) as resp:
        assert resp.status == 200
        with pytest.raises(aiohttp.ClientPayloadError):
            async for data in resp.content.iter_any():
                received += data
    assert len(chunks_of(received)) == 2 and b"[DONE]" not in received

    srv.add_fault(Fault.drop_connection())
    with pytest.raises(aiohttp.ServerDisconnectedError):
        await post(session, url + "/chat/completions", CHAT)
    status, _ = await post(session, url + "/chat/completions", CHAT)
    assert status == 200
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_fault_truncate(mock: Any, session: aiohttp.ClientSession) -> None:
    srv, url = mock
    srv.add_fault(Fault.truncate(after_chunks=3))
    status, raw = await post(session, url + "/chat/completions", {**CHAT, "stream": True})
    assert status == 200 and b"[DONE]" not in raw
    chunks = chunks_of(raw)
    assert len(chunks) == 3 and all(c["choices"][0]["finish_reason"] is None for c in chunks)
    assert srv.streams_completed == 1

    srv.add_fault(Fault.truncate())
    status, raw = await post(session, url + "/chat/completions", CHAT)
    assert status == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw)


async def test_fault_delay(mock: Any, session: aiohttp.ClientSession) -> None:
    srv, url = mock
    srv.add_fault(Fault.delay(0.5))
    with pytest.raises(asyncio.TimeoutError):
        await post(session, url + "/chat/completions", CHAT, timeout=aiohttp.ClientTimeout(0.05))
    srv.add_fault(Fault.delay(0.05))
    loop = asyncio.get_running_loop()
    start = loop.time()
    status, _ = await post(session, url + "/chat/completions", CHAT)
    assert status == 200 and loop.time() - start >= 0.04


# -- lifecycle and observability ---------------------------------------------------------------


async def test_stream_cancel_is_counted(session: aiohttp.ClientSession) -> None:
    srv = MockOpenRouter(chunks=200, chunk_delay=0.01)
    async with srv.run() as url:
        async with session.post(url + "/chat/completions", json={**CHAT, "stream": True}) as resp:
            first = await resp.content.readuntil(b"\n\n")
            assert first == b": OPENROUTER PROCESSING\n\n"
            resp.close()  # the client walks away mid-stream
        await wait_for(lambda: srv.streams_cancelled == 1)
        await wait_for(lambda: srv.open_connections == 0)
        assert srv.streams_started == 1 and srv.streams_completed == 0


async def test_chunk_delay_stream_completes(session: aiohttp.ClientSession) -> None:
    srv = MockOpenRouter(chunks=3, chunk_delay=0.001)
    async with srv.run() as url:
        status, raw = await post(session, url + "/chat/completions", {**CHAT, "stream": True})
    assert status == 200 and events(raw)[-1] == b"data: [DONE]"
    text = "".join(
        c["choices"][0]["delta"].get("content") or "" for c in chunks_of(raw) if c["choices"]
    )
    assert text == expected_text(CHAT, 3) and srv.streams_completed == 1


async def test_connections_are_tracked(mock: Any) -> None:
    srv, url = mock
    async with aiohttp.ClientSession(headers=AUTH) as s:
        for _ in range(5):
            async with s.get(url + "/models/count") as resp:
                await resp.read()
        assert srv.total_connections == 1 and srv.open_connections == 1
    await wait_for(lambda: srv.open_connections == 0)
    assert srv.total_connections == 1


async def test_run_yields_url_and_stops() -> None:
    srv = MockOpenRouter()
    async with srv.run() as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/api/v1") and srv.url == url
    async with aiohttp.ClientSession() as s:
        with pytest.raises(aiohttp.ClientConnectionError):
            await s.get(url + "/models")


def test_run_in_thread_from_sync_code() -> None:
    with mock_server(chunks=3) as srv:
        request = urllib.request.Request(
            srv.url + "/chat/completions",
            data=json.dumps({**CHAT, "stream": True}).encode(),
            headers={**AUTH, "Content-Type": "application/json"},
        )
        with DIRECT.open(request, timeout=5) as resp:
            raw = resp.read()
        text = "".join(
            c["choices"][0]["delta"].get("content") or "" for c in chunks_of(raw) if c["choices"]
        )
        assert text == expected_text(CHAT, 3)
        wait_for_sync(lambda: srv.streams_completed == 1)
        with pytest.raises(urllib.error.HTTPError) as info:
            DIRECT.open(srv.url + "/embeddings", b'{"input": "x"}', timeout=5)
        assert info.value.code == 401
        info.value.close()


def test_expected_helpers_are_pure() -> None:
    assert expected_text("a b", 3) == "a b a" and expected_text("", 2) == "ok ok"
    assert expected_text({"messages": [{"content": [{"type": "text", "text": "x"}]}]}, 2) == "x x"
    assert expected_text("a", 0) == ""
    vec = expected_embedding("a", 16)
    assert vec == expected_embedding("a", 16) != expected_embedding("b", 16)
    assert list(struct.unpack("<16f", struct.pack("<16f", *vec))) == vec


def test_serve_runs_until_interrupted() -> None:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    code = "from openrouter_lite.testing import serve; serve(port=0, chunks=2)"
    env = {**os.environ, "PYTHONPATH": root}
    with subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    ) as proc:
        assert proc.stdout is not None
        try:
            url = proc.stdout.readline().split()[-1]
            request = urllib.request.Request(
                url + "/chat/completions",
                data=json.dumps(CHAT).encode(),
                headers={**AUTH, "Content-Type": "application/json"},
            )
            with DIRECT.open(request, timeout=5) as resp:
                reply = json.loads(resp.read())
            assert reply["choices"][0]["message"]["content"] == expected_text(CHAT, 2)
        finally:
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=5) == 0
