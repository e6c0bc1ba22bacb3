"""Types of the guardrails API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListGuardrailsResponse",
    "Guardrail",
    "ContentFilterBuiltinEntry",
    "ContentFilterEntry",
    "CreateGuardrailRequest",
    "CreateGuardrailRequestParams",
    "ContentFilterBuiltinEntryInput",
    "CreateGuardrailResponse",
    "GetGuardrailResponse",
    "DeleteGuardrailResponse",
    "UpdateGuardrailRequest",
    "UpdateGuardrailRequestParams",
    "UpdateGuardrailResponse",
    "ListKeyAssignmentsResponse",
    "KeyAssignment",
    "BulkAssignKeysRequest",
    "BulkAssignKeysResponse",
    "BulkUnassignKeysRequest",
    "BulkUnassignKeysResponse",
    "ListMemberAssignmentsResponse",
    "MemberAssignment",
    "BulkAssignMembersRequest",
    "BulkAssignMembersResponse",
    "BulkUnassignMembersRequest",
    "BulkUnassignMembersResponse",
)


class ListGuardrailsResponse(Model):
    """Response of ``GET /guardrails``."""

    # List of guardrails
    data: list[Guardrail]
    # Total number of guardrails
    total_count: int


class Guardrail(Model):
    # ISO 8601 timestamp of when the guardrail was created
    created_at: str
    # Unique identifier for the guardrail
    id: str
    # Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's...
    include_byok_in_budgets: bool
    # Name of the guardrail
    name: str
    # Array of model canonical_slugs (immutable identifiers)
    allowed_models: list[str] | None = None
    # List of allowed provider IDs
    allowed_providers: list[str] | None = None
    # Builtin content filters applied to requests.
    content_filter_builtins: list[ContentFilterBuiltinEntry] | None = None
    # Custom regex content filters applied to request messages
    content_filters: list[ContentFilterEntry] | None = None
    # Description of the guardrail
    description: str | None = None
    # Whether this guardrail allows free endpoints that publish prompts.
    enable_free_model_publication: bool | None = None
    # Whether this guardrail allows free endpoints that train on request data.
    enable_free_model_training: bool | None = None
    # Whether this guardrail allows paid endpoints that train on request data.
    enable_paid_model_training: bool | None = None
    # Deprecated.
    enforce_zdr: bool | None = None
    # Whether to enforce zero data retention for Anthropic models.
    enforce_zdr_anthropic: bool | None = None
    # Whether to enforce zero data retention for Google models.
    enforce_zdr_google: bool | None = None
    # Whether to enforce zero data retention for OpenAI models.
    enforce_zdr_openai: bool | None = None
    # Whether to enforce zero data retention for models that are not from Anthropic, OpenAI...
    enforce_zdr_other: bool | None = None
    # Whether to enforce zero data retention for xAI models.
    enforce_zdr_xai: bool | None = None
    # Array of model canonical_slugs to exclude from routing
    ignored_models: list[str] | None = None
    # List of provider IDs to exclude from routing
    ignored_providers: list[str] | None = None
    # Spending limit in USD
    limit_usd: float | None = None
    # One of: daily, weekly, monthly.
    reset_interval: str | None = None
    # ISO 8601 timestamp of when the guardrail was last updated
    updated_at: str | None = None
    # The workspace this guardrail belongs to, or `null` for an unscoped legacy guardrail...
    workspace_id: str | None = None


class ContentFilterBuiltinEntry(Model):
    """A builtin content filter entry."""

    # One of: redact, block, flag.
    action: str
    # One of: email, phone, ssn, credit-card, ip-address, person-name, address, ... (1 more).
    slug: str
    # Read-only, system-assigned redaction placeholder derived from the slug (e.g. "[EMAIL]"...
    label: str | None = None
    # One of: user_only, all_messages.
    scan_scope: str | None = None


class ContentFilterEntry(Model):
    """A custom regex content filter that scans request messages for matching patterns."""

    # One of: redact, block, flag.
    action: str
    # A regex pattern to match against request content
    pattern: str
    # Optional label used in redaction placeholders or error messages
    label: str | None = None


class CreateGuardrailRequest(Request):
    """Request body of ``POST /guardrails``."""

    # Array of model identifiers (slug or canonical_slug accepted)
    allowed_models: Sequence[str] | None | UnsetType = UNSET
    # List of allowed provider IDs
    allowed_providers: Sequence[str] | None | UnsetType = UNSET
    # Builtin content filters to apply.
    content_filter_builtins: (
        Sequence[ContentFilterBuiltinEntryInput | Mapping[str, Any]] | None | UnsetType
    ) = UNSET
    # Custom regex content filters to apply to request messages
    content_filters: Sequence[ContentFilterEntry | Mapping[str, Any]] | None | UnsetType = UNSET
    # Description of the guardrail
    description: str | None | UnsetType = UNSET
    # Whether this guardrail allows free endpoints that publish prompts.
    enable_free_model_publication: bool | None | UnsetType = UNSET
    # Whether this guardrail allows free endpoints that train on request data.
    enable_free_model_training: bool | None | UnsetType = UNSET
    # Whether this guardrail allows paid endpoints that train on request data.
    enable_paid_model_training: bool | None | UnsetType = UNSET
    # Deprecated.
    enforce_zdr: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for Anthropic models.
    enforce_zdr_anthropic: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for Google models.
    enforce_zdr_google: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for OpenAI models.
    enforce_zdr_openai: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for models that are not from Anthropic, OpenAI...
    enforce_zdr_other: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for xAI models.
    enforce_zdr_xai: bool | None | UnsetType = UNSET
    # Array of model identifiers to exclude from routing (slug or canonical_slug accepted)
    ignored_models: Sequence[str] | None | UnsetType = UNSET
    # List of provider IDs to exclude from routing
    ignored_providers: Sequence[str] | None | UnsetType = UNSET
    # Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's...
    include_byok_in_budgets: bool | UnsetType = UNSET
    # Spending limit in USD
    limit_usd: float | None | UnsetType = UNSET
    # Name for the new guardrail
    name: str | UnsetType = UNSET
    # One of: daily, weekly, monthly.
    reset_interval: str | None | UnsetType = UNSET
    # The workspace to create the guardrail in.
    workspace_id: str | UnsetType = UNSET
    # Whether ZDR-only requests to google/* models may use endpoints that may retain prompts...
    allow_safety_retention_google: bool | None | UnsetType = UNSET
    # Whether ZDR-only requests to models outside the named providers may use endpoints that...
    allow_safety_retention_other: bool | None | UnsetType = UNSET
    # Data regions through which requests governed by this guardrail must arrive.
    # One of: global, europe, us.
    allowed_data_regions: Sequence[str] | None | UnsetType = UNSET


class CreateGuardrailRequestParams(TypedDict, total=False):
    """The optional fields of ``CreateGuardrailRequest``, as keyword arguments."""

    allowed_models: Sequence[str] | None
    allowed_providers: Sequence[str] | None
    content_filter_builtins: Sequence[ContentFilterBuiltinEntryInput | Mapping[str, Any]] | None
    content_filters: Sequence[ContentFilterEntry | Mapping[str, Any]] | None
    description: str | None
    enable_free_model_publication: bool | None
    enable_free_model_training: bool | None
    enable_paid_model_training: bool | None
    enforce_zdr: bool | None
    enforce_zdr_anthropic: bool | None
    enforce_zdr_google: bool | None
    enforce_zdr_openai: bool | None
    enforce_zdr_other: bool | None
    enforce_zdr_xai: bool | None
    ignored_models: Sequence[str] | None
    ignored_providers: Sequence[str] | None
    include_byok_in_budgets: bool
    limit_usd: float | None
    reset_interval: str | None
    workspace_id: str
    allow_safety_retention_google: bool | None
    allow_safety_retention_other: bool | None
    allowed_data_regions: Sequence[str] | None


class ContentFilterBuiltinEntryInput(Model):
    """A builtin content filter entry for create/update requests.

    Request-only: encoded, never decoded.
    """

    # One of: redact, block, flag.
    action: str
    # One of: email, phone, ssn, credit-card, ip-address, person-name, address, ... (1 more).
    slug: str
    # Deprecated: labels are system-assigned and cannot be set by the caller.
    label: str | None = None
    # One of: user_only, all_messages.
    scan_scope: str | None = None


class CreateGuardrailResponse(Model):
    """Response of ``POST /guardrails``."""

    # The created guardrail
    data: Guardrail


class GetGuardrailResponse(Model):
    """Response of ``GET /guardrails/{id}``."""

    # The guardrail
    data: Guardrail


class DeleteGuardrailResponse(Model):
    """Response of ``DELETE /guardrails/{id}``."""

    # Confirmation that the guardrail was deleted
    # Always "True".
    deleted: bool


class UpdateGuardrailRequest(Request):
    """Request body of ``PATCH /guardrails/{id}``."""

    # Array of model identifiers (slug or canonical_slug accepted)
    allowed_models: Sequence[str] | None | UnsetType = UNSET
    # New list of allowed provider IDs
    allowed_providers: Sequence[str] | None | UnsetType = UNSET
    # Builtin content filters to apply.
    content_filter_builtins: (
        Sequence[ContentFilterBuiltinEntryInput | Mapping[str, Any]] | None | UnsetType
    ) = UNSET
    # Custom regex content filters to apply.
    content_filters: Sequence[ContentFilterEntry | Mapping[str, Any]] | None | UnsetType = UNSET
    # New description for the guardrail
    description: str | None | UnsetType = UNSET
    # Whether this guardrail allows free endpoints that publish prompts.
    enable_free_model_publication: bool | None | UnsetType = UNSET
    # Whether this guardrail allows free endpoints that train on request data.
    enable_free_model_training: bool | None | UnsetType = UNSET
    # Whether this guardrail allows paid endpoints that train on request data.
    enable_paid_model_training: bool | None | UnsetType = UNSET
    # Deprecated.
    enforce_zdr: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for Anthropic models.
    enforce_zdr_anthropic: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for Google models.
    enforce_zdr_google: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for OpenAI models.
    enforce_zdr_openai: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for models that are not from Anthropic, OpenAI...
    enforce_zdr_other: bool | None | UnsetType = UNSET
    # Whether to enforce zero data retention for xAI models.
    enforce_zdr_xai: bool | None | UnsetType = UNSET
    # Array of model identifiers to exclude from routing (slug or canonical_slug accepted)
    ignored_models: Sequence[str] | None | UnsetType = UNSET
    # List of provider IDs to exclude from routing
    ignored_providers: Sequence[str] | None | UnsetType = UNSET
    # Whether BYOK (bring-your-own-key) inference spend counts toward this guardrail's...
    include_byok_in_budgets: bool | UnsetType = UNSET
    # New spending limit in USD
    limit_usd: float | None | UnsetType = UNSET
    # New name for the guardrail
    name: str | UnsetType = UNSET
    # One of: daily, weekly, monthly.
    reset_interval: str | None | UnsetType = UNSET
    # Whether ZDR-only requests to google/* models may use endpoints that may retain prompts...
    allow_safety_retention_google: bool | None | UnsetType = UNSET
    # Whether ZDR-only requests to models outside the named providers may use endpoints that...
    allow_safety_retention_other: bool | None | UnsetType = UNSET
    # Data regions through which requests governed by this guardrail must arrive.
    # One of: global, europe, us.
    allowed_data_regions: Sequence[str] | None | UnsetType = UNSET


class UpdateGuardrailRequestParams(TypedDict, total=False):
    """The optional fields of ``UpdateGuardrailRequest``, as keyword arguments."""

    allowed_models: Sequence[str] | None
    allowed_providers: Sequence[str] | None
    content_filter_builtins: Sequence[ContentFilterBuiltinEntryInput | Mapping[str, Any]] | None
    content_filters: Sequence[ContentFilterEntry | Mapping[str, Any]] | None
    description: str | None
    enable_free_model_publication: bool | None
    enable_free_model_training: bool | None
    enable_paid_model_training: bool | None
    enforce_zdr: bool | None
    enforce_zdr_anthropic: bool | None
    enforce_zdr_google: bool | None
    enforce_zdr_openai: bool | None
    enforce_zdr_other: bool | None
    enforce_zdr_xai: bool | None
    ignored_models: Sequence[str] | None
    ignored_providers: Sequence[str] | None
    include_byok_in_budgets: bool
    limit_usd: float | None
    name: str
    reset_interval: str | None
    allow_safety_retention_google: bool | None
    allow_safety_retention_other: bool | None
    allowed_data_regions: Sequence[str] | None


class UpdateGuardrailResponse(Model):
    """Response of ``PATCH /guardrails/{id}``."""

    # The updated guardrail
    data: Guardrail


class ListKeyAssignmentsResponse(Model):
    """Response of ``GET /guardrails/{id}/assignments/keys``."""

    # List of key assignments
    data: list[KeyAssignment]
    # Total number of key assignments for this guardrail
    total_count: int


class KeyAssignment(Model):
    # ISO 8601 timestamp of when the assignment was created
    created_at: str
    # ID of the guardrail
    guardrail_id: str
    # Unique identifier for the assignment
    id: str
    # Hash of the assigned API key
    key_hash: str
    # Label of the API key
    key_label: str
    # Name of the API key
    key_name: str
    # User ID of who made the assignment
    assigned_by: str | None = None


class BulkAssignKeysRequest(Request):
    """Request body of ``POST /guardrails/{id}/assignments/keys``."""

    # Array of API key hashes to assign to the guardrail
    key_hashes: Sequence[str] | UnsetType = UNSET


class BulkAssignKeysResponse(Model):
    """Response of ``POST /guardrails/{id}/assignments/keys``."""

    # Number of keys successfully assigned
    assigned_count: int


class BulkUnassignKeysRequest(Request):
    """Request body of ``POST /guardrails/{id}/assignments/keys/remove``."""

    # Array of API key hashes to unassign from the guardrail
    key_hashes: Sequence[str] | UnsetType = UNSET


class BulkUnassignKeysResponse(Model):
    """Response of ``POST /guardrails/{id}/assignments/keys/remove``."""

    # Number of keys successfully unassigned
    unassigned_count: int


class ListMemberAssignmentsResponse(Model):
    """Response of ``GET /guardrails/{id}/assignments/members``."""

    # List of member assignments
    data: list[MemberAssignment]
    # Total number of member assignments
    total_count: int


class MemberAssignment(Model):
    # ISO 8601 timestamp of when the assignment was created
    created_at: str
    # ID of the guardrail
    guardrail_id: str
    # Unique identifier for the assignment
    id: str
    # Organization ID
    organization_id: str
    # Clerk user ID of the assigned member
    user_id: str
    # User ID of who made the assignment
    assigned_by: str | None = None


class BulkAssignMembersRequest(Request):
    """Request body of ``POST /guardrails/{id}/assignments/members``."""

    # Array of member user IDs to assign to the guardrail
    member_user_ids: Sequence[str] | UnsetType = UNSET


class BulkAssignMembersResponse(Model):
    """Response of ``POST /guardrails/{id}/assignments/members``."""

    # Number of members successfully assigned
    assigned_count: int


class BulkUnassignMembersRequest(Request):
    """Request body of ``POST /guardrails/{id}/assignments/members/remove``."""

    # Array of member user IDs to unassign from the guardrail
    member_user_ids: Sequence[str] | UnsetType = UNSET


class BulkUnassignMembersResponse(Model):
    """Response of ``POST /guardrails/{id}/assignments/members/remove``."""

    # Number of members successfully unassigned
    unassigned_count: int
