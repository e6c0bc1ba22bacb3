"""API keys: `client.api_keys.*` (`GET /key`, `/keys` CRUD; the list needs a management key)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from ..types.api_keys import (
    CreateApiKeyRequest,
    CreateApiKeyRequestParams,
    CreateApiKeyResponse,
    DeleteApiKeyResponse,
    GetApiKeyResponse,
    GetCurrentKeyResponse,
    ListApiKeysResponse,
    ListApiKeysResponseData,
    UpdateApiKeyRequest,
    UpdateApiKeyRequestParams,
    UpdateApiKeyResponse,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("ApiKeys", "ApiKeysPage")

_ONE = "/keys/{hash}"


class ApiKeysPage(ListApiKeysResponse, Page[ListApiKeysResponseData], dict=True, gc=True):
    """A page of `api_keys.list`; `next()` fetches the following page."""


class _CreateArgs(CreateApiKeyRequestParams, CallArgs, total=False):
    pass


class _UpdateArgs(UpdateApiKeyRequestParams, CallArgs, total=False):
    pass


class ApiKeys(Resource):
    __slots__ = ()

    async def get_current_key_metadata_async(
        self, **args: Unpack[CallArgs]
    ) -> GetCurrentKeyResponse:
        """The key this client uses: label, usage, limit, rate limit."""
        return await self._call("GET", "/key", GetCurrentKeyResponse, args)

    async def list_async(
        self,
        *,
        include_disabled: bool | str | None = None,
        include_expired: bool | str | None = None,
        offset: int | str | None = None,
        workspace_id: str | None = None,
        **args: Unpack[CallArgs],
    ) -> ApiKeysPage:
        """List API keys (management key)."""
        query = {
            "include_disabled": include_disabled,
            "include_expired": include_expired,
            "offset": offset,
            "workspace_id": workspace_id,
        }
        return await self._call_page("/keys", ApiKeysPage, args, query=query)

    async def create_async(
        self, *, name: str, **params: Unpack[_CreateArgs]
    ) -> CreateApiKeyResponse:
        """Create an API key (management key); the key string is in `.key`, shown only once."""
        return await self._call(
            "POST",
            "/keys",
            CreateApiKeyResponse,
            params,
            request=CreateApiKeyRequest,
            fields={"name": name},
        )

    async def get_async(self, *, hash: str, **args: Unpack[CallArgs]) -> GetApiKeyResponse:
        """One API key by its hash (management key)."""
        return await self._call("GET", _ONE, GetApiKeyResponse, args, path={"hash": hash})

    async def update_async(
        self, *, hash: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateApiKeyResponse:
        """Change an API key's name, limit, reset or disabled state (management key)."""
        return await self._call(
            "PATCH",
            _ONE,
            UpdateApiKeyResponse,
            params,
            path={"hash": hash},
            request=UpdateApiKeyRequest,
        )

    async def delete_async(self, *, hash: str, **args: Unpack[CallArgs]) -> DeleteApiKeyResponse:
        """Delete an API key (management key)."""
        return await self._call("DELETE", _ONE, DeleteApiKeyResponse, args, path={"hash": hash})

    get_current_key_metadata = sync(get_current_key_metadata_async)
    list = sync(list_async)
    create = sync(create_async)
    get = sync(get_async)
    update = sync(update_async)
    delete = sync(delete_async)
