"""The clients under test, behind one small interface, each imported only when used.

Every contender answers the same calls against the same server and returns what it received,
so the scenario can check it (a request that failed is never counted as done):

- ``stream(n)`` -> ``(content chunks, content characters)`` of one streamed chat of ``n`` chunks;
- ``chat(headers)`` -> the reply text of one non-streaming chat;
- ``embed(texts, b64)`` -> the vectors (float JSON, or base64 decoded to floats);
- ``models()`` -> the number of models listed;
- ``sync_stream(n)`` -> like ``stream`` through the contender's blocking API.
- ``sync_chat()`` -> like ``chat()`` through the contender's blocking API.

``floor`` is the least work possible with aiohttp + msgspec (sync: the same session on an anyio
portal thread, one portal call per received read): a prebuilt body, ``iter_any()``, events split
with ``bytes.split(b"\n\n")``, and minimal Structs that decode only what the caller reads. It
is the limit a client's cost is measured against; ``bench/README.md`` describes it scenario by
scenario.
"""

from __future__ import annotations

import base64
import functools
import sys
from array import array
from collections.abc import Sequence
from typing import Any

import msgspec

API_KEY = "bench-key"
MODEL = "openai/gpt-4o-mini"
EMBED_MODEL = "openai/text-embedding-3-small"
EMBED_DIM = 1536  # the embedded server's default
PROMPT = "Tell me a story about the sea"
MESSAGES = [{"role": "user", "content": PROMPT}]
TIMEOUT_S = 120.0  # generous and equal for all: a slow client is measured, not cut off
Vectors = Sequence[Sequence[float]]


class Unsupported(Exception):
    """The contender has no such operation (yet): the scenario skips it with this note."""


class Contender:
    """The interface; a contender implements the calls its client has (others raise)."""

    name = ""
    sync_only = False  # opened by open_sync()/close_sync() instead of open()/aclose()

    async def open(self, url: str, pool: int) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        raise NotImplementedError

    async def stream(self, n: int) -> tuple[int, int]:
        raise NotImplementedError(f"{self.name}: no async stream")

    async def chat(self, headers: dict[str, str] | None = None) -> str:
        raise NotImplementedError(f"{self.name}: no chat")

    async def chat_batch(
        self, requests: int, concurrency: int, headers: dict[str, str] | None
    ) -> list[str]:
        """`requests` chats, `concurrency` at a time; the replies in order. By default the
        hand-rolled way: `asyncio.gather` over a semaphore around `chat()`."""
        import asyncio

        sem = asyncio.Semaphore(concurrency)

        async def one() -> str:
            async with sem:
                return await self.chat(headers)

        return list(await asyncio.gather(*(one() for _ in range(requests))))

    async def embed(self, texts: list[str], b64: bool) -> Vectors:
        raise NotImplementedError(f"{self.name}: no embeddings")

    async def embed_numpy(self, texts: list[str], per_request: int, concurrency: int) -> Any:
        """Every text's vector, in order, in one float32 array of shape (len(texts), dim). By
        default the hand-rolled way: the array allocated up front (the dimension is known),
        `asyncio.gather` over a semaphore, each request's rows written by `embed_rows`."""
        import asyncio

        import numpy as np

        out = np.empty((len(texts), EMBED_DIM), dtype=np.float32)
        sem = asyncio.Semaphore(concurrency)

        async def one(start: int) -> None:
            async with sem:
                await self.embed_rows(texts[start : start + per_request], out[start:])

        await asyncio.gather(*(one(i) for i in range(0, len(texts), per_request)))
        return out

    async def embed_rows(self, texts: list[str], out: Any) -> None:
        raise NotImplementedError(f"{self.name}: no embeddings into an array")

    async def models(self) -> int:
        raise NotImplementedError(f"{self.name}: no models list")

    def open_sync(self, url: str, pool: int) -> None:
        raise NotImplementedError(f"{self.name}: no sync client")

    def close_sync(self) -> None:
        raise NotImplementedError

    def sync_stream(self, n: int) -> tuple[int, int]:
        raise NotImplementedError(f"{self.name}: no sync stream")

    def sync_chat(self) -> str:
        raise NotImplementedError(f"{self.name}: no sync chat")


def _count(contents: Any) -> tuple[int, int]:
    """(chunks with content, characters) over an iterable of ``str | None``."""
    chunks = chars = 0
    for content in contents:
        if content:
            chunks += 1
            chars += len(content)
    return chunks, chars


def _b64_floats(data: str) -> list[float]:
    values = array("f", base64.b64decode(data))
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


# -- floor: aiohttp + msgspec, nothing else ------------------------------------------------------


class _Delta(msgspec.Struct):
    content: str | None = None


class _StreamChoice(msgspec.Struct):
    delta: _Delta


class _Chunk(msgspec.Struct):
    choices: list[_StreamChoice]


class _Message(msgspec.Struct):
    content: str | None = None


class _Choice(msgspec.Struct):
    message: _Message


class _Result(msgspec.Struct):
    choices: list[_Choice]


class _FloatItem(msgspec.Struct):
    embedding: list[float]


class _FloatEmbeddings(msgspec.Struct):
    data: list[_FloatItem]


class _B64Item(msgspec.Struct):
    embedding: str


class _B64Embeddings(msgspec.Struct):
    data: list[_B64Item]


class _ModelEntry(msgspec.Struct):
    id: str
    name: str
    context_length: int | None = None


class _ModelList(msgspec.Struct):
    data: list[_ModelEntry]


_chunk_dec = msgspec.json.Decoder(_Chunk)
_result_dec = msgspec.json.Decoder(_Result)
_float_dec = msgspec.json.Decoder(_FloatEmbeddings)
_b64_dec = msgspec.json.Decoder(_B64Embeddings)
_models_dec = msgspec.json.Decoder(_ModelList)
_DONE = b"[DONE]"


def _split_events(buf: bytes, data: bytes, out: list[str | None]) -> tuple[bytes, bool]:
    """Decode every complete ``data:`` event in ``buf + data``; return the rest and whether
    [DONE] came. One ``bytes.split`` per read: fewer instructions than a ``find`` loop or
    memoryview slices (callgrind, bench/results/profile-2026-12-02.md)."""
    events = (buf + data if buf else data).split(b"\n\n")
    rest = events.pop()
    for event in events:
        if event.startswith(b"data: "):  # else a ": OPENROUTER PROCESSING" comment
            payload = event[6:]
            if payload == _DONE:
                return b"", True
            choices = _chunk_dec.decode(payload).choices
            if choices:  # the usage chunk has none
                out.append(choices[0].delta.content)
    return rest, False


class Floor(Contender):
    """The least work aiohttp + msgspec can do per scenario; ``bench/README.md`` says what each
    one is and why nothing less would still be a correct, checked answer."""

    name = "floor"

    async def open(self, url: str, pool: int) -> None:
        import aiohttp

        self.url = url + "/chat/completions"
        self.base = url
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=pool),
            timeout=aiohttp.ClientTimeout(total=TIMEOUT_S),
        )
        self.headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
        body = {"model": MODEL, "messages": MESSAGES}
        self.chat_body = msgspec.json.encode(body)
        self.stream_body = msgspec.json.encode({**body, "stream": True})
        self.stream_headers: dict[int, dict[str, str]] = {}

    async def aclose(self) -> None:
        await self.session.close()

    def _stream_headers(self, n: int) -> dict[str, str]:
        h = self.stream_headers.get(n)
        if h is None:
            h = self.stream_headers[n] = {**self.headers, "X-Mock-Chunks": str(n)}
        return h

    async def stream(self, n: int) -> tuple[int, int]:
        contents: list[str | None] = []
        async with self.session.post(
            self.url, data=self.stream_body, headers=self._stream_headers(n)
        ) as r:
            if r.status != 200:
                raise RuntimeError(f"HTTP {r.status}")
            buf = b""
            async for data in r.content.iter_any():
                buf, done = _split_events(buf, data, contents)
                if done:
                    break
        return _count(contents)

    async def chat(self, headers: dict[str, str] | None = None) -> str:
        hdrs = {**self.headers, **headers} if headers else self.headers
        async with self.session.post(self.url, data=self.chat_body, headers=hdrs) as r:
            if r.status != 200:
                raise RuntimeError(f"HTTP {r.status}")
            return _result_dec.decode(await r.read()).choices[0].message.content or ""

    async def embed(self, texts: list[str], b64: bool) -> Vectors:
        body = {
            "model": EMBED_MODEL,
            "input": texts,
            "encoding_format": "base64" if b64 else "float",
        }
        url = self.base + "/embeddings"
        async with self.session.post(
            url, data=msgspec.json.encode(body), headers=self.headers
        ) as r:
            r.raise_for_status()
            raw = await r.read()
        if b64:
            return [_b64_floats(item.embedding) for item in _b64_dec.decode(raw).data]
        return [item.embedding for item in _float_dec.decode(raw).data]

    async def embed_rows(self, texts: list[str], out: Any) -> None:
        """base64 on the wire, each vector decoded by NumPy straight into its row."""
        import numpy as np

        body = {"model": EMBED_MODEL, "input": texts, "encoding_format": "base64"}
        url = self.base + "/embeddings"
        async with self.session.post(
            url, data=msgspec.json.encode(body), headers=self.headers
        ) as r:
            r.raise_for_status()
            raw = await r.read()
        for i, item in enumerate(_b64_dec.decode(raw).data):
            out[i] = np.frombuffer(base64.b64decode(item.embedding), dtype="<f4")

    async def models(self) -> int:
        async with self.session.get(self.base + "/models", headers=self.headers) as r:
            r.raise_for_status()
            return len(_models_dec.decode(await r.read()).data)

    # The sync floor: the async session on an anyio portal thread, one portal call per read.
    def open_sync(self, url: str, pool: int) -> None:
        from anyio.from_thread import start_blocking_portal

        self._cm = start_blocking_portal()
        self.portal = self._cm.__enter__()
        self.portal.call(self.open, url, pool)

    def close_sync(self) -> None:
        try:
            self.portal.call(self.aclose)
        finally:
            self._cm.__exit__(None, None, None)

    async def _post_stream(self, n: int) -> Any:
        r = await self.session.post(
            self.url, data=self.stream_body, headers=self._stream_headers(n)
        )
        if r.status != 200:
            r.release()
            raise RuntimeError(f"HTTP {r.status}")
        return r

    def sync_stream(self, n: int) -> tuple[int, int]:
        call = self.portal.call
        r = call(self._post_stream, n)
        contents: list[str | None] = []
        try:
            readany = r.content.readany
            buf, done = b"", False
            while not done and (data := call(readany)):
                buf, done = _split_events(buf, data, contents)
        finally:
            call(_release, r)
        return _count(contents)

    def sync_chat(self) -> str:
        return self.portal.call(self.chat)  # type: ignore[no-any-return]


async def _release(r: Any) -> None:
    r.release()  # read to [DONE]: aiohttp pools the connection at the body's end


# -- lite: this project ----------------------------------------------------------------------------


class Lite(Contender):
    name = "lite"

    async def open(self, url: str, pool: int) -> None:
        from openrouter_lite import OpenRouter

        self.client = OpenRouter(api_key=API_KEY, server_url=url, max_connections=pool)

    async def aclose(self) -> None:
        await self.client.aclose()

    async def stream(self, n: int) -> tuple[int, int]:
        stream = await self.client.chat.send_async(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers={"X-Mock-Chunks": str(n)}
        )
        async with stream as events:
            return _count([c.choices[0].delta.content async for c in events if c.choices])

    async def chat(self, headers: dict[str, str] | None = None) -> str:
        if headers:
            r = await self.client.chat.send_async(
                model=MODEL, messages=MESSAGES, extra_headers=headers
            )
        else:
            r = await self.client.chat.send_async(model=MODEL, messages=MESSAGES)
        return r.choices[0].message.content or ""

    async def chat_batch(
        self, requests: int, concurrency: int, headers: dict[str, str] | None
    ) -> list[str]:
        """The batch runner (`openrouter_lite.batching`), outcomes in input order."""
        from openrouter_lite import batching

        params: dict[str, Any] = {"model": MODEL}
        if headers:
            params["extra_headers"] = headers
        items = ({"messages": MESSAGES} for _ in range(requests))
        run = batching.run(self.client, items, concurrency=concurrency, **params)
        return [o.unwrap().choices[0].message.content or "" async for o in run]

    async def embed(self, texts: list[str], b64: bool) -> Vectors:
        r = await self.client.embeddings.generate_async(
            input=texts, model=EMBED_MODEL, encoding_format="base64" if b64 else "float"
        )
        return [item.embedding for item in r.data]

    async def embed_numpy(self, texts: list[str], per_request: int, concurrency: int) -> Any:
        return await self.client.embeddings.generate_many_async(
            texts, model=EMBED_MODEL, batch_size=per_request, concurrency=concurrency, as_numpy=True
        )

    async def models(self) -> int:
        try:
            models = self.client.models
        except (AttributeError, ImportError) as exc:  # the resource may not be written yet
            raise Unsupported(f"client.models is not available: {exc!r}") from exc
        return len((await models.list_async()).data)

    def open_sync(self, url: str, pool: int) -> None:
        from openrouter_lite import OpenRouter

        self.client = OpenRouter(api_key=API_KEY, server_url=url, max_connections=pool)

    def close_sync(self) -> None:
        self.client.close()

    def sync_stream(self, n: int) -> tuple[int, int]:
        with self.client.chat.send(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers={"X-Mock-Chunks": str(n)}
        ) as events:
            return _count([c.choices[0].delta.content for c in events if c.choices])

    def sync_chat(self) -> str:
        return (
            self.client.chat.send(model=MODEL, messages=MESSAGES).choices[0].message.content or ""
        )


class LiteGather(Lite):
    """lite's client under the hand-rolled `gather` + semaphore, the runner's baseline."""

    name = "lite_gather"
    chat_batch = Contender.chat_batch


class LiteNaivePortal(Contender):
    """The baseline the batched sync stream must beat: lite's async stream driven from a plain
    thread through an anyio BlockingPortal with one ``portal.call`` per chunk."""

    name = "lite_naive_portal"

    def open_sync(self, url: str, pool: int) -> None:
        from anyio.from_thread import start_blocking_portal

        from openrouter_lite import OpenRouter

        self._cm = start_blocking_portal()
        self.portal = self._cm.__enter__()
        self.client = OpenRouter(api_key=API_KEY, server_url=url, max_connections=pool)

    def close_sync(self) -> None:
        self.portal.call(self.client.aclose)
        self._cm.__exit__(None, None, None)

    def sync_stream(self, n: int) -> tuple[int, int]:
        call = self.portal.call
        send = functools.partial(
            self.client.chat.send_async,
            model=MODEL,
            messages=MESSAGES,
            stream=True,
            extra_headers={"X-Mock-Chunks": str(n)},
        )
        stream = call(send)
        contents: list[str | None] = []
        try:
            while True:
                try:
                    chunk = call(stream.__anext__)
                except StopAsyncIteration:
                    break
                if chunk.choices:
                    contents.append(chunk.choices[0].delta.content)
        finally:
            call(stream.aclose)
        return _count(contents)


# -- official: the openrouter SDK (httpx + pydantic) ------------------------------------------


class Official(Contender):
    name = "official"

    async def open(self, url: str, pool: int) -> None:
        import httpx
        from openrouter import OpenRouter

        limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
        self.http = httpx.AsyncClient(limits=limits, timeout=TIMEOUT_S, follow_redirects=True)
        self.client = OpenRouter(api_key=API_KEY, server_url=url, async_client=self.http)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def stream(self, n: int) -> tuple[int, int]:
        stream = await self.client.chat.send_async(
            model=MODEL, messages=MESSAGES, stream=True, http_headers={"X-Mock-Chunks": str(n)}
        )
        async with stream as events:
            return _count([c.choices[0].delta.content async for c in events if c.choices])

    async def chat(self, headers: dict[str, str] | None = None) -> str:
        r = await self.client.chat.send_async(
            model=MODEL, messages=MESSAGES, stream=False, http_headers=headers
        )
        return str(r.choices[0].message.content or "")

    async def chat_batch(
        self, requests: int, concurrency: int, headers: dict[str, str] | None
    ) -> list[str]:
        """The batch runner (`openrouter_lite.batching`), outcomes in input order."""
        from openrouter_lite import batching

        params: dict[str, Any] = {"model": MODEL}
        if headers:
            params["extra_headers"] = headers
        items = ({"messages": MESSAGES} for _ in range(requests))
        run = batching.run(self.client, items, concurrency=concurrency, **params)
        return [o.unwrap().choices[0].message.content or "" async for o in run]

    async def embed(self, texts: list[str], b64: bool) -> Vectors:
        r = await self.client.embeddings.generate_async(
            input=texts, model=EMBED_MODEL, encoding_format="base64" if b64 else "float"
        )
        data = r.data  # type: ignore[union-attr]
        # It hands base64 back as the string; decoding it is part of the caller's work.
        return [_b64_floats(d.embedding) if b64 else d.embedding for d in data]

    async def models(self) -> int:
        r = await self.client.models.list_async()
        assert r is not None
        return len(r.result.data)

    def open_sync(self, url: str, pool: int) -> None:
        import httpx
        from openrouter import OpenRouter

        limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
        self.http_sync = httpx.Client(limits=limits, timeout=TIMEOUT_S, follow_redirects=True)
        self.client = OpenRouter(api_key=API_KEY, server_url=url, client=self.http_sync)

    def close_sync(self) -> None:
        self.http_sync.close()

    def sync_stream(self, n: int) -> tuple[int, int]:
        stream = self.client.chat.send(
            model=MODEL, messages=MESSAGES, stream=True, http_headers={"X-Mock-Chunks": str(n)}
        )
        with stream as events:
            return _count([c.choices[0].delta.content for c in events if c.choices])

    def sync_chat(self) -> str:
        r = self.client.chat.send(model=MODEL, messages=MESSAGES, stream=False)
        return str(r.choices[0].message.content or "")


# -- openai: the OpenAI SDK pointed at OpenRouter ------------------------------------------------


class OpenAI(Contender):
    name = "openai"

    async def open(self, url: str, pool: int) -> None:
        import openai

        limits = _httpx_limits(pool)
        http = openai.DefaultAsyncHttpxClient(limits=limits, timeout=TIMEOUT_S)
        self.client = openai.AsyncOpenAI(
            api_key=API_KEY, base_url=url, max_retries=0, http_client=http
        )

    async def aclose(self) -> None:
        await self.client.close()

    async def stream(self, n: int) -> tuple[int, int]:
        stream = await self.client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,  # type: ignore[arg-type]
            stream=True,
            extra_headers={"X-Mock-Chunks": str(n)},
        )
        async with stream as events:
            return _count([c.choices[0].delta.content async for c in events if c.choices])

    async def chat(self, headers: dict[str, str] | None = None) -> str:
        r = await self.client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,  # type: ignore[arg-type]
            extra_headers=headers,
        )
        return r.choices[0].message.content or ""

    async def embed(self, texts: list[str], b64: bool) -> Vectors:
        if b64:  # its default: asks for base64 and decodes it (with numpy when installed)
            r = await self.client.embeddings.create(input=texts, model=EMBED_MODEL)
        else:
            r = await self.client.embeddings.create(
                input=texts, model=EMBED_MODEL, encoding_format="float"
            )
        return [item.embedding for item in r.data]

    async def embed_rows(self, texts: list[str], out: Any) -> None:
        """Its default: base64 on the wire, decoded (with NumPy) into lists; rows copied in."""
        r = await self.client.embeddings.create(input=texts, model=EMBED_MODEL)
        out[: len(r.data)] = [item.embedding for item in r.data]

    async def models(self) -> int:
        page = await self.client.models.list()
        return len(page.data)

    def open_sync(self, url: str, pool: int) -> None:
        import openai

        http = openai.DefaultHttpxClient(limits=_httpx_limits(pool), timeout=TIMEOUT_S)
        self.sync_client = openai.OpenAI(
            api_key=API_KEY, base_url=url, max_retries=0, http_client=http
        )

    def close_sync(self) -> None:
        self.sync_client.close()

    def sync_stream(self, n: int) -> tuple[int, int]:
        stream = self.sync_client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,  # type: ignore[arg-type]
            stream=True,
            extra_headers={"X-Mock-Chunks": str(n)},
        )
        with stream as events:
            return _count([c.choices[0].delta.content for c in events if c.choices])

    def sync_chat(self) -> str:
        r = self.sync_client.chat.completions.create(
            model=MODEL,
            messages=MESSAGES,  # type: ignore[arg-type]
        )
        return r.choices[0].message.content or ""


def _httpx_limits(pool: int) -> Any:
    """openai's own httpx flavour (``httpx2`` in recent releases, ``httpx`` before)."""
    try:
        import httpx2 as httpx_mod
    except ImportError:
        import httpx as httpx_mod
    return httpx_mod.Limits(max_connections=pool, max_keepalive_connections=pool)


CONTENDERS: dict[str, type[Contender]] = {
    c.name: c for c in (Lite, LiteGather, Official, OpenAI, Floor, LiteNaivePortal)
}
# Which package each contender needs (a missing one means "skipped", not "failed").
REQUIRES = {
    "lite": "openrouter_lite",
    "official": "openrouter",
    "openai": "openai",
    "floor": "aiohttp",
    "lite_naive_portal": "openrouter_lite",
    "lite_gather": "openrouter_lite",
}
