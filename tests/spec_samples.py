"""Sample JSON documents built from the OpenAPI spec's schemas, for decoding tests.

``sample_from_schema(schema, spec)`` returns a small JSON-compatible value that is valid for
``schema``: required properties filled in, the first enum value, the first non-null variant of a
union, merged ``allOf`` parts. Options widen the sample: ``optional=True`` also fills optional
properties, ``nulls=True`` sends ``null`` wherever the schema allows it.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]

ROOT = Path(__file__).resolve().parent.parent
# the committed snapshot of the upstream spec (tools/snapshot_spec.py writes it)
SPEC_PATH = ROOT / "tools" / "spec" / "openrouter.openapi.json"

_FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "email": "user@example.com",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


@functools.lru_cache(maxsize=2)
def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """The parsed spec: the JSON snapshot, or a YAML file (``tools/extra_openapi.yaml``)."""
    if path.suffix == ".json":
        loaded: dict[str, Any] = json.loads(path.read_bytes())
        return loaded
    with open(path, "rb") as f:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        spec: dict[str, Any] = yaml.load(f, Loader=loader)  # noqa: S506 - a safe loader
    return spec


def _types(schema: dict[str, Any]) -> list[str]:
    t = schema.get("type")
    if t is None:
        return []
    return [t] if isinstance(t, str) else list(t)


def _nullable(schema: dict[str, Any]) -> bool:
    return bool(
        schema.get("nullable") is True
        or "null" in _types(schema)
        or None in schema.get("enum", [0])
        or any(_types(m) == ["null"] for m in schema.get("anyOf", []) + schema.get("oneOf", []))
    )


class _Sampler:
    def __init__(
        self, spec: dict[str, Any], optional: bool, nulls: bool, max_depth: int, variant: int
    ) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.optional = optional
        self.nulls = nulls
        self.max_depth = max_depth
        self.variant = variant

    def deref(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """An ``allOf`` schema as one object schema."""
        schema = self.deref(schema)
        if "allOf" not in schema:
            return schema
        props: dict[str, Any] = {}
        required: list[str] = []
        out: dict[str, Any] = {}
        for part in schema["allOf"]:
            p = self.merged(part)
            props.update(p.get("properties") or {})
            required += p.get("required", [])
            for k in ("type", "enum", "items", "oneOf", "anyOf", "additionalProperties"):
                if k in p and k not in out:
                    out[k] = p[k]
        props.update(schema.get("properties") or {})
        required += schema.get("required", [])
        if props:
            out["properties"] = props
            out["type"] = "object"
        out["required"] = required
        return out

    def sample(self, schema: dict[str, Any], depth: int = 0) -> Any:
        schema = self.merged(schema)
        if self.nulls and _nullable(schema) and depth > 0:
            return None
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return values[0] if values else None
        members = schema.get("oneOf") or schema.get("anyOf")
        if members:
            non_null = [m for m in members if _types(self.deref(m)) != ["null"]]
            if not non_null:
                return None
            return self.sample(non_null[self.variant % len(non_null)], depth + 1)
        types = [t for t in _types(schema) if t != "null"]
        t = types[0] if types else ("object" if "properties" in schema else None)
        if t == "object":
            return self.sample_object(schema, depth)
        if t == "array":
            n = max(1, schema.get("minItems", 0)) if depth < self.max_depth else 0
            n = max(n, schema.get("minItems", 0))
            return [self.sample(schema.get("items") or {}, depth + 1) for _ in range(n)]
        if t == "string":
            return _FORMATS.get(schema.get("format", ""), "x" * max(1, schema.get("minLength", 1)))
        if t == "integer":
            return int(schema.get("minimum", 1))
        if t == "number":
            return float(schema.get("minimum", 0.5))
        if t == "boolean":
            return True
        if t == "null":
            return None
        return {}  # empty schema: any value

    def sample_object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for name, ps in props.items():
            if name in required or (self.optional and depth < self.max_depth):
                out[name] = self.sample(ps, depth + 1)
        ap = schema.get("additionalProperties")
        if not props and isinstance(ap, dict) and ap and depth < self.max_depth:
            out["key"] = self.sample(ap, depth + 1)
        return out


def sample_from_schema(
    schema: dict[str, Any],
    spec: dict[str, Any] | None = None,
    *,
    optional: bool = False,
    nulls: bool = False,
    max_depth: int = 8,
    variant: int = 0,
) -> Any:
    """A minimal JSON value valid for ``schema``.

    ``optional``: also fill optional properties (down to ``max_depth``). ``nulls``: ``null``
    wherever the schema allows it. ``variant``: which union member to pick (modulo the number of
    non-null members), to walk through the variants of ``oneOf``/``anyOf`` schemas.
    """
    sampler = _Sampler(spec or load_spec(), optional, nulls, max_depth, variant)
    return sampler.sample(schema)
