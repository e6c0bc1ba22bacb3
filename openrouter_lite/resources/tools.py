"""Server tools: `client.tools.*` (`GET /tools`, `GET /tools/{name}`: the tools OpenRouter runs
for a model). Both take a per-call bearer token: `security=ListToolsSecurity(bearer=...)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from ..types.tools import GetToolResponse, ListToolsResponse, ServerTool
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..operations import GetToolSecurity, ListToolsSecurity

__all__ = ("Tools", "ToolsPage")


class ToolsPage(ListToolsResponse, Page[ServerTool], dict=True, gc=True):
    """A page of `tools.list_tools`; `next()` fetches the following page."""


class Tools(Resource):
    __slots__ = ()

    async def list_tools_async(
        self,
        *,
        security: ListToolsSecurity,
        offset: int | None = None,
        limit: int | None = None,
        api_format: str | None = None,
        **args: Unpack[CallArgs],
    ) -> ToolsPage:
        """Every server tool: its `tools[].type` spellings per API format (`responses`,
        `chat-completions`, `anthropic-messages`), engines, pricing and native support.
        `security`'s bearer token replaces the client's key for this call."""
        query = {"offset": offset, "limit": limit, "api_format": api_format}
        return await self._call_page(
            "/tools", ToolsPage, args, query=query, headers=security.headers()
        )

    async def get_tool_async(
        self, *, security: GetToolSecurity, name: str, **args: Unpack[CallArgs]
    ) -> GetToolResponse:
        """One server tool by canonical name or alias (the API redirects an alias to the
        canonical name; the redirect is followed), with the models that run it natively."""
        return await self._call(
            "GET",
            "/tools/{name}",
            GetToolResponse,
            args,
            path={"name": name},
            headers=security.headers(),
        )

    list_tools = sync(list_tools_async)
    get_tool = sync(get_tool_async)
