"""Code written against the official SDK (`openrouter` 1.3.84), run with only the import changed.

Each test is a pattern from the official SDK's README and docs or from applications that use it,
kept as those users write it (`open_router`, `res`, `.result`, `model_dump()`, `utils.RetryConfig`,
`except errors.…`), pointed at the embedded server or the spec server. The only edit is the
import line (`openrouter` -> `openrouter_lite`) and the `server_url=` that points at the local
server.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from typing import Any

import pytest

from openrouter_lite import OpenRouter, components, errors
from openrouter_lite.testing import TOOL_ARGUMENTS, Fault, MockOpenRouter, mock_server
from openrouter_lite.utils import BackoffStrategy, RetryConfig


@pytest.fixture
def server() -> Iterator[MockOpenRouter]:
    with mock_server(chunks=3) as srv:
        yield srv


def test_readme_sync_stream_iterated_directly(server: Any) -> None:
    with OpenRouter(
        api_key=os.getenv("OPENROUTER_API_KEY", "k"),
        server_url=server.url,
    ) as open_router:
        res = open_router.chat.send(
            messages=[
                {
                    "role": "user",
                    "content": "Hello, how are you?",
                },
            ],
            model="anthropic/claude-4.5-sonnet",
            provider={
                "zdr": True,
                "sort": "price",
            },
            stream=True,
        )

        text = ""
        for event in res:
            if event.choices and event.choices[0].delta.content:
                text += event.choices[0].delta.content
    assert text.split() == ["Hello,", "how", "are"]


async def test_readme_async_stream(server: Any) -> None:
    async with OpenRouter(api_key="k", server_url=server.url) as open_router:
        res = await open_router.chat.send_async(
            messages=[
                {"role": "user", "content": "Hello, how are you?"},
            ],
            model="anthropic/claude-4.5-sonnet",
            stream=True,
        )
        deltas = [e.choices[0].delta.content async for e in res if e.choices]
    assert "".join(d or "" for d in deltas).split() == ["Hello,", "how", "are"]


def test_readme_web_search_tool_built_from_components(server: Any) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as open_router:
        res = open_router.chat.send(
            model="openai/gpt-4o",
            messages=[{"role": "user", "content": "What changed in AI today?"}],
            tools=[
                components.OpenRouterWebSearchServerTool(
                    type="openrouter:web_search",
                    parameters=components.WebSearchConfig(
                        max_results=5,
                        search_context_size="medium",
                    ),
                )
            ],
        )
    assert res.choices[0].message.tool_calls  # the mock calls the first tool it is given
    assert server.last_request.json["tools"][0] == {
        "type": "openrouter:web_search",
        "parameters": {"max_results": 5, "search_context_size": "medium"},
    }


def test_retry_config_from_utils(server: Any) -> None:
    server.add_fault(Fault.status(503, retry_after=0))
    with OpenRouter(
        api_key="k",
        server_url=server.url,
        retry_config=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 1000), False),
    ) as open_router:
        res = open_router.chat.send(model="m", messages=[{"role": "user", "content": "hi"}])
        assert res.choices[0].message.content
        server.add_fault(Fault.status(503, retry_after=0))
        with pytest.raises(errors.ServiceUnavailableResponseError):
            open_router.chat.send(
                model="m",
                messages=[{"role": "user", "content": "hi"}],
                retries=RetryConfig("none"),
            )


def get_weather(city: str) -> dict[str, Any]:
    return {"city": city, "temp_c": 21}


def test_tool_loop_with_model_dump(server: Any) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather for a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        }
    ]
    messages: list[dict[str, Any]] = [{"role": "user", "content": "Weather in Paris?"}]
    with OpenRouter(api_key="k", server_url=server.url) as open_router:
        res = open_router.chat.send(model="openai/gpt-4o", messages=messages, tools=tools)
        message = res.choices[0].message
        while message.tool_calls:
            messages.append(message.model_dump(exclude_none=True))
            for call in message.tool_calls:
                args = json.loads(call.function.arguments)
                result = get_weather(**args) if "city" in args else get_weather("Paris")
                messages.append(
                    {
                        "role": "tool",
                        "tool_call_id": call.id,
                        "content": json.dumps(result),
                    }
                )
            res = open_router.chat.send(model="openai/gpt-4o", messages=messages, tools=tools)
            message = res.choices[0].message
    assert json.loads(TOOL_ARGUMENTS) is not None
    assert messages[1]["tool_calls"][0]["function"]["name"] == "get_weather"
    assert message.content  # the mock answers the tool result with text
    assert res.model_dump()["choices"][0]["message"]["role"] == "assistant"
    assert json.loads(res.model_dump_json())["id"] == res.id


def test_models_list_and_validate_round_trip(server: Any) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as open_router:
        res = open_router.models.list()
        ids = [m.id for m in res.data]
        again = type(res).model_validate(res.model_dump(exclude_none=True))
    assert ids and [m.id for m in again.data] == ids


def test_error_handling_as_the_docs_show(server: Any) -> None:
    server.add_fault(Fault.status(429, "Rate limit exceeded", retry_after=7))
    with OpenRouter(api_key="k", server_url=server.url, retry_config=None) as open_router:
        try:
            open_router.chat.send(model="m", messages=[{"role": "user", "content": "hi"}])
        except errors.TooManyRequestsResponseError as e:
            assert e.data.error.message == "Rate limit exceeded"
            assert e.raw_response.status_code == 429
            assert e.raw_response.headers.get("retry-after") == "7"
            assert str(e).startswith("Rate limit exceeded")
        else:
            pytest.fail("no error raised")
        server.add_fault(Fault.status(400, "bad model"))
        try:
            open_router.chat.send(model="m", messages=[{"role": "user", "content": "hi"}])
        except errors.OpenRouterError as e:
            assert e.status_code == 400 and "bad model" in e.body


def test_debug_logger_like_the_readme(server: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="openrouter")
    with OpenRouter(
        api_key="k", server_url=server.url, debug_logger=logging.getLogger("openrouter")
    ) as s:
        s.chat.send(model="m", messages=[{"role": "user", "content": "hi"}])
    assert any(r.name == "openrouter" for r in caplog.records)
    assert all("Bearer k" not in r.getMessage() for r in caplog.records)


def test_pagination_loop_from_the_readme(spec_server: Any) -> None:
    with OpenRouter(
        http_referer="<value>",
        x_open_router_title="<value>",
        x_open_router_categories="<value>",
        api_key="k",
        server_url=spec_server.url,
    ) as open_router:
        res = open_router.guardrails.list()  # the README's `batch.list()`; the same pages
        pages = 0
        while res is not None:
            for _batch in res.result.data:
                pass
            pages += 1
            res = res.next()
    assert pages >= 1
    assert spec_server.last.headers["X-OpenRouter-Title"] == "<value>"


def test_responses_web_search_from_components(spec_server: Any) -> None:
    with OpenRouter(api_key="k", server_url=spec_server.url) as open_router:
        res = open_router.responses.send(
            model="openai/gpt-4o",
            input="What changed in AI today?",
            tools=[
                components.WebSearchServerToolOpenRouter(
                    type="openrouter:web_search",
                    parameters=components.WebSearchServerToolConfig(
                        max_results=5,
                        search_context_size="medium",
                    ),
                )
            ],
            stream=False,
        )
    assert res.id
    sent = json.loads(spec_server.last.body)
    assert sent["tools"][0] == {
        "type": "openrouter:web_search",
        "parameters": {"max_results": 5, "search_context_size": "medium"},
    }
