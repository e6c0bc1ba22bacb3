"""Logging like a library: the `openrouter_lite` logger, one DEBUG record per attempt, no key."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

import pytest

from openrouter_lite import BackoffStrategy, OpenRouter, RetryConfig
from openrouter_lite.testing import Fault, MockOpenRouter, expected_text, mock_server

KEY = "sk-or-v1-l0gt3stk3y0123456789"
MESSAGES = [{"role": "user", "content": "hello logs"}]
FAST = RetryConfig("backoff", BackoffStrategy(1, 2, 1.0, 10_000), True)


def ours(caplog: pytest.LogCaptureFixture, name: str = "openrouter_lite") -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == name]


def test_the_library_logger_has_a_null_handler() -> None:
    handlers = logging.getLogger("openrouter_lite").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


async def test_each_attempt_is_logged_with_status_retry_reason_and_wait(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # what logging.basicConfig(level=DEBUG) does to the root
    srv = MockOpenRouter(chunks=3)
    srv.add_fault(Fault.status(503, retry_after=0))
    async with srv.run() as url:
        async with OpenRouter(api_key=KEY, server_url=url, retry_config=FAST) as c:
            await c.chat.send_async(model="m", messages=MESSAGES)
    lines = ours(caplog)
    chat = f"POST {url}/chat/completions"
    assert any(line.startswith(f"{chat} attempt 1 -> 503 in ") for line in lines)
    failed = [line for line in lines if line.startswith(f"{chat} attempt 1 failed after")]
    assert len(failed) == 1
    assert "Service Unavailable" in failed[0] and "retrying in 0.000s" in failed[0]
    assert any(line.startswith(f"{chat} attempt 2 -> 200 in ") for line in lines)
    assert not any("body" in line for line in lines)  # bodies only on opt-in
    assert KEY not in caplog.text
    for record in caplog.records:
        assert KEY not in repr(record.args)


async def test_bodies_are_logged_only_with_log_bodies(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="openrouter_lite")
    srv = MockOpenRouter(chunks=3)
    async with srv.run() as url:
        async with OpenRouter(api_key=KEY, server_url=url, log_bodies=True) as c:
            await c.chat.send_async(model="m", messages=MESSAGES)
    lines = ours(caplog)
    assert any("request body" in line and "hello logs" in line for line in lines)
    reply = expected_text("hello logs", 3)
    assert any("response body" in line and reply in line for line in lines)
    assert KEY not in caplog.text


async def test_debug_logger_receives_the_records(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("app.openrouter")
    caplog.set_level(logging.DEBUG, logger="app.openrouter")
    srv = MockOpenRouter(chunks=3)
    async with srv.run() as url:
        async with OpenRouter(api_key=KEY, server_url=url, debug_logger=logger) as c:
            await c.chat.send_async(model="m", messages=MESSAGES)
    assert any("attempt 1 -> 200" in line for line in ours(caplog, "app.openrouter"))


def test_an_app_basicconfig_sees_the_records_without_any_flag() -> None:
    """A separate process, as an application would be: basicConfig(level=DEBUG), no flags."""
    script = textwrap.dedent(
        """
        import logging, sys
        logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(name)s %(message)s")
        from openrouter_lite import OpenRouter
        with OpenRouter(api_key=sys.argv[2], server_url=sys.argv[1]) as c:
            c.chat.send(model="m", messages=[{"role": "user", "content": "hi"}])
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENROUTER_DEBUG"}
    with mock_server(chunks=2) as srv:
        done = subprocess.run(
            [sys.executable, "-c", script, srv.url, KEY],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=True,
        )
    assert f"openrouter_lite POST {srv.url}/chat/completions attempt 1 -> 200" in done.stdout
    assert KEY not in done.stdout + done.stderr


async def test_the_generation_id_is_logged_when_the_response_has_one(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from aiohttp import web

    body = (
        b'{"id":"gen-77","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,'
        b'"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}'
    )

    async def answer(request: web.Request) -> web.Response:
        await request.read()
        headers = {"X-Generation-Id": "gen-77"}
        return web.Response(body=body, content_type="application/json", headers=headers)

    app = web.Application()
    app.router.add_post("/api/v1/chat/completions", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    caplog.set_level(logging.DEBUG, logger="openrouter_lite")
    try:
        async with OpenRouter(api_key=KEY, server_url=f"http://127.0.0.1:{port}/api/v1") as c:
            await c.chat.send_async(model="m", messages=MESSAGES)
    finally:
        await runner.cleanup()
    assert any("-> 200" in line and "(generation gen-77)" in line for line in ours(caplog))
