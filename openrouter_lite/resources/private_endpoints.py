"""Private endpoints: `client.private_endpoints.*` (`/private-endpoints`: your own upstream
deployments as routable endpoints; management key).

The lifecycle: `create` a draft, `validate` it with a workspace's BYOK key, `activate` it;
`disable` / `enable` pause and resume routing; `create(activate=...)` does all three at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._sync import sync
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
from ._base import CallArgs, Resource

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
        return await self._call("GET", "/private-endpoints", ListPrivateEndpointsResponse, args)

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
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        idempotency_key = kwargs.pop("idempotency_key", None)
        return await self._call(
            "POST",
            "/private-endpoints",
            ManagedPrivateEndpointResponse,
            kwargs,
            request=CreatePrivateEndpointRequest,
            fields={
                "model_permaslug": model_permaslug,
                "provider_slug": provider_slug,
                "upstream_model_id": upstream_model_id,
            },
            headers=None if idempotency_key is None else {"Idempotency-Key": idempotency_key},
        )

    async def delete_async(
        self, *, id: str, draft_only: bool | str | None = None, **args: Unpack[CallArgs]
    ) -> DeletePrivateEndpointResponse:
        """Delete an endpoint and stop routing to it; `draft_only=True` refuses (409) once it
        was activated."""
        query = {"draft_only": draft_only}
        return await self._call(
            "DELETE", _ONE, DeletePrivateEndpointResponse, args, path={"id": id}, query=query
        )

    async def get_async(self, *, id: str, **args: Unpack[CallArgs]) -> PrivateEndpointResponse:
        """One endpoint with its upstream configuration and current pricing."""
        return await self._call("GET", _ONE, PrivateEndpointResponse, args, path={"id": id})

    async def update_async(
        self, *, id: str, upstream_model_id: str, **params: Unpack[_UpdateArgs]
    ) -> PrivateEndpointResponse:
        """Replace a draft's upstream configuration (an omitted `base_url` keeps the stored one;
        active endpoints answer 409). Any change clears an earlier validation."""
        return await self._call(
            "PATCH",
            _ONE,
            PrivateEndpointResponse,
            params,
            path={"id": id},
            request=UpdatePrivateEndpointRequest,
            fields={"upstream_model_id": upstream_model_id},
        )

    async def activate_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> ManagedPrivateEndpointResponse:
        """Make a validated draft routable (409 if never validated, stale, or already active)."""
        return await self._call(
            "POST", _ONE + "/activate", ManagedPrivateEndpointResponse, args, path={"id": id}
        )

    async def disable_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> ManagedPrivateEndpointResponse:
        """Stop routing to an active endpoint without deleting it."""
        return await self._call(
            "POST", _ONE + "/disable", ManagedPrivateEndpointResponse, args, path={"id": id}
        )

    async def enable_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> ManagedPrivateEndpointResponse:
        """Resume routing to a disabled endpoint."""
        return await self._call(
            "POST", _ONE + "/enable", ManagedPrivateEndpointResponse, args, path={"id": id}
        )

    async def update_pricing_async(
        self,
        *,
        id: str,
        pricing: PrivateEndpointPricing | Mapping[str, Any],
        **args: Unpack[CallArgs],
    ) -> PrivateEndpointResponse:
        """Replace the negotiated per-token rates (`prompt`, `completion`, optional
        `cache_read` / `cache_write`: an omitted one reverts to the default)."""
        body = UpdatePrivateEndpointPricingRequest(pricing=pricing)
        return await self._call(
            "PUT", _ONE + "/pricing", PrivateEndpointResponse, args, path={"id": id}, body=body
        )

    async def validate_async(
        self, *, id: str, workspace_id: str, **args: Unpack[CallArgs]
    ) -> PrivateEndpointValidationResponse:
        """Send a live test request through `workspace_id`'s BYOK key; failed checks answer
        200 with `passed=False` and the checks that failed."""
        body = ValidatePrivateEndpointRequest(workspace_id=workspace_id)
        return await self._call(
            "POST",
            _ONE + "/validate",
            PrivateEndpointValidationResponse,
            args,
            path={"id": id},
            body=body,
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
