"""Server tools: `client.tools.*` (`GET /tools`, `GET /tools/{name}`: the tools OpenRouter runs
for a model). Both take a per-call bearer token: `security=ListToolsSecurity(bearer=...)`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.tools import GetToolResponse, ListToolsResponse
from ._base import CallArgs, Resource, call_options

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..operations import GetToolSecurity, ListToolsSecurity

__all__ = ("Tools", "ToolsPage")


class ToolsPage(ListToolsResponse, Page, dict=True, gc=True):
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
        options, headers = call_options(args)
        headers = {**(headers or {}), **security.headers()}
        query = {"offset": offset, "limit": limit, "api_format": api_format}
        return await self._page("/tools", ToolsPage, query, options, headers)

    async def get_tool_async(
        self, *, security: GetToolSecurity, name: str, **args: Unpack[CallArgs]
    ) -> GetToolResponse:
        """One server tool by canonical name or alias (the API redirects an alias to the
        canonical name; the redirect is followed), with the models that run it natively."""
        options, headers = call_options(args)
        headers = {**(headers or {}), **security.headers()}
        path = build_path("/tools/{name}", name=name)
        return await self._json("GET", path, GetToolResponse, options=options, headers=headers)

    list_tools = sync(list_tools_async)
    get_tool = sync(get_tool_async)
