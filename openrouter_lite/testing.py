"""An embedded OpenRouter-compatible server for tests, examples and benchmarks.

It speaks the parts of ``/api/v1`` that clients exercise most (chat completions with SSE
streaming, embeddings, models; legacy completions, Responses, Messages and Images, streamed too),
answers deterministically, can script faults, and counts what happened. Only aiohttp, msgspec
and the standard library are imported; nothing leaves 127.0.0.1.

Usage::

    from openrouter_lite.testing import Fault, MockOpenRouter, expected_text, mock_server

    srv = MockOpenRouter(chunks=5)
    srv.add_fault(Fault.status(429, retry_after=0))
    async with srv.run() as url:          # "http://127.0.0.1:PORT/api/v1"
        ...                               # point a client at url; first call gets a 429

    @pytest.fixture
    def openrouter():                     # sync tests, the CLI, other threads or processes
        with mock_server(chunks=5) as srv:
            yield srv                     # srv.url is the base URL

Deterministic answers (tests compute them with the same pure functions the server uses):

- The *prompt* is the text of the last message (a string, or its ``text`` parts joined by a
  space). The reply is ``expected_text(prompt, chunks)``: the prompt's words (``"ok"`` if none)
  repeated cyclically to ``chunks`` tokens, joined by single spaces; streamed one token per
  event (each token after the first keeps its leading space). ``chunks`` is the server knob,
  overridden per request by the header ``X-Mock-Chunks: N``.
- With non-empty ``tools`` and a last message from ``"user"``: one call ``call_0`` to the first
  tool with arguments ``TOOL_ARGUMENTS``, content null, finish_reason ``"tool_calls"``.
- With ``reasoning`` in the request or ``"thinking"`` in the model: ``reasoning`` is
  ``"".join(REASONING_TOKENS)`` (streamed first, one token per event).
- Chat and embeddings answers carry ``X-Generation-Id`` (the body's ``id``),
  ``X-OpenRouter-Provider: MockProvider`` and ``X-RateLimit-Limit`` (``RATE_LIMIT``),
  ``-Remaining`` (what is left of the current 10 s window) and ``-Reset`` (its end, epoch ms).
- Usage: prompt_tokens = words in all message texts, completion_tokens = ``chunks`` (+ reasoning
  tokens), cost = total_tokens / 1_000_000.
- Embeddings: ``expected_embedding(text, dim)`` (token arrays embed as their numbers joined by
  spaces); values are k/32768, exact in float32, so float and base64 answers decode identically.
- Completions (``prompt``; a list joined by spaces), Responses (``input``: a string, or the text
  of its last item), Messages (Anthropic format) and Images (``prompt``) answer
  ``expected_text(prompt, chunks)`` too. Their streams carry the API's typed events, one per
  token: ``choices[0].text`` chunks, usage, ``[DONE]``; ``response.created``,
  ``response.output_text.delta``, ``.done``, ``response.completed``, ``[DONE]``; ``message_start``,
  ``content_block_start``, ``content_block_delta``, ``content_block_stop``, ``message_delta``,
  ``message_stop`` (with ``event:`` lines); partial images (text chunks for ``output_format=
  "svg"``), ``image_generation.completed``, ``[DONE]``. An image's bytes are the reply text.

Faults (``srv.add_fault``) are consumed FIFO, one per request whose path matches, before the auth
check. With ``fault_rate=p`` each request with no scripted fault gets ``random_fault`` (default
``Fault.status(503)``; its ``path`` restricts it) with probability ``p`` (``seed`` makes the
draws repeatable); ``latency`` (seconds) is slept before every answer. ``GET /models``,
``/embeddings/models`` and ``/models/count`` need no key, as on the real API; every other route
needs a bearer token (``api_key``, if set, must match). With ``known_models`` the listings show
those ids (sorted) and a POST naming any other model is a 400.
Counters: ``requests[(method, path)]``, ``last_request``, ``streams_started/completed/
cancelled`` (cancelled = the client left first), ``open_connections``, ``total_connections``;
poll them with ``wait_for`` / ``wait_for_sync``.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import http
import random
import struct
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Literal

import msgspec
from aiohttp import web

__all__ = (
    "RATE_LIMIT",
    "REASONING_TOKENS",
    "TOOL_ARGUMENTS",
    "Fault",
    "MockOpenRouter",
    "RecordedRequest",
    "expected_embedding",
    "expected_text",
    "mock_server",
    "serve",
    "wait_for",
    "wait_for_sync",
)

_PREFIX = "/api/v1"
TOOL_ARGUMENTS = '{"location": "Paris"}'
_TOOL_FRAGMENTS = ('{"location": ', '"Paris"}')
REASONING_TOKENS = ("Thinking", " it", " over.")
RATE_LIMIT = 1000  # the X-RateLimit-Limit of chat and embeddings answers
_enc = msgspec.json.encode
_COMMENT = b": OPENROUTER PROCESSING\n\n"
_DONE = b"data: [DONE]\n\n"
_CHOICE_END = b',"finish_reason":null,"native_finish_reason":null,"logprobs":null}]}\n\n'
_FINISH = (
    b'{"role":"assistant","content":""},"finish_reason":"%s","native_finish_reason":"%s",'
    b'"logprobs":null}]}\n\n'
)
_ERROR_CHOICE = (
    b',"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error",'
    b'"native_finish_reason":"error","logprobs":null}]}\n\n'
)
_PUBLIC_GETS = frozenset({"/models", "/embeddings/models", "/models/count"})  # no auth needed
_SSE_HEADERS = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
_BATCH = 8192  # bytes per write() without chunk_delay: few syscalls, a cheap server


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p["text"] for p in content if isinstance(p, dict) and "text" in p)
    return ""


def _prompt(request: Mapping[str, Any]) -> str:
    messages = request.get("messages") or [{}]
    return _text(messages[-1].get("content"))


def _tokens(prompt: str, chunks: int) -> list[str]:
    words = prompt.split() or ["ok"]
    return [(" " if i else "") + words[i % len(words)] for i in range(chunks)]


def expected_text(request_or_prompt: Mapping[str, Any] | str, chunks: int = 20) -> str:
    """The reply content for a chat request dict (or a prompt string) and a chunk count."""
    prompt = request_or_prompt if isinstance(request_or_prompt, str) else _prompt(request_or_prompt)
    return "".join(_tokens(prompt, chunks))


@functools.lru_cache(maxsize=256)
def _content_deltas(prompt: str, chunks: int) -> tuple[bytes, ...]:
    return tuple(b'{"content":' + _enc(t) + b"}" for t in _tokens(prompt, chunks))


def expected_embedding(text: str, dim: int = 1536) -> list[float]:
    """The vector for ``text``: ``dim`` values k/32768 in [-1, 1) from SHAKE-128 of the text."""
    raw = hashlib.shake_128(text.encode()).digest(2 * dim)
    return [v / 32768 for v in struct.unpack(f"<{dim}h", raw)]


def _embed_text(item: Any) -> str:
    """What an input embeds as: a string itself, a token array its numbers joined by spaces."""
    if isinstance(item, str):
        return item
    if isinstance(item, list):
        return " ".join(str(v) for v in item)
    return _enc(item).decode()  # multimodal parts: their JSON


@functools.lru_cache(maxsize=256)  # ~37 KiB per 1536-dim entry
def _vector_bytes(text: str, dim: int) -> tuple[bytes, bytes]:
    vec = expected_embedding(text, dim)
    return _enc(vec), b'"' + base64.b64encode(struct.pack(f"<{dim}f", *vec)) + b'"'


def _error(code: int, message: str, metadata: Any = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code, "message": message}
    if metadata is not None:
        err["metadata"] = metadata
    return {"error": err}


def _data(obj: Any) -> bytes:
    return b"data: " + _enc(obj) + b"\n\n"


def _sse(type_: str, **fields: Any) -> bytes:
    """An event as Anthropic sends it: an ``event:`` line naming the type, then the data."""
    return b"event: " + type_.encode() + b"\n" + _data({"type": type_, **fields})


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _text_choice(text: str, reason: str | None) -> dict[str, Any]:
    """A legacy completions choice (one per chunk when streamed)."""
    return {
        "index": 0,
        "text": text,
        "finish_reason": reason,
        "native_finish_reason": reason,
        "logprobs": None,
    }


def _json(obj: Any, status: int = 200) -> web.Response:
    return web.Response(body=_enc(obj), status=status, content_type="application/json")


def _usage(prompt_tokens: int, completion_tokens: int, reasoning_tokens: int) -> dict[str, Any]:
    total = prompt_tokens + completion_tokens
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": total,
        "cost": total / 1_000_000,
        "is_byok": False,
        "prompt_tokens_details": {"cached_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": reasoning_tokens},
    }


# The parts of a model entry that never vary, as the wire shows them.
_MODEL_BASE: dict[str, Any] = msgspec.json.decode(
    b'{"context_length":128000,"pricing":{"prompt":"0.000001","completion":"0.000002",'
    b'"request":"0","image":"0"},"top_provider":{"context_length":128000,'
    b'"max_completion_tokens":16384,"is_moderated":false},"per_request_limits":null,'
    b'"supported_parameters":["max_tokens","temperature","top_p","tools","reasoning"],'
    b'"default_parameters":{"temperature":null,"top_p":null,"frequency_penalty":null},'
    b'"supported_voices":null,"hugging_face_id":null,"knowledge_cutoff":null}'
)


def _model(i: int, embed: bool, mid: str | None = None) -> dict[str, Any]:
    out = "embeddings" if embed else "text"
    mid = mid or f"mock/{'embed' if embed else 'model'}-{i}"
    arch = {"modality": f"text->{out}", "input_modalities": ["text"], "output_modalities": [out]}
    return {
        "id": mid,
        "canonical_slug": f"{mid}-20250101",
        "name": f"Mock: {out.title()} Model {i}",
        "created": 1_700_000_000 + i,
        "description": f"Deterministic mock model number {i}.",
        "architecture": {**arch, "tokenizer": "Other", "instruct_type": None},
        **_MODEL_BASE,
        "links": {"details": f"{_PREFIX}/models/{mid}/endpoints"},
    }


@dataclass(frozen=True)
class Fault:
    """One scripted misbehaviour, consumed by the first request whose path matches."""

    kind: Literal["status", "error", "drop", "truncate", "delay"]
    path: str | None = None  # e.g. "/chat/completions"; None matches any request
    code: int = 200
    message: str = ""
    metadata: Any = None
    headers: Mapping[str, str] | None = None
    body: bytes | str | None = None
    after_chunks: int = 0
    seconds: float = 0.0

    @classmethod
    def status(
        cls,
        code: int,
        message: str | None = None,
        *,
        retry_after: float | str | None = None,
        retry_after_ms: int | None = None,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        metadata: Any = None,
        path: str | None = None,
    ) -> Fault:
        """Answer ``code`` with OpenRouter's error JSON (or the raw ``body``, e.g. HTML)."""
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = (
                retry_after if isinstance(retry_after, str) else f"{retry_after:g}"
            )
        if retry_after_ms is not None:
            extra["retry-after-ms"] = str(retry_after_ms)
        if message is None:
            try:
                message = http.HTTPStatus(code).phrase
            except ValueError:
                message = "Error"
        return cls("status", path, code, message, metadata, extra, body)

    @classmethod
    def mid_stream_error(
        cls,
        after_chunks: int = 0,
        code: int = 502,
        message: str = "Provider disconnected",
        metadata: Any = None,
        path: str | None = None,
    ) -> Fault:
        """HTTP 200, ``after_chunks`` events, an error chunk (finish_reason "error"), no [DONE].

        A non-streaming request gets a 200 body carrying the same ``error`` object.
        """
        return cls("error", path, code, message, metadata, after_chunks=after_chunks)

    @classmethod
    def drop_connection(cls, after_chunks: int = 0, path: str | None = None) -> Fault:
        """Close the socket mid-body after ``after_chunks`` events (non-streaming: no response)."""
        return cls("drop", path, after_chunks=after_chunks)

    @classmethod
    def truncate(cls, after_chunks: int = 0, path: str | None = None) -> Fault:
        """End cleanly after ``after_chunks`` events: no finish_reason, usage or [DONE].

        A non-streaming request gets the first half of its JSON body (valid HTTP, bad JSON).
        """
        return cls("truncate", path, after_chunks=after_chunks)

    @classmethod
    def delay(cls, seconds: float, path: str | None = None) -> Fault:
        """Sleep ``seconds`` before answering normally."""
        return cls("delay", path, seconds=seconds)


@dataclass(frozen=True)
class RecordedRequest:
    """The last request seen; ``path`` is relative to /api/v1, ``json`` the parsed body."""

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    json: Any


class MockOpenRouter:
    """Knobs, scripted faults and counters of a mock OpenRouter; start it with ``run()``."""

    def __init__(
        self,
        *,
        chunks: int = 20,
        chunk_delay: float = 0.0,
        embedding_dim: int = 1536,
        models: int = 5,
        api_key: str | None = None,
        known_models: set[str] | None = None,
        latency: float = 0.0,
        fault_rate: float = 0.0,
        random_fault: Fault | None = None,
        seed: int | None = None,
    ) -> None:
        if not 0.0 <= fault_rate <= 1.0:
            raise ValueError(f"fault_rate must be in [0, 1], got {fault_rate!r}")
        if latency < 0:
            raise ValueError(f"latency must be >= 0 seconds, got {latency!r}")
        self.chunks, self.chunk_delay, self.embedding_dim = chunks, chunk_delay, embedding_dim
        self.models, self.api_key, self.known_models = models, api_key, known_models
        self.latency, self.fault_rate = latency, fault_rate
        self.random_fault = random_fault or Fault.status(503)
        self._rng = random.Random(seed)
        self.faults: list[Fault] = []
        self.requests: Counter[tuple[str, str]] = Counter()  # (method, path) -> count
        self.last_request: RecordedRequest | None = None
        self.streams_started = self.streams_completed = self.streams_cancelled = 0
        self.total_connections = 0
        self.url = ""
        self._servers: list[web.Server] = []
        self._ids = 0
        self._models_cache: dict[tuple[bool, int, tuple[str, ...]], bytes] = {}
        self._rate_window = self._rate_used = 0

    @property
    def open_connections(self) -> int:
        """TCP connections currently open to this server."""
        return sum(len(s.connections) for s in self._servers)

    def add_fault(self, fault: Fault) -> None:
        """Queue ``fault`` (FIFO among the faults matching a request's path)."""
        self.faults.append(fault)

    def app(self) -> web.Application:
        """A fresh aiohttp application with the routes under /api/v1."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post(_PREFIX + "/chat/completions", self._chat)
        app.router.add_post(_PREFIX + "/embeddings", self._embeddings)
        app.router.add_get(_PREFIX + "/models", self._models)
        app.router.add_get(_PREFIX + "/embeddings/models", self._models)
        app.router.add_get(_PREFIX + "/models/count", self._models)
        app.router.add_post(_PREFIX + "/completions", self._completions)
        app.router.add_post(_PREFIX + "/responses", self._responses)
        app.router.add_post(_PREFIX + "/messages", self._messages)
        app.router.add_post(_PREFIX + "/images", self._images)
        return app

    @contextlib.asynccontextmanager
    async def run(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve on ``host:port`` (0 = a free port) and yield the base URL; stop on exit."""
        runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=0.25)
        await runner.setup()
        server = runner.server
        assert server is not None
        made = server.connection_made

        def connection_made(handler: Any, transport: asyncio.Transport) -> None:
            self.total_connections += 1
            made(handler, transport)

        server.connection_made = connection_made  # type: ignore[method-assign]
        self._servers.append(server)
        try:
            await web.TCPSite(runner, host, port, backlog=1024).start()
            self.url = f"http://{host}:{runner.addresses[0][1]}{_PREFIX}"
            yield self.url
        finally:
            await runner.cleanup()
            self._servers.remove(server)

    @contextlib.contextmanager
    def run_in_thread(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Like ``run()`` but on its own event loop in a daemon thread, for sync code."""
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
                if ready.done():
                    raise
                ready.set_exception(exc)

        thread = threading.Thread(target=target, name="MockOpenRouter", daemon=True)
        thread.start()
        loop, stop = ready.result(timeout=10)
        try:
            yield self.url
        finally:
            loop.call_soon_threadsafe(stop.set)
            thread.join(10)

    # -- request pipeline ---------------------------------------------------------------

    async def _begin(self, request: web.Request) -> tuple[Any, Fault | None] | web.Response:
        """Record the request, apply delay/status faults, auth and body checks."""
        path = request.path[len(_PREFIX) :]
        body: Any = None
        if request.method == "POST":
            try:
                body = msgspec.json.decode(await request.read())
            except msgspec.DecodeError:
                body = None
        self.requests[request.method, path] += 1
        self.last_request = RecordedRequest(
            request.method, path, request.query, request.headers, body
        )
        fault = self._take_fault(path, request.path)
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
            fault = None
        if fault is not None and fault.kind == "status":
            return self._status_response(fault)
        if request.method == "GET" and path in _PUBLIC_GETS:
            return body, fault
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or not auth[7:].strip():
            return _json(_error(401, "Missing Authentication header"), 401)
        if self.api_key is not None and auth[7:].strip() != self.api_key:
            return _json(_error(401, "Invalid API key"), 401)
        if request.method == "POST":
            if not isinstance(body, dict):
                return _json(_error(400, "Invalid JSON body"), 400)
            model = body.get("model")
            if self.known_models is not None and model not in self.known_models:
                return _json(_error(400, f"{model} is not a valid model ID"), 400)
        return body, fault

    def _take_fault(self, path: str, full_path: str) -> Fault | None:
        for i, fault in enumerate(self.faults):
            if fault.path is None or fault.path in (path, full_path):
                return self.faults.pop(i)
        chaos = self.random_fault
        if self.fault_rate and chaos.path in (None, path, full_path):
            if self._rng.random() < self.fault_rate:
                return chaos
        return None

    @staticmethod
    def _status_response(fault: Fault) -> web.Response:
        headers = dict(fault.headers or {})
        if fault.body is None:
            body = _enc(_error(fault.code, fault.message, fault.metadata))
        else:
            body = fault.body.encode() if isinstance(fault.body, str) else fault.body
        start = body.lstrip()[:1]
        ctype = "text/html" if start == b"<" else "application/json" if start in b"{[" else ""
        headers.setdefault("Content-Type", ctype or "text/plain")
        return web.Response(body=body, status=fault.code, headers=headers)

    def _meta_headers(self, generation_id: str) -> dict[str, str]:
        """What OpenRouter sends with a generation: its id, the provider, and rate-limit headers
        (``RATE_LIMIT`` requests per 10 s window; the reset in epoch milliseconds)."""
        window = int(time.time() // 10)
        if window != self._rate_window:
            self._rate_window, self._rate_used = window, 0
        self._rate_used += 1
        return {
            "X-Generation-Id": generation_id,
            "X-OpenRouter-Provider": "MockProvider",
            "X-RateLimit-Limit": str(RATE_LIMIT),
            "X-RateLimit-Remaining": str(max(0, RATE_LIMIT - self._rate_used)),
            "X-RateLimit-Reset": str((window + 1) * 10_000),
        }

    @staticmethod
    def _send(
        request: web.Request,
        payload: bytes,
        fault: Fault | None,
        headers: Mapping[str, str] | None = None,
    ) -> web.Response:
        """A JSON answer, replaced, cut or dropped when a fault says so."""
        if fault is not None and fault.kind == "error":
            payload = _enc(_error(fault.code, fault.message, fault.metadata))
        if fault is not None and fault.kind == "drop":
            if request.transport is not None:
                request.transport.close()
            return web.Response()  # aiohttp's write then fails quietly: the peer is gone
        if fault is not None and fault.kind == "truncate":
            payload = payload[: len(payload) // 2]
        return web.Response(body=payload, content_type="application/json", headers=headers)

    def _next_id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}-mock-{self._ids:012d}"

    # -- chat -------------------------------------------------------------------------------

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        begun = await self._begin(request)
        if isinstance(begun, web.Response):
            return begun
        req, fault = begun
        messages = req.get("messages")
        if not messages or not isinstance(messages, list) or not isinstance(messages[-1], dict):
            return _json(_error(400, "messages: Required"), 400)
        try:
            chunks = max(0, int(request.headers.get("X-Mock-Chunks", self.chunks)))
        except ValueError:
            return _json(_error(400, "X-Mock-Chunks must be an integer"), 400)
        model = str(req.get("model") or "openrouter/auto")
        prompt, tools, tool = _prompt(req), req.get("tools"), None
        if isinstance(tools, list) and tools and messages[-1].get("role") == "user":
            first = tools[0] if isinstance(tools[0], dict) else {}
            tool = str((first.get("function") or {}).get("name", "tool"))
        n_reason = len(REASONING_TOKENS) if req.get("reasoning") or "thinking" in model else 0
        p_tokens = sum(
            len(_text(m.get("content")).split()) for m in messages if isinstance(m, dict)
        )
        usage = _usage(p_tokens, chunks + n_reason, n_reason)
        gid, created = self._next_id("gen"), int(time.time())
        finish = "tool_calls" if tool else "stop"
        kind = fault.kind if fault else None
        err = _error(fault.code, fault.message, fault.metadata)["error"] if fault else None

        if not req.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
            message["reasoning"] = "".join(REASONING_TOKENS[:n_reason]) or None
            if tool:
                function = {"name": tool, "arguments": TOOL_ARGUMENTS}
                message["tool_calls"] = [{"id": "call_0", "type": "function", "function": function}]
            else:
                message["content"] = "".join(_tokens(prompt, chunks))
            reason = "error" if kind == "error" else finish
            choice = {"index": 0, "message": message, "logprobs": None}
            choice.update(finish_reason=reason, native_finish_reason=reason)
            result = {"id": gid, "object": "chat.completion", "created": created, "model": model}
            result.update(provider="MockProvider", system_fingerprint=None, choices=[choice])
            result["usage"] = usage
            if kind == "error":
                result["error"] = err
                fault = None  # answered here; _send's generic error body is not wanted
            return self._send(request, _enc(result), fault, self._meta_headers(gid))

        # Streaming: every event is a pre-encoded head + a small delta, no per-chunk dicts.
        head = b'data: {"id":"%s","object":"chat.completion.chunk",' % gid.encode()
        head += b'"created":%d,"model":%s,"provider":"MockProvider",' % (created, _enc(model))
        deltas = [b'{"reasoning":%s}' % _enc(t) for t in REASONING_TOKENS[:n_reason]]
        if tool:
            call = b'{"content":null,"tool_calls":[{"index":0,"id":"call_0","type":"function",'
            deltas.append(call + b'"function":%s}]}' % _enc({"name": tool, "arguments": ""}))
            frag = b'{"tool_calls":[{"index":0,"function":{"arguments":%s}}]}'
            deltas.extend(frag % _enc(f) for f in _TOOL_FRAGMENTS)
        else:
            deltas.extend(_content_deltas(prompt, chunks))
        if deltas:
            deltas[0] = b'{"role":"assistant",' + deltas[0][1:]
        pre = head + b'"choices":[{"index":0,"delta":'
        if fault is None:
            tail = pre + _FINISH % (finish.encode(), finish.encode())
            tail += head + b'"choices":[],"usage":%s}\n\n' % _enc(usage) + _DONE
        else:
            del deltas[fault.after_chunks :]
            tail = head + b'"error":' + _enc(err) + _ERROR_CHOICE if kind == "error" else b""
        meta = self._meta_headers(gid)
        return await self._stream(request, pre, deltas, tail, drop=kind == "drop", headers=meta)

    async def _stream(
        self,
        request: web.Request,
        pre: bytes,
        deltas: list[bytes],
        tail: bytes,
        *,
        drop: bool,
        end: bytes = _CHOICE_END,
        headers: Mapping[str, str] | None = None,
    ) -> web.StreamResponse:
        """Write one event per delta (``pre + delta + end``), then ``tail``; count the outcome."""
        resp = web.StreamResponse(headers={**_SSE_HEADERS, **headers} if headers else _SSE_HEADERS)
        self.streams_started += 1
        try:
            await resp.prepare(request)
            rest = tail
            if self.chunk_delay > 0:
                await resp.write(_COMMENT)
                for delta in deltas:
                    await asyncio.sleep(self.chunk_delay)
                    await resp.write(pre + delta + end)
            else:  # ~8 KiB of events per write, each batch one join; the last rides with the eof
                sep, step = end + pre, max(1, _BATCH // (len(pre) + 64))
                pending = _COMMENT
                for i in range(0, len(deltas), step):
                    if i:
                        await resp.write(pending)
                        pending = b""
                    pending += pre + sep.join(deltas[i : i + step]) + end
                rest = pending + tail
            if not drop:
                await resp.write_eof(rest)
            elif request.transport is not None:
                if rest:
                    await resp.write(rest)
                request.transport.close()  # flushes what was written; no terminating chunk
            self.streams_completed += 1
        except (ConnectionError, asyncio.CancelledError) as exc:
            self.streams_cancelled += 1  # the client went away (or the server is stopping)
            if isinstance(exc, asyncio.CancelledError):
                raise
        return resp

    # -- embeddings and models ----------------------------------------------------------------

    async def _embeddings(self, request: web.Request) -> web.StreamResponse:
        begun = await self._begin(request)
        if isinstance(begun, web.Response):
            return begun
        req, fault = begun
        items = req.get("input")
        if items is None or items == "" or items == []:
            return _json(_error(400, "input: Required"), 400)
        if not isinstance(items, list) or all(isinstance(v, (int, float)) for v in items):
            items = [items]  # one string or one token array
        dim = req.get("dimensions") or self.embedding_dim
        if not isinstance(dim, int) or not 0 < dim <= 65536:
            return _json(_error(400, "dimensions must be an integer in [1, 65536]"), 400)
        form = 1 if req.get("encoding_format") == "base64" else 0
        parts, tokens = [b'{"object":"list","data":['], 0
        for i, item in enumerate(items):
            text = _embed_text(item)
            tokens += max(1, len(text.split()))
            sep = b"," if i else b""
            parts += [sep, b'{"object":"embedding","index":%d,"embedding":' % i]
            parts += [_vector_bytes(text, dim)[form], b"}"]
        usage = {"prompt_tokens": tokens, "total_tokens": tokens, "cost": tokens / 1_000_000}
        model = _enc(str(req.get("model") or "mock/embed-0"))
        end = b'],"model":%s,"id":"%s","usage":%s}'
        eid = self._next_id("embd")
        parts.append(end % (model, eid.encode(), _enc(usage)))
        payload = b"".join(parts)  # one copy of the (large) vectors
        return self._send(request, payload, fault, self._meta_headers(eid))

    async def _models(self, request: web.Request) -> web.StreamResponse:
        begun = await self._begin(request)
        if isinstance(begun, web.Response):
            return begun
        ids = tuple(sorted(self.known_models or ()))
        count = len(ids) if self.known_models is not None else self.models
        if request.path.endswith("/count"):
            return self._send(request, _enc({"data": {"count": count}}), begun[1])
        key = (request.path.endswith("/embeddings/models"), count, ids)
        payload = self._models_cache.get(key)
        if payload is None:  # built once per (kind, count, ids): benchmarks list 300+ models
            data = [_model(i, key[0], ids[i] if ids else None) for i in range(count)]
            payload = _enc({"data": data, "total_count": count, "links": {"next": None}})
            self._models_cache[key] = payload
        return self._send(request, payload, begun[1])

    # -- completions, responses, messages, images ------------------------------------------------

    async def _open(
        self, request: web.Request
    ) -> tuple[Any, Fault | None, int, str] | web.Response:
        """``_begin``, then the chunk count (``X-Mock-Chunks`` or the knob) and the model."""
        begun = await self._begin(request)
        if isinstance(begun, web.Response):
            return begun
        try:
            chunks = max(0, int(request.headers.get("X-Mock-Chunks", self.chunks)))
        except ValueError:
            return _json(_error(400, "X-Mock-Chunks must be an integer"), 400)
        req, fault = begun
        return req, fault, chunks, str(req.get("model") or "mock/model-0")

    async def _events(
        self,
        request: web.Request,
        events: list[bytes],
        tail: bytes,
        fault: Fault | None,
        error: bytes,
        head: int = 0,
    ) -> web.StreamResponse:
        """Stream whole SSE ``events`` (``head`` leading ones, then one per token), then ``tail``.
        A fault keeps ``after_chunks`` token events and ends with ``error`` (mid-stream error),
        with nothing (truncate), or drops the connection."""
        kind = fault.kind if fault else None
        if fault is not None:
            del events[head + fault.after_chunks :]
            tail = error if kind == "error" else b""
        return await self._stream(request, b"", events, tail, drop=kind == "drop", end=b"")

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        opened = await self._open(request)
        if isinstance(opened, web.Response):
            return opened
        req, fault, chunks, model = opened
        prompt = req.get("prompt")
        if prompt is None:
            return _json(_error(400, "prompt: Required"), 400)
        prompt = " ".join(map(str, prompt)) if isinstance(prompt, list) else str(prompt)
        tokens, usage = _tokens(prompt, chunks), _usage(len(prompt.split()), chunks, 0)
        head: dict[str, Any] = {"id": self._next_id("gen"), "object": "text_completion"}
        head |= {"created": int(time.time()), "model": model}
        if not req.get("stream"):
            result = {**head, "choices": [_text_choice("".join(tokens), "stop")], "usage": usage}
            return self._send(request, _enc(result), fault)
        events = [_data({**head, "choices": [_text_choice(t, None)]}) for t in tokens]
        tail = _data({**head, "choices": [_text_choice("", "stop")]})
        tail += _data({**head, "choices": [], "usage": usage}) + _DONE
        err = _error(fault.code, fault.message, fault.metadata)["error"] if fault else None
        error = _data({**head, "error": err, "choices": [_text_choice("", "error")]})
        return await self._events(request, events, tail, fault, error)

    async def _responses(self, request: web.Request) -> web.StreamResponse:
        opened = await self._open(request)
        if isinstance(opened, web.Response):
            return opened
        req, fault, chunks, model = opened
        inp = req.get("input")
        prompt = inp if isinstance(inp, str) else _prompt({"messages": inp or [{}]})
        tokens, n_in = _tokens(prompt, chunks), len(prompt.split())
        text = "".join(tokens)
        usage: dict[str, Any] = {"input_tokens": n_in, "output_tokens": chunks}
        usage["total_tokens"] = n_in + chunks
        usage["input_tokens_details"] = {"cached_tokens": 0}
        usage["output_tokens_details"] = {"reasoning_tokens": 0}
        item, created = self._next_id("msg"), int(time.time())
        part = {"type": "output_text", "text": text, "annotations": []}
        message = {"type": "message", "id": item, "role": "assistant", "status": "completed"}
        result: dict[str, Any] = {"id": self._next_id("resp"), "object": "response", "model": model}
        result |= {"created_at": created, "completed_at": created, "status": "completed"}
        result |= {"output": [{**message, "content": [part]}], "usage": usage, "error": None}
        result |= {"parallel_tool_calls": True, "tool_choice": "auto", "tools": []}
        if not req.get("stream"):
            return self._send(request, _enc(result), fault)
        ids = {"item_id": item, "output_index": 0, "content_index": 0, "logprobs": []}
        start = {
            **result,
            "status": "in_progress",
            "completed_at": None,
            "output": [],
            "usage": None,
        }
        events = [_data({"type": "response.created", "sequence_number": 0, "response": start})]
        events += [
            _data({"type": "response.output_text.delta", "sequence_number": i, "delta": t, **ids})
            for i, t in enumerate(tokens, 1)
        ]
        n = len(tokens)
        tail = _data(
            {"type": "response.output_text.done", "sequence_number": n + 1, **ids, "text": text}
        )
        tail += _data({"type": "response.completed", "sequence_number": n + 2, "response": result})
        err: dict[str, Any] = {"type": "error", "code": str(fault.code) if fault else None}
        err |= {"message": fault.message if fault else "", "param": None, "sequence_number": n + 1}
        return await self._events(request, events, tail + _DONE, fault, _data(err), head=1)

    async def _messages(self, request: web.Request) -> web.StreamResponse:
        opened = await self._open(request)
        if isinstance(opened, web.Response):
            return opened
        req, fault, chunks, model = opened
        messages = req.get("messages")
        if not messages or not isinstance(messages, list) or not isinstance(messages[-1], dict):
            return _json(_error(400, "messages: Required"), 400)
        tokens = _tokens(_prompt(req), chunks)
        n_in = sum(len(_text(m.get("content")).split()) for m in messages if isinstance(m, dict))
        message: dict[str, Any] = {"id": self._next_id("msg"), "type": "message"}
        message |= {"role": "assistant", "model": model}
        message["content"] = [{"type": "text", "text": "".join(tokens)}]
        message |= {"stop_reason": "end_turn", "stop_sequence": None}
        message["usage"] = {"input_tokens": n_in, "output_tokens": chunks}
        if not req.get("stream"):
            return self._send(request, _enc(message), fault)
        usage = {"input_tokens": n_in, "output_tokens": 0}
        start = {**message, "content": [], "stop_reason": None, "usage": usage}
        events = [_sse("message_start", message=start)]
        events.append(
            _sse("content_block_start", index=0, content_block={"type": "text", "text": ""})
        )
        events += [
            _sse("content_block_delta", index=0, delta={"type": "text_delta", "text": t})
            for t in tokens
        ]
        stop = {"stop_reason": "end_turn", "stop_sequence": None}
        tail = _sse("content_block_stop", index=0)
        tail += _sse("message_delta", delta=stop, usage={"output_tokens": chunks})
        error = {"type": "api_error", "message": fault.message if fault else ""}
        return await self._events(
            request, events, tail + _sse("message_stop"), fault, _sse("error", error=error), head=2
        )

    async def _images(self, request: web.Request) -> web.StreamResponse:
        opened = await self._open(request)
        if isinstance(opened, web.Response):
            return opened
        req, fault, chunks, _ = opened
        prompt = req.get("prompt")
        if not isinstance(prompt, str) or not prompt:
            return _json(_error(400, "prompt: Required"), 400)
        tokens, n_in, created = _tokens(prompt, chunks), len(prompt.split()), int(time.time())
        svg = req.get("output_format") == "svg"
        image, media = _b64("".join(tokens)), "image/svg+xml" if svg else "image/png"
        usage = {"prompt_tokens": n_in, "completion_tokens": chunks, "total_tokens": n_in + chunks}
        if not req.get("stream"):
            data = [{"b64_json": image, "media_type": media}] * int(req.get("n") or 1)
            return self._send(
                request, _enc({"created": created, "data": data, "usage": usage}), fault
            )
        if svg:  # text formats stream their text; the others partial images (the image so far)
            chunk = {"type": "image_generation.text_chunk", "phase": "content"}
            events = [_data({**chunk, "text": t}) for t in tokens]
        else:
            partial = {"type": "image_generation.partial_image"}
            events = [
                _data({**partial, "partial_image_index": i, "b64_json": _b64(prefix)})
                for i, prefix in enumerate(accumulate(tokens))
            ]
        done = {"type": "image_generation.completed", "b64_json": image, "media_type": media}
        tail = _data({**done, "created": created, "usage": usage}) + _DONE
        error = {"message": fault.message, "code": str(fault.code)} if fault else {}
        return await self._events(
            request, events, tail, fault, _data({"type": "error", "error": error})
        )


@contextlib.contextmanager
def mock_server(**knobs: Any) -> Iterator[MockOpenRouter]:
    """A ``MockOpenRouter(**knobs)`` running in a thread; ``srv.url`` is its base URL."""
    srv = MockOpenRouter(**knobs)
    with srv.run_in_thread():
        yield srv


def serve(host: str = "127.0.0.1", port: int = 8080, **knobs: Any) -> None:
    """Run a mock server until interrupted; prints its base URL on one line first."""
    srv = MockOpenRouter(**knobs)

    async def main() -> None:
        async with srv.run(host, port) as url:
            print(f"mock OpenRouter listening on {url}", flush=True)
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())


async def wait_for(predicate: Callable[[], bool], timeout: float = 2.0) -> None:
    """Poll ``predicate`` every 5 ms until true; ``TimeoutError`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.005)


def wait_for_sync(predicate: Callable[[], bool], timeout: float = 2.0) -> None:
    """Blocking ``wait_for`` for sync tests (servers from ``run_in_thread``)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        time.sleep(0.005)
