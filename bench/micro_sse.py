"""Micro-benchmark of the SSE parser: MB/s and events/s on streams shaped like OpenRouter's.

Run ``python bench/micro_sse.py``. ``bench_small_events()`` and ``bench_large_event()`` return
dicts of numbers so other benchmark modules can import them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

if not __package__:  # run as a script from a checkout: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openrouter_lite.sse import SSEParser  # noqa: E402

PIECE = 4096
_CHUNK = (
    'data: {{"id":"gen-1732000000-AbCdEfGhIjKlMnOpQrSt","provider":"OpenAI",'
    '"model":"openai/gpt-4o","object":"chat.completion.chunk","created":1732000000,'
    '"choices":[{{"index":0,"delta":{{"role":"assistant","content":" token{0}"}},'
    '"finish_reason":null,"native_finish_reason":null,"logprobs":null}}],'
    '"system_fingerprint":"fp_0123456789"}}\n\n'
)


def chat_stream(n: int = 5000) -> list[bytes]:
    """``n`` chat-chunk events (~330 bytes each) plus keep-alives and ``[DONE]``, one per item."""
    events = [b": OPENROUTER PROCESSING\n\n"]
    for i in range(n):
        events.append(_CHUNK.format(i).encode())
        if i % 500 == 499:
            events.append(b": OPENROUTER PROCESSING\n\n")
    events.append(b"data: [DONE]\n\n")
    return events


def pieces(data: bytes, size: int = PIECE) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def _best(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    """Best wall time of ``repeat`` runs (the least disturbed one) and the event count."""
    best, count = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = run()
        best = min(best, time.perf_counter() - t0)
    return best, count


def _feed_all(feeds: list[bytes]) -> Callable[[], int]:
    def run() -> int:
        parser = SSEParser()
        feed = parser.feed
        count = 0
        for piece in feeds:
            count += len(feed(piece))
        return count + len(parser.close())

    return run


def _measure(feeds: list[bytes], repeat: int) -> dict[str, float]:
    seconds, count = _best(_feed_all(feeds), repeat)
    nbytes = sum(map(len, feeds))
    return {
        "bytes": nbytes,
        "events": count,
        "feeds": len(feeds),
        "seconds": seconds,
        "mb_per_s": nbytes / seconds / 1e6,
        "events_per_s": count / seconds,
        "us_per_event": seconds / max(count, 1) * 1e6,
    }


def bench_small_events(n: int = 5000, repeat: int = 20) -> dict[str, dict[str, float]]:
    """A chat stream of ``n`` small events, fed in 4 KiB pieces and fed one event per feed."""
    events = chat_stream(n)
    return {
        "chunked_4k": _measure(pieces(b"".join(events)), repeat),
        "one_event_per_feed": _measure(events, repeat),
    }


def bench_large_event(size: int = 4 * 1024 * 1024, repeat: int = 10) -> dict[str, float]:
    """One ``size``-byte single-line event fed in 4 KiB pieces (e.g. a base64 image)."""
    stream = b"data: " + b"A" * size + b"\n\n"
    return _measure(pieces(stream), repeat)


def main() -> None:
    results = bench_small_events()
    results["large_4mb_4k"] = bench_large_event()
    for name, r in results.items():
        print(
            f"{name:>20}: {r['mb_per_s']:8.1f} MB/s  {r['events_per_s']:12,.0f} events/s  "
            f"{r['us_per_event']:9.2f} us/event  ({r['events']:.0f} events, {r['feeds']:.0f} feeds)"
        )


if __name__ == "__main__":
    main()
