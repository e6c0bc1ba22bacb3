"""Write ``tests/data/official_sdk.json``: the official SDK's method keywords, for the name tests.

The tests check that every keyword the official ``openrouter`` SDK's methods take is accepted
here (same names, same required ones). They read this snapshot, so the SDK need not be
installed to run them. Regenerate with the SDK installed (``pip install openrouter==1.3.84``)::

    python tools/snapshot_official_sdk.py

It walks the operations of ``tests/data/operations.json`` (the extra ones are not SDK methods).
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import importlib.metadata
import inspect
import json
import sys
import typing
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OPERATIONS = REPO / "tests" / "data" / "operations.json"
DEFAULT_OUT = REPO / "tests" / "data" / "official_sdk.json"
VERSION = "1.3.84"  # the SDK version operations.md describes


def keywords(sdk_map: dict[str, tuple[str, str]], name: str) -> dict[str, bool] | None:
    """``{keyword: required}`` of the SDK method ``name`` ("beta.responses.send"), or None when
    the SDK has no such resource."""
    path = name.split(".")
    if path[0] not in sdk_map:
        return None
    module, cls = sdk_map[path[0]]
    official: Any = getattr(importlib.import_module(module), cls)
    for part in path[1:-1]:  # beta.responses
        official = typing.get_type_hints(official)[part]
    params = inspect.signature(getattr(official, path[-1])).parameters.values()
    return {p.name: p.default is p.empty for p in params if p.kind is p.KEYWORD_ONLY}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="snapshot to write (JSON)")
    args = ap.parse_args(argv)
    installed = importlib.metadata.version("openrouter")
    if installed != VERSION:
        raise SystemExit(f"openrouter {installed} is installed; the snapshot is of {VERSION}")
    from openrouter.sdk import OpenRouter  # type: ignore[import-not-found, unused-ignore]

    sdk_map: dict[str, tuple[str, str]] = OpenRouter._sub_sdk_map
    ops = json.loads(OPERATIONS.read_bytes())["operations"]
    methods: dict[str, dict[str, bool]] = {}
    for op in ops:
        if op["in_spec"] == "extra":
            continue
        found = keywords(sdk_map, op["name"])
        if found is not None:
            methods[op["name"]] = found
    header = {
        "package": f"openrouter=={installed}",
        "date": datetime.date.today().isoformat(),
        "command": "python tools/snapshot_official_sdk.py",
    }
    lines = ",\n".join(f"    {json.dumps(k)}: {json.dumps(v)}" for k, v in methods.items())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        f'{{\n  "x-snapshot": {json.dumps(header)},\n  "resources": {json.dumps(sorted(sdk_map))},'
        f'\n  "methods": {{\n{lines}\n  }}\n}}\n',
        encoding="utf-8",
    )
    print(f"{args.out}: {len(methods)} methods", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
