"""Types of the files API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

import msgspec

from ._base import Model

__all__ = (
    "OpenRouterFileList",
    "OpenRouterFile",
    "OpenAIFileList",
    "OpenAIFile",
    "AnthropicFileList",
    "AnthropicFile",
    "FileListResponse",
    "FileResponse",
    "OpenRouterFileDeleted",
    "OpenAIFileDeleted",
    "AnthropicFileDeleted",
    "FileDeleteResponse",
)


class OpenRouterFileList(Model):
    """A page of files in the OpenRouter shape."""

    # Always "openrouter".
    shape: str = msgspec.field(name="_shape")
    data: list[OpenRouterFile]
    has_more: bool
    # Opaque cursor for the next page; null when there are no more results.
    cursor: str | None = None
    first_id: str | None = None
    last_id: str | None = None


class OpenRouterFile(Model):
    """A stored file in the OpenRouter superset shape: Anthropic-shaped, plus OpenRouter-only
    fields.
    """

    # Always "openrouter".
    shape: str = msgspec.field(name="_shape")
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    # Always "file".
    type: str


class OpenAIFileList(Model):
    """A page of files in OpenAI's shape."""

    # Always "openai".
    shape: str = msgspec.field(name="_shape")
    data: list[OpenAIFile]
    has_more: bool
    # Always "list".
    object: str
    first_id: str | None = None
    last_id: str | None = None


class OpenAIFile(Model):
    """A stored file in OpenAI's Files API shape."""

    # Always "openai".
    shape: str = msgspec.field(name="_shape")
    bytes_: int = msgspec.field(name="bytes")
    created_at: int
    filename: str
    id: str
    # Always "file".
    object: str
    # One of: assistants, batch, fine-tune, vision, user_data, evals, ... (3 more).
    purpose: str
    # Always "processed".
    status: str


class AnthropicFileList(Model):
    """A page of files in Anthropic's shape."""

    # Always "anthropic".
    shape: str = msgspec.field(name="_shape")
    data: list[AnthropicFile]
    has_more: bool
    first_id: str | None = None
    last_id: str | None = None


class AnthropicFile(Model):
    """A stored file in Anthropic's Files API shape."""

    # Always "anthropic".
    shape: str = msgspec.field(name="_shape")
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    # Always "file".
    type: str


class FileListResponse(Model):
    """A page of files, in the negotiated shape.

    The union of OpenRouterFileList, OpenAIFileList and AnthropicFileList, merged into one
    Struct: every field is optional and a field the variants type differently is ``Any``, so a
    new variant never breaks decoding.
    """

    # One of: openrouter, openai, anthropic.
    shape: str = msgspec.field(name="_shape")
    # Opaque cursor for the next page; null when there are no more results.
    cursor: str | None = None
    data: list[FileResponse] | None = None
    first_id: str | None = None
    has_more: bool | None = None
    last_id: str | None = None
    # Always "list".
    object: str | None = None


class FileResponse(Model):
    """A stored file.

    The union of OpenRouterFile, OpenAIFile and AnthropicFile, merged into one Struct: every
    field is optional and a field the variants type differently is ``Any``, so a new variant
    never breaks decoding.
    """

    # One of: openrouter, openai, anthropic.
    shape: str = msgspec.field(name="_shape")
    created_at: str | int | None = None
    downloadable: bool | None = None
    filename: str | None = None
    id: str | None = None
    mime_type: str | None = None
    size_bytes: int | None = None
    # Always "file".
    type: str | None = None
    bytes_: int | None = msgspec.field(default=None, name="bytes")
    # Always "file".
    object: str | None = None
    # One of: assistants, batch, fine-tune, vision, user_data, evals, ... (3 more).
    purpose: str | None = None
    # Always "processed".
    status: str | None = None


class OpenRouterFileDeleted(Model):
    """Deletion result in the OpenRouter shape."""

    # Always "openrouter".
    shape: str = msgspec.field(name="_shape")
    id: str
    # Always "file_deleted".
    type: str


class OpenAIFileDeleted(Model):
    """Deletion result in OpenAI's shape."""

    # Always "openai".
    shape: str = msgspec.field(name="_shape")
    # Always "True".
    deleted: bool
    id: str
    # Always "file".
    object: str


class AnthropicFileDeleted(Model):
    """Deletion result in Anthropic's shape."""

    # Always "anthropic".
    shape: str = msgspec.field(name="_shape")
    id: str
    # Always "file_deleted".
    type: str


class FileDeleteResponse(Model):
    """Confirmation that a file was deleted, in the negotiated shape.

    The union of OpenRouterFileDeleted, OpenAIFileDeleted and AnthropicFileDeleted, merged
    into one Struct: every field is optional and a field the variants type differently is
    ``Any``, so a new variant never breaks decoding.
    """

    # One of: openrouter, openai, anthropic.
    shape: str = msgspec.field(name="_shape")
    id: str | None = None
    # Always "file_deleted".
    type: str | None = None
    # Always "True".
    deleted: bool | None = None
    # Always "file".
    object: str | None = None
