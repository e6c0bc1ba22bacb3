"""Micro-benchmarks of the hot paths, in-process, seconds in all: ``python -m bench.micro``.

Each line is the best of a few ``timeit`` runs, in ns per operation (lower is better), so the
effect of a change shows at once. ``python -m bench.micro chunk`` runs the ones whose name
contains "chunk".
"""

from __future__ import annotations

import sys
import timeit
from collections.abc import Callable

from .micro_sse import chat_stream, pieces

Bench = Callable[[], tuple[Callable[[], object], int]]  # () -> (one call, operations per call)

CHUNK = (
    b'{"id":"gen-1732000000-AbCdEfGhIjKlMnOpQrSt","object":"chat.completion.chunk",'
    b'"created":1732000000,"model":"openai/gpt-4o","provider":"OpenAI",'
    b'"choices":[{"index":0,"delta":{"role":"assistant","content":" token"},'
    b'"finish_reason":null,"native_finish_reason":null,"logprobs":null}],'
    b'"system_fingerprint":"fp_0123456789"}'
)
RESULT = (
    b'{"id":"gen-1732000000-AbCdEfGhIjKlMnOpQrSt","object":"chat.completion",'
    b'"created":1732000000,"model":"openai/gpt-4o","provider":"OpenAI","system_fingerprint":null,'
    b'"choices":[{"index":0,"logprobs":null,"finish_reason":"stop","native_finish_reason":"stop",'
    b'"message":{"role":"assistant","content":"' + b"Hello there, sailor. " * 20 + b'",'
    b'"refusal":null,"reasoning":null}}],"usage":{"prompt_tokens":12,"completion_tokens":100,'
    b'"total_tokens":112,"cost":0.000112,"is_byok":false,"prompt_tokens_details":'
    b'{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}}'
)
MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Tell me a story about the sea."},
]


def sse_small_events() -> tuple[Callable[[], object], int]:
    """SSE parser: a 5,000-event chat stream fed in 4 KiB pieces (per event)."""
    from openrouter_lite.sse import SSEParser

    feeds = pieces(b"".join(chat_stream(5000)))

    def run() -> int:
        parser = SSEParser()
        n = sum(len(parser.feed(f)) for f in feeds)
        return n + len(parser.close())

    return run, 5001


def sse_large_event() -> tuple[Callable[[], object], int]:
    """SSE parser: one 4 MiB event fed in 4 KiB pieces (per 4 KiB piece)."""
    from openrouter_lite.sse import SSEParser

    feeds = pieces(b"data: " + b"A" * (4 << 20) + b"\n\n")

    def run() -> int:
        parser = SSEParser(max_buffer_bytes=8 << 20)
        return sum(len(parser.feed(f)) for f in feeds)

    return run, len(feeds)


def chunk_decode() -> tuple[Callable[[], object], int]:
    """msgspec Decoder(ChatStreamChunk) on one realistic chunk."""
    from openrouter_lite._codec import decoder
    from openrouter_lite.types.chat import ChatStreamChunk

    decode = decoder(ChatStreamChunk).decode
    return (lambda: decode(CHUNK)), 1


def chunk_event_decode() -> tuple[Callable[[], object], int]:
    """The stream's per-event path: ``decode_chat_chunk(ServerSentEvent)`` (str data, checks)."""
    from openrouter_lite.resources.chat import decode_chat_chunk
    from openrouter_lite.sse import ServerSentEvent

    event = ServerSentEvent("message", CHUNK.decode(), None, None)
    return (lambda: decode_chat_chunk(event)), 1


class _Replay:
    """A transport `Response` stand-in that replays recorded reads: the stream's own cost."""

    def __init__(self, reads: list[bytes]) -> None:
        self._reads = iter(reads)

    async def readany(self) -> bytes:
        return next(self._reads, b"")

    def end_received(self) -> bool:
        return True

    def release(self) -> None:
        pass

    def close(self) -> None:
        pass


def stream_iterate() -> tuple[Callable[[], object], int]:
    """A chat `Stream` end to end, minus the socket: 5,000 chunks in 64 KiB reads, parsed,
    decoded and handed to `async for` (per chunk)."""
    import asyncio

    from openrouter_lite._streaming import Stream
    from openrouter_lite.resources import chat

    reads = pieces(b"".join(chat_stream(5000)), 65536)
    loop = asyncio.new_event_loop()

    async def consume() -> int:
        stream = Stream(
            _Replay(reads),  # type: ignore[arg-type]
            chat.decode_chat_chunk,
            portal=None,  # type: ignore[arg-type]
            is_final=chat.chat_chunk_is_final,
            decode_data=chat.CHAT_CHUNKS,
        )
        n = 0
        async for _ in stream:
            n += 1
        return n

    _STOPS.append(loop.close)
    return (lambda: loop.run_until_complete(consume())), 5000


def result_decode() -> tuple[Callable[[], object], int]:
    """msgspec Decoder(ChatResult) on a non-streaming reply of ~100 tokens."""
    from openrouter_lite._codec import decoder
    from openrouter_lite.types.chat import ChatResult

    decode = decoder(ChatResult).decode
    return (lambda: decode(RESULT)), 1


def request_encode() -> tuple[Callable[[], object], int]:
    """Build a ChatRequest from keyword arguments (dict messages) and encode it."""
    from openrouter_lite._codec import encode_body
    from openrouter_lite.types.chat import ChatRequest

    def run() -> bytes:
        return encode_body(ChatRequest(model="openai/gpt-4o", messages=MESSAGES, temperature=0.5))

    return run, 1


def model_dump() -> tuple[Callable[[], object], int]:
    """`ChatResult.model_dump()` (the pydantic-compatible method) of a decoded reply."""
    from openrouter_lite._codec import decoder
    from openrouter_lite.types.chat import ChatResult

    result = decoder(ChatResult).decode(RESULT)
    return result.model_dump, 1


def _portal_bench(make: Callable[[], tuple[Callable[[], object], Callable[[], None]]]) -> Bench:
    def bench() -> tuple[Callable[[], object], int]:
        call, stop = make()
        _STOPS.append(stop)
        return call, 1

    return bench


_STOPS: list[Callable[[], None]] = []


async def _noop() -> None:
    return None


def _lite_portal() -> tuple[Callable[[], object], Callable[[], None]]:
    from openrouter_lite._sync import Portal

    portal = Portal()
    return (lambda: portal.call(_noop)), portal.stop


def _anyio_portal() -> tuple[Callable[[], object], Callable[[], None]]:
    from anyio.from_thread import start_blocking_portal

    cm = start_blocking_portal()
    portal = cm.__enter__()
    return (lambda: portal.call(_noop)), lambda: cm.__exit__(None, None, None)


BENCHES: dict[str, Bench] = {
    "sse_small_events (per event)": sse_small_events,
    "sse_large_event (per 4 KiB feed)": sse_large_event,
    "chunk_decode": chunk_decode,
    "chunk_event_decode": chunk_event_decode,
    "stream_iterate (per chunk)": stream_iterate,
    "result_decode": result_decode,
    "request_encode": request_encode,
    "model_dump": model_dump,
    "sync_portal_call (lite Portal)": _portal_bench(_lite_portal),
    "sync_portal_call (anyio portal)": _portal_bench(_anyio_portal),
}


def measure(bench: Bench, repeat: int = 3) -> float:
    """ns per operation: the best of ``repeat`` timeit runs of about 0.1 s each."""
    call, ops = bench()
    timer = timeit.Timer(call)
    number, _ = timer.autorange()
    best = min(timer.repeat(repeat=repeat, number=number)) / number
    return best / ops * 1e9


def main(argv: list[str]) -> None:
    wanted = argv[0] if argv else ""
    try:
        for name, bench in BENCHES.items():
            if wanted in name:
                print(f"{name:<36} {measure(bench):>12,.0f} ns/op", flush=True)
    finally:
        for stop in _STOPS:
            stop()


if __name__ == "__main__":
    main(sys.argv[1:])
