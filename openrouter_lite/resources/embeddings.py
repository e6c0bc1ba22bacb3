"""Embeddings: `client.embeddings.generate(...)` and `client.embeddings.list_models()`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
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
from ._base import CallArgs
from ._generated.embeddings import EmbeddingsOperations

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..batching import Progress

__all__ = ("Embeddings", "EmbeddingsGenerateParams")


class Base64Embedding(Model):
    """`Embedding` as the wire has it with `encoding_format="base64"`."""

    embedding: str | list[float]
    object: str
    index: int | None = None


class Base64EmbeddingsResponse(Model):
    """`CreateEmbeddingsResponse` as the wire has it with `encoding_format="base64"`."""

    data: list[Base64Embedding]
    model: str
    object: str
    id: str | None = None
    usage: EmbeddingsUsage | None = None


class EmbeddingsGenerateParams(CreateEmbeddingsRequestParams, CallArgs, total=False):
    """Every keyword `embeddings.generate` accepts besides `input` and `model`."""


class Embeddings(EmbeddingsOperations):
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
        result = await self._generate_wire(input, model, accept_header_override, params)
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

    async def _generate_wire(
        self,
        input: Any,
        model: str,
        accept_header_override: str | None,
        params: Mapping[str, Any],
    ) -> CreateEmbeddingsResponse | Base64EmbeddingsResponse:
        """`generate` up to the decoded JSON: with base64 the vectors are still base64 strings
        (`generate_many(as_numpy=True)` writes them straight into its array)."""
        if not input and (isinstance(input, (str, list, tuple))):
            raise ValueError("embeddings.generate: input is empty (nothing to embed)")
        base64 = params.get("encoding_format") == "base64"
        return await self._call(
            "POST",
            "/embeddings",
            Base64EmbeddingsResponse if base64 else CreateEmbeddingsResponse,
            params,
            request=CreateEmbeddingsRequest,
            fields={"input": input, "model": model},
            # the official SDK's accept enum is a str Enum: send its value
            headers=None
            if accept_header_override is None
            else {"Accept": getattr(accept_header_override, "value", accept_header_override)},
        )

    async def generate_many_async(
        self,
        inputs: Iterable[Any],
        *,
        model: str,
        batch_size: int = 256,
        max_batch_chars: int = 400_000,
        concurrency: int = 16,
        as_numpy: bool = False,
        rpm: float | None = None,
        tpm: float | None = None,
        progress: Callable[[Progress], None] | None = None,
        **params: Unpack[EmbeddingsGenerateParams],
    ) -> Any:
        """Embed a long list or iterator of texts: packed `batch_size` per request (and at most
        `max_batch_chars` characters), `concurrency` requests at a time through the batch
        runner, vectors back in input order: a list of lists of floats, or with `as_numpy=True`
        one float32 array of shape (n, dim) (NumPy needed only then). Asks for base64 on the
        wire unless `encoding_format` is given. A failed request raises `EmbeddingsFailed`
        naming the indices of its inputs (the vectors that did arrive are in its `partial`)."""
        from ..batching import embed_many_async

        return await embed_many_async(
            self._client,
            inputs,
            model=model,
            batch_size=batch_size,
            max_batch_chars=max_batch_chars,
            concurrency=concurrency,
            as_numpy=as_numpy,
            rpm=rpm,
            tpm=tpm,
            progress=progress,
            **params,
        )

    generate = sync(generate_async)
    generate_many = sync(generate_many_async)
