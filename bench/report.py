"""Results: ratios, the terminal table, and ``bench/results/<date>.{json,md,png}``.

A ratio is a *cost* ratio, whatever the metric's direction: ``x floor = 2.0`` means twice the
floor's CPU per chunk (or half its throughput); ``vs lite = 3.0`` means the peer costs three
times what lite does (lite is 3x better).
"""

from __future__ import annotations

import json
import os
import platform
import sys
from importlib import metadata
from typing import Any

from .harness import Outcome
from .scenarios import BY_NAME, Metric, Scenario
from .server import cores

PACKAGES = ("openrouter_lite", "aiohttp", "msgspec", "anyio", "openrouter", "openai", "httpx",
            "httpx2", "pydantic", "matplotlib")  # fmt: skip
BASELINE = "floor"
OURS = "lite"


def cost_ratio(m: Metric, value: float, reference: float) -> float | None:
    """How many times ``value`` costs ``reference`` (>1: worse), for either direction."""
    if not value or not reference:
        return None
    return reference / value if m.higher_is_better else value / reference


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    versions = {name: _version(name) for name in PACKAGES}
    split = cores()
    pinned = None if split is None else {"server": sorted(split[0]), "client": sorted(split[1])}
    return {
        "pinned": pinned,
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "versions": versions,
    }


def _pinning(pinned: dict[str, list[int]] | None) -> str:
    if not pinned:
        return "Cores: not pinned (one core allowed, no sched_setaffinity, or BENCH_NO_PIN set)."
    return (
        f"Cores: the server pinned to {pinned['server']}, each client process to "
        f"{pinned['client']} (`bench.server.cores`)."
    )


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def summarize(s: Scenario, outcomes: list[Outcome]) -> dict[str, Any]:
    """Stats per metric and contender, and the ratios to the floor and to lite."""
    by_name = {o.contender: o for o in outcomes}
    contenders: dict[str, Any] = {}
    for o in outcomes:
        entry: dict[str, Any] = {
            "status": "skipped" if o.skipped else "failed" if o.error else "ok",
            "note": o.skipped or o.error,
            "reps": len(o.runs),
            "runs": o.runs,
            "stats": {},
            "x_floor": {},
            "vs_lite": {},
        }
        units = sorted({r["units"] for r in o.runs if r.get("units") is not None})
        if units:
            entry["units_per_rep"] = units[0] if len(units) == 1 else units
        if o.params is not None:
            entry["params"] = o.params
        for m in s.metrics:
            stats = o.stats(m.key)
            if stats is None:
                continue
            entry["stats"][m.key] = stats
            for ref_name, slot in ((BASELINE, "x_floor"), (OURS, "vs_lite")):
                ref = by_name.get(ref_name)
                ref_stats = ref.stats(m.key) if ref is not None else None
                if ref_stats is not None and o.contender not in (ref_name, BASELINE):
                    entry[slot][m.key] = cost_ratio(m, stats["median"], ref_stats["median"])
        contenders[o.contender] = entry
    return {
        "unit": s.unit,
        "note": s.note,
        "metrics": [
            {"key": m.key, "label": m.label, "higher_is_better": m.higher_is_better}
            for m in s.metrics
        ],  # fmt: skip
        "contenders": contenders,
    }


def _num(value: float, digits: int) -> str:
    if value >= 100_000:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def _cell(m: Metric, stats: dict[str, float] | None) -> str:
    if stats is None:
        return ""
    d = m.digits
    return f"{_num(stats['median'], d)} ({_num(stats['min'], d)}–{_num(stats['max'], d)})"


def _ratio(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def rows(results: dict[str, Any]) -> list[list[str]]:
    """The table: scenario, contender, both metrics (median, min–max), ratios on the first."""
    out = [["scenario", "contender", "reps×units", "metric 1: median (min–max)",
            "metric 2: median (min–max)", "x floor", "vs lite"]]  # fmt: skip
    for name, scen in results["scenarios"].items():
        s = BY_NAME[name]
        first = True
        for cname, c in scen["contenders"].items():
            label = name if first else ""
            first = False
            if c["status"] != "ok":
                out.append([label, cname, "", f"{c['status'].upper()}: {c['note']}", "", "", ""])
                continue
            units = c.get("units_per_rep")
            done = f"{c['reps']}×{units}" if s.kind != "cold" and units else str(c["reps"])
            cells = [f"{_cell(m, c['stats'].get(m.key))} {m.label}" for m in s.metrics]
            cells += [""] * (2 - len(cells))
            key = s.metrics[0].key
            ratios = [_ratio(c["x_floor"].get(key)), _ratio(c["vs_lite"].get(key))]
            out.append([label, cname, done, *cells, *ratios])
    return out


def table(results: dict[str, Any]) -> str:
    table_rows = rows(results)
    ncol = len(table_rows[0])
    widths = [max(len(r[i]) for r in table_rows if len(r[i]) < 90) for i in range(ncol)]
    lines = []
    for r in table_rows:
        cells = [
            c.rjust(w) if i >= ncol - 2 else c.ljust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def markdown(results: dict[str, Any]) -> str:
    info = results["machine"]
    versions = ", ".join(f"{k} {v}" for k, v in info["versions"].items() if v)
    lines = [
        f"# Benchmark results {results['date']} ({results['mode']})",
        "",
        f"`python -m bench{results['flags']}` — {results['reps']} repetitions per scenario, "
        f"interleaved; took {results['seconds']:.0f} s.",
        "",
        f"- Machine: {info['cpu']}, {info['cores']} cores, {info['platform']}",
        f"- Python {info['python']} ({info['implementation']}); {versions}",
        "- Server: the embedded mock (`bench/server.py`) in its own process on 127.0.0.1; "
        "CPU figures are the client process's own (`time.process_time()`).",
        f"- {_pinning(info.get('pinned'))}",
        "- Cells: median (min–max) over repetitions. `x floor`: the first metric's cost relative "
        "to the floor (aiohttp + msgspec doing the least possible work; >1 is costlier). "
        "`vs lite`: a peer's cost in units of lite's (>1: lite is cheaper).",
        "- Time caps: a peer too slow to finish a repetition within the per-repetition budget "
        "does fewer units (lite and the floor never do), and a contender stops repeating once "
        "its repetitions took the per-scenario budget (keeping at least one); `reps×units` "
        "shows what each did. Per-unit figures still compare.",
        "",
        "| " + " | ".join(rows(results)[0]) + " |",
        "|" + "---|" * 5 + "---:|" * 2,
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows(results)[1:]]
    lines += ["", "## Scenarios", ""]
    for name, scen in results["scenarios"].items():
        units = {c: e.get("units_per_rep") for c, e in scen["contenders"].items() if e.get("runs")}
        lines.append(f"- `{name}`: {scen['note']}; params {scen['params']}; units/rep {units}")
    return "\n".join(lines) + "\n"


def chart(results: dict[str, Any], path: str) -> None:
    """Grouped bars: each contender's primary-metric cost relative to the floor, log scale."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    values: dict[str, dict[str, float]] = {}
    for name, scen in results["scenarios"].items():
        key = BY_NAME[name].metrics[0].key
        ratios = {c: e["x_floor"].get(key) for c, e in scen["contenders"].items()}
        ratios = {c: v for c, v in ratios.items() if v}
        if ratios:
            values[name] = ratios
    if not values:
        return
    scen_names = list(values)
    colors = {"lite": "#1b9e77", "lite_naive_portal": "#a6dba0", "official": "#d95f02",
              "openai": "#7570b3"}  # fmt: skip
    fig, ax = plt.subplots(figsize=(max(9.0, 1.1 * len(scen_names) + 2), 6.5), dpi=110)
    width = 0.8 / max(len(ratios) for ratios in values.values())
    labelled: set[str] = set()
    for j, name in enumerate(scen_names):
        present = list(values[name].items())  # bars centred on the scenario's tick
        for i, (c, v) in enumerate(present):
            x = j + (i - (len(present) - 1) / 2) * width
            label = None if c in labelled else c
            labelled.add(c)
            ax.bar(x, v, width, label=label, color=colors.get(c, "#999999"))
            text = f"{v:.2g}" if v < 10 else f"{v:.0f}"
            ax.annotate(text, (x, v), ha="center", va="bottom", fontsize=7)
    ax.axhline(1.0, color="black", linewidth=1, linestyle="--", label="floor (aiohttp+msgspec)")
    ax.set_yscale("log")
    ax.set_xticks(range(len(scen_names)))
    labels = [f"{n}\n({BY_NAME[n].metrics[0].label})" for n in scen_names]
    ax.set_xticklabels(labels, fontsize=8, rotation=20, ha="right")
    ax.set_ylabel("cost relative to the floor (log; lower is better)")
    info = results["machine"]
    ax.set_title(
        f"openrouter_lite vs peers — {results['date']} ({results['mode']}), "
        f"{info['cores']} cores, Python {info['python']}",
        fontsize=10,
    )
    top = max(v for ratios in values.values() for v in ratios.values())
    bottom = min(v for ratios in values.values() for v in ratios.values())
    ax.set_ylim(min(0.5, bottom / 2), max(10.0, top) * 12)  # headroom for the legend row
    ax.legend(fontsize=8, loc="upper center", ncol=5, frameon=False)
    ax.grid(axis="y", which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write(results: dict[str, Any], directory: str, stem: str) -> list[str]:
    os.makedirs(directory, exist_ok=True)
    base = os.path.join(directory, stem)
    with open(base + ".json", "w") as f:
        json.dump(results, f, indent=1)
        f.write("\n")
    with open(base + ".md", "w") as f:
        f.write(markdown(results))
    paths = [base + ".json", base + ".md"]
    try:
        chart(results, base + ".png")
        paths.append(base + ".png")
    except ImportError:
        print("note: matplotlib is not installed; no chart", file=sys.stderr)
    return paths
