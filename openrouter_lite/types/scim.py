"""Types of the scim API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListScimGroupMappingsResponse",
    "ScimGroupMapping",
    "CreateScimGroupMappingRequest",
    "CreateScimGroupMappingResponse",
    "GetScimGroupMappingResponse",
    "DeleteScimGroupMappingResponse",
    "UpdateScimGroupMappingRequest",
    "UpdateScimGroupMappingResponse",
    "ListScimGroupsResponse",
    "ScimGroup",
    "CreateScimSyncJobResponse",
    "ScimSyncJob",
    "GetScimSyncJobResponse",
)


class ListScimGroupMappingsResponse(Model):
    """Response of ``GET /scim/group-mappings``."""

    data: list[ScimGroupMapping]
    total_count: int


class ScimGroupMapping(Model):
    created_at: str
    id: str
    organization_id: str
    # One of: admin, member.
    role: str
    scim_group_id: str
    updated_at: str
    workspace_id: str


class CreateScimGroupMappingRequest(Request):
    """Request body of ``POST /scim/group-mappings``."""

    # One of: admin, member.
    role: str | UnsetType = UNSET
    scim_group_id: str | UnsetType = UNSET
    workspace_id: str | UnsetType = UNSET


class CreateScimGroupMappingResponse(Model):
    """Response of ``POST /scim/group-mappings``."""

    data: ScimGroupMapping


class GetScimGroupMappingResponse(Model):
    """Response of ``GET /scim/group-mappings/{id}``."""

    data: ScimGroupMapping


class DeleteScimGroupMappingResponse(Model):
    """Response of ``DELETE /scim/group-mappings/{id}``."""

    # Always "True".
    deleted: bool


class UpdateScimGroupMappingRequest(Request):
    """Request body of ``PATCH /scim/group-mappings/{id}``."""

    # One of: admin, member.
    role: str | UnsetType = UNSET


class UpdateScimGroupMappingResponse(Model):
    """Response of ``PATCH /scim/group-mappings/{id}``."""

    data: ScimGroupMapping


class ListScimGroupsResponse(Model):
    """Response of ``GET /scim/groups``."""

    data: list[ScimGroup]
    total_count: int


class ScimGroup(Model):
    created_at: str
    display_name: str
    id: str
    organization_id: str
    updated_at: str
    external_id: str | None = None


class CreateScimSyncJobResponse(Model):
    """Response of ``POST /scim/sync-jobs``."""

    data: ScimSyncJob


class ScimSyncJob(Model):
    """A SCIM directory sync and its outcome."""

    id: str
    # One of: queued, running, succeeded, failed.
    status: str
    created_at: str
    started_at: str | None = None
    finished_at: str | None = None
    synced_groups: int | None = None
    deleted_groups: int | None = None
    error_message: str | None = None


class GetScimSyncJobResponse(Model):
    """Response of ``GET /scim/sync-jobs/{id}``."""

    data: ScimSyncJob
