"""A local OpenRouter server built from the OpenAPI spec, for conformance tests.

Every operation of the spec snapshot ``tools/spec/openrouter.openapi.json`` is served under
``/api/v1``:

- JSON operations answer their documented 2xx status with ``sample_from_schema(schema,
  optional=True)`` of the response schema (numbers are numbers, every optional field is filled).
- Binary operations (``audio/*``, ``application/octet-stream``, ``video/mp4``) answer
  ``BINARY_BODY`` with the documented content type.
- An operation whose only success is documented as never happening and that has a 410 answer
  (``POST /credits/coinbase``) answers 410 with the spec's ``{"error": {...}}`` example.
- SSE operations (chat, responses, messages, images, and the legacy ``POST /completions``, which
  the API serves but the spec lacks) answer a short, complete event stream ending with
  ``data: [DONE]`` when the JSON body has ``"stream": true``. Chat and embeddings are answered by
  ``openrouter_lite.testing.MockOpenRouter`` (deterministic text, real tool calls, real vectors).

Every request is recorded (``RecordedRequest``: method, raw path, matched route, decoded path
parameters, query, headers, JSON or form body) before it is answered. A request without a bearer
token, or with the key ``UNAUTHORIZED_KEY``, gets OpenRouter's 401 body; ``add_fault`` scripts
one answer for the next matching request. Routing is done here, on the raw (still
percent-encoded) path, so an escaped ``/`` inside a path parameter can't match another route.

It also reads the official SDK's operation names from ``tests/data/operations.json``
(``sdk_operations()``), which the conformance tests map onto the spec's operations.

Usage::

    server = SpecServer()
    async with server.run() as url:        # "http://127.0.0.1:PORT/api/v1"
        ...
    with server.run_in_thread() as url:    # sync tests, subprocesses
        ...
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import importlib
import json
import threading
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import msgspec
from aiohttp import web
from spec_samples import load_spec, sample_from_schema

from openrouter_lite._client import OpenRouter, _Lazy
from openrouter_lite.testing import MockOpenRouter

__all__ = (
    "BINARY_BODY",
    "PREFIX",
    "UNAUTHORIZED_KEY",
    "RecordedRequest",
    "Route",
    "SdkOperation",
    "STREAM_EVENTS",
    "SpecServer",
    "build_routes",
    "missing_module",
    "resource_module",
    "sdk_operations",
)

PREFIX = "/api/v1"
UNAUTHORIZED_KEY = "sk-or-invalid"
BINARY_BODY = bytes(range(256)) * 4
_METHODS = ("get", "put", "post", "delete", "patch")

# Operations the API serves that the spec lacks (method, path) -> streaming flag.
_EXTRA_ROUTES = {("POST", "/completions"): True}

# The events of a short, complete stream, per streaming path (by the events' `type`).
STREAM_EVENTS = {
    "/responses": (
        "response.created",
        "response.in_progress",
        "response.output_text.delta",
        "response.output_text.done",
        "response.completed",
    ),
    "/messages": (
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ),
    "/images": ("image_generation.partial_image", "image_generation.completed"),
}
_DELEGATED = {("POST", "/chat/completions"), ("POST", "/embeddings")}

_encoder = msgspec.json.Encoder()


def _error(code: int, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def _json_response(obj: Any, status: int = 200) -> web.Response:
    return web.Response(body=_encoder.encode(obj), status=status, content_type="application/json")


@dataclass(frozen=True)
class Route:
    """One operation: how to match it and what to answer."""

    method: str
    template: str  # relative to /api/v1, e.g. "/keys/{hash}"
    operation_id: str | None
    status: int = 200
    json_schema: dict[str, Any] | None = None  # the 2xx application/json schema
    binary_type: str | None = None  # the 2xx non-JSON content type
    gone: dict[str, Any] | None = None  # the 410 body, for a retired operation
    streams: bool = False  # answers text/event-stream when the body asks for it
    segments: tuple[str, ...] = ()

    def match(self, segments: list[str]) -> dict[str, str] | None:
        """Decoded path parameters if the raw `segments` match this route, else None."""
        if len(segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for pattern, raw in zip(self.segments, segments, strict=True):
            if pattern.startswith("{") and pattern.endswith("}"):
                if not raw:
                    return None
                params[pattern[1:-1]] = unquote(raw)
            elif unquote(raw) != pattern:
                return None
        return params

    @property
    def literal_segments(self) -> int:
        return sum(not s.startswith("{") for s in self.segments)


def _deref(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def build_routes(spec: dict[str, Any]) -> list[Route]:
    """Every operation of the spec (plus the API's extras), most specific first."""
    routes: list[Route] = []
    for path, item in spec["paths"].items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            status, json_schema, binary, streams, gone = 200, None, None, False, None
            responses: dict[str, Any] = op.get("responses", {})
            for code, resp in responses.items():
                if not code.startswith("2"):
                    continue
                content = resp.get("content") or {}
                if not content:
                    continue
                status = int(code)
                for ctype, media in content.items():
                    if ctype == "application/json":
                        json_schema = media.get("schema")
                    elif ctype == "text/event-stream":
                        streams = path in STREAM_EVENTS or path == "/chat/completions"
                    elif binary is None and ctype != "application/rss+xml":
                        binary = "audio/mpeg" if ctype == "audio/*" else ctype
                break
            else:
                if "410" in responses:
                    media = (responses["410"].get("content") or {}).get("application/json", {})
                    gone = media.get("example") or _error(410, "Gone")
            routes.append(
                Route(
                    method.upper(),
                    path,
                    op.get("operationId"),
                    status,
                    json_schema,
                    None if json_schema is not None else binary,
                    gone,
                    streams,
                    tuple(path.strip("/").split("/")),
                )
            )
    for (method, path), streams in _EXTRA_ROUTES.items():
        routes.append(
            Route(method, path, None, streams=streams, segments=tuple(path.strip("/").split("/")))
        )
    routes.sort(key=lambda r: -r.literal_segments)
    return routes


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it. ``path`` is relative to /api/v1 and still
    percent-encoded; ``route`` the matched template (None: no route); ``params`` the decoded
    path parameters; ``form`` the multipart/urlencoded fields (a file part is a dict with
    ``filename``, ``content_type`` and ``size``)."""

    method: str
    path: str
    route: str | None
    params: Mapping[str, str]
    query: Mapping[str, str]
    query_items: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    content_type: str
    body: bytes
    json: Any
    form: Mapping[str, Any] | None

    @property
    def api_key(self) -> str:
        auth = self.headers.get("Authorization", "")
        return auth[7:].strip() if auth.startswith("Bearer ") else ""


@dataclass
class _Fault:
    status: int
    body: Any
    method: str | None
    path: str | None
    headers: dict[str, str] = field(default_factory=dict)


class SpecServer:
    """The spec-driven server; see the module docstring."""

    def __init__(self, spec: dict[str, Any] | None = None, *, chunks: int = 8) -> None:
        self.spec = spec or load_spec()
        self.routes = build_routes(self.spec)
        self.requests: list[RecordedRequest] = []
        self.url = ""
        self.mock = MockOpenRouter(chunks=chunks, embedding_dim=8)
        self._faults: list[_Fault] = []
        self._lock = threading.Lock()
        self._json_cache: dict[tuple[str, str], bytes] = {}
        self._stream_cache: dict[str, bytes] = {}

    # -- test helpers -------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget the recorded requests and pending faults."""
        with self._lock:
            self.requests.clear()
            self._faults.clear()

    @property
    def last(self) -> RecordedRequest:
        assert self.requests, "the server received no request"
        return self.requests[-1]

    def find(self, method: str, route: str) -> list[RecordedRequest]:
        """The recorded requests that matched `route` (a spec template) with `method`."""
        return [r for r in self.requests if r.method == method and r.route == route]

    def add_fault(
        self,
        status: int,
        message: str = "scripted error",
        *,
        method: str | None = None,
        path: str | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next request matching `method`/`path` (a template or raw path; None: any)
        with `status` and `body` (default: OpenRouter's error body)."""
        with self._lock:
            self._faults.append(
                _Fault(status, body or _error(status, message), method, path, headers or {})
            )

    # -- serving ------------------------------------------------------------------------------
    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        return app

    @contextlib.asynccontextmanager
    async def run(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve on `host:port` (0: a free port) and yield the base URL; stop on exit."""
        runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=0.25)
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
            self.url = f"http://{host}:{runner.addresses[0][1]}{PREFIX}"
            yield self.url
        finally:
            await runner.cleanup()

    @contextlib.contextmanager
    def run_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """`run()` on its own event loop in a daemon thread (for sync code and subprocesses)."""
        ready: Future[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = Future()

        async def main() -> None:
            stop = asyncio.Event()
            async with self.run(host, port):
                ready.set_result((asyncio.get_running_loop(), stop))
                await stop.wait()

        def target() -> None:
            try:
                asyncio.run(main())
            except BaseException as exc:
                if not ready.done():
                    ready.set_exception(exc)
                else:
                    raise

        thread = threading.Thread(target=target, name="SpecServer", daemon=True)
        thread.start()
        loop, stop = ready.result(timeout=10)
        try:
            yield self.url
        finally:
            loop.call_soon_threadsafe(stop.set)
            thread.join(10)

    # -- the request pipeline -------------------------------------------------------------------
    def _route(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | int:
        segments = raw_path.strip("/").split("/")
        allowed = False
        for route in self.routes:
            params = route.match(segments)
            if params is None:
                continue
            if route.method == method:
                return route, params
            allowed = True
        return 405 if allowed else 404

    async def _record(
        self, request: web.Request, rel: str, route: Route | None, params: dict[str, str]
    ) -> RecordedRequest:
        ctype = request.content_type
        body, parsed, form = b"", None, None
        if ctype.startswith("multipart/") or ctype == "application/x-www-form-urlencoded":
            form = {}
            for name, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    data = value.file.read()
                    form[name] = {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "size": len(data),
                    }
                else:
                    form[name] = value
        else:
            body = await request.read()
            if body:
                try:
                    parsed = msgspec.json.decode(body)
                except msgspec.DecodeError:
                    parsed = None
        query_string = request.raw_path.partition("?")[2]
        items = tuple(parse_qsl(query_string, keep_blank_values=True))
        recorded = RecordedRequest(
            method=request.method,
            path=rel,
            route=route.template if route else None,
            params=params,
            query=dict(items),
            query_items=items,
            headers=dict(request.headers),
            content_type=ctype,
            body=body,
            json=parsed,
            form=form,
        )
        with self._lock:
            self.requests.append(recorded)
        return recorded

    def _take_fault(self, method: str, rel: str, route: Route | None) -> _Fault | None:
        with self._lock:
            for i, fault in enumerate(self._faults):
                if fault.method not in (None, method):
                    continue
                if fault.path not in (None, rel, route.template if route else None):
                    continue
                return self._faults.pop(i)
        return None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        raw_path = request.raw_path.partition("?")[0]
        if not raw_path.startswith(PREFIX + "/"):
            return _json_response(_error(404, f"Not Found: {raw_path}"), 404)
        rel = raw_path[len(PREFIX) :]
        found = self._route(request.method, rel)
        route, params = found if isinstance(found, tuple) else (None, {})
        recorded = await self._record(request, rel, route, params)
        fault = self._take_fault(request.method, rel, route)
        if fault is not None:
            return web.Response(
                body=_encoder.encode(fault.body),
                status=fault.status,
                headers=fault.headers,
                content_type="application/json",
            )
        key = recorded.api_key
        if not key:
            return _json_response(_error(401, "Missing Authentication header"), 401)
        if key == UNAUTHORIZED_KEY:
            return _json_response(_error(401, "User not found."), 401)
        if route is None:
            status = found if isinstance(found, int) else 404
            text = "Method Not Allowed" if status == 405 else "Not Found"
            return _json_response(_error(status, f"{text}: {request.method} {rel}"), status)
        if recorded.body and recorded.json is None and recorded.form is None:
            return _json_response(_error(400, "Invalid JSON body"), 400)
        if route.gone is not None:
            return _json_response(route.gone, 410)
        if (route.method, route.template) in _DELEGATED:
            handler = self.mock._chat if route.template == "/chat/completions" else None
            return await (handler or self.mock._embeddings)(request)
        wants_stream = isinstance(recorded.json, dict) and recorded.json.get("stream") is True
        if route.streams and wants_stream:
            return await self._stream(request, route, recorded.json)
        if route.template == "/completions":
            return _json_response(self._completion(recorded.json, None))
        if route.binary_type is not None:
            return web.Response(
                body=BINARY_BODY, status=route.status, content_type=route.binary_type
            )
        if route.json_schema is None:
            return web.Response(status=route.status)
        return web.Response(
            body=self._json_body(route), status=route.status, content_type="application/json"
        )

    # -- answers --------------------------------------------------------------------------------
    def _json_body(self, route: Route) -> bytes:
        key = (route.method, route.template)
        data = self._json_cache.get(key)
        if data is None:
            assert route.json_schema is not None
            sample = sample_from_schema(route.json_schema, self.spec, optional=True)
            data = self._json_cache[key] = _encoder.encode(sample)
        return data

    def _event_schemas(self, path: str) -> dict[str, dict[str, Any]]:
        """The stream event schemas of `path`, by their `type`."""
        op = self.spec["paths"][path]["post"]
        media = op["responses"]["200"]["content"]["text/event-stream"]
        wrapper = _deref(media["schema"], self.spec)
        union = _deref(wrapper["properties"]["data"], self.spec)
        mapping = (union.get("discriminator") or {}).get("mapping") or {}
        out = {key: {"$ref": ref} for key, ref in mapping.items()}
        for member in union.get("oneOf") or union.get("anyOf") or []:
            props = _deref(member, self.spec).get("properties") or {}
            t = props.get("type", {})
            values = t.get("enum") or ([t["const"]] if "const" in t else [])
            for v in values:
                out.setdefault(v, member)
        return out

    def _events(self, path: str) -> bytes:
        data = self._stream_cache.get(path)
        if data is None:
            schemas = self._event_schemas(path)
            parts = []
            for i, name in enumerate(STREAM_EVENTS[path]):
                event = sample_from_schema(schemas[name], self.spec, optional=True)
                assert isinstance(event, dict) and event.get("type") == name, (path, name)
                if "sequence_number" in event:
                    event["sequence_number"] = i
                parts.append(b"event: %s\ndata: %s\n\n" % (name.encode(), _encoder.encode(event)))
            data = self._stream_cache[path] = b"".join(parts)
        return data

    async def _stream(
        self, request: web.Request, route: Route, body: dict[str, Any]
    ) -> web.StreamResponse:
        if route.template == "/completions":
            chunks = [self._completion(body, i) for i in range(3)]
            payload = b"".join(b"data: %s\n\n" % _encoder.encode(c) for c in chunks)
        else:
            payload = self._events(route.template)
        resp = web.StreamResponse(
            headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        )
        await resp.prepare(request)
        await resp.write(b": OPENROUTER PROCESSING\n\n" + payload)
        await resp.write_eof(b"data: [DONE]\n\n")
        return resp

    @staticmethod
    def _completion(body: Any, chunk: int | None) -> dict[str, Any]:
        """The legacy text completion (or its `chunk`-th streamed piece, the last one final)."""
        model = body.get("model", "openai/gpt-3.5-turbo-instruct") if isinstance(body, dict) else ""
        words = (" there lived", " a curious", " dragon.")
        text = "".join(words) if chunk is None else words[chunk]
        final = chunk is None or chunk == len(words) - 1
        choice = {
            "index": 0,
            "text": text,
            "finish_reason": "stop" if final else None,
            "logprobs": None,
        }
        out: dict[str, Any] = {
            "id": "cmpl-spec-1",
            "object": "text_completion",
            "created": int(time.time()),
            "model": model,
            "choices": [choice],
        }
        if final:
            out["usage"] = {"prompt_tokens": 9, "completion_tokens": 6, "total_tokens": 15}
        return out


# ---------------------------------------------------------------------------------------------
# The official SDK's operation names: the snapshot of operations.md that
# tools/snapshot_operations.py writes.
# ---------------------------------------------------------------------------------------------
OPERATIONS_JSON = Path(__file__).resolve().parent / "data" / "operations.json"


@dataclass(frozen=True)
class SdkOperation:
    """One row of operations.md (or one of the extra required operations above the table)."""

    name: str  # "beta.responses.send"
    method: str
    path: str  # as operations.md writes it, e.g. "/workspaces/{workspace_ref}/budgets"
    auth: str
    streams: bool
    in_spec: str  # "yes", "yes*", "no", or "extra"

    @property
    def resource_path(self) -> tuple[str, ...]:
        return tuple(self.name.split(".")[:-1])

    @property
    def method_name(self) -> str:
        return self.name.rsplit(".", 1)[1]

    @property
    def spec_path(self) -> str:
        """The path as the spec writes it (`yes*`: `{id}` instead of `{workspace_ref}`)."""
        return self.path.replace("{workspace_ref}", "{id}")


@functools.lru_cache(maxsize=1)
def sdk_operations() -> tuple[SdkOperation, ...]:
    """The table's rows (139) followed by the extra required operations (3)."""
    doc = json.loads(OPERATIONS_JSON.read_bytes())
    ops = tuple(SdkOperation(**o) for o in doc["operations"])
    assert len({o.name for o in ops}) == len(ops), "duplicate SDK names in operations.json"
    return ops


def resource_module(client_attr: str) -> str:
    """The module behind the client attribute `client_attr` (`openrouter_lite.resources.x`)."""
    lazy = OpenRouter.__dict__[client_attr]
    assert isinstance(lazy, _Lazy), client_attr
    return "openrouter_lite" + lazy.module


def missing_module(client_attr: str) -> str | None:
    """The resource module's name if it doesn't exist yet, else None."""
    name = resource_module(client_attr)
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return name
        raise
    return None
