"""Typed event streams over the sans-I/O SSE parser.

A `Stream` is both an async iterator / async context manager (for `send_async(..., stream=True)`)
and a sync iterator / context manager (for `send(..., stream=True)`). Sync iteration crosses into
the client's portal once per batch of already-received items, not once per item.

Leaving the context, breaking out and closing early close the connection (that cancels the
generation upstream); a stream read to its end returns its connection to the pool. Closing never
awaits, so a cancellation cannot land in the middle of it and leave the connection acquired.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from . import errors
from ._raw import ResponseInfo
from ._sync import Closing
from .sse import ServerSentEvent, SSEParser

if TYPE_CHECKING:
    from ._sync import Portal
    from ._transport import Response

__all__ = ("AsyncStream", "Stream", "expect_event_stream")

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

# After the end marker only the body's terminator is left. aiohttp returns the connection to the
# pool by itself when that terminator arrives; a server that never sends it gets the connection
# closed after this many seconds instead (the caller has its result already).
END_GRACE_SECONDS = 1.0
_MAX_OTHER_BODY = 8 * 1024 * 1024  # what we read of a non-stream answer to a stream request


async def expect_event_stream(response: Response, method: str, url: str) -> None:
    """Raise the typed error for a 2xx answer to a stream request that is not an event stream:
    an `{"error": ...}` body is the API error; anything else (a whole JSON result, an HTML page
    from a proxy) is a `ResponseValidationError` naming its content type. The body is read
    (bounded) and the connection released either way."""
    header = response.headers.get("Content-Type")
    if header is None or response.content_type == "text/event-stream":
        return
    chunks: list[bytes] = []
    size = 0
    failure = None
    try:
        while size < _MAX_OTHER_BODY and (chunk := await response.readany()):
            chunks.append(chunk)
            size += len(chunk)
    except Exception as exc:  # noqa: BLE001 - typed by the transport's classifier below
        failure = response.failure(exc, "stream")
    finally:
        if response.fully_read():
            response.release()
        else:
            response.close()
    if failure is not None:
        raise failure  # outside the `except`: nothing chained
    body = b"".join(chunks)
    if errors.parse_error_body(body) is not None:
        raise errors.error_from_response(response.status, response.headers, body, method, url)
    raise errors.ResponseValidationError(
        f"{method} {url}: asked for an event stream (stream=True) but got a "
        f"{response.status} {header!r} body instead; it is in this error's .body",
        status_code=response.status,
        body=body.decode("utf-8", "replace"),
    )


class DataDecoder(Protocol[T_co]):
    """How a stream's items come from the bytes of its events' data (`SSEParser.feed_data`),
    whole reads at a time, so that the usual chunk costs no Python call of its own."""

    def one(self, data: bytes) -> T_co:
        """One event's item (raises for an error event, as the stream's `decode` does)."""

    def many(self, payloads: list[bytes], out: list[Any]) -> None:
        """Append the items of `payloads` to `out`; on a failure, those before it are there."""

    def final(self, items: list[Any]) -> bool:
        """Whether one of `items` ends the output (a finish reason: not truncated)."""


class Stream(ResponseInfo, Closing, Generic[T]):
    """A stream of typed items decoded from server-sent events. Its response's `status_code`,
    `headers`, `generation_id`, `rate_limit`, ... are readable at once (see `ResponseInfo`)."""

    _response: Response  # the transport's (private: it can close the connection)

    def __init__(
        self,
        response: Response,
        decode: Callable[[ServerSentEvent], T | None],
        *,
        portal: Portal,
        is_final: Callable[[T], bool] | None = None,
        max_event_bytes: int = 64 * 1024 * 1024,
        done_sentinel: str | None = "[DONE]",
        owner: object = None,
        decode_data: DataDecoder[T] | None = None,
    ) -> None:
        self._response = response
        self._owner = owner  # the client: kept alive (with its loop thread) while the stream is
        self._decode = decode
        self._decode_data = decode_data  # `decode`, from the bytes of each event's data
        self._is_final = is_final
        self._portal = portal
        self._parser = SSEParser(max_buffer_bytes=max_event_bytes)
        self._sentinel = done_sentinel
        self._done = None if done_sentinel is None else done_sentinel.encode()  # (feed_data's)
        self._loop = asyncio.get_running_loop()
        self._items: list[T] = []
        self._pos = 0
        self._ended = False  # no more items will come (sentinel, EOF or error)
        self._finished = is_final is None  # a final item (finish reason / completed) was seen
        self._closed = False
        self._failure: Exception | None = None

    # -- reading ------------------------------------------------------------------------------
    async def _fill(self) -> None:
        """Read from the socket until at least one item is buffered or the stream ends.

        An error found in the stream (an error event, truncation) is kept until the items that
        arrived before it have been handed out: nothing received is dropped.
        """
        if asyncio.get_running_loop() is not self._loop:
            raise RuntimeError(
                "this stream belongs to another event loop: iterate a stream from "
                "send_async() with `async for`, and one from send() with `for`"
            )
        readany = self._response.readany
        parser = self._parser
        decode = self._decode
        decode_data = self._decode_data
        feed = parser.feed if decode_data is None else parser.feed_data
        sentinel = self._sentinel
        done = self._done
        is_final = self._is_final
        items = self._items
        if self._pos:
            del items[: self._pos]
            self._pos = 0
        try:
            while not items and not self._ended:
                data = await readany()
                finished = self._finished
                events: list[Any] = feed(data) if data else parser.close()
                if data and decode_data is not None and parser.plain:  # the usual read
                    if done is not None and done in events:
                        del events[events.index(done) :]
                        self._ended = True
                    try:  # (what decoded before a failing event is kept, and handed out first)
                        decode_data.many(events, items)  # (into `items`, empty until now)
                    except Exception as exc:  # e.g. StreamError
                        self._failure = exc
                        self._ended = True
                    if not finished:
                        finished = decode_data.final(items)
                    self._finished = finished
                    continue
                for event in events:
                    try:
                        if isinstance(event, bytes):  # a plain event's data (feed_data)
                            if event == done:
                                self._ended = True
                                break
                            item = decode_data.one(event)  # type: ignore[union-attr]
                        elif event.data == sentinel:
                            self._ended = True
                            break
                        else:
                            item = decode(event)
                    except Exception as exc:  # e.g. StreamError: after what came before it
                        self._failure = exc
                        self._ended = True
                        break
                    if item is not None:
                        items.append(item)
                        if not finished and is_final is not None:
                            finished = is_final(item)
                self._finished = finished
                if not data and not self._ended:
                    self._ended = True
                    if not self._finished:
                        self._failure = errors.StreamTruncatedError(
                            "the stream ended before its end marker or a finish reason: "
                            "the output is incomplete"
                        )
        except Exception as exc:  # typed by the transport's classifier (ours pass unchanged)
            self._release()
            failure = self._response.failure(exc, "stream")
            if failure is exc:
                raise
            raise failure from None  # summarised, never chained: some carry the request headers
        except BaseException:  # cancellation included
            self._release()
            raise
        if self._ended and not items:
            await self._finish()

    async def _finish(self) -> None:
        """The stream is over: release it, and raise what ended it, if anything."""
        self._release()
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[T]:
        """What `async for` runs: an async generator costs about half of an `__anext__`
        coroutine per item. The position stays on the stream (`_pos`), so a loop broken off
        and started again goes on where it stopped, as with `__anext__`."""
        items = self._items
        while True:
            pos = self._pos
            if pos < len(items):
                self._pos = pos + 1
                yield items[pos]
            elif self._ended or self._closed:
                await self._finish()
                return
            else:
                await self._fill()
                items = self._items

    async def __anext__(self) -> T:
        items = self._items
        if self._pos >= len(items):
            if self._ended or self._closed:
                await self._finish()
                raise StopAsyncIteration
            await self._fill()
            if not items:
                raise StopAsyncIteration
        item = items[self._pos]
        self._pos += 1
        return item

    async def _next_batch(self) -> list[T]:
        """Every item already received (at least one unless the stream is over)."""
        if self._pos >= len(self._items):
            if self._ended or self._closed:
                await self._finish()
                return []
            await self._fill()
        batch = self._items[self._pos :]
        self._items = []
        self._pos = 0
        return batch

    def __iter__(self) -> Iterator[T]:
        if self._loop is not self._portal.loop:
            raise RuntimeError(
                "this stream was opened by an async method: iterate it with `async for`"
            )
        if self._closed and not self._portal.running:
            return  # its client is closed: nothing more will come (and no thread to ask)
        call = self._portal.call
        try:
            while True:
                batch = call(self._next_batch)
                if not batch:
                    return
                yield from batch
        finally:  # `break`, an exception in the loop body, or the iterator collected
            self.close()

    # -- closing ------------------------------------------------------------------------------
    async def aclose(self) -> None:
        """Release the connection: back to the pool if fully read, else closed."""
        self._release()

    def _release(self) -> None:
        """On the stream's loop, without awaiting: nothing can interrupt it halfway."""
        if self._closed:
            return
        self._closed = True
        response = self._response
        if not self._ended:
            response.close()  # cut off early: closing the socket cancels the generation
        elif response.end_received():
            response.release()  # the connection is back in the pool already
        else:  # pooled when the terminator comes (the transport does that), else closed later
            close_later = self._loop.call_later(END_GRACE_SECONDS, response.close)
            response.on_end(close_later.cancel)

    def close(self) -> None:
        """Release the connection from sync code (any thread)."""
        if self._closed:
            return
        portal = self._portal
        if asyncio._get_running_loop() is self._loop:
            self._release()
        elif self._loop is portal.loop and portal.running:
            portal.call(self.aclose)  # waits: the socket is closed when this returns
        else:
            try:
                self._loop.call_soon_threadsafe(self._release)
            except RuntimeError:  # its loop has closed, and its sockets with it
                self._closed = True

    def __del__(self) -> None:
        # Dropped without closing, maybe on another thread (the garbage collector runs anywhere):
        # the socket is closed on the stream's own loop.
        if not getattr(self, "_closed", True):
            with contextlib.suppress(RuntimeError):  # its event loop has closed already
                self._loop.call_soon_threadsafe(self._response.close)

    def __repr__(self) -> str:
        state = "closed" if self._closed else "ended" if self._ended else "open"
        return f"<Stream {state} {self.method} {self.url}>"


AsyncStream = Stream
