"""Batch jobs on Ray Data: openrouter_lite.ray_data against Ray's own ``ray.data.llm`` HTTP
request processor, on a local Ray (2 CPUs), the same number of actors, one server process.

``python -m bench.ray_data [--rows 20000] [--actors 2] [--delay-ms 50] [--json out.json]``

Optional: skipped (exit 0, says why) without Ray; the ``ray.data.llm`` contender is skipped
when it cannot be imported (it needs pydantic). Per contender and scenario it prints rows/s,
rows delivered / lost, and the peak RSS of its actor processes (summed over the pool and the
largest one, sampled from /proc every 0.1 s). Scenarios: ``throughput`` (every answer held
``--delay-ms`` by the server) and ``faults`` (the same, with ``--fail-rows`` rows the server
always answers 429): a row that fails must come back as a row, and the job must finish.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import re
import select
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .server import DELAY_HEADER, READY, ROOT, BenchMock, child_env

FAIL_MARK = "overloaded"
MODEL = "mock/bench"
KEY = "sk-or-bench-ray"
Handler = Callable[[Any], Awaitable[Any]]


# -- the server (a child process) ---------------------------------------------------------------


def _serve() -> None:
    """The bench server plus: a prompt containing FAIL_MARK is always answered 429."""
    from aiohttp import web

    stats: dict[str, float] = {"requests": 0, "first": 0.0, "last": 0.0}

    @web.middleware
    async def overloaded(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path.endswith("/bench-stats"):  # read and reset
            answer = dict(stats)
            stats.update(requests=0, first=0.0, last=0.0)
            return web.json_response(answer)
        body = await request.read()
        stats["first"] = stats["first"] or time.monotonic()
        stats["requests"] += 1
        try:
            if FAIL_MARK.encode() in body:
                err = {"error": {"code": 429, "message": "Rate limit exceeded"}}
                return web.json_response(err, status=429, headers={"Retry-After": "0"})
            result: web.StreamResponse = await handler(request)
            return result
        finally:
            stats["last"] = time.monotonic()

    class Server(BenchMock):
        def app(self) -> web.Application:
            app = super().app()
            app.middlewares.insert(0, overloaded)
            return app

    async def main() -> None:
        srv = Server(chunks=5, api_key=KEY)
        async with srv.run("127.0.0.1", 0) as url:
            print(READY + url, flush=True)
            loop = asyncio.get_running_loop()
            stop = asyncio.Event()
            loop.add_reader(sys.stdin.fileno(), stop.set)  # EOF: the parent is gone
            await stop.wait()

    asyncio.run(main())


@contextmanager
def server() -> Iterator[str]:
    cmd = [sys.executable, "-m", "bench.ray_data", "--serve"]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=child_env()
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        line = proc.stdout.readline() if ready else ""
        if not line.startswith(READY):
            raise RuntimeError(f"bench server did not start (said {line!r})")
        yield line[len(READY) :].strip()
    finally:
        proc.terminate()
        proc.wait(10)


# -- memory ---------------------------------------------------------------------------------


def _actor_rss_mb(operator: bytes) -> list[float]:
    """RSS (MB) of each Ray Data actor process (``ray::MapWorker(...)``) running `operator`."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                title = f.read(256)
            if not title.startswith(b"ray::MapWorker") or operator not in title:
                continue
            with open(f"/proc/{pid}/status") as f:
                rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
            found.append(rss / 1024)
        except (OSError, StopIteration):
            continue
    return found


class PeakSampler:
    """Peak RSS of one contender's actors, every 0.1 s: summed over the pool, and per actor."""

    def __init__(self, operator: str) -> None:
        self.operator = operator.encode()
        self.peak = self.peak_one = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.1):
            sizes = _actor_rss_mb(self.operator)
            self.peak = max(self.peak, sum(sizes))
            self.peak_one = max(self.peak_one, max(sizes, default=0.0))

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# -- contenders -------------------------------------------------------------------------------


def _dataset(rows: int, fail_rows: int) -> Any:
    import ray.data

    step = max(1, rows // fail_rows) if fail_rows else 0

    def prompts(batch: dict[str, Any]) -> dict[str, Any]:
        ids = batch["id"].tolist()
        marks = [FAIL_MARK if step and i % step == step // 2 else "" for i in ids]
        batch["prompt"] = [f"question {i} {m}".strip() for i, m in zip(ids, marks, strict=True)]
        return batch

    return ray.data.range(rows).map_batches(prompts)


def lite(ds: Any, url: str, args: argparse.Namespace) -> Iterator[tuple[int, int]]:
    from openrouter_lite.ray_data import map_chat

    out = map_chat(
        ds,
        MODEL,
        actors=args.actors,
        concurrency=args.concurrency,
        server_url=url,
        throttle_retries=2,
        client_options={"default_headers": {DELAY_HEADER: str(args.delay_ms)}},
    )
    for batch in out.iter_batches(batch_format="pyarrow", batch_size=None):
        statuses = batch.column("status").to_pylist()
        yield len(statuses), statuses.count("ok")


def ray_llm(ds: Any, url: str, args: argparse.Namespace) -> Iterator[tuple[int, int]]:
    from ray.data.llm import HttpRequestProcessorConfig, build_processor

    config = HttpRequestProcessorConfig(
        url=url + "/chat/completions",
        headers={"Authorization": f"Bearer {KEY}", DELAY_HEADER: str(args.delay_ms)},
        # a fixed pool of half-CPU actors, as map_chat's (an int n autoscales from 1 to n, and
        # its default of 1 CPU per actor leaves the reads no CPU on 2 CPUs)
        concurrency=(args.actors, args.actors),
        http_request_stage={"num_cpus": 0.5},
        batch_size=64,
        max_retries=2,
        base_retry_wait_time_in_s=0.01,
    )
    processor = build_processor(
        config,
        preprocess=lambda row: {
            "payload": {"model": MODEL, "messages": [{"role": "user", "content": row["prompt"]}]}
        },
        postprocess=lambda row: {
            "id": row["id"],
            "content": row["http_response"]["choices"][0]["message"]["content"],
        },
    )
    for batch in processor(ds).iter_batches(batch_format="pyarrow", batch_size=None):
        yield batch.num_rows, batch.num_rows


CONTENDERS = {"lite": lite, "ray.data.llm": ray_llm}
OPERATORS = {"lite": "ChatMapper", "ray.data.llm": "HttpRequestUDF"}  # in their actors' titles


def server_stats(url: str) -> dict[str, float]:
    """Requests the server answered since the last call, and when the first and last came."""
    with urllib.request.urlopen(url + "/bench-stats", timeout=10) as answer:
        stats: dict[str, float] = json.load(answer)
    return stats


def measure(name: str, url: str, args: argparse.Namespace, fail_rows: int) -> dict[str, Any]:
    ds = _dataset(args.rows, fail_rows)
    server_stats(url)
    rows = ok = 0
    error = None
    start = time.perf_counter()
    with PeakSampler(OPERATORS[name]) as mem:
        try:
            for n, good in CONTENDERS[name](ds, url, args):
                rows += n
                ok += good
        except Exception as exc:  # the job failed: what it delivered before is all there is
            error = f"{type(exc).__name__}: {_plain(str(exc))}"
    end = time.perf_counter()
    seen = server_stats(url)
    busy = seen["last"] - seen["first"]
    return {
        "rows_out": rows,
        "rows_ok": ok,
        "rows_lost": args.rows - rows,
        "seconds": round(end - start, 2),
        "rows_per_s": round(rows / (end - start), 1),
        # from the server: answers per second between its first and last request (Ray's
        # start-up of the actors left out)
        "server_requests": int(seen["requests"]),
        "server_req_per_s": round(seen["requests"] / busy, 1) if busy > 0 else 0.0,
        "peak_actors_rss_mb": round(mem.peak, 1),
        "peak_one_actor_rss_mb": round(mem.peak_one, 1),
        "job_error": error,
    }


def _plain(message: str) -> str:
    """The first line of a Ray error, without its terminal colours."""
    return re.sub(r"\x1b\[[0-9;]*m", "", message).splitlines()[0][:200]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ray_data")
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--actors", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=64, help="lite: in flight per actor")
    parser.add_argument("--delay-ms", type=int, default=50)
    parser.add_argument("--fail-rows", type=int, default=10, help="faults: rows answered 429")
    parser.add_argument("--only", choices=sorted(CONTENDERS), action="append")
    parser.add_argument("--scenario", choices=("throughput", "faults"), action="append")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        _serve()
        return 0
    if importlib.util.find_spec("ray") is None:
        print("bench.ray_data: skipped, Ray is not installed (pip install '.[ray]')")
        return 0
    import ray

    names = args.only or list(CONTENDERS)
    try:
        import ray.data.llm  # noqa: F401
    except ImportError as exc:
        if "ray.data.llm" in names:
            print(f"bench.ray_data: ray.data.llm skipped, it cannot be imported ({exc})")
            names.remove("ray.data.llm")
    os.environ["OPENROUTER_API_KEY"] = KEY  # the actors inherit it
    ray.init(
        address="local",
        num_cpus=2,
        object_store_memory=200 * 1024 * 1024,
        include_dashboard=False,
        log_to_driver=False,
    )
    ray.data.DataContext.get_current().enable_progress_bars = False
    results: dict[str, Any] = {"rows": args.rows, "actors": args.actors, "scenarios": {}}
    try:
        with server() as url:
            for name in names:  # warm-up: Ray's worker processes, imports, the server
                measure(name, url, argparse.Namespace(**{**vars(args), "rows": 256}), 0)
            for scenario in args.scenario or ["throughput", "faults"]:
                fail = args.fail_rows if scenario == "faults" else 0
                for name in names:
                    r = measure(name, url, args, fail)
                    results["scenarios"].setdefault(scenario, {})[name] = r
                    print(f"{scenario:10} {name:13} {json.dumps(r)}", flush=True)
    finally:
        ray.shutdown()
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
