"""Video generation: `client.video_generation.*` (submit a job, poll it, download the video)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, overload

from .._sync import sync
from .._transport import build_path
from ..types.video_generation import (
    VideoGenerationRequest,
    VideoGenerationRequestParams,
    VideoGenerationResponse,
    VideoModelsListResponse,
)
from ._base import CallArgs, Resource, call_options

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("VideoGenerateParams", "VideoGeneration")


class VideoGenerateParams(VideoGenerationRequestParams, CallArgs, total=False):
    """Every keyword `video_generation.generate` accepts besides `model`."""


class VideoGeneration(Resource):
    """`POST /videos`, `GET /videos/{jobId}` (+ `/content`), `GET /videos/models`."""

    __slots__ = ()

    async def generate_async(
        self, *, model: str, **params: Unpack[VideoGenerateParams]
    ) -> VideoGenerationResponse:
        """Submit a video generation job (`prompt`, `duration`, `resolution`, ...); poll it with
        `get_generation(job_id=result.id)` until `status` is final."""
        return await self._call(
            "POST",
            "/videos",
            VideoGenerationResponse,
            params,
            request=VideoGenerationRequest,
            fields={"model": model},
        )

    async def get_generation_async(
        self, *, job_id: str, **args: Unpack[CallArgs]
    ) -> VideoGenerationResponse:
        """The state of a video generation job (`status`, `unsigned_urls` when done)."""
        path = {"jobId": job_id}
        return await self._call("GET", "/videos/{jobId}", VideoGenerationResponse, args, path=path)

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

    async def list_videos_models_async(self, **args: Unpack[CallArgs]) -> VideoModelsListResponse:
        """The video generation models and what each supports."""
        return await self._call("GET", "/videos/models", VideoModelsListResponse, args)

    generate = sync(generate_async)
    get_generation = sync(get_generation_async)
    get_video_content = sync(get_video_content_async)
    list_videos_models = sync(list_videos_models_async)
