"""Types of the containers API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

import msgspec

from ._base import Model
from .files import FileResponse

__all__ = (
    "ContainerFileListResponse",
    "ContainerFile",
    "FileResponse",
)


class ContainerFileListResponse(Model):
    """One page of container files."""

    # Always "list".
    object: str
    data: list[ContainerFile]
    has_more: bool
    first_id: str | None = None
    # The resume cursor; pass it as `after`.
    last_id: str | None = None


class ContainerFile(Model):
    """A file in a container."""

    id: str
    # Always "container.file".
    object: str
    container_id: str
    path: str
    bytes_: int = msgspec.field(name="bytes")
    # Unix seconds.
    created_at: int
    # Always "assistant".
    source: str
