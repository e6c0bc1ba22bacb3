"""Files: `client.files.*` (list, upload, retrieve, download, delete).

Also home of the multipart helpers `stt.create_transcription_multipart` shares: `file_part`
(bytes, a path, a binary file object, or the official SDK's `{"file_name", "content",
"content_type"}` dict -> one file part) and `send_multipart`.
"""

from __future__ import annotations

import asyncio
import mimetypes
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeAlias, TypeVar, overload

from multidict import MultiDict

from .._codec import encoder
from .._pagination import files_advance
from .._sync import sync
from .._transport import build_path
from ..types.files import FileResponse
from ._base import CallArgs, Resource, call_options, decode_json
from ._generated.files import FilesOperations, FilesPage

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("FileInput", "Files", "FilesPage", "file_part", "files_advance", "send_multipart")

T = TypeVar("T")

_ONE = "/files/{file_id}"

# What an upload accepts: the bytes, a path, a file opened in binary mode, or the official
# SDK's `{"file_name": ..., "content": bytes | file, "content_type": ...}`.
FileInput: TypeAlias = bytes | str | os.PathLike[str] | BinaryIO | Mapping[str, Any]


async def file_part(
    file: FileInput, filename: str | None = None, content_type: str | None = None
) -> tuple[str, bytes, str]:
    """`(filename, data, content_type)` of an upload. The data is read into memory once (off the
    event loop for paths and file objects) so a retried request can send it again. The filename
    defaults to the path's or file object's name, the content type to a guess from it."""
    content: bytes | str | os.PathLike[str] | BinaryIO
    if isinstance(file, Mapping):
        filename = filename or file.get("file_name") or file.get("fileName")
        content_type = content_type or file.get("content_type")
        content = file["content"]
    else:
        content = file
    if isinstance(content, (bytes, bytearray, memoryview)):
        data = bytes(content)
    elif isinstance(content, (str, os.PathLike)):
        path = Path(content)
        data = await asyncio.to_thread(path.read_bytes)
        filename = filename or path.name
    else:
        data = await asyncio.to_thread(content.read)
        if not isinstance(data, bytes):
            raise TypeError("file: open the file in binary mode ('rb')")
        filename = filename or Path(str(getattr(content, "name", "") or "file")).name
    filename = filename or "file"
    content_type = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return filename, data, content_type


def form_value(value: Any) -> Any:
    """A multipart field's text: booleans as JSON spells them, containers as JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None or isinstance(value, (str, int, float, tuple)):
        return value  # None is skipped, numbers are str()-ed, a tuple is a file part
    return encoder.encode(value).decode()


async def send_multipart(
    resource: Resource,
    path: str,
    tp: type[T],
    fields: MultiDict[Any],
    *,
    query: Mapping[str, Any] | None = None,
    options: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> T:
    """POST `fields` as multipart/form-data (a repeated key is a repeated field); decode a `tp`.
    `extra_body` fields of the call options become more form fields."""
    extra = options.get("extra_body") if options else None
    form: MultiDict[Any] = MultiDict((k, form_value(v)) for k, v in fields.items())
    form.extend((k, form_value(v)) for k, v in (extra or {}).items())
    resp = await resource._transport.request(
        "POST", path, query=query, multipart=form, headers=headers, options=options
    )
    assert resp.body is not None
    return decode_json(tp, resp.body, resp.status, "POST", path)


class Files(FilesOperations):
    """`/files` and `/files/{file_id}` (+ `/content`)."""

    __slots__ = ()

    async def upload_async(
        self,
        *,
        file: FileInput,
        filename: str | None = None,
        content_type: str | None = None,
        workspace_id: str | None = None,
        provider: str | None = None,
        **args: Unpack[CallArgs],
    ) -> FileResponse:
        """Upload a file (bytes, a path, a binary file object, or the official SDK's
        `{"file_name", "content", "content_type"}`), sent as multipart/form-data."""
        options, headers = call_options(args)
        fields: MultiDict[Any] = MultiDict(file=await file_part(file, filename, content_type))
        query = {"workspace_id": workspace_id, "provider": provider}
        return await send_multipart(
            self, "/files", FileResponse, fields, query=query, options=options, headers=headers
        )

    @overload
    async def download_async(
        self,
        *,
        file_id: str,
        workspace_id: str | None = None,
        provider: str | None = None,
        destination: None = None,
        **args: Unpack[CallArgs],
    ) -> bytes: ...
    @overload
    async def download_async(
        self,
        *,
        file_id: str,
        workspace_id: str | None = None,
        provider: str | None = None,
        destination: str | os.PathLike[str],
        **args: Unpack[CallArgs],
    ) -> int: ...
    async def download_async(
        self,
        *,
        file_id: str,
        workspace_id: str | None = None,
        provider: str | None = None,
        destination: str | os.PathLike[str] | None = None,
        **args: Unpack[CallArgs],
    ) -> bytes | int:
        """A file's content as bytes; with `destination` (a file path), streamed into that file
        chunk by chunk, returning the number of bytes written."""
        options, headers = call_options(args)
        path = build_path(_ONE + "/content", file_id=file_id)
        return await self._binary(
            "GET",
            path,
            query={"workspace_id": workspace_id, "provider": provider},
            options=options,
            headers=headers,
            destination=destination,
        )

    upload = sync(upload_async)
    download = sync(download_async)
