"""Workspaces: `client.workspaces.*` (`/workspaces` CRUD, members, budgets)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
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
)
from ._base import CallArgs, Resource, call_options, split_params

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("WorkspaceMembersPage", "Workspaces", "WorkspacesPage")

_ONE = "/workspaces/{id}"
_BUDGET = "/workspaces/{id}/budgets/{interval}"


class WorkspacesPage(ListWorkspacesResponse, Page, dict=True, gc=True):
    """A page of `workspaces.list`; `next()` fetches the following page."""


class WorkspaceMembersPage(ListWorkspaceMembersResponse, Page, dict=True, gc=True):
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
        options, headers = call_options(args)
        query = {"offset": offset, "limit": limit}
        return await self._page("/workspaces", WorkspacesPage, query, options, headers)

    async def create_async(
        self, *, name: str, slug: str, **params: Unpack[_CreateArgs]
    ) -> CreateWorkspaceResponse:
        """Create a workspace (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = CreateWorkspaceRequest(name=name, slug=slug, **kwargs)
        return await self._json(
            "POST",
            "/workspaces",
            CreateWorkspaceResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def delete_async(
        self,
        *,
        id: str,
        confirm_default_workspace_deletion: bool | str | None = None,
        **args: Unpack[CallArgs],
    ) -> DeleteWorkspaceResponse:
        """Delete a workspace, by id or slug (management key)."""
        options, headers = call_options(args)
        query = {"confirm_default_workspace_deletion": confirm_default_workspace_deletion}
        return await self._json(
            "DELETE",
            build_path(_ONE, id=id),
            DeleteWorkspaceResponse,
            query=query,
            options=options,
            headers=headers,
        )

    async def get_async(self, *, id: str, **args: Unpack[CallArgs]) -> GetWorkspaceResponse:
        """One workspace, by id or slug (management key)."""
        options, headers = call_options(args)
        return await self._json(
            "GET", build_path(_ONE, id=id), GetWorkspaceResponse, options=options, headers=headers
        )

    async def update_async(
        self, *, id: str, **params: Unpack[_UpdateArgs]
    ) -> UpdateWorkspaceResponse:
        """Change a workspace's name, slug, defaults or logging settings (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = UpdateWorkspaceRequest(**kwargs)
        return await self._json(
            "PATCH",
            build_path(_ONE, id=id),
            UpdateWorkspaceResponse,
            body=body,
            options=options,
            headers=headers,
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
        options, headers = call_options(args)
        path = build_path("/workspaces/{id}/members", id=id)
        query = {"offset": offset, "limit": limit}
        return await self._page(path, WorkspaceMembersPage, query, options, headers)

    async def bulk_add_members_async(
        self, *, id: str, user_ids: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkAddWorkspaceMembersResponse:
        """Add organization members (by user id) to a workspace (management key)."""
        options, headers = call_options(args)
        path = build_path("/workspaces/{id}/members/add", id=id)
        body = BulkAddWorkspaceMembersRequest(user_ids=user_ids)
        return await self._json(
            "POST",
            path,
            BulkAddWorkspaceMembersResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def bulk_remove_members_async(
        self, *, id: str, user_ids: Sequence[str], **args: Unpack[CallArgs]
    ) -> BulkRemoveWorkspaceMembersResponse:
        """Remove members (by user id) from a workspace (management key)."""
        options, headers = call_options(args)
        path = build_path("/workspaces/{id}/members/remove", id=id)
        body = BulkRemoveWorkspaceMembersRequest(user_ids=user_ids)
        return await self._json(
            "POST",
            path,
            BulkRemoveWorkspaceMembersResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def list_budgets_async(
        self, *, workspace_ref: str, **args: Unpack[CallArgs]
    ) -> ListWorkspaceBudgetsResponse:
        """A workspace's budgets, one per reset interval (management key)."""
        options, headers = call_options(args)
        path = build_path("/workspaces/{id}/budgets", id=workspace_ref)
        return await self._json(
            "GET", path, ListWorkspaceBudgetsResponse, options=options, headers=headers
        )

    async def delete_budget_async(
        self, *, workspace_ref: str, interval: str, **args: Unpack[CallArgs]
    ) -> DeleteWorkspaceBudgetResponse:
        """Remove a workspace's budget for one interval (management key)."""
        options, headers = call_options(args)
        path = build_path(_BUDGET, id=workspace_ref, interval=interval)
        return await self._json(
            "DELETE", path, DeleteWorkspaceBudgetResponse, options=options, headers=headers
        )

    async def get_budget_async(
        self, *, workspace_ref: str, interval: str, **args: Unpack[CallArgs]
    ) -> GetWorkspaceBudgetResponse:
        """A workspace's budget for one interval (daily, weekly, ...) (management key)."""
        options, headers = call_options(args)
        path = build_path(_BUDGET, id=workspace_ref, interval=interval)
        return await self._json(
            "GET", path, GetWorkspaceBudgetResponse, options=options, headers=headers
        )

    async def set_budget_async(
        self,
        *,
        workspace_ref: str,
        interval: str,
        limit_usd: float,
        **params: Unpack[_BudgetArgs],
    ) -> UpsertWorkspaceBudgetResponse:
        """Create or replace a workspace's budget for one interval (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        path = build_path(_BUDGET, id=workspace_ref, interval=interval)
        body = UpsertWorkspaceBudgetRequest(limit_usd=limit_usd, **kwargs)
        return await self._json(
            "PUT",
            path,
            UpsertWorkspaceBudgetResponse,
            body=body,
            options=options,
            headers=headers,
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
