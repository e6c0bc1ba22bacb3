"""Embeddings: `client.embeddings.generate(...)` and `client.embeddings.list_models()`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._codec import floats_from_base64
from .._sync import sync
from ..types._base import Model
from ..types.embeddings import (
    CreateEmbeddingsRequest,
    CreateEmbeddingsRequestParams,
    CreateEmbeddingsResponse,
    Embedding,
    EmbeddingsUsage,
)
from ..types.models import ModelsListResponse
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Embeddings", "EmbeddingsGenerateParams")


class _Base64Embedding(Model):
    """`Embedding` as the wire has it with `encoding_format="base64"`."""

    embedding: str | list[float]
    object: str
    index: int | None = None


class _Base64Response(Model):
    data: list[_Base64Embedding]
    model: str
    object: str
    id: str | None = None
    usage: EmbeddingsUsage | None = None


class EmbeddingsGenerateParams(CreateEmbeddingsRequestParams, CallArgs, total=False):
    """Every keyword `embeddings.generate` accepts besides `input` and `model`."""


class Embeddings(Resource):
    """`POST /embeddings`, `GET /embeddings/models`."""

    __slots__ = ()

    async def generate_async(
        self,
        *,
        input: str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | Any,
        model: str,
        accept_header_override: str | None = None,
        **params: Unpack[EmbeddingsGenerateParams],
    ) -> CreateEmbeddingsResponse:
        """Embed one input or a batch. With `encoding_format="base64"` the smaller wire format is
        used and decoded for you: `data[i].embedding` is a list of floats either way.
        `accept_header_override` (the official SDK's argument) sets the `Accept` header; the answer
        is decoded as JSON either way."""
        if not input and (isinstance(input, (str, list, tuple))):
            raise ValueError("embeddings.generate: input is empty (nothing to embed)")
        base64 = params.get("encoding_format") == "base64"
        result: CreateEmbeddingsResponse | _Base64Response = await self._call(
            "POST",
            "/embeddings",
            _Base64Response if base64 else CreateEmbeddingsResponse,
            params,
            request=CreateEmbeddingsRequest,
            fields={"input": input, "model": model},
            # the official SDK's accept enum is a str Enum: send its value
            headers=None
            if accept_header_override is None
            else {"Accept": getattr(accept_header_override, "value", accept_header_override)},
        )
        if isinstance(result, CreateEmbeddingsResponse):
            return result
        return CreateEmbeddingsResponse(
            data=[
                Embedding(
                    embedding=floats_from_base64(e.embedding)
                    if isinstance(e.embedding, str)
                    else e.embedding,
                    object=e.object,
                    index=e.index,
                )
                for e in result.data
            ],
            model=result.model,
            object=result.object,
            id=result.id,
            usage=result.usage,
        )

    async def list_models_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallArgs],
    ) -> ModelsListResponse:
        """List the embedding models."""
        query = {"offset": offset, "limit": limit}
        return await self._call(
            "GET", "/embeddings/models", ModelsListResponse, options, query=query
        )

    generate = sync(generate_async)
    list_models = sync(list_models_async)
