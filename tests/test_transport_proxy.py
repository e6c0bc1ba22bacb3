"""Proxies: HTTP(S)_PROXY / NO_PROXY honoured by default, `proxy=` explicit, `trust_env=False` off.

A small forwarding proxy on 127.0.0.1 records each request line it relays to the embedded server.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from urllib.parse import urlsplit

import pytest

from openrouter_lite import OpenRouter
from openrouter_lite.testing import MockOpenRouter, expected_text

MESSAGES = [{"role": "user", "content": "via proxy"}]
PROXY_VARS = ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy")


class ForwardProxy:
    """Plain-http forwarding proxy: reads the absolute-form request line, connects to its host
    and relays bytes both ways."""

    def __init__(self) -> None:
        self.request_lines: list[bytes] = []
        self.url = ""

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            writer.close()
            return
        line = head.split(b"\r\n", 1)[0]
        self.request_lines.append(line)
        target = urlsplit(line.split(b" ")[1].decode())
        up_reader, up_writer = await asyncio.open_connection(target.hostname, target.port)
        up_writer.write(head)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))

    @contextlib.asynccontextmanager
    async def run(self) -> AsyncIterator[ForwardProxy]:
        server = await asyncio.start_server(self.handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        try:
            yield self
        finally:
            server.close()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


async def chat_through(url: str, **kw: object) -> str | None:
    async with OpenRouter(api_key="sk-or-proxytest", server_url=url, **kw) as c:  # type: ignore[arg-type]
        r = await c.chat.send_async(model="m", messages=MESSAGES)
    content = r.choices[0].message.content
    return content if isinstance(content, str) else None


async def test_http_proxy_from_the_environment_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    srv = MockOpenRouter(chunks=3)
    async with srv.run() as url, ForwardProxy().run() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        assert await chat_through(url) == expected_text("via proxy", 3)
    assert proxy.request_lines == [f"POST {url}/chat/completions HTTP/1.1".encode()]


async def test_no_proxy_bypasses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    srv = MockOpenRouter(chunks=3)
    async with srv.run() as url, ForwardProxy().run() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
        assert await chat_through(url) == expected_text("via proxy", 3)
    assert proxy.request_lines == []
    assert srv.requests[("POST", "/chat/completions")] == 1


async def test_trust_env_false_ignores_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    srv = MockOpenRouter(chunks=3)
    async with srv.run() as url, ForwardProxy().run() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        assert await chat_through(url, trust_env=False) == expected_text("via proxy", 3)
    assert proxy.request_lines == []


async def test_an_explicit_proxy_is_used_without_any_environment() -> None:
    srv = MockOpenRouter(chunks=3)
    async with srv.run() as url, ForwardProxy().run() as proxy:
        assert await chat_through(url, proxy=proxy.url) == expected_text("via proxy", 3)
    assert proxy.request_lines == [f"POST {url}/chat/completions HTTP/1.1".encode()]
