"""Types of the organization API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListOrganizationMembersResponse",
    "ListOrganizationMembersResponseData",
    "GetOrganizationSettingsResponse",
    "OrganizationSettings",
    "UpdateOrganizationSettingsRequest",
    "UpdateOrganizationSettingsResponse",
)


class ListOrganizationMembersResponse(Model):
    """Response of ``GET /organization/members``."""

    # List of organization members
    data: list[ListOrganizationMembersResponseData]
    # Total number of members in the organization
    total_count: int


class ListOrganizationMembersResponseData(Model):
    """The ``ListOrganizationMembersResponse.data`` object."""

    # Email address of the member
    email: str
    # User ID of the organization member
    id: str
    # Role of the member in the organization
    # One of: org:admin, org:member.
    role: str
    # First name of the member
    first_name: str | None = None
    # Last name of the member
    last_name: str | None = None


class GetOrganizationSettingsResponse(Model):
    """Response of ``GET /organization/settings``."""

    data: OrganizationSettings


class OrganizationSettings(Model):
    id: str
    is_filtered_model_catalog_enabled: bool


class UpdateOrganizationSettingsRequest(Request):
    """Request body of ``PATCH /organization/settings``."""

    is_filtered_model_catalog_enabled: bool | UnsetType = UNSET


class UpdateOrganizationSettingsResponse(Model):
    """Response of ``PATCH /organization/settings``."""

    data: OrganizationSettings
