"""Text to speech: `client.tts.create_speech(...)`, `POST /audio/speech` (binary audio)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, overload

from .._sync import sync
from ..types.tts import SpeechRequest, SpeechRequestParams
from ._base import CallArgs, Resource, split_params

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("CreateSpeechParams", "Tts")


class CreateSpeechParams(SpeechRequestParams, CallArgs, total=False):
    """Every keyword `tts.create_speech` accepts besides `input`, `model` and `destination`."""


class Tts(Resource):
    """`POST /audio/speech`."""

    __slots__ = ()

    @overload
    async def create_speech_async(
        self,
        *,
        input: str,
        model: str,
        destination: None = None,
        **params: Unpack[CreateSpeechParams],
    ) -> bytes: ...
    @overload
    async def create_speech_async(
        self,
        *,
        input: str,
        model: str,
        destination: str | os.PathLike[str],
        **params: Unpack[CreateSpeechParams],
    ) -> int: ...
    async def create_speech_async(
        self,
        *,
        input: str,
        model: str,
        destination: str | os.PathLike[str] | None = None,
        **params: Unpack[CreateSpeechParams],
    ) -> bytes | int:
        """Synthesize `input` (`voice`, `response_format` "mp3" or "pcm", `speed`, ...).

        Returns the audio bytes; with `destination` (a file path), streams them into that file
        chunk by chunk instead and returns the number of bytes written.
        """
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        options, headers = split_params(kwargs)
        body = SpeechRequest(input=input, model=model, **kwargs)
        return await self._binary(
            "POST",
            "/audio/speech",
            body=body,
            options=options,
            headers=headers,
            destination=destination,
        )

    create_speech = sync(create_speech_async)
