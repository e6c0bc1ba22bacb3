"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spec_server import SpecServer


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
