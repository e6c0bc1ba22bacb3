"""Types of the stt API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import ProviderOptions, TraceConfig

__all__ = (
    "STTRequest",
    "STTRequestParams",
    "STTInputAudio",
    "STTRequestProvider",
    "STTResponse",
    "STTSegment",
    "STTUsage",
    "STTWord",
)


class STTRequest(Request):
    """Speech-to-text request input."""

    input_audio: STTInputAudio | Mapping[str, Any] | UnsetType = UNSET
    # ISO-639-1 language code (e.g., "en", "ja").
    language: str | UnsetType = UNSET
    # STT model identifier
    model: str | UnsetType = UNSET
    # Provider-specific passthrough configuration
    provider: STTRequestProvider | Mapping[str, Any] | UnsetType = UNSET
    # Output format.
    # One of: json, verbose_json.
    response_format: str | UnsetType = UNSET
    # Sampling temperature for transcription
    temperature: float | UnsetType = UNSET
    # Timestamp detail levels to include when response_format is "verbose_json".
    # One of: word, segment.
    timestamp_granularities: Sequence[str] | UnsetType = UNSET
    # Label each word with the speaker who said it (needs `response_format: verbose_json`).
    diarize: bool | UnsetType = UNSET
    # Domain terms, names, or phrases to bias recognition toward.
    keyterms: Sequence[str] | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    # A unique identifier representing your end-user.
    user: str | UnsetType = UNSET


class STTRequestParams(TypedDict, total=False):
    """The optional fields of ``STTRequest``, as keyword arguments."""

    language: str
    provider: STTRequestProvider | Mapping[str, Any]
    response_format: str
    temperature: float
    timestamp_granularities: Sequence[str]
    diarize: bool
    keyterms: Sequence[str]
    session_id: str
    trace: TraceConfig | Mapping[str, Any]
    user: str


class STTInputAudio(Model):
    """Base64-encoded audio to transcribe

    Request-only: encoded, never decoded.
    """

    # Base64-encoded audio data (raw bytes, not a data URI)
    data: str
    # Audio format (e.g., wav, mp3, flac, m4a, ogg, webm, aac).
    format: str


class STTRequestProvider(Model):
    """Provider-specific passthrough configuration

    Request-only: encoded, never decoded.
    """

    options: ProviderOptions | Mapping[str, Any] | None = None


class STTResponse(Model):
    """STT response containing transcribed text and optional usage statistics"""

    # The transcribed text
    text: str
    # Duration of the input audio in seconds, present when response_format is verbose_json
    duration: float | None = None
    # Detected or forced language, present when response_format is verbose_json
    language: str | None = None
    # Timestamped transcript segments, present when response_format is verbose_json
    segments: list[STTSegment] | None = None
    # The task performed, present when response_format is verbose_json
    task: str | None = None
    usage: STTUsage | None = None
    # Timestamped words, present when the provider returns word-level timestamps
    words: list[STTWord] | None = None


class STTSegment(Model):
    """A timestamped transcript segment, returned when response_format is verbose_json"""

    # Segment end time in seconds
    end: float
    # Segment index within the transcript
    id: int
    # Segment start time in seconds
    start: float
    # Transcribed text of the segment
    text: str
    # Average log probability of the segment
    avg_logprob: float | None = None
    # Compression ratio of the segment
    compression_ratio: float | None = None
    # Probability the segment contains no speech
    no_speech_prob: float | None = None
    # Seek offset of the segment
    seek: int | None = None
    # Speaker index for the segment, present when the provider returns diarization data
    speaker: int | None = None
    # Temperature used for the segment
    temperature: float | None = None
    # Token IDs of the segment
    tokens: list[int] | None = None


class STTUsage(Model):
    """Aggregated usage statistics for the request"""

    # Total cost of the request in USD
    cost: float | None = None
    # Number of input tokens billed for this request
    input_tokens: int | None = None
    # Number of output tokens generated
    output_tokens: int | None = None
    # Duration of the input audio in seconds
    seconds: float | None = None
    # Total number of tokens used (input + output)
    total_tokens: int | None = None


class STTWord(Model):
    """A timestamped word, returned when the provider includes word-level timestamps"""

    # Word end time in seconds
    end: float
    # Word start time in seconds
    start: float
    # The transcribed word
    word: str
    # Speaker index for the word, present when the provider returns diarization data
    speaker: int | None = None
