"""Response headers of successful calls: `with_raw_response` on every resource, `RawResponse`,
the header accessors of streams, and rate-limit parsing. Over the embedded server on 127.0.0.1
(chat, embeddings, models), the spec server (every operation), and a small aiohttp app for a
binary answer with headers."""

from __future__ import annotations

import asyncio
import inspect
import sys
import time
import types
import typing
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import msgspec
import pytest
from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy
from spec_server import SpecServer
from test_conformance import API_KEY, CASES, Case, resolve

from openrouter_lite import (
    BackoffStrategy,
    OpenRouter,
    RateLimit,
    RawResponse,
    RetryConfig,
    Stream,
    errors,
    with_raw_response,
)
from openrouter_lite._raw import MANY, parse_rate_limit, parse_reset, safe_url
from openrouter_lite.resources._base import Resource
from openrouter_lite.testing import (
    RATE_LIMIT,
    Fault,
    MockOpenRouter,
    expected_embedding,
    expected_text,
    mock_server,
)
from openrouter_lite.types.chat import ChatResponse, ChatStreamChunk

KEY = "sk-or-v1-raw-response-secret-0123456789"
PROMPT = [{"role": "user", "content": "tell me about headers"}]
TEXT = expected_text("tell me about headers", 5)
NOW = datetime(2026, 12, 2, 18, 0, 0, tzinfo=timezone.utc)


@pytest.fixture
async def server() -> AsyncIterator[tuple[MockOpenRouter, str]]:
    srv = MockOpenRouter(chunks=5, embedding_dim=16)
    async with srv.run() as url:
        yield srv, url


@pytest.fixture
async def client(server: tuple[MockOpenRouter, str]) -> AsyncIterator[OpenRouter]:
    async with OpenRouter(api_key=KEY, server_url=server[1]) as c:
        yield c


@pytest.fixture
def threaded() -> Iterator[MockOpenRouter]:
    with mock_server(chunks=5, embedding_dim=16) as srv:
        yield srv


def check_meta(raw: RawResponse[Any] | Stream[Any], method: str, url: str) -> None:
    """What every chat / embeddings answer of the mock says in its headers."""
    assert raw.status_code == 200
    assert raw.http_version == "HTTP/1.1"
    assert raw.method == method
    assert raw.url == url
    assert raw.provider == "MockProvider"
    assert raw.request_id is None  # the mock sends none
    limit = raw.rate_limit
    assert isinstance(limit, RateLimit)
    assert limit.limit == RATE_LIMIT
    assert limit.remaining is not None and 0 <= limit.remaining < RATE_LIMIT
    assert limit.reset is not None and limit.reset.tzinfo is timezone.utc
    # the mock's window is 10 s long and ends on a multiple of 10 s (epoch ms on the wire);
    # it ended after the answer, which was at most a (slow) minute ago
    assert limit.reset.timestamp() % 10 == 0
    assert -60 < limit.reset.timestamp() - time.time() <= 10
    assert raw.generation_id is not None and raw.generation_id.startswith(("gen-", "embd-"))


# ---- chat, embeddings, models -------------------------------------------------------------
async def test_chat_raw_async(client: OpenRouter, server: tuple[MockOpenRouter, str]) -> None:
    normal = await client.chat.send_async(model="m", messages=PROMPT)
    raw = await client.chat.with_raw_response.send_async(model="m", messages=PROMPT)
    assert isinstance(raw, RawResponse)
    check_meta(raw, "POST", server[1] + "/chat/completions")
    parsed = raw.parse()
    assert isinstance(parsed, ChatResponse)
    assert raw.parse() is parsed
    assert raw.generation_id == parsed.id
    assert parsed.choices == normal.choices and parsed.usage == normal.usage
    assert parsed.choices[0].message.content == TEXT
    assert raw.content is not None
    assert msgspec.json.decode(raw.content, type=ChatResponse) == parsed
    assert raw.json()["id"] == parsed.id and raw.json()["choices"][0]["message"]["content"] == TEXT
    assert raw.text == raw.content.decode()
    assert isinstance(raw.elapsed, timedelta) and raw.elapsed >= timedelta(0)
    assert raw.headers["content-type"].startswith("application/json")


def test_chat_raw_sync(threaded: MockOpenRouter) -> None:
    with OpenRouter(api_key=KEY, server_url=threaded.url) as client:
        normal = client.chat.send(model="m", messages=PROMPT)
        raw = client.chat.with_raw_response.send(model="m", messages=PROMPT)
        typed = with_raw_response(client.chat.send)(model="m", messages=PROMPT)
    for r in (raw, typed):
        assert isinstance(r, RawResponse)
        check_meta(r, "POST", threaded.url + "/chat/completions")
        assert r.parse().choices == normal.choices
        assert r.generation_id == r.parse().id
    assert raw.generation_id != typed.generation_id


async def test_typed_helper_async(client: OpenRouter, server: tuple[MockOpenRouter, str]) -> None:
    raw = await with_raw_response(client.chat.send_async)(model="m", messages=PROMPT)
    check_meta(raw, "POST", server[1] + "/chat/completions")
    assert raw.parse().choices[0].message.content == TEXT


async def test_embeddings_raw(client: OpenRouter, server: tuple[MockOpenRouter, str]) -> None:
    normal = await client.embeddings.generate_async(input=["a", "b"], model="e")
    raw = await client.embeddings.with_raw_response.generate_async(input=["a", "b"], model="e")
    check_meta(raw, "POST", server[1] + "/embeddings")
    parsed = raw.parse()
    assert raw.generation_id == parsed.id and raw.generation_id.startswith("embd-")
    assert parsed.data == normal.data
    assert [d.embedding for d in parsed.data] == [expected_embedding(t, 16) for t in "ab"]


async def test_models_list_raw_get(client: OpenRouter, server: tuple[MockOpenRouter, str]) -> None:
    normal = await client.models.list_async(category="programming")
    raw = await client.models.with_raw_response.list_async(category="programming")
    assert raw.status_code == 200 and raw.method == "GET"
    assert raw.url == server[1] + "/models?category=programming"
    assert raw.parse() == normal
    assert [m.id for m in raw.parse().data] == [m.id for m in normal.data]
    # the mock sends no rate-limit, generation or provider headers on GET /models
    assert raw.rate_limit is None
    assert raw.generation_id is None and raw.provider is None


async def test_headers_are_case_insensitive_and_read_only(client: OpenRouter) -> None:
    raw = await client.chat.with_raw_response.send_async(model="m", messages=PROMPT)
    h = raw.headers
    assert h["x-generation-id"] == h["X-GENERATION-ID"] == h["X-Generation-Id"]
    assert "x-ratelimit-limit" in h and "X-RATELIMIT-LIMIT" in h
    assert h.get("x-RateLimit-Remaining") == str(raw.rate_limit.remaining)  # type: ignore[union-attr]
    with pytest.raises(TypeError):
        h["X-Generation-Id"] = "changed"  # type: ignore[index]
    assert raw.generation_id != "changed"


async def test_concurrent_raw_calls_each_get_their_own_response(client: OpenRouter) -> None:
    prompts = [[{"role": "user", "content": f"prompt number {i}"}] for i in range(20)]
    raws = await asyncio.gather(
        *(client.chat.with_raw_response.send_async(model="m", messages=p) for p in prompts)
    )
    for p, raw in zip(prompts, raws, strict=True):
        assert raw.generation_id == raw.parse().id
        assert raw.parse().choices[0].message.content == expected_text(p[0]["content"], 5)
    assert len({r.generation_id for r in raws}) == 20
    # the raw calls ran on copies: the resource itself still holds the plain transport
    assert type(client.chat._transport).__name__ == "Transport"


async def test_a_retried_call_answers_the_final_response(
    server: tuple[MockOpenRouter, str],
) -> None:
    srv, url = server
    srv.add_fault(Fault.status(503, retry_after=0, headers={"X-Generation-Id": "gen-failed"}))
    fast = RetryConfig("backoff", BackoffStrategy(1, 5, 1.0, 5_000), True)
    async with OpenRouter(api_key=KEY, server_url=url, retry_config=fast) as client:
        raw = await client.chat.with_raw_response.send_async(model="m", messages=PROMPT)
    assert srv.requests["POST", "/chat/completions"] == 2
    assert raw.status_code == 200
    assert raw.generation_id == raw.parse().id != "gen-failed"


# ---- streams ------------------------------------------------------------------------------
def text_of(chunks: list[ChatStreamChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


async def test_stream_headers(client: OpenRouter, server: tuple[MockOpenRouter, str]) -> None:
    stream = await client.chat.send_async(model="m", messages=PROMPT, stream=True)
    async with stream:
        # readable before the first chunk
        check_meta(stream, "POST", server[1] + "/chat/completions")
        assert stream.headers["CONTENT-TYPE"] == "text/event-stream"
        chunks = [c async for c in stream]
    assert text_of(chunks) == TEXT
    assert stream.generation_id == chunks[0].id
    assert stream.status_code == 200  # still readable after closing


async def test_stream_has_no_public_aiohttp_object(client: OpenRouter) -> None:
    stream = await client.chat.send_async(model="m", messages=PROMPT, stream=True)
    async with stream:
        assert not hasattr(stream, "response")
        for name in dir(stream):
            if not name.startswith("_"):
                value = getattr(stream, name)
                assert not type(value).__module__.startswith("aiohttp"), name
        assert isinstance(stream.headers, CIMultiDictProxy)  # multidict's, read-only
        assert KEY not in repr(stream) and KEY not in stream.url
        async for _ in stream:
            pass


async def test_raw_stream_async(client: OpenRouter, server: tuple[MockOpenRouter, str]) -> None:
    raw = await client.chat.with_raw_response.send_async(model="m", messages=PROMPT, stream=True)
    check_meta(raw, "POST", server[1] + "/chat/completions")
    assert raw.content is None
    with pytest.raises(ValueError, match="parse()"):
        raw.json()
    with pytest.raises(ValueError, match="parse()"):
        _ = raw.text
    stream = raw.parse()
    assert isinstance(stream, Stream)
    assert stream.generation_id == raw.generation_id
    async with stream:
        chunks = [c async for c in stream]
    assert text_of(chunks) == TEXT and chunks[0].id == raw.generation_id
    await asyncio.sleep(0)
    assert server[0].streams_completed == 1


def test_raw_stream_sync(threaded: MockOpenRouter) -> None:
    with OpenRouter(api_key=KEY, server_url=threaded.url) as client:
        raw = client.chat.with_raw_response.send(model="m", messages=PROMPT, stream=True)
        check_meta(raw, "POST", threaded.url + "/chat/completions")
        with raw.parse() as stream:
            chunks = list(stream)
        plain = client.chat.send(model="m", messages=PROMPT, stream=True)
        with plain:
            assert plain.rate_limit is not None and plain.generation_id is not None
            assert text_of(list(plain)) == TEXT
    assert text_of(chunks) == TEXT


# ---- a binary answer ----------------------------------------------------------------------
AUDIO = b"ID3" + bytes(range(256)) * 300
SPEECH_HEADERS = {
    "X-Generation-Id": "gen-speech-1",
    "X-Request-Id": "req-42",
    "X-OpenRouter-Provider": "SpeechCo",
    "X-RateLimit-Limit": "20",
    "X-RateLimit-Remaining": "19",
    "X-RateLimit-Reset": "1796234400000",
}


@pytest.fixture
async def speech_url() -> AsyncIterator[str]:
    async def speech(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=AUDIO, content_type="audio/mpeg", headers=SPEECH_HEADERS)

    app = web.Application()
    app.router.add_post("/api/v1/audio/speech", speech)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        yield f"http://127.0.0.1:{runner.addresses[0][1]}/api/v1"
    finally:
        await runner.cleanup()


async def test_binary_raw(speech_url: str, tmp_path: Path) -> None:
    async with OpenRouter(api_key=KEY, server_url=speech_url) as client:
        raw = await client.tts.with_raw_response.create_speech_async(input="Hi", model="m")
        target = tmp_path / "out.mp3"
        saved = await client.tts.with_raw_response.create_speech_async(
            input="Hi", model="m", destination=target
        )
    assert raw.parse() == AUDIO and raw.content == AUDIO
    for r in (raw, saved):
        assert r.status_code == 200 and r.headers["Content-Type"] == "audio/mpeg"
        assert r.generation_id == "gen-speech-1"
        assert r.request_id == "req-42"
        assert r.provider == "SpeechCo"
        assert r.rate_limit == RateLimit(20, 19, datetime(2026, 12, 2, 18, 0, tzinfo=timezone.utc))
    assert saved.parse() == len(AUDIO) and saved.content is None
    assert target.read_bytes() == AUDIO


# ---- errors, the key, the view --------------------------------------------------------------
async def test_errors_raise_typed_through_raw(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    srv.add_fault(Fault.status(400, "bad thing", path="/chat/completions"))
    async with OpenRouter(api_key=KEY, server_url=url) as client:
        with pytest.raises(errors.BadRequestResponseError) as info:
            await client.chat.with_raw_response.send_async(model="m", messages=PROMPT)
        assert info.value.status_code == 400 and info.value.message == "bad thing"
        srv.add_fault(Fault.status(503, path="/embeddings"))
        with pytest.raises(errors.ServiceUnavailableResponseError):
            await client.embeddings.with_raw_response.generate_async(
                input="x", model="e", retries=RetryConfig("none")
            )
        srv.add_fault(Fault.status(400, path="/chat/completions"))
        with pytest.raises(errors.BadRequestResponseError):
            await client.chat.with_raw_response.send_async(model="m", messages=PROMPT, stream=True)
        with pytest.raises(TypeError, match="bogus"):
            await client.chat.with_raw_response.send_async(model="m", messages=PROMPT, bogus=1)


async def test_rate_limit_of_a_429(server: tuple[MockOpenRouter, str]) -> None:
    srv, url = server
    limits = {"X-RateLimit-Limit": "20", "X-RateLimit-Remaining": "0"}
    limits["X-RateLimit-Reset"] = "1796234400000"
    srv.add_fault(Fault.status(429, headers=limits))
    async with OpenRouter(api_key=KEY, server_url=url) as client:
        with pytest.raises(errors.TooManyRequestsResponseError) as info:
            await client.chat.with_raw_response.send_async(
                model="m", messages=PROMPT, retries=RetryConfig("none")
            )
    assert RateLimit.from_headers(info.value.headers) == RateLimit(20, 0, NOW)
    assert RateLimit.from_headers(headers()) is None
    plain = {"X-RATELIMIT-LIMIT": "20", "x-ratelimit-remaining": "3"}
    assert RateLimit.from_headers(plain) == RateLimit(20, 3, None)


def test_errors_raise_typed_through_raw_sync() -> None:
    with (
        mock_server(api_key="the-right-key") as srv,
        OpenRouter(api_key=KEY, server_url=srv.url) as client,
    ):
        with pytest.raises(errors.UnauthorizedResponseError) as info:
            client.chat.with_raw_response.send(model="m", messages=PROMPT)
    assert KEY not in str(info.value) and KEY not in repr(info.value)


async def test_key_never_in_repr_or_url(client: OpenRouter) -> None:
    raw = await client.chat.with_raw_response.send_async(model="m", messages=PROMPT)
    for text in (repr(raw), str(raw), raw.url, repr(dict(raw.headers))):
        assert KEY not in text
    assert repr(raw).startswith("<RawResponse [200] POST http://127.0.0.1:")
    # it keeps a snapshot of the response, not aiohttp's object (which holds the request headers)
    assert KEY not in repr([getattr(raw, n) for n in raw.__slots__])
    assert not any(type(getattr(raw, n)).__module__.startswith("aiohttp") for n in raw.__slots__)
    assert "Authorization" not in raw.headers


def test_safe_url_drops_credentials() -> None:
    assert (
        safe_url("https://user:sk-secret@host:8443/api/v1/x?q=1")
        == "https://host:8443/api/v1/x?q=1"
    )
    assert safe_url("https://sk-secret@host/x") == "https://host/x"
    assert safe_url("http://127.0.0.1:80/a?b=c") == "http://127.0.0.1:80/a?b=c"


async def test_view_names_only_operations(client: OpenRouter) -> None:
    view = client.chat.with_raw_response
    assert dir(view) == ["send", "send_async"]
    assert repr(view) == "<Chat.with_raw_response>"
    assert view.send_async.__name__ == "send_async"
    for name in ("nope", "_call", "_transport", "with_raw_response"):
        with pytest.raises(AttributeError, match=repr(name)):
            getattr(view, name)
    assert "list_async" in dir(client.models.with_raw_response)
    assert "send_async" in dir(client.beta.responses.with_raw_response)
    with pytest.raises(TypeError, match="operation of a client"):
        with_raw_response(len)
    with pytest.raises(TypeError, match="operation of a client"):
        with_raw_response(client.chat.with_raw_response.send_async)


def test_every_resource_operation_is_on_its_view() -> None:
    client = OpenRouter(api_key=KEY)
    seen = 0
    for name in dir(type(client)):
        resource = getattr(client, name, None)
        if not isinstance(resource, Resource):
            continue
        cls = type(resource)
        ops = {
            n
            for n in dir(cls)
            if not n.startswith("_")
            and n not in ("with_raw_response", *MANY)
            and callable(getattr(cls, n))
        }
        assert set(dir(resource.with_raw_response)) == ops, cls.__name__
        for op in ops:
            fn = getattr(resource.with_raw_response, op)
            assert inspect.iscoroutinefunction(fn) == op.endswith("_async"), (cls.__name__, op)
        seen += len(ops)
    client.close()
    assert seen >= 190  # ~95 operations, each async and blocking


# ---- every operation of the spec ------------------------------------------------------------
RAW_CASES = [c for c in CASES if c.sdk.name != "credits.create_coinbase_charge"]
DELEGATED = ("/chat/completions", "/embeddings")  # answered by the mock: fresh ids each time


@pytest.mark.parametrize("case", RAW_CASES, ids=[c.id for c in RAW_CASES])
async def test_every_operation_through_raw(spec_server: SpecServer, case: Case) -> None:
    async with OpenRouter(api_key=API_KEY, server_url=spec_server.url) as client:
        normal = await resolve(client, case, "_async")(**case.kwargs)
        raw_fn = getattr(resolve_view(client, case), case.sdk.method_name + "_async")
        raw = await raw_fn(**case.kwargs)
    assert isinstance(raw, RawResponse)
    assert 200 <= raw.status_code < 300
    assert raw.method == case.method
    assert urlsplit(raw.url).path == "/api/v1" + case.raw_path
    parsed = raw.parse()
    assert type(parsed) is type(normal)
    if case.path not in DELEGATED:
        assert parsed == normal


def resolve_view(client: OpenRouter, case: Case) -> Any:
    obj: Any = client
    for part in case.sdk.resource_path:
        obj = getattr(obj, part)
    return obj.with_raw_response


async def test_a_page_from_a_raw_call_pages_on(spec_server: SpecServer) -> None:
    async with OpenRouter(api_key=API_KEY, server_url=spec_server.url) as client:
        raw = await client.api_keys.with_raw_response.list_async()
        normal = await client.api_keys.list_async()
        following = await raw.parse().next_async()
        assert following is not None and following == await normal.next_async()
    queries = [dict(r.query) for r in spec_server.requests]
    assert queries == [{}, {}, {"offset": "1"}, {"offset": "1"}]


async def test_gone_operation_raises_through_raw(spec_server: SpecServer) -> None:
    case = next(c for c in CASES if c.sdk.name == "credits.create_coinbase_charge")
    async with OpenRouter(api_key=API_KEY, server_url=spec_server.url) as client:
        with pytest.raises(errors.GoneResponseError):
            await client.credits.with_raw_response.create_coinbase_charge_async(**case.kwargs)


# ---- rate-limit parsing -------------------------------------------------------------------
AT = NOW.timestamp()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1796234400000", NOW),  # epoch milliseconds (OpenRouter)
        ("1796234400", NOW),  # epoch seconds
        ("1796234400000000", NOW),  # epoch microseconds
        ("1796234400.5", NOW + timedelta(seconds=0.5)),
        ("30", NOW + timedelta(seconds=30)),  # seconds from now
        ("0.25", NOW + timedelta(seconds=0.25)),
        (" 60 ", NOW + timedelta(seconds=60)),
        ("1s", NOW + timedelta(seconds=1)),  # durations
        ("250ms", NOW + timedelta(milliseconds=250)),
        ("6m0s", NOW + timedelta(minutes=6)),
        ("1h30m", NOW + timedelta(hours=1, minutes=30)),
        ("1.5s", NOW + timedelta(seconds=1.5)),
        ("2026-12-02T18:00:00Z", NOW),  # ISO 8601
        ("2026-12-02T19:00:00+01:00", NOW),
        ("2026-12-02T18:00:00", NOW),  # naive: UTC
        ("Wed, 02 Dec 2026 18:00:00 GMT", NOW),  # HTTP date
        ("", None),
        ("soon", None),
        ("-5", None),
        ("nan", None),
        ("inf", None),
        ("1e400", None),
        ("5x", None),
        ("1m30", None),
    ],
)
def test_parse_reset(value: str, expected: datetime | None) -> None:
    got = parse_reset(value, AT)
    assert got == expected
    if got is not None:
        assert got.tzinfo is not None and got.utcoffset() == timedelta(0)


def headers(**items: str) -> CIMultiDictProxy[str]:
    return CIMultiDictProxy(CIMultiDict({k.replace("_", "-"): v for k, v in items.items()}))


def test_parse_rate_limit() -> None:
    assert parse_rate_limit(headers()) is None
    assert parse_rate_limit(headers(Content_Type="application/json")) is None
    full = headers(X_RateLimit_Limit="20", X_RateLimit_Remaining="0", X_RateLimit_Reset="30")
    assert parse_rate_limit(full, now=AT) == RateLimit(20, 0, NOW + timedelta(seconds=30))
    # only some headers, or unreadable ones: the rest is None
    assert parse_rate_limit(headers(x_ratelimit_remaining="7")) == RateLimit(None, 7, None)
    odd = headers(X_RATELIMIT_LIMIT="lots", X_RATELIMIT_REMAINING="-1", X_RATELIMIT_RESET="?")
    assert parse_rate_limit(odd) == RateLimit(None, None, None)
    assert parse_rate_limit(headers(X_RateLimit_Limit="20.0")) == RateLimit(20, None, None)


def test_relative_reset_counts_from_the_date_header() -> None:
    h = headers(Date="Wed, 02 Dec 2026 18:00:00 GMT", X_RateLimit_Reset="90")
    assert parse_rate_limit(h) == RateLimit(None, None, NOW + timedelta(seconds=90))
    bad_date = headers(Date="yesterday", X_RateLimit_Reset="90")
    got = parse_rate_limit(bad_date)
    assert got is not None and got.reset is not None
    assert abs(got.reset.timestamp() - (time.time() + 90)) < 60  # counted from the local clock


def get_overloads(fn: Any) -> list[Any]:
    """The `@overload` variants of `fn` (Python 3.11+; on 3.10 the implementation alone)."""
    return list(getattr(typing, "get_overloads", lambda f: [])(fn))


def _operations() -> Iterator[tuple[str, Any]]:
    client = OpenRouter(api_key=KEY)
    try:
        for name in dir(type(client)):
            resource = getattr(client, name, None)
            if isinstance(resource, Resource):
                for op in dir(resource.with_raw_response):
                    if op.endswith("_async"):
                        fn = getattr(type(resource), op)
                        for variant in get_overloads(fn) or [fn]:
                            yield f"{type(resource).__name__}.{op}", variant
    finally:
        client.close()


def test_blocking_results_fit_the_typed_helper() -> None:
    """`with_raw_response(client.x.y)` is typed through a TypeVar bound to what blocking
    operations return (so coroutines can't match it); every operation's result must fit."""
    checked = 0
    for where, fn in _operations():
        module = sys.modules[fn.__module__]
        result = eval(fn.__annotations__["return"], vars(module))
        is_union = typing.get_origin(result) in (typing.Union, types.UnionType)
        members = typing.get_args(result) if is_union else (result,)
        for member in members:
            origin = typing.get_origin(member) or member
            assert member is None or (
                isinstance(origin, type)
                and issubclass(origin, (msgspec.Struct, Stream, bytes, int, type(None)))
            ), f"{where} returns {result!r}: widen the bound of R in openrouter_lite/_raw.py"
        checked += 1
    assert checked >= 100
