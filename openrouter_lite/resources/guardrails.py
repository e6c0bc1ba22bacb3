"""Guardrails: `client.guardrails.*` (`/guardrails` CRUD and key/member assignments)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
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
    Guardrail,
    KeyAssignment,
    ListGuardrailsResponse,
    ListKeyAssignmentsResponse,
    ListMemberAssignmentsResponse,
    MemberAssignment,
    UpdateGuardrailRequest,
    UpdateGuardrailRequestParams,
    UpdateGuardrailResponse,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Guardrails", "GuardrailsPage", "KeyAssignmentsPage", "MemberAssignmentsPage")

_ONE = "/guardrails/{id}"
_KEYS = "/guardrails/{id}/assignments/keys"
_MEMBERS = "/guardrails/{id}/assignments/members"


class GuardrailsPage(ListGuardrailsResponse, Page[Guardrail], dict=True, gc=True):
    """A page of `guardrails.list`; `next()` fetches the following page."""


class KeyAssignmentsPage(ListKeyAssignmentsResponse, Page[KeyAssignment], dict=True, gc=True):
    """A page of key assignments; `next()` fetches the following page."""


class MemberAssignmentsPage(
    ListMemberAssignmentsResponse, Page[MemberAssignment], dict=True, gc=True
):
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
        query = {"offset": offset, "limit": limit, "workspace_id": workspace_id}
        return await self._call_page("/guardrails", GuardrailsPage, args, query=query)

    async def create_async(
        self, *, name: str, **params: Unpack[_CreateArgs]
    ) -> CreateGuardrailResponse:
        """Create a guardrail: budget, allowed models/providers, ZDR, filters (management key)."""
        return await self._call(
            "POST",
            "/guardrails",
            CreateGuardrailResponse,
            params,
            request=CreateGuardrailRequest,
            fields={"name": name},
        )

    async def delete_async(self, *, id: str, **args: Unpack[CallArgs]) -> DeleteGuardrailResponse:
        """Delete a guardrail (management key)."""
        return await self._call("DELETE", _ONE, DeleteGuardrailResponse, args, path={"id": id})

    async def get_async(self, *, id: str, **args: Unpack[CallArgs]) -> GetGuardrailResponse:
        """One guardrail by id (management key)."""
        return await self._call("GET", _ONE, GetGuardrailResponse, args, path={"id": id})

    async def update_async(
        self, *, id: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateGuardrailResponse:
        """Change a guardrail's settings (management key)."""
        return await self._call(
            "PATCH",
            _ONE,
            UpdateGuardrailResponse,
            params,
            path={"id": id},
            request=UpdateGuardrailRequest,
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
        query = {"offset": offset, "limit": limit}
        return await self._call_page(_KEYS, KeyAssignmentsPage, args, query=query, path={"id": id})

    async def bulk_assign_keys_async(
        self, *, id: str, key_hashes: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkAssignKeysResponse:
        """Assign API keys (by hash) to a guardrail (management key)."""
        body = BulkAssignKeysRequest(key_hashes=key_hashes)
        return await self._call(
            "POST", _KEYS, BulkAssignKeysResponse, args, path={"id": id}, body=body
        )

    async def bulk_unassign_keys_async(
        self, *, id: str, key_hashes: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkUnassignKeysResponse:
        """Remove API keys (by hash) from a guardrail (management key)."""
        body = BulkUnassignKeysRequest(key_hashes=key_hashes)
        return await self._call(
            "POST", _KEYS + "/remove", BulkUnassignKeysResponse, args, path={"id": id}, body=body
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
        query = {"offset": offset, "limit": limit}
        return await self._call_page(
            _MEMBERS, MemberAssignmentsPage, args, query=query, path={"id": id}
        )

    async def bulk_assign_members_async(
        self, *, id: str, member_user_ids: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkAssignMembersResponse:
        """Assign organization members (by user id) to a guardrail (management key)."""
        body = BulkAssignMembersRequest(member_user_ids=member_user_ids)
        return await self._call(
            "POST", _MEMBERS, BulkAssignMembersResponse, args, path={"id": id}, body=body
        )

    async def bulk_unassign_members_async(
        self, *, id: str, member_user_ids: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkUnassignMembersResponse:
        """Remove organization members (by user id) from a guardrail (management key)."""
        body = BulkUnassignMembersRequest(member_user_ids=member_user_ids)
        return await self._call(
            "POST",
            _MEMBERS + "/remove",
            BulkUnassignMembersResponse,
            args,
            path={"id": id},
            body=body,
        )

    async def list_key_assignments_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> KeyAssignmentsPage:
        """Every API-key-to-guardrail assignment (management key)."""
        query = {"offset": offset, "limit": limit}
        return await self._call_page(
            "/guardrails/assignments/keys", KeyAssignmentsPage, args, query=query
        )

    async def list_member_assignments_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> MemberAssignmentsPage:
        """Every member-to-guardrail assignment (management key)."""
        query = {"offset": offset, "limit": limit}
        return await self._call_page(
            "/guardrails/assignments/members", MemberAssignmentsPage, args, query=query
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
