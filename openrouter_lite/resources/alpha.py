"""`client.alpha`: the official SDK's namespace for alpha endpoints (`client.alpha.decisions`).

Alpha endpoints live under the server root (`/api/alpha/...`), not under `/api/v1`: the path is
resolved against the client's `server_url` without its `/api/v1` suffix.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._sync import sync
from ..types.alpha import (
    DecisionsQuestion,
    DecisionsRequest,
    DecisionsRequestParams,
    DecisionsResponse,
)
from ._base import CallArgs, Resource, split_params

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from .._client import OpenRouter

__all__ = ("Alpha", "Decisions", "server_root")

_API_V1 = "/api/v1"


def server_root(server_url: str) -> str:
    """`https://openrouter.ai/api/v1` -> `https://openrouter.ai`; a URL without the `/api/v1`
    suffix is taken as the root itself."""
    url = server_url.rstrip("/")
    return url[: -len(_API_V1)] if url.endswith(_API_V1) else url


class _CreateArgs(DecisionsRequestParams, CallArgs, total=False):
    pass


class Decisions(Resource):
    """`POST /api/alpha/decisions`."""

    __slots__ = ()

    async def create_async(
        self,
        *,
        model: str,
        questions: Mapping[str, DecisionsQuestion | Mapping[str, Any]],
        state: str | Mapping[str, Any] | Sequence[Any],
        **params: Unpack[_CreateArgs],
    ) -> DecisionsResponse:
        """Ask typed questions (`box`, `choice`, `noul`, `score`) about `state`; the answers come
        back under the questions' names. A per-call `server_url` is the server root too (with
        or without `/api/v1`)."""
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        options, headers = split_params(kwargs)
        body = DecisionsRequest(model=model, questions=questions, state=state, **kwargs)
        base = (options or {}).get("server_url") or self._client.server_url
        options = {**(options or {}), "server_url": server_root(base)}
        return await self._json(
            "POST",
            "/api/alpha/decisions",
            DecisionsResponse,
            body=body,
            options=options,
            headers=headers,
        )

    create = sync(create_async)


class Alpha:
    """Alpha endpoints: `alpha.decisions.create(...)`."""

    __slots__ = ("decisions",)

    def __init__(self, client: OpenRouter) -> None:
        self.decisions = Decisions(client)
