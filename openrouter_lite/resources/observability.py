"""Observability: `client.observability.*` (`/observability/destinations` CRUD)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._pagination import Page
from .._sync import sync
from ..types.observability import (
    CreateObservabilityDestinationRequest,
    CreateObservabilityDestinationRequestParams,
    CreateObservabilityDestinationResponse,
    DeleteObservabilityDestinationResponse,
    GetObservabilityDestinationResponse,
    ListObservabilityDestinationsResponse,
    ObservabilityDestination,
    UpdateObservabilityDestinationRequest,
    UpdateObservabilityDestinationRequestParams,
    UpdateObservabilityDestinationResponse,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Observability", "ObservabilityDestinationsPage")

_PATH = "/observability/destinations"
_ONE = "/observability/destinations/{id}"


class ObservabilityDestinationsPage(
    ListObservabilityDestinationsResponse, Page[ObservabilityDestination], dict=True, gc=True
):
    """A page of `observability.list`; `next()` fetches the following page."""


class _CreateArgs(CreateObservabilityDestinationRequestParams, CallArgs, total=False):
    pass


class _UpdateArgs(UpdateObservabilityDestinationRequestParams, CallArgs, total=False):
    pass


class Observability(Resource):
    __slots__ = ()

    async def list_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        workspace_id: str | None = None,
        **args: Unpack[CallArgs],
    ) -> ObservabilityDestinationsPage:
        """List observability (trace export) destinations (management key)."""
        query = {"offset": offset, "limit": limit, "workspace_id": workspace_id}
        return await self._call_page(_PATH, ObservabilityDestinationsPage, args, query=query)

    async def create_async(
        self,
        *,
        config: Mapping[str, Any],
        name: str,
        type_: str,
        **params: Unpack[_CreateArgs],
    ) -> CreateObservabilityDestinationResponse:
        """Add a destination (`type_`: langfuse, datadog, s3, webhook, ...) (management key)."""
        return await self._call(
            "POST",
            _PATH,
            CreateObservabilityDestinationResponse,
            params,
            request=CreateObservabilityDestinationRequest,
            fields={"config": config, "name": name, "type": type_},
        )

    async def delete_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> DeleteObservabilityDestinationResponse:
        """Delete a destination (management key)."""
        return await self._call(
            "DELETE", _ONE, DeleteObservabilityDestinationResponse, args, path={"id": id}
        )

    async def get_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> GetObservabilityDestinationResponse:
        """One destination by id (management key)."""
        return await self._call(
            "GET", _ONE, GetObservabilityDestinationResponse, args, path={"id": id}
        )

    async def update_async(
        self, *, id: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateObservabilityDestinationResponse:
        """Change a destination's config, filters, sampling or enabled state (management key)."""
        return await self._call(
            "PATCH",
            _ONE,
            UpdateObservabilityDestinationResponse,
            params,
            path={"id": id},
            request=UpdateObservabilityDestinationRequest,
        )

    list = sync(list_async)
    create = sync(create_async)
    delete = sync(delete_async)
    get = sync(get_async)
    update = sync(update_async)
