"""Types of the tools API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from typing import Any

from ._base import Model

__all__ = (
    "ListToolsResponse",
    "ServerTool",
    "ServerToolInputName",
    "ServerToolOutputName",
    "ServerToolEngine",
    "ServerToolPrice",
    "ServerToolNativeSupport",
    "ListToolsResponseLinks",
    "GetToolResponse",
    "ServerToolDetails",
    "ServerToolDetailsNativeSupport",
    "ServerToolNativeModel",
)


class ListToolsResponse(Model):
    """Response of ``GET /tools``."""

    data: list[ServerTool]
    total_count: int
    links: ListToolsResponseLinks


class ServerTool(Model):
    """A server tool OpenRouter can run on behalf of a model."""

    id: str
    name: str
    # One of: active, deprecated.
    status: str
    summary: str
    tool_description: str
    docs_url: str
    aliases: list[ServerToolInputName]
    # One of: responses, chat-completions, anthropic-messages.
    supported_api_formats: list[str]
    engines: list[ServerToolEngine]
    input_schema: dict[str, Any]
    parameters_schema: dict[str, Any]
    # How many endpoints run the tool natively.
    native_support: ServerToolNativeSupport
    default_engine: str | None = None
    fallback_engine: str | None = None
    output_schema: dict[str, Any] | None = None


class ServerToolInputName(Model):
    """A `tools[].type` spelling the tool accepts, and in which API formats."""

    type: str
    # One of: responses, chat-completions, anthropic-messages.
    api_formats: list[str]
    output_names: list[ServerToolOutputName]


class ServerToolOutputName(Model):
    # One of: responses, chat-completions, anthropic-messages.
    api_format: str
    type: str
    name: str | None = None


class ServerToolEngine(Model):
    """An engine that can run the tool."""

    name: str
    # One of: provider, openrouter, client.
    executed_by: str
    # One of: required, optional, none.
    byok: str
    # One of: global, europe, us.
    data_regions: list[str]
    pricing: list[ServerToolPrice]
    # One of: openrouter, provider, byok, none.
    pricing_source: str
    id: str | None = None
    default_mode: str | None = None
    pricing_doc_url: str | None = None


class ServerToolPrice(Model):
    unit: str
    # USD per unit.
    price: str
    max_units_per_call: int
    mode: str | None = None


class ServerToolNativeSupport(Model):
    """How many endpoints run the tool natively."""

    endpoint_count: int
    model_count: int


class ListToolsResponseLinks(Model):
    """The ``ListToolsResponse.links`` object."""

    # The next page's URL, or null on the last page.
    next: str | None = None


class GetToolResponse(Model):
    """Response of ``GET /tools/{name}``."""

    data: ServerToolDetails


class ServerToolDetails(Model):
    """A server tool, with the models whose providers run it natively."""

    id: str
    name: str
    # One of: active, deprecated.
    status: str
    summary: str
    tool_description: str
    docs_url: str
    aliases: list[ServerToolInputName]
    # One of: responses, chat-completions, anthropic-messages.
    supported_api_formats: list[str]
    engines: list[ServerToolEngine]
    input_schema: dict[str, Any]
    parameters_schema: dict[str, Any]
    # How many endpoints run the tool natively, and which models.
    native_support: ServerToolDetailsNativeSupport
    default_engine: str | None = None
    fallback_engine: str | None = None
    output_schema: dict[str, Any] | None = None


class ServerToolDetailsNativeSupport(Model):
    """How many endpoints run the tool natively, and which models."""

    endpoint_count: int
    model_count: int
    models: list[ServerToolNativeModel]


class ServerToolNativeModel(Model):
    slug: str
    providers: list[str]
