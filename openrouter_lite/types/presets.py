"""Types of the presets API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from typing import Any

from ._base import Model
from .chat import ChatRequest
from .messages import MessagesRequest
from .responses import ResponsesRequest

__all__ = (
    "ListPresetsResponse",
    "Preset",
    "GetPresetResponse",
    "PresetWithDesignatedVersion",
    "PresetDesignatedVersion",
    "CreatePresetFromInferenceResponse",
    "ListPresetVersionsResponse",
    "GetPresetVersionResponse",
    "ChatRequest",
    "MessagesRequest",
    "ResponsesRequest",
)


class ListPresetsResponse(Model):
    """A paginated list of presets."""

    data: list[Preset]
    total_count: int


class Preset(Model):
    """A preset without version details."""

    created_at: str
    id: str
    name: str
    slug: str
    # One of: active, disabled, archived.
    status: str
    updated_at: str
    creator_user_id: str | None = None
    description: str | None = None
    designated_version_id: str | None = None
    status_updated_at: str | None = None
    workspace_id: str | None = None


class GetPresetResponse(Model):
    """A preset with its currently designated version."""

    data: PresetWithDesignatedVersion


class PresetWithDesignatedVersion(Model):
    """A preset with its currently designated version."""

    created_at: str
    id: str
    name: str
    slug: str
    # One of: active, disabled, archived.
    status: str
    updated_at: str
    creator_user_id: str | None = None
    description: str | None = None
    designated_version_id: str | None = None
    status_updated_at: str | None = None
    workspace_id: str | None = None
    designated_version: PresetDesignatedVersion | None = None


class PresetDesignatedVersion(Model):
    """A specific version of a preset, containing config and optional system prompt."""

    config: dict[str, Any]
    created_at: str
    creator_id: str
    id: str
    preset_id: str
    updated_at: str
    version: int
    system_prompt: str | None = None


class CreatePresetFromInferenceResponse(Model):
    """Response containing the created preset with its designated version."""

    data: PresetWithDesignatedVersion


class ListPresetVersionsResponse(Model):
    """A paginated list of preset versions."""

    data: list[PresetDesignatedVersion | None]
    total_count: int


class GetPresetVersionResponse(Model):
    """A single version of a preset."""

    data: PresetDesignatedVersion | None = None
