"""Types of the workspaces API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListWorkspacesResponse",
    "Workspace",
    "CreateWorkspaceRequest",
    "CreateWorkspaceRequestParams",
    "CreateWorkspaceResponse",
    "GetWorkspaceResponse",
    "DeleteWorkspaceResponse",
    "UpdateWorkspaceRequest",
    "UpdateWorkspaceRequestParams",
    "UpdateWorkspaceResponse",
    "ListWorkspaceBudgetsResponse",
    "WorkspaceBudget",
    "GetWorkspaceBudgetResponse",
    "UpsertWorkspaceBudgetRequest",
    "UpsertWorkspaceBudgetRequestParams",
    "UpsertWorkspaceBudgetResponse",
    "DeleteWorkspaceBudgetResponse",
    "ListWorkspaceMembersResponse",
    "WorkspaceMember",
    "BulkAddWorkspaceMembersRequest",
    "BulkAddWorkspaceMembersResponse",
    "BulkRemoveWorkspaceMembersRequest",
    "BulkRemoveWorkspaceMembersResponse",
)


class ListWorkspacesResponse(Model):
    """Response of ``GET /workspaces``."""

    # List of workspaces
    data: list[Workspace]
    # Total number of workspaces
    total_count: int


class Workspace(Model):
    # ISO 8601 timestamp of when the workspace was created
    created_at: str
    # Deterministic ID derived from the workspace ID.
    default_guardrail_id: str
    # Unique identifier for the workspace
    id: str
    # Sampling rate for I/O logging (0.0001-1). 1 means 100% of requests are logged.
    io_logging_sampling_rate: float
    # Whether data discount logging is enabled for this workspace
    is_data_discount_logging_enabled: bool
    # Whether broadcast is enabled for this workspace
    is_observability_broadcast_enabled: bool
    # Whether private logging is enabled for this workspace
    is_observability_io_logging_enabled: bool
    # Name of the workspace
    name: str
    # URL-friendly slug for the workspace
    slug: str
    # User ID of the workspace creator
    created_by: str | None = None
    # Default image model for this workspace
    default_image_model: str | None = None
    # Default provider sort preference (price, throughput, latency, exacto)
    default_provider_sort: str | None = None
    # Default text model for this workspace
    default_text_model: str | None = None
    # Description of the workspace
    description: str | None = None
    # Whether BYOK (bring-your-own-key) spend counts toward this workspace's budgets.
    include_byok_in_budgets: bool | None = None
    # Optional array of API key IDs to filter I/O logging.
    io_logging_api_key_ids: list[int] | None = None
    # ISO 8601 timestamp of when the workspace was last updated
    updated_at: str | None = None


class CreateWorkspaceRequest(Request):
    """Request body of ``POST /workspaces``."""

    # Default image model for this workspace
    default_image_model: str | None | UnsetType = UNSET
    # Default provider sort preference (price, throughput, latency, exacto)
    default_provider_sort: str | None | UnsetType = UNSET
    # Default text model for this workspace
    default_text_model: str | None | UnsetType = UNSET
    # Description of the workspace
    description: str | None | UnsetType = UNSET
    # Optional array of API key IDs to filter I/O logging
    io_logging_api_key_ids: Sequence[int] | None | UnsetType = UNSET
    # Sampling rate for I/O logging (0.0001-1)
    io_logging_sampling_rate: float | UnsetType = UNSET
    # Whether data discount logging is enabled
    is_data_discount_logging_enabled: bool | UnsetType = UNSET
    # Whether broadcast is enabled
    is_observability_broadcast_enabled: bool | UnsetType = UNSET
    # Whether private logging is enabled
    is_observability_io_logging_enabled: bool | UnsetType = UNSET
    # Name for the new workspace
    name: str | UnsetType = UNSET
    # URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no...
    slug: str | UnsetType = UNSET
    # OpenRouter server tools (`openrouter:web_search`, ...) that requests in this workspace...
    disabled_server_tools: Sequence[str] | None | UnsetType = UNSET


class CreateWorkspaceRequestParams(TypedDict, total=False):
    """The optional fields of ``CreateWorkspaceRequest``, as keyword arguments."""

    default_image_model: str | None
    default_provider_sort: str | None
    default_text_model: str | None
    description: str | None
    io_logging_api_key_ids: Sequence[int] | None
    io_logging_sampling_rate: float
    is_data_discount_logging_enabled: bool
    is_observability_broadcast_enabled: bool
    is_observability_io_logging_enabled: bool
    disabled_server_tools: Sequence[str] | None


class CreateWorkspaceResponse(Model):
    """Response of ``POST /workspaces``."""

    # The created workspace
    data: Workspace


class GetWorkspaceResponse(Model):
    """Response of ``GET /workspaces/{id}``."""

    # The workspace
    data: Workspace


class DeleteWorkspaceResponse(Model):
    """Response of ``DELETE /workspaces/{id}``."""

    # Confirmation that the workspace was deleted
    # Always "True".
    deleted: bool


class UpdateWorkspaceRequest(Request):
    """Request body of ``PATCH /workspaces/{id}``."""

    # Default image model for this workspace
    default_image_model: str | None | UnsetType = UNSET
    # Default provider sort preference (price, throughput, latency, exacto)
    default_provider_sort: str | None | UnsetType = UNSET
    # Default text model for this workspace
    default_text_model: str | None | UnsetType = UNSET
    # New description for the workspace
    description: str | None | UnsetType = UNSET
    # Optional array of API key IDs to filter I/O logging
    io_logging_api_key_ids: Sequence[int] | None | UnsetType = UNSET
    # Sampling rate for I/O logging (0.0001-1)
    io_logging_sampling_rate: float | UnsetType = UNSET
    # Whether data discount logging is enabled
    is_data_discount_logging_enabled: bool | UnsetType = UNSET
    # Whether broadcast is enabled
    is_observability_broadcast_enabled: bool | UnsetType = UNSET
    # Whether private logging is enabled
    is_observability_io_logging_enabled: bool | UnsetType = UNSET
    # New name for the workspace
    name: str | UnsetType = UNSET
    # New URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no...
    slug: str | UnsetType = UNSET
    # OpenRouter server tools (`openrouter:web_search`, ...) that requests in this workspace...
    disabled_server_tools: Sequence[str] | None | UnsetType = UNSET


class UpdateWorkspaceRequestParams(TypedDict, total=False):
    """The optional fields of ``UpdateWorkspaceRequest``, as keyword arguments."""

    default_image_model: str | None
    default_provider_sort: str | None
    default_text_model: str | None
    description: str | None
    io_logging_api_key_ids: Sequence[int] | None
    io_logging_sampling_rate: float
    is_data_discount_logging_enabled: bool
    is_observability_broadcast_enabled: bool
    is_observability_io_logging_enabled: bool
    name: str
    slug: str
    disabled_server_tools: Sequence[str] | None


class UpdateWorkspaceResponse(Model):
    """Response of ``PATCH /workspaces/{id}``."""

    # The updated workspace
    data: Workspace


class ListWorkspaceBudgetsResponse(Model):
    """Response of ``GET /workspaces/{id}/budgets``."""

    # List of budgets configured for the workspace
    data: list[WorkspaceBudget]
    # Whether BYOK (bring-your-own-key) spend is included when enforcing the workspace's budgets.
    include_byok_in_budgets: bool | None = None


class WorkspaceBudget(Model):
    # ISO 8601 timestamp of when the budget was created
    created_at: str
    # Unique identifier for the budget
    id: str
    # Spending limit in USD for this interval
    limit_usd: float
    # ISO 8601 timestamp of when the budget was last updated
    updated_at: str
    # ID of the workspace the budget belongs to
    workspace_id: str
    # Interval at which spend resets.
    # One of: daily, weekly, monthly.
    reset_interval: str | None = None


class GetWorkspaceBudgetResponse(Model):
    """Response of ``GET /workspaces/{id}/budgets/{interval}``."""

    # The budget for the requested interval
    data: WorkspaceBudget
    # Whether BYOK (bring-your-own-key) spend is included when enforcing the workspace's budgets.
    include_byok_in_budgets: bool | None = None


class UpsertWorkspaceBudgetRequest(Request):
    """Request body of ``PUT /workspaces/{id}/budgets/{interval}``."""

    # Whether to include BYOK (bring-your-own-key) spend when enforcing the workspace's budgets.
    include_byok_in_budgets: bool | UnsetType = UNSET
    # Spending limit in USD.
    limit_usd: float | UnsetType = UNSET


class UpsertWorkspaceBudgetRequestParams(TypedDict, total=False):
    """The optional fields of ``UpsertWorkspaceBudgetRequest``, as keyword arguments."""

    include_byok_in_budgets: bool


class UpsertWorkspaceBudgetResponse(Model):
    """Response of ``PUT /workspaces/{id}/budgets/{interval}``."""

    # The created or updated budget
    data: WorkspaceBudget
    # Whether BYOK (bring-your-own-key) spend is included when enforcing the workspace's budgets.
    include_byok_in_budgets: bool | None = None


class DeleteWorkspaceBudgetResponse(Model):
    """Response of ``DELETE /workspaces/{id}/budgets/{interval}``."""

    # Confirmation that the budget was deleted (or did not exist)
    # Always "True".
    deleted: bool


class ListWorkspaceMembersResponse(Model):
    """Response of ``GET /workspaces/{id}/members``."""

    # List of workspace members
    data: list[WorkspaceMember]
    # Total number of members in the workspace
    total_count: int


class WorkspaceMember(Model):
    # ISO 8601 timestamp of when the membership was created
    created_at: str
    # Unique identifier for the workspace membership
    id: str
    # Role of the member in the workspace
    # One of: admin, member.
    role: str
    # Clerk user ID of the member
    user_id: str
    # ID of the workspace
    workspace_id: str


class BulkAddWorkspaceMembersRequest(Request):
    """Request body of ``POST /workspaces/{id}/members/add``."""

    # List of user IDs to add to the workspace.
    user_ids: Sequence[str] | UnsetType = UNSET


class BulkAddWorkspaceMembersResponse(Model):
    """Response of ``POST /workspaces/{id}/members/add``."""

    # Number of workspace memberships created or updated
    added_count: int
    # List of added workspace memberships
    data: list[WorkspaceMember]


class BulkRemoveWorkspaceMembersRequest(Request):
    """Request body of ``POST /workspaces/{id}/members/remove``."""

    # List of user IDs to remove from the workspace
    user_ids: Sequence[str] | UnsetType = UNSET


class BulkRemoveWorkspaceMembersResponse(Model):
    """Response of ``POST /workspaces/{id}/members/remove``."""

    # Number of members removed
    removed_count: int
