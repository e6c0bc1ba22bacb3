"""Server-sent events parser: the WHATWG "event stream interpretation" rules, sans-I/O.

Bytes in, events out: no sockets, no awaits, so any transport can drive it::

    parser = SSEParser()
    async for chunk in response.content.iter_any():
        for event in parser.feed(chunk):
            print(event.event, event.data)
    parser.close()  # end of input; an unterminated last event is discarded

Each chunk's last line end is found on bytes (``rfind``); the complete lines before it are
decoded once (a UTF-8 character split across chunks is never cut) and split on LF, never with
``str.splitlines()`` (U+2028 and U+0085 are data). The bytes after it wait for the next chunk.
"""

from __future__ import annotations

from itertools import repeat
from typing import Any

import msgspec

from .errors import OpenRouterError

__all__ = ("SSEBufferError", "SSEParser", "ServerSentEvent")

_BOM = b"\xef\xbb\xbf"
_LF = repeat(b"\n")  # (endless: `map` over it stops with the other iterable)


class SSEBufferError(OpenRouterError, ValueError):
    """An unfinished line or event grew past the parser's ``max_buffer_bytes``.

    Part of the library's error tree (``except OpenRouterError`` catches it); still a
    ``ValueError`` for code written against earlier versions."""


class ServerSentEvent(msgspec.Struct, frozen=True, gc=False):
    """A dispatched event: ``event`` is "message" unless set; ``id`` is the last event ID in
    force (``None`` until the stream sets one); ``retry`` is a valid ``retry`` of this event's
    block, else ``None``."""

    event: str
    data: str
    id: str | None
    retry: int | None


def _as_data(events: list[ServerSentEvent], out: list[bytes | ServerSentEvent]) -> bool:
    """Append `events` to `out`, "message" ones as their data's bytes; True if all were."""
    plain = True
    for event in events:
        if event.event == "message":
            out.append(event.data.encode())
        else:
            out.append(event)
            plain = False
    return plain


class SSEParser:
    """Incremental event-stream parser: ``feed(bytes) -> list[ServerSentEvent]``, then ``close()``.

    ``last_event_id`` and ``reconnection_time`` (ms, from ``retry``) are the stream state a
    client needs to reconnect; both survive ``close()``, which readies the parser for a new stream.
    """

    def __init__(self, max_buffer_bytes: int = 16 * 1024 * 1024) -> None:
        # The bound: a server that never sends a line end (or never ends an event) would
        # otherwise make us buffer without limit. It counts the bytes of the unfinished line
        # plus the characters of the unfinished event's data.
        self.max_buffer_bytes = max_buffer_bytes
        self.last_event_id: str | None = None
        self.reconnection_time: int | None = None
        self.plain = False  # the last `feed_data` returned only plain events' bytes
        self._start()

    def _start(self) -> None:
        self._parts: list[bytes] = []  # pieces of the unfinished line (no line end in them)
        self._held = 0  # bytes in _parts
        self._cr = False  # the last feed ended with CR: a LF opening the next one is its pair
        self._head = True  # _cr, or at stream start (a BOM may come, maybe split across feeds)
        self._data: list[str] = []  # data lines of the pending event
        self._size = 0  # characters in _data
        self._event = ""
        self._id = self.last_event_id
        self._retry: int | None = None
        self._pending = False  # the pending event has data, a type or a retry

    def feed(self, data: bytes) -> list[ServerSentEvent]:
        """Parse the next chunk; return the events it completed (often several, often none)."""
        if self._head:
            data = self._skip_head(data)
        n = len(data)
        end = data.rfind(b"\n") + 1
        if end < n:  # bytes after the last LF: a CR there ends a line too
            cr = data.rfind(b"\r", end) + 1
            if cr:
                end = cr
                self._head = self._cr = cr == n
        parts = self._parts
        if not end:  # no line end: hold the piece; later feeds search only their own bytes
            if n:
                parts.append(data)
                self._held += n
                if self._held + self._size > self.max_buffer_bytes:
                    self._overflow()
            return []
        if parts:
            long_line = self._held > 65536
            parts.append(data[:end])
            chunk = b"".join(parts)
            parts.clear()
        else:
            long_line = False
            chunk = data if end == n else data[:end]
        if end < n:
            parts.append(data[end:])
        self._held = n - end
        text = chunk.decode("utf-8", "replace")  # whole lines only: no character is cut
        if "\r" in text:  # rare: OpenRouter sends LF only
            text = text.replace("\r\n", "\n").replace("\r", "\n")

        # Split into event blocks, not lines: the usual block is one "data: ..." line, and it
        # becomes an event with one slice. Anything else goes line by line through _lines.
        events: list[ServerSentEvent] = []
        if long_line:  # it spanned many feeds: splitting on "\n" is ~3x faster than on "\n\n"
            blocks, rest = [], text
        else:
            blocks = text.split("\n\n")
            rest = blocks.pop()  # complete lines of a still unfinished event ("" if none)
        if blocks:
            id_ = self._id
            pending = self._pending
            for block in blocks:
                if not pending and block.startswith("data: ") and "\n" not in block:
                    events.append(ServerSentEvent("message", block[6:], id_, None))
                else:  # (a block starting with "\n" starts with a blank line: fine)
                    lines = block.split("\n")
                    lines.append("")  # the blank line that ended the block
                    self._lines(lines, events)
                    id_ = self._id
                    pending = False
            self.last_event_id = id_
        if rest:
            lines = rest.split("\n")
            lines.pop()  # rest ends with a line end
            self._lines(lines, events)
        elif end < n and self._held + self._size > self.max_buffer_bytes:
            self._overflow()
        return events

    def feed_data(self, data: bytes) -> list[bytes | ServerSentEvent]:
        """``feed`` for a caller that needs only each event's data: an event of the default type
        ("message") comes back as its data's UTF-8 bytes, any other as a ``ServerSentEvent``
        (``last_event_id`` and ``reconnection_time`` are kept as ever). A chat stream then costs
        one ``bytes.split`` per read and no ``str`` or event object per chunk: its JSON is
        decoded from the bytes. Afterwards ``plain`` says whether every item returned is bytes.

        The same rules as ``feed``, which parses anything unusual: the stream's start, a CR,
        an event of several lines, and the event a previous read left unfinished."""
        self.plain = False
        if self._head and not self._cr:
            # The stream's start: the BOM question is settled here, so that a first read
            # holding many events (a fast server, a busy loop) skips `feed`'s str path.
            data = self._skip_head(data)
        if self._head or data.find(b"\r") >= 0:  # (bytes `in` costs a formatted TypeError)
            return self.feed(data)  # type: ignore[return-value]  # (list is invariant)
        out: list[bytes | ServerSentEvent] = []
        plain = True
        if self._pending:  # lines of an event came in an earlier read: finish it with `feed`
            end = data.find(b"\n\n") + 2
            if end < 2:
                return self.feed(data)  # type: ignore[return-value]
            plain = _as_data(self.feed(data[:end]), out)
            data = data[end:]
        elif self._parts:  # the usual case: a read ended inside an event's first line
            if data.find(b"\n\n") < 0:  # (still no end: `feed` holds it without joining)
                return self.feed(data)  # type: ignore[return-value]
            self._parts.append(data)
            data = b"".join(self._parts)
            self._parts.clear()
            self._held = 0
        if data[:6] == b"data: ":
            found = self._data_events(data)
            if found is not None:
                if not out:
                    return found
                self.plain = self.plain and plain
                out += found
                return out
        # Other single-line events (`id:`, `event:`, ...), each line followed by a blank one: split
        # on LF, the even lines are the events when every odd one is blank. (Per event, `in` and
        # `startswith` on bytes would cost more than the rest of the loop: `in` first tries its
        # argument as an int and formats the TypeError; `startswith` parses a format string.)
        blocks = data.split(b"\n")
        rest = blocks.pop()  # a partial line (b"" when the read ends with a line end)
        single = not (len(blocks) & 1 or any(blocks[1::2]))
        if single:
            del blocks[1::2]
        else:  # an event of several lines, or one still unfinished: block by block
            blocks = data.split(b"\n\n")
            rest = blocks.pop()
        for block in blocks:
            if block[:6] == b"data: " and (single or block.find(b"\n") < 0):
                out.append(block[6:])
            else:  # whole lines: decoding them never cuts a character
                lines = block.decode("utf-8", "replace").split("\n")
                lines.append("")  # the blank line that ended the block
                events: list[ServerSentEvent] = []
                self._lines(lines, events)
                plain = _as_data(events, out) and plain
        if blocks:
            self.last_event_id = self._id  # (the blank line ending each block set it)
        if rest:
            plain = _as_data(self.feed(rest), out) and plain
        self.plain = plain
        return out

    def _data_events(self, data: bytes) -> list[bytes | ServerSentEvent] | None:
        """The usual read of a chat stream: ``data: X`` events, each one line and a blank one,
        maybe with a partial event after them. One split on ``b"\\n\\ndata: "`` leaves the
        payloads themselves (no per-event slicing loop); an LF in none of them proves each was
        one line and its blank one. None: not this shape."""
        payloads: list[Any] = data.split(b"\n\ndata: ")
        last = payloads[-1]
        cut = last.rfind(b"\n\n")
        if cut >= 0:  # the read ends inside or after the last event's blank line
            rest = last[cut + 2 :]
            payloads[-1] = last[:cut]
        elif len(payloads) > 1:  # the last event is unfinished: it waits in `feed`
            rest = b"data: " + payloads.pop()
        else:
            return None
        if max(map(bytes.find, payloads, _LF)) >= 0:  # (memchr per payload, no Python loop)
            return None
        payloads[0] = payloads[0][6:]
        self.last_event_id = self._id  # (the blank line ending each event set it)
        self.plain = _as_data(self.feed(rest), payloads) if rest else True
        return payloads

    def _skip_head(self, data: bytes) -> bytes:
        """Drop the LF of a CRLF split across feeds, or the one BOM at the start of the stream."""
        if self._cr:  # (a CR was seen, so the BOM question is settled)
            self._cr = self._head = False
            return data[1:] if data[:1] == b"\n" else data
        if self._parts:  # only a partial BOM is ever held at this point
            data = self._parts.pop() + data
            self._held = 0
        if len(data) < 3 and _BOM.startswith(data):
            if data:
                self._parts.append(data)
                self._held = len(data)
            return b""
        self._head = False
        return data[3:] if data.startswith(_BOM) else data

    def _lines(self, lines: list[str], events: list[Any]) -> None:
        """Apply complete lines (line ends removed) to the pending event, per WHATWG."""
        data, size, etype, id_, retry = self._data, self._size, self._event, self._id, self._retry
        for line in lines:
            if not line:  # blank line: dispatch (no data, no event)
                self.last_event_id = id_
                if data:  # the joined data drops the final "\n" for us
                    value = "\n".join(data)  # (returns the item itself when there is one)
                    events.append(ServerSentEvent(etype or "message", value, id_, retry))
                    data = []
                    size = 0
                etype = ""
                retry = None
                continue
            if line.startswith("data: "):  # the usual line, first
                data.append(line[6:])
                size += len(line) - 6
                continue
            if line[0] == ":":  # comment
                continue
            name, _, value = line.partition(":")
            if value[:1] == " ":
                value = value[1:]
            if name == "data":
                data.append(value)
                size += len(value)
            elif name == "event":
                etype = value
            elif name == "id":
                if "\0" not in value:
                    id_ = value
            elif name == "retry" and value.isascii() and value.isdigit():
                try:
                    retry = self.reconnection_time = int(value)
                except ValueError:  # more digits than int() accepts: not a usable delay
                    pass
        self._data, self._size, self._event, self._id, self._retry = data, size, etype, id_, retry
        self._pending = bool(data) or bool(etype) or retry is not None
        if size + self._held > self.max_buffer_bytes:
            self._overflow()

    def close(self) -> list[ServerSentEvent]:
        """End of input: discard any unterminated event (per WHATWG) and ready a new stream.

        Returns ``[]``: every complete event was already returned by ``feed`` (a final CR is a
        complete line end, handled there). The list keeps end of input uniform for callers.
        """
        self._start()
        self.plain = False
        return []

    def _overflow(self) -> None:
        limit = self.max_buffer_bytes
        self._start()  # drop what we held
        raise SSEBufferError(
            f"server-sent event or line longer than max_buffer_bytes={limit}; "
            "pass a larger SSEParser(max_buffer_bytes=...) to accept it"
        )
