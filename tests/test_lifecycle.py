"""Client lifecycle over real sockets: unclosed clients are cleaned up when collected, one client
outlives event loops, sync calls work from threads that run a loop, and a forked child starts
fresh."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from openrouter_lite import OpenRouter
from openrouter_lite.testing import (
    Fault,
    MockOpenRouter,
    expected_text,
    mock_server,
    wait_for_sync,
)

pytestmark = pytest.mark.usefixtures("send_path")  # each test on both send paths

MESSAGES = [{"role": "user", "content": "one two three"}]
ANSWER = expected_text("one two three", 5)
UNCLOSED = pytest.mark.filterwarnings("ignore:.*never closed:ResourceWarning")


@pytest.fixture(scope="module")
def srv() -> Iterator[MockOpenRouter]:
    with mock_server(chunks=5) as server:
        yield server


def ask(client: OpenRouter) -> str:
    content = client.chat.send(model="m", messages=MESSAGES).choices[0].message.content
    assert isinstance(content, str)
    return content


async def ask_async(client: OpenRouter) -> str:
    result = await client.chat.send_async(model="m", messages=MESSAGES)
    content = result.choices[0].message.content
    assert isinstance(content, str)
    return content


def portal_threads() -> int:
    return sum(t.name == "openrouter_lite-portal" for t in threading.enumerate())


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@UNCLOSED
def test_fifty_unclosed_clients_leave_no_thread_or_socket(srv: MockOpenRouter) -> None:
    wait_for_sync(lambda: srv.open_connections == 0, timeout=5)
    threads_before = portal_threads()
    fds_before = open_fds() if os.path.isdir("/proc/self/fd") else None
    for _ in range(50):
        client = OpenRouter(api_key="k", server_url=srv.url)
        assert ask(client) == ANSWER
        with client.chat.send(model="m", messages=MESSAGES, stream=True) as chunks:
            assert list(chunks)
    del client, chunks  # (a stream keeps its client alive)
    gc.collect()
    wait_for_sync(lambda: portal_threads() == threads_before, timeout=20)
    wait_for_sync(lambda: srv.open_connections == 0, timeout=20)
    if fds_before is not None:
        wait_for_sync(lambda: open_fds() <= fds_before, timeout=20)


@UNCLOSED
def test_an_unclosed_client_warns_when_collected(srv: MockOpenRouter) -> None:
    client = OpenRouter(api_key="k", server_url=srv.url)
    ask(client)
    with pytest.warns(ResourceWarning, match="never closed"):
        del client
        gc.collect()


def test_a_closed_client_is_silent_when_collected(srv: MockOpenRouter) -> None:
    client = OpenRouter(api_key="k", server_url=srv.url)
    ask(client)
    client.close()
    del client
    gc.collect()  # filterwarnings=error: a ResourceWarning here fails the test


def test_one_client_survives_two_asyncio_runs(srv: MockOpenRouter) -> None:
    client = OpenRouter(api_key="k", server_url=srv.url)
    assert asyncio.run(ask_async(client)) == ANSWER
    # the first loop's end closed the session it held: no socket is left behind it
    wait_for_sync(lambda: srv.open_connections == 0, timeout=5)
    assert asyncio.run(ask_async(client)) == ANSWER
    client.close()
    wait_for_sync(lambda: srv.open_connections == 0, timeout=5)


def test_sync_use_then_asyncio_run_then_sync_again(srv: MockOpenRouter) -> None:
    with OpenRouter(api_key="k", server_url=srv.url) as client:
        assert ask(client) == ANSWER
        assert asyncio.run(ask_async(client)) == ANSWER
        assert ask(client) == ANSWER
        assert asyncio.run(ask_async(client)) == ANSWER
    assert not client._portal.running
    assert client._transport.closed
    wait_for_sync(lambda: srv.open_connections == 0, timeout=5)


async def test_sync_calls_from_a_thread_running_a_loop_complete(srv: MockOpenRouter) -> None:
    """Jupyter, or a sync method called from `async def`: blocks this loop, but completes."""
    async with OpenRouter(api_key="k", server_url=srv.url) as client:
        assert ask(client) == ANSWER
        with client.chat.send(model="m", messages=MESSAGES, stream=True) as chunks:
            text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert text == ANSWER
        assert await ask_async(client) == ANSWER  # this loop's own session, besides the portal's
    assert not client._portal.running
    assert client._transport.closed


def test_a_sync_call_on_the_clients_own_loop_thread_is_refused(srv: MockOpenRouter) -> None:
    with OpenRouter(api_key="k", server_url=srv.url) as client:

        async def nested() -> str:
            return ask(client)  # would wait for the very thread it runs on

        with pytest.raises(RuntimeError, match="wait for itself"):
            client._portal.call(nested)
        assert ask(client) == ANSWER


@pytest.mark.skipif(
    threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGINT"),
    reason="needs SIGINT delivered to the main thread",
)
def test_keyboard_interrupt_in_a_sync_stream_closes_it() -> None:
    with mock_server(chunks=500, chunk_delay=0.05) as slow:
        with OpenRouter(api_key="k", server_url=slow.url) as client:
            stream = client.chat.send(model="m", messages=MESSAGES, stream=True)
            timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
            timer.start()
            try:
                with pytest.raises(KeyboardInterrupt):
                    for _ in stream:
                        pass
            finally:
                timer.cancel()
            wait_for_sync(lambda: slow.streams_cancelled == 1, timeout=5)
            assert ask(client) == expected_text("one two three", 500)


@pytest.mark.skipif(
    threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGINT"),
    reason="needs SIGINT delivered to the main thread",
)
def test_keyboard_interrupt_in_a_sync_call_cancels_it_on_the_loop() -> None:
    """Ctrl-C while a blocking call waits: the call's task on the client's loop is cancelled,
    which closes its connection. Left running, the call would end normally and pool it, and the
    server would keep seeing one open keep-alive connection."""
    with mock_server(chunks=5) as slow:
        with OpenRouter(api_key="k", server_url=slow.url) as client:
            assert ask(client) == ANSWER
            slow.add_fault(Fault.delay(1))
            timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
            timer.start()
            try:
                with pytest.raises(KeyboardInterrupt):
                    ask(client)
            finally:
                timer.cancel()
            # (the server notices the closed socket once its delayed handler is done)
            wait_for_sync(lambda: slow.open_connections == 0, timeout=5)
            assert ask(client) == ANSWER
            assert slow.total_connections == 2


@pytest.mark.skipif(not hasattr(os, "fork"), reason="posix only")
@pytest.mark.filterwarnings("ignore:.*multi-threaded.*fork:DeprecationWarning")
def test_a_client_inherited_across_fork_works_in_the_child(srv: MockOpenRouter) -> None:
    client = OpenRouter(api_key="k", server_url=srv.url)
    try:
        assert ask(client) == ANSWER  # the parent's portal thread, loop and pooled connection
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: report and leave without running any of pytest's teardown
            code = 1
            try:
                ok = ask(client) == ANSWER and asyncio.run(ask_async(client)) == ANSWER
                os.write(write_end, b"ok" if ok else b"wrong answer")
                code = 0
            except BaseException as exc:
                os.write(write_end, repr(exc).encode()[:500])
            finally:
                os._exit(code)
        os.close(write_end)
        deadline = time.monotonic() + 30
        while (done := os.waitpid(pid, os.WNOHANG))[0] == 0:
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                pytest.fail("the forked child hung")
            time.sleep(0.01)
        report = os.read(read_end, 1000)
        os.close(read_end)
        assert report == b"ok"
        assert os.waitstatus_to_exitcode(done[1]) == 0
        assert ask(client) == ANSWER  # the parent's client is unaffected
    finally:
        client.close()


def test_an_unclosed_client_does_not_hold_up_interpreter_exit(srv: MockOpenRouter) -> None:
    code = (
        "import asyncio, warnings\n"
        "from openrouter_lite import OpenRouter\n"
        "warnings.simplefilter('default')\n"
        f"c = OpenRouter(api_key='k', server_url={srv.url!r})\n"
        "m = [{'role': 'user', 'content': 'a b'}]\n"
        "print(c.chat.send(model='m', messages=m).choices[0].message.content)\n"
        "async def main():\n"
        "    print((await c.chat.send_async(model='m', messages=m)).choices[0].message.content)\n"
        "asyncio.run(main())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == [expected_text("a b", 5)] * 2
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    wait_for_sync(lambda: srv.open_connections == 0, timeout=5)


def test_closing_the_client_closes_its_open_streams() -> None:
    with mock_server(chunks=50, chunk_delay=0.01) as slow:
        client = OpenRouter(api_key="k", server_url=slow.url)
        stream = client.chat.send(model="m", messages=MESSAGES, stream=True)
        client.close()  # closes the stream with everything else
        assert stream._closed
        stream.close()
        for _ in stream:
            pytest.fail("a stream of a closed client yields nothing")
        assert not client._portal.running
        wait_for_sync(lambda: slow.open_connections == 0, timeout=5)
        del stream
        gc.collect()  # no "unclosed connection" warning (filterwarnings=error)


async def test_sync_calls_from_threads_and_async_calls_share_one_client(
    srv: MockOpenRouter,
) -> None:
    async with OpenRouter(api_key="k", server_url=srv.url) as client:

        def sync_caller() -> list[str]:
            return [ask(client) for _ in range(10)]

        threads = [asyncio.to_thread(sync_caller) for _ in range(3)]
        calls = [ask_async(client) for _ in range(30)]
        results = await asyncio.wait_for(asyncio.gather(*threads, *calls), 60)
    assert results[:3] == [[ANSWER] * 10] * 3
    assert results[3:] == [ANSWER] * 30
    assert not client._portal.running
    assert client._transport.closed


async def test_a_call_takes_the_send_path_its_aiohttp_allows(
    srv: MockOpenRouter, send_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the aiohttp minor `_direct_send` was written for, a call does not go through
    `ClientSession.request` (the direct path is really taken); otherwise it does. A replaced
    `ClientSession._request` (what aioresponses does) is always honoured."""
    import aiohttp

    seen: list[str] = []
    plain_request = aiohttp.ClientSession.request

    def spy(self: aiohttp.ClientSession, method: str, url: str, **kw: object) -> object:
        seen.append(method)
        return plain_request(self, method, url, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(aiohttp.ClientSession, "request", spy)
    async with OpenRouter(api_key="k", server_url=srv.url) as client:
        assert await ask_async(client) == ANSWER
        assert seen == ([] if send_path == "direct" else ["POST"])

        plain = aiohttp.ClientSession._request
        mocked: list[str] = []

        async def replaced(self: aiohttp.ClientSession, method: str, url: object, **kw: object):  # type: ignore[no-untyped-def]
            mocked.append(method)
            return await plain(self, method, url, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(aiohttp.ClientSession, "_request", replaced)
        assert await ask_async(client) == ANSWER
        assert mocked == ["POST"]
