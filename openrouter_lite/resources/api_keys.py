"""API keys: `client.api_keys.*` (`GET /key`, `/keys` CRUD; the list needs a management key)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.api_keys import (
    CreateApiKeyRequest,
    CreateApiKeyRequestParams,
    CreateApiKeyResponse,
    DeleteApiKeyResponse,
    GetApiKeyResponse,
    GetCurrentKeyResponse,
    ListApiKeysResponse,
    UpdateApiKeyRequest,
    UpdateApiKeyRequestParams,
    UpdateApiKeyResponse,
)
from ._base import CallArgs, Resource, call_options, split_params

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("ApiKeys", "ApiKeysPage")


class ApiKeysPage(ListApiKeysResponse, Page, dict=True, gc=True):
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
        options, headers = call_options(args)
        return await self._json(
            "GET", "/key", GetCurrentKeyResponse, options=options, headers=headers
        )

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
        options, headers = call_options(args)
        query = {
            "include_disabled": include_disabled,
            "include_expired": include_expired,
            "offset": offset,
            "workspace_id": workspace_id,
        }
        return await self._page("/keys", ApiKeysPage, query, options, headers)

    async def create_async(
        self, *, name: str, **params: Unpack[_CreateArgs]
    ) -> CreateApiKeyResponse:
        """Create an API key (management key); the key string is in `.key`, shown only once."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = CreateApiKeyRequest(name=name, **kwargs)
        return await self._json(
            "POST", "/keys", CreateApiKeyResponse, body=body, options=options, headers=headers
        )

    async def get_async(self, *, hash: str, **args: Unpack[CallArgs]) -> GetApiKeyResponse:
        """One API key by its hash (management key)."""
        options, headers = call_options(args)
        path = build_path("/keys/{hash}", hash=hash)
        return await self._json("GET", path, GetApiKeyResponse, options=options, headers=headers)

    async def update_async(
        self, *, hash: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateApiKeyResponse:
        """Change an API key's name, limit, reset or disabled state (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        path = build_path("/keys/{hash}", hash=hash)
        body = UpdateApiKeyRequest(**kwargs)
        return await self._json(
            "PATCH", path, UpdateApiKeyResponse, body=body, options=options, headers=headers
        )

    async def delete_async(self, *, hash: str, **args: Unpack[CallArgs]) -> DeleteApiKeyResponse:
        """Delete an API key (management key)."""
        options, headers = call_options(args)
        path = build_path("/keys/{hash}", hash=hash)
        return await self._json(
            "DELETE", path, DeleteApiKeyResponse, options=options, headers=headers
        )

    get_current_key_metadata = sync(get_current_key_metadata_async)
    list = sync(list_async)
    create = sync(create_async)
    get = sync(get_async)
    update = sync(update_async)
    delete = sync(delete_async)
