"""Organization settings (`GET` / `PATCH /organization/settings`, management key): operations
the upstream spec lacks, as a mixin of the `Organization` resource
(`class Organization(OrganizationSettingsOps, Resource)`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.organization import (
    GetOrganizationSettingsResponse,
    UpdateOrganizationSettingsRequest,
    UpdateOrganizationSettingsResponse,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("OrganizationSettingsOps",)

_PATH = "/organization/settings"


class OrganizationSettingsOps(Resource):
    """`organization.get_settings` and `organization.update_settings`."""

    __slots__ = ()

    async def get_settings_async(self, **args: Unpack[CallArgs]) -> GetOrganizationSettingsResponse:
        """The settings of the management key's organization."""
        return await self._call("GET", _PATH, GetOrganizationSettingsResponse, args)

    async def update_settings_async(
        self, *, is_filtered_model_catalog_enabled: bool, **args: Unpack[CallArgs]
    ) -> UpdateOrganizationSettingsResponse:
        """Change the settings of the management key's organization."""
        body = UpdateOrganizationSettingsRequest(
            is_filtered_model_catalog_enabled=is_filtered_model_catalog_enabled
        )
        return await self._call("PATCH", _PATH, UpdateOrganizationSettingsResponse, args, body=body)

    get_settings = sync(get_settings_async)
    update_settings = sync(update_settings_async)
