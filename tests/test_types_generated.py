"""The generated ``openrouter_lite.types`` modules: up to date, decodable, tolerant, clean."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import operator
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import pytest
from spec_samples import load_spec, sample_from_schema

from openrouter_lite.types._base import Model, Request

ROOT = Path(__file__).resolve().parent.parent
TYPES_DIR = ROOT / "openrouter_lite" / "types"
EXTRA_SPEC = ROOT / "tools" / "extra_openapi.yaml"


@functools.lru_cache(maxsize=1)
def gen_module() -> ModuleType:
    """``tools/gen_types.py`` (not an installed package: loaded from its file)."""
    spec = importlib.util.spec_from_file_location("gen_types", ROOT / "tools" / "gen_types.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_types"] = module
    spec.loader.exec_module(module)
    return module


def merged_spec() -> dict[str, Any]:
    """The upstream spec plus ``tools/extra_openapi.yaml``, as the generator reads them."""
    merged: dict[str, Any] = gen_module().merge_spec(load_spec(), load_spec(EXTRA_SPEC))
    return merged


@functools.lru_cache(maxsize=1)
def full_spec() -> dict[str, Any]:
    return merged_spec()


@functools.lru_cache(maxsize=1)
def generator() -> Any:
    return gen_module().build(full_spec())


def lookup(name: str) -> Any:
    d = generator().defs[name]
    return getattr(importlib.import_module(f"openrouter_lite.types.{d.area}"), name)


def py_type(t: tuple[Any, ...]) -> Any:
    """The Python type of the generator's type IR."""
    kind = t[0]
    if kind == "ref":
        return lookup(t[1])
    if kind == "list":
        return list[py_type(t[1])]  # type: ignore[misc]
    if kind == "dict":
        return dict[str, py_type(t[1])]  # type: ignore[misc]
    if kind == "union":
        return functools.reduce(operator.or_, [py_type(m) for m in t[1]])
    return {"any": Any, "none": None, "str": str, "int": int, "float": float, "bool": bool}[kind]


def response_structs() -> list[str]:
    g = gen_module()
    return [
        n for n, d in generator().defs.items() if isinstance(d, g.StructDef) and d.side == "resp"
    ]


# ---- the generator ----
def test_generated_files_are_up_to_date(tmp_path: Path) -> None:
    g = gen_module()
    if g.find_ruff() is None:
        pytest.skip("ruff not installed: the committed files are ruff-formatted")
    files = g.render_all(generator())
    g.write(files, tmp_path)
    committed = {p.name for p in TYPES_DIR.glob("*.py")} - g.HAND_WRITTEN
    assert committed == set(files), "stale or missing modules: run tools/gen_types.py"
    for name in sorted(files):
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        current = (TYPES_DIR / name).read_text(encoding="utf-8")
        assert fresh == current, f"types/{name} is stale: run `python tools/gen_types.py`"


def test_generator_is_deterministic() -> None:
    g = gen_module()
    assert g.render_all(g.build(merged_spec())) == g.render_all(generator())


def test_extra_spec_only_adds() -> None:
    """The merged fragment adds types, modules and the listed field additions; it moves or
    otherwise changes no upstream type."""
    g = gen_module()
    upstream = g.build(load_spec())
    full = generator()
    for name, d in upstream.defs.items():
        assert full.defs[name].area == d.area, name
    before, after = g.render_all(upstream), g.render_all(full)
    extended = {f"{d.area}.py" for d in full.defs.values() if d.name not in upstream.defs}
    assert extended & set(before) == {"o_auth.py", "organization.py", "scim.py"}
    additions = g.load_spec(g.DEFAULT_EXTRA).get(g.FIELD_ADDITIONS, {})
    # a key is a component schema, or "METHOD /path" for an operation's inline request body
    bodies = {f"{op.method.upper()} {op.path}": op.request for op in full.operations}
    area = {name: full.defs[bodies.get(name) or name].area for name in additions}
    amended = {f"{a}.py" for a in area.values()}
    assert amended == {
        *("api_keys.py", "byok.py", "chat.py", "embeddings.py", "guardrails.py", "images.py"),
        *("messages.py", "observability.py", "rerank.py", "responses.py", "stt.py", "tts.py"),
        *("video_generation.py", "workspaces.py"),
    }
    for name in additions:
        for field in additions[name]:
            assert field in after[f"{area[name]}.py"], (name, field)
    # `TraceConfig`, now also reached from the amended bodies, moves up in common.py
    reordered = {"common.py"}
    for name, text in before.items():
        if name in reordered:
            assert sorted(after[name].splitlines()) == sorted(text.splitlines()), name
        elif name not in extended | amended and name != "__init__.py":
            assert after[name] == text, name


def test_required_names_exist() -> None:
    from openrouter_lite.types import chat, embeddings

    for name in (
        "ChatRequest", "ChatResult", "ChatResponse", "ChatChoice", "ChatAssistantMessage",
        "ChatToolCall", "ChatUsage", "ChatStreamChunk", "ChatStreamChoice", "ChatStreamDelta",
        "ChatStreamToolCall", "ChatStreamChunkError", "ChatMessages", "ChatFunctionTool",
    ):  # fmt: skip
        assert name in chat.__all__, name
    assert chat.ChatResponse is chat.ChatResult
    assert issubclass(chat.ChatRequest, Request)
    for name in ("CreateEmbeddingsRequest", "CreateEmbeddingsResponse", "EmbeddingsResponse"):
        assert name in embeddings.__all__, name
    assert embeddings.EmbeddingsResponse is embeddings.CreateEmbeddingsResponse
    assert issubclass(embeddings.CreateEmbeddingsRequest, Request)


def test_params_typeddicts_hold_the_optional_request_fields() -> None:
    from openrouter_lite.types import chat, embeddings

    for request, params, explicit in (
        (chat.ChatRequest, chat.ChatRequestParams, {"messages", "stream"}),
        (embeddings.CreateEmbeddingsRequest, embeddings.CreateEmbeddingsRequestParams,
         {"input", "model"}),
    ):  # fmt: skip
        fields = set(request.__struct_fields__)
        assert set(params.__optional_keys__) == fields - explicit
        assert not params.__required_keys__


# ---- decoding ----
def test_every_response_type_has_a_decoder() -> None:
    names = response_structs()
    assert len(names) > 300
    for name in names:
        cls = lookup(name)
        assert issubclass(cls, Model), name
        msgspec.json.Decoder(cls)


# Responses whose public type narrows the wire's (tools/gen_types.py TYPE_OVERRIDES) decode
# through the resource's wire type: `Embedding.embedding` is floats, the wire may send base64.
WIRE_TYPES: dict[str, Any] = {
    "CreateEmbeddingsResponse": importlib.import_module(
        "openrouter_lite.resources.embeddings"
    ).Base64EmbeddingsResponse
}


def operations_with_json_response() -> list[Any]:
    return [o for o in generator().operations if o.response is not None]


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_operation_samples_decode(variant: int) -> None:
    spec = full_spec()
    ops = operations_with_json_response()
    assert len(ops) > 80
    for op in ops:
        decoder = msgspec.json.Decoder(WIRE_TYPES.get(op.response) or lookup(op.response))
        for kwargs in ({}, {"optional": True}, {"optional": True, "nulls": True}):
            sample = sample_from_schema(op.response_schema, spec, variant=variant, **kwargs)
            try:
                decoder.decode(msgspec.json.encode(sample))
            except msgspec.ValidationError as e:  # pragma: no cover - failure detail
                pytest.fail(f"{op.method.upper()} {op.path} {kwargs}: {e}")


def test_every_response_component_sample_decodes() -> None:
    """Each response-side component schema (and each variant of a union) decodes."""
    g = gen_module()
    gen = generator()
    spec = full_spec()
    count = 0
    for name, cls_name in gen.class_of.items():
        d = gen.defs.get(cls_name)
        if not isinstance(d, g.StructDef) or d.side != "resp":
            continue
        resolved = gen.memo[name]  # the component's type: the Struct, or e.g. ``str | Struct``
        decoder = msgspec.json.Decoder(py_type(resolved.type) | None)
        schema = {"$ref": f"#/components/schemas/{name}"}
        for variant in range(len(d.variants or [None])):
            for kwargs in ({}, {"optional": True}, {"optional": True, "nulls": True}):
                sample = sample_from_schema(schema, spec, variant=variant, **kwargs)
                try:
                    decoder.decode(msgspec.json.encode(sample))
                except msgspec.ValidationError as e:  # pragma: no cover - failure detail
                    pytest.fail(f"{name} variant {variant} {kwargs}: {e}")
                count += 1
    assert count > 1000


def test_stream_event_samples_decode() -> None:
    spec = full_spec()
    schemas = spec["components"]["schemas"]
    g = generator()
    assert sorted(t.dict_name for t in g.event_tables) == [
        "IMAGES_EVENT_TYPES",
        "MESSAGES_EVENT_TYPES",
        "RESPONSES_EVENT_TYPES",
    ]
    by_class = {g.class_of[n]: n for n in schemas}
    for table in g.event_tables:
        module = importlib.import_module(f"openrouter_lite.types.{table.area}")
        events: dict[str, type[Model]] = getattr(module, table.dict_name)
        assert len(events) == len(table.events) > 3
        for type_, cls in events.items():
            schema = {"$ref": f"#/components/schemas/{by_class[cls.__name__]}"}
            for kwargs in ({}, {"optional": True}):
                sample = sample_from_schema(schema, spec, **kwargs)
                assert sample["type"] == type_
                event = msgspec.json.decode(msgspec.json.encode(sample), type=cls)
                assert event.type == type_  # type: ignore[attr-defined]
    chunk = {"$ref": "#/components/schemas/ChatStreamChunk"}
    chat = importlib.import_module("openrouter_lite.types.chat")
    for kwargs in ({}, {"optional": True}, {"optional": True, "nulls": True}):
        data = msgspec.json.encode(sample_from_schema(chunk, spec, **kwargs))
        msgspec.json.decode(data, type=chat.ChatStreamChunk)


CHAT_RESULT = b"""{
  "id": "gen-1", "object": "chat.completion", "created": 1, "model": "m",
  "system_fingerprint": null, "brand_new_top_level_field": {"x": [1, 2]},
  "choices": [{
    "index": 0, "finish_reason": "a_finish_reason_from_the_future", "logprobs": null,
    "message": {
      "role": "assistant", "content": "Hi", "refusal": null, "reasoning": null,
      "unknown_message_field": true,
      "reasoning_details": [
        {"type": "reasoning.text", "text": "hmm", "format": "new-format"},
        {"type": "reasoning.hologram", "payload": {"x": 1}}
      ],
      "tool_calls": [{"id": "c1", "type": "function",
                      "function": {"name": "f", "arguments": "{}"}}]
    }
  }],
  "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3,
            "completion_tokens_details": null, "brand_new_usage": 5}
}"""


def test_unknown_values_types_and_fields_decode() -> None:
    from openrouter_lite.types.chat import ChatResult

    r = msgspec.json.decode(CHAT_RESULT, type=ChatResult)
    choice = r.choices[0]
    assert choice.finish_reason == "a_finish_reason_from_the_future"
    details = choice.message.reasoning_details
    assert details is not None
    assert [d.type for d in details] == ["reasoning.text", "reasoning.hologram"]
    assert details[0].format == "new-format"
    assert choice.message.tool_calls is not None
    assert choice.message.tool_calls[0].function.name == "f"
    assert r.usage is not None and r.usage.total_tokens == 3


def test_unknown_content_part_type_decodes() -> None:
    from openrouter_lite.types.chat import ChatAssistantMessage

    data = b"""{"role": "assistant", "content": [
        {"type": "text", "text": "a"},
        {"type": "image_url", "image_url": {"url": "https://x"}},
        {"type": "sparkles", "sparkle_count": 3}
    ]}"""
    m = msgspec.json.decode(data, type=ChatAssistantMessage)
    assert isinstance(m.content, list)
    assert [p.type for p in m.content] == ["text", "image_url", "sparkles"]
    assert m.content[1].image_url is not None and m.content[1].image_url.url == "https://x"


def test_unknown_responses_output_item_decodes() -> None:
    from openrouter_lite.types.responses import OpenResponsesResult

    spec = full_spec()
    sample = sample_from_schema({"$ref": "#/components/schemas/OpenResponsesResult"}, spec)
    sample["output"] = [{"type": "teleport_call", "id": "x", "destination": "mars"}]
    r = msgspec.json.decode(msgspec.json.encode(sample), type=OpenResponsesResult)
    assert r.output[0].type == "teleport_call"


def test_decoded_message_reencodes_without_nulls() -> None:
    from openrouter_lite.types.chat import ChatResult

    r = msgspec.json.decode(CHAT_RESULT, type=ChatResult)
    encoded = msgspec.json.encode(r.choices[0].message)
    assert b"null" not in encoded
    assert msgspec.json.decode(encoded)["role"] == "assistant"


def test_embedding_is_floats_and_the_wire_type_accepts_base64() -> None:
    from openrouter_lite.types.embeddings import CreateEmbeddingsResponse

    wire = WIRE_TYPES["CreateEmbeddingsResponse"]
    for value in ([0.1, -0.2], "AAAAAA=="):
        body = {
            "object": "list",
            "model": "m",
            "data": [{"object": "embedding", "embedding": value}],
        }
        r = msgspec.json.decode(msgspec.json.encode(body), type=wire)
        assert r.data[0].embedding == value
    floats = msgspec.json.encode({"object": "list", "model": "m", "data": [body["data"][0]]})
    with pytest.raises(msgspec.ValidationError):  # the public type holds floats only
        msgspec.json.decode(floats, type=CreateEmbeddingsResponse)


def test_renamed_fields_round_trip() -> None:
    from openrouter_lite.types.files import FileResponse

    f = msgspec.json.decode(b'{"_shape": "openrouter", "id": "f"}', type=FileResponse)
    assert f.shape == "openrouter"
    assert b'"_shape":"openrouter"' in msgspec.json.encode(f)


# ---- requests ----
def test_request_sends_only_what_was_set() -> None:
    from openrouter_lite.types.api_keys import UpdateApiKeyRequest
    from openrouter_lite.types.chat import ChatRequest, ChatSystemMessage
    from openrouter_lite.types.common import ProviderPreferences

    req = ChatRequest(
        model="m",
        messages=[
            ChatSystemMessage(content="be brief", role="system"),
            {"role": "user", "content": "hi"},
        ],
        provider=ProviderPreferences(order=["openai"]),
    )
    assert msgspec.json.decode(msgspec.json.encode(req)) == {
        "model": "m",
        "messages": [{"content": "be brief", "role": "system"}, {"role": "user", "content": "hi"}],
        "provider": {"order": ["openai"]},
    }
    assert msgspec.json.encode(ChatRequest()) == b"{}"
    # PATCH: "not sent" and "sent as null" are different requests
    assert msgspec.json.encode(UpdateApiKeyRequest(limit=None)) == b'{"limit":null}'
    assert msgspec.json.encode(UpdateApiKeyRequest(name="k")) == b'{"name":"k"}'


def test_request_bodies_derive_from_request() -> None:
    g = generator()
    for op in g.operations:
        if op.request is not None:
            assert issubclass(lookup(op.request), Request), op.request
        if op.response is not None:
            assert not issubclass(lookup(op.response), Request), op.response


# ---- import cost ----
def _loaded_type_modules(statement: str) -> list[str]:
    code = (
        f"{statement}\nimport sys\n"
        "print(sorted(m for m in sys.modules if m.startswith('openrouter_lite.types.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(eval(out.stdout))  # noqa: S307 - our own repr of a list of strings


def test_types_package_is_lazy() -> None:
    assert _loaded_type_modules("import openrouter_lite.types") == []
    loaded = _loaded_type_modules("import openrouter_lite.types as t; t.embeddings")
    assert loaded == ["openrouter_lite.types._base", "openrouter_lite.types.common",
                      "openrouter_lite.types.embeddings"]  # fmt: skip


def test_chat_loads_only_chat_and_common() -> None:
    assert _loaded_type_modules("import openrouter_lite.types.chat") == [
        "openrouter_lite.types._base",
        "openrouter_lite.types.chat",
        "openrouter_lite.types.common",
    ]
