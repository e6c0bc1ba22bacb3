"""SCIM: `client.scim.*` (`/scim/group-mappings` CRUD, `GET /scim/groups`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.scim import (
    CreateScimGroupMappingRequest,
    CreateScimGroupMappingResponse,
    DeleteScimGroupMappingResponse,
    GetScimGroupMappingResponse,
    ListScimGroupMappingsResponse,
    ListScimGroupsResponse,
    UpdateScimGroupMappingRequest,
    UpdateScimGroupMappingResponse,
)
from ._base import CallArgs, Resource, call_options
from .scim_extra import ScimSyncJobs

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Scim", "ScimGroupMappingsPage", "ScimGroupsPage")

_ONE = "/scim/group-mappings/{id}"


class ScimGroupMappingsPage(ListScimGroupMappingsResponse, Page, dict=True, gc=True):
    """A page of `scim.list_mappings`; `next()` fetches the following page."""


class ScimGroupsPage(ListScimGroupsResponse, Page, dict=True, gc=True):
    """A page of `scim.list_groups`; `next()` fetches the following page."""


class Scim(ScimSyncJobs, Resource):
    """Group mappings and groups; `create_sync_job` and `get_sync_job` come from the mixin."""

    __slots__ = ()

    async def list_mappings_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> ScimGroupMappingsPage:
        """List SCIM group-to-workspace mappings (management key)."""
        options, headers = call_options(args)
        query = {"offset": offset, "limit": limit}
        return await self._page(
            "/scim/group-mappings", ScimGroupMappingsPage, query, options, headers
        )

    async def create_async(
        self, *, role: str, scim_group_id: str, workspace_id: str, **args: Unpack[CallArgs]
    ) -> CreateScimGroupMappingResponse:
        """Map a SCIM group to a workspace with a role (admin or member) (management key)."""
        options, headers = call_options(args)
        body = CreateScimGroupMappingRequest(
            role=role, scim_group_id=scim_group_id, workspace_id=workspace_id
        )
        return await self._json(
            "POST",
            "/scim/group-mappings",
            CreateScimGroupMappingResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def delete_async(
        self, *, id: str, keep_members: bool | str, **args: Unpack[CallArgs]
    ) -> DeleteScimGroupMappingResponse:
        """Delete a mapping; `keep_members=False` also removes the members it granted (mgmt key)."""
        options, headers = call_options(args)
        return await self._json(
            "DELETE",
            build_path(_ONE, id=id),
            DeleteScimGroupMappingResponse,
            query={"keep_members": keep_members},
            options=options,
            headers=headers,
        )

    async def read_async(self, *, id: str, **args: Unpack[CallArgs]) -> GetScimGroupMappingResponse:
        """One SCIM group mapping by id (management key)."""
        options, headers = call_options(args)
        return await self._json(
            "GET",
            build_path(_ONE, id=id),
            GetScimGroupMappingResponse,
            options=options,
            headers=headers,
        )

    async def update_async(
        self, *, id: str, role: str, **args: Unpack[CallArgs]
    ) -> UpdateScimGroupMappingResponse:
        """Change the role a SCIM group mapping grants (management key)."""
        options, headers = call_options(args)
        body = UpdateScimGroupMappingRequest(role=role)
        return await self._json(
            "PATCH",
            build_path(_ONE, id=id),
            UpdateScimGroupMappingResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def list_groups_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        display_name: str | None = None,
        external_id: str | None = None,
        **args: Unpack[CallArgs],
    ) -> ScimGroupsPage:
        """List the SCIM groups your identity provider pushed (management key)."""
        options, headers = call_options(args)
        query = {
            "offset": offset,
            "limit": limit,
            "display_name": display_name,
            "external_id": external_id,
        }
        return await self._page("/scim/groups", ScimGroupsPage, query, options, headers)

    list_mappings = sync(list_mappings_async)
    create = sync(create_async)
    delete = sync(delete_async)
    read = sync(read_async)
    update = sync(update_async)
    list_groups = sync(list_groups_async)
