"""The pure chat-stream accumulator and the stream helpers built on it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import msgspec
import pytest

from openrouter_lite import OpenRouter, errors
from openrouter_lite.accumulate import (
    accumulate,
    collect,
    final,
    final_async,
    text_stream,
    text_stream_async,
)
from openrouter_lite.testing import MockOpenRouter, expected_text
from openrouter_lite.types.chat import ChatResponse, ChatStreamChunk


def chunk(*choices: dict[str, Any], **extra: Any) -> ChatStreamChunk:
    raw = {"id": "gen-1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    return msgspec.convert({**raw, "choices": list(choices), **extra}, ChatStreamChunk)


def logprob(token: str) -> dict[str, Any]:
    return {"token": token, "logprob": -0.5, "top_logprobs": []}


def test_logprobs_are_extended_not_replaced() -> None:
    chunks = [
        chunk({"index": 0, "delta": {"content": "a"}, "logprobs": {"content": [logprob("a")]}}),
        chunk({"index": 0, "delta": {"content": "b"}, "logprobs": {"content": [logprob("b")]}}),
        chunk({"index": 0, "delta": {}, "logprobs": {"refusal": [logprob("no")]}}),
    ]
    result = collect(chunks)
    assert result is not None
    lp = result.choices[0].logprobs
    assert lp is not None and lp.content is not None and lp.refusal is not None
    assert [t.token for t in lp.content] == ["a", "b"]
    assert [t.token for t in lp.refusal] == ["no"]
    # the chunks themselves are left as they were
    first = chunks[0].choices[0].logprobs
    assert first is not None and first.content is not None and len(first.content) == 1


def test_finish_reasons_usage_provider_and_parallel_tool_calls() -> None:
    def call(index: int, **fields: Any) -> dict[str, Any]:
        return {"index": 0, "delta": {"tool_calls": [{"index": index, **fields}]}}

    usage = {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7, "cost": 0.5}
    chunks = [
        chunk(call(0, id="c0", type="function", function={"name": "f", "arguments": ""})),
        chunk(call(1, id="c1", type="function", function={"name": "g", "arguments": '{"x"'})),
        chunk(call(0, function={"name": "f", "arguments": '{"a": 1}'})),  # name repeated
        chunk(call(1, function={"arguments": ": 2}"})),
        chunk(
            {
                "index": 0,
                "delta": {},
                "finish_reason": "tool_calls",
                "native_finish_reason": "TOOL_USE",
            },
            provider="P",
        ),
        chunk(usage=usage),
    ]
    snapshot: ChatResponse | None = None
    for c in chunks:
        snapshot = accumulate(snapshot, c)
    assert snapshot is not None
    choice = snapshot.choices[0]
    calls = choice.message.tool_calls
    assert calls is not None
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("c0", "f", '{"a": 1}'),
        ("c1", "g", '{"x": 2}'),
    ]
    assert choice.finish_reason == "tool_calls" and choice.native_finish_reason == "TOOL_USE"
    assert snapshot.provider == "P"
    assert snapshot.usage is not None and snapshot.usage.total_tokens == 7


def test_text_stream_and_final_on_plain_iterables() -> None:
    chunks = [
        chunk({"index": 0, "delta": {"role": "assistant", "content": "Hel"}}),
        chunk({"index": 0, "delta": {"reasoning": "hmm"}}),
        chunk({"index": 1, "delta": {"content": "other choice"}}),
        chunk({"index": 0, "delta": {"content": "lo"}, "finish_reason": "stop"}),
    ]
    assert list(text_stream(chunks)) == ["Hel", "lo"]
    result = final(chunks)
    assert result.choices[0].message.content == "Hello"
    assert result.choices[0].message.reasoning == "hmm"
    assert result.choices[1].message.content == "other choice"
    with pytest.raises(errors.StreamTruncatedError):
        final([])


@pytest.fixture
async def client() -> AsyncIterator[OpenRouter]:
    async with MockOpenRouter(chunks=6).run() as url, OpenRouter(api_key="k", server_url=url) as c:
        yield c


MESSAGES = [{"role": "user", "content": "stream these words"}]


async def test_helpers_over_a_real_stream(client: OpenRouter) -> None:
    async with await client.chat.send_async(model="m", messages=MESSAGES, stream=True) as s:
        text = "".join([t async for t in text_stream_async(s)])
    assert text == expected_text("stream these words", 6)
    whole = await client.chat.send_async(model="m", messages=MESSAGES, reasoning={})
    async with await client.chat.send_async(
        model="m", messages=MESSAGES, stream=True, reasoning={}
    ) as s:
        built = await final_async(s)
    got, want = built.choices[0], whole.choices[0]
    assert got.message.content == want.message.content
    assert got.message.reasoning == want.message.reasoning
    assert got.finish_reason == want.finish_reason == "stop"
    assert got.native_finish_reason == want.native_finish_reason
    assert built.usage == whole.usage and built.provider == whole.provider
