"""Presets: `client.presets.*` (list, get, versions, and creating a preset from a request body)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from .._pagination import Page
from .._sync import sync
from .._transport import build_path
from ..types.chat import ChatMessages, ChatRequestParams
from ..types.messages import MessagesMessageParam, MessagesRequestParams
from ..types.presets import (
    ChatRequest,
    CreatePresetFromInferenceResponse,
    GetPresetResponse,
    GetPresetVersionResponse,
    ListPresetsResponse,
    ListPresetVersionsResponse,
    MessagesRequest,
    ResponsesRequest,
)
from ..types.responses import ResponsesRequestParams
from ._base import CallArgs, Resource, call_options, split_params

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("PresetVersionsPage", "Presets", "PresetsPage")


class PresetsPage(ListPresetsResponse, Page, dict=True, gc=True):
    """A page of `presets.list`; `next()` fetches the following page."""


class PresetVersionsPage(ListPresetVersionsResponse, Page, dict=True, gc=True):
    """A page of `presets.list_versions`; `next()` fetches the following page."""


class _ChatArgs(ChatRequestParams, CallArgs, total=False):
    pass


class _MessagesArgs(MessagesRequestParams, CallArgs, total=False):
    pass


class _ResponsesArgs(ResponsesRequestParams, CallArgs, total=False):
    pass


def _stream(stream: bool | None) -> bool | msgspec.UnsetType:
    return msgspec.UNSET if stream is None else stream


class Presets(Resource):
    """`/presets`, `/presets/{slug}` (+ `/versions`, `/chat/completions`, `/messages`,
    `/responses`)."""

    __slots__ = ()

    async def list_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        **args: Unpack[CallArgs],
    ) -> PresetsPage:
        """List the presets (offset/limit pages; `iter_all()` walks them all)."""
        options, headers = call_options(args)
        query = {"offset": offset, "limit": limit}
        return await self._page("/presets", PresetsPage, query, options, headers)

    async def get_async(self, *, slug: str, **args: Unpack[CallArgs]) -> GetPresetResponse:
        """One preset with its designated version."""
        options, headers = call_options(args)
        path = build_path("/presets/{slug}", slug=slug)
        return await self._json("GET", path, GetPresetResponse, options=options, headers=headers)

    async def create_presets_chat_completions_async(
        self,
        *,
        slug: str,
        messages: Sequence[ChatMessages | Mapping[str, Any]],
        stream: bool | None = None,
        **params: Unpack[_ChatArgs],
    ) -> CreatePresetFromInferenceResponse:
        """Create (or version) preset `slug` from a chat-completions request body."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = ChatRequest(messages=messages, stream=_stream(stream), **kwargs)
        return await self._create(slug, "chat/completions", body, options, headers)

    async def create_presets_messages_async(
        self,
        *,
        slug: str,
        messages: Sequence[MessagesMessageParam | Mapping[str, Any]] | None,
        model: str,
        stream: bool | None = None,
        **params: Unpack[_MessagesArgs],
    ) -> CreatePresetFromInferenceResponse:
        """Create (or version) preset `slug` from a Messages (Anthropic format) request body."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = MessagesRequest(messages=messages, model=model, stream=_stream(stream), **kwargs)
        return await self._create(slug, "messages", body, options, headers)

    async def create_presets_responses_async(
        self, *, slug: str, stream: bool | None = None, **params: Unpack[_ResponsesArgs]
    ) -> CreatePresetFromInferenceResponse:
        """Create (or version) preset `slug` from a Responses request body."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = ResponsesRequest(stream=_stream(stream), **kwargs)
        return await self._create(slug, "responses", body, options, headers)

    async def _create(
        self,
        slug: str,
        kind: str,
        body: Any,
        options: dict[str, Any] | None,
        headers: dict[str, str] | None,
    ) -> CreatePresetFromInferenceResponse:
        path = build_path("/presets/{slug}/", slug=slug) + kind
        return await self._json(
            "POST",
            path,
            CreatePresetFromInferenceResponse,
            body=body,
            options=options,
            headers=headers,
        )

    async def list_versions_async(
        self,
        *,
        slug: str,
        offset: int | None = None,
        limit: int | None = None,
        **args: Unpack[CallArgs],
    ) -> PresetVersionsPage:
        """The versions of preset `slug` (offset/limit pages)."""
        options, headers = call_options(args)
        path = build_path("/presets/{slug}/versions", slug=slug)
        query = {"offset": offset, "limit": limit}
        return await self._page(path, PresetVersionsPage, query, options, headers)

    async def get_version_async(
        self, *, slug: str, version: str | int, **args: Unpack[CallArgs]
    ) -> GetPresetVersionResponse:
        """One version of preset `slug`."""
        options, headers = call_options(args)
        path = build_path("/presets/{slug}/versions/{version}", slug=slug, version=version)
        return await self._json(
            "GET", path, GetPresetVersionResponse, options=options, headers=headers
        )

    list = sync(list_async)
    get = sync(get_async)
    create_presets_chat_completions = sync(create_presets_chat_completions_async)
    create_presets_messages = sync(create_presets_messages_async)
    create_presets_responses = sync(create_presets_responses_async)
    list_versions = sync(list_versions_async)
    get_version = sync(get_version_async)
