"""Types of the byok API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListBYOKKeysResponse",
    "BYOKKey",
    "CreateBYOKKeyRequest",
    "CreateBYOKKeyRequestParams",
    "CreateBYOKKeyResponse",
    "GetBYOKKeyResponse",
    "DeleteBYOKKeyResponse",
    "UpdateBYOKKeyRequest",
    "UpdateBYOKKeyRequestParams",
    "UpdateBYOKKeyResponse",
)


class ListBYOKKeysResponse(Model):
    """Response of ``GET /byok``."""

    # List of BYOK credentials.
    data: list[BYOKKey]
    # Total number of BYOK credentials matching the filters.
    total_count: int


class BYOKKey(Model):
    # ISO timestamp of when the credential was created.
    created_at: str
    # Whether this credential is currently disabled.
    disabled: bool
    # Stable public identifier for this BYOK credential.
    id: str
    # Whether this credential is treated as a fallback — used only after non-fallback keys for...
    is_fallback: bool
    # Short masked snippet of the key (e.g. the first/last few characters) used to identify it...
    label: str
    # One of: ai21, aion-labs, akashml, alibaba, amazon-bedrock, amazon-nova, ... (96 more).
    provider: str
    # Position within the provider — credentials are tried in ascending sort order.
    sort_order: int
    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this...
    allowed_api_key_hashes: list[str] | None = None
    # Optional allowlist of model slugs this credential may be used for.
    allowed_models: list[str] | None = None
    # Optional allowlist of user IDs that may use this credential.
    allowed_user_ids: list[str] | None = None
    # Optional human-readable name for the credential.
    name: str | None = None
    # The workspace this credential is scoped to, or `null` when it is global — usable across...
    workspace_id: str | None = None


class CreateBYOKKeyRequest(Request):
    """Request body of ``POST /byok``."""

    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this...
    allowed_api_key_hashes: Sequence[str] | None | UnsetType = UNSET
    # Optional allowlist of model slugs this credential may be used for.
    allowed_models: Sequence[str] | None | UnsetType = UNSET
    # Optional allowlist of user IDs that may use this credential.
    allowed_user_ids: Sequence[str] | None | UnsetType = UNSET
    # Whether this credential should be created in a disabled state.
    disabled: bool | UnsetType = UNSET
    # Whether this credential is treated as a fallback — used only after non-fallback keys for...
    is_fallback: bool | UnsetType = UNSET
    # The raw provider API key or credential.
    key: str | UnsetType = UNSET
    # Optional human-readable name for the credential.
    name: str | None | UnsetType = UNSET
    # One of: ai21, aion-labs, akashml, alibaba, amazon-bedrock, amazon-nova, ... (96 more).
    provider: str | UnsetType = UNSET
    # Optional workspace ID to scope the credential to.
    workspace_id: str | UnsetType = UNSET
    # Your declaration of the data region in which the upstream provider account behind this...
    # One of: global, europe, us.
    declared_region: str | None | UnsetType = UNSET
    # Your declaration of whether the upstream provider account has zero data retention.
    declared_zdr: bool | None | UnsetType = UNSET
    # Remove OpenRouter's shared endpoints on this provider for every model (only valid on...
    is_byok_only: bool | UnsetType = UNSET
    # Remove OpenRouter's shared endpoints on this provider for the models this credential...
    is_required: bool | UnsetType = UNSET


class CreateBYOKKeyRequestParams(TypedDict, total=False):
    """The optional fields of ``CreateBYOKKeyRequest``, as keyword arguments."""

    allowed_api_key_hashes: Sequence[str] | None
    allowed_models: Sequence[str] | None
    allowed_user_ids: Sequence[str] | None
    disabled: bool
    is_fallback: bool
    name: str | None
    workspace_id: str
    declared_region: str | None
    declared_zdr: bool | None
    is_byok_only: bool
    is_required: bool


class CreateBYOKKeyResponse(Model):
    """Response of ``POST /byok``."""

    # The created BYOK credential.
    data: BYOKKey


class GetBYOKKeyResponse(Model):
    """Response of ``GET /byok/{id}``."""

    # The BYOK credential.
    data: BYOKKey


class DeleteBYOKKeyResponse(Model):
    """Response of ``DELETE /byok/{id}``."""

    # Confirmation that the BYOK credential was deleted.
    # Always "True".
    deleted: bool


class UpdateBYOKKeyRequest(Request):
    """Request body of ``PATCH /byok/{id}``."""

    # Optional allowlist of OpenRouter API key hashes (`api_keys.hash`) that may use this...
    allowed_api_key_hashes: Sequence[str] | None | UnsetType = UNSET
    # Optional allowlist of model slugs this credential may be used for.
    allowed_models: Sequence[str] | None | UnsetType = UNSET
    # Optional allowlist of user IDs that may use this credential.
    allowed_user_ids: Sequence[str] | None | UnsetType = UNSET
    # Whether this credential is disabled.
    disabled: bool | UnsetType = UNSET
    # Whether this credential is treated as a fallback — used only after non-fallback keys for...
    is_fallback: bool | UnsetType = UNSET
    # A new raw provider API key to rotate the credential in-place.
    key: str | UnsetType = UNSET
    # Optional human-readable name for the credential.
    name: str | None | UnsetType = UNSET
    # Your declaration of the data region in which the upstream provider account behind this...
    # One of: global, europe, us.
    declared_region: str | None | UnsetType = UNSET
    # Your declaration of whether the upstream provider account has zero data retention.
    declared_zdr: bool | None | UnsetType = UNSET
    # Remove OpenRouter's shared endpoints on this provider for every model (only valid on...
    is_byok_only: bool | UnsetType = UNSET
    # Remove OpenRouter's shared endpoints on this provider for the models this credential...
    is_required: bool | UnsetType = UNSET


class UpdateBYOKKeyRequestParams(TypedDict, total=False):
    """The optional fields of ``UpdateBYOKKeyRequest``, as keyword arguments."""

    allowed_api_key_hashes: Sequence[str] | None
    allowed_models: Sequence[str] | None
    allowed_user_ids: Sequence[str] | None
    disabled: bool
    is_fallback: bool
    key: str
    name: str | None
    declared_region: str | None
    declared_zdr: bool | None
    is_byok_only: bool
    is_required: bool


class UpdateBYOKKeyResponse(Model):
    """Response of ``PATCH /byok/{id}``."""

    # The updated BYOK credential.
    data: BYOKKey
