"""Presets: `client.presets.*` (list, get, versions, and creating a preset from a request body)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from .._pagination import Page
from .._sync import sync
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
    Preset,
    PresetDesignatedVersion,
    ResponsesRequest,
)
from ..types.responses import ResponsesRequestParams
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("PresetVersionsPage", "Presets", "PresetsPage")

_ONE = "/presets/{slug}"


class PresetsPage(ListPresetsResponse, Page[Preset], dict=True, gc=True):
    """A page of `presets.list`; `next()` fetches the following page."""


class PresetVersionsPage(
    ListPresetVersionsResponse, Page[PresetDesignatedVersion | None], dict=True, gc=True
):
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
        query = {"offset": offset, "limit": limit}
        return await self._call_page("/presets", PresetsPage, args, query=query)

    async def get_async(self, *, slug: str, **args: Unpack[CallArgs]) -> GetPresetResponse:
        """One preset with its designated version."""
        return await self._call("GET", _ONE, GetPresetResponse, args, path={"slug": slug})

    async def create_presets_chat_completions_async(
        self,
        *,
        slug: str,
        messages: Sequence[ChatMessages | Mapping[str, Any]],
        stream: bool | None = None,
        **params: Unpack[_ChatArgs],
    ) -> CreatePresetFromInferenceResponse:
        """Create (or version) preset `slug` from a chat-completions request body."""
        return await self._call(
            "POST",
            _ONE + "/chat/completions",
            CreatePresetFromInferenceResponse,
            params,
            path={"slug": slug},
            request=ChatRequest,
            fields={"messages": messages, "stream": _stream(stream)},
        )

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
        return await self._call(
            "POST",
            _ONE + "/messages",
            CreatePresetFromInferenceResponse,
            params,
            path={"slug": slug},
            request=MessagesRequest,
            fields={"messages": messages, "model": model, "stream": _stream(stream)},
        )

    async def create_presets_responses_async(
        self, *, slug: str, stream: bool | None = None, **params: Unpack[_ResponsesArgs]
    ) -> CreatePresetFromInferenceResponse:
        """Create (or version) preset `slug` from a Responses request body."""
        return await self._call(
            "POST",
            _ONE + "/responses",
            CreatePresetFromInferenceResponse,
            params,
            path={"slug": slug},
            request=ResponsesRequest,
            fields={"stream": _stream(stream)},
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
        query = {"offset": offset, "limit": limit}
        return await self._call_page(
            _ONE + "/versions", PresetVersionsPage, args, query=query, path={"slug": slug}
        )

    async def get_version_async(
        self, *, slug: str, version: str | int, **args: Unpack[CallArgs]
    ) -> GetPresetVersionResponse:
        """One version of preset `slug`."""
        return await self._call(
            "GET",
            _ONE + "/versions/{version}",
            GetPresetVersionResponse,
            args,
            path={"slug": slug, "version": version},
        )

    list = sync(list_async)
    get = sync(get_async)
    create_presets_chat_completions = sync(create_presets_chat_completions_async)
    create_presets_messages = sync(create_presets_messages_async)
    create_presets_responses = sync(create_presets_responses_async)
    list_versions = sync(list_versions_async)
    get_version = sync(get_version_async)
