"""The client over aioresponses: headers, bodies, errors, retries, configuration."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import msgspec
import pytest
from aioresponses import aioresponses
from yarl import URL

from openrouter_lite import BackoffStrategy, OpenRouter, RetryConfig, errors

BASE = "https://openrouter.test/api/v1"
CHAT_URL = f"{BASE}/chat/completions"
KEY = "sk-or-v1-secret-test-key-0123456789"
FAST = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 5_000), True)
CHAT_OK: dict[str, Any] = {
    "id": "gen-1",
    "object": "chat.completion",
    "created": 1,
    "model": "openai/gpt-4o",
    "system_fingerprint": None,
    "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4, "cost": 0.5},
}
MESSAGES = [{"role": "user", "content": "Hello"}]


@pytest.fixture
async def client() -> AsyncIterator[OpenRouter]:
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=FAST) as c:
        yield c


@pytest.fixture
def mocked() -> Any:
    with aioresponses() as m:
        yield m


def sent(m: Any, method: str = "POST", url: str = CHAT_URL) -> list[Any]:
    return list(m.requests.get((method, URL(url)), []))


def sent_json(m: Any, index: int = 0, method: str = "POST", url: str = CHAT_URL) -> Any:
    return msgspec.json.decode(sent(m, method, url)[index].kwargs["data"])


async def test_chat_returns_typed_response(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, payload=CHAT_OK)
    r = await client.chat.send_async(model="openai/gpt-4o", messages=MESSAGES)
    assert r.choices[0].message.content == "hi"
    assert r.usage is not None and r.usage.cost == 0.5
    assert r.id == "gen-1"


async def test_headers_sent(mocked: Any) -> None:
    mocked.post(CHAT_URL, payload=CHAT_OK)
    async with OpenRouter(
        api_key=KEY,
        server_url=BASE,
        http_referer="https://myapp.example",
        x_open_router_title="My App",
        x_open_router_categories="cli-agent",
    ) as c:
        await c.chat.send_async(model="m", messages=MESSAGES, extra_headers={"X-Extra": "1"})
    headers = sent(mocked)[0].kwargs["headers"]
    assert headers["Authorization"] == f"Bearer {KEY}"
    assert headers["User-Agent"].startswith("openrouter_lite/")
    assert headers["HTTP-Referer"] == "https://myapp.example"
    assert headers["X-OpenRouter-Title"] == "My App"
    assert headers["X-OpenRouter-Categories"] == "cli-agent"
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Extra"] == "1"


async def test_per_call_header_arguments(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, payload=CHAT_OK)
    await client.chat.send_async(
        model="m",
        messages=MESSAGES,
        x_open_router_experimental_metadata="enabled",
        x_open_router_title="Per Call",
    )
    headers = sent(mocked)[0].kwargs["headers"]
    assert headers["X-OpenRouter-Metadata"] == "enabled"
    assert headers["X-OpenRouter-Title"] == "Per Call"
    assert "x_open_router_title" not in sent_json(mocked)


async def test_only_set_fields_are_sent(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, payload=CHAT_OK)
    await client.chat.send_async(model="m", messages=MESSAGES, temperature=0.5, max_tokens=None)
    assert sent_json(mocked) == {
        "messages": MESSAGES,
        "model": "m",
        "temperature": 0.5,
        "max_tokens": None,  # explicitly passed None is sent: "unset" and "null" differ
    }


async def test_extra_body_is_merged(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, payload=CHAT_OK)
    await client.chat.send_async(
        model="m", messages=MESSAGES, extra_body={"brand_new_field": {"a": 1}, "model": "n"}
    )
    body = sent_json(mocked)
    assert body["brand_new_field"] == {"a": 1}
    assert body["model"] == "n"  # extra_body wins: it is the escape hatch
    assert body["messages"] == MESSAGES


async def test_nested_values_as_dicts_or_structs(client: OpenRouter, mocked: Any) -> None:
    from openrouter_lite.types.chat import ChatFunctionDefinition, ChatFunctionToolFunction

    mocked.post(CHAT_URL, payload=CHAT_OK)
    tool = ChatFunctionToolFunction(
        type="function", function=ChatFunctionDefinition(name="f", parameters={"type": "object"})
    )
    await client.chat.send_async(
        model="m", messages=MESSAGES, provider={"sort": "price", "zdr": True}, tools=[tool]
    )
    body = sent_json(mocked)
    assert body["provider"] == {"sort": "price", "zdr": True}
    assert body["tools"][0]["function"]["name"] == "f"
    assert "null" not in msgspec.json.encode(body["tools"]).decode()


async def test_unknown_argument_is_a_clear_type_error(client: OpenRouter) -> None:
    with pytest.raises(TypeError, match="temprature"):
        await client.chat.send_async(model="m", messages=MESSAGES, temprature=1.0)  # type: ignore[call-overload]


async def test_unknown_call_option_is_rejected(client: OpenRouter, mocked: Any) -> None:
    with pytest.raises(TypeError, match="temprature"):
        await client.embeddings.list_models_async(temprature=1)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestResponseError),
        (401, errors.UnauthorizedResponseError),
        (402, errors.PaymentRequiredResponseError),
        (403, errors.ForbiddenResponseError),
        (404, errors.NotFoundResponseError),
        (409, errors.ConflictResponseError),
        (410, errors.GoneResponseError),
        (413, errors.PayloadTooLargeResponseError),
        (422, errors.UnprocessableEntityResponseError),
        (499, errors.ClientClosedRequestResponseError),
        (408, errors.RequestTimeoutResponseError),
        (429, errors.TooManyRequestsResponseError),
        (500, errors.InternalServerResponseError),
        (502, errors.BadGatewayResponseError),
        (503, errors.ServiceUnavailableResponseError),
        (504, errors.GatewayTimeoutResponseError),
        (524, errors.EdgeNetworkTimeoutResponseError),
        (529, errors.ProviderOverloadedResponseError),
        (418, errors.OpenRouterDefaultError),
    ],
)
async def test_every_error_status(
    client: OpenRouter, mocked: Any, status: int, cls: type[errors.ResponseError]
) -> None:
    body = {"error": {"code": status, "message": f"m{status}", "metadata": {"k": "v"}}}
    mocked.post(CHAT_URL, status=status, payload=body, headers={"X-Generation-Id": "g"})
    with pytest.raises(cls) as info:
        await client.chat.send_async(model="m", messages=MESSAGES, retries=RetryConfig("none"))
    err = info.value
    assert err.status_code == status
    assert err.data.message == f"m{status}"
    assert err.data.metadata == {"k": "v"}
    assert msgspec.json.decode(err.body) == body
    assert err.headers["X-Generation-Id"] == "g"
    assert isinstance(err, errors.ChatError)


async def test_html_error_page(client: OpenRouter, mocked: Any) -> None:
    mocked.post(
        CHAT_URL,
        status=502,
        body="<html><h1>502 Bad Gateway</h1></html>",
        content_type="text/html",
        repeat=True,
    )
    with pytest.raises(errors.BadGatewayResponseError) as info:
        await client.chat.send_async(model="m", messages=MESSAGES)
    assert "502 Bad Gateway" in info.value.data.message
    assert "<html>" in info.value.body


async def test_200_with_error_body_raises_typed_error(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, payload={"error": {"code": 402, "message": "no credits"}})
    with pytest.raises(errors.PaymentRequiredResponseError, match="no credits"):
        await client.chat.send_async(model="m", messages=MESSAGES)


async def test_200_with_wrong_shape_is_a_validation_error(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, payload={"unexpected": True})
    with pytest.raises(errors.ResponseValidationError, match="ChatResult"):
        await client.chat.send_async(model="m", messages=MESSAGES)


async def test_retry_after_is_honoured(client: OpenRouter, mocked: Any) -> None:
    mocked.post(
        CHAT_URL,
        status=429,
        payload={"error": {"code": 429, "message": "slow"}},
        headers={"Retry-After": "0.05"},
    )
    mocked.post(CHAT_URL, payload=CHAT_OK)
    loop = asyncio.get_running_loop()
    start = loop.time()
    r = await client.chat.send_async(model="m", messages=MESSAGES)
    assert r.choices[0].message.content == "hi"
    assert len(sent(mocked)) == 2
    assert loop.time() - start >= 0.05


async def test_retry_after_is_capped(mocked: Any) -> None:
    cfg = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 5_000), True, max_retry_after_ms=20)
    mocked.post(
        CHAT_URL,
        status=503,
        payload={"error": {"code": 503, "message": "busy"}},
        headers={"Retry-After": "3600"},
    )
    mocked.post(CHAT_URL, payload=CHAT_OK)
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=cfg) as c:
        r = await asyncio.wait_for(c.chat.send_async(model="m", messages=MESSAGES), 2)
    assert r.id == "gen-1"


async def test_retries_are_bounded(client: OpenRouter, mocked: Any) -> None:
    mocked.post(
        CHAT_URL, status=503, payload={"error": {"code": 503, "message": "busy"}}, repeat=True
    )
    with pytest.raises(errors.ServiceUnavailableResponseError):
        await client.chat.send_async(model="m", messages=MESSAGES)
    assert len(sent(mocked)) == 3


async def test_retry_none_and_per_call_override(client: OpenRouter, mocked: Any) -> None:
    mocked.post(
        CHAT_URL, status=503, payload={"error": {"code": 503, "message": "busy"}}, repeat=True
    )
    with pytest.raises(errors.ServiceUnavailableResponseError):
        await client.chat.send_async(model="m", messages=MESSAGES, retries=RetryConfig("none"))
    assert len(sent(mocked)) == 1
    five = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 5_000), True, max_attempts=5)
    with pytest.raises(errors.ServiceUnavailableResponseError):
        await client.chat.send_async(model="m", messages=MESSAGES, retries=five)
    assert len(sent(mocked)) == 6


async def test_client_error_is_not_retried(client: OpenRouter, mocked: Any) -> None:
    mocked.post(
        CHAT_URL, status=400, payload={"error": {"code": 400, "message": "bad"}}, repeat=True
    )
    with pytest.raises(errors.BadRequestResponseError):
        await client.chat.send_async(model="m", messages=MESSAGES)
    assert len(sent(mocked)) == 1


async def test_read_timeout_on_post_is_not_resent(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, exception=asyncio.TimeoutError(), repeat=True)
    with pytest.raises(errors.APITimeoutError):
        await client.chat.send_async(model="m", messages=MESSAGES)
    assert len(sent(mocked)) == 1


async def test_read_timeout_retry_is_opt_in(mocked: Any) -> None:
    cfg = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 5_000), True, retry_read_timeouts=True)
    mocked.post(CHAT_URL, exception=asyncio.TimeoutError())
    mocked.post(CHAT_URL, payload=CHAT_OK)
    async with OpenRouter(api_key=KEY, server_url=BASE, retry_config=cfg) as c:
        r = await c.chat.send_async(model="m", messages=MESSAGES)
    assert r.id == "gen-1"
    assert len(sent(mocked)) == 2


async def test_read_timeout_on_get_is_retried(client: OpenRouter, mocked: Any) -> None:
    url = f"{BASE}/embeddings/models"
    mocked.get(url, exception=asyncio.TimeoutError())
    mocked.get(url, payload={"data": [], "links": {}, "total_count": 0})
    r = await client.embeddings.list_models_async()
    assert r.data == []
    assert len(sent(mocked, "GET", url)) == 2


async def test_connection_errors_are_retried_then_typed(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, exception=aiohttp.ClientConnectionError("reset"), repeat=True)
    with pytest.raises(errors.APIConnectionError) as info:
        await client.chat.send_async(model="m", messages=MESSAGES)
    assert isinstance(info.value, OSError)
    # the POST may have reached the server before the connection broke: not re-sent
    assert info.value.may_have_been_processed
    assert len(sent(mocked)) == 1


async def test_timeout_ms_per_call_is_applied(client: OpenRouter, mocked: Any) -> None:
    mocked.post(CHAT_URL, payload=CHAT_OK)
    await client.chat.send_async(model="m", messages=MESSAGES, timeout_ms=1234)
    timeout = sent(mocked)[0].kwargs["timeout"]
    assert timeout.total == pytest.approx(1.234, abs=0.1)  # what is left of the call's deadline


async def test_the_key_never_leaks(mocked: Any, caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test-openrouter")
    caplog.set_level(logging.DEBUG, logger="test-openrouter")
    mocked.post(CHAT_URL, status=401, payload={"error": {"code": 401, "message": "bad key"}})
    async with OpenRouter(api_key=KEY, server_url=BASE, debug_logger=logger) as c:
        assert KEY not in repr(c)
        with pytest.raises(errors.UnauthorizedResponseError) as info:
            await c.chat.send_async(model="m", messages=MESSAGES)
    err = info.value
    for text in (str(err), repr(err), err.body, str(err.headers), caplog.text):
        assert KEY not in text
    assert "POST https://openrouter.test/api/v1/chat/completions" in caplog.text


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-env")
    c = OpenRouter()
    assert c._transport.headers["Authorization"] == "Bearer sk-env"
    assert "sk-env" not in repr(c)
    c.close()


def test_debug_env_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_DEBUG", "true")
    c = OpenRouter(api_key="k")
    assert c._transport.logger is logging.getLogger("openrouter_lite")
    c.close()


def test_plain_http_to_remote_host_is_refused() -> None:
    with pytest.raises(errors.InsecureTransportError, match="plain http"):
        OpenRouter(api_key="k", server_url="http://api.example.com/v1")
    OpenRouter(api_key="k", server_url="http://127.0.0.1:9/v1").close()
    OpenRouter(api_key="k", server_url="http://localhost:9/v1").close()
    OpenRouter(api_key="k", server_url="http://[::1]:9/v1").close()
    OpenRouter(
        api_key="k", server_url="http://api.example.com/v1", allow_insecure_http=True
    ).close()


async def test_per_call_server_url_is_checked_too(client: OpenRouter) -> None:
    with pytest.raises(errors.InsecureTransportError):
        await client.chat.send_async(model="m", messages=MESSAGES, server_url="http://evil.example")


async def test_embeddings_float_and_base64_decode_alike(client: OpenRouter, mocked: Any) -> None:
    import base64
    import struct

    values = [0.5, -0.25, 1.0]
    b64 = base64.b64encode(struct.pack("<3f", *values)).decode()
    url = f"{BASE}/embeddings"
    item = {"object": "embedding", "index": 0}
    mocked.post(
        url, payload={"object": "list", "model": "e", "data": [{**item, "embedding": values}]}
    )
    mocked.post(url, payload={"object": "list", "model": "e", "data": [{**item, "embedding": b64}]})
    a = await client.embeddings.generate_async(input="x", model="e")
    b = await client.embeddings.generate_async(input="x", model="e", encoding_format="base64")
    assert a.data[0].embedding == values == b.data[0].embedding
    assert sent_json(mocked, 1, url=url)["encoding_format"] == "base64"


async def test_unclosed_client_warns() -> None:
    c = OpenRouter(api_key="k", server_url=BASE)
    with aioresponses() as m:
        m.get(f"{BASE}/embeddings/models", payload={"data": [], "links": {}, "total_count": 0})
        await c.embeddings.list_models_async()
    session = c._transport.session
    assert session is not None
    with pytest.warns(ResourceWarning, match="never closed"):
        del c
        gc.collect()
    for _ in range(100):  # closed on its own loop, soon after the collection
        if session.closed:
            break
        await asyncio.sleep(0.01)
    assert session.closed


async def test_one_client_two_loops_is_a_clear_error(client: OpenRouter, mocked: Any) -> None:
    mocked.get(
        f"{BASE}/embeddings/models",
        payload={"data": [], "links": {}, "total_count": 0},
        repeat=True,
    )
    await client.embeddings.list_models_async()

    def other_loop() -> None:
        asyncio.run(client.embeddings.list_models_async())

    with pytest.raises(RuntimeError, match="bound to the event loop"):
        await asyncio.to_thread(other_loop)


async def test_sync_call_inside_event_loop_completes(client: OpenRouter, mocked: Any) -> None:
    """As in Jupyter, or a sync method called from `async def`: it blocks this loop but
    completes, on the client's own loop thread."""
    mocked.post(CHAT_URL, payload=CHAT_OK)
    assert client.chat.send(model="m", messages=MESSAGES).choices[0].message.content == "hi"


def test_sync_facade_and_errors_pass_through_unchanged(mocked: Any) -> None:
    mocked.post(CHAT_URL, payload=CHAT_OK)
    mocked.post(CHAT_URL, status=402, payload={"error": {"code": 402, "message": "pay"}})
    with OpenRouter(api_key=KEY, server_url=BASE) as c:
        assert c.chat.send(model="m", messages=MESSAGES).choices[0].message.content == "hi"
        with pytest.raises(errors.PaymentRequiredResponseError, match="pay"):
            c.chat.send(model="m", messages=MESSAGES)
    assert not c._portal.running
    gc.collect()
