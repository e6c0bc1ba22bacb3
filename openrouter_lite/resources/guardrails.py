"""Guardrails: `client.guardrails.*` (`/guardrails` CRUD and key/member assignments)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.guardrails import (
    BulkAssignKeysRequest,
    BulkAssignKeysResponse,
    BulkAssignMembersRequest,
    BulkAssignMembersResponse,
    BulkUnassignKeysRequest,
    BulkUnassignKeysResponse,
    BulkUnassignMembersRequest,
    BulkUnassignMembersResponse,
    CreateGuardrailRequest,
    CreateGuardrailRequestParams,
    CreateGuardrailResponse,
    DeleteGuardrailResponse,
    GetGuardrailResponse,
    ListGuardrailsResponse,
    ListKeyAssignmentsResponse,
    ListMemberAssignmentsResponse,
    UpdateGuardrailRequest,
    UpdateGuardrailRequestParams,
    UpdateGuardrailResponse,
)
from ._base import CallArgs, Resource, call_options, split_params

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Guardrails", "GuardrailsPage", "KeyAssignmentsPage", "MemberAssignmentsPage")


class GuardrailsPage(ListGuardrailsResponse, Page, dict=True, gc=True):
    """A page of `guardrails.list`; `next()` fetches the following page."""


class KeyAssignmentsPage(ListKeyAssignmentsResponse, Page, dict=True, gc=True):
    """A page of key assignments; `next()` fetches the following page."""


class MemberAssignmentsPage(ListMemberAssignmentsResponse, Page, dict=True, gc=True):
    """A page of member assignments; `next()` fetches the following page."""


class _CreateArgs(CreateGuardrailRequestParams, CallArgs, total=False):
    pass


class _UpdateArgs(UpdateGuardrailRequestParams, CallArgs, total=False):
    pass


class Guardrails(Resource):
    __slots__ = ()

    async def list_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        workspace_id: str | None = None,
        **args: Unpack[CallArgs],
    ) -> GuardrailsPage:
        """List guardrails (management key)."""
        options, headers = call_options(args)
        query = {"offset": offset, "limit": limit, "workspace_id": workspace_id}
        return await self._page("/guardrails", GuardrailsPage, query, options, headers)

    async def create_async(
        self, *, name: str, **params: Unpack[_CreateArgs]
    ) -> CreateGuardrailResponse:
        """Create a guardrail: budget, allowed models/providers, ZDR, filters (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = CreateGuardrailRequest(name=name, **kwargs)
        return await self._json(
            "POST",
            "/guardrails",
            CreateGuardrailResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def delete_async(self, *, id: str, **args: Unpack[CallArgs]) -> DeleteGuardrailResponse:
        """Delete a guardrail (management key)."""
        options, headers = call_options(args)
        path = build_path("/guardrails/{id}", id=id)
        return await self._json(
            "DELETE", path, DeleteGuardrailResponse, options=options, headers=headers
        )

    async def get_async(self, *, id: str, **args: Unpack[CallArgs]) -> GetGuardrailResponse:
        """One guardrail by id (management key)."""
        options, headers = call_options(args)
        path = build_path("/guardrails/{id}", id=id)
        return await self._json("GET", path, GetGuardrailResponse, options=options, headers=headers)

    async def update_async(
        self, *, id: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateGuardrailResponse:
        """Change a guardrail's settings (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        path = build_path("/guardrails/{id}", id=id)
        body = UpdateGuardrailRequest(**kwargs)
        return await self._json(
            "PATCH", path, UpdateGuardrailResponse, body=body, options=options, headers=headers
        )

    async def list_guardrail_key_assignments_async(
        self,
        *,
        id: str,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> KeyAssignmentsPage:
        """The API keys assigned to one guardrail (management key)."""
        options, headers = call_options(args)
        path = build_path("/guardrails/{id}/assignments/keys", id=id)
        query = {"offset": offset, "limit": limit}
        return await self._page(path, KeyAssignmentsPage, query, options, headers)

    async def bulk_assign_keys_async(
        self, *, id: str, key_hashes: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkAssignKeysResponse:
        """Assign API keys (by hash) to a guardrail (management key)."""
        options, headers = call_options(args)
        path = build_path("/guardrails/{id}/assignments/keys", id=id)
        body = BulkAssignKeysRequest(key_hashes=key_hashes)
        return await self._json(
            "POST", path, BulkAssignKeysResponse, body=body, options=options, headers=headers
        )

    async def bulk_unassign_keys_async(
        self, *, id: str, key_hashes: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkUnassignKeysResponse:
        """Remove API keys (by hash) from a guardrail (management key)."""
        options, headers = call_options(args)
        path = build_path("/guardrails/{id}/assignments/keys/remove", id=id)
        body = BulkUnassignKeysRequest(key_hashes=key_hashes)
        return await self._json(
            "POST", path, BulkUnassignKeysResponse, body=body, options=options, headers=headers
        )

    async def list_guardrail_member_assignments_async(
        self,
        *,
        id: str,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> MemberAssignmentsPage:
        """The organization members assigned to one guardrail (management key)."""
        options, headers = call_options(args)
        path = build_path("/guardrails/{id}/assignments/members", id=id)
        query = {"offset": offset, "limit": limit}
        return await self._page(path, MemberAssignmentsPage, query, options, headers)

    async def bulk_assign_members_async(
        self, *, id: str, member_user_ids: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkAssignMembersResponse:
        """Assign organization members (by user id) to a guardrail (management key)."""
        options, headers = call_options(args)
        path = build_path("/guardrails/{id}/assignments/members", id=id)
        body = BulkAssignMembersRequest(member_user_ids=member_user_ids)
        return await self._json(
            "POST", path, BulkAssignMembersResponse, body=body, options=options, headers=headers
        )

    async def bulk_unassign_members_async(
        self, *, id: str, member_user_ids: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkUnassignMembersResponse:
        """Remove organization members (by user id) from a guardrail (management key)."""
        options, headers = call_options(args)
        path = build_path("/guardrails/{id}/assignments/members/remove", id=id)
        body = BulkUnassignMembersRequest(member_user_ids=member_user_ids)
        return await self._json(
            "POST",
            path,
            BulkUnassignMembersResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def list_key_assignments_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> KeyAssignmentsPage:
        """Every API-key-to-guardrail assignment (management key)."""
        options, headers = call_options(args)
        query = {"offset": offset, "limit": limit}
        return await self._page(
            "/guardrails/assignments/keys", KeyAssignmentsPage, query, options, headers
        )

    async def list_member_assignments_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> MemberAssignmentsPage:
        """Every member-to-guardrail assignment (management key)."""
        options, headers = call_options(args)
        query = {"offset": offset, "limit": limit}
        return await self._page(
            "/guardrails/assignments/members", MemberAssignmentsPage, query, options, headers
        )

    list = sync(list_async)
    create = sync(create_async)
    delete = sync(delete_async)
    get = sync(get_async)
    update = sync(update_async)
    list_guardrail_key_assignments = sync(list_guardrail_key_assignments_async)
    bulk_assign_keys = sync(bulk_assign_keys_async)
    bulk_unassign_keys = sync(bulk_unassign_keys_async)
    list_guardrail_member_assignments = sync(list_guardrail_member_assignments_async)
    bulk_assign_members = sync(bulk_assign_members_async)
    bulk_unassign_members = sync(bulk_unassign_members_async)
    list_key_assignments = sync(list_key_assignments_async)
    list_member_assignments = sync(list_member_assignments_async)
