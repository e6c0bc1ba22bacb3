"""Endpoints: `client.endpoints.*` (`GET /models/{author}/{slug}/endpoints`, `/endpoints/zdr`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.endpoints import ListModelEndpointsResponse, ListZdrEndpointsResponse
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Endpoints",)


class Endpoints(Resource):
    __slots__ = ()

    async def list_async(
        self, *, author: str, slug: str, **args: Unpack[CallArgs]
    ) -> ListModelEndpointsResponse:
        """A model's endpoints (providers) with pricing, uptime, latency and throughput."""
        return await self._call(
            "GET",
            "/models/{author}/{slug}/endpoints",
            ListModelEndpointsResponse,
            args,
            path={"author": author, "slug": slug},
        )

    async def list_zdr_endpoints_async(self, **args: Unpack[CallArgs]) -> ListZdrEndpointsResponse:
        """The endpoints that honour Zero Data Retention."""
        return await self._call("GET", "/endpoints/zdr", ListZdrEndpointsResponse, args)

    list = sync(list_async)
    list_zdr_endpoints = sync(list_zdr_endpoints_async)
