"""Rerank: `client.rerank.rerank(model=..., query=..., documents=[...])`, `POST /rerank`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._sync import sync
from ..types.rerank import (
    CreateRerankRequest,
    CreateRerankRequestParams,
    CreateRerankResponse,
    RerankDocument,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Rerank", "RerankParams")


class RerankParams(CreateRerankRequestParams, CallArgs, total=False):
    """Every keyword `rerank.rerank` accepts besides `documents`, `model` and `query`."""


class Rerank(Resource):
    """`POST /rerank`."""

    __slots__ = ()

    async def rerank_async(
        self,
        *,
        documents: Sequence[str | RerankDocument | Mapping[str, Any]],
        model: str,
        query: str,
        accept_header_override: str | None = None,
        **params: Unpack[RerankParams],
    ) -> CreateRerankResponse:
        """Rank `documents` (strings, or `{"text", "image"}` objects) by relevance to `query`;
        `results` is sorted best first, each with its `index` in `documents`.
        `accept_header_override` (the official SDK's argument) sets the `Accept` header; the answer
        is decoded as JSON either way."""
        return await self._call(
            "POST",
            "/rerank",
            CreateRerankResponse,
            params,
            request=CreateRerankRequest,
            fields={"documents": documents, "model": model, "query": query},
            # the official SDK's accept enum is a str Enum: send its value
            headers=None
            if accept_header_override is None
            else {"Accept": getattr(accept_header_override, "value", accept_header_override)},
        )

    rerank = sync(rerank_async)
