"""A soak: many requests through one client against the embedded server with ~1 % injected faults
(500, 429, connection dropped before the status line). Every request ends in a result or a typed
error, a POST is never received again after a fault that may have let it through, and the file
descriptors come back when the client closes.

Scaled down here; the full run (figures in README's Reliability section) is
    OPENROUTER_SOAK_REQUESTS=20000 OPENROUTER_SOAK_CONCURRENCY=500 \
        python -m pytest -q -s tests/test_transport_soak.py
"""

from __future__ import annotations

import asyncio
import os
import random
import time
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest

from openrouter_lite import BackoffStrategy, OpenRouter, RetryConfig, errors
from openrouter_lite.testing import Fault, MockOpenRouter, expected_text, wait_for

REQUESTS = int(os.environ.get("OPENROUTER_SOAK_REQUESTS", "2000"))
CONCURRENCY = int(os.environ.get("OPENROUTER_SOAK_CONCURRENCY", "200"))
FAULT_RATE = 0.01


class RecordingServer(MockOpenRouter):
    """Remembers, per prompt, what each receipt met: "ok" or the fault it consumed."""

    def __init__(self, **knobs: Any) -> None:
        super().__init__(**knobs)
        self.receipts: defaultdict[str, list[str]] = defaultdict(list)

    def _take_fault(self, path: str, full_path: str) -> Fault | None:
        fault = super()._take_fault(path, full_path)
        assert self.last_request is not None  # set just before, with no await in between
        prompt = self.last_request.json["messages"][-1]["content"]
        self.receipts[prompt].append("ok" if fault is None else f"{fault.kind}{fault.code}")
        return fault


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_mb() -> float:
    """Current resident set size."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts FDs in /proc (Linux)")
async def test_soak_every_request_ends_typed_and_no_post_is_received_twice() -> None:
    rng = random.Random(9)
    srv = RecordingServer(chunks=3)
    retry = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 30_000), True, max_attempts=3)
    faults = [Fault.status(500), Fault.status(429, retry_after=0), Fault.drop_connection()]
    async with srv.run() as url:
        fds_before = open_fds()
        started = time.monotonic()
        async with OpenRouter(api_key="sk-or-soak", server_url=url, retry_config=retry) as c:

            async def one(i: int) -> BaseException | None:
                """None for a correct result (not kept: memory must stay flat), else the error."""
                prompt = f"soak {i}"
                if rng.random() < FAULT_RATE:
                    srv.add_fault(rng.choice(faults))
                try:
                    r = await c.chat.send_async(
                        model="m", messages=[{"role": "user", "content": prompt}]
                    )
                except Exception as exc:
                    return exc
                assert r.choices[0].message.content == expected_text(prompt, 3)
                return None

            results: list[BaseException | None] = [None] * REQUESTS
            done = 0

            async def worker(indices: Iterator[int]) -> None:
                nonlocal done
                for i in indices:  # shared by all workers: each index is taken once
                    results[i] = await one(i)
                    done += 1

            warmup = REQUESTS // 10
            indices = iter(range(warmup))
            await asyncio.gather(*(worker(indices) for _ in range(CONCURRENCY)))
            rss_warm = rss_mb()
            indices = iter(range(warmup, REQUESTS))
            await asyncio.gather(*(worker(indices) for _ in range(CONCURRENCY)))
            rss_end = rss_mb()
        elapsed = time.monotonic() - started
        await wait_for(lambda: open_fds() <= fds_before, timeout=5)
        fds_after = open_fds()

    assert done == REQUESTS  # none lost
    failures = dropped = 0
    for i, result in enumerate(results):
        prompt = f"soak {i}"
        seen = srv.receipts[prompt]
        assert 1 <= len(seen) <= 3, (prompt, seen)
        # after a dropped connection the request may have been processed: never sent again
        assert "drop200" not in seen[:-1], (prompt, seen)
        if result is None:
            assert seen[-1] == "ok", (prompt, seen)
            continue
        failures += 1
        assert isinstance(result, errors.OpenRouterError), repr(result)
        if seen[-1] == "drop200":
            dropped += 1
            assert isinstance(result, errors.APIConnectionError)
            assert result.may_have_been_processed
        else:  # the retry budget ran out on error statuses
            assert isinstance(result, errors.ResponseError) and len(seen) == 3
    assert not srv.faults  # every injected fault was met
    assert fds_after <= fds_before
    assert rss_end - rss_warm < 64  # MB: no growth with the request count
    print(
        f"\nsoak: {REQUESTS} requests at concurrency {CONCURRENCY} in {elapsed:.1f}s "
        f"({REQUESTS / elapsed:.0f} req/s), {failures} typed failures "
        f"({dropped} dropped connections, "
        f"{failures - dropped} retries exhausted on statuses), 0 lost, "
        f"0 re-sent after a drop; RSS {rss_warm:.1f} -> {rss_end:.1f} MB; "
        f"FDs {fds_before} -> {fds_after}"
    )
