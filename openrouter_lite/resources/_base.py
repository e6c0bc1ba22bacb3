"""What every resource shares: the client's transport and portal, option splitting, decoding."""

from __future__ import annotations

import functools
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from .._codec import decoder, encode_body
from .._pagination import Advance, Page, offset_advance
from .._raw import RawView
from .._streaming import DataDecoder, Stream, expect_event_stream
from .._transport import OPTION_NAMES, CallOptions, Response, build_path
from ..errors import ResponseValidationError, error_from_response, parse_error_body
from ._signatures import (
    bad_keyword,
    calling_method,
    check_values,
    expand_signatures,
    explain_struct_error,
)

if TYPE_CHECKING:
    from .._client import OpenRouter
    from .._sync import Portal
    from .._transport import Transport
    from ..sse import ServerSentEvent

T = TypeVar("T")
E = TypeVar("E")
P = TypeVar("P", bound="Page[Any]")

# Per-call header arguments the official SDK accepts on operations, by argument name.
HEADER_PARAMS = {
    "http_referer": "HTTP-Referer",
    "x_open_router_title": "X-OpenRouter-Title",
    "x_open_router_categories": "X-OpenRouter-Categories",
    "x_open_router_experimental_metadata": "X-OpenRouter-Metadata",
    "x_open_router_metadata": "X-OpenRouter-Metadata",
}
_SPLIT = OPTION_NAMES | HEADER_PARAMS.keys()


class CallArgs(CallOptions, total=False):
    """What every operation accepts besides its own arguments: the call options and the
    official SDK's per-call attribution headers."""

    http_referer: str
    x_open_router_title: str
    x_open_router_categories: str


def split_params(
    params: dict[str, Any],
) -> tuple[dict[str, Any] | None, dict[str, str] | None]:
    """Remove call options and header arguments from `params` (in place); return both."""
    if _SPLIT.isdisjoint(params):
        return None, None
    options = {k: params.pop(k) for k in OPTION_NAMES if k in params}
    if HEADER_PARAMS.keys().isdisjoint(params):
        return options or None, None
    headers = {HEADER_PARAMS[k]: params.pop(k) for k in list(params) if k in HEADER_PARAMS}
    return options or None, {k: v for k, v in headers.items() if v is not None} or None


def call_options(
    params: Mapping[str, Any],
) -> tuple[dict[str, Any] | None, dict[str, str] | None]:
    """`split_params` for operations without a body: anything left over is a mistake."""
    rest = dict(params)
    options, headers = split_params(rest)
    if rest:
        name, valid = calling_method()
        raise bad_keyword(name, rest, valid or _SPLIT)
    return options, headers


def _merge(
    header_args: dict[str, str] | None, headers: Mapping[str, str] | None
) -> dict[str, str] | None:
    """Header arguments with an operation's own headers (security, idempotency) on top."""
    return header_args if headers is None else {**(header_args or {}), **headers}


def _payload(body: Any, options: Mapping[str, Any] | None) -> bytes | None:
    """The encoded request body with the call's `extra_body` merged in (None: no body)."""
    extra = options.get("extra_body") if options else None
    return encode_body(body, extra) if body is not None or extra else None


def decode_json(tp: type[T], data: bytes, status: int, method: str, url: str) -> T:
    """Decode a 2xx body; an `{"error": ...}` body becomes the typed API error."""
    if data[:24].lstrip().startswith(b'{"error"'):
        if parse_error_body(data) is not None:
            raise error_from_response(status, {}, data, method, url)
    try:
        return decoder(tp).decode(data)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        if parse_error_body(data) is not None:
            raise error_from_response(status, {}, data, method, url) from None
        raise ResponseValidationError(
            f"{method} {url}: response does not match {tp.__name__}: {exc}",
            status_code=status,
            body=data.decode("utf-8", "replace"),
        ) from exc


_readers: dict[Any, Callable[[Response], Any]] = {}


def json_reader(tp: type[T]) -> Callable[[Response], T]:
    """`decode_json` of a whole response into `tp` (one function per type, made on first use)."""
    read = _readers.get(tp)
    if read is None:
        decode = decoder(tp).decode

        def read(resp: Response) -> T:
            data = resp.body
            assert data is not None
            if not data[:24].lstrip().startswith(b'{"error"'):
                try:
                    return decode(data)
                except (msgspec.ValidationError, msgspec.DecodeError):
                    pass  # decode_json says what is wrong
            # (decode_json's good path, written out here so that the URL, which it needs only
            # for its errors, is not built for every call: ~1.3% of a chat call, callgrind)
            return decode_json(tp, data, resp.status, resp.method, resp.url)

        _readers[tp] = read
    return read


class Resource:
    """One API area (`client.chat`, `client.api_keys`, ...). Methods are async `x_async` plus
    their derived blocking twins `x = sync(x_async)`."""

    __slots__ = ("_client", "_transport")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        expand_signatures(cls)  # help() and notebook completion see every keyword

    def __init__(self, client: OpenRouter) -> None:
        self._client = client
        self._transport: Transport = client._transport

    @property
    def _portal(self) -> Portal:
        return self._client._portal

    @property
    def with_raw_response(self) -> RawView:
        """This resource's operations answering a `RawResponse` (status, headers, `elapsed`,
        `rate_limit`, ...; `.parse()` is the usual result): `chat.with_raw_response.send(...)`.
        For static types, annotate the result or use `openrouter_lite.with_raw_response(...)`."""
        return RawView(self)

    async def _call(
        self,
        method: str,
        template: str,
        tp: type[T],
        args: Mapping[str, Any],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        request: type[msgspec.Struct] | None = None,
        fields: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> T:
        """One JSON operation, straight from a method's arguments: `args` are the caller's
        keywords (call options, header arguments and, with `request`, the body's other fields).

        `template`'s `{name}`s are filled from `path` (escaped). `body` is a ready body (`args`
        may then hold call options and header arguments only: anything else is a TypeError
        naming it). `request` is the body's Struct instead, built from `fields` (the explicit
        ones) plus the rest of `args` (an unknown keyword is the Struct's TypeError). `headers`
        go on top of the header arguments (per-call `security`, `Idempotency-Key`)."""
        if request is None:
            options, hdrs = call_options(args)
        else:
            rest = dict(args)
            options, hdrs = split_params(rest)
            check_values(request, rest)
            if fields:
                check_values(request, fields)
            try:
                body = request(**fields, **rest) if fields else request(**rest)
            except TypeError as exc:
                name, valid = calling_method()
                valid = valid or [*request.__struct_fields__, *_SPLIT]
                raise explain_struct_error(exc, name, rest, valid) from None
        hdrs = _merge(hdrs, headers)
        url = build_path(template, **path) if path else template
        return await self._json(
            method, url, tp, query=query, body=body, options=options, headers=hdrs
        )

    async def _call_no_content(
        self,
        method: str,
        template: str,
        args: Mapping[str, Any],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
    ) -> None:
        """`_call` for an operation the API answers with 204 and no body."""
        options, hdrs = call_options(args)
        url = build_path(template, **path) if path else template
        await self._transport.request(method, url, query=query, headers=hdrs, options=options)

    async def _call_page(
        self,
        template: str,
        tp: type[P],
        args: Mapping[str, Any],
        *,
        query: dict[str, Any],
        path: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        advance: Advance = offset_advance,
    ) -> P:
        """`_call` for a paginated GET list (see `_page`); `args` are call options and header
        arguments only."""
        options, hdrs = call_options(args)
        url = build_path(template, **path) if path else template
        return await self._page(url, tp, query, options, _merge(hdrs, headers), advance)

    def _json(
        self,
        method: str,
        path: str,
        tp: type[T],
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Awaitable[T]:
        """One JSON operation; `body` is the request Struct (or None), `options` the call options
        and `headers` the header arguments, both as `split_params` returned them. (The transport
        decodes the result: no coroutine of this function's own.)"""
        payload = _payload(body, options)
        return self._transport.request(
            method,
            path,
            query=query,
            body=payload,
            headers=headers,
            options=options,
            into=json_reader(tp),
        )

    async def _page(
        self,
        path: str,
        tp: type[P],
        query: dict[str, Any],
        options: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        advance: Advance = offset_advance,
    ) -> P:
        """A GET list operation whose result can fetch the next page (`tp` mixes in `Page`)."""
        page = await self._json("GET", path, tp, query=query, options=options, headers=headers)
        following = advance(page, query)
        page._page_portal = self._portal  # type: ignore[attr-defined]
        page._fetch_next = (  # type: ignore[attr-defined]
            None
            if following is None
            else functools.partial(self._page, path, tp, following, options, headers, advance)
        )
        return page

    async def _binary(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        options: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        destination: str | os.PathLike[str] | None = None,
    ) -> bytes | int:
        """A non-JSON response: its bytes, or streamed into `destination` (returns the size)
        without ever holding the whole body in memory."""
        payload = _payload(body, options)
        resp = await self._transport.request(
            method,
            path,
            query=query,
            body=payload,
            headers=headers,
            options=options,
            stream=destination is not None,
        )
        if destination is None:
            assert resp.body is not None
            return resp.body
        return await self._transport.save(resp, destination)

    def _json_or_stream(
        self,
        path: str,
        tp: type[T],
        stream: bool,
        decode: Callable[[ServerSentEvent], E | None],
        is_final: Callable[[E], bool],
        body: Any,
        options: dict[str, Any] | None,
        headers: dict[str, str] | None,
        decode_data: DataDecoder[E] | None = None,
    ) -> Awaitable[T | Stream[E]]:
        """A POST answered with `tp`, or with a typed `Stream` of events when `stream`. (Not a
        coroutine itself: it hands on the one it picks, a frame less on every resume.)"""
        if stream:
            return self._stream(
                "POST",
                path,
                decode,
                is_final=is_final,
                body=body,
                options=options,
                headers=headers,
                decode_data=decode_data,
            )
        return self._json("POST", path, tp, body=body, options=options, headers=headers)

    async def _stream(
        self,
        method: str,
        path: str,
        decode: Callable[[ServerSentEvent], T | None],
        *,
        is_final: Callable[[T], bool] | None = None,
        body: Any = None,
        options: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        decode_data: DataDecoder[T] | None = None,
    ) -> Stream[T]:
        """One streaming operation: the open response wrapped in a typed `Stream`; with
        `decode_data`, plain events are decoded from their bytes (see `SSEParser.feed_data`)."""
        payload = _payload(body, options)
        hdrs = {"Accept": "text/event-stream", **(headers or {})}
        resp = await self._transport.request(
            method, path, body=payload, headers=hdrs, options=options, stream=True
        )
        await expect_event_stream(resp, method, path)
        client = self._client
        stream = Stream(
            resp,
            decode,
            portal=client._portal,
            is_final=is_final,
            max_event_bytes=client.max_event_bytes,
            owner=client,
            decode_data=decode_data,
        )
        client._streams.add(stream)  # closed with the client if still open then
        return stream
