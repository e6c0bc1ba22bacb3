"""Behaviour the official SDK documents, checked against local servers: pages (`res.result.data`,
`res.next()`), errors (`raw_response`, `data.error.message`, `str(e)`, constructors user tests
call, `NoResponseError`, the builtin bases)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from aioresponses import CallbackResult, aioresponses
from yarl import URL

from openrouter_lite import OpenRouter, components, errors
from openrouter_lite.testing import Fault, MockOpenRouter, mock_server

BASE = "http://127.0.0.1:9/api/v1"
GUARDRAIL = {
    "id": "g0",
    "name": "n",
    "created_at": "2025-01-01T00:00:00Z",
    "updated_at": None,
    "workspace_id": "ws",
    "include_byok_in_budgets": False,
}


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    with aioresponses() as m:
        yield m


def pager(items: list[dict[str, Any]]) -> Any:
    def answer(url: URL, **kwargs: Any) -> CallbackResult:
        offset, limit = int(url.query.get("offset", 0)), int(url.query.get("limit", 100))
        return CallbackResult(
            payload={"data": items[offset : offset + limit], "total_count": len(items)}
        )

    return answer


ITEMS = [{**GUARDRAIL, "id": f"g{i}"} for i in range(5)]


def test_sync_page_result_data_and_next(mocked: aioresponses) -> None:
    mocked.get(re.compile(r".*/guardrails\b"), callback=pager(ITEMS), repeat=True)
    with OpenRouter(api_key="k", server_url=BASE) as client:
        res = client.guardrails.list(limit=2)
        seen = []
        while res is not None:  # the official SDK's documented loop
            seen += [g.id for g in res.result.data]
            res = res.next()
        assert seen == [i["id"] for i in ITEMS]
        ids: list[str] = [g.id for g in client.guardrails.list(limit=2).iter_all()]
        assert ids == seen


async def test_async_page_next_is_awaitable(mocked: aioresponses) -> None:
    mocked.get(re.compile(r".*/guardrails\b"), callback=pager(ITEMS), repeat=True)
    async with OpenRouter(api_key="k", server_url=BASE) as client:
        res = await client.guardrails.list_async(limit=2)
        seen = []
        while res is not None:
            seen += [g.id for g in res.result.data]
            res = await res.next()  # type: ignore[misc]  # the official async pages' shape
        assert seen == [i["id"] for i in ITEMS]
        first = await client.guardrails.list_async(limit=4)
        assert [g.id async for g in first.aiter_all()] == seen


@pytest.fixture
def server() -> Iterator[MockOpenRouter]:
    with mock_server(chunks=3) as srv:
        yield srv


def send(client: OpenRouter) -> Any:
    return client.chat.send(model="m", messages=[{"role": "user", "content": "hi"}], retries=None)


def test_status_error_like_the_official_sdk(server: Any) -> None:
    server.add_fault(Fault.status(429, "Rate limit exceeded", headers={"X-Ratelimit-Limit": "5"}))
    with OpenRouter(api_key="k", server_url=server.url) as client:
        with pytest.raises(errors.TooManyRequestsResponseError) as info:
            send(client)
    e = info.value
    assert str(e).startswith("Rate limit exceeded")
    assert e.message == "Rate limit exceeded"
    assert e.data.error.message == e.data.message == "Rate limit exceeded"
    assert e.data.code == 429
    raw = e.raw_response
    assert raw.status_code == 429 and e.status_code == 429
    assert raw.headers["x-ratelimit-limit"] == "5" == e.headers["X-RateLimit-Limit"]
    assert raw.json()["error"]["message"] == "Rate limit exceeded"
    assert raw.text == e.body
    assert raw.url.endswith("/chat/completions")


def test_in_stream_error_is_a_runtime_error(server: Any) -> None:
    server.add_fault(Fault.mid_stream_error(after_chunks=1, message="Provider disconnected"))
    with OpenRouter(api_key="k", server_url=server.url) as client:
        with pytest.raises(RuntimeError, match="Provider disconnected") as info:
            with client.chat.send(
                model="m", messages=[{"role": "user", "content": "hi"}], stream=True
            ) as chunks:
                for _ in chunks:
                    pass
    assert isinstance(info.value, errors.StreamError)


def test_connection_failure_is_no_response_error() -> None:
    with OpenRouter(api_key="k", server_url=BASE, retry_config=None) as client:
        with pytest.raises(errors.NoResponseError) as info:
            send(client)
    # `except errors.OpenRouterError as e: e.status_code` works for it too
    assert info.value.status_code is None and info.value.raw_response is None
    assert info.value.body == "" and dict(info.value.headers) == {}
    assert str(errors.NoResponseError()) == "No response received"


class FakeHttpxResponse:
    """What user tests pass as `raw_response`: an object shaped like `httpx.Response`."""

    def __init__(self, status_code: int, text: str) -> None:
        self.status_code = status_code
        self.text = text
        self.headers = {"content-type": "application/json"}


def test_user_tests_build_errors_the_official_way() -> None:
    data = errors.TooManyRequestsResponseErrorData(
        error=components.TooManyRequestsResponseErrorData(code=429, message="slow down"),
        user_id="u1",
    )
    raw = FakeHttpxResponse(429, '{"error":{"code":429,"message":"slow down"}}')
    e = errors.TooManyRequestsResponseError(data, raw)
    assert str(e) == "slow down"
    assert e.status_code == 429 and e.raw_response is raw and e.body == raw.text
    assert e.data.error.message == "slow down" and e.data.code == 429
    assert isinstance(e, errors.ResponseError)
    by_keyword = errors.BadRequestResponseError(
        data=errors.BadRequestResponseErrorData(error={"code": 400, "message": "bad"}),
        raw_response=FakeHttpxResponse(400, "{}"),
    )
    assert str(by_keyword) == "bad" and by_keyword.status_code == 400
    bare = errors.InternalServerResponseError(data=errors.ErrorData(message="boom"))
    assert bare.status_code == 500 and bare.raw_response.status_code == 500
    assert errors.UnauthorizedResponseErrorData is errors.ResponseErrorData
    v = errors.ResponseValidationError("bad shape", raw, ValueError("x"))
    assert str(v) == "bad shape: x" and isinstance(v.cause, ValueError) and v.status_code == 429


def test_error_from_the_spec_server_lists_every_official_data_class() -> None:
    import json
    from pathlib import Path

    names = json.loads((Path(__file__).parent / "data" / "official_modules.json").read_bytes())
    for name in names["errors"]:
        if name.endswith("ResponseErrorData") or name.endswith("ResponseData"):
            assert getattr(errors, name) is errors.ResponseErrorData, name


# -- semantics ------------------------------------------------------------------------------------
def test_retries_none_means_no_retries_and_left_out_means_defaults(server: Any) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as client:
        server.add_fault(Fault.status(503, retry_after=0))
        assert send_default(client).choices  # the default policy retried the 503
        server.add_fault(Fault.status(503, retry_after=0))
        with pytest.raises(errors.ServiceUnavailableResponseError):
            send(client)  # retries=None
    with OpenRouter(api_key="k", server_url=server.url, retry_config=None) as client:
        server.add_fault(Fault.status(503, retry_after=0))
        with pytest.raises(errors.ServiceUnavailableResponseError):
            send_default(client)


def send_default(client: OpenRouter) -> Any:
    return client.chat.send(model="m", messages=[{"role": "user", "content": "hi"}])


def test_official_aliases_and_none_on_the_wire(spec_server: Any) -> None:
    schema = {"type": "object", "properties": {"format_": {"type": "string"}}}
    fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema_": schema}}
    with OpenRouter(api_key="k", server_url=spec_server.url) as client:
        client.chat.send(
            model="m",
            messages=[{"role": "user", "content": "null"}],
            response_format=fmt,
            tools=None,  # not nullable in the spec: omitted, as the official SDK does
            stop=None,  # nullable: sent as null
        )
    sent = json.loads(spec_server.last.body)
    assert sent["response_format"]["json_schema"]["schema"] == schema  # inner keys untouched
    assert "schema_" not in sent["response_format"]["json_schema"]
    assert "tools" not in sent and sent["stop"] is None


def test_callable_api_key_is_called_per_request(spec_server: Any) -> None:
    keys = iter(["key-1", "key-2"])
    with OpenRouter(api_key=lambda: next(keys), server_url=spec_server.url) as client:
        send_default(client)
        send_default(client)
        assert "key-" not in repr(client) and "lambda" not in repr(client)
    auth = [r.headers["Authorization"] for r in spec_server.requests]
    assert auth == ["Bearer key-1", "Bearer key-2"]


def test_httpx_client_arguments_say_what_to_use_instead() -> None:
    with pytest.raises(TypeError, match="does not use httpx.*max_connections="):
        OpenRouter(api_key="k", client=object())
    with pytest.raises(TypeError, match="async_client"):
        OpenRouter(api_key="k", async_client=object())


# -- signatures and fail-fast checks ------------------------------------------------------------
def test_runtime_signatures_list_every_keyword() -> None:
    import inspect

    with OpenRouter(api_key="k", server_url=BASE) as client:
        for method in (client.chat.send_async, client.chat.send):
            params = inspect.signature(method).parameters
            assert params["messages"].default is inspect.Parameter.empty
            for name in ("temperature", "tools", "provider", "reasoning", "retries", "timeout_ms"):
                assert name in params, name
            assert "params" not in params  # no bare **params left
        sig = inspect.signature(client.api_keys.get)
        assert list(sig.parameters)[0] == "hash" and "timeout_ms" in sig.parameters
        assert "offset" in inspect.signature(client.embeddings.list_models).parameters
        assert inspect.iscoroutinefunction(client.embeddings.generate_async)


def test_misspelt_keywords_name_themselves_and_the_nearest_name() -> None:
    with OpenRouter(api_key="k", server_url=BASE) as client:
        with pytest.raises(TypeError, match=r"'mesages' \(did you mean 'messages'\?\)"):
            client.chat.send(model="m", mesages=[])  # type: ignore[call-overload]
        with pytest.raises(TypeError, match=r"'temprature' \(did you mean 'temperature'\?\)"):
            client.chat.send(model="m", messages=[], temprature=1)  # type: ignore[call-overload]
        with pytest.raises(TypeError, match=r"'modle' \(did you mean 'model'\?\)"):
            client.embeddings.generate(input="x", modle="m")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match=r"'limt' \(did you mean 'limit'\?\)"):
            client.embeddings.list_models(limt=3)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'messages'"):
            client.chat.send(model="m")  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"messages": "hello"}, "messages must be a list of message dicts, not str"),
        ({"messages": ["hello"]}, r"messages\[0\] must be a message dict"),
        ({"messages": [], "temperature": "hot"}, "temperature must be a number, not str 'hot'"),
        ({"messages": [], "max_tokens": True}, "max_tokens must be a number, not bool"),
    ],
)
def test_obviously_wrong_values_fail_before_sending(
    kwargs: dict[str, Any], message: str, mocked: aioresponses
) -> None:
    with OpenRouter(api_key="k", server_url=BASE) as client:
        with pytest.raises(TypeError, match=message):
            client.chat.send(model="m", **kwargs)
    assert not mocked.requests  # nothing was sent


def test_generic_operations_check_numbers_too(mocked: aioresponses) -> None:
    with OpenRouter(api_key="k", server_url=BASE) as client:
        with pytest.raises(TypeError, match="dimensions must be a number"):
            client.embeddings.generate(input="x", model="m", dimensions="big")  # type: ignore[typeddict-item]
    assert not mocked.requests


def test_embeddings_are_floats_either_way_and_empty_input_fails(server: Any) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as client:
        plain = client.embeddings.generate(input=["a b"], model="m")
        packed = client.embeddings.generate(input=["a b"], model="m", encoding_format="base64")
        vector: list[float] = packed.data[0].embedding
        assert vector == plain.data[0].embedding and all(type(x) is float for x in vector)
        for empty in ("", []):
            with pytest.raises(ValueError, match="input is empty"):
                client.embeddings.generate(input=empty, model="m")


def test_a_required_flag_the_api_leaves_out_decodes_to_its_default() -> None:
    import msgspec
    from spec_samples import load_spec, sample_from_schema

    from openrouter_lite.resources.responses import decode_responses_event
    from openrouter_lite.sse import ServerSentEvent
    from openrouter_lite.types.responses import OpenResponsesCreatedEvent

    spec = load_spec()
    response = sample_from_schema(spec["components"]["schemas"]["OpenResponsesResult"], spec)
    del response["parallel_tool_calls"]  # seen missing from `response.created` events
    event = {"type": "response.created", "sequence_number": 0, "response": response}
    sse = ServerSentEvent("message", msgspec.json.encode(event).decode(), None, None)
    decoded = decode_responses_event(sse)
    assert isinstance(decoded, OpenResponsesCreatedEvent)
    assert decoded.response.parallel_tool_calls is False


def test_every_official_keyword_is_in_the_runtime_signature() -> None:
    """What help() and notebook completion see: each official method's keywords, by name,
    with no bare **kwargs left (tests/data/official_sdk.json is the official snapshot)."""
    import inspect
    from pathlib import Path

    official = json.loads((Path(__file__).parent / "data" / "official_sdk.json").read_bytes())
    with OpenRouter(api_key="k", server_url=BASE) as client:
        problems = {}
        for name, keywords in official["methods"].items():
            method: Any = client
            for part in name.split("."):
                method = getattr(method, part)
            params = inspect.signature(method).parameters
            missing = [k for k in keywords if k not in params]
            if missing or any(p.kind is p.VAR_KEYWORD for p in params.values()):
                problems[name] = missing or "**kwargs"
    assert len(official["methods"]) == 139 and not problems, problems
