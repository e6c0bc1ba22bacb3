"""Containers: `client.containers.*` (`/containers/{container_id}/files`: the files a
bash/shell tool session left in its container)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, overload

from .._pagination import Page, cursor_advance
from .._sync import sync
from .._transport import build_path
from ..types.containers import ContainerFile, ContainerFileListResponse, FileResponse
from ._base import CallArgs, Resource, call_options

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("ContainerFilesPage", "Containers")

_FILE = "/containers/{container_id}/files/{file_id}"


class ContainerFilesPage(ContainerFileListResponse, Page[ContainerFile], dict=True, gc=True):
    """A page of `containers.list_container_files`; `next()` fetches the following page."""


class Containers(Resource):
    __slots__ = ()

    async def list_container_files_async(
        self,
        *,
        container_id: str,
        limit: int | None = None,
        after: str | None = None,
        **args: Unpack[CallArgs],
    ) -> ContainerFilesPage:
        """A container's files in path order (cursor-paginated: `after` is the previous page's
        `last_id`, which `next()` follows while `has_more`)."""
        query = {"limit": limit, "after": after}
        return await self._call_page(
            "/containers/{container_id}/files",
            ContainerFilesPage,
            args,
            query=query,
            path={"container_id": container_id},
            advance=cursor_advance,
        )

    async def get_container_file_async(
        self, *, container_id: str, file_id: str, **args: Unpack[CallArgs]
    ) -> ContainerFile:
        """One container file's metadata."""
        path = {"container_id": container_id, "file_id": file_id}
        return await self._call("GET", _FILE, ContainerFile, args, path=path)

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

    async def promote_container_file_async(
        self, *, container_id: str, file_id: str, **args: Unpack[CallArgs]
    ) -> FileResponse:
        """Copy a container file into the workspace's durable documents (it then outlives the
        container and counts against the storage quota); returns the new file."""
        path = {"container_id": container_id, "file_id": file_id}
        return await self._call("POST", _FILE + "/promote", FileResponse, args, path=path)

    list_container_files = sync(list_container_files_async)
    get_container_file = sync(get_container_file_async)
    download_container_file_content = sync(download_container_file_content_async)
    promote_container_file = sync(promote_container_file_async)
