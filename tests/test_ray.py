"""Batch jobs on Ray Data (openrouter_lite.ray_data) on a local 2-CPU Ray, against the embedded
server on 127.0.0.1. Skipped when Ray is not installed (the ``ray`` extra)."""

from __future__ import annotations

import math
import os
import sys
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest
from aiohttp import web

ray = pytest.importorskip("ray")
ray_data = pytest.importorskip("ray.data")
pa = pytest.importorskip("pyarrow")

from openrouter_lite import BackoffStrategy, RetryConfig  # noqa: E402
from openrouter_lite.ray_data import (  # noqa: E402
    CHAT_COLUMNS,
    EMBEDDING_COLUMNS,
    ChatMapper,
    answered_ids,
    map_chat,
    map_embeddings,
    read_outcomes,
    skip_answered,
)
from openrouter_lite.testing import MockOpenRouter, expected_embedding, expected_text  # noqa: E402

pytestmark = [
    pytest.mark.ray,
    # Ray's own modules warn about their deprecated settings when a DataContext is made
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]

KEY = "sk-or-ray-test-0123456789"
CHUNKS = 4
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
FAST_RETRY = RetryConfig(
    "backoff", BackoffStrategy(initial_interval=1, max_interval=5, max_elapsed_time=5_000)
)


class RecordingServer(MockOpenRouter):
    """The mock server, counting every chat prompt and embedding input it receives; a prompt
    containing "fail429"/"fail500" is always answered with that status, one containing "flaky"
    too while `flaky` is set."""

    def __init__(self) -> None:
        super().__init__(chunks=CHUNKS, embedding_dim=8, api_key=KEY)
        self.prompts: Counter[str] = Counter()
        self.flaky = False

    def app(self) -> web.Application:
        app = super().app()

        @web.middleware
        async def record(request: web.Request, handler: Handler) -> web.StreamResponse:
            body = msgspec.json.decode(await request.read()) if request.method == "POST" else {}
            if "messages" in body:
                prompt = body["messages"][-1]["content"]
                self.prompts[prompt] += 1
                for marker, code in (("fail429", 429), ("fail500", 500), ("flaky", 500)):
                    if marker in prompt and (marker != "flaky" or self.flaky):
                        err = {"error": {"code": code, "message": f"injected {code}"}}
                        headers = {"Retry-After": "0"} if code == 429 else None
                        return web.json_response(err, status=code, headers=headers)
            elif "input" in body:
                self.prompts.update(body["input"])
            return await handler(request)

        app.middlewares.append(record)
        return app


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    """A local Ray whose workers inherit OPENROUTER_API_KEY from this process's environment."""
    old = os.environ.get("OPENROUTER_API_KEY")
    os.environ["OPENROUTER_API_KEY"] = KEY
    ray.init(
        address="local",
        num_cpus=2,
        object_store_memory=200 * 1024 * 1024,
        include_dashboard=False,
        log_to_driver=False,
        configure_logging=False,
    )
    ctx = ray_data.DataContext.get_current()
    ctx.enable_progress_bars = False
    try:
        yield
    finally:
        ray.shutdown()
        if old is None:
            os.environ.pop("OPENROUTER_API_KEY", None)
        else:
            os.environ["OPENROUTER_API_KEY"] = old


@pytest.fixture
def server(cluster: None) -> Iterator[RecordingServer]:
    srv = RecordingServer()
    with srv.run_in_thread():
        yield srv


def rows(n: int, start: int = 0, mark: dict[int, str] | None = None) -> list[dict[str, Any]]:
    mark = mark or {}
    return [
        {"id": f"r{i}", "prompt": f"question {i} {mark.get(i, '')}".strip()}
        for i in range(start, start + n)
    ]


def chat(ds: Any, srv: RecordingServer, **kw: Any) -> Any:
    kw.setdefault("actors", 2)
    kw.setdefault("concurrency", 8)
    kw.setdefault("batch_size", 25)
    return map_chat(ds, "mock/model", server_url=srv.url, retry_config=FAST_RETRY, **kw)


MARKS = {3: "fail429", 10: "fail500", 11: "fail500", 140: "fail429"}


@pytest.fixture(scope="module")
def mixed(cluster: None) -> Iterator[tuple[list[dict[str, Any]], dict[str, Any], RecordingServer]]:
    """One job (Ray jobs are slow to start) of 200 rows: 196 good ones, two always answered
    429, two always 500, and one that is not a request. The runner re-sends a 429 twice
    (pausing the actor's whole run), the client retries a 500 (FAST_RETRY) inside one send."""
    srv = RecordingServer()
    items = rows(200, mark=MARKS)
    bad = {"id": "bad", "prompt": None}
    with srv.run_in_thread():
        out = chat(ray_data.from_items([*items, bad]), srv, throttle_retries=2).take_all()
    yield items, {r["id"]: r for r in out}, srv


def test_happy_path_every_row_answered_once(mixed: Any) -> None:
    items, out, server = mixed
    assert len(out) == 201
    good = [item for i, item in enumerate(items) if i not in MARKS]
    for item in good:
        row = out[item["id"]]
        assert row["prompt"] == item["prompt"]  # input columns are kept
        assert set(row) == {"id", "prompt", *CHAT_COLUMNS}
        assert row["status"] == "ok" and row["error_type"] is None
        assert row["content"] == expected_text(item["prompt"], CHUNKS)
        assert row["finish_reason"] == "stop"
        assert row["status_code"] == 200
        assert row["prompt_tokens"] == 2 and row["completion_tokens"] == CHUNKS
        assert row["total_tokens"] == 2 + CHUNKS
        assert math.isclose(row["cost"], (2 + CHUNKS) / 1_000_000)
        assert row["attempts"] == 1 and row["latency_s"] >= 0
        assert row["generation_id"].startswith("gen-mock-")
        assert server.prompts[item["prompt"]] == 1  # no duplicate sends
    assert len({out[item["id"]]["generation_id"] for item in good}) == len(good) == 196
    # the key reached every worker from its environment, and it is in no output cell
    assert KEY not in repr(out)


def test_injected_429_and_500_become_error_rows(mixed: Any) -> None:
    items, out, server = mixed
    for i, marker in MARKS.items():
        item, row = items[i], out[items[i]["id"]]
        assert row["status"] == "error" and row["content"] is None
        assert row["total_tokens"] is None and row["cost"] is None
        if marker == "fail429":
            assert row["error_type"] == "TooManyRequestsResponseError"
            assert row["status_code"] == 429 and row["error_message"] == "injected 429"
            assert row["attempts"] == 3 == server.prompts[item["prompt"]]
        else:
            assert row["error_type"] == "InternalServerResponseError"
            assert row["status_code"] == 500 and row["error_message"] == "injected 500"
            # the client's own retries happen inside one send of the runner
            assert row["attempts"] == 1
            assert server.prompts[item["prompt"]] == FAST_RETRY.max_attempts


def test_a_row_that_is_no_request_is_an_error_row(mixed: Any) -> None:
    row = mixed[1]["bad"]
    assert row["status"] == "error" and row["error_type"] == "ValueError"
    assert row["status_code"] is None and row["content"] is None and row["attempts"] == 0
    assert "prompt must be a string" in row["error_message"]
    assert None not in mixed[2].prompts  # never sent


def test_resume_sends_nothing_twice(server: RecordingServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    items = rows(150, mark={7: "flaky", 120: "flaky"})
    ds = ray_data.from_items(items)
    # a partial run: the first 100 rows only (row 7 fails while the server is flaky)
    server.flaky = True
    chat(ds.limit(100), server).write_parquet(str(out))
    assert len(answered_ids(out)) == 99
    assert len(answered_ids(out, retry_failed=False)) == 100

    # the rerun: the same job over everything, writing to the same place
    server.flaky = False
    chat(skip_answered(ds, out), server).write_parquet(str(out))

    final = read_outcomes(out)
    assert final.num_rows == 150
    assert sorted(final.column("id").to_pylist()) == sorted(r["id"] for r in items)
    assert set(final.column("status").to_pylist()) == {"ok"}
    for i, item in enumerate(items):
        # row 7 was sent once per attempt in the first run, once more in the rerun
        expected = server.prompts[item["prompt"]] if i == 7 else 1
        assert server.prompts[item["prompt"]] == expected, item
    assert server.prompts[items[7]["prompt"]] == FAST_RETRY.max_attempts + 1
    assert sum(server.prompts.values()) == 149 + FAST_RETRY.max_attempts + 1


def test_resume_from_jsonl_output(server: RecordingServer, tmp_path: Path) -> None:
    out = tmp_path / "out"
    items = rows(40, mark={5: "fail500"})
    ds = ray_data.from_items(items)
    chat(ds, server).write_json(str(out))  # Ray's JSONL files, *.json
    final = read_outcomes(out)
    assert sorted(final.column("id").to_pylist()) == sorted(r["id"] for r in items)
    assert answered_ids(out) == {r["id"] for r in items} - {"r5"}
    left = skip_answered(ds, out).take_all()
    assert [r["id"] for r in left] == ["r5"]  # only the failed row would run again
    assert answered_ids(out, retry_failed=False) == {r["id"] for r in items}


def test_map_embeddings_vectors_in_row_order(server: RecordingServer) -> None:
    items = [{"id": i, "text": f"text number {i}"} for i in range(90)]
    ds = ray_data.from_items(items)
    out = map_embeddings(
        ds, "mock/embed", server_url=server.url, inputs_per_request=16, batch_size=45
    ).take_all()

    assert sorted(r["id"] for r in out) == list(range(90))
    for row in out:
        assert row["status"] == "ok"
        assert list(row["embedding"]) == expected_embedding(row["text"], 8)
        assert row["generation_id"].startswith("embd-mock-")
    assert server.prompts == Counter(r["text"] for r in items)
    assert server.requests["POST", "/embeddings"] == 2 * math.ceil(45 / 16)
    # each request's tokens and cost are split over its rows; the sums are exact
    assert sum(r["prompt_tokens"] for r in out) == 3 * 90
    assert math.isclose(sum(r["cost"] for r in out), 3 * 90 / 1_000_000)


class DiesOnce(ChatMapper):
    """Kills its own actor process, once, right after sending the batch holding "die"."""

    def __init__(self, *args: Any, flag: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.flag = flag

    async def __call__(self, batch: Any) -> Any:
        out = await super().__call__(batch)
        if "question 33 die" in batch.column("prompt").to_pylist() and _first(self.flag):
            os._exit(1)
        return out


def _first(flag: str) -> bool:
    """True for the first caller only (across processes): it creates `flag`."""
    try:
        os.close(os.open(flag, os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return False
    return True


def test_an_actor_that_dies_is_replaced_and_its_batch_sent_again(
    server: RecordingServer, tmp_path: Path
) -> None:
    """At least once, as the README says: every row comes out once, but the rows of the batch
    the dead actor held reached the server twice."""
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # DiesOnce lives here
    items = rows(100, mark={33: "die"})
    kwargs = {"model": "mock/model", "server_url": server.url, "concurrency": 8}
    out = ray_data.from_items(items).map_batches(
        DiesOnce,
        fn_constructor_kwargs={**kwargs, "flag": str(tmp_path / "died")},
        batch_format="pyarrow",
        batch_size=25,
        compute=ray_data.ActorPoolStrategy(size=2),
        num_cpus=0.5,
    )
    result = out.take_all()

    assert (tmp_path / "died").exists()
    assert sorted(r["id"] for r in result) == sorted(r["id"] for r in items)
    assert {r["status"] for r in result} == {"ok"}
    twice = {p for p, n in server.prompts.items() if n == 2}
    assert items[33]["prompt"] in twice
    assert set(server.prompts.values()) == {1, 2}
    assert sum(server.prompts.values()) == 100 + len(twice)


def test_missing_id_column_fails_the_job_clearly(server: RecordingServer) -> None:
    ds = ray_data.from_items([{"prompt": "no id"}])
    with pytest.raises(Exception, match="no id column 'id'"):
        chat(ds, server, actors=1).take_all()


def test_the_key_is_never_a_constructor_argument() -> None:
    with pytest.raises(ValueError, match="must not carry api_key"):
        ChatMapper("m", client_options={"api_key": KEY})
    with pytest.raises(ValueError, match="concurrency must be >= 1"):
        ChatMapper("m", concurrency=0)
    assert set(EMBEDDING_COLUMNS) - set(CHAT_COLUMNS) == {"embedding"}


def test_torn_jsonl_line_and_missing_output(tmp_path: Path) -> None:
    assert answered_ids(tmp_path / "nothing-yet") == set()
    out = tmp_path / "out"
    out.mkdir()
    (out / "part-0.json").write_text(
        '{"id": "x", "status": "ok"}\n{"id": "y", "status": "error"}\n{"id": "z", "sta'
    )
    (out / "part-1.json").write_text('{"id": "y", "status": "ok"}\n{"id": "w", "status": "error"}')
    assert answered_ids(out) == {"x", "y"}
    assert answered_ids(out, retry_failed=False) == {"x", "y", "w"}
    final = read_outcomes(out)
    pairs = zip(final.column("id").to_pylist(), final.column("status").to_pylist(), strict=True)
    assert sorted(pairs) == [("w", "error"), ("x", "ok"), ("y", "ok")]


README = Path(__file__).resolve().parent.parent / "README.md"
# Run in every Python process the script starts (its Ray workers included): the README's code
# talks to the public API by default, so the embedded server's URL is swapped in underneath it,
# as tests/test_readme.py does for the other README blocks.
SITECUSTOMIZE = """\
import os
if os.environ.get("README_TEST_SERVER_URL"):
    import openrouter_lite._client
    openrouter_lite._client.DEFAULT_SERVER_URL = os.environ["README_TEST_SERVER_URL"]
"""


def readme_ray_script() -> str:
    """The ```python blocks of README's "Scaling out with Ray", in order, as one script."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Scaling out with Ray\n", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("\n```", 1)[0] for b in section.split("```python\n")[1:]]
    assert len(blocks) == 2, "the Ray section's two python blocks (job, dedupe by id)"
    return "\n".join(blocks) + '\nprint("deduped", len(df), "rows")\n'


def test_readme_example_runs_as_written_and_a_rerun_sends_nothing_twice(tmp_path: Path) -> None:
    """The README's job, unedited, in its own `python job.py` (which starts its own local Ray,
    as the `ray job submit` recipe runs it), twice: every row answered once, then skipped."""
    import subprocess

    (tmp_path / "job.py").write_text(readme_ray_script(), encoding="utf-8")
    n = 60
    (tmp_path / "prompts.jsonl").write_text(
        "".join(msgspec.json.encode(r).decode() + "\n" for r in rows(n)), encoding="utf-8"
    )
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    srv = RecordingServer()
    with srv.run_in_thread():
        repo = str(README.parent)
        env = {
            **os.environ,
            "OPENROUTER_API_KEY": KEY,
            "README_TEST_SERVER_URL": srv.url,
            "PYTHONPATH": os.pathsep.join([str(hook), repo]),
            "RAY_ENABLE_UV_RUN_RUNTIME_ENV": "0",
        }
        outputs = []
        for _ in range(2):
            done = subprocess.run(
                [sys.executable, "job.py"],
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=240,
            )
            assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
            outputs.append(done.stdout)
    for out in outputs:
        assert f"{n} rows, {n} ok" in out, out[-2000:]
        assert f"deduped {n} rows" in out, out[-2000:]
    assert srv.prompts == Counter(r["prompt"] for r in rows(n))  # the rerun sent nothing
