"""Responses, Messages, legacy completions and Images over real sockets (MockOpenRouter).

Each area: the non-streamed answer, the stream (async and sync) reassembling to `expected_text`,
an in-stream error (`StreamError`), a truncated stream (`StreamTruncatedError`), and, for the
areas whose events carry a `type`, an unknown event type passed through as `UnknownEvent`.
"""

from __future__ import annotations

import base64
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import msgspec
import pytest

from openrouter_lite import OpenRouter, errors
from openrouter_lite.resources._events import EventDecoder, UnknownEvent
from openrouter_lite.resources.messages import decode_messages_event
from openrouter_lite.resources.responses import decode_responses_event
from openrouter_lite.sse import ServerSentEvent
from openrouter_lite.testing import Fault, MockOpenRouter, expected_text, mock_server
from openrouter_lite.types.images import ImageGenCompletedEvent, ImageGenTextChunkEvent
from openrouter_lite.types.messages import MessagesContentBlockDeltaEvent, MessagesStopEvent
from openrouter_lite.types.responses import (
    OpenResponsesResult,
    StreamEventsResponseCompleted,
    TextDeltaEvent,
)

KEY = "sk-or-v1-test"
CHUNKS = 6
PROMPT = "Tell me a joke about sockets"
TEXT = expected_text(PROMPT, CHUNKS)


@dataclass(frozen=True)
class Area:
    """How to call one streaming operation and read its text back."""

    name: str
    path: str
    op: str  # "resource.method"
    kwargs: dict[str, Any]
    result_text: Callable[[Any], str]
    event_text: Callable[[Any], str]  # an item's piece of the text ("" if none)
    final: str  # the type (or finish reason) of the event that ends a good stream
    typed: bool = True  # events carry a `type` (else: chat-like chunks)
    extra: dict[str, Any] = field(default_factory=dict)


def _completion_text(chunk: Any) -> str:
    return chunk.choices[0].text if chunk.choices else ""


AREAS = [
    Area(
        "responses",
        "/responses",
        "responses.send",
        {"input": PROMPT, "model": "openai/gpt-4o"},
        lambda r: r.output[0].content[0].text,
        lambda e: e.delta if isinstance(e, TextDeltaEvent) else "",
        "response.completed",
    ),
    Area(
        "messages",
        "/messages",
        "messages.create",
        {"messages": [{"role": "user", "content": PROMPT}], "model": "anthropic/claude-sonnet-4"},
        lambda r: r.content[0].text,
        lambda e: e.delta.text if isinstance(e, MessagesContentBlockDeltaEvent) else "",
        "message_stop",
    ),
    Area(
        "completions",
        "/completions",
        "completions.generate",
        {"prompt": PROMPT, "model": "openai/gpt-3.5-turbo-instruct", "max_tokens": 50},
        lambda r: r.choices[0].text,
        _completion_text,
        "stop",
        typed=False,
    ),
    Area(
        "images",
        "/images",
        "images.generate",
        {"prompt": PROMPT, "model": "mock/image", "output_format": "svg"},
        lambda r: base64.b64decode(r.data[0].b64_json).decode(),
        lambda e: e.text if isinstance(e, ImageGenTextChunkEvent) else "",
        "image_generation.completed",
    ),
]
TYPED = [a for a in AREAS if a.typed]
ids = pytest.mark.parametrize("area", AREAS, ids=lambda a: a.name)


def last_of(items: list[Any]) -> str:
    """The type of a typed event, or the finish reason of the last chunk with a choice."""
    last = items[-1]
    if hasattr(last, "type"):
        return str(last.type)
    return next(c.choices[0].finish_reason for c in reversed(items) if c.choices)


def method(client: OpenRouter, area: Area, suffix: str = "") -> Any:
    resource, name = area.op.split(".")
    return getattr(getattr(client, resource), name + suffix)


async def acall(client: OpenRouter, area: Area, **kw: Any) -> Any:
    return await method(client, area, "_async")(**area.kwargs, **kw)


@pytest.fixture
async def served() -> AsyncIterator[tuple[MockOpenRouter, OpenRouter]]:
    srv = MockOpenRouter(chunks=CHUNKS)
    async with srv.run() as url, OpenRouter(api_key=KEY, server_url=url) as client:
        yield srv, client


@pytest.fixture(scope="module")
def sync_served() -> Iterator[tuple[MockOpenRouter, OpenRouter]]:
    with mock_server(chunks=CHUNKS) as srv, OpenRouter(api_key=KEY, server_url=srv.url) as client:
        yield srv, client


# -- every area -----------------------------------------------------------------------------------


@ids
async def test_non_streaming(served: tuple[MockOpenRouter, OpenRouter], area: Area) -> None:
    srv, client = served
    result = await acall(client, area)
    assert area.result_text(result) == TEXT
    assert srv.last_request is not None and srv.last_request.path == area.path
    assert "stream" not in srv.last_request.json


@ids
async def test_stream_async(served: tuple[MockOpenRouter, OpenRouter], area: Area) -> None:
    srv, client = served
    stream = await acall(client, area, stream=True)
    async with stream as events:
        items = [item async for item in events]
    assert "".join(map(area.event_text, items)) == TEXT
    assert last_of(items) == area.final
    assert srv.last_request is not None and srv.last_request.json["stream"] is True
    assert srv.last_request.headers["Accept"] == "text/event-stream"
    assert srv.streams_completed == 1


@ids
def test_sync(sync_served: tuple[MockOpenRouter, OpenRouter], area: Area) -> None:
    _, client = sync_served
    send = method(client, area)
    assert area.result_text(send(**area.kwargs)) == TEXT
    with send(**area.kwargs, stream=True) as events:
        items = list(events)
    assert "".join(map(area.event_text, items)) == TEXT
    assert last_of(items) == area.final


@ids
async def test_mid_stream_error(served: tuple[MockOpenRouter, OpenRouter], area: Area) -> None:
    srv, client = served
    srv.add_fault(Fault.mid_stream_error(after_chunks=2, message="Provider disconnected"))
    stream = await acall(client, area, stream=True)
    pieces: list[str] = []
    with pytest.raises(errors.StreamError) as info:
        async with stream as events:
            async for item in events:  # (a loop: keep what came before the error)
                pieces.append(area.event_text(item))  # noqa: PERF401
    assert info.value.message == "Provider disconnected"
    assert "".join(pieces) == expected_text(PROMPT, 2)
    assert info.value.chunk is not None  # the event that carried the error


@ids
async def test_truncated_stream(served: tuple[MockOpenRouter, OpenRouter], area: Area) -> None:
    srv, client = served
    srv.add_fault(Fault.truncate(after_chunks=3))
    stream = await acall(client, area, stream=True)
    pieces: list[str] = []
    with pytest.raises(errors.StreamTruncatedError):
        async with stream as events:
            async for item in events:  # (a loop: keep what came before the error)
                pieces.append(area.event_text(item))  # noqa: PERF401
    assert "".join(pieces) == expected_text(PROMPT, 3)


@ids
async def test_non_streaming_error_body(
    served: tuple[MockOpenRouter, OpenRouter], area: Area
) -> None:
    srv, client = served
    srv.add_fault(Fault.mid_stream_error(code=502, message="Provider disconnected"))
    with pytest.raises(errors.BadGatewayResponseError, match="Provider disconnected"):
        await acall(client, area)


# -- unknown event types, canned streams ------------------------------------------------------

UNKNOWN = {
    "responses": (
        b'data: {"type":"response.vendor_note","sequence_number":1,"note":"hi"}\n\n'
        b'data: {"sequence_number":2,"type":"response.output_text.delta","item_id":"m",'
        b'"output_index":0,"content_index":0,"delta":"Hello","logprobs":[]}\n\n'
        b"data: [DONE]\n\n"
    ),
    "messages": (
        b'event: vendor_note\ndata: {"type":"vendor_note","note":"hi"}\n\n'
        b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,'
        b'"delta":{"type":"text_delta","text":"Hello"}}\n\n'
        b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
    ),
    "images": (
        b'data: {"type":"image_generation.vendor_note","note":"hi"}\n\n'
        b'data: {"type":"image_generation.text_chunk","phase":"content","text":"Hello"}\n\n'
        b"data: [DONE]\n\n"
    ),
}


@pytest.mark.parametrize("area", TYPED, ids=lambda a: a.name)
async def test_unknown_event_type_passes_through(
    served: tuple[MockOpenRouter, OpenRouter], area: Area
) -> None:
    srv, client = served
    sse = {"Content-Type": "text/event-stream"}
    srv.add_fault(Fault.status(200, body=UNKNOWN[area.name], headers=sse))
    stream = await acall(client, area, stream=True)
    async with stream as events:
        items = [item async for item in events]
    unknown = items[0]
    assert isinstance(unknown, UnknownEvent)
    assert unknown.type.endswith("vendor_note") and unknown.data["note"] == "hi"
    assert "".join(map(area.event_text, items[1:])) == "Hello"  # typed, even with type not first


async def test_response_failed_raises_stream_error(
    served: tuple[MockOpenRouter, OpenRouter],
) -> None:
    srv, client = served
    result = await client.responses.send_async(input=PROMPT, model="m")
    failed = {
        "type": "response.failed",
        "sequence_number": 1,
        "response": {
            **msgspec.to_builtins(result),
            "status": "failed",
            "error": {"code": "server_error", "message": "upstream died"},
        },
    }
    body = b"data: " + msgspec.json.encode(failed) + b"\n\n"
    srv.add_fault(Fault.status(200, body=body, headers={"Content-Type": "text/event-stream"}))
    stream = await client.responses.send_async(input=PROMPT, model="m", stream=True)
    with pytest.raises(errors.StreamError) as info:
        async with stream as events:
            [item async for item in events]
    assert (info.value.code, info.value.message) == ("server_error", "upstream died")


async def test_images_partial_images_and_n(served: tuple[MockOpenRouter, OpenRouter]) -> None:
    _, client = served
    result = await client.images.generate_async(prompt=PROMPT, model="m", n=2)
    assert [base64.b64decode(d.b64_json).decode() for d in result.data] == [TEXT, TEXT]
    stream = await client.images.generate_async(prompt=PROMPT, model="m", stream=True)
    async with stream as events:
        items = [item async for item in events]
    *partials, done = items
    assert [p.partial_image_index for p in partials] == list(range(CHUNKS))
    assert base64.b64decode(partials[-1].b64_json).decode() == TEXT
    assert isinstance(done, ImageGenCompletedEvent) and done.media_type == "image/png"
    assert base64.b64decode(done.b64_json).decode() == TEXT


async def test_messages_events_split_across_reads() -> None:
    srv = MockOpenRouter(chunks=4, chunk_delay=0.001)  # one write per event
    async with srv.run() as url, OpenRouter(api_key=KEY, server_url=url) as client:
        stream = await client.messages.create_async(
            messages=[{"role": "user", "content": PROMPT}], model="m", max_tokens=64, stream=True
        )
        async with stream as events:
            items = [item async for item in events]
    assert [i.type for i in items] == [
        "message_start",
        "content_block_start",
        *["content_block_delta"] * 4,
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert isinstance(items[-1], MessagesStopEvent)
    assert "".join(i.delta.text for i in items[2:6]) == expected_text(PROMPT, 4)
    assert srv.last_request is not None and srv.last_request.json["max_tokens"] == 64


# -- the decoder's edges --------------------------------------------------------------------------


def ev(data: str, event: str = "message") -> ServerSentEvent:
    return ServerSentEvent(event, data, None, None)


def test_decoder_edges() -> None:
    # OpenRouter's generic in-stream error: no type, an `error` object
    generic = '{"error":{"code":502,"message":"Provider disconnected"}}'
    with pytest.raises(errors.StreamError) as info:
        decode_responses_event(ev(generic))
    assert (info.value.code, info.value.message) == (502, "Provider disconnected")
    with pytest.raises(errors.StreamError):  # also under an `event: error` line
        decode_messages_event(ev(generic, "error"))
    # Anthropic's error event, named by its `event:` line
    error = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}'
    with pytest.raises(errors.StreamError) as info:
        decode_messages_event(ev(error, "error"))
    assert (info.value.code, info.value.message) == ("overloaded_error", "Overloaded")
    # the Responses `error` event; its `param` lands in the metadata
    error = '{"type":"error","sequence_number":3,"code":"rate_limit_exceeded","message":"slow"}'
    with pytest.raises(errors.StreamError) as info:
        decode_responses_event(ev(error))
    assert info.value.code == "rate_limit_exceeded"
    # JSON that isn't an object, and an event without any type: unknown, not fatal
    assert decode_responses_event(ev("[1, 2]")) == UnknownEvent("", [1, 2])
    assert decode_responses_event(ev('{"note": 1}')) == UnknownEvent("", {"note": 1})
    # a known type whose body does not match its Struct, and broken JSON: validation errors
    with pytest.raises(errors.ResponseValidationError, match="response.output_text.delta"):
        decode_responses_event(ev('{"type":"response.output_text.delta","delta":5}'))
    with pytest.raises(errors.ResponseValidationError):
        decode_responses_event(ev('{"type":"response.output'))
    # Decoders are built once per type, on first use
    dec = EventDecoder("x", {"a": StreamEventsResponseCompleted}, {})
    assert dec._decoders == {}
    assert isinstance(dec(ev('{"type":"b"}')), UnknownEvent) and dec._decoders == {}


# -- the seeds ----------------------------------------------------------------------------------


def test_seed_002_beta_responses(sync_served: tuple[MockOpenRouter, OpenRouter]) -> None:
    srv, client = sync_served
    response = client.beta.responses.send(
        model="anthropic/claude-3.5-sonnet",
        input=[{"role": "user", "content": "What is the capital of France?"}],
        service_tier="auto",
        stream=False,
    )
    assert isinstance(response, OpenResponsesResult)
    assert response.output[0].content[0].text == expected_text(  # type: ignore[index]
        "What is the capital of France?", CHUNKS
    )
    assert srv.last_request is not None and srv.last_request.json["service_tier"] == "auto"
    # The seed's slip: a non-streamed result is not a stream (seeds/README: not a behaviour).
    expected = TypeError if sys.version_info >= (3, 11) else AttributeError
    with pytest.raises(expected):
        with response as event_stream:  # type: ignore[attr-defined]
            for event in event_stream:
                print(event)
    # The second example: reasoning and (chat-style) tools pass through as given.
    client.beta.responses.send(
        model="openai/gpt-4",
        input=[{"role": "user", "content": "Calculate 25 * 47"}],
        reasoning={"summary": "auto", "enabled": True},
        tools=[{"type": "function", "function": {"name": "calculator", "parameters": {}}}],
        temperature=0.5,
    )
    sent = srv.last_request.json
    assert sent["reasoning"] == {"summary": "auto", "enabled": True}
    assert sent["tools"][0]["function"]["name"] == "calculator" and "stream" not in sent
    assert client.beta.responses is client.responses


def test_seed_004_metadata_header(sync_served: tuple[MockOpenRouter, OpenRouter]) -> None:
    srv, client = sync_served
    res = client.beta.responses.send(
        x_open_router_experimental_metadata="enabled",
        input="Tell me a joke",
        model="openai/gpt-4o",
        service_tier="auto",
        stream=False,
    )
    assert res.status == "completed"
    assert srv.last_request is not None
    assert srv.last_request.headers["X-OpenRouter-Metadata"] == "enabled"
    assert "x_open_router_experimental_metadata" not in srv.last_request.json


def test_seed_002_completions(sync_served: tuple[MockOpenRouter, OpenRouter]) -> None:
    srv, client = sync_served
    response = client.completions.generate(
        model="openai/gpt-3.5-turbo-instruct",
        prompt="Once upon a time in a land far away,",
        max_tokens=200,
        temperature=0.8,
        stream=False,
    )
    assert response.choices[0].text == expected_text("Once upon a time in a land far away,", 6)
    assert response.object == "text_completion" and response.usage is not None
    assert srv.last_request is not None
    assert srv.last_request.json == {
        "max_tokens": 200,
        "model": "openai/gpt-3.5-turbo-instruct",
        "prompt": "Once upon a time in a land far away,",
        "temperature": 0.8,
    }
    with pytest.raises(TypeError):
        client.completions.generate(prompt="x", not_a_field=1)  # type: ignore[call-arg]
