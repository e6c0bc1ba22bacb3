"""Observability: `client.observability.*` (`/observability/destinations` CRUD)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.observability import (
    CreateObservabilityDestinationRequest,
    CreateObservabilityDestinationRequestParams,
    CreateObservabilityDestinationResponse,
    DeleteObservabilityDestinationResponse,
    GetObservabilityDestinationResponse,
    ListObservabilityDestinationsResponse,
    UpdateObservabilityDestinationRequest,
    UpdateObservabilityDestinationRequestParams,
    UpdateObservabilityDestinationResponse,
)
from ._base import CallArgs, Resource, call_options, split_params

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Observability", "ObservabilityDestinationsPage")

_PATH = "/observability/destinations"
_ONE = "/observability/destinations/{id}"


class ObservabilityDestinationsPage(
    ListObservabilityDestinationsResponse, Page, dict=True, gc=True
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
        options, headers = call_options(args)
        query = {"offset": offset, "limit": limit, "workspace_id": workspace_id}
        return await self._page(_PATH, ObservabilityDestinationsPage, query, options, headers)

    async def create_async(
        self,
        *,
        config: Mapping[str, Any],
        name: str,
        type_: str,
        **params: Unpack[_CreateArgs],
    ) -> CreateObservabilityDestinationResponse:
        """Add a destination (`type_`: langfuse, datadog, s3, webhook, ...) (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = CreateObservabilityDestinationRequest(config=config, name=name, type=type_, **kwargs)
        return await self._json(
            "POST",
            _PATH,
            CreateObservabilityDestinationResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def delete_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> DeleteObservabilityDestinationResponse:
        """Delete a destination (management key)."""
        options, headers = call_options(args)
        return await self._json(
            "DELETE",
            build_path(_ONE, id=id),
            DeleteObservabilityDestinationResponse,
            options=options,
            headers=headers,
        )

    async def get_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> GetObservabilityDestinationResponse:
        """One destination by id (management key)."""
        options, headers = call_options(args)
        return await self._json(
            "GET",
            build_path(_ONE, id=id),
            GetObservabilityDestinationResponse,
            options=options,
            headers=headers,
        )

    async def update_async(
        self, *, id: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateObservabilityDestinationResponse:
        """Change a destination's config, filters, sampling or enabled state (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = UpdateObservabilityDestinationRequest(**kwargs)
        return await self._json(
            "PATCH",
            build_path(_ONE, id=id),
            UpdateObservabilityDestinationResponse,
            body=body,
            options=options,
            headers=headers,
        )

    list = sync(list_async)
    create = sync(create_async)
    delete = sync(delete_async)
    get = sync(get_async)
    update = sync(update_async)
