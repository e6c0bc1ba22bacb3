"""Write ``tests/data/operations.json``: the official SDK's operations, from ``operations.md``.

``operations.md`` lists the operations of the official Python SDK (``openrouter`` 1.3.84) in a
table, plus a few required operations above it. The tests compare the client's names against
this snapshot, so they need nothing outside the repository. Regenerate with::

    python tools/snapshot_operations.py --source path/to/operations.md
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "tests" / "data" / "operations.json"

_ROW = re.compile(
    r"^\|\s*`(?P<name>[a-z_.]+)`\s*\|\s*(?P<method>GET|POST|PUT|PATCH|DELETE)\s*\|"
    r"\s*`(?P<path>[^`]+)`\s*\|(?P<auth>[^|]*)\|(?P<streams>[^|]*)\|\s*(?P<spec>[^|]*?)\s*\|\s*$"
)
_EXTRA = re.compile(
    r"^- `(?P<name>[a-z_.]+)` — `(?P<method>GET|POST|PUT|PATCH|DELETE) (?P<path>/[^`]+)`"
)


def parse(text: str) -> list[dict[str, Any]]:
    """The table's rows followed by the extra required operations (``in_spec: "extra"``)."""
    rows: list[dict[str, Any]] = []
    extras: list[dict[str, Any]] = []
    for line in text.splitlines():
        m = _ROW.match(line)
        if m:
            auth, streams = m["auth"].strip(), bool(m["streams"].strip())
            rows.append(_op(m, auth, streams, m["spec"]))
            continue
        m = _EXTRA.match(line)
        if m:
            streams = "stream" in line  # "streams like chat", "streams with typed events"
            extras.append(_op(m, "", streams, "extra"))
    stated = re.search(r"exposes these (\d+) operations", text)
    if stated is None:
        raise SystemExit("operations.md no longer states its operation count")
    if len(rows) != int(stated[1]):
        raise SystemExit(f"parsed {len(rows)} rows, the page says {stated[1]}")
    names = [o["name"] for o in rows + extras]
    if len(names) != len(set(names)):
        raise SystemExit("duplicate SDK names in operations.md")
    return rows + extras


def _op(m: re.Match[str], auth: str, streams: bool, in_spec: str) -> dict[str, Any]:
    return {
        "name": m["name"],
        "method": m["method"],
        "path": m["path"],
        "auth": auth,
        "streams": streams,
        "in_spec": in_spec,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="operations.md")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="snapshot to write (JSON)")
    args = ap.parse_args(argv)
    raw = args.source.read_bytes()
    ops = parse(raw.decode("utf-8"))
    doc = {
        "x-snapshot": {
            "source": args.source.name,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "date": datetime.date.today().isoformat(),
            "command": f"python tools/snapshot_operations.py --source {args.source.name}",
        },
        "operations": ops,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join("    " + json.dumps(o, ensure_ascii=False) for o in ops)
    head = json.dumps(doc["x-snapshot"], ensure_ascii=False)
    args.out.write_text(
        f'{{\n  "x-snapshot": {head},\n  "operations": [\n{lines}\n  ]\n}}\n', encoding="utf-8"
    )
    print(f"{args.out}: {len(ops)} operations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
