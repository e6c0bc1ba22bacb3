"""Write the committed spec snapshot ``tools/spec/openrouter.openapi.json`` from the upstream YAML.

The snapshot is what ``tools/gen_types.py`` and the tests read by default, so a fresh clone needs
nothing beside it. It keeps everything the generator and the test server use (paths, methods,
parameters, request bodies, responses, schemas, field names, types, required, enums, nullable,
discriminators, ``x-*`` extensions) and drops what they don't: examples (except the documented
body of a ``410 Gone`` answer, which the test server replays) and all but the first sentence of
each description and summary (the generator's docstrings and comments use only that).

Regenerate with::

    python tools/snapshot_spec.py --source path/to/openrouter.openapi.yaml

The first key of the output, ``x-snapshot``, records the source file's name and sha256, the text
of a ``SOURCE.md`` beside it (if any), the date and the command.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tools.gen_types import first_sentence  # noqa: E402 - needs the repo on the path

DEFAULT_OUT = REPO / "tools" / "spec" / "openrouter.openapi.json"
TEXT_KEYS = ("description", "summary")
VERBATIM = ("enum", "const", "default", "required", "mapping")  # values, not schemas


def reduce(node: Any, keep_example: bool = False) -> Any:
    """``node`` with examples dropped and descriptions cut to their first sentence."""
    if isinstance(node, list):
        return [reduce(v, keep_example) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in TEXT_KEYS and isinstance(value, str):
            out[key] = first_sentence(value)
        elif key in ("example", "examples") and not keep_example:
            continue
        elif key.startswith("x-") or key in VERBATIM:
            out[key] = value
        elif key in ("properties", "paths", "schemas", "responses", "content", "parameters"):
            out[key] = _names(key, value, keep_example)
        else:
            out[key] = reduce(value, keep_example)
    return out


def _names(section: str, value: Any, keep_example: bool) -> Any:
    """A mapping whose keys are names (fields, paths, statuses): keys kept whatever they are."""
    if not isinstance(value, dict):
        return reduce(value, keep_example)
    return {
        k: reduce(v, keep_example or (section == "responses" and str(k) == "410"))
        for k, v in value.items()
    }


def snapshot(source: Path, command: str) -> dict[str, Any]:
    raw = source.read_bytes()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(raw, Loader=loader)  # noqa: S506 - a safe loader
    notes = source.parent / "SOURCE.md"
    header = {
        "source": source.name,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "source_md": notes.read_text(encoding="utf-8").strip() if notes.exists() else "",
        "date": datetime.date.today().isoformat(),
        "command": command,
    }
    return {"x-snapshot": header, **reduce(spec)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="the upstream OpenAPI YAML")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="snapshot to write (JSON)")
    args = ap.parse_args(argv)
    command = f"python tools/snapshot_spec.py --source {args.source.name}"
    doc = snapshot(args.source, command)
    # key order kept, not sorted: the generator emits operations and fields in spec order
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {len(text):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
