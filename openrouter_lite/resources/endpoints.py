"""Endpoints: `client.endpoints.*` (`GET /models/{author}/{slug}/endpoints`, `/endpoints/zdr`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from .._transport import build_path
from ..types.endpoints import ListModelEndpointsResponse, ListZdrEndpointsResponse
from ._base import CallArgs, Resource, call_options

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Endpoints",)


class Endpoints(Resource):
    __slots__ = ()

    async def list_async(
        self, *, author: str, slug: str, **args: Unpack[CallArgs]
    ) -> ListModelEndpointsResponse:
        """A model's endpoints (providers) with pricing, uptime, latency and throughput."""
        options, headers = call_options(args)
        path = build_path("/models/{author}/{slug}/endpoints", author=author, slug=slug)
        return await self._json(
            "GET", path, ListModelEndpointsResponse, options=options, headers=headers
        )

    async def list_zdr_endpoints_async(self, **args: Unpack[CallArgs]) -> ListZdrEndpointsResponse:
        """The endpoints that honour Zero Data Retention."""
        options, headers = call_options(args)
        return await self._json(
            "GET", "/endpoints/zdr", ListZdrEndpointsResponse, options=options, headers=headers
        )

    list = sync(list_async)
    list_zdr_endpoints = sync(list_zdr_endpoints_async)
