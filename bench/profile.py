"""Where a contender's work goes, in counts that a loaded machine cannot blur.

    python -m bench.profile SCENARIO CONTENDER [--units N] [--cprofile] [--top 25]
    python -m bench.profile SCENARIO CONTENDER --callgrind [--units N]

One scenario (``stream_long``, ``stream_concurrent``, ``chat_concurrent``, ``sync_stream``,
``sync_chat``) for one contender in this process, against the bench server in its own process,
after the scenario's checked warm-up; the run is checked as in ``python -m bench``.

``--cprofile``: the Python functions of the run by calls per unit (chunk or request), with their
share of the profiled time (only the counts are exact; the times carry cProfile's overhead).
``--callgrind``: this module twice under ``valgrind --tool=callgrind`` (``--units`` N and 3N) and
the difference of the two, per unit: total instructions and the C functions' self instructions,
so start-up, imports and the warm-up cancel out. ``import`` (fresh process: import + client
ready) is measured whole, minus an interpreter that imports ``asyncio`` only.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import subprocess
import sys
import tempfile
from typing import Any

from .harness import expectations
from .scenarios import BY_NAME
from .server import ROOT, ServerProcess, child_env
from .worker import Session

SCALE = {
    "stream_long": ("n", 5000),
    "stream_concurrent": ("n", 500),
    "chat_concurrent": ("requests", 1000),
    "sync_stream": ("n", 5000),
    "sync_chat": ("requests", 2000),
}
FIXED = {"stream_concurrent": {"streams": 100}, "chat_concurrent": {"concurrency": 64}}
READY = {  # import + a client ready to send, as bench/cold.py does it
    "lite": "from openrouter_lite import OpenRouter\n"
    "async def main():\n    OpenRouter(api_key='k', server_url='http://127.0.0.1:9')\n",
    "floor": "import aiohttp, msgspec\n"
    "async def main():\n    aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100))\n",
    "base": "async def main():\n    pass\n",
}


def params_for(scenario: str, units: int | None) -> tuple[dict[str, Any], int]:
    """The scenario's params with ``units`` of its scale, and the units (chunks, requests)."""
    key, default = SCALE[scenario]
    p = {**FIXED.get(scenario, {}), key: units or default}
    total = p[key] * p.get("streams", 1)
    return p, total


def run(scenario: str, contender: str, units: int | None, url: str, prof: bool) -> Any:
    params, total = params_for(scenario, units)
    spec = {"scenario": scenario, "params": params, "url": url}
    spec["expect"] = expectations(params)
    session = Session(contender, spec)
    try:
        session.setup(0)
        if not prof:
            done = session.runner(params)
            assert done == total, (done, total)
            return None
        profiler = cProfile.Profile()
        profiler.enable()
        done = session.runner(params)
        profiler.disable()
        assert done == total, (done, total)
        return pstats.Stats(profiler), total
    finally:
        session.close()


def cprofile_table(stats: pstats.Stats, units: int, top: int) -> str:
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total_t = sum(v[2] for v in raw.values()) or 1.0
    rows = sorted(raw.items(), key=lambda kv: -kv[1][2])[:top]
    out = ["| function | calls/unit | self time % |", "|---|---:|---:|"]
    for (path, line, fn), (_cc, nc, tt, _ct, _callers) in rows:
        where = path.replace(ROOT + "/", "").split("site-packages/")[-1]
        out.append(f"| `{fn}` {where}:{line} | {nc / units:.2f} | {100 * tt / total_t:.1f} |")
    calls = sum(v[1] for v in raw.values())
    out.append(f"| **all Python calls** | **{calls / units:.1f}** | |")
    return "\n".join(out)


def callgrind(argv: list[str], out: str) -> int:
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *argv]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=child_env())
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    m = re.search(r"Collected : (\d+)", done.stderr)
    assert m, done.stderr[-500:]
    return int(m.group(1))


def self_costs(path: str) -> dict[str, int]:
    """Self instructions per C function (``callgrind_annotate``), keyed by name."""
    text = subprocess.run(
        ["callgrind_annotate", "--threshold=100", path], capture_output=True, text=True
    ).stdout
    costs: dict[str, int] = {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(\S.*?)\s*(\[.*\])?$", line)
        if m and ":" in m.group(2):
            name = m.group(2).split(":", 1)[1]
            lib = (m.group(3) or "").rsplit("/", 1)[-1].rstrip("]")
            key = f"{name} [{lib}]" if lib else name
            costs[key] = costs.get(key, 0) + int(m.group(1).replace(",", ""))
    return costs


def callgrind_diff(scenario: str, contender: str, units: int | None, top: int) -> str:
    key, default = SCALE[scenario]
    small = units or default
    tmp = tempfile.mkdtemp(prefix="bench-cg-")
    base = [sys.executable, "-m", "bench.profile", scenario, contender, "--plain"]
    files, totals, counts = [], [], []
    for n in (small, 3 * small):
        f = os.path.join(tmp, f"{scenario}.{contender}.{n}")
        totals.append(callgrind([*base, "--units", str(n)], f))
        files.append(f)
        counts.append(params_for(scenario, n)[1])
    du = counts[1] - counts[0]
    a, b = self_costs(files[0]), self_costs(files[1])
    diff = {k: (b.get(k, 0) - a.get(k, 0)) / du for k in set(a) | set(b)}
    rows = sorted(diff.items(), key=lambda kv: -kv[1])[:top]
    per = (totals[1] - totals[0]) / du
    out = [
        f"{scenario} / {contender}: {per:,.0f} instructions per unit "
        f"(({totals[1]:,} - {totals[0]:,}) / {du:,} units)",
        "",
        "| C function (self) | instructions/unit | share |",
        "|---|---:|---:|",
    ]
    out += [f"| `{k}` | {v:,.0f} | {100 * v / per:.1f}% |" for k, v in rows]
    return "\n".join(out)


def ready_counts() -> str:
    tmp = tempfile.mkdtemp(prefix="bench-cg-")
    got = {}
    for name, code in READY.items():
        script = code + "import asyncio\nasyncio.run(main())\n"
        got[name] = callgrind([sys.executable, "-c", script], os.path.join(tmp, name))
    lines = [
        "| import + client ready | instructions | minus `asyncio.run` alone |",
        "|---|---:|---:|",
    ]
    lines += [f"| {n} | {v:,} | {v - got['base']:,} |" for n, v in got.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n")[0])
    p.add_argument("scenario", choices=[*SCALE, "import"])
    p.add_argument("contender", nargs="?", default="lite")
    p.add_argument("--units", type=int, help="the scenario's scale (chunks or requests)")
    p.add_argument("--cprofile", action="store_true")
    p.add_argument("--callgrind", action="store_true")
    p.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)  # under valgrind
    p.add_argument("--top", type=int, default=25)
    args = p.parse_args(argv)
    if args.scenario == "import":
        print(ready_counts())
        return
    assert args.scenario in BY_NAME
    if args.callgrind:
        print(callgrind_diff(args.scenario, args.contender, args.units, args.top))
        return
    with ServerProcess() as server:
        got = run(args.scenario, args.contender, args.units, server.url, args.cprofile)
    if got is not None:
        stats, total = got
        print(f"{args.scenario} / {args.contender}: {total} units\n")
        print(cprofile_table(stats, total, args.top))


if __name__ == "__main__":
    main()
