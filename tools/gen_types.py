"""Generate ``openrouter_lite/types/*.py`` (msgspec Structs) from the OpenRouter OpenAPI spec.

Usage::

    .venv/bin/python tools/gen_types.py [--spec PATH] [--extra PATH | --no-extra] [--out DIR]

The upstream spec predates some operations of the official SDK; ``tools/extra_openapi.yaml``
describes them and is merged in by default (``merge_spec``: it may add paths, operations and
schemas, never replace one). A component the upstream operations use keeps the module they give
it, so the extra operations never move an existing type.

One public module per API area (the operations' tag in snake_case), ``common.py`` for schemas
reached from several areas, and a lazy ``__init__.py``. The output is deterministic and, when
ruff is available, formatted with the repository's ruff settings.

Rules (see also the generated module docstrings):

- Component schemas keep their spec name (sanitized: ``AdvisorServerTool_OpenRouter`` becomes
  ``AdvisorServerToolOpenRouter``); an inline object is named parent + property in PascalCase;
  inline operation bodies are named after the operation (``CreateEmbeddingsRequest``).
- Response-side and shared objects derive from ``Model``: required and non-nullable fields are
  required, every other field is ``T | None = None``. Top-level request bodies derive from
  ``Request``: every field is ``T | UnsetType = UNSET``; on the request side arrays are
  ``Sequence``s and every object also accepts a ``Mapping``. Each request body ``X`` also gets
  ``XParams``, a ``TypedDict`` of its optional fields (minus ``stream``) for ``Unpack``.
- Enums stay open (``str``/``int``); their known values go into the field comment.
- A union of several objects on the response side becomes one "wide" Struct with every
  variant's fields (optional; a field whose type differs between variants is ``Any``), because
  msgspec cannot decode untagged unions of Structs and tagged unions reject unknown tags.
  Request-only unions stay plain unions (these types are encoded, never decoded).
- Streaming events (Responses, Messages, Images) get a ``<AREA>_EVENT_TYPES`` dict mapping
  the event's ``type`` to its Struct, and a ``<Area>StreamEvent`` alias.
"""

from __future__ import annotations

import argparse
import json
import keyword
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]

REPO = Path(__file__).resolve().parent.parent
# the committed snapshot (tools/snapshot_spec.py); --spec takes the full upstream YAML as well
DEFAULT_SPEC = REPO / "tools" / "spec" / "openrouter.openapi.json"
DEFAULT_EXTRA = REPO / "tools" / "extra_openapi.yaml"
DEFAULT_OUT = REPO / "openrouter_lite" / "types"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# Modules of the types package that are written by hand: never generated, never overwritten.
HAND_WRITTEN = frozenset({"_base.py"})
# Fields the API sends that the spec's schemas lack, added to those schemas by ``merge_spec``.
FIELD_ADDITIONS = "x-field-additions"
# Query parameters the official SDK sends that the spec's operations lack ("GET /keys": [...]).
PARAMETER_ADDITIONS = "x-parameter-additions"
# Marks the operations ``merge_spec`` took from the extra fragment.
EXTRA_MARK = "x-openrouter-lite-extra"
# Request body media types that get a generated type (form bodies are encoded by the resource).
REQUEST_MEDIA_TYPES = ("application/json", "application/x-www-form-urlencoded")

# (Struct, field) -> the annotation to use instead of the spec's. `Embedding.embedding` is a
# list of floats or a base64 string on the wire; the resource decodes base64 answers through a
# wire type of its own and always hands out floats.
TYPE_OVERRIDES = {("Embedding", "embedding"): "list[float]"}

# Required response fields the API has been seen to leave out, with the value they decode to
# then. Not every required field gets one: a Struct re-encodes without fields at their default
# (`omit_defaults`), so a default of 0 / [] would drop a real `"index": 0` from the JSON.
LENIENT_DEFAULTS = {
    # missing from a Responses stream's `response.created` event
    ("OpenResponsesResult", "parallel_tool_calls"): "False",
    # a stream chunk that only carries `finish_reason` or `usage`
    ("CompletionChoice", "text"): '""',
    ("CompletionError", "message"): '""',
}

# Tag -> module name, where snake_case of the tag is not the name we want.
AREA_OVERRIDES = {"Anthropic Messages": "messages", "OAuth": "o_auth"}

# Areas that reuse other areas' whole request types instead of owning copies of their trees.
AREA_REUSE = {"presets": ("chat", "messages", "responses"), "system_one": ("alpha",)}

# operationId -> the stem of its inline request/response type names (default: PascalCase id).
OPERATION_NAMES = {
    "list": "ListApiKeys",
    "createKeys": "CreateApiKey",
    "getKey": "GetApiKey",
    "updateKeys": "UpdateApiKey",
    "deleteKeys": "DeleteApiKey",
    "listEndpointsZdr": "ListZdrEndpoints",
    # the spec's ListEndpointsResponse is the ``data`` of this operation's response
    "listEndpoints": "ListModelEndpoints",
    "createAuthKeysCode": "CreateAuthCode",
    "exchangeAuthCodeForAPIKey": "ExchangeAuthCodeForApiKey",
}

# Spec schema name -> class name, where the spec's name would shadow our own base classes.
CLASS_RENAMES = {"Model": "ModelInfo"}

# Generated inline name -> a clearer one (checked: must not clash with a spec name).
NAME_OVERRIDES: dict[str, str] = {
    "CreateEmbeddingsResponseData": "Embedding",
    "CreateEmbeddingsResponseUsage": "EmbeddingsUsage",
    "ChatFunctionToolFunctionFunction": "ChatFunctionDefinition",
    "CreateEmbeddingsRequestInput": "EmbeddingsMultimodalInput",
    "CreateRerankRequestDocuments": "RerankDocument",
}

# Extra public aliases: alias -> target.
EXTRA_ALIASES = {
    "ChatResponse": "ChatResult",
    "EmbeddingsResponse": "CreateEmbeddingsResponse",
}

# Names our annotations use; a field with one of these names would shadow it in the class body.
RESERVED_FIELD_NAMES = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "type", "Any", "None", "UNSET"}
    | {"UnsetType", "TypeAlias", "TypedDict", "Mapping", "Sequence", "msgspec", "Model", "Request"}
)
ANNOTATION_NAMES = RESERVED_FIELD_NAMES - {"type"}

# ---------------------------------------------------------------------------------------------
# Type IR: hashable tuples.
#   ("any",) ("str",) ("int",) ("float",) ("bool",) ("bytes",)
#   ("list", T) ("dict", T) ("ref", name) ("union", (T, ...))
# Nullability travels next to the type (``Resolved.nullable``), never inside it.
# ---------------------------------------------------------------------------------------------
T = tuple[Any, ...]
ANY: T = ("any",)
STR: T = ("str",)
INT: T = ("int",)
FLOAT: T = ("float",)
BOOL: T = ("bool",)
BYTES: T = ("bytes",)
DICT_ANY: T = ("dict", ANY)
PRIMS = {"string": STR, "integer": INT, "number": FLOAT, "boolean": BOOL}


def union(types: Iterable[T]) -> T:
    """Flatten, dedupe (keeping order) and collapse a union; ``Any`` absorbs everything."""
    out: list[T] = []
    for t in types:
        for m in t[1] if t[0] == "union" else (t,):
            if m not in out:
                out.append(m)
    if ANY in out:
        return ANY
    if not out:
        return ANY
    if len(out) == 1:
        return out[0]
    # dict[str, Any] reads best at the end of a union
    out.sort(key=lambda m: m == DICT_ANY)
    return ("union", tuple(out))


@dataclass
class Resolved:
    type: T
    nullable: bool = False
    enum: tuple[Any, ...] = ()


@dataclass
class Field:
    json_name: str
    type: T
    required: bool
    nullable: bool
    comment: str = ""
    enum: tuple[Any, ...] = ()
    name: str = ""


@dataclass
class StructDef:
    name: str
    area: str
    base: str  # "Model" | "Request"
    side: str  # "resp" (decodable) | "req" (encode-only)
    doc: str
    fields: list[Field] = field(default_factory=list)
    variants: list[str] | None = None  # wide union Struct: its variants (filled in later)
    discriminator: str | None = None
    origin: str = ""


@dataclass
class AliasDef:
    name: str
    area: str
    type: T
    doc: str
    request: bool = False  # a request-side union (rendered with Sequence / Mapping)


@dataclass
class EventTable:
    area: str
    dict_name: str
    alias_name: str
    events: list[tuple[str, str]]  # (type string, struct name)


@dataclass
class Operation:
    """One operation of the spec and the generated types of its JSON bodies."""

    method: str
    path: str
    operation_id: str
    area: str
    request: str | None  # type name of the JSON request body
    response: str | None  # type name of the 2xx JSON response
    response_status: str | None
    response_schema: dict[str, Any] | None
    stream_event: str | None  # Struct name or event alias of a text/event-stream response


@dataclass
class Ctx:
    hint: str  # the name an inline object here would get
    area: str
    side: str  # "resp" | "req"
    origin: str  # human readable spec location


def pascal(text: str) -> str:
    """``completion_tokens_details`` -> ``CompletionTokensDetails``; keeps inner capitals."""
    parts = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def sanitize_class(name: str) -> str:
    """``AdvisorServerTool_OpenRouter`` -> ``AdvisorServerToolOpenRouter``; ``BYOKKey`` stays."""
    out = pascal(name)
    return out if out[:1].isalpha() else "T" + out


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def first_sentence(text: str | None, limit: int = 0) -> str:
    """The first sentence of a description, on one line, optionally cut at a word boundary."""
    if not text:
        return ""
    text = " ".join(str(text).split())
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z`(\"'])", text):
        if not re.search(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bapprox|\bincl)\.$", text[: m.start()]):
            text = text[: m.start()]
            break
    text = text.strip()
    if limit and len(text) > limit:
        cut = text[: limit - 3].rsplit(" ", 1)[0].rstrip(",;:")
        text = cut + "..."
    return text


def enum_text(values: Iterable[Any], limit: int) -> str:
    shown: list[str] = []
    vals = [v for v in values if v is not None]
    for i, v in enumerate(vals):
        item = str(v)
        rest = len(vals) - i
        tail = f", ... ({rest} more)" if rest > 1 else ""
        if len(", ".join([*shown, item])) + len(tail) > limit:
            shown.append(f"... ({rest} more)")
            break
        shown.append(item)
    if len(vals) == 1:
        return f'Always "{vals[0]}".'
    return "One of: " + ", ".join(shown) + "."


# ---------------------------------------------------------------------------------------------
# The generator
# ---------------------------------------------------------------------------------------------
class Generator:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, dict[str, Any]] = spec["components"]["schemas"]
        self.defs: dict[str, StructDef | AliasDef] = {}
        self.memo: dict[str, Resolved] = {}
        self.class_of = {n: CLASS_RENAMES.get(n) or sanitize_class(n) for n in self.schemas}
        self.taken: set[str] = set(self.class_of.values()) | ANNOTATION_NAMES
        self.inline_variants: set[str] = set()
        self.event_tables: list[EventTable] = []
        self.operations: list[Operation] = []
        self.aliases: dict[str, AliasDef] = {}
        self.notes: list[str] = []
        self.claimable: str | None = None
        self._ops = list(self._iter_operations())
        self.request_bodies = self._request_body_components()
        self.area_of, self.resp_reachable = self._analyse_reachability()

    # ---- spec walking ----------------------------------------------------------------------
    def _iter_operations(self) -> Iterator[tuple[str, str, dict[str, Any], str]]:
        for path, item in self.spec["paths"].items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                tag = op["tags"][0]
                yield path, method, op, AREA_OVERRIDES.get(tag, snake(tag))

    @staticmethod
    def _ref_name(s: dict[str, Any]) -> str:
        ref: str = s["$ref"]
        return ref.rsplit("/", 1)[-1]

    def _refs(self, x: Any, out: set[str]) -> set[str]:
        if isinstance(x, dict):
            if "$ref" in x:
                out.add(self._ref_name(x))
            for k, v in x.items():
                if k not in ("example", "examples"):
                    self._refs(v, out)
        elif isinstance(x, list):
            for v in x:
                self._refs(v, out)
        return out

    def _closure(self, roots: Iterable[str], stop: Iterable[str] = ()) -> set[str]:
        stop = set(stop)
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            n = stack.pop()
            if n in seen or n in stop:
                continue
            seen.add(n)
            stack.extend(self._refs(self.schemas[n], set()))
        return seen

    @staticmethod
    def _json_body(content: dict[str, Any] | None) -> dict[str, Any] | None:
        if not content or "application/json" not in content:
            return None
        schema: dict[str, Any] | None = content["application/json"].get("schema")
        return schema

    @staticmethod
    def _request_body(op: dict[str, Any]) -> dict[str, Any] | None:
        """The schema of an operation's JSON (or url-encoded form) request body."""
        content = op.get("requestBody", {}).get("content") or {}
        for media_type in REQUEST_MEDIA_TYPES:
            if media_type in content:
                schema: dict[str, Any] | None = content[media_type].get("schema")
                return schema
        return None

    def _request_body_components(self) -> set[str]:
        out = set()
        for _p, _m, op, _a in self._ops:
            body = self._request_body(op)
            if body and "$ref" in body:
                out.add(self._ref_name(body))
        return out

    def _analyse_reachability(self) -> tuple[dict[str, str], set[str]]:
        """Area of every component (``common`` if several) and the response-reachable set.

        A component the upstream operations use gets its area from those alone: the operations
        merged from the extra fragment only place the components nobody else uses."""
        resp_roots: set[str] = set()
        owner: dict[str, set[str]] = {}  # body component -> areas using it as a whole body
        for _p, _m, op, area in self._ops:
            b = self._request_body(op)
            if b is not None and "$ref" in b:
                owner.setdefault(self._ref_name(b), set()).add(area)
            for status, resp in op.get("responses", {}).items():
                resp_roots |= self._refs(resp.get("content", {}), set())
                b = self._json_body(resp.get("content"))
                if status.startswith("2") and b is not None and "$ref" in b:
                    owner.setdefault(self._ref_name(b), set()).add(area)
        users = self._users([o for o in self._ops if not o[2].get(EXTRA_MARK)], owner)
        for n, areas in self._users(self._ops, owner).items():
            users.setdefault(n, areas)
        area_of = {n: (next(iter(a)) if len(a) == 1 else "common") for n, a in users.items()}
        return area_of, self._closure(resp_roots)

    def _users(
        self, ops: list[tuple[str, str, dict[str, Any], str]], owner: dict[str, set[str]]
    ) -> dict[str, set[str]]:
        """Component -> the areas whose operations (of ``ops``) reach it."""
        direct: dict[str, set[str]] = {}
        for _p, _m, op, area in ops:
            d = direct.setdefault(area, set())
            body = self._request_body(op)
            if body is not None:
                d |= self._refs(body, set())
            for resp in op.get("responses", {}).values():
                d |= self._refs(resp.get("content", {}), set())
        users: dict[str, set[str]] = {}
        for area, roots in direct.items():
            stop: set[str] = set()
            for reused in AREA_REUSE.get(area, ()):
                stop |= {n for n, areas in owner.items() if reused in areas}
            for n in self._closure(roots - stop, stop):
                users.setdefault(n, set()).add(area)
        return users

    # ---- schema shape helpers ----------------------------------------------------------------
    _SHAPE_KEYS = (
        "$ref", "allOf", "oneOf", "anyOf", "enum", "const", "items", "additionalProperties",
        "required",
    )  # fmt: skip

    def _meaningful(self, s: dict[str, Any]) -> bool:
        """Whether an ``allOf`` part adds structure (not just a description)."""
        if any(k in s for k in self._SHAPE_KEYS) or s.get("properties"):
            return True
        t = s.get("type")
        return t is not None and t != "object" and t != ["object"]

    def _types(self, s: dict[str, Any]) -> list[str]:
        t = s.get("type")
        if t is None:
            return []
        return [t] if isinstance(t, str) else list(t)

    def _nullable(self, s: dict[str, Any]) -> bool:
        return bool(
            s.get("nullable") is True
            or "null" in self._types(s)
            or ("enum" in s and None in s["enum"])
            or ("const" in s and s["const"] is None)
        )

    def kind(self, s: dict[str, Any], seen: frozenset[str] = frozenset()) -> str:
        """struct | dict | array | prim | union | null | any (after following refs)."""
        if "$ref" in s:
            n = self._ref_name(s)
            if n in seen:
                return "struct"
            return self.kind(self.schemas[n], seen | {n})
        if "allOf" in s:
            parts = [p for p in s["allOf"] if self._meaningful(p)]
            if len(parts) == 1:
                return self.kind(parts[0], seen)
            return "struct"
        if "oneOf" in s or "anyOf" in s:
            return "union"
        if "enum" in s or "const" in s:
            return "prim"
        types = [t for t in self._types(s) if t != "null"]
        if not types:
            if s.get("properties"):
                return "struct"
            return "null" if self._types(s) == ["null"] else "any"
        if len(types) > 1:
            return "union"
        t = types[0]
        if t == "object":
            return "struct" if s.get("properties") else "dict"
        if t == "array":
            return "array"
        return "prim"

    def _union_members(self, s: dict[str, Any]) -> list[dict[str, Any]]:
        return list(s.get("oneOf") or s.get("anyOf") or [])

    def _structish_count(self, s: dict[str, Any], seen: frozenset[str] = frozenset()) -> int:
        """How many object variants a union has (refs to other unions flattened)."""
        count = 0
        for m in self._union_members(s):
            k = self.kind(m)
            if k == "struct":
                count += 1
            elif k == "union":
                target = m
                if "$ref" in m:
                    n = self._ref_name(m)
                    if n in seen:
                        continue
                    seen = seen | {n}
                    target = self.schemas[n]
                count += self._structish_count(target, seen)
        return count

    def collect(self, s: dict[str, Any]) -> tuple[dict[str, dict[str, Any]], list[str], str]:
        """Properties, required names and description of an object or ``allOf`` schema."""
        if "$ref" in s:
            ref_props, ref_req, ref_desc = self.collect(self.schemas[self._ref_name(s)])
            return ref_props, ref_req, s.get("description") or ref_desc
        props: dict[str, dict[str, Any]] = {}
        required: list[str] = []
        desc = s.get("description", "")
        for part in s.get("allOf", []):
            p, r, d = self.collect(part)
            props.update(p)
            required += [x for x in r if x not in required]
            desc = desc or d
        props.update(s.get("properties") or {})
        required += [x for x in s.get("required", []) if x not in required]
        return props, required, desc

    def _description(self, s: dict[str, Any]) -> str:
        if s.get("description"):
            return str(s["description"])
        for part in s.get("allOf", []):
            if "$ref" not in part and part.get("description"):
                return str(part["description"])
        return ""

    # ---- naming ------------------------------------------------------------------------------
    def alloc(self, hint: str) -> str:
        name = NAME_OVERRIDES.get(hint, hint)
        if name in NAME_OVERRIDES.values() and name in self.taken:
            raise SystemExit(f"name override {hint} -> {name} clashes")
        if name == self.claimable and name not in self.defs:
            # the one object of a component union like ``anyOf: [{...}, {type: null}]``
            self.claimable = None
            return name
        if name in self.taken:
            base = name
            for suffix in ("Item", "Object", *map(str, range(2, 100))):
                name = base + suffix
                if name not in self.taken:
                    break
            self.notes.append(f"inline name {base} taken; used {name}")
        self.taken.add(name)
        return name

    # ---- resolution --------------------------------------------------------------------------
    def component(self, name: str) -> Resolved:
        if name in self.memo:
            return self.memo[name]
        s = self.schemas[name]
        cls = self.class_of[name]
        area = self.area_of.get(name, "common")
        side = "resp" if name in self.resp_reachable else "req"
        ctx = Ctx(hint=cls, area=area, side=side, origin="")
        nullable = self._nullable(s)
        k = self.kind(s)
        if "allOf" in s and k != "struct":
            parts = [p for p in s["allOf"] if self._meaningful(p)]
            k = self.kind(parts[0]) if parts else "any"
        if k == "struct" or (k == "dict" and s.get("properties")):
            self.memo[name] = Resolved(("ref", cls), nullable)
            base = "Request" if name in self.request_bodies else "Model"
            if base == "Request" and side == "resp":
                raise SystemExit(f"{name} is both a request body and response-reachable")
            self.build_struct(cls, s, ctx, base)
        elif k == "union" and self._structish_count(s) >= 2:
            self.memo[name] = Resolved(("ref", cls), nullable)
            r = self.resolve_union(s, ctx, named=cls)
            self.memo[name] = Resolved(r.type, nullable or r.nullable, r.enum)
        else:
            # enums, primitives, arrays, maps, simple unions: inlined where used
            self.memo[name] = Resolved(ANY)  # recursion guard
            self.claimable = cls if k == "union" else None
            r = self.resolve(s, ctx, component=True)
            self.claimable = None
            self.memo[name] = Resolved(r.type, nullable or r.nullable, r.enum)
        return self.memo[name]

    def resolve(self, s: dict[str, Any], ctx: Ctx, component: bool = False) -> Resolved:
        if "$ref" in s:
            r = self.component(self._ref_name(s))
            return Resolved(r.type, r.nullable or self._nullable(s), r.enum)
        nullable = self._nullable(s)
        if "allOf" in s:
            parts = [p for p in s["allOf"] if self._meaningful(p)]
            if len(parts) == 1 and not component:
                r = self.resolve(parts[0], ctx)
                return Resolved(r.type, r.nullable or nullable, r.enum)
            if self.kind(s) == "struct":
                name = self.alloc(ctx.hint)
                self.build_struct(name, s, ctx, "Model")
                return Resolved(("ref", name), nullable)
            return Resolved(ANY, nullable)
        if "oneOf" in s or "anyOf" in s:
            r = self.resolve_union(s, ctx)
            return Resolved(r.type, r.nullable or nullable, r.enum)
        if "enum" in s or "const" in s:
            values = tuple(s["enum"]) if "enum" in s else (s["const"],)
            types = [t for t in self._types(s) if t != "null"]
            if not types:
                kinds = {type(v) for v in values if v is not None}
                types = ["string" if kinds == {str} else "integer" if kinds == {int} else "any"]
            return Resolved(union(PRIMS.get(x, ANY) for x in types), nullable, values)
        types = [t for t in self._types(s) if t != "null"]
        if len(types) > 1:
            rs = [self.resolve({**s, "type": t}, ctx) for t in types]
            return self.merge_union(rs, ctx)
        t = types[0] if types else ("object" if s.get("properties") else None)
        if t == "object":
            if s.get("properties"):
                name = self.alloc(ctx.hint)
                self.build_struct(name, s, ctx, "Model")
                return Resolved(("ref", name), nullable)
            ap = s.get("additionalProperties")
            if isinstance(ap, dict) and ap:
                v = self.resolve(ap, Ctx(ctx.hint + "Value", ctx.area, ctx.side, ctx.origin))
                vt = union([v.type, ("none",)]) if v.nullable else v.type
                return Resolved(("dict", vt), nullable)
            return Resolved(DICT_ANY, nullable)
        if t == "array":
            self.claimable = None  # a component's name goes to the component, not its items
            items = s.get("items")
            if not items:
                return Resolved(("list", ANY), nullable)
            r = self.resolve(items, ctx)
            it = union([r.type, ("none",)]) if r.nullable else r.type
            return Resolved(("list", it), nullable, r.enum)
        if t == "string":
            return Resolved(BYTES if s.get("format") == "binary" else STR, nullable)
        if t in PRIMS:
            return Resolved(PRIMS[t], nullable)
        return Resolved(ANY, nullable)

    def _variant_hint(self, ctx: Ctx, m: dict[str, Any], i: int) -> str:
        props = self.collect(m)[0]
        for key in ("type", "role", "id", "kind"):
            p = props.get(key) or {}
            vals = p.get("enum") or ([p["const"]] if "const" in p else [])
            if len(vals) == 1 and isinstance(vals[0], str):
                return ctx.hint + pascal(vals[0])
        if "type" in props:  # an open-ended "any other tool/block" variant
            return f"{ctx.hint}Other"
        return f"{ctx.hint}Variant{i + 1}"

    def resolve_union(self, s: dict[str, Any], ctx: Ctx, named: str | None = None) -> Resolved:
        members = self._union_members(s)
        rs: list[Resolved] = []
        nullable = False
        inline_variants: list[str] = []
        for i, m in enumerate(members):
            if self.kind(m) == "null":
                nullable = True
                continue
            inline_object = "$ref" not in m and self.kind(m) == "struct"
            several = self._structish_count(s) > 1
            hint = self._variant_hint(ctx, m, i) if inline_object and several else ctx.hint
            before = set(self.defs)
            r = self.resolve(m, Ctx(hint, ctx.area, ctx.side, ctx.origin))
            if "$ref" not in m and r.type[0] == "ref" and r.type[1] not in before:
                inline_variants.append(r.type[1])
            rs.append(r)
        if ctx.side == "req":
            t = union(r.type for r in rs)
            enum = tuple(v for r in rs for v in r.enum)
            if named is not None:
                doc = first_sentence(s.get("description")) or f"Any of the ``{named}`` variants."
                self.defs[named] = AliasDef(named, ctx.area, t, doc, request=True)
                self.aliases[named] = self.defs[named]  # type: ignore[assignment]
                return Resolved(("ref", named), nullable or any(r.nullable for r in rs), enum)
            return Resolved(t, nullable or any(r.nullable for r in rs), enum)
        r = self.merge_union(rs, ctx, named=named, doc=s.get("description"), schema=s)
        # inline object variants of a wide Struct live on only through it
        if r.type != ANY and any(self._is_wide(m) for m in self._flat(r.type)):
            self.inline_variants.update(inline_variants)
        return Resolved(r.type, r.nullable or nullable, r.enum)

    def _flat(self, t: T) -> tuple[T, ...]:
        return t[1] if t[0] == "union" else (t,)

    def _is_wide(self, t: T) -> bool:
        d = self.defs.get(t[1]) if t[0] == "ref" else None
        return isinstance(d, StructDef) and d.variants is not None

    def _is_struct(self, t: T) -> bool:
        return t[0] == "ref" and isinstance(self.defs.get(t[1]), StructDef)

    def merge_union(
        self,
        rs: list[Resolved],
        ctx: Ctx,
        named: str | None = None,
        doc: str | None = None,
        schema: dict[str, Any] | None = None,
    ) -> Resolved:
        """A union msgspec can decode: at most one object kind and one array kind."""
        nullable = any(r.nullable for r in rs)
        enum = tuple(v for r in rs for v in r.enum)
        members = [m for r in rs for m in self._flat(r.type)]
        if ctx.side == "req":
            return Resolved(union(members), nullable, enum)
        if ANY in members:
            return Resolved(ANY, nullable, enum)
        structs = [m for m in members if self._is_struct(m)]
        dicts = [m for m in members if m[0] == "dict"]
        lists = [m for m in members if m[0] == "list"]
        # the merged array / object kind takes the place of the first array / object member
        out: list[T] = []
        for m in members:
            if m in lists:
                if m is lists[0]:
                    out.append(("list", ANY))  # placeholder
            elif m in structs or m in dicts:
                if not any(x == ("ref", "") for x in out):
                    out.append(("ref", ""))  # placeholder
            else:
                out.append(m)
        obj: list[T] = []
        if len(lists) > 1:
            items = self.merge_union(
                [Resolved(x[1]) for x in lists], Ctx(ctx.hint + "Item", ctx.area, ctx.side, "")
            )
            lists = [("list", items.type)]
        if len(structs) > 1 or (named and structs):
            name = named or self.alloc(ctx.hint)
            variants: list[str] = []
            for m in structs:
                d = self.defs[m[1]]
                assert isinstance(d, StructDef)
                for v in d.variants if d.variants is not None else [d.name]:
                    if v not in variants:
                        variants.append(v)
            disc = None
            if schema is not None and "discriminator" in schema:
                disc = schema["discriminator"]["propertyName"]
            text = first_sentence(doc)
            self.defs[name] = StructDef(
                name, ctx.area, "Model", "resp", text, variants=variants, discriminator=disc,
                origin=ctx.origin,
            )  # fmt: skip
            obj.append(("ref", name))
        elif structs:
            obj += structs
        elif len(dicts) > 1:
            values = self.merge_union([Resolved(x[1]) for x in dicts], ctx)
            obj.append(("dict", values.type))
        else:
            obj += dicts
        result: list[T] = []
        for m in out:
            if m == ("list", ANY) and lists:
                result += lists
            elif m == ("ref", ""):
                result += obj
            else:
                result.append(m)
        return Resolved(union(result), nullable, enum)

    def build_struct(self, name: str, s: dict[str, Any], ctx: Ctx, base: str) -> None:
        props, required, _desc = self.collect(s)
        desc = self._description(s) or _desc
        doc = first_sentence(desc)
        d = StructDef(name, ctx.area, base, ctx.side, doc, origin=ctx.origin)
        self.defs[name] = d
        for pname, ps in props.items():
            sub = Ctx(name + pascal(pname), ctx.area, ctx.side, f"{name}.{pname}")
            r = self.resolve(ps, sub)
            comment = first_sentence(self._description(ps) if "$ref" not in ps else ps.get(
                "description", ""))  # fmt: skip
            d.fields.append(Field(pname, r.type, pname in required, r.nullable, comment, r.enum))

    # ---- wide Structs --------------------------------------------------------------------------
    def finish_wide(self) -> None:
        done: set[str] = set()

        def fill(d: StructDef, stack: frozenset[str]) -> None:
            if d.name in done or d.variants is None:
                return
            merged: dict[str, Field] = {}
            order: list[str] = []
            counts: dict[str, int] = {}
            required_in_all: dict[str, bool] = {}
            vdefs = [self.defs[v] for v in d.variants]
            for vd in vdefs:
                assert isinstance(vd, StructDef)
                if vd.variants is not None and vd.name not in stack:
                    fill(vd, stack | {d.name})
                for f in vd.fields:
                    counts[f.json_name] = counts.get(f.json_name, 0) + 1
                    req = f.required and not f.nullable
                    required_in_all[f.json_name] = required_in_all.get(f.json_name, True) and req
                    if f.json_name not in merged:
                        merged[f.json_name] = Field(
                            f.json_name, f.type, False, f.nullable, f.comment, f.enum
                        )
                        order.append(f.json_name)
                        continue
                    m = merged[f.json_name]
                    m.type = self.merge_field_types(m.type, f.type)
                    m.nullable = m.nullable or f.nullable
                    m.enum = m.enum + tuple(v for v in f.enum if v not in m.enum)
            disc = d.discriminator
            if disc is None and counts.get("type") == len(vdefs):
                disc = "type"
            fields = []
            if disc is not None and disc in merged:
                f = merged[disc]
                f.required = required_in_all[disc] and counts[disc] == len(vdefs)
                f.required = f.required and f.type == STR
                if len(f.enum) > 1:
                    f.comment = ""
                fields.append(f)
            fields += [merged[n] for n in order if n != disc]
            d.fields = fields
            named = [v for v in d.variants if v not in self.inline_variants]
            inline = len(d.variants) - len(named)
            parts = named + (
                [f"{inline} inline object{'s' if inline > 1 else ''}"] if inline else []
            )
            names = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
            d.doc = (d.doc + "\n\n" if d.doc else "") + (
                f"The union of {names}, merged into one Struct: every field is optional and a "
                "field the variants type differently is ``Any``, so a new variant never breaks "
                "decoding."
            )
            done.add(d.name)

        for d in list(self.defs.values()):
            if isinstance(d, StructDef) and d.variants is not None:
                fill(d, frozenset())

    def same_struct(self, a: str, b: str, depth: int = 0) -> bool:
        """Two Structs with the same fields (inline copies of one shape in different variants)."""
        da, db = self.defs.get(a), self.defs.get(b)
        if not isinstance(da, StructDef) or not isinstance(db, StructDef) or depth > 3:
            return False
        if da.variants is not None or db.variants is not None or len(da.fields) != len(db.fields):
            return False
        for fa, fb in zip(da.fields, db.fields, strict=True):
            if (fa.json_name, fa.required, fa.nullable) != (fb.json_name, fb.required, fb.nullable):
                return False
            if fa.type != fb.type and not self.same_type(fa.type, fb.type, depth + 1):
                return False
        return True

    def same_type(self, a: T, b: T, depth: int = 0) -> bool:
        if a == b:
            return True
        if a[0] != b[0]:
            return False
        if a[0] == "ref":
            return self.same_struct(a[1], b[1], depth)
        if a[0] in ("list", "dict"):
            return self.same_type(a[1], b[1], depth)
        if a[0] == "union" and len(a[1]) == len(b[1]):
            return all(self.same_type(x, y, depth) for x, y in zip(a[1], b[1], strict=True))
        return False

    def decodable(self, t: T) -> bool:
        """Whether msgspec can decode this (untagged) union."""
        ms = self._flat(t)
        objects = sum(1 for m in ms if m[0] == "dict" or self._is_struct(m))
        arrays = sum(1 for m in ms if m[0] == "list")
        strings = sum(1 for m in ms if m in (STR, BYTES))
        return objects <= 1 and arrays <= 1 and strings <= 1 and ANY not in ms

    def covering_wide(self, a: T, b: T) -> T | None:
        """``list[OpenAIFile]`` and ``list[AnthropicFile]`` -> ``list[FileResponse]``: the
        smallest wide Struct whose variants cover both types, if the spec has one."""
        if a[0] == b[0] == "list":
            item = self.covering_wide(a[1], b[1])
            return None if item is None else ("list", item)
        if not (self._is_struct(a) and self._is_struct(b)):
            return None
        need: set[str] = set()
        for t in (a, b):
            d = self.defs[t[1]]
            assert isinstance(d, StructDef)
            need |= set(d.variants) if d.variants is not None else {d.name}
        best = sorted(
            (len(d.variants), d.name)
            for d in self.defs.values()
            if isinstance(d, StructDef) and d.variants is not None and need <= set(d.variants)
        )
        return ("ref", best[0][1]) if best else None

    def merge_field_types(self, a: T, b: T) -> T:
        """The type of a field two variants both have: their union if decodable, else Any."""
        if self.same_type(a, b):
            return a
        wide = self.covering_wide(a, b)
        if wide is not None:
            return wide
        u = union([a, b])
        return u if self.decodable(u) else ANY

    # ---- operations ---------------------------------------------------------------------------
    def run(self) -> None:
        for path, method, op, area in self._ops:
            op_id = op.get("operationId") or snake(f"{method} {path}")
            stem = OPERATION_NAMES.get(op_id, pascal(op_id))
            origin = f"{method.upper()} {path}"
            req_name = None
            body = self._request_body(op)
            if body is not None:
                req_name = self._body_type(body, stem + "Request", area, "req", origin, "Request")
            resp_name = resp_status = resp_schema = stream = None
            for status, resp in op.get("responses", {}).items():
                if not status.startswith("2"):
                    continue
                content = resp.get("content") or {}
                js = self._json_body(content)
                if js is not None and resp_name is None:
                    resp_status, resp_schema = status, js
                    resp_name = self._body_type(js, stem + "Response", area, "resp", origin)
                sse = (content.get("text/event-stream") or {}).get("schema")
                if sse and "$ref" in sse:
                    stream = self._stream_type(self._ref_name(sse), area)
            for resp in op.get("responses", {}).values():
                for c in (resp.get("content") or {}).values():
                    for n in sorted(self._refs(c.get("schema", {}), set())):
                        if not n.endswith("StreamingResponse"):
                            self.component(n)
            self.operations.append(
                Operation(
                    method,
                    path,
                    op_id,
                    area,
                    req_name,
                    resp_name,
                    resp_status,
                    resp_schema,
                    stream,
                )  # fmt: skip
            )
        for alias, target in EXTRA_ALIASES.items():
            d = self.defs[target]
            self.defs[alias] = AliasDef(alias, d.area, ("ref", target), f"Alias of ``{target}``.")
        self.finish_wide()
        for n in self.inline_variants:
            self.defs.pop(n, None)

    def _body_type(
        self, s: dict[str, Any], name: str, area: str, side: str, origin: str, base: str = "Model"
    ) -> str:
        if "$ref" in s:
            r = self.component(self._ref_name(s))
            if r.type[0] == "ref":
                d = self.defs[r.type[1]]
                if not d.doc:
                    d.doc = f"{'Request body' if side == 'req' else 'Response'} of ``{origin}``."
                return str(r.type[1])
            s = self.schemas[self._ref_name(s)]
        name = self.alloc(name)  # a clash with a spec name gets a suffix (and a note)
        ctx = Ctx(name, area, side, "")
        if self.kind(s) == "struct":
            self.build_struct(name, s, ctx, base)
            d = self.defs[name]
            if not d.doc:
                what = "Request body" if side == "req" else "Response"
                d.doc = f"{what} of ``{origin}``."
        else:
            r = self.resolve(s, ctx)
            t = union([r.type, ("none",)]) if r.nullable else r.type
            self.defs[name] = AliasDef(name, area, t, first_sentence(s.get("description")))
        return name

    def _stream_type(self, wrapper: str, area: str) -> str | None:
        """The event type of an SSE response (``{"data": <event>}`` in the spec)."""
        data = (self.schemas[wrapper].get("properties") or {}).get("data")
        if data is None:
            return None
        if "$ref" in data and self.kind(self.schemas[self._ref_name(data)]) == "struct":
            return str(self.component(self._ref_name(data)).type[1])
        target = self.schemas[self._ref_name(data)] if "$ref" in data else data
        mapping = (target.get("discriminator") or {}).get("mapping") or {}
        by_ref = {ref.rsplit("/", 1)[-1]: key for key, ref in mapping.items()}
        events: list[tuple[str, str]] = []
        for m in self._union_members(target):
            n = self._ref_name(m)
            cls = str(self.component(n).type[1])
            key = by_ref.get(n)
            if key is None:
                props, _r, _d = self.collect(self.schemas[n])
                p = props.get("type", {})
                vals = p.get("enum") or ([p["const"]] if "const" in p else [])
                key = vals[0]
            events.append((key, cls))
        dict_name, alias_name = f"{area.upper()}_EVENT_TYPES", f"{pascal(area)}StreamEvent"
        table = EventTable(area, dict_name, alias_name, events)
        self.event_tables.append(table)
        return table.alias_name


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
class Renderer:
    def __init__(self, gen: Generator) -> None:
        self.gen = gen
        self.defs = gen.defs

    def area_of(self, name: str) -> str:
        return self.defs[name].area

    def add_dict(self, t: T) -> T:
        """Request side: wherever a Struct is accepted, a plain dict is too."""
        if t[0] == "ref":
            d = self.defs[t[1]]
            if isinstance(d, StructDef) and d.variants is not None:
                variants = [("ref", v) for v in d.variants if v in self.defs]
                return union([*variants, t, DICT_ANY])
            return union([t, DICT_ANY])
        if t[0] == "list":
            return ("list", self.add_dict(t[1]))
        if t[0] == "dict":
            return ("dict", self.add_dict(t[1]))
        if t[0] == "union":
            return union(self.add_dict(m) for m in t[1])
        return t

    def render(self, t: T, used: set[str], req: bool = False) -> str:
        """The annotation of ``t``; ``req``: request side, which takes any ``Sequence`` and
        ``Mapping`` (the values are only ever encoded)."""
        k = t[0]
        if k == "any":
            used.add("Any")
            return "Any"
        if k == "none":
            return "None"
        if k in ("str", "int", "float", "bool", "bytes"):
            return str(k)
        if k == "list":
            if req:
                used.add("Sequence")
                return f"Sequence[{self.render(t[1], used, req)}]"
            return f"list[{self.render(t[1], used)}]"
        if k == "dict":
            if req:
                used.add("Mapping")
                return f"Mapping[str, {self.render(t[1], used, req)}]"
            return f"dict[str, {self.render(t[1], used)}]"
        if k == "ref":
            used.add(t[1])
            return str(t[1])
        members = [m for m in t[1] if m != ("none",)]
        text = " | ".join(self.render(m, used, req) for m in members)
        return text + (" | None" if len(members) < len(t[1]) else "")

    @staticmethod
    def wrap_doc(text: str, indent: str) -> list[str]:
        text = text.replace("\\", "\\\\").replace('"""', "'''")
        paras = text.split("\n\n")
        lines: list[str] = []
        for i, para in enumerate(paras):
            if i:
                lines.append("")
            width = 100 - len(indent) - 6  # room for the quotes (ruff joins one-liners)
            lines += textwrap.wrap(para, width, break_on_hyphens=False) or [""]
        if len(lines) == 1 and len(lines[0]) + len(indent) + 6 <= 100:
            return [f'{indent}"""{lines[0]}"""']
        out = [f'{indent}"""{lines[0]}'] + [f"{indent}{x}" if x else "" for x in lines[1:]]
        return [*out, f'{indent}"""']

    @staticmethod
    def lenient_default(d: StructDef, f: Field, ann: str) -> str | None:
        """The default of a required response field decoded leniently (see `field_lines`)."""
        if d.side != "resp" or d.base != "Model" or not f.required or f.nullable:
            return None
        return LENIENT_DEFAULTS.get((d.name, f.name))

    def ann_of(self, d: StructDef, f: Field, used: set[str] | None = None) -> str:
        """The rendered annotation of field `f` of `d` (before `| None` / `| UnsetType`)."""
        t = self.add_dict(f.type) if d.side == "req" else f.type
        return TYPE_OVERRIDES.get((d.name, f.name)) or self.render(
            t, set() if used is None else used, req=d.side == "req"
        )

    def field_lines(self, d: StructDef, f: Field, used: set[str], names: set[str]) -> list[str]:
        ann = self.ann_of(d, f, used)
        if d.base == "Request":
            ann += (" | None" if f.nullable else "") + " | UnsetType"
            default: str | None = "UNSET"
            used.update({"UNSET", "UnsetType"})
        elif f.required and not f.nullable:
            default = self.lenient_default(d, f, ann)  # None: required
        else:
            ann += " | None" if not ann.endswith("| None") else ""
            default = "None"
        lines = []
        comment = f.comment
        values = [v for v in f.enum if v is not None]
        # a discriminator of a Struct or a const: the value is the documentation
        if values:
            lines.append("    # " + enum_text(values, 88 - 8))
        if comment:
            limit = 94 if not lines else 94
            lines.insert(0, "    # " + first_sentence(comment, limit - 2))
        if default is not None and default.startswith("msgspec.field("):
            used.add("msgspec")
            if f.name != f.json_name:
                default = default[:-1] + f', name="{f.json_name}")'
            lines.append(f"    {f.name}: {ann} = {default}")
        elif f.name != f.json_name:
            used.add("msgspec")
            if default is None:
                value = f'msgspec.field(name="{f.json_name}")'
            else:
                value = f'msgspec.field(default={default}, name="{f.json_name}")'
            lines.append(f"    {f.name}: {ann} = {value}")
        elif default is None:
            lines.append(f"    {f.name}: {ann}")
        else:
            lines.append(f"    {f.name}: {ann} = {default}")
        return lines

    def assign_names(self, d: StructDef, class_names: set[str]) -> None:
        used: set[str] = set()
        for f in d.fields:
            n = re.sub(r"\W", "_", f.json_name).lstrip("_") or "field"
            if n[:1].isdigit():
                n = "n" + n
            if keyword.iskeyword(n) or n in ANNOTATION_NAMES or n in class_names:
                n += "_"
            while n in used:
                n += "_"
            used.add(n)
            f.name = n

    def params_lines(self, d: StructDef, used: set[str]) -> list[str]:
        """``<Request>Params``: the request's optional fields as a ``TypedDict``, so resource
        methods can take them as ``**params: Unpack[...]``. Required fields and ``stream`` are
        explicit arguments of those methods, so they are left out."""
        fields = [f for f in d.fields if not f.required and f.json_name != "stream"]
        if not fields:
            return []
        name = d.name + "Params"
        if name in self.gen.taken:
            raise SystemExit(f"{name} clashes with a spec name")
        used.add("TypedDict")
        lines = [f"class {name}(TypedDict, total=False):"]
        lines += self.wrap_doc(
            f"The optional fields of ``{d.name}``, as keyword arguments.", "    "
        )
        lines.append("")
        for f in fields:
            ann = self.render(self.add_dict(f.type), used, req=True)
            lines.append(f"    {f.name}: {ann}" + (" | None" if f.nullable else ""))
        return lines

    def struct_lines(self, d: StructDef, used: set[str], class_names: set[str]) -> list[str]:
        self.assign_names(d, class_names)
        used.add(d.base)
        lines = [f"class {d.name}({d.base}):"]
        doc = d.doc or (f"The ``{d.origin}`` object." if d.origin else "")
        if d.side == "req" and d.base == "Model":
            note = "Request-only: encoded, never decoded."
            doc = f"{doc}\n\n{note}" if doc else note
        if doc or not d.fields:
            lines += self.wrap_doc(doc or "The spec lists no fields.", "    ")
        if d.fields:
            lines.append("")
        required = [
            f
            for f in d.fields
            if f.required
            and not f.nullable
            and d.base == "Model"
            and self.lenient_default(d, f, self.ann_of(d, f)) is None
        ]
        rest = [f for f in d.fields if f not in required]
        for f in required + rest:
            lines += self.field_lines(d, f, used, class_names)
        return lines

    def module(self, area: str) -> tuple[str, list[str]]:
        defs = [d for d in self.defs.values() if d.area == area]
        tables = [t for t in self.gen.event_tables if t.area == area]
        class_names = set(self.defs)
        used: set[str] = set()
        body: list[str] = []
        aliases: list[AliasDef] = []
        names: list[str] = []
        for d in defs:
            names.append(d.name)
            if isinstance(d, AliasDef):
                aliases.append(d)
                continue
            body += ["", "", *self.struct_lines(d, used, class_names)]
            if d.base == "Request":
                params = self.params_lines(d, used)
                if params:
                    names.append(params[0].split("(")[0].removeprefix("class "))
                    body += ["", "", *params]
        # the request / response types of this area's operations that live elsewhere
        for op in self.gen.operations:
            for n in (op.request, op.response):
                if op.area == area and n is not None and self.defs[n].area != area:
                    if n not in names:
                        names.append(n)
                        used.add(n)
        # aliases are evaluated at import: after the classes, in dependency order
        for a in self._alias_order(aliases):
            used.add("TypeAlias")
            body += ["", ""] + [f"# {x}" for x in textwrap.wrap(a.doc, 96)]
            body.append(f"{a.name}: TypeAlias = {self.render(a.type, used, req=a.request)}")
        for t in tables:
            names += [t.alias_name, t.dict_name]
            used.update({"TypeAlias", "Model"})
            members = " | ".join(c for _k, c in t.events)
            body += ["", "", f"# Every {area} stream event the spec knows (the API may add more)."]
            body.append(f"{t.alias_name}: TypeAlias = {members}")
            body += [
                "",
                "# Event ``type`` -> its Struct; a type missing here is an event the spec",
                "# doesn't know yet: pass it through undecoded rather than failing.",
                f"{t.dict_name}: dict[str, type[Model]] = {{",
            ]
            body += [f'    "{k}": {c},' for k, c in t.events]
            body.append("}")
        imports = self._imports(area, used)
        title = area.replace("_", " ")
        doc = [
            f'"""Types of the {title} API area, generated from the OpenAPI spec.',
            "",
            "Do not edit: run ``python tools/gen_types.py`` to regenerate.",
            '"""',
        ]
        if area == "common":
            doc[0] = '"""Types shared by several API areas, generated from the OpenAPI spec.'
        all_lines = ["", "", "__all__ = ("] + [f'    "{n}",' for n in names] + [")"]
        head = [*doc, "", "from __future__ import annotations", "", *imports]
        text = "\n".join(head + all_lines + body)
        return text + "\n", names

    def _alias_order(self, aliases: list[AliasDef]) -> list[AliasDef]:
        by_name = {a.name: a for a in aliases}
        out: list[AliasDef] = []
        seen: set[str] = set()

        def visit(a: AliasDef) -> None:
            if a.name in seen:
                return
            seen.add(a.name)
            deps: set[str] = set()
            self.render(a.type, deps)
            for n in sorted(deps):
                if n in by_name:
                    visit(by_name[n])
            out.append(a)

        for a in aliases:
            visit(a)
        return out

    def _imports(self, area: str, used: set[str]) -> list[str]:
        lines: list[str] = []
        abc_names = sorted(used & {"Mapping", "Sequence"})
        if abc_names:
            lines.append(f"from collections.abc import {', '.join(abc_names)}")
        typing_names = sorted(used & {"Any", "TypeAlias", "TypedDict"})
        if typing_names:
            lines.append(f"from typing import {', '.join(typing_names)}")
        if "msgspec" in used:
            if lines:
                lines.append("")
            lines.append("import msgspec")
        if lines:
            lines.append("")
        base_names = used & {"Model", "Request", "UNSET", "UnsetType"}
        base = sorted(base_names, key=lambda n: (n != "UNSET", n))  # isort order
        if base:
            lines.append(f"from ._base import {', '.join(base)}")
        others: dict[str, set[str]] = {}
        for n in used:
            if n in self.defs and self.defs[n].area != area:
                others.setdefault(self.defs[n].area, set()).add(n)
        for mod in sorted(others):
            names = sorted(others[mod])
            lines.append(f"from .{mod} import {', '.join(names)}")
        return lines


INIT_TEMPLATE = '''"""Request and response types of every OpenRouter API area (msgspec Structs).

One submodule per area (``openrouter_lite.types.chat``, ``.embeddings``, ...) plus ``common`` for
the types several areas share. Submodules load on first attribute access, so importing this
package is free; import the area module you need directly (``from openrouter_lite.types.chat
import ChatRequest``) for static typing. Generated by ``tools/gen_types.py``; do not edit.

It also holds the names of the official SDK's ``openrouter.types`` (``BaseModel``, ``UNSET``,
``UNSET_SENTINEL``, ``Nullable``, ``OptionalNullable``, ``UnrecognizedStr``, ``UnrecognizedInt``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = (
{names}
    "UNSET",
    "UNSET_SENTINEL",
    "BaseModel",
    "Nullable",
    "OptionalNullable",
    "UnrecognizedInt",
    "UnrecognizedStr",
)

if TYPE_CHECKING:
    from . import (
{imports}
    )
    from ._base import (
        UNSET,
        UNSET_SENTINEL,
        BaseModel,
        Nullable,
        OptionalNullable,
        UnrecognizedInt,
        UnrecognizedStr,
    )

_BASE_NAMES = frozenset(__all__[-7:])


def __getattr__(name: str) -> Any:
    if name in _BASE_NAMES:
        return getattr(importlib.import_module(f"{{__name__}}._base"), name)
    if name in __all__:
        return importlib.import_module(f"{{__name__}}.{{name}}")
    raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")


def __dir__() -> list[str]:
    return sorted(__all__)
'''


def load_spec(path: Path) -> dict[str, Any]:
    if path.suffix == ".json":
        loaded: dict[str, Any] = json.loads(path.read_bytes())
        return loaded
    with open(path, "rb") as f:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        spec: dict[str, Any] = yaml.load(f, Loader=loader)  # noqa: S506 - a safe loader
    return spec


def merge_spec(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``base`` plus the paths, operations and component schemas of ``extra`` (neither input is
    changed). Anything ``extra`` would replace is an error: once the upstream spec describes an
    operation, it must leave the fragment. The merged operations carry ``EXTRA_MARK``."""
    paths: dict[str, Any] = dict(base["paths"])
    for path, item in extra.get("paths", {}).items():
        merged = dict(paths.get(path, {}))
        for key, value in item.items():
            if key in merged:
                raise SystemExit(f"extra spec: {key} {path} is already in the spec")
            merged[key] = {**value, EXTRA_MARK: True} if key in HTTP_METHODS else value
        paths[path] = merged
    components: dict[str, Any] = dict(base["components"])
    for section, entries in extra.get("components", {}).items():
        known = dict(components.get(section, {}))
        for name, value in entries.items():
            if name in known:
                raise SystemExit(f"extra spec: components.{section}.{name} is already in the spec")
            known[name] = value
        components[section] = known
    schemas = components.get("schemas", {})
    for name, added in extra.get(FIELD_ADDITIONS, {}).items():
        if " " in name:  # "POST /keys": the operation's inline JSON request body
            _add_body_fields(paths, name, added)
            continue
        target = schemas.get(name)
        if target is None or "properties" not in target:
            raise SystemExit(f"extra spec: {FIELD_ADDITIONS} names {name}, not an object schema")
        schemas[name] = _with_fields(name, target, added)
    for name, params in extra.get(PARAMETER_ADDITIONS, {}).items():
        method, path = name.split(" ", 1)
        op = paths.get(path, {}).get(method.lower())
        if op is None:
            raise SystemExit(f"extra spec: {PARAMETER_ADDITIONS} names {name}, not an operation")
        have = {p.get("name") for p in op.get("parameters", [])}
        clash = have & {p["name"] for p in params}
        if clash:
            raise SystemExit(f"extra spec: {name} already has {sorted(clash)}: drop them here")
        op = {**op, "parameters": [*op.get("parameters", []), *params]}
        paths[path] = {**paths[path], method.lower(): op}
    return {**base, "paths": paths, "components": components}


def _with_fields(name: str, target: dict[str, Any], added: dict[str, Any]) -> dict[str, Any]:
    clash = target["properties"].keys() & added.keys()
    if clash:
        raise SystemExit(f"extra spec: {name} already has {sorted(clash)}: drop them here")
    return {**target, "properties": {**target["properties"], **added}}


def _add_body_fields(paths: dict[str, Any], name: str, added: dict[str, Any]) -> None:
    """``added`` into the inline JSON request body of the operation ``name`` ("POST /keys");
    ``paths`` gets new dicts along the way, the input specs are not changed."""
    method, _, path = name.partition(" ")
    method = method.lower()
    op = paths.get(path, {}).get(method) if method in HTTP_METHODS else None
    content = (op or {}).get("requestBody", {}).get("content", {})
    media = content.get("application/json", {})
    target = media.get("schema")
    if op is None or target is None or "properties" not in target:
        raise SystemExit(
            f"extra spec: {FIELD_ADDITIONS} names {name}, not an operation with an inline JSON "
            "object request body (name a component schema by its name)"
        )
    media = {**media, "schema": _with_fields(name, target, added)}
    body = {**op["requestBody"], "content": {**content, "application/json": media}}
    paths[path] = {**paths[path], method: {**op, "requestBody": body}}


def load_full_spec(spec: Path = DEFAULT_SPEC, extra: Path | None = DEFAULT_EXTRA) -> dict[str, Any]:
    """The spec the types are generated from: upstream plus the extra fragment."""
    base = load_spec(spec)
    return base if extra is None else merge_spec(base, load_spec(extra))


def build(spec: dict[str, Any]) -> Generator:
    gen = Generator(spec)
    gen.run()
    return gen


def render_all(gen: Generator) -> dict[str, str]:
    r = Renderer(gen)
    areas = sorted(
        {d.area for d in gen.defs.values()}
        | {t.area for t in gen.event_tables}
        | {op.area for op in gen.operations if op.request or op.response}
    )
    files = {f"{a}.py": r.module(a)[0] for a in areas}
    clash = HAND_WRITTEN & set(files)
    if clash:
        raise SystemExit(f"generated modules would replace hand-written ones: {sorted(clash)}")
    check_import_cycles(files)
    mods = sorted([*areas, *(m[:-3] for m in HAND_WRITTEN if not m.startswith("_"))])
    files["__init__.py"] = INIT_TEMPLATE.format(
        names="\n".join(f'    "{m}",' for m in mods),
        imports="\n".join(f"        {m}," for m in mods),
    )
    return files


def check_import_cycles(files: dict[str, str]) -> None:
    """Generated modules import each other's names at import time: a cycle would break."""
    graph = {
        name[:-3]: set(re.findall(r"^from \.(\w+) import", text, re.M)) - {"_base"}
        for name, text in files.items()
    }
    done: set[str] = set()

    def visit(mod: str, stack: tuple[str, ...]) -> None:
        if mod in stack:
            raise SystemExit(f"import cycle between generated modules: {' -> '.join(stack)}")
        if mod in done:
            return
        for dep in sorted(graph.get(mod, ())):
            visit(dep, (*stack, mod))
        done.add(mod)

    for mod in sorted(graph):
        visit(mod, ())


def find_ruff() -> str | None:
    local = Path(sys.executable).parent / "ruff"
    if local.exists():
        return str(local)
    return shutil.which("ruff")


def write(files: dict[str, str], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    ruff = find_ruff()
    if ruff is None:
        print("ruff not found: output left unformatted", file=sys.stderr)
        return
    paths = [str(out / n) for n in sorted(files)]
    config = ["--config", str(REPO / "pyproject.toml")]
    fix_imports = ["check", "--fix-only", "--quiet", "--select", "I"]
    subprocess.run([ruff, *fix_imports, *config, *paths], check=True)
    subprocess.run([ruff, "format", "--quiet", *config, *paths], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI spec (JSON or YAML)")
    ap.add_argument(
        "--extra",
        type=Path,
        default=DEFAULT_EXTRA,
        help="OpenAPI fragment merged into the spec (operations it lacks)",
    )
    ap.add_argument("--no-extra", action="store_true", help="generate from --spec alone")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output package directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="print naming notes")
    args = ap.parse_args(argv)
    gen = build(load_full_spec(args.spec, None if args.no_extra else args.extra))
    files = render_all(gen)
    write(files, args.out)
    if args.verbose:
        for note in gen.notes:
            print(note, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
