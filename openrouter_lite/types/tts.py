"""Types of the tts API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import ProviderOptions, TraceConfig

__all__ = (
    "SpeechRequest",
    "SpeechRequestParams",
    "SpeechInputReferenceAudio",
    "SpeechInputReferenceAudioInput",
    "SpeechInputReferenceText",
    "SpeechInputReference",
    "SpeechRequestProvider",
)


class SpeechRequest(Request):
    """Text-to-speech request input"""

    # Text to synthesize
    input: str | UnsetType = UNSET
    # Reference content for stateless voice cloning: one `input_audio` part carrying the voice...
    input_references: Sequence[SpeechInputReference | Mapping[str, Any]] | UnsetType = UNSET
    # TTS model identifier
    model: str | UnsetType = UNSET
    # Provider-specific passthrough configuration
    provider: SpeechRequestProvider | Mapping[str, Any] | UnsetType = UNSET
    # Audio output format
    # One of: mp3, pcm.
    response_format: str | UnsetType = UNSET
    # Playback speed multiplier.
    speed: float | UnsetType = UNSET
    # Voice identifier (provider-specific).
    voice: str | UnsetType = UNSET
    # Delivery instructions for the whole request, such as tone, pacing, or emotion.
    instructions: str | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    # A unique identifier representing your end-user.
    user: str | UnsetType = UNSET


class SpeechRequestParams(TypedDict, total=False):
    """The optional fields of ``SpeechRequest``, as keyword arguments."""

    input_references: Sequence[SpeechInputReference | Mapping[str, Any]]
    provider: SpeechRequestProvider | Mapping[str, Any]
    response_format: str
    speed: float
    voice: str
    instructions: str
    session_id: str
    trace: TraceConfig | Mapping[str, Any]
    user: str


class SpeechInputReferenceAudio(Model):
    """Reference audio input for stateless voice cloning

    Request-only: encoded, never decoded.
    """

    input_audio: SpeechInputReferenceAudioInput | Mapping[str, Any]
    # Always "input_audio".
    type: str


class SpeechInputReferenceAudioInput(Model):
    """Reference audio input object

    Request-only: encoded, never decoded.
    """

    # Base64-encoded reference audio (optionally a data URI).
    data: str
    # Audio format of the reference audio (e.g., wav, mp3).
    format: str | None = None


class SpeechInputReferenceText(Model):
    """Transcript of the accompanying reference audio

    Request-only: encoded, never decoded.
    """

    # Transcript of the accompanying reference audio.
    text: str
    # Always "text".
    type: str


class SpeechRequestProvider(Model):
    """Provider-specific passthrough configuration

    Request-only: encoded, never decoded.
    """

    options: ProviderOptions | Mapping[str, Any] | None = None


# Reference content part for stateless voice cloning
SpeechInputReference: TypeAlias = SpeechInputReferenceAudio | SpeechInputReferenceText
