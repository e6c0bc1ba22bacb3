"""Types of the external users API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ListExternalUsersResponse",
    "ExternalUser",
    "CreateExternalUserRequest",
    "ExternalUserResponse",
    "UpdateExternalUserRequest",
)


class ListExternalUsersResponse(Model):
    """Response of ``GET /external-users``."""

    data: list[ExternalUser]
    total_count: int


class ExternalUser(Model):
    """A registered external user (a caller-supplied tracking ID)."""

    user: str
    is_active: bool
    created_at: str
    updated_at: str


class CreateExternalUserRequest(Request):
    """Request body of ``POST /external-users``."""

    # The tracking ID to register.
    user: str | UnsetType = UNSET


class ExternalUserResponse(Model):
    """Response of ``POST /external-users``."""

    data: ExternalUser


class UpdateExternalUserRequest(Request):
    """Request body of ``PATCH /external-users/{user}``."""

    is_active: bool | UnsetType = UNSET
