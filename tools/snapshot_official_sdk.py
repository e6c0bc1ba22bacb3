"""Write ``tests/data/official_sdk.json``: the official SDK's method keywords, for the name tests.

The tests check that every keyword the official ``openrouter`` SDK's methods take is accepted
here (same names, same required ones). They read this snapshot, so the SDK need not be
installed to run them. Regenerate with the SDK installed (``pip install openrouter==1.3.84``)::

    python tools/snapshot_official_sdk.py

It also writes ``tests/data/official_modules.json``: the public names of the SDK's
``components``, ``types``, ``utils`` and ``errors`` modules (each component with its kind), and
the Python field names the SDK renames on the wire because they end in ``_`` (``schema_``). The
drop-in modules (``tools/gen_components.py``) and their tests read it.

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
MODULES_OUT = REPO / "tests" / "data" / "official_modules.json"
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


def component_kind(obj: Any) -> str:
    """The kind of a component: model (pydantic), typeddict, enum (Literal or Enum) or alias."""
    import enum

    import pydantic
    import typing_extensions

    if isinstance(obj, type) and issubclass(obj, pydantic.BaseModel):
        return "model"
    if typing_extensions.is_typeddict(obj):
        return "typeddict"
    if (isinstance(obj, type) and issubclass(obj, enum.Enum)) or typing.get_origin(
        obj
    ) is typing.Literal:
        return "enum"
    return "alias"


def modules_snapshot(header: dict[str, str]) -> dict[str, Any]:
    """The names of the SDK's drop-in modules and its trailing-underscore field aliases."""
    import pydantic

    out: dict[str, Any] = {"x-snapshot": header}
    components = importlib.import_module("openrouter.components")
    kinds: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for name in sorted(components._dynamic_imports):
        obj = getattr(components, name)
        kinds[name] = component_kind(obj)
        if isinstance(obj, type) and issubclass(obj, pydantic.BaseModel):
            for field, info in obj.model_fields.items():
                if info.alias and field.endswith("_") and info.alias == field[:-1]:
                    aliases[field] = info.alias
    out["components"] = kinds
    for module in ("types", "utils", "errors"):
        mod = importlib.import_module(f"openrouter.{module}")
        out[module] = sorted(mod.__all__)
    out["field_aliases"] = dict(sorted(aliases.items()))
    return out


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
    modules = modules_snapshot(header)
    MODULES_OUT.write_text(json.dumps(modules, indent=1) + "\n", encoding="utf-8")
    print(f"{MODULES_OUT}: {len(modules['components'])} components", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
