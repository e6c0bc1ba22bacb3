"""What is measured: the scenarios, their sizes per mode, and the job each repetition runs.

A job runs inside a worker process (``bench/worker.py``) against one contender and returns the
number of units it completed after checking every one of them; anything short (a missing chunk, a
wrong count, an exception) fails the repetition instead of being timed.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from .contenders import EMBED_DIM, PROMPT, Contender

PEERS = ("lite", "official", "openai", "floor")
SMOKE = ("lite", "floor")


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    higher_is_better: bool
    digits: int = 1


RATE_CHUNK = Metric("rate", "chunks/s", True, 0)
RATE_REQ = Metric("rate", "req/s", True, 0)
RATE_TEXT = Metric("rate", "texts/s", True, 0)
CPU_TEXT = Metric("cpu_us", "CPU µs/text", False, 2)
CPU_CHUNK = Metric("cpu_us", "CPU µs/chunk", False, 2)
CPU_REQ = Metric("cpu_us", "CPU µs/req", False, 1)
CPU_LIST = Metric("cpu_us", "CPU µs/list", False, 0)
MS_REQ = Metric("ms", "ms/req", False, 2)
MS_LIST = Metric("ms", "ms/list", False, 2)
MB_S = Metric("mb_s", "MB/s", True, 1)
US_EVENT = Metric("us_event", "µs/event", False, 3)
IMPORT_MS = Metric("import_ms", "import ms", False, 1)
FIRST_MS = Metric("first_ms", "import+1st req ms", False, 1)
READY_MS = Metric("ready_ms", "import+client ms", False, 1)
DELTA_MB = Metric("delta_mb", "RSS Δ MB", False, 1)
PEAK_MB = Metric("peak_mb", "peak RSS MB", False, 1)


@dataclass(frozen=True)
class Scenario:
    """``metrics[0]`` is the primary one: ratios and the chart use it."""

    name: str
    group: str  # what --only selects
    kind: str  # "async" | "sync" | "parser" (in a worker) or "cold" (fresh process per rep)
    unit: str
    metrics: tuple[Metric, ...]
    sizes: dict[str, dict[str, Any]]  # mode -> params
    contenders: tuple[str, ...] = PEERS
    pool: int = 256
    note: str = ""
    # Time cap: a contender too slow to do ``sizes[mode][scale]`` units within the mode's
    # per-repetition budget does fewer (never under ``min_units``); per-unit figures still
    # compare, and the units each did are reported.
    scale: str | None = None
    min_units: int = 0
    quick_reps: int | None = None  # fewer repetitions in --quick (cold starts are costly)
    smoke_contenders: tuple[str, ...] = field(default=SMOKE)


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "stream_long",
        "stream_long",
        "async",
        "chunk",
        (CPU_CHUNK, RATE_CHUNK),
        {"full": {"n": 5000}, "quick": {"n": 2000}, "smoke": {"n": 200}},
        note="one streamed chat of n chunks",
        scale="n",
        min_units=500,
    ),
    Scenario(
        "stream_concurrent",
        "stream_concurrent",
        "async",
        "chunk",
        (CPU_CHUNK, RATE_CHUNK),
        {
            "full": {"streams": 100, "n": 200},
            "quick": {"streams": 20, "n": 50},
            "smoke": {"streams": 5, "n": 20},
        },
        note="concurrent streams of n chunks each (never capped: per-stream cost would skew it)",
    ),
    Scenario(
        "chat_concurrent",
        "chat_concurrent",
        "async",
        "request",
        (CPU_REQ, RATE_REQ),
        {
            "full": {"requests": 5000, "concurrency": 64},
            "quick": {"requests": 1000, "concurrency": 64},
            "smoke": {"requests": 20, "concurrency": 4},
        },
        note="non-streaming chats, a fixed number in flight",
        scale="requests",
        min_units=64,
    ),
    Scenario(
        "batch_chat",
        "batch",
        "async",
        "request",
        (CPU_REQ, RATE_REQ),
        {
            "full": {"requests": 5000, "concurrency": 64, "delay_ms": 50},
            "quick": {"requests": 640, "concurrency": 64, "delay_ms": 50},
            "smoke": {"requests": 20, "concurrency": 4, "delay_ms": 0},
        },
        contenders=("lite", "lite_gather", "openai", "floor"),
        note="batch runner vs gather + semaphore; the server holds each answer delay_ms",
        scale="requests",
        min_units=64,
    ),
    Scenario(
        "batch_chat_512",
        "batch",
        "async",
        "request",
        (CPU_REQ, RATE_REQ),
        {
            "full": {"requests": 20000, "concurrency": 512, "delay_ms": 50},
            "quick": {"requests": 2048, "concurrency": 512, "delay_ms": 50},
            "smoke": {"requests": 20, "concurrency": 8, "delay_ms": 0},
        },
        contenders=("lite", "lite_gather", "openai", "floor"),
        note="as above at concurrency 512 (the pool is sized to match)",
        pool=512,
        scale="requests",
        min_units=512,
    ),
    Scenario(
        "embeddings_float",
        "embeddings",
        "async",
        "request",
        (CPU_REQ, MS_REQ),
        {
            "full": {"requests": 100, "batch": 8, "b64": False},
            "quick": {"requests": 50, "batch": 8, "b64": False},
            "smoke": {"requests": 3, "batch": 2, "b64": False},
        },
        note="sequential requests, batch of texts, 1536-dim float JSON",
        scale="requests",
        min_units=10,
    ),
    Scenario(
        "embeddings_base64",
        "embeddings",
        "async",
        "request",
        (CPU_REQ, MS_REQ),
        {
            "full": {"requests": 100, "batch": 8, "b64": True},
            "quick": {"requests": 50, "batch": 8, "b64": True},
            "smoke": {"requests": 3, "batch": 2, "b64": True},
        },
        note="as above, base64 float32 decoded to floats",
        scale="requests",
        min_units=10,
    ),
    Scenario(
        "embed_many",
        "embeddings",
        "async",
        "text",
        (CPU_TEXT, RATE_TEXT),
        {
            "full": {"texts": 100_000, "per_request": 256, "concurrency": 8},
            "quick": {"texts": 10_000, "per_request": 256, "concurrency": 8},
            "smoke": {"texts": 600, "per_request": 64, "concurrency": 4},
        },
        contenders=("lite", "openai", "floor"),
        note="texts into one float32 NumPy array (1536 dims), base64 on the wire; lite: "
        "embeddings.generate_many(as_numpy=True); the others: gather + semaphore over requests "
        "of per_request texts (openai: its default base64 decode, rows copied in)",
        scale="texts",
        min_units=2048,
    ),
    Scenario(
        "models_list",
        "models_list",
        "async",
        "list",
        (CPU_LIST, MS_LIST),
        {"full": {"lists": 50}, "quick": {"lists": 20}, "smoke": {"lists": 2}},
        note="GET /models of 300 models, sequential",
        scale="lists",
        min_units=5,
    ),
    Scenario(
        "sse_parser_small",
        "sse_parser",
        "parser",
        "MB",
        (MB_S, US_EVENT),
        {
            "full": {"events": 5000, "repeat": 20},
            "quick": {"events": 5000, "repeat": 10},
            "smoke": {"events": 200, "repeat": 1},
        },
        contenders=("lite", "floor"),
        scale="repeat",
        min_units=1,
        note="5,000 chat events fed in 4 KiB pieces; floor = naive bytes.split",
    ),
    Scenario(
        "sse_parser_4mb",
        "sse_parser",
        "parser",
        "MB",
        (MB_S,),
        {
            "full": {"size": 4 << 20, "repeat": 10},
            "quick": {"size": 1 << 20, "repeat": 10},
            "smoke": {"size": 64 << 10, "repeat": 1},
        },
        contenders=("lite", "floor"),
        scale="repeat",
        min_units=1,
        note="one big event (4 MiB; quick: 1 MiB) fed in 4 KiB pieces; floor = naive bytes.split",
    ),
    Scenario(
        "sync_stream",
        "sync_stream",
        "sync",
        "chunk",
        (CPU_CHUNK, RATE_CHUNK),
        {"full": {"n": 5000}, "quick": {"n": 2000}, "smoke": {"n": 200}},
        contenders=("lite", "lite_naive_portal", "official", "openai", "floor"),
        note="blocking API; floor = the stream floor on an anyio portal, one portal.call per read",
        scale="n",
        min_units=500,
    ),
    Scenario(
        "sync_chat",
        "sync_chat",
        "sync",
        "request",
        (CPU_REQ, RATE_REQ),
        {"full": {"requests": 2000}, "quick": {"requests": 500}, "smoke": {"requests": 20}},
        note="blocking chats one after another; floor = the chat floor, one portal.call each",
        scale="requests",
        min_units=50,
    ),
    Scenario(
        "import",
        "import",
        "cold",
        "process",
        (READY_MS, FIRST_MS),
        {"full": {}, "quick": {}, "smoke": {}},
        note="fresh interpreter per run; import+client = import, then a client ready to send "
        "(floor: an aiohttp session); import+1st req = that and one chat; import alone is in "
        "the JSON",
        quick_reps=2,
    ),
    Scenario(
        "memory",
        "memory",
        "cold",
        "process",
        (DELTA_MB, PEAK_MB),
        {
            "full": {"inflight": 1000, "delay_ms": 500},
            "quick": {"inflight": 64, "delay_ms": 200},
            "smoke": {"inflight": 50, "delay_ms": 200},
        },
        note="fresh process; N non-streaming chats in flight (the server holds each delay_ms)",
        quick_reps=1,
    ),
)
BY_NAME = {s.name: s for s in SCENARIOS}
# Time caps, so that the slowest peer cannot blow the run's budget. Per repetition: a peer
# whose checked warm-up says it would take longer does fewer units (``Scenario.scale``); lite
# and the floor always do the full size, which the sizes above are chosen to fit. Per scenario:
# a contender stops repeating once its repetitions took this long (keeping at least one).
UNCAPPED = frozenset({"lite", "lite_gather", "floor"})
BUDGET_S = {"full": 5.0, "quick": 0.6, "smoke": 0.0}
REP_BUDGET_S = {"full": 20.0, "quick": 1.5, "smoke": float("inf")}
GROUPS = tuple(dict.fromkeys(s.group for s in SCENARIOS))


class CheckError(AssertionError):
    """The contender returned the wrong thing: the repetition is failed, not timed."""


def check(ok: bool, what: str) -> None:
    if not ok:
        raise CheckError(what)


# -- jobs: (contender, params, expect) -> units done, all checked --------------------------------
AsyncJob = Callable[[Contender, dict[str, Any], dict[str, Any]], Awaitable[int]]


async def _one_stream(c: Contender, n: int, chars: int) -> int:
    got, got_chars = await c.stream(n)
    check(
        got == n and got_chars == chars, f"stream: {got} chunks/{got_chars} chars, want {n}/{chars}"
    )
    return got


@functools.lru_cache(maxsize=64)
def expected_chars(n: int) -> int:
    """The characters of an ``n``-chunk reply, by the server's own pure function."""
    from openrouter_lite.testing import expected_text

    return len(expected_text(PROMPT, n))


async def job_stream_long(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    return await _one_stream(c, p["n"], expected_chars(p["n"]))


async def job_stream_concurrent(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    n, chars = p["n"], expected_chars(p["n"])
    done = await asyncio.gather(*(_one_stream(c, n, chars) for _ in range(p["streams"])))
    return sum(done)


async def job_chat_concurrent(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    left = p["requests"]
    text = expect["text"]
    done = 0

    async def worker() -> None:
        nonlocal left, done
        while left > 0:
            left -= 1
            reply = await c.chat()
            check(reply == text, f"chat: got {len(reply)} chars, want {len(text)}")
            done += 1

    await asyncio.gather(*(worker() for _ in range(p["concurrency"])))
    return done


async def job_batch_chat(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    headers = {"X-Bench-Delay-Ms": str(p["delay_ms"])} if p["delay_ms"] else None
    replies = await c.chat_batch(p["requests"], p["concurrency"], headers)
    text = expect["text"]
    check(len(replies) == p["requests"], f"batch: {len(replies)} replies, want {p['requests']}")
    check(all(r == text for r in replies), "batch: a wrong reply")
    return len(replies)


async def job_embeddings(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    texts, dim = expect["texts"], expect["dim"]
    head = expect.get("head")
    for _ in range(p["requests"]):
        vectors = await c.embed(texts, p["b64"])
        check(len(vectors) == len(texts), f"embeddings: {len(vectors)} vectors, want {len(texts)}")
        for v in vectors:
            check(len(v) == dim, f"embeddings: {len(v)} dimensions, want {dim}")
        if head is not None:  # warm-up: the values themselves, once
            check(list(vectors[0][: len(head)]) == head, "embeddings: wrong values")
            head = None
    return int(p["requests"])


def embed_many_texts(n: int) -> list[str]:
    return [f"text {i % 200} of the embed_many benchmark" for i in range(n)]


async def job_embed_many(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    from openrouter_lite.testing import expected_embedding

    n = p["texts"]
    texts = embed_many_texts(n)
    array = await c.embed_numpy(texts, p["per_request"], p["concurrency"])
    check(array.shape == (n, EMBED_DIM), f"embed_many: shape {array.shape}, want {(n, 1536)}")
    check(str(array.dtype) == "float32", f"embed_many: dtype {array.dtype}")
    for i in (0, n // 2, n - 1):
        want = expected_embedding(texts[i], EMBED_DIM)
        check(array[i].tolist() == want, f"embed_many: row {i} has wrong values")
    return int(n)


async def job_models(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    for _ in range(p["lists"]):
        n = await c.models()
        check(n == expect["models"], f"models: {n} listed, want {expect['models']}")
    return int(p["lists"])


ASYNC_JOBS: dict[str, AsyncJob] = {
    "stream_long": job_stream_long,
    "stream_concurrent": job_stream_concurrent,
    "chat_concurrent": job_chat_concurrent,
    "batch_chat": job_batch_chat,
    "batch_chat_512": job_batch_chat,
    "embeddings_float": job_embeddings,
    "embeddings_base64": job_embeddings,
    "embed_many": job_embed_many,
    "models_list": job_models,
}


def warmup_params(s: Scenario, p: dict[str, Any]) -> dict[str, Any]:
    """A short untimed run before each repetition: fills the pool, loads lazy code."""
    # Sized so that per-request overhead does not dominate the per-unit estimate of a fast
    # contender (which would cap it by mistake).
    if s.name == "stream_long" or s.name == "sync_stream":
        return {"n": min(p["n"], 200)}
    if s.name == "stream_concurrent":
        return {"streams": p["streams"], "n": min(p["n"], 20)}
    if s.name == "chat_concurrent":
        return {"requests": p["concurrency"], "concurrency": p["concurrency"]}
    if s.name.startswith("batch_chat"):
        return {**p, "requests": p["concurrency"]}
    if s.name.startswith("embeddings"):
        return {**p, "requests": 2}
    if s.name == "embed_many":
        return {**p, "texts": p["per_request"] * p["concurrency"]}
    if s.name == "sync_chat":
        return {"requests": min(p["requests"], 20)}
    if s.name == "models_list":
        return {"lists": 1}
    if s.kind == "parser":
        return {"repeat": 1}
    return p


def job_sync_stream(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    n, chars = p["n"], expected_chars(p["n"])
    got, got_chars = c.sync_stream(n)
    check(
        got == n and got_chars == chars, f"stream: {got} chunks/{got_chars} chars, want {n}/{chars}"
    )
    return got


def job_sync_chat(c: Contender, p: dict[str, Any], expect: dict[str, Any]) -> int:
    text = expect["text"]
    for _ in range(p["requests"]):
        reply = c.sync_chat()
        check(reply == text, f"chat: got {len(reply)} chars, want {len(text)}")
    return int(p["requests"])


SYNC_JOBS: dict[str, Callable[[Contender, dict[str, Any], dict[str, Any]], int]] = {
    "sync_stream": job_sync_stream,
    "sync_chat": job_sync_chat,
}


# -- the SSE parser alone ---------------------------------------------------------------------


def naive_split_events(pieces: list[bytes]) -> int:
    """The floor for the parser: accumulate, ``bytes.split(b"\\n\\n")``, keep the tail, slice
    each ``data:`` payload out (no decoding, no event objects, only ``\\n\\n`` endings)."""
    buf = b""
    count = 0
    for piece in pieces:
        buf += piece
        blocks = buf.split(b"\n\n")
        buf = blocks.pop()
        count += len([b[6:] for b in blocks if b.startswith(b"data: ")])
    return count


def lite_parse_events(pieces: list[bytes]) -> int:
    from openrouter_lite.sse import SSEParser

    parser = SSEParser(max_buffer_bytes=64 << 20)
    feed = parser.feed
    count = 0
    for piece in pieces:
        count += len(feed(piece))
    return count + len(parser.close())


def parser_input(s: Scenario, p: dict[str, Any]) -> tuple[list[bytes], int]:
    """The 4 KiB pieces a parser is fed, and the number of events they hold."""
    from .micro_sse import chat_stream, pieces

    if s.name == "sse_parser_small":
        return pieces(b"".join(chat_stream(p["events"]))), p["events"] + 1  # + [DONE]
    return pieces(b"data: " + b"A" * p["size"] + b"\n\n"), 1


PARSERS: dict[str, Callable[[list[bytes]], int]] = {
    "lite": lite_parse_events,
    "floor": naive_split_events,
}
