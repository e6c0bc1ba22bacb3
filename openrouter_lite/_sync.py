"""The sync facade: one anyio blocking portal per client, and `sync()`, which derives every
blocking method from its async twin — there is no hand-written sync copy of any method.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    from anyio.from_thread import BlockingPortal

__all__ = ("Portal", "sync")

P = ParamSpec("P")
T = TypeVar("T")


class Portal:
    """An anyio `BlockingPortal` on a daemon thread, started on first sync use, stopped by `stop()`.

    Our own daemon thread rather than `start_blocking_portal()`'s pool thread: a client that is
    never closed must not keep the interpreter from exiting. anyio is imported lazily here, so
    async-only users never pay for it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._portal: BlockingPortal | None = None
        self.loop: asyncio.AbstractEventLoop | None = None  # the portal thread's loop

    @property
    def running(self) -> bool:
        return self._portal is not None

    def _start(self) -> BlockingPortal:
        with self._lock:
            if self._portal is not None:
                return self._portal
            import anyio
            from anyio.from_thread import BlockingPortal

            ready = threading.Event()
            started: list[BlockingPortal | BaseException] = []

            async def serve() -> None:
                async with BlockingPortal() as portal:
                    self.loop = asyncio.get_running_loop()
                    started.append(portal)
                    ready.set()
                    await portal.sleep_until_stopped()

            def run() -> None:
                try:
                    anyio.run(serve)
                except BaseException as exc:  # surfaced to the caller below
                    started.append(exc)
                finally:
                    ready.set()

            thread = threading.Thread(target=run, name="openrouter_lite-portal", daemon=True)
            thread.start()
            ready.wait()
            first = started[0]
            if isinstance(first, BaseException):
                raise RuntimeError("could not start the sync event-loop thread") from first
            self._thread, self._portal = thread, first
            return first

    def call(self, fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        """Run `fn(*args, **kwargs)` on the portal's loop and wait for it; errors pass through."""
        if asyncio._get_running_loop() is not None:
            name = getattr(fn, "__name__", "this method")
            raise RuntimeError(
                f"a blocking openrouter_lite method was called from a thread that runs an event "
                f"loop, which it would block; await the async variant ({name}) instead"
            )
        portal = self._portal or self._start()
        if kwargs:
            return portal.call(functools.partial(fn, *args, **kwargs))
        return portal.call(fn, *args)

    def stop(self, final: Callable[[], Awaitable[Any]] | None = None) -> None:
        """Run `final` (e.g. closing the session) on the portal's loop, then stop the thread."""
        with self._lock:
            thread, portal = self._thread, self._portal
            self._thread = self._portal = None
        if thread is None or portal is None:
            return
        try:
            if final is not None:
                portal.call(final)
        finally:
            portal.call(portal.stop)
            thread.join()


class _HasPortal(Protocol):
    @property
    def _portal(self) -> Portal: ...


S = TypeVar("S", bound=_HasPortal)


def sync(fn: Callable[Concatenate[S, P], Awaitable[T]]) -> Callable[Concatenate[S, P], T]:
    """The blocking twin of the async method `fn`: the same call, run through the portal."""

    def method(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._portal.call(fn, self, *args, **kwargs)

    method.__name__ = fn.__name__.removesuffix("_async")
    method.__qualname__ = fn.__qualname__.removesuffix("_async")
    method.__doc__ = fn.__doc__
    method.__wrapped__ = fn  # type: ignore[attr-defined]
    return method
