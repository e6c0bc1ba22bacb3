"""OAuth: `client.o_auth.*` (`POST /auth/keys/code`, `POST /auth/keys`: the PKCE key flow)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.o_auth import (
    CreateAuthCodeRequest,
    CreateAuthCodeRequestParams,
    CreateAuthCodeResponse,
    ExchangeAuthCodeForApiKeyRequest,
    ExchangeAuthCodeForApiKeyRequestParams,
    ExchangeAuthCodeForApiKeyResponse,
)
from ._base import CallArgs, Resource
from .o_auth_extra import OAuthTokens

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("OAuth",)


class _ExchangeArgs(ExchangeAuthCodeForApiKeyRequestParams, CallArgs, total=False):
    pass


class _CreateCodeArgs(CreateAuthCodeRequestParams, CallArgs, total=False):
    pass


class OAuth(OAuthTokens, Resource):
    """The spec's PKCE key flow; `list_oauth_jwks` and `create_oauth_token` come from the mixin."""

    __slots__ = ()

    async def exchange_auth_code_for_api_key_async(
        self, *, code: str, **params: Unpack[_ExchangeArgs]
    ) -> ExchangeAuthCodeForApiKeyResponse:
        """Exchange an OAuth authorization code (plus PKCE verifier) for the user's API key."""
        return await self._call(
            "POST",
            "/auth/keys",
            ExchangeAuthCodeForApiKeyResponse,
            params,
            request=ExchangeAuthCodeForApiKeyRequest,
            fields={"code": code},
        )

    async def create_auth_code_async(
        self, *, callback_url: str, **params: Unpack[_CreateCodeArgs]
    ) -> CreateAuthCodeResponse:
        """Start the OAuth flow: an authorization code for `callback_url` (PKCE optional)."""
        return await self._call(
            "POST",
            "/auth/keys/code",
            CreateAuthCodeResponse,
            params,
            request=CreateAuthCodeRequest,
            fields={"callback_url": callback_url},
        )

    exchange_auth_code_for_api_key = sync(exchange_auth_code_for_api_key_async)
    create_auth_code = sync(create_auth_code_async)
