"""BYOK: `client.byok.*` (`/byok` CRUD: your own provider keys)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.byok import (
    CreateBYOKKeyRequest,
    CreateBYOKKeyRequestParams,
    CreateBYOKKeyResponse,
    DeleteBYOKKeyResponse,
    GetBYOKKeyResponse,
    ListBYOKKeysResponse,
    UpdateBYOKKeyRequest,
    UpdateBYOKKeyRequestParams,
    UpdateBYOKKeyResponse,
)
from ._base import CallArgs, Resource, call_options, split_params

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Byok", "ByokPage")


class ByokPage(ListBYOKKeysResponse, Page, dict=True, gc=True):
    """A page of `byok.list`; `next()` fetches the following page."""


class _CreateArgs(CreateBYOKKeyRequestParams, CallArgs, total=False):
    pass


class _UpdateArgs(UpdateBYOKKeyRequestParams, CallArgs, total=False):
    pass


class Byok(Resource):
    __slots__ = ()

    async def list_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        workspace_id: str | None = None,
        provider: str | None = None,
        **args: Unpack[CallArgs],
    ) -> ByokPage:
        """List BYOK provider credentials (management key)."""
        options, headers = call_options(args)
        query = {
            "offset": offset,
            "limit": limit,
            "workspace_id": workspace_id,
            "provider": provider,
        }
        return await self._page("/byok", ByokPage, query, options, headers)

    async def create_async(
        self, *, key: str, provider: str, **params: Unpack[_CreateArgs]
    ) -> CreateBYOKKeyResponse:
        """Store a provider API key for BYOK routing (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = CreateBYOKKeyRequest(key=key, provider=provider, **kwargs)
        return await self._json(
            "POST", "/byok", CreateBYOKKeyResponse, body=body, options=options, headers=headers
        )

    async def delete_async(self, *, id: str, **args: Unpack[CallArgs]) -> DeleteBYOKKeyResponse:
        """Delete a BYOK credential (management key)."""
        options, headers = call_options(args)
        path = build_path("/byok/{id}", id=id)
        return await self._json(
            "DELETE", path, DeleteBYOKKeyResponse, options=options, headers=headers
        )

    async def get_async(self, *, id: str, **args: Unpack[CallArgs]) -> GetBYOKKeyResponse:
        """One BYOK credential by id (management key)."""
        options, headers = call_options(args)
        path = build_path("/byok/{id}", id=id)
        return await self._json("GET", path, GetBYOKKeyResponse, options=options, headers=headers)

    async def update_async(
        self, *, id: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateBYOKKeyResponse:
        """Change a BYOK credential: key, name, allow-lists, disabled, fallback (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        path = build_path("/byok/{id}", id=id)
        body = UpdateBYOKKeyRequest(**kwargs)
        return await self._json(
            "PATCH", path, UpdateBYOKKeyResponse, body=body, options=options, headers=headers
        )

    list = sync(list_async)
    create = sync(create_async)
    delete = sync(delete_async)
    get = sync(get_async)
    update = sync(update_async)
