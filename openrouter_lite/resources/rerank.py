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
        **params: Unpack[RerankParams],
    ) -> CreateRerankResponse:
        """Rank `documents` (strings, or `{"text", "image"}` objects) by relevance to `query`;
        `results` is sorted best first, each with its `index` in `documents`."""
        return await self._call(
            "POST",
            "/rerank",
            CreateRerankResponse,
            params,
            request=CreateRerankRequest,
            fields={"documents": documents, "model": model, "query": query},
        )

    rerank = sync(rerank_async)
