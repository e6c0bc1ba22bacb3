"""Workspaces: `client.workspaces.*` (`/workspaces` CRUD, members, budgets)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from ..types.workspaces import (
    BulkAddWorkspaceMembersRequest,
    BulkAddWorkspaceMembersResponse,
    BulkRemoveWorkspaceMembersRequest,
    BulkRemoveWorkspaceMembersResponse,
    CreateWorkspaceRequest,
    CreateWorkspaceRequestParams,
    CreateWorkspaceResponse,
    DeleteWorkspaceBudgetResponse,
    DeleteWorkspaceResponse,
    GetWorkspaceBudgetResponse,
    GetWorkspaceResponse,
    ListWorkspaceBudgetsResponse,
    ListWorkspaceMembersResponse,
    ListWorkspacesResponse,
    UpdateWorkspaceRequest,
    UpdateWorkspaceRequestParams,
    UpdateWorkspaceResponse,
    UpsertWorkspaceBudgetRequest,
    UpsertWorkspaceBudgetRequestParams,
    UpsertWorkspaceBudgetResponse,
    Workspace,
    WorkspaceMember,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("WorkspaceMembersPage", "Workspaces", "WorkspacesPage")

_ONE = "/workspaces/{id}"
_BUDGET = "/workspaces/{id}/budgets/{interval}"


class WorkspacesPage(ListWorkspacesResponse, Page[Workspace], dict=True, gc=True):
    """A page of `workspaces.list`; `next()` fetches the following page."""


class WorkspaceMembersPage(ListWorkspaceMembersResponse, Page[WorkspaceMember], dict=True, gc=True):
    """A page of `workspaces.list_members`; `next()` fetches the following page."""


class _CreateArgs(CreateWorkspaceRequestParams, CallArgs, total=False):
    pass


class _UpdateArgs(UpdateWorkspaceRequestParams, CallArgs, total=False):
    pass


class _BudgetArgs(UpsertWorkspaceBudgetRequestParams, CallArgs, total=False):
    pass


class Workspaces(Resource):
    __slots__ = ()

    async def list_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> WorkspacesPage:
        """List workspaces (management key)."""
        query = {"offset": offset, "limit": limit}
        return await self._call_page("/workspaces", WorkspacesPage, args, query=query)

    async def create_async(
        self, *, name: str, slug: str, **params: Unpack[_CreateArgs]
    ) -> CreateWorkspaceResponse:
        """Create a workspace (management key)."""
        return await self._call(
            "POST",
            "/workspaces",
            CreateWorkspaceResponse,
            params,
            request=CreateWorkspaceRequest,
            fields={"name": name, "slug": slug},
        )

    async def delete_async(
        self,
        *,
        id: str,
        confirm_default_workspace_deletion: bool | str | None = None,
        **args: Unpack[CallArgs],
    ) -> DeleteWorkspaceResponse:
        """Delete a workspace, by id or slug (management key)."""
        query = {"confirm_default_workspace_deletion": confirm_default_workspace_deletion}
        return await self._call(
            "DELETE", _ONE, DeleteWorkspaceResponse, args, path={"id": id}, query=query
        )

    async def get_async(self, *, id: str, **args: Unpack[CallArgs]) -> GetWorkspaceResponse:
        """One workspace, by id or slug (management key)."""
        return await self._call("GET", _ONE, GetWorkspaceResponse, args, path={"id": id})

    async def update_async(
        self, *, id: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateWorkspaceResponse:
        """Change a workspace's name, slug, defaults or logging settings (management key)."""
        return await self._call(
            "PATCH",
            _ONE,
            UpdateWorkspaceResponse,
            params,
            path={"id": id},
            request=UpdateWorkspaceRequest,
        )

    async def list_members_async(
        self,
        *,
        id: str,
        offset: int | str | None = None,
        limit: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> WorkspaceMembersPage:
        """List a workspace's members (management key)."""
        query = {"offset": offset, "limit": limit}
        return await self._call_page(
            _ONE + "/members", WorkspaceMembersPage, args, query=query, path={"id": id}
        )

    async def bulk_add_members_async(
        self, *, id: str, user_ids: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkAddWorkspaceMembersResponse:
        """Add organization members (by user id) to a workspace (management key)."""
        body = BulkAddWorkspaceMembersRequest(user_ids=user_ids)
        return await self._call(
            "POST",
            _ONE + "/members/add",
            BulkAddWorkspaceMembersResponse,
            args,
            path={"id": id},
            body=body,
        )

    async def bulk_remove_members_async(
        self, *, id: str, user_ids: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkRemoveWorkspaceMembersResponse:
        """Remove members (by user id) from a workspace (management key)."""
        body = BulkRemoveWorkspaceMembersRequest(user_ids=user_ids)
        return await self._call(
            "POST",
            _ONE + "/members/remove",
            BulkRemoveWorkspaceMembersResponse,
            args,
            path={"id": id},
            body=body,
        )

    async def list_budgets_async(
        self, *, workspace_ref: str, **args: Unpack[CallArgs]
    ) -> ListWorkspaceBudgetsResponse:
        """A workspace's budgets, one per reset interval (management key)."""
        path = {"id": workspace_ref}
        return await self._call(
            "GET", _ONE + "/budgets", ListWorkspaceBudgetsResponse, args, path=path
        )

    async def delete_budget_async(
        self, *, workspace_ref: str, interval: str, **args: Unpack[CallArgs]
    ) -> DeleteWorkspaceBudgetResponse:
        """Remove a workspace's budget for one interval (management key)."""
        path = {"id": workspace_ref, "interval": interval}
        return await self._call("DELETE", _BUDGET, DeleteWorkspaceBudgetResponse, args, path=path)

    async def get_budget_async(
        self, *, workspace_ref: str, interval: str, **args: Unpack[CallArgs]
    ) -> GetWorkspaceBudgetResponse:
        """A workspace's budget for one interval (daily, weekly, ...) (management key)."""
        path = {"id": workspace_ref, "interval": interval}
        return await self._call("GET", _BUDGET, GetWorkspaceBudgetResponse, args, path=path)

    async def set_budget_async(
        self,
        *,
        workspace_ref: str,
        interval: str,
        limit_usd: float,
        **params: Unpack[_BudgetArgs],
    ) -> UpsertWorkspaceBudgetResponse:
        """Create or replace a workspace's budget for one interval (management key)."""
        return await self._call(
            "PUT",
            _BUDGET,
            UpsertWorkspaceBudgetResponse,
            params,
            path={"id": workspace_ref, "interval": interval},
            request=UpsertWorkspaceBudgetRequest,
            fields={"limit_usd": limit_usd},
        )

    list = sync(list_async)
    create = sync(create_async)
    delete = sync(delete_async)
    get = sync(get_async)
    update = sync(update_async)
    list_members = sync(list_members_async)
    bulk_add_members = sync(bulk_add_members_async)
    bulk_remove_members = sync(bulk_remove_members_async)
    list_budgets = sync(list_budgets_async)
    delete_budget = sync(delete_budget_async)
    get_budget = sync(get_budget_async)
    set_budget = sync(set_budget_async)
