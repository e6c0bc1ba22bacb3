"""Organization: `client.organization.*` (`GET /organization/members`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from ..types.organization import (
    ListOrganizationMembersResponse,
    ListOrganizationMembersResponseData,
)
from ._base import CallArgs, Resource
from .organization_extra import OrganizationSettingsOps

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Organization", "OrganizationMembersPage")


class OrganizationMembersPage(
    ListOrganizationMembersResponse, Page[ListOrganizationMembersResponseData], dict=True, gc=True
):
    """A page of `organization.list_members`; `next()` fetches the following page."""


class Organization(OrganizationSettingsOps, Resource):
    """Members; `get_settings` and `update_settings` come from the mixin."""

    __slots__ = ()

    async def list_members_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> OrganizationMembersPage:
        """List the organization's members (management key)."""
        query = {"offset": offset, "limit": limit}
        return await self._call_page(
            "/organization/members", OrganizationMembersPage, args, query=query
        )

    list_members = sync(list_members_async)
