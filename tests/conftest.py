"""Shared fixtures."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import aioresponses.core
import pytest
from aiohttp import ClientResponse, StreamReader
from aiohttp.client_proto import ResponseHandler
from spec_server import SpecServer
from yarl import URL


# aioresponses 0.7.9 on aiohttp 3.14, two breaks, mended here for the tests only:
# - `ClientResponse(stream_writer=...)` became a required argument, which aioresponses doesn't pass
#   (TypeError on every mocked request). For a response whose request is already sent
#   (`writer=None`, as aioresponses builds them) aiohttp reads only the writer's `output_size`, so
#   a sent-nothing stand-in is enough.
# - its canned body is fed whole into a StreamReader over a parser-less protocol; a body past the
#   reader's high-water mark makes it pause that protocol, which now asserts it has a parser. The
#   body is already complete in memory, so pausing has nothing to do.
# On aiohttp < 3.14 nothing is changed.
class _SentRequest:
    output_size = 0


class _ClientResponse(ClientResponse):
    def __init__(self, method: str, url: URL, **kwargs: Any) -> None:
        kwargs.setdefault("stream_writer", _SentRequest())
        super().__init__(method, url, **kwargs)


class _BufferedProtocol(ResponseHandler):
    def pause_reading(self, *args: Any, **kwargs: Any) -> None:
        pass

    def resume_reading(self, *args: Any, **kwargs: Any) -> None:
        pass


def _stream_reader(loop: asyncio.AbstractEventLoop | None = None) -> StreamReader:
    return StreamReader(_BufferedProtocol(loop=loop), limit=2**16, loop=loop)  # type: ignore[arg-type]


if "stream_writer" in inspect.signature(ClientResponse.__init__).parameters:
    aioresponses.core.ClientResponse = _ClientResponse  # type: ignore[misc]
    aioresponses.core.stream_reader_factory = _stream_reader


@pytest.fixture(scope="session")
def spec_server_session() -> Iterator[SpecServer]:
    """One spec-driven OpenRouter server (see `tests/spec_server.py`) for the whole session, on
    its own event loop in a thread; its base URL is `.url` (`http://127.0.0.1:PORT/api/v1`)."""
    server = SpecServer()
    with server.run_in_thread():
        yield server


@pytest.fixture
def spec_server(spec_server_session: SpecServer) -> SpecServer:
    """The spec server with no recorded requests and no pending faults: `.url`, `.requests`
    (`RecordedRequest`s), `.last`, `.find(method, route)`, `.add_fault(...)`. Usable from sync
    and async tests (it runs on its own loop in a thread)."""
    spec_server_session.clear()
    return spec_server_session


@pytest.fixture(params=["direct", "session.request"])
def send_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways a request leaves the transport: `_direct_send` (the aiohttp minor it was written
    for) and `session.request` (every other aiohttp, proxies, mocked sessions). The fault tests
    use it (`pytestmark`), so each guarantee is checked on both."""
    from openrouter_lite import _transport

    if request.param == "direct":
        if _transport._direct_send() is None:
            pytest.skip("this aiohttp minor has no direct path: every request uses session.request")
    else:
        monkeypatch.setattr(_transport, "_direct_send", lambda: None)
    return str(request.param)
