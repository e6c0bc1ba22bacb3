"""Assemble streamed chat chunks into the `ChatResponse` a non-streamed call would have returned.

```python
snapshot = None
async with await client.chat.send_async(..., stream=True) as chunks:
    async for chunk in chunks:
        snapshot = accumulate(snapshot, chunk)   # the message so far, at every step
print(snapshot.choices[0].message.content, snapshot.usage)
```
Content, reasoning and refusal are concatenated; tool calls are assembled by `index` (id and
name from their first fragment, argument fragments joined); reasoning details and images are
collected; the finish reason and usage are the last ones seen.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable

from .types.chat import (
    ChatAssistantMessage,
    ChatChoice,
    ChatResponse,
    ChatStreamChunk,
    ChatStreamDelta,
    ChatToolCall,
    ChatToolCallFunction,
)

__all__ = ("accumulate", "collect", "collect_async")


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
            if fragment.function.name:
                call.function.name += fragment.function.name
            if fragment.function.arguments:
                call.function.arguments += fragment.function.arguments


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
        if choice.logprobs is not None:
            target.logprobs = choice.logprobs
    if chunk.usage is not None:
        snapshot.usage = chunk.usage
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
