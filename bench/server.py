"""The benchmark's server: the embedded mock OpenRouter in its own process.

``python -m bench.server [--port 0] [--models 300] [--chunks 20]`` prints one line,
``BENCH-SERVER <base url>``, once it accepts connections. It is
``openrouter_lite.testing.MockOpenRouter`` plus one request header, ``X-Bench-Delay-Ms: N``,
which holds the answer back N ms so that many requests are really in flight at once (the
``memory`` scenario). ``ServerProcess`` starts it, waits for that line and always stops it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import select
import signal
import subprocess
import sys
from collections.abc import Awaitable, Callable
from types import TracebackType

from aiohttp import web

from openrouter_lite.testing import MockOpenRouter

READY = "BENCH-SERVER "
DELAY_HEADER = "X-Bench-Delay-Ms"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cores() -> tuple[set[int], set[int]] | None:
    """(the server's cores, the clients' cores): the first core this process may use for the
    server, the rest for the client under test, so that the two never take turns on one core
    and the scheduler does not move them about (run to run, that was the widest spread: 100
    concurrent streams swung from 0.72x to 0.98x the floor's chunks/s). None with one core."""
    if not hasattr(os, "sched_getaffinity") or os.environ.get("BENCH_NO_PIN"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    if len(allowed) < 2:
        return None
    return {allowed[0]}, set(allowed[1:])


def pinned(role: str) -> Callable[[], None] | None:
    """A ``preexec_fn`` that pins the child to the ``role``'s cores ("server" or "client")."""
    split = cores()
    if split is None:
        return None
    chosen = split[0] if role == "server" else split[1]
    return lambda: os.sched_setaffinity(0, chosen)


def child_env() -> dict[str, str]:
    """The environment for child processes: the repository root importable, no proxies."""
    env = dict(os.environ)
    path = env.get("PYTHONPATH")
    env["PYTHONPATH"] = ROOT + (os.pathsep + path if path else "")
    for key in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        env.pop(key, None)
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


@web.middleware
async def _delay(request: web.Request, handler: Handler) -> web.StreamResponse:
    delay = request.headers.get(DELAY_HEADER)
    if delay:
        await asyncio.sleep(int(delay) / 1000)
    return await handler(request)


class BenchMock(MockOpenRouter):
    """The mock server with the delay header."""

    def app(self) -> web.Application:
        app = super().app()
        app.middlewares.append(_delay)
        return app


async def _serve(port: int, models: int, chunks: int, watch_stdin: bool) -> None:
    srv = BenchMock(models=models, chunks=chunks)
    async with srv.run("127.0.0.1", port) as url:
        print(READY + url, flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        if watch_stdin:  # our parent holds the other end: EOF means it is gone, however it died
            fd = sys.stdin.fileno()

            def on_stdin() -> None:
                if not os.read(fd, 4096):
                    stop.set()

            loop.add_reader(fd, on_stdin)
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.server")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--models", type=int, default=300)
    parser.add_argument("--chunks", type=int, default=20)
    parser.add_argument("--watch-stdin", action="store_true", help="stop at EOF on stdin")
    args = parser.parse_args(argv)
    asyncio.run(_serve(args.port, args.models, args.chunks, args.watch_stdin))


class ServerProcess:
    """``with ServerProcess() as server:`` (``server.url``) — the server in a child process,
    always stopped: on exit, and by itself when this process dies (EOF on its stdin)."""

    def __init__(self, *, models: int = 300, chunks: int = 20, startup_timeout: float = 20) -> None:
        self.args = ["--models", str(models), "--chunks", str(chunks)]
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> ServerProcess:
        cmd = [sys.executable, "-m", "bench.server", "--port", "0", "--watch-stdin", *self.args]
        self.proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=child_env(),
            preexec_fn=pinned("server"),  # noqa: PLW1509 - the parent runs no threads then
        )
        try:
            assert self.proc.stdout is not None
            ready, _, _ = select.select([self.proc.stdout], [], [], self.startup_timeout)
            line = self.proc.stdout.readline() if ready else ""  # it prints nothing before
            if not line.startswith(READY):
                raise RuntimeError(f"bench server did not start (said {line!r})")
            self.url = line[len(READY) :].strip()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
