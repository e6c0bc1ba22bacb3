"""`OpenRouter`: configuration, lifecycle, and the resource attributes (loaded on first use)."""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import warnings
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from msgspec import UNSET, UnsetType

from ._retry import DEFAULT_RETRY, NO_RETRY, RetryConfig
from ._sync import Closing, Portal
from ._transport import Transport, check_transport_security
from ._version import __version__

if TYPE_CHECKING:
    from ._streaming import Stream
    from .resources.alpha import Alpha
    from .resources.analytics import Analytics
    from .resources.api_keys import ApiKeys
    from .resources.batch import Batch
    from .resources.benchmarks import Benchmarks
    from .resources.beta import Beta
    from .resources.byok import Byok
    from .resources.chat import Chat
    from .resources.classifications import Classifications
    from .resources.completions import Completions
    from .resources.containers import Containers
    from .resources.credits import Credits
    from .resources.datasets import Datasets
    from .resources.embeddings import Embeddings
    from .resources.endpoints import Endpoints
    from .resources.external_users import ExternalUsers
    from .resources.files import Files
    from .resources.generations import Generations
    from .resources.guardrails import Guardrails
    from .resources.images import Images
    from .resources.messages import Messages
    from .resources.models import Models
    from .resources.o_auth import OAuth
    from .resources.observability import Observability
    from .resources.organization import Organization
    from .resources.presets import Presets
    from .resources.private_endpoints import PrivateEndpoints
    from .resources.providers import Providers
    from .resources.rerank import Rerank
    from .resources.responses import Responses
    from .resources.scim import Scim
    from .resources.stt import Stt
    from .resources.system_one import SystemOne
    from .resources.tools import Tools
    from .resources.tts import Tts
    from .resources.vault import Vault
    from .resources.video_generation import VideoGeneration
    from .resources.workspaces import Workspaces

__all__ = ("OpenRouter", "DEFAULT_SERVER_URL")

DEFAULT_SERVER_URL = "https://openrouter.ai/api/v1"
USER_AGENT = f"openrouter_lite/{__version__} (python; aiohttp)"

R = TypeVar("R")


class _Lazy(Generic[R]):
    """A resource attribute whose module is imported, and object built, on first access."""

    def __init__(self, module: str, cls: str) -> None:
        self.module = module
        self.cls = cls
        self.attr = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attr = name

    @overload
    def __get__(self, obj: None, owner: type) -> _Lazy[R]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> R: ...
    def __get__(self, obj: object | None, owner: type) -> _Lazy[R] | R:
        if obj is None:
            return self
        cls = getattr(importlib.import_module(self.module, __package__), self.cls)
        resource: R = cls(obj)
        obj.__dict__[self.attr] = resource  # later reads skip the descriptor
        return resource


class OpenRouter(Closing):
    """The client. Use it as `async with OpenRouter() as client` or `with OpenRouter() as client`.

    One instance holds one aiohttp session (bound to the event loop that first uses it) and, for
    the blocking methods, one background event-loop thread; share it across your whole program.
    """

    chat: _Lazy[Chat] = _Lazy(".resources.chat", "Chat")
    completions: _Lazy[Completions] = _Lazy(".resources.completions", "Completions")
    embeddings: _Lazy[Embeddings] = _Lazy(".resources.embeddings", "Embeddings")
    responses: _Lazy[Responses] = _Lazy(".resources.responses", "Responses")
    beta: _Lazy[Beta] = _Lazy(".resources.beta", "Beta")
    alpha: _Lazy[Alpha] = _Lazy(".resources.alpha", "Alpha")
    messages: _Lazy[Messages] = _Lazy(".resources.messages", "Messages")
    models: _Lazy[Models] = _Lazy(".resources.models", "Models")
    endpoints: _Lazy[Endpoints] = _Lazy(".resources.endpoints", "Endpoints")
    providers: _Lazy[Providers] = _Lazy(".resources.providers", "Providers")
    generations: _Lazy[Generations] = _Lazy(".resources.generations", "Generations")
    credits: _Lazy[Credits] = _Lazy(".resources.credits", "Credits")
    api_keys: _Lazy[ApiKeys] = _Lazy(".resources.api_keys", "ApiKeys")
    analytics: _Lazy[Analytics] = _Lazy(".resources.analytics", "Analytics")
    guardrails: _Lazy[Guardrails] = _Lazy(".resources.guardrails", "Guardrails")
    o_auth: _Lazy[OAuth] = _Lazy(".resources.o_auth", "OAuth")
    batch: _Lazy[Batch] = _Lazy(".resources.batch", "Batch")
    benchmarks: _Lazy[Benchmarks] = _Lazy(".resources.benchmarks", "Benchmarks")
    byok: _Lazy[Byok] = _Lazy(".resources.byok", "Byok")
    classifications: _Lazy[Classifications] = _Lazy(".resources.classifications", "Classifications")
    containers: _Lazy[Containers] = _Lazy(".resources.containers", "Containers")
    datasets: _Lazy[Datasets] = _Lazy(".resources.datasets", "Datasets")
    external_users: _Lazy[ExternalUsers] = _Lazy(".resources.external_users", "ExternalUsers")
    files: _Lazy[Files] = _Lazy(".resources.files", "Files")
    images: _Lazy[Images] = _Lazy(".resources.images", "Images")
    observability: _Lazy[Observability] = _Lazy(".resources.observability", "Observability")
    organization: _Lazy[Organization] = _Lazy(".resources.organization", "Organization")
    presets: _Lazy[Presets] = _Lazy(".resources.presets", "Presets")
    private_endpoints: _Lazy[PrivateEndpoints] = _Lazy(
        ".resources.private_endpoints", "PrivateEndpoints"
    )
    rerank: _Lazy[Rerank] = _Lazy(".resources.rerank", "Rerank")
    scim: _Lazy[Scim] = _Lazy(".resources.scim", "Scim")
    stt: _Lazy[Stt] = _Lazy(".resources.stt", "Stt")
    system_one: _Lazy[SystemOne] = _Lazy(".resources.system_one", "SystemOne")
    tools: _Lazy[Tools] = _Lazy(".resources.tools", "Tools")
    tts: _Lazy[Tts] = _Lazy(".resources.tts", "Tts")
    vault: _Lazy[Vault] = _Lazy(".resources.vault", "Vault")
    video_generation: _Lazy[VideoGeneration] = _Lazy(
        ".resources.video_generation", "VideoGeneration"
    )
    workspaces: _Lazy[Workspaces] = _Lazy(".resources.workspaces", "Workspaces")

    def __init__(
        self,
        api_key: str | Callable[[], str] | None = None,
        *,
        server_url: str | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        timeout_ms: int | None = None,
        retry_config: RetryConfig | None | UnsetType = UNSET,
        debug_logger: logging.Logger | None = None,
        max_connections: int = 1000,
        pool_timeout_ms: int | None = 30_000,
        connect_timeout_ms: int = 10_000,
        stream_idle_timeout_ms: int = 300_000,
        stream_max_duration_ms: int | None = None,
        max_event_bytes: int = 64 * 1024 * 1024,
        max_response_bytes: int = 256 * 1024 * 1024,
        allow_insecure_http: bool = False,
        trust_env: bool = True,
        proxy: str | None = None,
        log_bodies: bool = False,
        default_headers: dict[str, str] | None = None,
        client: object = None,
        async_client: object = None,
    ) -> None:
        """Create a client.

        `api_key` defaults to `$OPENROUTER_API_KEY`; `server_url` to the public API.
        A callable `api_key` is called for each request's key (rotating or vaulted keys).
        `retry_config` left out gives the default retries; `None` turns them off (as in the
        official SDK), and so does `retries=None` on one call.
        `timeout_ms` bounds a whole non-streaming call, retries and waits included (default 10
        minutes: reasoning models can think for a long time); streams instead fail after
        `stream_idle_timeout_ms` without data (and, if set, after `stream_max_duration_ms` in
        all). `max_connections` sizes the connection pool
        (keep-alive) shared by all concurrent calls; waiting for a free connection is bounded by
        `pool_timeout_ms` (None: only by the call's deadline). `max_event_bytes` bounds one
        server-sent event held in memory, `max_response_bytes` one JSON or binary body.
        `trust_env=True` (the default) honours `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY` as read
        when the client first sends to a base URL; `proxy=` sends everything through that proxy.
        Every attempt is logged at DEBUG to the `openrouter_lite` logger (or `debug_logger`),
        bodies only with `log_bodies=True`; `OPENROUTER_DEBUG=true` switches that logger to DEBUG
        with a stderr handler. The key is never logged.
        """
        if client is not None or async_client is not None:
            raise TypeError(
                "OpenRouter(client=/async_client=): openrouter_lite does not use httpx; it owns "
                "one aiohttp session per client. Use max_connections=, timeout_ms=, "
                "default_headers= and trust_env= to configure it instead."
            )
        if api_key is None:
            api_key = os.environ.get("OPENROUTER_API_KEY") or None
        key_fn = api_key if callable(api_key) else None
        self.server_url = (server_url or DEFAULT_SERVER_URL).rstrip("/")
        check_transport_security(self.server_url, allow_insecure_http)
        if debug_logger is None and os.environ.get("OPENROUTER_DEBUG", "").lower() in (
            "1",
            "true",
            "yes",
        ):
            debug_logger = logging.getLogger("openrouter_lite")
            debug_logger.setLevel(logging.DEBUG)
            if not debug_logger.handlers and not logging.getLogger().handlers:
                debug_logger.addHandler(logging.StreamHandler())
        attribution = {
            "HTTP-Referer": http_referer,
            "X-OpenRouter-Title": x_open_router_title,
            "X-OpenRouter-Categories": x_open_router_categories,
        }
        headers = {"User-Agent": USER_AGENT, **(default_headers or {})}
        headers.update({k: v for k, v in attribution.items() if v})
        if api_key and key_fn is None:
            headers["Authorization"] = f"Bearer {api_key}"
        self._has_key = bool(api_key)
        self.max_event_bytes = max_event_bytes
        self._transport = Transport(
            base_url=self.server_url,
            headers=headers,
            retry=DEFAULT_RETRY if retry_config is UNSET else retry_config or NO_RETRY,
            timeout_ms=timeout_ms,
            connect_timeout_ms=connect_timeout_ms,
            stream_idle_timeout_ms=stream_idle_timeout_ms,
            max_connections=max_connections,
            allow_insecure_http=allow_insecure_http,
            trust_env=trust_env,
            logger=debug_logger,
            pool_timeout_ms=pool_timeout_ms,
            max_response_bytes=max_response_bytes,
            proxy=proxy,
            log_bodies=log_bodies,
            stream_max_duration_ms=stream_max_duration_ms,
        )
        self._transport.auth = key_fn
        self._portal = Portal()
        self._closed = False
        self._streams: weakref.WeakSet[Stream[Any]] = weakref.WeakSet()  # open ones, to close
        # Collected without close() (or still open at exit): stop the thread, close the sessions.
        weakref.finalize(self, _finalize, self._portal, self._transport, repr(self))

    def __repr__(self) -> str:
        key = "set" if self._has_key else "missing"
        return f"OpenRouter(server_url={self.server_url!r}, api_key=<{key}>)"

    # -- lifecycle ---------------------------------------------------------------------------
    async def aclose(self) -> None:
        """Close the sessions and release every pooled connection (and stop the sync thread)."""
        self._closed = True
        await self._aclose_here()
        if not self._portal.on_loop_thread():
            self._portal.stop(self._aclose_here)  # (blocks this loop for as long as that takes)
            self._transport.close_soon()

    def close(self) -> None:
        """Close the client from sync code: the sync thread and every session."""
        self._closed = True
        self._portal.stop(self._aclose_here)
        self._transport.close_soon()

    async def _aclose_here(self) -> None:
        """Close the streams still open on the running loop, then its session."""
        loop = asyncio.get_running_loop()
        for stream in list(self._streams):
            if stream._loop is loop:
                await stream.aclose()
        await self._transport.aclose()


def _finalize(portal: Portal, transport: Transport, name: str) -> None:
    """An unclosed client was collected (from any thread, maybe the portal's) or the interpreter
    is exiting: release what it still holds, without blocking, and say so."""
    if not portal.running and transport.closed:
        return
    transport.close_soon(keep=portal.loop)  # (first: the portal's thread then edits it too)
    portal.stop_soon(transport.aclose)
    warnings.warn(
        f"{name} was never closed; use `with`/`async with` or call close()/aclose()",
        ResourceWarning,
        stacklevel=1,  # (called by the collector: there is no caller's line to point at)
    )
