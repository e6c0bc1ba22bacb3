"""Hypothesis property tests of the two pieces that read untrusted bytes: the SSE parser (any
split of any stream parses like the whole; arbitrary bytes raise only `SSEBufferError`) and the
event decoders (arbitrary JSON gives a value or one of the library's typed errors, nothing else).

Bounded and reproducible: a fixed number of examples, derandomized, no example database (so a
run keeps no examples; hypothesis' own `.hypothesis/` cache ignores itself).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from openrouter_lite import errors
from openrouter_lite.resources.chat import decode_chat_chunk
from openrouter_lite.resources.completions import decode_completion_chunk
from openrouter_lite.resources.messages import decode_messages_event
from openrouter_lite.resources.responses import decode_responses_event
from openrouter_lite.sse import ServerSentEvent, SSEBufferError, SSEParser

BOUNDED = settings(max_examples=400, deadline=None, derandomize=True, database=None)

# SSE-shaped pieces mixed with arbitrary bytes: field names, line ends of all three kinds,
# comments, a BOM byte, the end marker.
_PIECES = st.sampled_from(
    [b"data: ", b"data:", b"event: x", b"id: 7", b"retry: 5", b": c", b"\r", b"\n", b"\r\n"]
    + [b"\n\n", b"[DONE]", b"\xef\xbb\xbf", b'{"a": 1}', b"\xff"]
)
STREAMS = st.lists(st.one_of(_PIECES, st.binary(max_size=12)), max_size=40).map(b"".join)


def parse(data: bytes, cuts: list[int], limit: int) -> list[ServerSentEvent] | str:
    """The events of `data` fed in the pieces `cuts` makes, or "overflow"."""
    parser = SSEParser(max_buffer_bytes=limit)
    events: list[ServerSentEvent] = []
    try:
        start = 0
        for cut in [*sorted(c % (len(data) + 1) for c in cuts), len(data)]:
            events += parser.feed(data[start:cut])
            start = cut
        events += parser.close()
    except SSEBufferError:
        return "overflow"
    return events


@BOUNDED
@given(STREAMS, st.lists(st.integers(min_value=0, max_value=10_000), max_size=6))
def test_any_split_of_any_stream_parses_like_the_whole(data: bytes, cuts: list[int]) -> None:
    assert parse(data, cuts, 1 << 20) == parse(data, [], 1 << 20)


def parse_data(data: bytes, cuts: list[int]) -> list[tuple[str, str]] | str:
    """`parse` through `feed_data`: (type, data) of each event, plain ones from their bytes."""
    parser = SSEParser(max_buffer_bytes=1 << 20)
    out: list[tuple[str, str]] = []
    try:
        start = 0
        for cut in [*sorted(c % (len(data) + 1) for c in cuts), len(data)]:
            for item in parser.feed_data(data[start:cut]):
                if isinstance(item, bytes):
                    out.append(("message", item.decode("utf-8", "replace")))
                else:
                    out.append((item.event, item.data))
            start = cut
        parser.close()
    except SSEBufferError:
        return "overflow"
    return out


@BOUNDED
@given(
    st.sampled_from([b"", b"\n", b"\xef\xbb\xbf", b"\xef\xbb", b"\xef\xbb\xbfdata: a\n\n"]),
    STREAMS,
    st.lists(st.integers(min_value=0, max_value=10_000), max_size=6),
)
def test_feed_data_yields_what_feed_does(start: bytes, data: bytes, cuts: list[int]) -> None:
    data = start + data  # from the stream's start too (a BOM, whole or cut, at the first read)
    events = parse(data, cuts, 1 << 20)
    expected = events if isinstance(events, str) else [(e.event, e.data) for e in events]
    assert parse_data(data, cuts) == expected
    # and the parser's stream state ends the same
    a, b = SSEParser(), SSEParser()
    a.feed(data)
    b.feed_data(data)
    assert (a.last_event_id, a.reconnection_time) == (b.last_event_id, b.reconnection_time)


# Chat-shaped streams: mostly one-line data events, now and then anything else an event
# stream may hold, so that feed_data's whole-read split meets both kinds at every cut.
_PAYLOADS = st.text(alphabet='ab :{}"é€', max_size=8).map(str.encode)
_EVENTS = st.one_of(
    _PAYLOADS.map(lambda p: b"data: " + p + b"\n\n"),
    _PAYLOADS.map(lambda p: b"data: " + p + b"\n\n"),
    _PAYLOADS.map(lambda p: b"data: " + p + b"\n\n"),
    st.sampled_from(
        [b": OPENROUTER PROCESSING\n\n", b"data:x\n\n", b"data: a\ndata: b\n\n"]
        + [b"event: e\ndata: x\n\n", b"id: 3\ndata: y\n\n", b"data: [DONE]\n\n", b"\n"]
    ),
)
CHAT_STREAMS = st.lists(_EVENTS, max_size=12).map(b"".join)


@BOUNDED
@given(CHAT_STREAMS, st.lists(st.integers(min_value=0, max_value=10_000), max_size=6))
def test_feed_data_on_chat_shaped_streams(data: bytes, cuts: list[int]) -> None:
    events = parse(data, cuts, 1 << 20)
    assert not isinstance(events, str)
    assert parse_data(data, cuts) == [(e.event, e.data) for e in events]


@BOUNDED
@given(st.binary(max_size=300), st.sampled_from([8, 64, 1 << 20]))
def test_arbitrary_bytes_raise_only_the_documented_error(data: bytes, limit: int) -> None:
    result = parse(data, [len(data) // 3, len(data) // 2], limit)  # anything else propagates
    assert result == "overflow" or isinstance(result, list)
    if result == "overflow":
        assert issubclass(SSEBufferError, errors.OpenRouterError)


_KEYS = st.sampled_from(
    ["id", "choices", "delta", "content", "error", "code", "message", "type", "index"]
    + ["finish_reason", "usage", "tool_calls", "role", "model", "object", "response", "x"]
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=20,
)
DECODERS: list[Callable[[ServerSentEvent], Any]] = [
    decode_chat_chunk,
    decode_completion_chunk,
    decode_messages_event,
    decode_responses_event,
]


@BOUNDED
@given(
    JSON,
    st.sampled_from(["plain", "as_delta", "as_error", "cut"]),
    st.sampled_from(["message", "error", "response.created", "x"]),
)
def test_arbitrary_event_json_decodes_or_raises_only_library_errors(
    value: Any, shape: str, event_type: str
) -> None:
    if shape == "as_delta":
        value = {"choices": [{"index": 0, "delta": value}]}
    elif shape == "as_error":
        value = {"error": value}
    data = msgspec.json.encode(value).decode()
    if shape == "cut":
        data = data[: len(data) // 2]  # not JSON any more
    event = ServerSentEvent(event_type, data, None, None)
    for decode in DECODERS:
        with contextlib.suppress(errors.OpenRouterError):  # anything else fails the test
            decode(event)
