"""Providers: `client.providers.list()` (`GET /providers`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.providers import ListProvidersResponse
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Providers",)


class Providers(Resource):
    __slots__ = ()

    async def list_async(self, **args: Unpack[CallArgs]) -> ListProvidersResponse:
        """Every provider: name, slug, headquarters, datacenters, policy links."""
        return await self._call("GET", "/providers", ListProvidersResponse, args)

    list = sync(list_async)
