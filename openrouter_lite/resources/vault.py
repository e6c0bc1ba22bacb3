"""Vault: `client.vault.*` (`/vault/...`: secrets released to an intern's outbound requests, per
workspace or per intern; never returns a secret value). The API key selects the scope."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.vault import (
    ListInternConnectionsResponse,
    VaultEffectiveSecret,
    VaultEffectiveSecretListResponse,
    VaultSecret,
    VaultSecretCopyRequest,
    VaultSecretCopyResponse,
    VaultSecretListResponse,
    VaultSecretResponse,
    VaultSecretWriteRequest,
)
from ._base import CallArgs, Resource, call_options

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Vault", "VaultEffectiveSecretsPage", "VaultSecretsPage")

_INTERN = "/vault/interns/{intern_id}"
_INTERN_SECRET = _INTERN + "/secrets/{name}"


def offset_while_has_more(page: Any, query: Mapping[str, Any]) -> dict[str, Any] | None:
    """Offset paging that follows `has_more`."""
    items = getattr(page, "data", None) or []
    if not getattr(page, "has_more", False) or not items:
        return None
    return {**query, "offset": int(query.get("offset") or 0) + len(items)}


class VaultSecretsPage(VaultSecretListResponse, Page[VaultSecret], dict=True, gc=True):
    """A page of `vault.list_vault_secrets` / `list_intern_vault_secrets`."""


class VaultEffectiveSecretsPage(
    VaultEffectiveSecretListResponse, Page[VaultEffectiveSecret], dict=True, gc=True
):
    """A page of `vault.list_intern_effective_vault_secrets`."""


class Vault(Resource):
    __slots__ = ()

    async def list_intern_connections_async(
        self, *, intern_id: str, **args: Unpack[CallArgs]
    ) -> ListInternConnectionsResponse:
        """The keys of the connections the intern can use (`github`, `slack`, `linear`,
        `mcp:<host>`, ...); never credentials."""
        path = {"intern_id": intern_id}
        return await self._call(
            "GET", _INTERN + "/connections", ListInternConnectionsResponse, args, path=path
        )

    async def list_intern_effective_vault_secrets_async(
        self,
        *,
        intern_id: str,
        limit: int | None = None,
        offset: int | None = None,
        **args: Unpack[CallArgs],
    ) -> VaultEffectiveSecretsPage:
        """One entry per name: the secret the intern's requests receive (its own, then an
        attached vault's, then the workspace's) and the `scope` it comes from."""
        query = {"limit": limit, "offset": offset}
        return await self._call_page(
            _INTERN + "/effective-secrets",
            VaultEffectiveSecretsPage,
            args,
            query=query,
            path={"intern_id": intern_id},
            advance=offset_while_has_more,
        )

    async def list_intern_vault_secrets_async(
        self,
        *,
        intern_id: str,
        limit: int | None = None,
        offset: int | None = None,
        **args: Unpack[CallArgs],
    ) -> VaultSecretsPage:
        """The secret metadata stored for one intern, by name."""
        query = {"limit": limit, "offset": offset}
        return await self._call_page(
            _INTERN + "/secrets",
            VaultSecretsPage,
            args,
            query=query,
            path={"intern_id": intern_id},
            advance=offset_while_has_more,
        )

    async def delete_intern_vault_secret_async(
        self, *, intern_id: str, name: str, **args: Unpack[CallArgs]
    ) -> None:
        """Delete an intern secret (404 when there is none; the API answers 204)."""
        options, headers = call_options(args)
        path = build_path(_INTERN_SECRET, intern_id=intern_id, name=name)
        await self._transport.request("DELETE", path, headers=headers, options=options)

    async def store_intern_vault_secret_async(
        self,
        *,
        intern_id: str,
        name: str,
        hosts: Sequence[str],
        value: str,
        **args: Unpack[CallArgs],
    ) -> VaultSecretResponse:
        """Create or replace an intern secret, released only to the exact hostnames in
        `hosts`; the response carries metadata only."""
        path = {"intern_id": intern_id, "name": name}
        body = VaultSecretWriteRequest(hosts=hosts, value=value)
        return await self._call(
            "PUT", _INTERN_SECRET, VaultSecretResponse, args, path=path, body=body
        )

    async def copy_vault_secrets_to_intern_async(
        self, *, intern_id: str, names: Sequence[str], **args: Unpack[CallArgs]
    ) -> VaultSecretCopyResponse:
        """Copy the named workspace secrets (value and hosts) into the intern's scope, all or
        nothing, replacing intern secrets of the same name."""
        path = {"intern_id": intern_id}
        body = VaultSecretCopyRequest(names=names)
        return await self._call(
            "POST", _INTERN + "/secrets/copy", VaultSecretCopyResponse, args, path=path, body=body
        )

    async def list_vault_secrets_async(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        **args: Unpack[CallArgs],
    ) -> VaultSecretsPage:
        """The workspace's secret metadata, by name."""
        query = {"limit": limit, "offset": offset}
        return await self._call_page(
            "/vault/secrets", VaultSecretsPage, args, query=query, advance=offset_while_has_more
        )

    async def delete_vault_secret_async(self, *, name: str, **args: Unpack[CallArgs]) -> None:
        """Delete a workspace secret (404 when there is none; the API answers 204)."""
        options, headers = call_options(args)
        path = build_path("/vault/secrets/{name}", name=name)
        await self._transport.request("DELETE", path, headers=headers, options=options)

    async def store_vault_secret_async(
        self, *, name: str, hosts: Sequence[str], value: str, **args: Unpack[CallArgs]
    ) -> VaultSecretResponse:
        """Create or replace a workspace secret, released only to the exact hostnames in
        `hosts`; the response carries metadata only."""
        body = VaultSecretWriteRequest(hosts=hosts, value=value)
        return await self._call(
            "PUT",
            "/vault/secrets/{name}",
            VaultSecretResponse,
            args,
            path={"name": name},
            body=body,
        )

    list_intern_connections = sync(list_intern_connections_async)
    list_intern_effective_vault_secrets = sync(list_intern_effective_vault_secrets_async)
    list_intern_vault_secrets = sync(list_intern_vault_secrets_async)
    delete_intern_vault_secret = sync(delete_intern_vault_secret_async)
    store_intern_vault_secret = sync(store_intern_vault_secret_async)
    copy_vault_secrets_to_intern = sync(copy_vault_secrets_to_intern_async)
    list_vault_secrets = sync(list_vault_secrets_async)
    delete_vault_secret = sync(delete_vault_secret_async)
    store_vault_secret = sync(store_vault_secret_async)
