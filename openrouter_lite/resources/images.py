"""Images: `client.images.generate(...)` (`POST /images`, optionally streamed), the image models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

import msgspec

from .._streaming import Stream
from .._sync import sync
from ..errors import ErrorData
from ..types.images import (
    IMAGES_EVENT_TYPES,
    ImageGenerationRequest,
    ImageGenerationRequestParams,
    ImageGenerationResponse,
    ImageGenStreamErrorEvent,
    ImagesStreamEvent,
)
from ._base import CallArgs, split_params
from ._events import EventDecoder, UnknownEvent, final_types
from ._generated.images import ImagesOperations
from ._signatures import explain_struct_error, valid_keywords

if TYPE_CHECKING:
    from typing_extensions import Unpack


__all__ = ("Images", "ImagesEvent", "ImagesGenerateParams")


# -- images -------------------------------------------------------------------------------------

ImagesEvent: TypeAlias = ImagesStreamEvent | UnknownEvent


def _image_error(event: ImageGenStreamErrorEvent) -> ErrorData:
    err = event.error
    metadata = {k: v for k, v in (("type", err.type), ("param", err.param)) if v is not None}
    return ErrorData(message=err.message, code=err.code, metadata=metadata or None)


decode_images_event = EventDecoder("images", IMAGES_EVENT_TYPES, {"error": _image_error})
images_event_is_final = final_types("image_generation.completed")


class ImagesGenerateParams(ImageGenerationRequestParams, CallArgs, total=False):
    """Every keyword `images.generate` accepts besides `model`, `prompt` and `stream`."""


class Images(ImagesOperations):
    """`POST /images`, `GET /images/models`, `GET /images/models/{author}/{slug}/endpoints`."""

    __slots__ = ()

    @overload
    async def generate_async(
        self,
        *,
        model: str,
        prompt: str,
        stream: Literal[False] = False,
        **params: Unpack[ImagesGenerateParams],
    ) -> ImageGenerationResponse: ...
    @overload
    async def generate_async(
        self,
        *,
        model: str,
        prompt: str,
        stream: Literal[True],
        **params: Unpack[ImagesGenerateParams],
    ) -> Stream[ImagesEvent]: ...
    @overload
    async def generate_async(
        self,
        *,
        model: str,
        prompt: str,
        stream: bool,
        **params: Unpack[ImagesGenerateParams],
    ) -> ImageGenerationResponse | Stream[ImagesEvent]: ...
    async def generate_async(
        self,
        *,
        model: str,
        prompt: str,
        stream: bool = False,
        **params: Unpack[ImagesGenerateParams],
    ) -> ImageGenerationResponse | Stream[ImagesEvent]:
        """Generate images from a prompt; `data[i].b64_json` holds each image (base64).

        With `stream=True`, a `Stream` of events: `ImageGenPartialImageEvent`,
        `ImageGenTextChunkEvent` (text formats such as SVG), `ImageGenCompletedEvent`, and
        `UnknownEvent` for types this client does not know; an `error` event raises `StreamError`.
        """
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        options, headers = split_params(kwargs)
        try:
            body = ImageGenerationRequest(
                model=model, prompt=prompt, stream=True if stream else msgspec.UNSET, **kwargs
            )
        except TypeError as exc:
            raise explain_struct_error(exc, "generate", kwargs, _VALID) from None
        return await self._json_or_stream(
            "/images",
            ImageGenerationResponse,
            stream,
            decode_images_event,
            images_event_is_final,
            body,
            options,
            headers,
        )

    generate = sync(generate_async)


_VALID = frozenset(valid_keywords(Images.generate_async))
