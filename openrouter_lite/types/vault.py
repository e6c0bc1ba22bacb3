"""Types of the vault API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListInternConnectionsResponse",
    "ListInternConnectionsResponseData",
    "VaultEffectiveSecretListResponse",
    "VaultEffectiveSecret",
    "VaultSecretListResponse",
    "VaultSecret",
    "VaultSecretWriteRequest",
    "VaultSecretResponse",
    "VaultSecretCopyRequest",
    "VaultSecretCopyResponse",
)


class ListInternConnectionsResponse(Model):
    """The connections the intern can use."""

    data: list[ListInternConnectionsResponseData]


class ListInternConnectionsResponseData(Model):
    """The ``ListInternConnectionsResponse.data`` object."""

    # The connection's key: `github`, `slack`, `google`, a catalog MCP server such as...
    key: str


class VaultEffectiveSecretListResponse(Model):
    """One page of the secrets an intern receives."""

    data: list[VaultEffectiveSecret]
    has_more: bool


class VaultEffectiveSecret(Model):
    """The secret an intern's outbound requests receive under one name."""

    name: str
    # The vault the secret comes from.
    # One of: intern, attached, workspace.
    scope: str
    created_at: str
    hosts: list[str] | None = None
    fingerprint: str | None = None


class VaultSecretListResponse(Model):
    """One page of secret metadata."""

    data: list[VaultSecret]
    has_more: bool


class VaultSecret(Model):
    """Metadata of one stored secret (never its value)."""

    name: str
    created_at: str
    # The hostnames the secret is released to.
    hosts: list[str] | None = None
    fingerprint: str | None = None


class VaultSecretWriteRequest(Request):
    """A secret value and the exact hostnames it may be released to."""

    value: str | UnsetType = UNSET
    hosts: Sequence[str] | UnsetType = UNSET


class VaultSecretResponse(Model):
    """Response of ``PUT /vault/interns/{internId}/secrets/{name}``."""

    data: VaultSecret


class VaultSecretCopyRequest(Request):
    """The workspace secrets to copy into the intern's scope."""

    names: Sequence[str] | UnsetType = UNSET


class VaultSecretCopyResponse(Model):
    """The copies now in the intern's scope, one per requested name."""

    data: list[VaultSecret]
