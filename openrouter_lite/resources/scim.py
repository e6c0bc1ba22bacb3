"""SCIM: `client.scim.*` (`/scim/group-mappings` CRUD, `GET /scim/groups`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from ..types.scim import (
    CreateScimGroupMappingRequest,
    CreateScimGroupMappingResponse,
    DeleteScimGroupMappingResponse,
    GetScimGroupMappingResponse,
    ListScimGroupMappingsResponse,
    ListScimGroupsResponse,
    ScimGroup,
    ScimGroupMapping,
    UpdateScimGroupMappingRequest,
    UpdateScimGroupMappingResponse,
)
from ._base import CallArgs, Resource
from .scim_extra import ScimSyncJobs

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Scim", "ScimGroupMappingsPage", "ScimGroupsPage")

_ONE = "/scim/group-mappings/{id}"


class ScimGroupMappingsPage(
    ListScimGroupMappingsResponse, Page[ScimGroupMapping], dict=True, gc=True
):
    """A page of `scim.list_mappings`; `next()` fetches the following page."""


class ScimGroupsPage(ListScimGroupsResponse, Page[ScimGroup], dict=True, gc=True):
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
        query = {"offset": offset, "limit": limit}
        return await self._call_page(
            "/scim/group-mappings", ScimGroupMappingsPage, args, query=query
        )

    async def create_async(
        self, *, role: str, scim_group_id: str, workspace_id: str, **args: Unpack[CallArgs]
    ) -> CreateScimGroupMappingResponse:
        """Map a SCIM group to a workspace with a role (admin or member) (management key)."""
        body = CreateScimGroupMappingRequest(
            role=role, scim_group_id=scim_group_id, workspace_id=workspace_id
        )
        return await self._call(
            "POST", "/scim/group-mappings", CreateScimGroupMappingResponse, args, body=body
        )

    async def delete_async(
        self, *, id: str, keep_members: bool | str, **args: Unpack[CallArgs]
    ) -> DeleteScimGroupMappingResponse:
        """Delete a mapping; `keep_members=False` also removes the members it granted (mgmt key)."""
        query = {"keep_members": keep_members}
        return await self._call(
            "DELETE", _ONE, DeleteScimGroupMappingResponse, args, path={"id": id}, query=query
        )

    async def read_async(self, *, id: str, **args: Unpack[CallArgs]) -> GetScimGroupMappingResponse:
        """One SCIM group mapping by id (management key)."""
        return await self._call("GET", _ONE, GetScimGroupMappingResponse, args, path={"id": id})

    async def update_async(
        self, *, id: str, role: str, **args: Unpack[CallArgs]
    ) -> UpdateScimGroupMappingResponse:
        """Change the role a SCIM group mapping grants (management key)."""
        body = UpdateScimGroupMappingRequest(role=role)
        return await self._call(
            "PATCH", _ONE, UpdateScimGroupMappingResponse, args, path={"id": id}, body=body
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
        query = {
            "offset": offset,
            "limit": limit,
            "display_name": display_name,
            "external_id": external_id,
        }
        return await self._call_page("/scim/groups", ScimGroupsPage, args, query=query)

    list_mappings = sync(list_mappings_async)
    create = sync(create_async)
    delete = sync(delete_async)
    read = sync(read_async)
    update = sync(update_async)
    list_groups = sync(list_groups_async)
