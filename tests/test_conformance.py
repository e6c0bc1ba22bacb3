"""Conformance: every operation of the OpenAPI spec, called through its official SDK name.

For each operation of `openrouter.openapi.yaml` the official name comes from operations.md (by
method + path; `yes*` rows spell `{id}` as `{workspace_ref}`), and the call is built from the
spec: every path parameter gets a value that needs escaping (`a/b c`), every required query
parameter and the first optional one a sample value, the JSON (or multipart) body its required
fields plus its first optional one as keyword arguments. Against `tests/spec_server.py` the test
asserts what went over the wire (method, escaped path matching the route, query names, body field
names, the bearer) and that the result decodes into the generated response type (`bytes` for
binary answers). Each case runs the blocking method, then the `_async` one on a fresh client.

An operation whose resource module doesn't exist yet is skipped, naming the module; every other
failure names its cause (missing method, rejected argument, wrong wire shape, type mismatch).
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import importlib.util
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import msgspec
import pytest
from spec_samples import load_spec, sample_from_schema
from spec_server import (
    BINARY_BODY,
    STREAM_EVENTS,
    SdkOperation,
    SpecServer,
    missing_module,
    resource_module,
    sdk_operations,
)

from openrouter_lite import OpenRouter, errors, operations
from openrouter_lite.testing import expected_text

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec()
API_KEY = "sk-conformance"
USER_BEARER = "sk-user-bearer"
PATH_VALUES = ("a/b c", "d/e f")  # need escaping: an unescaped `/` or space breaks the route
_METHODS = ("get", "put", "post", "delete", "patch")
# API names the official SDK renames as Python arguments (sent under the API name): seed 002
# calls `analytics.get_user_activity(date_="2025-01-15")`, the SDK's docs
# `observability.create(..., type_="langfuse")`; `id`, `hash` and `input` stay (seed 002).
PY_NAMES = {"date": "date_", "type": "type_"}
FILE_ARG = {"file_name": "sample.wav", "content": b"RIFF\x00\x00\x00\x00WAVEfmt "}
COINBASE_ARGS: dict[str, Any] = {  # seed 002, verbatim
    "security": operations.CreateCoinbaseChargeSecurity(bearer=USER_BEARER),
    "amount": 100,
    "sender": "0x1234567890123456789012345678901234567890",
    "chain_id": 1,
}


# ---- the generator's view of the operations (response type names) ------------------------
@functools.lru_cache(maxsize=1)
def gen_module() -> ModuleType:
    """`tools/gen_types.py`, loaded from its file (shared with test_types_generated)."""
    if "gen_types" in sys.modules:
        return sys.modules["gen_types"]
    spec = importlib.util.spec_from_file_location("gen_types", ROOT / "tools" / "gen_types.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_types"] = module
    spec.loader.exec_module(module)
    return module


@functools.lru_cache(maxsize=1)
def generator() -> Any:
    return gen_module().build(SPEC)


@functools.lru_cache(maxsize=1)
def gen_operations() -> dict[tuple[str, str], Any]:
    return {(op.method.upper(), op.path): op for op in generator().operations}


def generated_type(name: str) -> Any:
    d = generator().defs[name]
    return getattr(importlib.import_module(f"openrouter_lite.types.{d.area}"), name)


# ---- the cases ----------------------------------------------------------------------------
def deref(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def merged(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """(properties, required) of an object schema, `allOf` parts merged."""
    schema = deref(schema)
    props: dict[str, Any] = {}
    required: list[str] = []
    for part in schema.get("allOf", []):
        p, r = merged(part)
        props.update(p)
        required += r
    props.update(schema.get("properties") or {})
    required += [n for n in schema.get("required", []) if n not in required]
    return props, required


def snake(name: str) -> str:
    """`jobId` -> `job_id` (the official SDK's argument names are snake_case)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@dataclass
class Case:
    sdk: SdkOperation
    method: str  # upper case
    path: str  # the spec's template
    op: dict[str, Any]
    body_type: str | None  # "application/json", "multipart/form-data" or None
    kwargs: dict[str, Any] = field(default_factory=dict)
    raw_path: str = ""  # the escaped path the server must see
    params: dict[str, str] = field(default_factory=dict)  # decoded, by the spec's names
    query: set[str] = field(default_factory=set)
    body: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)
    bearer: str = API_KEY

    @property
    def id(self) -> str:
        return self.sdk.name


def build_case(sdk: SdkOperation, method: str, path: str, op: dict[str, Any]) -> Case:
    content = (op.get("requestBody") or {}).get("content") or {}
    body_type = None
    if "multipart/form-data" in content and (
        "application/json" not in content or sdk.method_name.endswith("_multipart")
    ):
        body_type = "multipart/form-data"
    elif "application/json" in content:
        body_type = "application/json"
    case = Case(sdk, method, path, op, body_type, raw_path=path)
    if sdk.name == "credits.create_coinbase_charge":
        case.kwargs.update(COINBASE_ARGS)
        case.bearer = USER_BEARER
        return case
    # path parameters: the official SDK's names, the spec's positions
    sdk_names = re.findall(r"{(\w+)}", sdk.path)
    spec_names = re.findall(r"{(\w+)}", path)
    assert len(sdk_names) == len(spec_names), (sdk, path)
    for value, sdk_name, spec_name in zip(PATH_VALUES, sdk_names, spec_names, strict=False):
        case.kwargs[snake(sdk_name)] = value
        case.raw_path = case.raw_path.replace(f"{{{spec_name}}}", quote(value, safe=""))
        case.params[spec_name] = value
    # query parameters: the required ones and the first optional one
    query = [p for p in op.get("parameters", []) if p.get("in") == "query"]
    chosen = [p for p in query if p.get("required")] + [p for p in query if not p.get("required")][
        :1
    ]
    for p in chosen:
        case.kwargs[PY_NAMES.get(p["name"], p["name"])] = sample_from_schema(p["schema"], SPEC)
        case.query.add(p["name"])
    # the body: its required fields and its first optional one
    if body_type is not None:
        props, required = merged(content[body_type]["schema"])
        optional = [n for n in props if n not in required and n != "stream" and n.isidentifier()]
        names = {}
        if body_type == "application/json":
            request = gen_operations()[method, path].request
            cls = generated_type(request)
            names = dict(zip(cls.__struct_encode_fields__, cls.__struct_fields__, strict=True))
        for name in required + optional[:1]:
            prop = deref(props[name])
            if prop.get("format") == "binary":
                case.kwargs[name] = dict(FILE_ARG)
                case.files.add(name)
            else:
                py_name = names.get(name, name)
                case.kwargs[PY_NAMES.get(py_name, py_name)] = sample_from_schema(prop, SPEC)
            case.body.add(name)
    # per-call security instead of the client's key
    if "security=" in sdk.auth:
        security_cls = getattr(
            operations, f"{op['operationId'][:1].upper()}{op['operationId'][1:]}Security"
        )
        case.kwargs["security"] = security_cls(bearer=USER_BEARER)
        case.bearer = USER_BEARER
    return case


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, item[method])
        for path, item in SPEC["paths"].items()
        for method in _METHODS
        if method in item
    ]


def cases() -> list[Case]:
    by_route: dict[tuple[str, str], list[SdkOperation]] = {}
    for sdk in sdk_operations():
        by_route.setdefault((sdk.method, sdk.spec_path), []).append(sdk)
    return [
        build_case(sdk, method, path, op)
        for method, path, op in spec_operations()
        for sdk in by_route.get((method, path), [])
    ]


CASES = cases()


def test_every_spec_operation_has_an_official_name() -> None:
    named = {(c.method, c.path) for c in CASES}
    missing = [f"{m} {p}" for m, p, _ in spec_operations() if (m, p) not in named]
    assert not missing, f"spec operations without an SDK name in operations.md: {missing}"
    assert len(spec_operations()) >= 95
    in_spec = [o for o in sdk_operations() if o.in_spec in ("yes", "yes*")]
    assert {o.name for o in in_spec} <= {c.sdk.name for c in CASES}


# ---- calling ------------------------------------------------------------------------------
def resolve(client: OpenRouter, case: Case, suffix: str) -> Callable[..., Any]:
    obj: Any = client
    dotted = ".".join(case.sdk.resource_path)
    for part in case.sdk.resource_path:
        obj = getattr(obj, part, None)
        if obj is None:
            pytest.fail(f"missing resource: client.{dotted}")
    name = case.sdk.method_name + suffix
    method = getattr(obj, name, None)
    if method is None:
        module = resource_module(case.sdk.resource_path[0])
        pytest.fail(f"missing method: client.{dotted}.{name} ({type(obj).__name__} in {module})")
    return method  # type: ignore[no-any-return]


def describe(case: Case) -> str:
    args = ", ".join(f"{k}=" for k in case.kwargs)
    return f"{case.sdk.name}({args}) -> {case.method} {case.path}"


def call_sync(url: str, case: Case, **extra: Any) -> Any:
    with OpenRouter(api_key=API_KEY, server_url=url) as client:
        return resolve(client, case, "")(**case.kwargs, **extra)


def call_async(url: str, case: Case, **extra: Any) -> Any:
    async def main() -> Any:
        async with OpenRouter(api_key=API_KEY, server_url=url) as client:
            return await resolve(client, case, "_async")(**case.kwargs, **extra)

    return asyncio.run(main())


def run_call(fn: Callable[..., Any], server: SpecServer, case: Case) -> Any:
    """The call's result; a failure says why, in the terms the owners need."""
    try:
        return fn(server.url, case)
    except TypeError as exc:
        pytest.fail(f"argument rejected: {describe(case)}: TypeError: {exc}")
    except errors.ResponseValidationError as exc:
        pytest.fail(f"type mismatch: {describe(case)}: the response does not decode: {exc}")
    except errors.ResponseError as exc:
        if case.sdk.name == "credits.create_coinbase_charge":
            raise
        seen = "; ".join(f"{r.method} {r.path}" for r in server.requests) or "nothing"
        pytest.fail(
            f"wrong request: {describe(case)}: the server answered {exc.status_code} "
            f"({exc.data.message}); it saw {seen}"
        )


# ---- checking -----------------------------------------------------------------------------
def check_wire(server: SpecServer, case: Case) -> None:
    seen = server.requests
    assert len(seen) == 1, f"{case.sdk.name}: expected 1 request, the server saw {len(seen)}"
    r = seen[0]
    where = f"{case.sdk.name} ({case.method} {case.path})"
    assert r.method == case.method, f"{where}: wrong HTTP method {r.method}"
    assert r.route == case.path, f"{where}: the path {r.path!r} matched {r.route!r}"
    assert r.path == case.raw_path, f"{where}: path sent as {r.path!r}, not {case.raw_path!r}"
    assert dict(r.params) == case.params, f"{where}: path parameters {dict(r.params)}"
    assert set(r.query) == case.query, (
        f"{where}: query names {sorted(r.query)}, expected {sorted(case.query)}"
    )
    assert r.headers.get("Authorization") == f"Bearer {case.bearer}", (
        f"{where}: Authorization header {r.headers.get('Authorization')!r}"
    )
    if case.sdk.name == "credits.create_coinbase_charge":
        return  # the spec documents no body; the official SDK sends the seed's fields
    if case.body_type == "application/json":
        assert r.content_type == "application/json", f"{where}: content type {r.content_type}"
        assert isinstance(r.json, dict), f"{where}: body {r.body[:200]!r} is not a JSON object"
        sent = {k for k, v in r.json.items() if not (k == "stream" and v is False)}
        assert sent == case.body, (
            f"{where}: JSON body fields {sorted(sent)}, expected {sorted(case.body)}"
        )
    elif case.body_type == "multipart/form-data":
        assert r.content_type == "multipart/form-data", f"{where}: content type {r.content_type}"
        assert r.form is not None and set(r.form) == case.body, (
            f"{where}: form fields {sorted(r.form or ())}, expected {sorted(case.body)}"
        )
        for name in case.files:
            part = r.form[name]
            assert isinstance(part, dict), f"{where}: form field {name!r} is not a file part"
            assert part["filename"] == FILE_ARG["file_name"], f"{where}: file part {part}"
            assert part["size"] == len(FILE_ARG["content"]), f"{where}: file part {part}"
    else:
        assert r.body in (b"", b"{}"), f"{where}: unexpected body {r.body[:200]!r}"


def check_result(case: Case, result: Any) -> None:
    where = f"{case.sdk.name} ({case.method} {case.path})"
    gen_op = gen_operations()[case.method, case.path]
    if gen_op.response is None:
        assert isinstance(result, (bytes, bytearray)), (
            f"{where}: a binary answer must come back as bytes, got {type(result).__name__}"
        )
        assert bytes(result) == BINARY_BODY, f"{where}: the bytes differ from what was sent"
        return
    cls = generated_type(gen_op.response)
    assert isinstance(result, cls), (
        f"type mismatch: {where} returned {type(result).__module__}.{type(result).__name__}, "
        f"expected openrouter_lite.types.{generator().defs[gen_op.response].area}.{cls.__name__}"
    )
    msgspec.json.encode(result)  # re-encodes cleanly


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_operation(spec_server: SpecServer, case: Case) -> None:
    module = missing_module(case.sdk.name.split(".")[0])
    if module is not None:
        pytest.skip(f"{module} not written yet")
    for fn in (call_sync, call_async):
        spec_server.clear()
        if case.sdk.name == "credits.create_coinbase_charge":
            with pytest.raises(errors.GoneResponseError) as info:
                run_call(fn, spec_server, case)
            assert info.value.status_code == 410
            assert info.value.data.code == 410
            assert "Coinbase" in info.value.data.message
            check_wire(spec_server, case)
            continue
        result = run_call(fn, spec_server, case)
        check_wire(spec_server, case)
        check_result(case, result)


# ---- streaming ----------------------------------------------------------------------------
STREAMING = [
    c for c in CASES if c.sdk.streams and c.body_type == "application/json"
] + [  # `completions.generate` is not in the spec
    Case(
        next(o for o in sdk_operations() if o.name == "completions.generate"),
        "POST",
        "/completions",
        {},
        "application/json",
        kwargs={"model": "openai/gpt-3.5-turbo-instruct", "prompt": "Once upon a time"},
        raw_path="/completions",
        body={"model", "prompt"},
    )
]
EVENT_TABLES = {
    "/responses": ("responses", "RESPONSES_EVENT_TYPES"),
    "/messages": ("messages", "MESSAGES_EVENT_TYPES"),
    "/images": ("images", "IMAGES_EVENT_TYPES"),
}


def test_streaming_cases() -> None:
    names = sorted(c.sdk.name for c in STREAMING)
    assert names == [
        "beta.responses.send",
        "chat.send",
        "completions.generate",
        "images.generate",
        "messages.create",
        "responses.send",
    ]


def check_stream(server: SpecServer, case: Case, items: list[Any]) -> None:
    where = f"{case.sdk.name}(stream=True)"
    (r,) = server.requests
    assert r.route == case.path, f"{where}: went to {r.method} {r.path}"
    assert isinstance(r.json, dict) and r.json.get("stream") is True, f"{where}: body {r.json}"
    assert set(r.json) - {"stream"} == case.body, f"{where}: body fields {sorted(r.json)}"
    assert items, f"{where}: no items"
    if case.path == "/chat/completions":
        from openrouter_lite.types.chat import ChatStreamChunk

        assert all(isinstance(i, ChatStreamChunk) for i in items), where
        text = "".join(c.choices[0].delta.content or "" for c in items if c.choices)
        assert text == expected_text(r.json, server.mock.chunks), f"{where}: {text!r}"
    elif case.path == "/completions":
        text = "".join(c.choices[0].text for c in items if c.choices)
        assert text == " there lived a curious dragon.", f"{where}: {text!r}"
    else:
        area, table = EVENT_TABLES[case.path]
        events = getattr(importlib.import_module(f"openrouter_lite.types.{area}"), table)
        types = [getattr(i, "type", None) for i in items]
        assert types == list(STREAM_EVENTS[case.path]), f"{where}: event types {types}"
        for item in items:
            assert isinstance(item, events[item.type]), (
                f"{where}: a {item.type!r} event decoded as {type(item).__name__}, "
                f"expected {events[item.type].__name__}"
            )


@pytest.mark.parametrize("case", STREAMING, ids=[c.id for c in STREAMING])
def test_streaming_sync(spec_server: SpecServer, case: Case) -> None:
    module = missing_module(case.sdk.name.split(".")[0])
    if module is not None:
        pytest.skip(f"{module} not written yet")

    def fn(url: str, case: Case) -> list[Any]:
        with OpenRouter(api_key=API_KEY, server_url=url) as client:
            stream = resolve(client, case, "")(**case.kwargs, stream=True)
            with stream as events:
                return list(events)

    check_stream(spec_server, case, run_call(fn, spec_server, case))


@pytest.mark.parametrize("case", STREAMING, ids=[c.id for c in STREAMING])
async def test_streaming_async(spec_server: SpecServer, case: Case) -> None:
    module = missing_module(case.sdk.name.split(".")[0])
    if module is not None:
        pytest.skip(f"{module} not written yet")
    async with OpenRouter(api_key=API_KEY, server_url=spec_server.url) as client:
        method = resolve(client, case, "_async")
        try:
            stream = await method(**case.kwargs, stream=True)
        except TypeError as exc:
            pytest.fail(f"argument rejected: {describe(case)}, stream=True: TypeError: {exc}")
        async with stream as events:
            items = [item async for item in events]
    check_stream(spec_server, case, items)


def test_completions_generate(spec_server: SpecServer) -> None:
    """The legacy text completions API (seed 002; not in the spec)."""
    case = STREAMING[-1]
    module = missing_module("completions")
    if module is not None:
        pytest.skip(f"{module} not written yet")
    for fn in (call_sync, call_async):
        spec_server.clear()
        result = run_call(
            functools.partial(fn, max_tokens=200, temperature=0.8, stream=False),
            spec_server,
            case,
        )
        (r,) = spec_server.requests
        assert (r.method, r.path) == ("POST", "/completions")
        assert set(r.json) - {"stream"} == {"model", "prompt", "max_tokens", "temperature"}
        assert r.json.get("stream", False) is False
        assert result.choices[0].text == " there lived a curious dragon."
        assert result.usage.total_tokens == 15
