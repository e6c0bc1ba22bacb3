"""Types of the private endpoints API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListPrivateEndpointsResponse",
    "PrivateEndpointSummary",
    "CreatePrivateEndpointRequest",
    "CreatePrivateEndpointRequestParams",
    "PrivateEndpointPricing",
    "PrivateEndpointActivation",
    "ManagedPrivateEndpointResponse",
    "ManagedPrivateEndpoint",
    "PrivateEndpointResponse",
    "PrivateEndpoint",
    "DeletePrivateEndpointResponse",
    "DeletePrivateEndpointResponseData",
    "UpdatePrivateEndpointRequest",
    "UpdatePrivateEndpointRequestParams",
    "UpdatePrivateEndpointPricingRequest",
    "ValidatePrivateEndpointRequest",
    "PrivateEndpointValidationResponse",
    "PrivateEndpointValidation",
    "PrivateEndpointCheck",
)


class ListPrivateEndpointsResponse(Model):
    """Response of ``GET /private-endpoints``."""

    data: list[PrivateEndpointSummary]


class PrivateEndpointSummary(Model):
    """A private endpoint as listed."""

    id: str
    # One of: draft, active, disabled.
    status: str
    provider_name: str
    model_permaslug: str
    created_at: str
    model_slug: str | None = None
    model_name: str | None = None


class CreatePrivateEndpointRequest(Request):
    """Request body of ``POST /private-endpoints``."""

    provider_slug: str | UnsetType = UNSET
    model_permaslug: str | UnsetType = UNSET
    # The model id the upstream provider knows.
    upstream_model_id: str | UnsetType = UNSET
    # The upstream's base URL.
    base_url: str | UnsetType = UNSET
    # One of: global, europe, us.
    declared_region: str | None | UnsetType = UNSET
    declared_zdr: bool | None | UnsetType = UNSET
    pricing: PrivateEndpointPricing | Mapping[str, Any] | UnsetType = UNSET
    activate: PrivateEndpointActivation | Mapping[str, Any] | UnsetType = UNSET


class CreatePrivateEndpointRequestParams(TypedDict, total=False):
    """The optional fields of ``CreatePrivateEndpointRequest``, as keyword arguments."""

    base_url: str
    declared_region: str | None
    declared_zdr: bool | None
    pricing: PrivateEndpointPricing | Mapping[str, Any]
    activate: PrivateEndpointActivation | Mapping[str, Any]


class PrivateEndpointPricing(Model):
    """Negotiated per-token rates (USD strings) for requests routed to the endpoint."""

    prompt: str
    completion: str
    cache_read: str | None = None
    cache_write: str | None = None


class PrivateEndpointActivation(Model):
    """Validate and activate in the same call, with this workspace's BYOK key.

    Request-only: encoded, never decoded.
    """

    workspace_id: str


class ManagedPrivateEndpointResponse(Model):
    """Response of ``POST /private-endpoints``."""

    data: ManagedPrivateEndpoint


class ManagedPrivateEndpoint(Model):
    """A private endpoint with its data-policy declarations."""

    id: str
    # One of: draft, active, disabled.
    status: str
    provider_name: str
    model_permaslug: str
    created_at: str
    model_slug: str | None = None
    model_name: str | None = None
    # One of: global, europe, us.
    declared_region: str | None = None
    declared_zdr: bool | None = None


class PrivateEndpointResponse(Model):
    """Response of ``GET /private-endpoints/{id}``."""

    data: PrivateEndpoint


class PrivateEndpoint(Model):
    """A private endpoint with its upstream configuration and pricing."""

    id: str
    # One of: draft, active, disabled.
    status: str
    provider_name: str
    model_permaslug: str
    upstream_model_id: str
    pricing: PrivateEndpointPricing
    provider_slug: str | None = None
    model_slug: str | None = None
    model_name: str | None = None
    base_url: str | None = None
    # One of: global, europe, us.
    declared_region: str | None = None
    declared_zdr: bool | None = None


class DeletePrivateEndpointResponse(Model):
    """Response of ``DELETE /private-endpoints/{id}``."""

    data: DeletePrivateEndpointResponseData


class DeletePrivateEndpointResponseData(Model):
    """The ``DeletePrivateEndpointResponse.data`` object."""

    id: str


class UpdatePrivateEndpointRequest(Request):
    """Request body of ``PATCH /private-endpoints/{id}``."""

    upstream_model_id: str | UnsetType = UNSET
    # Omit to keep the stored one.
    base_url: str | UnsetType = UNSET
    # One of: global, europe, us.
    declared_region: str | None | UnsetType = UNSET
    declared_zdr: bool | None | UnsetType = UNSET


class UpdatePrivateEndpointRequestParams(TypedDict, total=False):
    """The optional fields of ``UpdatePrivateEndpointRequest``, as keyword arguments."""

    base_url: str
    declared_region: str | None
    declared_zdr: bool | None


class UpdatePrivateEndpointPricingRequest(Request):
    """Request body of ``PUT /private-endpoints/{id}/pricing``."""

    pricing: PrivateEndpointPricing | Mapping[str, Any] | UnsetType = UNSET


class ValidatePrivateEndpointRequest(Request):
    """Request body of ``POST /private-endpoints/{id}/validate``."""

    # The workspace whose BYOK key the test request uses.
    workspace_id: str | UnsetType = UNSET


class PrivateEndpointValidationResponse(Model):
    """Response of ``POST /private-endpoints/{id}/validate``."""

    data: PrivateEndpointValidation


class PrivateEndpointValidation(Model):
    passed: bool
    checks: list[PrivateEndpointCheck]


class PrivateEndpointCheck(Model):
    name: str
    passed: bool
    # One of: database_error, endpoint_limit_reached, invalid_base_url, ... (13 more).
    reason: str | None = None
    actual_model: str | None = None
    upstream_status: int | None = None
    upstream_message: str | None = None
