"""Containers: `client.containers.*` (`/containers/{container_id}/files`: the files a
bash/shell tool session left in its container)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, overload

from .._sync import sync
from .._transport import build_path
from ._base import CallArgs, call_options
from ._generated.containers import ContainerFilesPage, ContainersOperations

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("ContainerFilesPage", "Containers")

_FILE = "/containers/{container_id}/files/{file_id}"


class Containers(ContainersOperations):
    __slots__ = ()

    @overload
    async def download_container_file_content_async(
        self,
        *,
        container_id: str,
        file_id: str,
        destination: None = None,
        **args: Unpack[CallArgs],
    ) -> bytes: ...
    @overload
    async def download_container_file_content_async(
        self,
        *,
        container_id: str,
        file_id: str,
        destination: str | os.PathLike[str],
        **args: Unpack[CallArgs],
    ) -> int: ...
    async def download_container_file_content_async(
        self,
        *,
        container_id: str,
        file_id: str,
        destination: str | os.PathLike[str] | None = None,
        **args: Unpack[CallArgs],
    ) -> bytes | int:
        """A container file's content as bytes; with `destination` (a file path), streamed
        into that file chunk by chunk, returning the number of bytes written."""
        options, headers = call_options(args)
        path = build_path(_FILE + "/content", container_id=container_id, file_id=file_id)
        return await self._binary(
            "GET", path, options=options, headers=headers, destination=destination
        )

    download_container_file_content = sync(download_container_file_content_async)
