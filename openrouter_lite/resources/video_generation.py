"""Video generation: `client.video_generation.*` (submit a job, poll it, download the video)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, overload

from .._sync import sync
from .._transport import build_path
from ..types.video_generation import (
    VideoGenerationRequestParams,
)
from ._base import CallArgs, call_options
from ._generated.video_generation import VideoGenerationOperations

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("VideoGenerateParams", "VideoGeneration")


class VideoGenerateParams(VideoGenerationRequestParams, CallArgs, total=False):
    """Every keyword `video_generation.generate` accepts besides `model`."""


class VideoGeneration(VideoGenerationOperations):
    """`POST /videos`, `GET /videos/{jobId}` (+ `/content`), `GET /videos/models`."""

    __slots__ = ()

    @overload
    async def get_video_content_async(
        self,
        *,
        job_id: str,
        index: int | None = None,
        destination: None = None,
        **args: Unpack[CallArgs],
    ) -> bytes: ...
    @overload
    async def get_video_content_async(
        self,
        *,
        job_id: str,
        index: int | None = None,
        destination: str | os.PathLike[str],
        **args: Unpack[CallArgs],
    ) -> int: ...
    async def get_video_content_async(
        self,
        *,
        job_id: str,
        index: int | None = None,
        destination: str | os.PathLike[str] | None = None,
        **args: Unpack[CallArgs],
    ) -> bytes | int:
        """The generated video (`index`: which output, default the first) as bytes; with
        `destination` (a file path), streamed into that file, returning the bytes written."""
        options, headers = call_options(args)
        path = build_path("/videos/{jobId}/content", jobId=job_id)
        return await self._binary(
            "GET",
            path,
            query={"index": index},
            options=options,
            headers=headers,
            destination=destination,
        )

    get_video_content = sync(get_video_content_async)
