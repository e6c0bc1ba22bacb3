"""Speech to text: `client.stt.create_transcription(...)` (base64 audio in JSON) and
`client.stt.create_transcription_multipart(...)` (an OpenAI-style file upload); both
`POST /audio/transcriptions`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from multidict import MultiDict

from .._sync import sync
from ..types.stt import STTInputAudio, STTRequest, STTRequestParams, STTResponse
from ._base import CallArgs, Resource, call_options
from .files import FileInput, file_part, send_multipart

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("CreateTranscriptionParams", "Stt")


class CreateTranscriptionParams(STTRequestParams, CallArgs, total=False):
    """Every keyword `stt.create_transcription` accepts besides `input_audio` and `model`."""


class Stt(Resource):
    """`POST /audio/transcriptions`."""

    __slots__ = ()

    async def create_transcription_async(
        self,
        *,
        input_audio: STTInputAudio | Mapping[str, Any],
        model: str,
        **params: Unpack[CreateTranscriptionParams],
    ) -> STTResponse:
        """Transcribe base64 audio: `input_audio={"data": base64_text, "format": "wav"}`."""
        return await self._call(
            "POST",
            "/audio/transcriptions",
            STTResponse,
            params,
            request=STTRequest,
            fields={"input_audio": input_audio, "model": model},
        )

    async def create_transcription_multipart_async(
        self,
        *,
        model: str,
        file: FileInput | None = None,
        filename: str | None = None,
        content_type: str | None = None,
        diarize: bool | None = None,
        keyterms: Sequence[str] | None = None,
        language: str | None = None,
        provider: str | None = None,
        response_format: str | None = None,
        session_id: str | None = None,
        source_url: str | None = None,
        temperature: float | None = None,
        timestamp_granularities: Sequence[str] | None = None,
        trace: str | None = None,
        user: str | None = None,
        **args: Unpack[CallArgs],
    ) -> STTResponse:
        """Transcribe an audio file sent as multipart/form-data (max 25 MB), or `source_url`.

        `file` is the bytes, a path, a file opened in binary mode, or the official SDK's
        `{"file_name", "content", "content_type"}`; `filename` (whose extension tells the format)
        and `content_type` default to the path's name and a guess from it.
        """
        options, headers = call_options(args)
        fields: MultiDict[Any] = MultiDict(model=model)
        if file is not None:
            fields.add("file", await file_part(file, filename, content_type))
        scalars = {
            "diarize": diarize,
            "language": language,
            "provider": provider,
            "response_format": response_format,
            "session_id": session_id,
            "source_url": source_url,
            "temperature": temperature,
            "trace": trace,
            "user": user,
        }
        fields.extend((k, v) for k, v in scalars.items() if v is not None)
        fields.extend(("keyterms[]", k) for k in keyterms or ())
        fields.extend(("timestamp_granularities[]", g) for g in timestamp_granularities or ())
        return await send_multipart(
            self, "/audio/transcriptions", STTResponse, fields, options=options, headers=headers
        )

    create_transcription = sync(create_transcription_async)
    create_transcription_multipart = sync(create_transcription_multipart_async)
