"""Presets: `client.presets.*` (list, get, versions, and creating a preset from a request body)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from .._sync import sync
from ..types.chat import ChatMessages, ChatRequestParams
from ..types.messages import MessagesMessageParam, MessagesRequestParams
from ..types.presets import (
    ChatRequest,
    CreatePresetFromInferenceResponse,
    MessagesRequest,
    ResponsesRequest,
)
from ..types.responses import ResponsesRequestParams
from ._base import CallArgs
from ._generated.presets import PresetsOperations, PresetsPage, PresetVersionsPage

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("PresetVersionsPage", "Presets", "PresetsPage")

_ONE = "/presets/{slug}"


class _ChatArgs(ChatRequestParams, CallArgs, total=False):
    pass


class _MessagesArgs(MessagesRequestParams, CallArgs, total=False):
    pass


class _ResponsesArgs(ResponsesRequestParams, CallArgs, total=False):
    pass


def _stream(stream: bool | None) -> bool | msgspec.UnsetType:
    return msgspec.UNSET if stream is None else stream


class Presets(PresetsOperations):
    """`/presets`, `/presets/{slug}` (+ `/versions`, `/chat/completions`, `/messages`,
    `/responses`)."""

    __slots__ = ()

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

    create_presets_chat_completions = sync(create_presets_chat_completions_async)
    create_presets_messages = sync(create_presets_messages_async)
    create_presets_responses = sync(create_presets_responses_async)
