"""BYOK: `client.byok.*` (`/byok` CRUD: your own provider keys)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from ..types.byok import (
    BYOKKey,
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
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Byok", "ByokPage")

_ONE = "/byok/{id}"


class ByokPage(ListBYOKKeysResponse, Page[BYOKKey], dict=True, gc=True):
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
        query = {
            "offset": offset,
            "limit": limit,
            "workspace_id": workspace_id,
            "provider": provider,
        }
        return await self._call_page("/byok", ByokPage, args, query=query)

    async def create_async(
        self, *, key: str, provider: str, **params: Unpack[_CreateArgs]
    ) -> CreateBYOKKeyResponse:
        """Store a provider API key for BYOK routing (management key)."""
        return await self._call(
            "POST",
            "/byok",
            CreateBYOKKeyResponse,
            params,
            request=CreateBYOKKeyRequest,
            fields={"key": key, "provider": provider},
        )

    async def delete_async(self, *, id: str, **args: Unpack[CallArgs]) -> DeleteBYOKKeyResponse:
        """Delete a BYOK credential (management key)."""
        return await self._call("DELETE", _ONE, DeleteBYOKKeyResponse, args, path={"id": id})

    async def get_async(self, *, id: str, **args: Unpack[CallArgs]) -> GetBYOKKeyResponse:
        """One BYOK credential by id (management key)."""
        return await self._call("GET", _ONE, GetBYOKKeyResponse, args, path={"id": id})

    async def update_async(
        self, *, id: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateBYOKKeyResponse:
        """Change a BYOK credential: key, name, allow-lists, disabled, fallback (management key)."""
        return await self._call(
            "PATCH",
            _ONE,
            UpdateBYOKKeyResponse,
            params,
            path={"id": id},
            request=UpdateBYOKKeyRequest,
        )

    list = sync(list_async)
    create = sync(create_async)
    delete = sync(delete_async)
    get = sync(get_async)
    update = sync(update_async)
