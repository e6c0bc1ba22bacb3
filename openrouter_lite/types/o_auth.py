"""Types of the o auth API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from typing import TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ExchangeAuthCodeForApiKeyRequest",
    "ExchangeAuthCodeForApiKeyRequestParams",
    "ExchangeAuthCodeForApiKeyResponse",
    "CreateAuthCodeRequest",
    "CreateAuthCodeRequestParams",
    "CreateAuthCodeResponse",
    "CreateAuthCodeResponseData",
    "OAuthJwks",
    "OAuthJwk",
    "TokenExchangeRequest",
    "TokenExchangeRequestParams",
    "TokenExchangeResponse",
)


class ExchangeAuthCodeForApiKeyRequest(Request):
    """Request body of ``POST /auth/keys``."""

    # The authorization code received from the OAuth redirect
    code: str | UnsetType = UNSET
    # The method used to generate the code challenge
    # One of: S256, plain.
    code_challenge_method: str | None | UnsetType = UNSET
    # The code verifier if code_challenge was used in the authorization request
    code_verifier: str | UnsetType = UNSET


class ExchangeAuthCodeForApiKeyRequestParams(TypedDict, total=False):
    """The optional fields of ``ExchangeAuthCodeForApiKeyRequest``, as keyword arguments."""

    code_challenge_method: str | None
    code_verifier: str


class ExchangeAuthCodeForApiKeyResponse(Model):
    """Response of ``POST /auth/keys``."""

    # The API key to use for OpenRouter requests
    key: str
    # User ID associated with the API key
    user_id: str | None = None


class CreateAuthCodeRequest(Request):
    """Request body of ``POST /auth/keys/code``."""

    # The callback URL to redirect to after authorization.
    callback_url: str | UnsetType = UNSET
    # PKCE code challenge for enhanced security
    code_challenge: str | UnsetType = UNSET
    # The method used to generate the code challenge
    # One of: S256, plain.
    code_challenge_method: str | UnsetType = UNSET
    # Optional expiration time for the API key to be created
    expires_at: str | None | UnsetType = UNSET
    # Optional custom label for the API key.
    key_label: str | UnsetType = UNSET
    # Credit limit for the API key to be created
    limit: float | UnsetType = UNSET
    # Agent identifier for spawn telemetry
    spawn_agent: str | UnsetType = UNSET
    # Cloud identifier for spawn telemetry
    spawn_cloud: str | UnsetType = UNSET
    # Optional credit limit reset interval.
    # One of: daily, weekly, monthly.
    usage_limit_type: str | UnsetType = UNSET
    # Optional workspace ID to associate the API key with
    workspace_id: str | UnsetType = UNSET


class CreateAuthCodeRequestParams(TypedDict, total=False):
    """The optional fields of ``CreateAuthCodeRequest``, as keyword arguments."""

    code_challenge: str
    code_challenge_method: str
    expires_at: str | None
    key_label: str
    limit: float
    spawn_agent: str
    spawn_cloud: str
    usage_limit_type: str
    workspace_id: str


class CreateAuthCodeResponse(Model):
    """Response of ``POST /auth/keys/code``."""

    # Auth code data
    data: CreateAuthCodeResponseData


class CreateAuthCodeResponseData(Model):
    """Auth code data"""

    # The application ID associated with this auth code
    app_id: int
    # ISO 8601 timestamp of when the auth code was created
    created_at: str
    # The authorization code ID to use in the exchange request
    id: str


class OAuthJwks(Model):
    """RFC 7517 JWK Set of the keys OpenRouter signs access tokens with."""

    keys: list[OAuthJwk]


class OAuthJwk(Model):
    """One signing key (EC P-256)."""

    # Always "EC".
    kty: str
    # Always "P-256".
    crv: str
    kid: str
    # Always "ES256".
    alg: str
    # Always "sig".
    use: str
    x: str
    y: str


class TokenExchangeRequest(Request):
    """RFC 8693 token exchange (sent as application/x-www-form-urlencoded)."""

    # Always "urn:ietf:params:oauth:grant-type:token-exchange".
    grant_type: str | UnsetType = UNSET
    # The workload's JWT.
    subject_token: str | UnsetType = UNSET
    # Always "urn:ietf:params:oauth:token-type:jwt".
    subject_token_type: str | UnsetType = UNSET
    federation_policy_id: str | UnsetType = UNSET
    # Always "urn:ietf:params:oauth:token-type:access_token".
    requested_token_type: str | UnsetType = UNSET
    # One of: inference, management.
    scope: str | UnsetType = UNSET


class TokenExchangeRequestParams(TypedDict, total=False):
    """The optional fields of ``TokenExchangeRequest``, as keyword arguments."""

    requested_token_type: str
    scope: str


class TokenExchangeResponse(Model):
    """RFC 8693 token exchange response."""

    access_token: str
    # Always "urn:ietf:params:oauth:token-type:access_token".
    issued_token_type: str
    # Always "Bearer".
    token_type: str
    # Seconds.
    expires_in: int
    scope: str
