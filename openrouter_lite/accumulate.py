"""Assemble streamed chat chunks into the `ChatResponse` a non-streamed call would have returned.

```python
snapshot = None
async with await client.chat.send_async(..., stream=True) as chunks:
    async for chunk in chunks:
        snapshot = accumulate(snapshot, chunk)   # the message so far, at every step
print(snapshot.choices[0].message.content, snapshot.usage)
```
Content, reasoning and refusal are concatenated; tool calls are assembled by `index` (id and
name from their first fragment, argument fragments joined); reasoning details, images and
logprobs are collected; the finish reason, native finish reason and usage are the last ones seen.

`text_stream(chunks)` / `text_stream_async(chunks)` yield only the text deltas;
`final(chunks)` / `final_async(chunks)` read a stream to its end and return the whole response.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

from .errors import StreamTruncatedError
from .types.chat import (
    ChatAssistantMessage,
    ChatChoice,
    ChatResponse,
    ChatStreamChunk,
    ChatStreamDelta,
    ChatTokenLogprobs,
    ChatToolCall,
    ChatToolCallFunction,
)

__all__ = (
    "accumulate",
    "collect",
    "collect_async",
    "final",
    "final_async",
    "text_stream",
    "text_stream_async",
)


def _merge_delta(message: ChatAssistantMessage, delta: ChatStreamDelta) -> None:
    if delta.content:
        content = message.content if isinstance(message.content, str) else ""
        message.content = content + delta.content
    if delta.reasoning:
        message.reasoning = (message.reasoning or "") + delta.reasoning
    if delta.refusal:
        message.refusal = (message.refusal or "") + delta.refusal
    if delta.reasoning_details:
        message.reasoning_details = [*(message.reasoning_details or []), *delta.reasoning_details]
    if delta.images:
        message.images = [*(message.images or []), *delta.images]
    if delta.audio is not None:
        message.audio = delta.audio
    for fragment in delta.tool_calls or ():
        calls = message.tool_calls if message.tool_calls is not None else []
        message.tool_calls = calls
        while len(calls) <= fragment.index:
            calls.append(
                ChatToolCall(
                    id="", type="function", function=ChatToolCallFunction(name="", arguments="")
                )
            )
        call = calls[fragment.index]
        if fragment.id:
            call.id = fragment.id
        if fragment.type:
            call.type = fragment.type
        if fragment.function is not None:
            if fragment.function.name and not call.function.name:
                call.function.name = fragment.function.name
            if fragment.function.arguments:
                call.function.arguments += fragment.function.arguments


def _extend_logprobs(have: ChatTokenLogprobs | None, more: ChatTokenLogprobs) -> ChatTokenLogprobs:
    """Each chunk carries the logprobs of its own tokens: append them, never replace."""
    if have is None:
        have = ChatTokenLogprobs()
    if more.content:
        have.content = [*(have.content or []), *more.content]
    if more.refusal:
        have.refusal = [*(have.refusal or []), *more.refusal]
    return have


def accumulate(snapshot: ChatResponse | None, chunk: ChatStreamChunk) -> ChatResponse:
    """Fold one chunk into the snapshot (created from the first chunk) and return it."""
    if snapshot is None:
        snapshot = ChatResponse(
            id=chunk.id,
            choices=[],
            created=chunk.created,
            model=chunk.model,
            object="chat.completion",
            system_fingerprint=chunk.system_fingerprint,
        )
    for choice in chunk.choices:
        while len(snapshot.choices) <= choice.index:
            snapshot.choices.append(
                ChatChoice(
                    index=len(snapshot.choices), message=ChatAssistantMessage(role="assistant")
                )
            )
        target = snapshot.choices[choice.index]
        _merge_delta(target.message, choice.delta)
        if choice.finish_reason is not None:
            target.finish_reason = choice.finish_reason
        if choice.native_finish_reason is not None:
            target.native_finish_reason = choice.native_finish_reason
        if choice.logprobs is not None:
            target.logprobs = _extend_logprobs(target.logprobs, choice.logprobs)
    if chunk.usage is not None:
        snapshot.usage = chunk.usage
    if chunk.provider and not snapshot.provider:
        snapshot.provider = chunk.provider
    if chunk.system_fingerprint and not snapshot.system_fingerprint:
        snapshot.system_fingerprint = chunk.system_fingerprint
    return snapshot


def collect(chunks: Iterable[ChatStreamChunk]) -> ChatResponse | None:
    """The whole response of a sync stream (None if it had no chunks)."""
    snapshot = None
    for chunk in chunks:
        snapshot = accumulate(snapshot, chunk)
    return snapshot


async def collect_async(chunks: AsyncIterable[ChatStreamChunk]) -> ChatResponse | None:
    """The whole response of an async stream (None if it had no chunks)."""
    snapshot = None
    async for chunk in chunks:
        snapshot = accumulate(snapshot, chunk)
    return snapshot


def final(chunks: Iterable[ChatStreamChunk]) -> ChatResponse:
    """Read a sync chat stream to its end; the complete response (a stream error is raised)."""
    snapshot = collect(chunks)
    if snapshot is None:
        raise StreamTruncatedError("the stream ended without a single chunk")
    return snapshot


async def final_async(chunks: AsyncIterable[ChatStreamChunk]) -> ChatResponse:
    """Read an async chat stream to its end; the complete response."""
    snapshot = await collect_async(chunks)
    if snapshot is None:
        raise StreamTruncatedError("the stream ended without a single chunk")
    return snapshot


def text_stream(chunks: Iterable[ChatStreamChunk]) -> Iterator[str]:
    """Only the text: each non-empty content delta of the first choice."""
    for chunk in chunks:
        for choice in chunk.choices:
            if choice.index == 0 and choice.delta.content:
                yield choice.delta.content


async def text_stream_async(chunks: AsyncIterable[ChatStreamChunk]) -> AsyncIterator[str]:
    """Only the text of an async stream: each non-empty content delta of the first choice."""
    async for chunk in chunks:
        for choice in chunk.choices:
            if choice.index == 0 and choice.delta.content:
                yield choice.delta.content
