"""The sync facade: one anyio blocking portal per client, and `sync()`, which derives every
blocking method from its async twin — there is no hand-written sync copy of any method.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import weakref
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    from anyio.from_thread import BlockingPortal

__all__ = ("Portal", "is_portal_loop", "sync")

P = ParamSpec("P")
T = TypeVar("T")


class Portal:
    """An anyio `BlockingPortal` on a daemon thread, started on first sync use.

    Our own daemon thread rather than `start_blocking_portal()`'s pool thread: a client that is
    never closed must not keep the interpreter from exiting. `stop()` (blocking) or
    `stop_soon()` (from any thread, the portal's own included: what a garbage-collected client
    uses) end it. In a child process after `os.fork` the thread does not exist: the portal
    forgets it and starts a fresh one on next use. anyio is imported lazily here, so async-only
    users never pay for it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._portal: BlockingPortal | None = None
        self._stop: _Stop | None = None
        self.loop: asyncio.AbstractEventLoop | None = None  # the portal thread's loop
        _PORTALS.add(self)

    @property
    def running(self) -> bool:
        return self._portal is not None

    def on_loop_thread(self) -> bool:
        """True on the portal's own thread, where a blocking call would wait for itself."""
        thread = self._thread
        return thread is not None and thread.ident == threading.get_ident()

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
                    self.loop = loop = asyncio.get_running_loop()
                    _PORTAL_LOOPS.add(loop)
                    self._stop = stop = _Stop(loop)
                    started.append(portal)
                    ready.set()
                    await stop.event.wait()
                    for final in stop.finals:
                        with contextlib.suppress(Exception):  # nobody is left to tell
                            await final()

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
        """Run `fn(*args, **kwargs)` on the portal's loop and wait for it; errors pass through.

        Any thread may call, one running an event loop too (Jupyter, a sync method called from
        `async def`): that loop is blocked until the call returns, as with any blocking call.
        Only the portal's own thread may not: it would wait for itself. An interrupt while
        waiting (KeyboardInterrupt) cancels the call on the portal's loop.
        """
        if self.on_loop_thread():
            name = getattr(fn, "__name__", "this method")
            raise RuntimeError(
                f"a blocking openrouter_lite method was called from the client's own event-loop "
                f"thread, where it would wait for itself; await the async variant ({name})"
            )
        if self._portal is None:
            self._start()
        loop = self.loop
        assert loop is not None
        # One thread hop: `BlockingPortal.start_task_soon` takes two (it waits for the task to
        # be spawned, then for its result), 151 -> 74 µs per call here (profile-2026-12-06).
        call = _on_loop(fn, args, kwargs)
        try:
            future = asyncio.run_coroutine_threadsafe(call, loop)
        except RuntimeError:  # its loop has just ended (the client closed on another thread)
            call.close()
            raise
        try:
            return future.result()
        except BaseException:
            future.cancel()  # (a no-op when the call itself raised)
            raise

    def stop(self, final: Callable[[], Awaitable[Any]] | None = None) -> None:
        """Run `final` (e.g. closing the session) on the portal's loop, then stop the thread and
        wait for it. On the portal's own thread this only asks it to stop (see `stop_soon`)."""
        if self.on_loop_thread():
            self.stop_soon(final)
            return
        with self._lock:
            thread, portal, stop = self._thread, self._portal, self._stop
            self._thread = self._portal = self._stop = None
        if thread is None or portal is None or stop is None:
            return
        try:
            if final is not None:
                portal.call(final)
        finally:
            stop.set()
            thread.join()

    def stop_soon(self, final: Callable[[], Awaitable[Any]] | None = None) -> None:
        """Ask the portal's thread to run `final`, then end; returns at once. Safe from any
        thread, the portal's own included, and from a garbage collector's finalizer."""
        with self._lock:
            stop = self._stop
            self._thread = self._portal = self._stop = None
        if stop is not None:
            if final is not None:
                stop.finals.append(final)
            stop.set()

    def _forget(self) -> None:
        """In a forked child: the thread and its loop stayed in the parent."""
        self._lock = threading.Lock()
        self._thread = self._portal = self._stop = None
        self.loop = None


async def _on_loop(fn: Callable[..., Awaitable[T]], args: Any, kwargs: Any) -> T:
    return await fn(*args, **kwargs)  # (`fn` is called here, on the loop's thread)


class _Stop:
    """How a portal thread is told to end: what to run first, and the event it waits on."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.event = asyncio.Event()
        self.finals: list[Callable[[], Awaitable[Any]]] = []

    def set(self) -> None:
        with contextlib.suppress(RuntimeError):  # its loop has ended already
            self.loop.call_soon_threadsafe(self.event.set)


_PORTALS: weakref.WeakSet[Portal] = weakref.WeakSet()
_PORTAL_LOOPS: weakref.WeakSet[asyncio.AbstractEventLoop] = weakref.WeakSet()


def is_portal_loop(loop: asyncio.AbstractEventLoop) -> bool:
    """Whether `loop` is a sync portal's (a client may hold a session there besides the
    caller's own loop)."""
    return loop in _PORTAL_LOOPS


def _after_fork_in_child() -> None:
    for portal in list(_PORTALS):
        portal._forget()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


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


C = TypeVar("C", bound="Closing")


class Closing:
    """`async with` / `with` for a class with `aclose()` and its blocking twin `close()`."""

    __slots__ = ()

    async def aclose(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __enter__(self: C) -> C:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
