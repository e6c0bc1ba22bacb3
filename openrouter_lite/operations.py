"""Per-call security arguments, named as in the official SDK (`ListModelsUserSecurity`, ...)."""

from __future__ import annotations

import msgspec

__all__ = (
    "CreateCoinbaseChargeSecurity",
    "GetToolSecurity",
    "ListModelsUserSecurity",
    "ListToolsSecurity",
    "Security",
)


class Security(msgspec.Struct, kw_only=True):
    """A bearer token used instead of the client's API key for one call. Never shown in repr."""

    bearer: str

    def __repr__(self) -> str:
        return f"{type(self).__name__}(bearer=<redacted>)"

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.bearer}"}


class ListModelsUserSecurity(Security):
    """Security for `models.list_for_user`."""


class CreateCoinbaseChargeSecurity(Security):
    """Security for `credits.create_coinbase_charge`."""


class ListToolsSecurity(Security):
    """Security for `tools.list_tools`."""


class GetToolSecurity(Security):
    """Security for `tools.get_tool`."""
