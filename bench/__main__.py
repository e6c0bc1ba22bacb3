"""``python -m bench``: this client against its peers and the floor, in one run.

    python -m bench                  # full: every scenario, 5 interleaved repetitions (< 10 min)
    python -m bench --quick          # 3 repetitions, smaller sizes (< 1 min)
    python -m bench --smoke          # CI: lite + floor, tiny sizes, 1 repetition, checks only
    python -m bench --only stream_long,embeddings --contenders lite,floor

The embedded OpenRouter-compatible server runs in its own process; each contender runs in its
own worker process per scenario. Results go to ``bench/results/<date>.{json,md,png}`` (``--quick``:
``bench/results/scratch/``, git-ignored).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import signal
import sys
import time
from typing import Any

from . import report
from .harness import SERVER_MODELS, Workers, available, run_scenario
from .scenarios import GROUPS, SCENARIOS
from .server import ServerProcess

CONTENDERS = ("lite", "official", "openai", "floor")
RESULTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
SCRATCH = os.path.join(RESULTS, "scratch")  # --quick runs land here (git-ignored)


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="3 repetitions, < 1 minute")
    mode.add_argument("--smoke", action="store_true", help="CI: lite + floor, correctness only")
    p.add_argument("--only", help=f"comma-separated scenarios or groups: {', '.join(GROUPS)}")
    p.add_argument("--contenders", help=f"comma-separated subset of {', '.join(CONTENDERS)}")
    p.add_argument("--reps", type=int, help="repetitions (default: full 5, quick 3, smoke 1)")
    p.add_argument(
        "--out",
        help="results directory (default: bench/results for a full run, the git-ignored "
        "bench/results/scratch for --quick)",
    )
    p.add_argument("--no-write", action="store_true", help="print the table only")
    p.add_argument("--json", metavar="FILE", help="also write the raw results here (any mode)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    mode = "smoke" if args.smoke else "quick" if args.quick else "full"
    reps = args.reps or {"full": 5, "quick": 3, "smoke": 1}[mode]
    wanted = set(args.only.split(",")) if args.only else None
    scenarios = [s for s in SCENARIOS if wanted is None or {s.name, s.group} & wanted]
    if wanted and not scenarios:
        print(f"no scenario matches {args.only!r}; choose from {', '.join(GROUPS)}")
        return 2
    chosen = args.contenders.split(",") if args.contenders else None

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    started = time.monotonic()
    results: dict[str, Any] = {
        "date": datetime.date.today().isoformat(),
        "mode": mode,
        "flags": "".join(f" {a}" for a in (argv if argv is not None else sys.argv[1:])),
        "reps": reps,
        "machine": report.machine(),
        "scenarios": {},
    }
    failures: list[str] = []
    workers = Workers(reuse=mode != "full")
    plan = []
    for s in scenarios:
        pool = s.smoke_contenders if mode == "smoke" else s.contenders
        # lite_naive_portal (sync_stream's baseline) comes with lite
        names = [c for c in pool if chosen is None or c in chosen or c.split("_")[0] in chosen]
        if names:
            plan.append((s, names))
    if workers.reuse:  # start them while the server starts: nothing is measured yet
        warm = {n for s, names in plan if s.kind != "cold" for n in names if available(n)}
        workers.start(sorted(warm))
    # SIGTERM unwinds like Ctrl-C, so the server and the workers are always stopped.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    with contextlib.closing(workers), ServerProcess(models=SERVER_MODELS) as server:
        url = server.url
        workers.server = server
        say(f"[bench] {mode}: {len(plan)} scenarios x {reps} reps; server {url}")
        for s, names in plan:
            done = run_scenario(s, mode, names, reps, url, say, workers)
            summary = report.summarize(s, done["outcomes"])
            summary.update(params=done["params"], seconds=round(done["seconds"], 2))
            results["scenarios"][s.name] = summary
            for o in done["outcomes"]:
                if o.skipped:
                    say(f"  note: {o.contender} skipped in {s.name}: {o.skipped}")
                elif o.error:
                    failures.append(f"{s.name}/{o.contender}: {o.error}")
                    say(f"  FAILED {o.contender} in {s.name}: {o.error}")
            say(f"[bench] {s.name} took {done['seconds']:.1f} s")
    results["seconds"] = round(time.monotonic() - started, 1)
    print(report.table(results))
    print(f"\n{mode} run: {results['seconds']:.0f} s")
    if mode != "smoke" and not args.no_write:
        stem = results["date"] + ("" if mode == "full" else f"-{mode}")
        out = args.out or (RESULTS if mode == "full" else SCRATCH)
        for path in report.write(results, out, stem):
            print(f"wrote {os.path.relpath(path)}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    if failures:
        print(f"\n{len(failures)} failure(s):\n  " + "\n  ".join(failures))
        # Our client or the floor failing is a bug here; a peer failing is reported, not fatal.
        own = [f for f in failures if f.split("/")[1].split(":")[0] in ("lite", "floor")]
        return 1 if own or mode == "smoke" else 0
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # the server and the workers were stopped on the way out
        print("interrupted", file=sys.stderr)
        sys.exit(130)
