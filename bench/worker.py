"""One contender in its own process: ``python -m bench.worker CONTENDER``.

Commands arrive on stdin, one JSON object a line; each gets one reply on stdout, prefixed by
``@@BENCH`` (anything else a library prints is ignored):

- ``{"cmd": "setup", "spec": {...}}``: open the client for a scenario and run a checked warm-up,
  whose timing caps the units a slow peer does per repetition (``Scenario.scale``).
- ``{"cmd": "run"}``: one timed repetition (after an untimed warm-up if the worker sat idle long
  enough for keep-alive connections to expire), checked; wall and CPU time of this process.
- ``{"cmd": "teardown"}``: close the client.

The harness runs the contenders' workers in turn, so only one process is ever busy, and each
keeps its client and pool between repetitions (steady state; cold start is what the ``import``
and ``memory`` scenarios measure).
"""

from __future__ import annotations

import asyncio
import gc
import json
import signal
import sys
import time
import traceback
from collections.abc import Callable
from typing import Any

from .contenders import CONTENDERS, Contender, Unsupported
from .scenarios import (
    ASYNC_JOBS,
    BY_NAME,
    PARSERS,
    SYNC_JOBS,
    UNCAPPED,
    parser_input,
    warmup_params,
)

MARK = "@@BENCH "
IDLE_REWARM_S = 3.0  # below httpx's 5 s keep-alive expiry: idle longer, and the pool is refilled


def reply(obj: dict[str, Any]) -> None:
    sys.stdout.write(MARK + json.dumps(obj) + "\n")
    sys.stdout.flush()


def describe(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else ""
    return f"{type(exc).__name__}: {exc}{where}"


class Session:
    """One scenario on this worker's contender: the runner, its warm-up and its teardown."""

    def __init__(self, contender_name: str, spec: dict[str, Any]) -> None:
        self.name = contender_name
        self.scenario = s = BY_NAME[spec["scenario"]]
        self.params: dict[str, Any] = spec["params"]
        self.expect: dict[str, Any] = spec["expect"]
        self.warm: dict[str, Any] | None = warmup_params(s, self.params)
        self.extra: Callable[[dict[str, Any]], None] = lambda r: None
        self.close: Callable[[], None] = lambda: None
        self.rewarm = True  # refill the pool after an idle spell (not for pure-CPU jobs)
        self.last = 0.0
        if s.kind == "parser":
            self._parser(contender_name)
            return
        contender: Contender = CONTENDERS[contender_name]()
        if s.kind == "sync":
            contender.open_sync(spec["url"], s.pool)
            self.close = contender.close_sync
            sync_job = SYNC_JOBS[s.name]
            self.runner: Callable[[dict[str, Any]], int] = lambda p: sync_job(
                contender, p, self.expect
            )
            return
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        job = ASYNC_JOBS[s.name]

        def close_async() -> None:
            try:
                loop.run_until_complete(contender.aclose())
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                loop.close()
                asyncio.set_event_loop(None)

        self.close = close_async
        loop.run_until_complete(contender.open(spec["url"], s.pool))
        self.runner = lambda p: loop.run_until_complete(job(contender, p, self.expect))

    def _parser(self, name: str) -> None:
        parse = PARSERS[name]
        feeds, events = parser_input(self.scenario, self.params)
        nbytes = sum(map(len, feeds))

        def run(p: dict[str, Any]) -> int:
            for _ in range(p["repeat"]):
                got = parse(feeds)
                if got != events:
                    raise AssertionError(f"parser: {got} events, want {events}")
            return int(p["repeat"])

        def extra(r: dict[str, Any]) -> None:
            passes = r["units"]
            r["mb_s"] = nbytes * passes / r["wall_s"] / 1e6
            r["us_event"] = r["wall_s"] / (events * passes) * 1e6

        self.runner, self.extra, self.rewarm = run, extra, False

    def setup(self, budget: float) -> dict[str, Any]:
        """The checked warm-up (values too, once). For a capped contender in a scenario that
        caps, its time per unit (pessimistic: it includes connecting and lazy imports) sets how
        many units it can do within ``budget`` seconds per repetition."""
        s, warm = self.scenario, self.warm
        t0 = time.perf_counter()
        self.runner(self.params if warm is None else warm)
        took = time.perf_counter() - t0
        self.expect.pop("head", None)
        capped = s.kind == "parser" or self.name not in UNCAPPED  # the parser floor is naive
        if s.scale and budget and warm is not None and capped:
            cap = max(s.min_units, int(budget / (took / warm[s.scale])))
            self.params[s.scale] = min(self.params[s.scale], cap)
        self.last = time.monotonic()
        return {"ready": True, "params": self.params}

    def run(self) -> dict[str, Any]:
        if self.rewarm and self.warm is not None and time.monotonic() - self.last > IDLE_REWARM_S:
            self.runner(self.warm)
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        units = self.runner(self.params)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        self.last = time.monotonic()
        result = {
            "ok": True,
            "units": units,
            "wall_s": wall,
            "cpu_s": cpu,
            "rate": units / wall if wall else 0.0,
            "cpu_us": cpu / units * 1e6 if units else 0.0,
            "ms": wall / units * 1e3 if units else 0.0,
        }
        self.extra(result)
        return result


def _die_with_parent() -> None:
    """Linux: be killed when the harness dies, even mid-repetition (SIGKILL leaves no cleanup)."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # elsewhere a worker notices at its next reply: stdout is gone


def main() -> None:
    _die_with_parent()
    name = sys.argv[1]
    session: Session | None = None
    for line in sys.stdin:
        msg = json.loads(line)
        cmd = msg["cmd"]
        if cmd == "quit":
            break
        try:
            if cmd == "setup":
                session = Session(name, msg["spec"])
                reply(session.setup(float(msg["spec"].get("budget_s") or 0)))
            elif cmd == "run" and session is not None:
                reply(session.run())
            elif cmd == "teardown":
                current, session = session, None
                if current is not None:
                    current.close()
                reply({"ok": True})
        except Unsupported as exc:
            reply({"ok": False, "skip": str(exc)})
        except Exception as exc:  # reported as this contender failing in this scenario
            traceback.print_exc()
            reply({"ok": False, "error": describe(exc)})
    if session is not None:
        session.close()


if __name__ == "__main__":
    main()
