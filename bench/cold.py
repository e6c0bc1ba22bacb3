"""Cold-start measurements, one per fresh interpreter:

    python -m bench.cold import CONTENDER URL EXPECTED_CHARS
    python -m bench.cold memory CONTENDER URL EXPECTED_CHARS INFLIGHT DELAY_MS

``import``: the client's import time; import + a client ready to send (started inside
``asyncio.run``, as an async program does; the floor's is an ``aiohttp.ClientSession``); and that
plus one non-streaming chat (ms).
``memory``: after import + client + one warm-up chat, the RSS (the baseline); then the peak RSS
(``ru_maxrss``, its high-water mark reset first through ``/proc/self/clear_refs`` so that an
import-time transient cannot hide the burst) with INFLIGHT chats in flight at once (the server
holds each DELAY_MS), and that peak minus the baseline.

This module imports nothing but ``sys`` and ``time`` before the clock starts, so each contender
pays for exactly what it imports. The result is one ``@@BENCH {json}`` line.
"""

from __future__ import annotations

import sys
import time
from typing import Any

KEY = "bench-key"
MODEL = "openai/gpt-4o-mini"
MESSAGES = [{"role": "user", "content": "Tell me a story about the sea"}]


def _import(name: str) -> Any:
    """Import what a user of ``name`` imports; returns the entry point."""
    if name == "lite":
        from openrouter_lite import OpenRouter

        return OpenRouter
    if name == "official":
        from openrouter import OpenRouter as Official

        return Official
    if name == "openai":
        from openai import AsyncOpenAI

        return AsyncOpenAI
    if name == "floor":
        import aiohttp
        import msgspec

        return aiohttp, msgspec
    raise SystemExit(f"unknown contender {name!r}")


class _Chat:
    """A client of the contender with a ``chat(headers)`` coroutine returning the reply text."""

    def __init__(self, name: str, entry: Any, url: str, pool: int | None) -> None:
        self.name, self.entry, self.url, self.pool = name, entry, url, pool

    async def __aenter__(self) -> _Chat:
        name, entry, url, pool = self.name, self.entry, self.url, self.pool
        if name == "lite":
            kw = {} if pool is None else {"max_connections": pool}
            self.client = entry(api_key=KEY, server_url=url, **kw)
        elif name == "official":
            http = None
            if pool is not None:
                import httpx

                limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
                http = httpx.AsyncClient(limits=limits, timeout=120)
            self.http = http
            self.client = entry(api_key=KEY, server_url=url, async_client=http)
        elif name == "openai":
            kw = {}
            if pool is not None:
                import httpx2
                import openai

                limits = httpx2.Limits(max_connections=pool, max_keepalive_connections=pool)
                kw["http_client"] = openai.DefaultAsyncHttpxClient(limits=limits, timeout=120)
            self.client = entry(api_key=KEY, base_url=url, max_retries=0, **kw)
        else:
            aiohttp, msgspec = entry
            message = msgspec.defstruct("Message", [("content", str | None, None)])
            choice = msgspec.defstruct("Choice", [("message", message)])
            result = msgspec.defstruct("Result", [("choices", list[choice])])  # type: ignore[valid-type]
            self.decoder = msgspec.json.Decoder(result)
            self.body = msgspec.json.encode({"model": MODEL, "messages": MESSAGES})
            self.headers = {"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
            connector = aiohttp.TCPConnector(limit=pool or 100)
            self.client = aiohttp.ClientSession(connector=connector)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.name == "lite":
            await self.client.aclose()
        elif self.name == "official":
            if self.http is not None:
                await self.http.aclose()
            else:
                await self.client.__aexit__(None, None, None)
        else:
            await self.client.close()

    async def chat(self, headers: dict[str, str] | None = None) -> str:
        name, c = self.name, self.client
        if name == "lite":
            if headers:
                r = await c.chat.send_async(model=MODEL, messages=MESSAGES, extra_headers=headers)
            else:
                r = await c.chat.send_async(model=MODEL, messages=MESSAGES)
        elif name == "official":
            r = await c.chat.send_async(
                model=MODEL, messages=MESSAGES, stream=False, http_headers=headers
            )
        elif name == "openai":
            r = await c.chat.completions.create(
                model=MODEL, messages=MESSAGES, extra_headers=headers
            )
        else:
            hdrs = {**self.headers, **headers} if headers else self.headers
            async with c.post(self.url + "/chat/completions", data=self.body, headers=hdrs) as resp:
                resp.raise_for_status()
                r = self.decoder.decode(await resp.read())
        return str(r.choices[0].message.content or "")


def main(argv: list[str]) -> dict[str, Any]:
    kind, name, url, chars = argv[0], argv[1], argv[2], int(argv[3])
    t0 = time.perf_counter()
    entry = _import(name)
    t_import = time.perf_counter() - t0

    import asyncio

    if kind == "import":
        ready: list[float] = []

        async def first() -> str:
            async with _Chat(name, entry, url, None) as client:
                ready.append(time.perf_counter() - t0)
                return await client.chat()

        text = asyncio.run(first())
        t_first = time.perf_counter() - t0
        if len(text) != chars:
            raise AssertionError(f"reply of {len(text)} chars, want {chars}")
        return {
            "ok": True,
            "import_ms": t_import * 1e3,
            "ready_ms": ready[0] * 1e3,
            "first_ms": t_first * 1e3,
        }

    import resource

    inflight, delay_ms = int(argv[4]), int(argv[5])

    def peak_mb() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    def rss_mb() -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * resource.getpagesize() / 2**20

    def reset_peak() -> bool:
        """Start the high-water mark afresh (Linux >= 4.0), so the peak is the burst's own."""
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")
        except OSError:
            return False
        return True

    async def burst() -> dict[str, Any]:
        async with _Chat(name, entry, url, inflight) as client:
            if len(await client.chat()) != chars:  # warm-up: lazy imports, one connection
                raise AssertionError("warm-up reply has the wrong length")
            import_peak, base = peak_mb(), rss_mb()
            reset = reset_peak()
            headers = {"X-Bench-Delay-Ms": str(delay_ms)}
            replies = await asyncio.gather(*(client.chat(headers) for _ in range(inflight)))
            peak = peak_mb()
        good = sum(1 for r in replies if len(r) == chars)
        if good != inflight:
            raise AssertionError(f"{good} of {inflight} replies were right")
        return {
            "ok": True,
            "units": inflight,
            "import_peak_mb": import_peak,
            "base_mb": base,
            "peak_mb": peak,
            "delta_mb": peak - base,
            "peak_reset": reset,
        }

    result = asyncio.run(burst())
    result["wall_s"] = time.perf_counter() - t0
    return result


if __name__ == "__main__":
    try:
        result = main(sys.argv[1:])
    except BaseException as exc:  # reported as a failed run
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    import json

    print("@@BENCH " + json.dumps(result), flush=True)
