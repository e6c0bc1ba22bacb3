"""The batch runner (`openrouter_lite.batching`): bounded, ordered or as-completed, lazy, paced."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from aiohttp import web

from openrouter_lite import OpenRouter, RetryConfig, batching, errors
from openrouter_lite._retry import BackoffStrategy
from openrouter_lite.testing import MockOpenRouter, expected_embedding, expected_text

Inject = Callable[[str, int], "tuple[int, dict[str, str]] | None"]


class RecordingServer(MockOpenRouter):
    """The embedded server, plus: per-prompt counts of requests received and answered 200, the
    most requests handled at once, a fixed latency, and scripted error answers per prompt."""

    def __init__(self, *, latency: float = 0.0, inject: Inject | None = None, **knobs: Any) -> None:
        super().__init__(**knobs)
        self.latency = latency
        self.inject = inject
        self.received: Counter[str] = Counter()
        self.answered: Counter[str] = Counter()
        self.injected: Counter[int] = Counter()
        self.active = self.max_active = 0
        self.arrivals: list[float] = []  # time.monotonic() of every request
        self.injected_at: list[float] = []  # ... and of every scripted error answer

    def app(self) -> web.Application:
        app = super().app()
        app.middlewares.append(self._record)
        return app

    @web.middleware
    async def _record(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        body = await request.json()
        if "messages" in body:
            prompt = str(body["messages"][-1]["content"])
        else:
            prompt = str(body.get("input"))
        self.received[prompt] += 1
        self.arrivals.append(time.monotonic())
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            scripted = self.inject(prompt, self.received[prompt]) if self.inject else None
            if scripted is not None:
                status, headers = scripted
                self.injected[status] += 1
                self.injected_at.append(time.monotonic())
                error = {"error": {"code": status, "message": "injected"}}
                return web.json_response(error, status=status, headers=headers)
            response = await handler(request)
            if response.status == 200:
                self.answered[prompt] += 1
            return response
        finally:
            self.active -= 1


def chat(i: int) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": f"item {i}"}]}


FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 10_000), True)


@pytest.fixture
async def server() -> AsyncIterator[RecordingServer]:
    srv = RecordingServer(chunks=3)
    async with srv.run():
        yield srv


@pytest.fixture
async def client(server: RecordingServer) -> AsyncIterator[OpenRouter]:
    async with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST) as c:
        yield c


async def test_outcomes_come_in_input_order_one_per_item(
    client: OpenRouter, server: RecordingServer
) -> None:
    server.latency = 0.001
    requests = (chat(i) for i in range(300))
    seen = [o async for o in batching.run(client, requests, model="m", concurrency=16)]
    assert [o.index for o in seen] == list(range(300))
    for o in seen:
        assert o.ok and o.key is None and o.operation == "chat.send"
        assert o.result.choices[0].message.content == expected_text(f"item {o.index}", 3)
    assert server.max_active <= 16
    assert set(server.answered.values()) == {1} and len(server.answered) == 300


async def test_as_completed_gives_every_index_once(client: OpenRouter) -> None:
    requests = [batching.BatchRequest(chat(i), key=f"k{i}") for i in range(200)]
    run = batching.run(client, requests, model="m", concurrency=32, ordered=False)
    outcomes = await run.collect_async()
    assert sorted(o.index for o in outcomes) == list(range(200))
    assert {o.key for o in outcomes} == {f"k{i}" for i in range(200)}
    assert run.succeeded == 200 and run.failed == 0 and run.total == 200


async def test_concurrency_is_bounded_on_the_server(
    client: OpenRouter, server: RecordingServer
) -> None:
    server.latency = 0.01
    outcomes = await batching.run(
        client, [chat(i) for i in range(60)], concurrency=7
    ).collect_async()
    assert len(outcomes) == 60
    assert server.max_active == 7  # reached, never passed


async def test_errors_are_typed_outcomes_tagged_with_their_key(
    client: OpenRouter, server: RecordingServer
) -> None:
    server.inject = lambda prompt, n: (400, {}) if prompt == "item 3" else None
    requests = [batching.BatchRequest(chat(i), key=f"id-{i}") for i in range(6)] + [
        batching.BatchRequest(chat(6), operation="nope.send", key="bad-op"),
        batching.BatchRequest({**chat(7), "stream": True}, key="stream"),
        batching.BatchRequest(key="broken", error=batching.BatchInputError("line 9: bad")),
        batching.BatchRequest(chat(9), operation="chat._call", key="private"),
    ]
    outcomes = await batching.run(client, requests, model="m").collect_async()
    by_key = {o.key: o for o in outcomes}
    assert len(outcomes) == 10
    assert isinstance(by_key["id-3"].error, errors.BadRequestResponseError)
    assert by_key["id-3"].error.status_code == 400
    with pytest.raises(errors.BadRequestResponseError):
        by_key["id-3"].unwrap()
    for key in ("bad-op", "stream", "broken", "private"):
        assert isinstance(by_key[key].error, batching.BatchInputError), key
    assert "unknown operation 'nope.send'" in str(by_key["bad-op"].error)
    assert "stream=True" in str(by_key["stream"].error)
    assert [o.ok for o in outcomes].count(True) == 5
    assert server.received["item 6"] == server.received["item 7"] == 0  # never sent


async def test_other_operations_by_name(client: OpenRouter) -> None:
    requests = [
        batching.BatchRequest({"input": "hello world", "model": "e"}, "embeddings.generate"),
        batching.BatchRequest({"prompt": "p q", "model": "m"}, "completions.generate"),
        batching.BatchRequest({**chat(1), "model": "m"}),
    ]
    a, b, c = await batching.run(client, requests).collect_async()
    assert len(a.unwrap().data[0].embedding) == 1536
    assert b.unwrap().choices[0].text == expected_text("p q", 3)
    assert c.unwrap().choices[0].message.content == expected_text("item 1", 3)


async def test_async_iterable_input(client: OpenRouter) -> None:
    async def source() -> AsyncIterator[dict[str, Any]]:
        for i in range(50):
            await asyncio.sleep(0)
            yield chat(i)

    outcomes = [o async for o in batching.run(client, source(), model="m", concurrency=8)]
    assert [o.index for o in outcomes] == list(range(50)) and all(o.ok for o in outcomes)


async def test_an_input_that_fails_is_raised_after_the_outcomes_before_it(
    client: OpenRouter,
) -> None:
    def source() -> Iterator[dict[str, Any]]:
        yield from (chat(i) for i in range(5))
        raise RuntimeError("the input broke")

    seen: list[batching.Outcome] = []
    with pytest.raises(RuntimeError, match="the input broke"):
        async for o in batching.run(client, source(), model="m"):
            seen.append(o)  # noqa: PERF401 - the list must hold what came before the raise
    assert [o.index for o in seen] == list(range(5))


async def test_leaving_early_cancels_what_is_in_flight(
    client: OpenRouter, server: RecordingServer
) -> None:
    server.latency = 0.05
    async with batching.run(client, (chat(i) for i in range(1000)), concurrency=10) as run:
        async for outcome in run:
            assert outcome.ok
            break
    assert run.in_flight <= 10
    assert all(t.done() for t in run._workers)
    assert sum(server.received.values()) <= 1 + 10 + 50  # stopped: nowhere near 1000


def test_sync_twin() -> None:
    srv = RecordingServer(chunks=2)
    with srv.run_in_thread() as url, OpenRouter(api_key="k", server_url=url) as client:
        outcomes = list(batching.run(client, [chat(i) for i in range(40)], model="m"))
        assert [o.index for o in outcomes] == list(range(40))
        assert all(
            o.result.choices[0].message.content == expected_text(f"item {o.index}", 2)
            for o in outcomes
        )
        run = batching.run(client, (chat(i) for i in range(30)), model="m", ordered=False)
        assert len(run.collect()) == 30


class _FakeChat:
    """A chat resource that answers instantly: the runner's own cost and laziness, no I/O."""

    async def send_async(self, **kwargs: Any) -> str:
        await asyncio.sleep(0)
        return str(kwargs["messages"])


class _FakeClient:
    def __init__(self) -> None:
        self.chat = _FakeChat()
        self._transport = type("T", (), {"retry": RetryConfig("none")})()


@pytest.mark.parametrize(("ordered", "items"), [(True, 100_000), (False, 20_000)])
async def test_input_is_consumed_lazily(ordered: bool, items: int) -> None:
    concurrency, window = 16, 8
    consumed = 0
    worst = 0

    def source() -> Iterator[dict[str, Any]]:
        nonlocal worst
        for i in range(items):
            worst = max(worst, i + 1 - consumed)  # pulled, not yet handed to the consumer
            yield {"messages": i}

    run = batching.run(
        _FakeClient(),  # type: ignore[arg-type]
        source(),
        concurrency=concurrency,
        window=window,
        ordered=ordered,
    )
    async for outcome in run:
        if ordered:
            assert outcome.index == consumed
        consumed += 1
    assert consumed == items
    assert worst <= concurrency + window


async def test_progress_callback(client: OpenRouter) -> None:
    snapshots: list[batching.Progress] = []
    run = batching.run(
        client,
        [chat(i) for i in range(25)],
        model="m",
        progress=snapshots.append,
        progress_interval=0,
    )
    await run.collect_async()
    last = snapshots[-1]
    assert last.done == last.succeeded == 25 and last.failed == 0 and last.in_flight == 0
    assert last.total == 25 and last.eta == 0
    assert last.completion_tokens == 25 * 3
    assert last.prompt_tokens == 25 * 2
    assert last.cost == pytest.approx(25 * 5 / 1_000_000)
    assert [s.done for s in snapshots] == sorted(s.done for s in snapshots)


async def test_chat_many(client: OpenRouter) -> None:
    run = batching.chat_many(client, [chat(i) for i in range(10)], model="m", concurrency=3)
    texts = [o.unwrap().choices[0].message.content async for o in run]
    assert texts == [expected_text(f"item {i}", 3) for i in range(10)]


@pytest.mark.parametrize("as_numpy", [False, True])
async def test_embed_many_packs_and_keeps_input_order(
    client: OpenRouter, server: RecordingServer, as_numpy: bool
) -> None:
    if as_numpy:
        pytest.importorskip("numpy")  # the `numpy` extra; the test extra installs it
    server.embedding_dim = 4
    texts = [f"text number {i}" + "x" * (i % 7) for i in range(103)]
    got = await batching.embed_many_async(
        client, iter(texts), model="e", batch_size=10, max_batch_chars=120, as_numpy=as_numpy
    )
    want = [expected_embedding(t, 4) for t in texts]
    if as_numpy:
        import numpy as np

        assert got.dtype == np.float32 and got.shape == (103, 4)
        assert got.tolist() == want
    else:
        assert got == want
    assert len(server.received) > 103 // 10  # the character budget split some groups
    assert server.last_request is not None
    assert server.last_request.json["encoding_format"] == "base64"


async def test_embed_many_names_the_inputs_of_a_failed_request(
    client: OpenRouter, server: RecordingServer
) -> None:
    server.embedding_dim = 2
    texts = [f"t{i}" for i in range(12)]
    bad = str(texts[4:8])  # how RecordingServer names an embeddings request
    server.inject = lambda prompt, n: (400, {}) if prompt == bad else None
    with pytest.raises(batching.EmbeddingsFailed, match="inputs 4-7: BadRequestResponseError") as e:
        await batching.embed_many_async(client, texts, model="e", batch_size=4)
    ((span, error),) = e.value.failures
    assert span == range(4, 8) and isinstance(error, errors.BadRequestResponseError)
    assert e.value.partial[4:8] == [None] * 4
    assert e.value.partial[0] == expected_embedding("t0", 2)


def test_embed_many_sync() -> None:
    srv = RecordingServer(embedding_dim=3)
    with srv.run_in_thread() as url, OpenRouter(api_key="k", server_url=url) as client:
        got = batching.embed_many(client, ["a", "b", "c"], model="e", batch_size=2)
    assert got == [expected_embedding(t, 3) for t in "abc"]


async def test_send_many_on_the_chat_resource(client: OpenRouter, server: RecordingServer) -> None:
    run = client.chat.send_many((chat(i) for i in range(7)), model="m", concurrency=2)
    outcomes = [o async for o in run]
    assert [o.index for o in outcomes] == list(range(7))
    assert [o.unwrap().choices[0].message.content for o in outcomes] == [
        expected_text(f"item {i}", 3) for i in range(7)
    ]
    assert {o.attempts for o in outcomes} == {1}
    assert server.max_active <= 2


async def test_outcome_attempts_counts_the_runners_sends(
    client: OpenRouter, server: RecordingServer
) -> None:
    """Twice 429 then answered: 3 sends; a line that is no request was never sent: 0."""
    server.inject = lambda prompt, n: (
        (429, {"Retry-After": "0"}) if prompt == "item 1" and n <= 2 else None
    )
    bad = batching.BatchRequest(error=batching.BatchInputError("line 3: not JSON"))
    run = client.chat.send_many([chat(0), chat(1), bad], model="m")
    outcomes = [o async for o in run]
    assert [o.attempts for o in outcomes] == [1, 3, 0]
    assert outcomes[1].ok and server.received["item 1"] == 3
    assert not outcomes[2].ok


@pytest.mark.parametrize("encoding", ["base64", "float"])
async def test_generate_many_into_numpy_from_either_wire_format(
    client: OpenRouter, server: RecordingServer, encoding: str
) -> None:
    """`as_numpy=True` fills one float32 array, in input order, exactly the server's values
    (k/32768 is exact in float32), from base64 or float JSON alike; sized input and a lazy
    iterator (the array grows) give the same array."""
    np = pytest.importorskip("numpy")
    server.embedding_dim = 6
    texts = [f"doc {i}" for i in range(45)]
    want = np.array([expected_embedding(t, 6) for t in texts], dtype=np.float32)
    for source in (texts, iter(texts)):
        got = await client.embeddings.generate_many_async(
            source,
            model="e",
            batch_size=4,
            concurrency=3,
            as_numpy=True,
            encoding_format=encoding,  # type: ignore[typeddict-item]
        )
        assert got.dtype == np.float32 and got.shape == (45, 6)
        assert np.array_equal(got, want)
        assert got.flags.c_contiguous
    assert server.last_request is not None
    assert server.last_request.json["encoding_format"] == encoding


async def test_generate_many_numpy_failure_keeps_what_arrived(
    client: OpenRouter, server: RecordingServer
) -> None:
    np = pytest.importorskip("numpy")
    server.embedding_dim = 3
    texts = [f"t{i}" for i in range(9)]
    server.inject = lambda prompt, n: (500, {}) if prompt == str(texts[3:6]) else None
    with pytest.raises(batching.EmbeddingsFailed, match="inputs 3-5") as e:
        await client.embeddings.generate_many_async(
            texts, model="e", batch_size=3, as_numpy=True, retries=None
        )
    partial = e.value.partial
    assert partial[3:6] == [None] * 3
    assert np.array_equal(partial[8], np.array(expected_embedding("t8", 3), dtype=np.float32))


async def test_generate_many_refuses_vectors_of_changing_length(
    client: OpenRouter, server: RecordingServer
) -> None:
    """A server answering 4 then 5 dimensions is a failed request, not a ragged array."""
    pytest.importorskip("numpy")
    server.embedding_dim = 4

    def reply(prompt: str, n: int) -> None:
        if prompt == str(["c", "d"]):  # the second request (concurrency 1) gets 5
            server.embedding_dim = 5
        return None

    server.inject = reply
    with pytest.raises(batching.EmbeddingsFailed, match="inputs 2-3") as e:
        await client.embeddings.generate_many_async(
            ["a", "b", "c", "d"], model="e", batch_size=2, concurrency=1, as_numpy=True
        )
    assert "5 dimensions after 4" in str(e.value.failures[0][1])


def test_generate_many_sync_twin() -> None:
    srv = RecordingServer(embedding_dim=3)
    with srv.run_in_thread() as url, OpenRouter(api_key="k", server_url=url) as client:
        got = client.embeddings.generate_many(iter("abcde"), model="e", batch_size=2)
        outcomes = list(client.chat.send_many([chat(1), chat(2)], model="m"))
    assert got == [expected_embedding(t, 3) for t in "abcde"]
    assert [o.unwrap().choices[0].message.content for o in outcomes] == [
        expected_text(f"item {i}", srv.chunks) for i in (1, 2)
    ]


def test_memory_stays_bounded_for_a_long_lazy_input() -> None:
    """Peak traced memory of a 10,000-item run is that of a 1,000-item run: nothing grows with
    the input (no list of it, no kept outcomes)."""
    import tracemalloc

    async def job(n: int) -> int:
        count = 0
        run = batching.run(
            _FakeClient(),  # type: ignore[arg-type]
            ({"messages": i} for i in range(n)),
            concurrency=32,
        )
        async for _ in run:
            count += 1
        return count

    peaks = []
    for n in (1_000, 10_000):
        tracemalloc.start()
        try:
            assert asyncio.run(job(n)) == n
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] < peaks[0] * 1.5 + 64 * 1024


async def test_an_async_input_is_consumed_lazily_too() -> None:
    concurrency, window = 8, 4
    consumed = worst = 0

    async def source() -> AsyncIterator[dict[str, Any]]:
        nonlocal worst
        for i in range(5_000):
            worst = max(worst, i + 1 - consumed)
            await asyncio.sleep(0)  # let other workers queue up on the input
            yield {"messages": i}

    run = batching.run(
        _FakeClient(),  # type: ignore[arg-type]
        source(),
        concurrency=concurrency,
        window=window,
    )
    async for outcome in run:
        assert outcome.index == consumed and outcome.result == str(consumed)
        consumed += 1
    assert consumed == 5_000 and worst <= concurrency + window


def test_breaking_out_of_a_sync_loop_cancels_the_rest() -> None:
    srv = RecordingServer(chunks=2, latency=0.05)
    with srv.run_in_thread() as url, OpenRouter(api_key="k", server_url=url) as client:
        run = batching.run(client, (chat(i) for i in range(1000)), model="m", concurrency=4)
        for outcome in run:
            assert outcome.ok
            break
        assert all(t.done() for t in run._workers)
        assert run._pulled <= 1 + 4 + 16  # the one consumed + concurrency + window
        time.sleep(0.2)  # requests already on the wire may still arrive...
        assert sum(srv.received.values()) <= run._pulled  # ...but none started after the break
