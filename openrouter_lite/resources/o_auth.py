"""OAuth: `client.o_auth.*`. The PKCE key flow and the JWK Set are generated
(`_generated/o_auth.py`); the RFC 8693 token exchange is a url-encoded form, written here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import msgspec

from .._sync import sync
from ..types.o_auth import TokenExchangeRequest, TokenExchangeRequestParams, TokenExchangeResponse
from ._base import CallArgs, decode_json, split_params
from ._generated.o_auth import OAuthOperations

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("OAuth",)

TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt"
FORM = "application/x-www-form-urlencoded"


class _TokenArgs(TokenExchangeRequestParams, CallArgs, total=False):
    pass


def _form_value(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


class OAuth(OAuthOperations):
    __slots__ = ()

    async def create_oauth_token_async(
        self,
        *,
        federation_policy_id: str,
        subject_token: str,
        grant_type: str = TOKEN_EXCHANGE,
        subject_token_type: str = JWT_TOKEN_TYPE,
        **params: Unpack[_TokenArgs],
    ) -> TokenExchangeResponse:
        """RFC 8693 token exchange: trade `subject_token`, a JWT from an issuer your
        organization trusts, for a short-lived OpenRouter access token (`.access_token`) that
        acts as the key `federation_policy_id` targets. Sent as a url-encoded form;
        `extra_body` adds form fields."""
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        options, headers = split_params(kwargs)
        request = TokenExchangeRequest(
            grant_type=grant_type,
            subject_token=subject_token,
            subject_token_type=subject_token_type,
            federation_policy_id=federation_policy_id,
            **kwargs,
        )
        fields: dict[str, Any] = msgspec.to_builtins(request)
        if options and options.get("extra_body"):
            fields.update(options["extra_body"])
        form = {k: _form_value(v) for k, v in fields.items() if v is not None}
        resp = await self._transport.request(
            "POST",
            "/oauth/token",
            body=urlencode(form).encode(),
            content_type=FORM,
            headers=headers,
            options=options,
        )
        assert resp.body is not None
        return decode_json(TokenExchangeResponse, resp.body, resp.status, "POST", "/oauth/token")

    create_oauth_token = sync(create_oauth_token_async)
