"""Tests of the sans-I/O SSE parser against the WHATWG event-stream interpretation rules.

Every fixture goes through ``parse``, which feeds it whole, one byte at a time and split in two at
every offset, and asserts that all of them give the same events and the same parser state.
"""

from __future__ import annotations

import random

import msgspec
import pytest

from openrouter_lite.sse import ServerSentEvent, SSEBufferError, SSEParser

Events = list[ServerSentEvent]
State = tuple[Events, str | None, int | None]


def ev(
    data: str, event: str = "message", id: str | None = None, retry: int | None = None
) -> ServerSentEvent:
    return ServerSentEvent(event, data, id, retry)


def run(pieces: list[bytes], **kwargs: int) -> State:
    parser = SSEParser(**kwargs)
    events: Events = []
    for piece in pieces:
        events += parser.feed(piece)
    assert parser.close() == []
    return events, parser.last_event_id, parser.reconnection_time


def parse_state(stream: bytes) -> State:
    """Feed ``stream`` whole, byte by byte, and split at every offset; all must agree."""
    whole = run([stream])
    assert run([stream[i : i + 1] for i in range(len(stream))]) == whole
    for i in range(len(stream) + 1):
        assert run([stream[:i], stream[i:]]) == whole, f"split at {i}"
    return whole


def parse(stream: bytes) -> Events:
    return parse_state(stream)[0]


# --- line ends ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stream",
    [
        b"data: a\ndata: b\n\nevent: e\ndata: c\n\n",
        b"data: a\r\ndata: b\r\n\r\nevent: e\r\ndata: c\r\n\r\n",
        b"data: a\rdata: b\r\revent: e\rdata: c\r\r",
        b"data: a\r\ndata: b\r\revent: e\ndata: c\n\r\n",
    ],
    ids=["LF", "CRLF", "CR", "mixed"],
)
def test_line_endings(stream: bytes) -> None:
    assert parse(stream) == [ev("a\nb"), ev("c", "e")]


def test_crlf_split_across_feeds_is_one_line_end() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: a\r") == []
    # Were the LF a second line end, "a" would be dispatched alone here.
    assert parser.feed(b"\ndata: b\r") == []
    assert parser.feed(b"\n\r") == [ev("a\nb")]
    assert parser.feed(b"\n") == []
    assert parse(b"data: a\r\ndata: b\r\n\r\n") == [ev("a\nb")]


def test_cr_then_other_byte_across_feeds() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: a\r") == []
    assert parser.feed(b"\r") == [ev("a")]


# --- BOM ---------------------------------------------------------------------------------------


def test_bom_at_start_is_stripped() -> None:
    assert parse(b"\xef\xbb\xbfdata: a\n\n") == [ev("a")]
    assert parse(b"\xef\xbb\xbf\n\ndata: a\n\n") == [ev("a")]


def test_bom_later_is_not_stripped() -> None:
    # The second BOM starts the field name "\ufeffdata": an unknown field, ignored.
    assert parse(b"data: a\n\n\xef\xbb\xbfdata: b\n\n") == [ev("a")]
    assert parse(b"\xef\xbb\xbf\xef\xbb\xbfdata: b\n\n") == []
    assert parse(b"\xef\xbb\xbfdata: a\xef\xbb\xbf\n\n") == [ev("a\ufeff")]


def test_partial_bom_at_start_is_not_stripped() -> None:
    assert parse(b"\xef\xbbdata: a\n\n") == []  # field "\ufffddata", unknown
    assert parse(b"\xef\n\ndata: a\n\n") == [ev("a")]


# --- fields ------------------------------------------------------------------------------------


def test_comments_are_ignored() -> None:
    assert parse(b": hello\ndata: a\n:\n: again\n\n: alone\n\n") == [ev("a")]


def test_one_leading_space_is_stripped() -> None:
    assert parse(b"data:a\n\ndata: a\n\ndata:  a\n\ndata:a \n\n") == [
        ev("a"),
        ev("a"),
        ev(" a"),
        ev("a "),
    ]


def test_value_split_at_first_colon() -> None:
    assert parse(b'data: {"a": "b:c"}\n\nevent:x:y\ndata::\n\n') == [
        ev('{"a": "b:c"}'),
        ev(":", "x:y"),
    ]


def test_multi_line_data_joined_with_lf() -> None:
    assert parse(b"data: a\ndata: b\ndata: c\n\n") == [ev("a\nb\nc")]
    assert parse(b"data: a\ndata\n\n") == [ev("a\n")]
    assert parse(b"data\ndata: a\ndata:\n\n") == [ev("\na\n")]


def test_empty_data_line_dispatches_empty_data() -> None:
    assert parse(b"data:\n\ndata: \n\n") == [ev(""), ev("")]
    assert parse(b"data\ndata\n\n") == [ev("\n")]


def test_field_without_colon_has_empty_value() -> None:
    assert parse(b"data\n\n") == [ev("")]
    assert parse(b"event\ndata: a\n\n") == [ev("a")]


def test_event_type() -> None:
    assert parse(b"event: add\ndata: a\n\n") == [ev("a", "add")]
    assert parse(b"event: add\nevent: remove\ndata: a\n\n") == [ev("a", "remove")]


def test_event_type_resets_after_dispatch() -> None:
    assert parse(b"event: add\ndata: a\n\ndata: b\n\n") == [ev("a", "add"), ev("b")]
    # also when nothing was dispatched because the data buffer was empty
    assert parse(b"event: add\n\ndata: b\n\n") == [ev("b")]


def test_default_event_type_is_message() -> None:
    assert parse(b"data: a\n\n") == [ev("a", "message")]
    assert parse(b"event:\ndata: a\n\nevent\ndata: b\n\n") == [ev("a"), ev("b")]


def test_id_is_carried_over_to_later_events() -> None:
    events, last_id, _ = parse_state(b"data: a\n\nid: 1\ndata: b\n\ndata: c\n\nid: 2\ndata: d\n\n")
    assert events == [ev("a"), ev("b", id="1"), ev("c", id="1"), ev("d", id="2")]
    assert last_id == "2"


def test_id_with_nul_is_ignored() -> None:
    events, last_id, _ = parse_state(b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n")
    assert events == [ev("a", id="1"), ev("b", id="1")]
    assert last_id == "1"


def test_empty_id_resets_to_empty_string() -> None:
    events, last_id, _ = parse_state(b"id: 1\ndata: a\n\nid\ndata: b\n\nid:\ndata: c\n\n")
    assert events == [ev("a", id="1"), ev("b", id=""), ev("c", id="")]
    assert last_id == ""


def test_last_event_id_set_at_dispatch_only() -> None:
    parser = SSEParser()
    assert parser.feed(b"id: 7\ndata: a\n") == []
    assert parser.last_event_id is None
    assert parser.feed(b"\n") == [ev("a", id="7")]
    assert parser.last_event_id == "7"
    assert parser.feed(b"id: 8\n\n") == []  # no data, but the dispatch still sets it
    assert parser.last_event_id == "8"


@pytest.mark.parametrize(
    ("line", "retry"),
    [
        (b"retry: 1500", 1500),
        (b"retry:0", 0),
        (b"retry: 12a", None),
        (b"retry: ", None),
        (b"retry", None),
        (b"retry:  15", None),
        (b"retry: -5", None),
        (b"retry: 1.5", None),
        ("retry: \u0661\u0662".encode(), None),  # Arabic-Indic digits are not ASCII digits
    ],
)
def test_retry_is_digits_only(line: bytes, retry: int | None) -> None:
    events, _, reconnection_time = parse_state(line + b"\ndata: a\n\ndata: b\n\n")
    assert events == [ev("a", retry=retry), ev("b")]  # retry belongs to its own event block
    assert reconnection_time == retry


def test_reconnection_time_keeps_last_valid_retry() -> None:
    events, _, reconnection_time = parse_state(b"retry: 10\n\nretry: x\ndata: a\n\n")
    assert events == [ev("a")]
    assert reconnection_time == 10


def test_huge_retry_is_ignored_not_an_error() -> None:
    stream = b"retry: " + b"9" * 5000 + b"\ndata: a\n\n"  # too long to split at every offset
    assert run([stream]) == run(pieces(stream, 7)) == ([ev("a")], None, None)


def test_unknown_fields_are_ignored() -> None:
    stream = b"foo: bar\nDATA: x\nData: y\n data: z\ndata : w\ndata: a\nretryx: 5\n\n"
    assert parse(stream) == [ev("a")]


def test_no_event_when_data_buffer_is_empty() -> None:
    events, last_id, reconnection_time = parse_state(b"id: 5\nevent: x\nretry: 10\n\n\n\n")
    assert events == []
    assert (last_id, reconnection_time) == ("5", 10)


def test_blank_lines_in_a_row() -> None:
    assert parse(b"\n\n\ndata: a\n\n\n\n\ndata: b\n\n\n") == [ev("a"), ev("b")]


# --- end of input ------------------------------------------------------------------------------


def test_unterminated_last_event_is_discarded() -> None:
    assert parse(b"data: a\n\ndata: b\n") == [ev("a")]
    assert parse(b"data: a\n\ndata: b") == [ev("a")]
    parser = SSEParser()
    assert parser.feed(b"data: a\n\ndata: b\n") == [ev("a")]
    assert parser.close() == []


def test_trailing_cr_at_close() -> None:
    assert parse(b"data: a\r\r") == [ev("a")]  # the final CR ends the blank line
    assert parse(b"data: a\n\r") == [ev("a")]
    assert parse(b"data: a\r") == []  # one line end only: the event is unterminated
    parser = SSEParser()
    assert parser.feed(b"data: a\r") == []
    assert parser.feed(b"\r") == [ev("a")]
    assert parser.close() == []


def test_close_readies_a_new_stream_and_keeps_reconnect_state() -> None:
    parser = SSEParser()
    assert parser.feed(b"id: 3\nretry: 50\ndata: a\n\ndata: lost") == [ev("a", id="3", retry=50)]
    assert parser.close() == []
    assert parser.feed(b"\xef\xbb\xbfdata: b\n\n") == [ev("b", id="3")]
    assert (parser.last_event_id, parser.reconnection_time) == ("3", 50)


# --- decoding ----------------------------------------------------------------------------------


def test_unicode_line_separators_are_data() -> None:
    text = "a\u2028b\u2029c\u0085d\x0be\x0cf\x1cg\x1dh\x1ei"
    assert parse(f"data: {text}\n\n".encode()) == [ev(text)]


def test_invalid_utf8_becomes_replacement_character() -> None:
    assert parse(b"data: a\xffb\xe2\x82\n\n") == [ev("a\ufffdb\ufffd")]
    assert parse(b"event: \xc3\n\xc3\xa9: x\ndata: \xed\xa0\x80\n\n") == [
        ev("\ufffd\ufffd\ufffd", "\ufffd")
    ]


def test_four_byte_character_split_across_feeds() -> None:
    stream = "data: x😀y\n\n".encode()
    start = stream.index("😀".encode())
    for cut in range(start, start + 5):
        parser = SSEParser()
        assert parser.feed(stream[:cut]) + parser.feed(stream[cut:]) == [ev("x😀y")], cut
    assert parse(stream) == [ev("x😀y")]


# --- size --------------------------------------------------------------------------------------


def pieces(data: bytes, size: int = 4096) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def test_three_megabyte_event_in_4k_pieces() -> None:
    payload = "é" * 10 + "x" * (3 * 1024 * 1024) + "😀"
    one_line = f"data: {payload}\n\n".encode()
    assert run(pieces(one_line)) == ([ev(payload)], None, None)
    assert run(pieces(one_line, 4093)) == ([ev(payload)], None, None)  # cuts inside characters
    lines = [f"{i:07d}" + "y" * 90 for i in range(30000)]
    many_lines = "".join(f"data: {line}\r\n" for line in lines).encode() + b"\r\n"
    assert run(pieces(many_lines)) == ([ev("\n".join(lines))], None, None)


def test_long_line_spanning_feeds_then_more_fields() -> None:
    big = "é" * 34_000  # 68,000 bytes: past the parser's long-line switch at 64 KiB
    stream = (
        f"id: 1\ndata: a\ndata: {big}\nevent: e\n\ndata: b\n\n: c\nretry: 5\n\ndata: {big}"
    ).encode()
    expected = ([ev(f"a\n{big}", "e", "1"), ev("b", id="1")], "1", 5)
    assert reference(stream) == expected
    for size in (4096, 999, 65536):
        assert run(pieces(stream, size)) == expected, size
    assert run(pieces(stream + b"\r\r", 4096)) == ([*expected[0], ev(big, id="1")], "1", 5)


def test_buffer_bound() -> None:
    parser = SSEParser(max_buffer_bytes=1000)
    parser.feed(b"data: " + b"x" * 900)
    with pytest.raises(SSEBufferError, match=r"max_buffer_bytes=1000.*SSEParser\(max_buffer"):
        parser.feed(b"x" * 200)
    assert issubclass(SSEBufferError, ValueError)
    # an event whose data lines add up past the bound, though each line is short
    parser = SSEParser(max_buffer_bytes=1000)
    with pytest.raises(SSEBufferError):
        for _ in range(100):
            parser.feed(b"data: " + b"y" * 50 + b"\n")


def test_stream_under_the_bound_is_fine() -> None:
    event = b"data: " + b"z" * 900 + b"\n\n"
    stream = event * 20
    expected = [ev("z" * 900)] * 20
    assert run([stream], max_buffer_bytes=1000)[0] == expected
    assert run(pieces(stream, 1), max_buffer_bytes=1000)[0] == expected
    assert run(pieces(stream, 700), max_buffer_bytes=1000)[0] == expected


# --- a realistic stream ------------------------------------------------------------------------


def test_openrouter_stream() -> None:
    chunk = (
        '{"id":"gen-1","provider":"OpenAI","model":"openai/gpt-4o",'
        '"object":"chat.completion.chunk","created":1732000000,'
        '"choices":[{"index":0,"delta":{"role":"assistant","content":"%s"},'
        '"finish_reason":null}]}'
    )
    contents = ["Hel", "lo ", "wörld ", "😀", ""]
    stream = b": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\n\n"
    for content in contents:
        stream += b"data: " + (chunk % content).encode() + b"\n\n"
        stream += b": OPENROUTER PROCESSING\n\n"
    stream += b"data: [DONE]\n\n"
    events = parse(stream)
    assert events == [ev(chunk % c) for c in contents] + [ev("[DONE]")]
    decoded = [msgspec.json.decode(e.data) for e in events[:-1]]
    assert [d["choices"][0]["delta"]["content"] for d in decoded] == contents


# --- the struct --------------------------------------------------------------------------------


def test_server_sent_event_struct() -> None:
    event = ServerSentEvent("message", "x", None, None)
    assert ServerSentEvent.__struct_fields__ == ("event", "data", "id", "retry")
    assert event == ServerSentEvent(event="message", data="x", id=None, retry=None)
    with pytest.raises(AttributeError):
        event.data = "y"  # type: ignore[misc]


# --- against a plain reference implementation ---------------------------------------------------


def reference(stream: bytes) -> State:
    """The WHATWG algorithm written the slow, obvious way: decode all, walk each character."""
    text = stream.decode("utf-8", "replace").removeprefix("\ufeff")
    lines, current, i = [], "", 0
    while i < len(text):
        if text[i] in "\r\n":
            lines.append(current)
            current = ""
            i += 2 if text[i : i + 2] == "\r\n" else 1
        else:
            current += text[i]
            i += 1
    events: Events = []
    data, event_type, id_buffer, last_id, retry, reconnection = "", "", None, None, None, None
    for line in lines:
        if line == "":
            last_id = id_buffer
            if data:
                events.append(ev(data[:-1], event_type or "message", last_id, retry))
            data, event_type, retry = "", "", None
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "data":
            data += value + "\n"
        elif field == "event":
            event_type = value
        elif field == "id" and "\0" not in value:
            id_buffer = value
        elif field == "retry" and value and all(c in "0123456789" for c in value):
            retry = reconnection = int(value)
    return events, last_id, reconnection


TOKENS = [
    b"data",
    b"data:",
    b"data: ",
    b"event: ",
    b"id: ",
    b"id",
    b"retry: ",
    b"retry:",
    b":",
    b" ",
    b"x",
    b"12",
    b"\x00",
    b"\r",
    b"\n",
    b"\r\n",
    b"\n\n",
    b"\xef\xbb\xbf",
    b"\xe2\x80\xa8",
    b"\xf0\x9f\x98\x80",
    b"\xf0\x9f",
    b"\xff",
    b"\xc3\xa9",
    b"foo",
]


def test_matches_reference_on_random_streams() -> None:
    rng = random.Random(20240611)
    for _ in range(400):
        stream = b"".join(rng.choices(TOKENS, k=rng.randrange(40)))
        expected = reference(stream)
        assert run([stream]) == expected, stream
        assert run(pieces(stream, 1)) == expected, stream
        cuts = sorted(rng.sample(range(len(stream) + 1), min(4, len(stream) + 1)))
        parts = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
        assert run(parts) == expected, (stream, cuts)


def test_feed_data_hands_out_message_events_as_their_bytes() -> None:
    parser = SSEParser()
    assert parser.feed_data(b": OPENROUTER PROCESSING\n\n") == []  # the stream's start: feed
    out = parser.feed_data(b'data: {"a": 1}\n\nevent: ping\ndata: x\n\ndata: [DONE]\n\ndata: {"b"')
    assert out[0] == b'{"a": 1}' and out[2] == b"[DONE]"
    assert isinstance(out[1], ServerSentEvent) and (out[1].event, out[1].data) == ("ping", "x")
    assert len(out) == 3 and not parser.plain  # (the ping event)
    # the event left unfinished is completed by the next read, and comes as bytes too
    assert parser.feed_data(b": 2}\n\ndata: \xc3\xa9\n\n") == [b'{"b": 2}', b"\xc3\xa9"]
    assert parser.plain
    # several lines of data, an id: the general rules, still bytes for a "message" event
    assert parser.feed_data(b"id: 7\ndata: a\ndata: b\n\n") == [b"a\nb"]
    assert parser.last_event_id == "7"
    # a CR anywhere: `feed` itself
    assert [e.data for e in parser.feed_data(b"data: y\r\n\r\n")] == ["y"]  # type: ignore[union-attr]


def _run_data(pieces: list[bytes]) -> tuple[list[tuple[str, str]], str | None, int | None]:
    parser = SSEParser()
    out: list[tuple[str, str]] = []
    for piece in pieces:
        for item in parser.feed_data(piece):
            if isinstance(item, bytes):
                out.append(("message", item.decode("utf-8", "replace")))
            else:
                out.append((item.event, item.data))
    assert parser.close() == []
    return out, parser.last_event_id, parser.reconnection_time


DATA_TOKENS = [b'data: {"a":1}\n\n', b"data: \n\n", b"data: x\n\n", b"data:  y\n\n", *TOKENS]


def test_feed_data_matches_reference_on_random_streams() -> None:
    """Mostly whole `data:` events (the reads `feed_data` takes without a loop per event),
    mixed with every other token: the same events as the reference, however the bytes are cut."""
    rng = random.Random(20261206)
    for _ in range(600):
        weights = [12, 3, 3, 3] + [1] * len(TOKENS)
        stream = b"".join(rng.choices(DATA_TOKENS, weights, k=rng.randrange(40)))
        events, last_id, retry = reference(stream)
        expected = ([(e.event, e.data) for e in events], last_id, retry)
        assert _run_data([stream]) == expected, stream
        assert _run_data(pieces(stream, 7)) == expected, stream
        cuts = sorted(rng.sample(range(len(stream) + 1), min(4, len(stream) + 1)))
        parts = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
        assert _run_data(parts) == expected, (stream, cuts)
