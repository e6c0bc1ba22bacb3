"""Running the scenarios: worker processes, interleaved repetitions, fresh interpreters, stats.

Every contender runs in its own worker process (a fresh one per scenario in full runs; one for
the whole run in --quick and --smoke), so no contender's imports, pool or garbage affect
another's; the server runs in yet another process (``bench/server.py``), so the CPU time a worker
reports is the client's alone. ``import`` and ``memory`` start a fresh interpreter per run.
Repetitions are interleaved — A B C D, A B C D, ... — so drift of the machine (thermal, other
load) spreads over all contenders alike; only one process is busy at a time.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from .contenders import EMBED_DIM, PROMPT, REQUIRES
from .scenarios import BUDGET_S, REP_BUDGET_S, Scenario
from .server import ROOT, ServerProcess, child_env, pinned

MARK = b"@@BENCH "
SETUP_TIMEOUT = 120.0
RUN_TIMEOUT = 300.0
SERVER_CHUNKS = 20  # the server's default reply length (tokens) for non-streaming chats
SERVER_MODELS = 300


@dataclass
class Outcome:
    """All repetitions of one contender in one scenario."""

    contender: str
    runs: list[dict[str, Any]] = field(default_factory=list)
    params: dict[str, Any] | None = None  # as run (a slow contender's units may be capped)
    error: str | None = None  # set when it failed (then it has no stats)
    skipped: str | None = None  # set when its package is not installed

    def stats(self, key: str) -> dict[str, float] | None:
        values = [r[key] for r in self.runs if key in r]
        if not values or self.error:
            return None
        return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def available(name: str) -> bool:
    return importlib.util.find_spec(REQUIRES[name]) is not None


def expectations(params: dict[str, Any]) -> dict[str, Any]:
    """What a correct answer looks like, computed with the server's own pure functions."""
    from openrouter_lite.testing import expected_embedding, expected_text

    expect: dict[str, Any] = {"text": expected_text(PROMPT, SERVER_CHUNKS)}
    if "batch" in params:
        texts = [f"text number {i} for the embeddings benchmark" for i in range(params["batch"])]
        expect.update(texts=texts, dim=EMBED_DIM, head=expected_embedding(texts[0], EMBED_DIM)[:16])
    expect["models"] = SERVER_MODELS
    return expect


class ServerDied(RuntimeError):
    pass


class Worker:
    """A ``python -m bench.worker`` process for one contender; see that module's protocol."""

    def __init__(self, name: str, server: ServerProcess | None = None) -> None:
        self.name = name
        self.server = server
        self.stderr: IO[bytes] = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.worker", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            cwd=ROOT,
            env=child_env(),
            preexec_fn=pinned("client"),  # noqa: PLW1509 - the parent runs no threads then
        )
        self.buf = b""

    def send(self, msg: dict[str, Any]) -> bool:
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.write(json.dumps(msg).encode() + b"\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, ValueError):
            return False
        return True

    def reply(self, timeout: float) -> dict[str, Any]:
        """The next ``@@BENCH`` line; a dead or hung worker becomes an error reply. Raises
        ``ServerDied`` if the server process ends meanwhile (every answer would be wrong)."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while True:
            while (nl := self.buf.find(b"\n")) >= 0:
                line, self.buf = self.buf[:nl], self.buf[nl + 1 :]
                if line.startswith(MARK):
                    result: dict[str, Any] = json.loads(line[len(MARK) :])
                    return result
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                return {"ok": False, "error": f"no answer within {timeout:.0f} s (killed)"}
            ready, _, _ = select.select([fd], [], [], min(left, 1.0))
            if not ready and self.server is not None and not self.server.alive:
                raise ServerDied("the bench server process ended during the run")
            if ready:
                data = os.read(fd, 65536)
                if not data:
                    self.proc.wait()
                    tail = self.tail()[-300:]
                    return {"ok": False, "error": f"worker exited ({self.proc.returncode}): {tail}"}
                self.buf += data

    def call(self, msg: dict[str, Any], timeout: float = RUN_TIMEOUT) -> dict[str, Any]:
        if not self.send(msg):
            return {"ok": False, "error": "worker is gone: " + self.tail()[-300:]}
        return self.reply(timeout)

    def tail(self) -> str:
        """The end of what the worker wrote to stderr (for failure reports)."""
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace").strip()[-1500:]

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def close(self) -> None:
        if self.send({"cmd": "quit"}):
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                pass
        self.kill()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None and not pipe.closed:
                with contextlib.suppress(OSError):  # a dead reader: the unsent "quit" is moot
                    pipe.close()
        self.stderr.close()


class Workers:
    """Worker processes by contender. ``reuse=False`` (full runs): a fresh process for every
    scenario. ``reuse=True`` (quick, smoke): one process per contender for the whole run, which
    saves a start-up per scenario; a worker that failed is always replaced."""

    def __init__(self, reuse: bool) -> None:
        self.reuse = reuse
        self.live: dict[str, Worker] = {}
        self.server: ServerProcess | None = None  # watched while waiting for answers

    def start(self, names: list[str]) -> dict[str, Worker]:
        for name in names:  # all start at once: their imports overlap, nothing is measured yet
            if name not in self.live or not self.live[name].alive:
                self.live[name] = Worker(name)
            self.live[name].server = self.server
        return {n: self.live[n] for n in names}

    def release(self, name: str, healthy: bool) -> None:
        worker = self.live.get(name)
        if worker is None:
            return
        if healthy and worker.call({"cmd": "teardown"}, SETUP_TIMEOUT).get("ok"):
            if self.reuse:
                return
        worker.close()
        del self.live[name]

    def close(self) -> None:
        for worker in self.live.values():
            worker.close()
        self.live.clear()


Progress = Callable[[str], None]


def run_in_workers(
    s: Scenario,
    mode: str,
    contenders: list[str],
    params: dict[str, Any],
    reps: int,
    url: str,
    say: Progress,
    workers: Workers,
) -> dict[str, Outcome]:
    """Set the scenario up on every contender's worker, then interleave the repetitions.

    A contender whose repetitions have taken ``REP_BUDGET_S[mode]`` in all stops early (it keeps
    at least one); the number it did is reported.
    """
    expect = expectations(params)
    outcomes = {name: Outcome(name) for name in contenders}
    spent = dict.fromkeys(contenders, 0.0)
    procs = workers.start(contenders)
    spec = {"scenario": s.name, "params": params, "url": url, "budget_s": BUDGET_S[mode]}
    try:
        for name, w in procs.items():
            ready = w.call({"cmd": "setup", "spec": {**spec, "expect": expect}}, SETUP_TIMEOUT)
            if ready.get("skip"):
                outcomes[name].skipped = ready["skip"]
            elif not ready.get("ready"):
                outcomes[name].error = f"setup: {ready.get('error')}"
            else:
                outcomes[name].params = ready["params"]
        for rep in range(reps):
            for name in contenders:
                o = outcomes[name]
                if o.error or o.skipped or (o.runs and spent[name] > REP_BUDGET_S[mode]):
                    continue
                t0 = time.monotonic()
                result = procs[name].call({"cmd": "run"})
                spent[name] += time.monotonic() - t0
                if result.get("ok"):
                    o.runs.append(result)
                else:
                    o.error = f"rep {rep + 1}: {result.get('error')}"
            say(f"  {s.name}: repetition {rep + 1}/{reps} done")
    finally:
        for name in contenders:
            workers.release(name, healthy=outcomes[name].error is None)
    return outcomes


def run_cold(
    s: Scenario,
    mode: str,
    contenders: list[str],
    params: dict[str, Any],
    reps: int,
    url: str,
    say: Progress,
) -> dict[str, Outcome]:
    """A fresh interpreter per (repetition, contender), interleaved; in full runs, one discarded
    import run first. A contender stops early after ``REP_BUDGET_S[mode]`` (at least one run)."""
    from openrouter_lite.testing import expected_text

    chars = str(len(expected_text(PROMPT, SERVER_CHUNKS)))
    args = [s.name, "", url, chars]
    if s.name == "memory":
        args += [str(params["inflight"]), str(params["delay_ms"])]
    outcomes = {name: Outcome(name) for name in contenders}
    # Bytecode cached, as an installed package has it: this environment may set
    # PYTHONDONTWRITEBYTECODE, which would make every contender recompile every import.
    env = child_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "openrouter_lite-bench-pyc")

    def once(name: str) -> dict[str, Any]:
        cmd = [sys.executable, "-m", "bench.cold", *args]
        cmd[4] = name
        try:
            done = subprocess.run(
                cmd,
                capture_output=True,
                cwd=ROOT,
                env=env,
                timeout=RUN_TIMEOUT,
                preexec_fn=pinned("client"),  # noqa: PLW1509 - the parent runs no threads then
            )
        except subprocess.TimeoutExpired:
            return {"ok": False, "error": f"no answer within {RUN_TIMEOUT:.0f} s"}
        for line in done.stdout.splitlines():
            if line.startswith(MARK):
                result: dict[str, Any] = json.loads(line[len(MARK) :])
                return result
        tail = done.stderr.decode("utf-8", "replace")[-500:]
        return {"ok": False, "error": f"exit {done.returncode}: {tail}"}

    if s.name == "import" and mode != "smoke":  # bytecode and page caches warm (untimed)
        for name in contenders:
            once(name)
    spent = dict.fromkeys(contenders, 0.0)
    for rep in range(reps):
        for name in contenders:
            o = outcomes[name]
            over = s.name != "import" and spent[name] > REP_BUDGET_S[mode]  # import runs are short
            if o.error is not None or (o.runs and over):
                continue
            t0 = time.monotonic()
            result = once(name)
            spent[name] += time.monotonic() - t0
            if result.get("ok"):
                o.runs.append(result)
            else:
                o.error = f"rep {rep + 1}: {result.get('error')}"
        say(f"  {s.name}: repetition {rep + 1}/{reps} done")
    return outcomes


def run_scenario(
    s: Scenario,
    mode: str,
    contenders: list[str],
    reps: int,
    url: str,
    say: Progress,
    workers: Workers,
) -> dict[str, Any]:
    """One scenario: its params, and an ``Outcome`` per contender (skipped ones included)."""
    params = dict(s.sizes[mode])
    present = [n for n in contenders if available(n)]
    if mode == "quick" and s.quick_reps:
        reps = min(reps, s.quick_reps)
    started = time.monotonic()
    if s.kind == "cold":
        outcomes = run_cold(s, mode, present, params, reps, url, say)
    else:
        outcomes = run_in_workers(s, mode, present, params, reps, url, say, workers)
    for name in contenders:
        if name not in outcomes:
            outcomes[name] = Outcome(name, skipped=f"{REQUIRES[name]} is not installed")
        elif outcomes[name].skipped:
            outcomes[name].runs.clear()
    return {
        "params": params,
        "seconds": time.monotonic() - started,
        "outcomes": [outcomes[n] for n in contenders],
    }
