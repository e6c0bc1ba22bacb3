"""The official SDK's `components`, `types` and `utils` names, and the pydantic methods on every
Struct (checked against `tests/data/official_modules.json`, a snapshot of the official SDK)."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from openrouter_lite import components, types, utils
from openrouter_lite.types.chat import ChatResult, ChatToolCall, ChatToolCallFunction

SNAPSHOT = json.loads((Path(__file__).parent / "data" / "official_modules.json").read_bytes())
REPO = Path(__file__).resolve().parent.parent

BODY = (
    b'{"id":"gen-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,'
    b'"finish_reason":"tool_calls","message":{"role":"assistant","content":null,"tool_calls":'
    b'[{"id":"c1","type":"function","function":{"name":"f","arguments":"{\\"x\\": 1}"}}]}}],'
    b'"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}'
)


def result() -> ChatResult:
    return msgspec.json.decode(BODY, type=ChatResult)


def test_components_map_official_models_onto_our_structs() -> None:
    mapped = set(components.__all__)
    models = {n for n, k in SNAPSHOT["components"].items() if k == "model"}
    # most official models have a counterpart; every mapped name resolves to a real type
    assert len(mapped & models) > 650
    for name in sorted(mapped)[::25]:
        obj = getattr(components, name)
        assert obj is not None, name
    assert components.OpenRouterWebSearchServerTool.__module__ == "openrouter_lite.types.common"
    assert components.ChatResultTypedDict is components.ChatResult is ChatResult
    # a name differing only in case ("URL" / "Url") maps too
    assert components.ChatContentImageImageURL.__name__ == "ChatContentImageImageUrl"


def test_components_official_only_name_says_so() -> None:
    with pytest.raises(AttributeError, match="no counterpart here"):
        _ = components.ChatReasoningSummaryVerbosityEnum  # an enum alias in the official SDK
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchThing'"):
        _ = components.NoSuchThing


def test_components_module_is_current() -> None:
    done = subprocess.run(
        [sys.executable, "tools/gen_components.py", "--check"], cwd=REPO, capture_output=True
    )
    assert done.returncode == 0, done.stderr.decode()


def test_types_has_the_official_names() -> None:
    for name in SNAPSHOT["types"]:
        if name.startswith("Base64"):
            continue  # file-upload helpers of the official SDK's own serializer
        assert hasattr(types, name), name
    assert types.UNSET is msgspec.UNSET
    assert types.UNSET_SENTINEL == "~?~unset~?~sentinel~?~"
    assert isinstance(result(), types.BaseModel)
    assert types.Nullable[int] == int | None
    assert types.OptionalNullable[str] == str | None | msgspec.UnsetType


def test_utils_retry_names_and_parse_datetime() -> None:
    for name in ("BackoffStrategy", "RetryConfig", "parse_datetime"):
        assert name in SNAPSHOT["utils"]
    cfg = utils.RetryConfig("backoff", utils.BackoffStrategy(1, 50, 1.1, 100), False)
    assert cfg.backoff.max_interval == 50 and cfg.retry_connection_errors is False
    logger: utils.Logger = utils.get_default_logger()
    assert getattr(logger, "name", None) == "openrouter_lite"
    dt = utils.parse_datetime("2025-01-02T03:04:05Z")
    assert dt == datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)


def test_import_stays_lazy() -> None:
    code = (
        "import sys, openrouter_lite.components, openrouter_lite.utils, openrouter_lite.types;"
        "print(sorted(m for m in sys.modules if m.startswith('openrouter_lite.types.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.stdout.strip() == "[]", out.stderr


def test_model_dump_defaults_like_pydantic() -> None:
    call = result().choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.model_dump() == {
        "id": "c1",
        "type": "function",
        "function": {"name": "f", "arguments": '{"x": 1}'},
    }
    full = result().model_dump()
    assert full["choices"][0]["message"]["content"] is None  # None fields are kept
    assert "content" not in result().model_dump(exclude_none=True)["choices"][0]["message"]
    assert result().model_dump(include={"id", "model"}) == {"id": "gen-1", "model": "m"}
    assert "choices" not in result().model_dump(exclude={"choices"})


def test_model_dump_by_alias_and_json_mode() -> None:
    from openrouter_lite.types.chat import ChatTokenLogprob

    lp = ChatTokenLogprob(token="a", logprob=-0.5, bytes_=[97], top_logprobs=[])
    assert lp.model_dump()["bytes_"] == [97]
    assert lp.model_dump(by_alias=True)["bytes"] == [97]
    assert json.loads(lp.model_dump_json(by_alias=True))["bytes"] == [97]
    assert lp.model_dump_json(indent=2).startswith("{\n  ")


def test_model_copy_validate_fields() -> None:
    r = result()
    assert r.model_copy(update={"model": "other"}).model == "other" and r.model == "m"
    deep = r.model_copy(deep=True)
    assert deep == r and deep.choices is not r.choices
    again = ChatResult.model_validate(r.model_dump(exclude_none=True))
    assert again == r
    assert ChatResult.model_validate(r) is r
    assert ChatResult.model_validate_json(BODY) == r
    assert ChatResult.model_validate_json(r.model_dump_json()) == r
    with pytest.raises(ValueError, match="Expected `str`"):
        ChatToolCall.model_validate({"id": 1, "type": "function", "function": {}})
    fields = ChatToolCallFunction.model_fields
    assert set(fields) == {"name", "arguments"} and fields["name"].is_required()
    assert ChatResult.model_json_schema()["$ref"].endswith("ChatResult")


def test_tool_loop_with_model_dump_round_trips() -> None:
    # the official SDK's tool loop: append the assistant message as a dict, then tool results
    msg = result().choices[0].message
    messages: list[dict[str, object]] = [{"role": "user", "content": "go"}]
    messages.append(msg.model_dump(exclude_none=True))
    messages += [
        {"role": "tool", "tool_call_id": c.id, "content": "42"} for c in msg.tool_calls or []
    ]
    from openrouter_lite.types.chat import ChatRequest

    sent = json.loads(msgspec.json.encode(ChatRequest(messages=messages, model="m")))
    assert sent["messages"][1]["tool_calls"][0]["function"]["name"] == "f"
    assert "content" not in sent["messages"][1]
