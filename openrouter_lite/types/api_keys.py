"""Types of the api keys API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "GetCurrentKeyResponse",
    "GetCurrentKeyResponseData",
    "GetCurrentKeyResponseDataRateLimit",
    "ListApiKeysResponse",
    "ListApiKeysResponseData",
    "CreateApiKeyRequest",
    "CreateApiKeyRequestParams",
    "CreateApiKeyResponse",
    "CreateApiKeyResponseData",
    "GetApiKeyResponse",
    "GetApiKeyResponseData",
    "DeleteApiKeyResponse",
    "UpdateApiKeyRequest",
    "UpdateApiKeyRequestParams",
    "UpdateApiKeyResponse",
    "UpdateApiKeyResponseData",
)


class GetCurrentKeyResponse(Model):
    """Response of ``GET /key``."""

    # Current API key information
    data: GetCurrentKeyResponseData


class GetCurrentKeyResponseData(Model):
    """Current API key information"""

    # Total external BYOK usage (in USD) for the API key
    byok_usage: float
    # External BYOK usage (in USD) for the current UTC day
    byok_usage_daily: float
    # External BYOK usage (in USD) for current UTC month
    byok_usage_monthly: float
    # External BYOK usage (in USD) for the current UTC week (Monday-Sunday)
    byok_usage_weekly: float
    # Whether to include external BYOK usage in the credit limit
    include_byok_in_limit: bool
    # Whether this is a free tier API key
    is_free_tier: bool
    # Whether this is a management key
    is_management_key: bool
    # Whether this is a management key
    is_provisioning_key: bool
    # Human-readable label for the API key
    label: str
    # Legacy rate limit information about a key.
    rate_limit: GetCurrentKeyResponseDataRateLimit
    # Total OpenRouter credit usage (in USD) for the API key
    usage: float
    # OpenRouter credit usage (in USD) for the current UTC day
    usage_daily: float
    # OpenRouter credit usage (in USD) for the current UTC month
    usage_monthly: float
    # OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday)
    usage_weekly: float
    # The user ID of the key creator.
    creator_user_id: str | None = None
    # ISO 8601 UTC timestamp when the API key expires, or null if no expiration
    expires_at: str | None = None
    # Spending limit for the API key in USD
    limit: float | None = None
    # Remaining spending limit in USD
    limit_remaining: float | None = None
    # Type of limit reset for the API key
    limit_reset: str | None = None


class GetCurrentKeyResponseDataRateLimit(Model):
    """Legacy rate limit information about a key."""

    # Rate limit interval
    interval: str
    # Note about the rate limit
    note: str
    # Number of requests allowed per interval
    requests: int


class ListApiKeysResponse(Model):
    """Response of ``GET /keys``."""

    # List of API keys
    data: list[ListApiKeysResponseData]


class ListApiKeysResponseData(Model):
    """The ``ListApiKeysResponse.data`` object."""

    # Total external BYOK usage (in USD) for the API key
    byok_usage: float
    # External BYOK usage (in USD) for the current UTC day
    byok_usage_daily: float
    # External BYOK usage (in USD) for current UTC month
    byok_usage_monthly: float
    # External BYOK usage (in USD) for the current UTC week (Monday-Sunday)
    byok_usage_weekly: float
    # ISO 8601 timestamp of when the API key was created
    created_at: str
    # Whether the API key is disabled
    disabled: bool
    # Unique hash identifier for the API key
    hash: str
    # Whether to include external BYOK usage in the credit limit
    include_byok_in_limit: bool
    # Human-readable label for the API key
    label: str
    # Name of the API key
    name: str
    # Total OpenRouter credit usage (in USD) for the API key
    usage: float
    # OpenRouter credit usage (in USD) for the current UTC day
    usage_daily: float
    # OpenRouter credit usage (in USD) for the current UTC month
    usage_monthly: float
    # OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday)
    usage_weekly: float
    # The workspace ID this API key belongs to.
    workspace_id: str
    # The user ID of the key creator.
    creator_user_id: str | None = None
    # ISO 8601 UTC timestamp when the API key expires, or null if no expiration
    expires_at: str | None = None
    # Spending limit for the API key in USD
    limit: float | None = None
    # Remaining spending limit in USD
    limit_remaining: float | None = None
    # Type of limit reset for the API key
    limit_reset: str | None = None
    # ISO 8601 timestamp of when the API key was last updated
    updated_at: str | None = None


class CreateApiKeyRequest(Request):
    """Request body of ``POST /keys``."""

    # Optional user ID of the key creator.
    creator_user_id: str | None | UnsetType = UNSET
    # Optional ISO 8601 UTC timestamp when the API key should expire.
    expires_at: str | None | UnsetType = UNSET
    # Whether to include BYOK usage in the limit
    include_byok_in_limit: bool | UnsetType = UNSET
    # Optional spending limit for the API key in USD
    limit: float | None | UnsetType = UNSET
    # Type of limit reset for the API key (daily, weekly, monthly, or null for no reset).
    # One of: daily, weekly, monthly.
    limit_reset: str | None | UnsetType = UNSET
    # Name for the new API key
    name: str | UnsetType = UNSET
    # The workspace to create the API key in.
    workspace_id: str | UnsetType = UNSET
    # Optional partner-defined identity associated with the created API key: `user` (the...
    external: Mapping[str, Any] | UnsetType = UNSET


class CreateApiKeyRequestParams(TypedDict, total=False):
    """The optional fields of ``CreateApiKeyRequest``, as keyword arguments."""

    creator_user_id: str | None
    expires_at: str | None
    include_byok_in_limit: bool
    limit: float | None
    limit_reset: str | None
    workspace_id: str
    external: Mapping[str, Any]


class CreateApiKeyResponse(Model):
    """Response of ``POST /keys``."""

    # The created API key information
    data: CreateApiKeyResponseData
    # The actual API key string (only shown once)
    key: str


class CreateApiKeyResponseData(Model):
    """The created API key information"""

    # Total external BYOK usage (in USD) for the API key
    byok_usage: float
    # External BYOK usage (in USD) for the current UTC day
    byok_usage_daily: float
    # External BYOK usage (in USD) for current UTC month
    byok_usage_monthly: float
    # External BYOK usage (in USD) for the current UTC week (Monday-Sunday)
    byok_usage_weekly: float
    # ISO 8601 timestamp of when the API key was created
    created_at: str
    # Whether the API key is disabled
    disabled: bool
    # Unique hash identifier for the API key
    hash: str
    # Whether to include external BYOK usage in the credit limit
    include_byok_in_limit: bool
    # Human-readable label for the API key
    label: str
    # Name of the API key
    name: str
    # Total OpenRouter credit usage (in USD) for the API key
    usage: float
    # OpenRouter credit usage (in USD) for the current UTC day
    usage_daily: float
    # OpenRouter credit usage (in USD) for the current UTC month
    usage_monthly: float
    # OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday)
    usage_weekly: float
    # The workspace ID this API key belongs to.
    workspace_id: str
    # The user ID of the key creator.
    creator_user_id: str | None = None
    # ISO 8601 UTC timestamp when the API key expires, or null if no expiration
    expires_at: str | None = None
    # Spending limit for the API key in USD
    limit: float | None = None
    # Remaining spending limit in USD
    limit_remaining: float | None = None
    # Type of limit reset for the API key
    limit_reset: str | None = None
    # ISO 8601 timestamp of when the API key was last updated
    updated_at: str | None = None


class GetApiKeyResponse(Model):
    """Response of ``GET /keys/{hash}``."""

    # The API key information
    data: GetApiKeyResponseData


class GetApiKeyResponseData(Model):
    """The API key information"""

    # Total external BYOK usage (in USD) for the API key
    byok_usage: float
    # External BYOK usage (in USD) for the current UTC day
    byok_usage_daily: float
    # External BYOK usage (in USD) for current UTC month
    byok_usage_monthly: float
    # External BYOK usage (in USD) for the current UTC week (Monday-Sunday)
    byok_usage_weekly: float
    # ISO 8601 timestamp of when the API key was created
    created_at: str
    # Whether the API key is disabled
    disabled: bool
    # Unique hash identifier for the API key
    hash: str
    # Whether to include external BYOK usage in the credit limit
    include_byok_in_limit: bool
    # Human-readable label for the API key
    label: str
    # Name of the API key
    name: str
    # Total OpenRouter credit usage (in USD) for the API key
    usage: float
    # OpenRouter credit usage (in USD) for the current UTC day
    usage_daily: float
    # OpenRouter credit usage (in USD) for the current UTC month
    usage_monthly: float
    # OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday)
    usage_weekly: float
    # The workspace ID this API key belongs to.
    workspace_id: str
    # The user ID of the key creator.
    creator_user_id: str | None = None
    # ISO 8601 UTC timestamp when the API key expires, or null if no expiration
    expires_at: str | None = None
    # Spending limit for the API key in USD
    limit: float | None = None
    # Remaining spending limit in USD
    limit_remaining: float | None = None
    # Type of limit reset for the API key
    limit_reset: str | None = None
    # ISO 8601 timestamp of when the API key was last updated
    updated_at: str | None = None


class DeleteApiKeyResponse(Model):
    """Response of ``DELETE /keys/{hash}``."""

    # Confirmation that the API key was deleted
    # Always "True".
    deleted: bool


class UpdateApiKeyRequest(Request):
    """Request body of ``PATCH /keys/{hash}``."""

    # Whether to disable the API key
    disabled: bool | UnsetType = UNSET
    # Whether to include BYOK usage in the limit
    include_byok_in_limit: bool | UnsetType = UNSET
    # New spending limit for the API key in USD
    limit: float | None | UnsetType = UNSET
    # New limit reset type for the API key (daily, weekly, monthly, or null for no reset).
    # One of: daily, weekly, monthly.
    limit_reset: str | None | UnsetType = UNSET
    # New name for the API key
    name: str | UnsetType = UNSET
    # Move the API key to this workspace.
    workspace_id: str | UnsetType = UNSET


class UpdateApiKeyRequestParams(TypedDict, total=False):
    """The optional fields of ``UpdateApiKeyRequest``, as keyword arguments."""

    disabled: bool
    include_byok_in_limit: bool
    limit: float | None
    limit_reset: str | None
    name: str
    workspace_id: str


class UpdateApiKeyResponse(Model):
    """Response of ``PATCH /keys/{hash}``."""

    # The updated API key information
    data: UpdateApiKeyResponseData


class UpdateApiKeyResponseData(Model):
    """The updated API key information"""

    # Total external BYOK usage (in USD) for the API key
    byok_usage: float
    # External BYOK usage (in USD) for the current UTC day
    byok_usage_daily: float
    # External BYOK usage (in USD) for current UTC month
    byok_usage_monthly: float
    # External BYOK usage (in USD) for the current UTC week (Monday-Sunday)
    byok_usage_weekly: float
    # ISO 8601 timestamp of when the API key was created
    created_at: str
    # Whether the API key is disabled
    disabled: bool
    # Unique hash identifier for the API key
    hash: str
    # Whether to include external BYOK usage in the credit limit
    include_byok_in_limit: bool
    # Human-readable label for the API key
    label: str
    # Name of the API key
    name: str
    # Total OpenRouter credit usage (in USD) for the API key
    usage: float
    # OpenRouter credit usage (in USD) for the current UTC day
    usage_daily: float
    # OpenRouter credit usage (in USD) for the current UTC month
    usage_monthly: float
    # OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday)
    usage_weekly: float
    # The workspace ID this API key belongs to.
    workspace_id: str
    # The user ID of the key creator.
    creator_user_id: str | None = None
    # ISO 8601 UTC timestamp when the API key expires, or null if no expiration
    expires_at: str | None = None
    # Spending limit for the API key in USD
    limit: float | None = None
    # Remaining spending limit in USD
    limit_remaining: float | None = None
    # Type of limit reset for the API key
    limit_reset: str | None = None
    # ISO 8601 timestamp of when the API key was last updated
    updated_at: str | None = None
