"""Rate awareness of the batch runner: job-wide pauses on 429/503, AIMD, rpm/tpm, fault load."""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator

import pytest
from test_batching import FAST, RecordingServer, chat

from openrouter_lite import OpenRouter, RetryConfig, batching, errors
from openrouter_lite.batching._pace import Pacer, estimate_tokens


@pytest.fixture
async def server() -> AsyncIterator[RecordingServer]:
    srv = RecordingServer(chunks=2)
    async with srv.run():
        yield srv


@pytest.fixture
async def client(server: RecordingServer) -> AsyncIterator[OpenRouter]:
    async with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST) as c:
        yield c


@pytest.mark.parametrize("status", [429, 503])
async def test_a_push_back_pauses_the_whole_job_for_its_retry_after(
    client: OpenRouter, server: RecordingServer, status: int
) -> None:
    server.latency = 0.005
    server.inject = lambda p, n: (
        (status, {"Retry-After": "0.5"}) if (p, n) == ("item 20", 1) else None
    )
    snapshots: list[batching.Progress] = []
    run = batching.run(
        client,
        (chat(i) for i in range(120)),
        model="m",
        concurrency=8,
        progress=snapshots.append,
        progress_interval=0,
    )
    outcomes = await run.collect_async()
    assert all(o.ok for o in outcomes) and len(outcomes) == 120
    assert outcomes[20].throttled == 1
    assert server.received["item 20"] == 2 and server.answered["item 20"] == 1
    assert run.pauses == 1 and run.paused_seconds == pytest.approx(0.5)
    (pushed,) = server.injected_at
    # Requests already on their way may land just after the 429; then nothing until it expires.
    assert not [t for t in server.arrivals if pushed + 0.1 < t < pushed + 0.45]
    assert [t for t in server.arrivals if t > pushed + 0.45]  # and the job went on
    concurrency = [s.concurrency for s in snapshots]
    assert min(concurrency) == 4  # halved once, for one episode
    assert concurrency[-1] == 8  # and grown back


async def test_a_push_back_without_retry_after_backs_off(
    client: OpenRouter, server: RecordingServer
) -> None:
    server.inject = lambda p, n: (429, {}) if p == "item 3" and n <= 2 else None
    outcomes = await batching.run(client, [chat(i) for i in range(6)], model="m").collect_async()
    assert all(o.ok for o in outcomes) and outcomes[3].throttled == 2


async def test_an_item_that_stays_throttled_gives_up_with_its_error(
    client: OpenRouter, server: RecordingServer
) -> None:
    server.inject = lambda p, n: (429, {"Retry-After": "0"}) if p == "item 1" else None
    run = batching.run(client, [chat(i) for i in range(3)], model="m", throttle_retries=3)
    outcomes = await run.collect_async()
    assert isinstance(outcomes[1].error, errors.TooManyRequestsResponseError)
    assert outcomes[1].throttled == 3 and server.received["item 1"] == 4
    assert outcomes[0].ok and outcomes[2].ok and run.errors == {"TooManyRequestsResponseError": 1}


async def test_without_client_retries_a_429_is_reported_at_once(server: RecordingServer) -> None:
    server.inject = lambda p, n: (429, {"Retry-After": "0"}) if p == "item 0" else None
    async with OpenRouter(
        api_key="k", server_url=server.url, retry_config=RetryConfig("none")
    ) as client:
        outcomes = await batching.run(client, [chat(0)], model="m").collect_async()
    assert isinstance(outcomes[0].error, errors.TooManyRequestsResponseError)
    assert server.received["item 0"] == 1


async def test_client_retries_still_apply_to_other_statuses(
    client: OpenRouter, server: RecordingServer
) -> None:
    server.inject = lambda p, n: (500, {}) if p == "item 2" and n == 1 else None
    run = batching.run(client, [chat(i) for i in range(4)], model="m")
    outcomes = await run.collect_async()
    assert all(o.ok for o in outcomes) and outcomes[2].throttled == 0
    assert server.received["item 2"] == 2 and run.pauses == 0


async def test_requests_per_minute_limit(client: OpenRouter, server: RecordingServer) -> None:
    # 1200 rpm = 20/s, one second's burst: 20 at once, the next 10 over >= 0.5 s.
    started = time.monotonic()  # the bucket starts full when the run starts, not at an arrival
    run = batching.run(client, [chat(i) for i in range(30)], model="m", rpm=1200)
    await run.collect_async()
    assert len(server.arrivals) == 30
    assert server.arrivals[-1] - started >= 0.45


def test_token_bucket_is_corrected_from_usage() -> None:
    pacer = Pacer(4, tpm=60_000)  # 1000 tokens/s, holding one second's worth
    bucket = pacer.tokens
    assert bucket is not None
    bucket.refill(time.monotonic())
    assert bucket.wait_for(1000) == 0
    bucket.level -= 1000  # one request estimated at 1000 tokens...
    pacer.used_tokens(1000, 3000)  # ...that really used 3000
    bucket.refill(time.monotonic())
    assert bucket.wait_for(10) > 1.9  # the debt is paid before the next request


def test_token_estimate() -> None:
    params = {"messages": [{"role": "user", "content": "x" * 400}], "max_tokens": 50}
    assert 100 <= estimate_tokens(params) - 50 <= 120  # 400 characters + the JSON around
    assert estimate_tokens({"input": "abcd" * 10}) >= 10


def test_aimd() -> None:
    pacer = Pacer(16)
    pacer.pushed_back(10)
    pacer.pushed_back(10)  # the same episode: no second cut
    assert pacer.slots == 8 and pacer.pauses == 1
    pacer.resume_at = 0  # the pause is over
    pacer.pushed_back(0.001)
    assert pacer.slots == 4 and pacer.pauses == 2
    for _ in range(200):
        pacer.succeeded()
    assert pacer.slots == 16
    with pytest.raises(ValueError, match="concurrency must be >= 1"):
        Pacer(0)
    with pytest.raises(ValueError, match="per-minute limit must be > 0"):
        Pacer(1, rpm=-5)


async def test_many_requests_with_injected_faults(server: RecordingServer) -> None:
    """Chat requests at concurrency 200 (2,000; BATCH_FAULT_ITEMS=10000 for the issue's
    figure), with 429s and 503s (Retry-After), 500s and permanent 400s injected: every item has
    exactly one outcome and none is generated twice."""
    n = int(os.environ.get("BATCH_FAULT_ITEMS", "2000"))

    def inject(prompt: str, attempt: int) -> tuple[int, dict[str, str]] | None:
        i = int(prompt.split()[1])
        if i % 997 == 0 and attempt == 1:
            return 429, {"Retry-After": "0.05"}
        if i % 1499 == 0 and attempt == 1:
            return 503, {"Retry-After": "0.05"}
        if i % 89 == 0 and attempt == 1:
            return 500, {}
        if i % 1000 == 999:
            return 400, {}
        return None

    server.inject = inject
    async with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST) as client:
        run = batching.run(client, (chat(i) for i in range(n)), model="m", concurrency=200)
        outcomes = [o async for o in run]
    assert [o.index for o in outcomes] == list(range(n))
    bad = {i for i in range(n) if i % 1000 == 999}
    assert {o.index for o in outcomes if not o.ok} == bad
    assert all(isinstance(outcomes[i].error, errors.BadRequestResponseError) for i in bad)
    assert max(server.answered.values()) == 1  # no duplicate generation
    assert len(server.answered) == n - len(bad)
    throttled = [i for i in range(n) if i % 997 == 0 or i % 1499 == 0]
    assert all(outcomes[i].throttled == 1 for i in throttled)
    assert server.injected[429] + server.injected[503] == len(throttled)
    assert 1 <= run.pauses <= len(throttled)
    assert server.injected[500] == len([i for i in range(n) if i % 89 == 0]) - 1  # 0 got a 429
    assert server.max_active <= 200
    print(
        f"\n{n} items: {run.succeeded} succeeded, {run.failed} failed, "
        f"{sum(server.received.values())} requests received, {sum(server.answered.values())} "
        f"answered 200, duplicates 0, injected {dict(server.injected)}, pauses {run.pauses} "
        f"({run.paused_seconds:.2f} s), {run.elapsed:.1f} s"
    )
