"""Private endpoints: `client.private_endpoints.*` (`/private-endpoints`: your own upstream
deployments as routable endpoints; management key).

The lifecycle: `create` a draft, `validate` it with a workspace's BYOK key, `activate` it;
`disable` / `enable` pause and resume routing; `create(activate=...)` does all three at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._sync import sync
from .._transport import build_path
from ..types.private_endpoints import (
    CreatePrivateEndpointRequest,
    CreatePrivateEndpointRequestParams,
    DeletePrivateEndpointResponse,
    ListPrivateEndpointsResponse,
    ManagedPrivateEndpointResponse,
    PrivateEndpointPricing,
    PrivateEndpointResponse,
    PrivateEndpointValidationResponse,
    UpdatePrivateEndpointPricingRequest,
    UpdatePrivateEndpointRequest,
    UpdatePrivateEndpointRequestParams,
    ValidatePrivateEndpointRequest,
)
from ._base import CallArgs, Resource, call_options, split_params

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("PrivateEndpoints",)

_ONE = "/private-endpoints/{id}"


class _CreateArgs(CreatePrivateEndpointRequestParams, CallArgs, total=False):
    idempotency_key: str  # sent as the `Idempotency-Key` header: makes retries safe


class _UpdateArgs(UpdatePrivateEndpointRequestParams, CallArgs, total=False):
    pass


class PrivateEndpoints(Resource):
    __slots__ = ()

    async def list_async(self, **args: Unpack[CallArgs]) -> ListPrivateEndpointsResponse:
        """The organization's private endpoints, drafts included."""
        options, headers = call_options(args)
        return await self._json(
            "GET",
            "/private-endpoints",
            ListPrivateEndpointsResponse,
            options=options,
            headers=headers,
        )

    async def create_async(
        self,
        *,
        model_permaslug: str,
        provider_slug: str,
        upstream_model_id: str,
        **params: Unpack[_CreateArgs],
    ) -> ManagedPrivateEndpointResponse:
        """Create a draft endpoint; with `activate={"workspace_id": ...}` it is validated and
        activated in the same call. `idempotency_key` makes a retried create return the first
        one's endpoint."""
        kwargs: dict[str, Any] = dict(params)
        idempotency_key = kwargs.pop("idempotency_key", None)
        options, headers = split_params(kwargs)
        if idempotency_key is not None:
            headers = {**(headers or {}), "Idempotency-Key": idempotency_key}
        body = CreatePrivateEndpointRequest(
            model_permaslug=model_permaslug,
            provider_slug=provider_slug,
            upstream_model_id=upstream_model_id,
            **kwargs,
        )
        return await self._json(
            "POST",
            "/private-endpoints",
            ManagedPrivateEndpointResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def delete_async(
        self, *, id: str, draft_only: bool | str | None = None, **args: Unpack[CallArgs]
    ) -> DeletePrivateEndpointResponse:
        """Delete an endpoint and stop routing to it; `draft_only=True` refuses (409) once it
        was activated."""
        options, headers = call_options(args)
        return await self._json(
            "DELETE",
            build_path(_ONE, id=id),
            DeletePrivateEndpointResponse,
            query={"draft_only": draft_only},
            options=options,
            headers=headers,
        )

    async def get_async(self, *, id: str, **args: Unpack[CallArgs]) -> PrivateEndpointResponse:
        """One endpoint with its upstream configuration and current pricing."""
        options, headers = call_options(args)
        return await self._json(
            "GET",
            build_path(_ONE, id=id),
            PrivateEndpointResponse,
            options=options,
            headers=headers,
        )

    async def update_async(
        self, *, id: str, upstream_model_id: str, **params: Unpack[_UpdateArgs]
    ) -> PrivateEndpointResponse:
        """Replace a draft's upstream configuration (an omitted `base_url` keeps the stored one;
        active endpoints answer 409). Any change clears an earlier validation."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = UpdatePrivateEndpointRequest(upstream_model_id=upstream_model_id, **kwargs)
        return await self._json(
            "PATCH",
            build_path(_ONE, id=id),
            PrivateEndpointResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def activate_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> ManagedPrivateEndpointResponse:
        """Make a validated draft routable (409 if never validated, stale, or already active)."""
        return await self._action(id, "activate", args)

    async def disable_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> ManagedPrivateEndpointResponse:
        """Stop routing to an active endpoint without deleting it."""
        return await self._action(id, "disable", args)

    async def enable_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> ManagedPrivateEndpointResponse:
        """Resume routing to a disabled endpoint."""
        return await self._action(id, "enable", args)

    async def update_pricing_async(
        self,
        *,
        id: str,
        pricing: PrivateEndpointPricing | Mapping[str, Any],
        **args: Unpack[CallArgs],
    ) -> PrivateEndpointResponse:
        """Replace the negotiated per-token rates (`prompt`, `completion`, optional
        `cache_read` / `cache_write`: an omitted one reverts to the default)."""
        options, headers = call_options(args)
        body = UpdatePrivateEndpointPricingRequest(pricing=pricing)
        return await self._json(
            "PUT",
            build_path(_ONE + "/pricing", id=id),
            PrivateEndpointResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def validate_async(
        self, *, id: str, workspace_id: str, **args: Unpack[CallArgs]
    ) -> PrivateEndpointValidationResponse:
        """Send a live test request through `workspace_id`'s BYOK key; failed checks answer
        200 with `passed=False` and the checks that failed."""
        options, headers = call_options(args)
        body = ValidatePrivateEndpointRequest(workspace_id=workspace_id)
        return await self._json(
            "POST",
            build_path(_ONE + "/validate", id=id),
            PrivateEndpointValidationResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def _action(
        self, id: str, action: str, args: Mapping[str, Any]
    ) -> ManagedPrivateEndpointResponse:
        options, headers = call_options(args)
        return await self._json(
            "POST",
            build_path(_ONE + "/" + action, id=id),
            ManagedPrivateEndpointResponse,
            options=options,
            headers=headers,
        )

    list = sync(list_async)
    create = sync(create_async)
    delete = sync(delete_async)
    get = sync(get_async)
    update = sync(update_async)
    activate = sync(activate_async)
    disable = sync(disable_async)
    enable = sync(enable_async)
    update_pricing = sync(update_pricing_async)
    validate = sync(validate_async)
