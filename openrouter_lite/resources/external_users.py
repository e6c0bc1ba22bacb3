"""External users: `client.external_users.*` (`/external-users`: caller-supplied tracking IDs
registered under the organization; management key)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.external_users import (
    CreateExternalUserRequest,
    ExternalUser,
    ExternalUserResponse,
    ListExternalUsersResponse,
    UpdateExternalUserRequest,
)
from ._base import CallArgs, Resource, call_options

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("ExternalUsers", "ExternalUsersPage")

_ONE = "/external-users/{user}"


class ExternalUsersPage(ListExternalUsersResponse, Page[ExternalUser], dict=True, gc=True):
    """A page of `external_users.list`; `next()` fetches the following page."""


class ExternalUsers(Resource):
    __slots__ = ()

    async def list_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        user: str | None = None,
        include_inactive: bool | None = None,
        **args: Unpack[CallArgs],
    ) -> ExternalUsersPage:
        """The organization's registrations (inactive ones with `include_inactive=True`)."""
        query = {
            "offset": offset,
            "limit": limit,
            "user": user,
            "include_inactive": include_inactive,
        }
        return await self._call_page("/external-users", ExternalUsersPage, args, query=query)

    async def create_async(self, *, user: str, **args: Unpack[CallArgs]) -> ExternalUserResponse:
        """Register the tracking ID `user` (no account or credentials are created)."""
        body = CreateExternalUserRequest(user=user)
        return await self._call("POST", "/external-users", ExternalUserResponse, args, body=body)

    async def get_async(self, *, user: str, **args: Unpack[CallArgs]) -> ExternalUserResponse:
        """One registration, active or not, by its tracking ID."""
        return await self._call("GET", _ONE, ExternalUserResponse, args, path={"user": user})

    async def update_async(
        self, *, user: str, is_active: bool, **args: Unpack[CallArgs]
    ) -> ExternalUserResponse:
        """Activate or deactivate a registration (this does not gate inference)."""
        body = UpdateExternalUserRequest(is_active=is_active)
        return await self._call(
            "PATCH", _ONE, ExternalUserResponse, args, path={"user": user}, body=body
        )

    async def delete_async(self, *, user: str, **args: Unpack[CallArgs]) -> None:
        """Deactivate a registration (its tracking ID is kept; `update` reactivates it).
        The API answers 204 without a body."""
        options, headers = call_options(args)
        path = build_path(_ONE, user=user)
        await self._transport.request("DELETE", path, headers=headers, options=options)

    list = sync(list_async)
    create = sync(create_async)
    delete = sync(delete_async)
    get = sync(get_async)
    update = sync(update_async)
