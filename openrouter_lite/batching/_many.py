"""Conveniences over the runner: `chat_many` (one chat call per item) and `embed_many` (a long
list of texts packed into embedding requests, vectors back in input order)."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterable, Awaitable, Iterable, Iterator, Mapping, Sized
from typing import TYPE_CHECKING, Any

from ..errors import OpenRouterError
from ._runner import BatchRequest, BatchRun, Outcome, Progress

if TYPE_CHECKING:
    from collections.abc import Callable

    from .._client import OpenRouter

__all__ = ("EmbeddingsFailed", "chat_many", "embed_many", "embed_many_async")


def chat_many(
    client: OpenRouter,
    requests: Iterable[BatchRequest | Mapping[str, Any]]
    | AsyncIterable[BatchRequest | Mapping[str, Any]],
    *,
    concurrency: int = 64,
    ordered: bool = True,
    window: int | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    progress: Callable[[Progress], None] | None = None,
    **params: Any,
) -> BatchRun:
    """`chat.send` for every item (keyword mappings such as `{"messages": [...]}`); `params`
    (e.g. `model=`) go under every item. Iterate the result with `for` or `async for`."""
    return BatchRun(
        client,
        requests,
        operation="chat.send",
        params=params,
        concurrency=concurrency,
        ordered=ordered,
        window=window,
        rpm=rpm,
        tpm=tpm,
        progress=progress,
    )


class EmbeddingsFailed(OpenRouterError):
    """Some embedding requests failed: `failures` lists `(range of input indices, error)`.

    The vectors that did arrive are in `partial` (a list with None for the missing ones);
    nothing is zero-filled.
    """

    def __init__(self, failures: list[tuple[range, Exception]], partial: list[Any]) -> None:
        spans = ", ".join(f"{r.start}-{r.stop - 1}: {type(e).__name__}" for r, e in failures[:5])
        more = f" and {len(failures) - 5} more" if len(failures) > 5 else ""
        super().__init__(f"{len(failures)} embedding request(s) failed, inputs {spans}{more}")
        self.failures = failures
        self.partial = partial


def _pack(
    inputs: Iterable[Any], batch_size: int, max_batch_chars: int
) -> Iterator[tuple[int, list[Any]]]:
    """(offset, texts) groups of at most `batch_size` items and `max_batch_chars` characters
    (a single longer text goes alone)."""
    group: list[Any] = []
    chars = 0
    offset = 0
    for item in inputs:
        size = len(item) if isinstance(item, str) else 1
        if group and (len(group) >= batch_size or chars + size > max_batch_chars):
            yield offset, group
            offset += len(group)
            group, chars = [], 0
        group.append(item)
        chars += size
    if group:
        yield offset, group


async def embed_many_async(
    client: OpenRouter,
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
    **params: Any,
) -> Any:
    """Embed every input, `batch_size` per request, `concurrency` requests at a time.

    Returns the vectors in input order: a list of lists of floats, or with `as_numpy=True` one
    float32 array of shape (len(inputs), dim) (NumPy needed only then). `encoding_format`
    defaults to "base64" (smaller on the wire; decoded for you). Raises `EmbeddingsFailed`
    naming the input indices of any request that failed.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, not {batch_size}")
    np: Any = None
    if as_numpy:
        try:
            import numpy as np
        except ImportError:
            msg = "as_numpy=True needs NumPy: pip install openrouter_lite[numpy]"
            raise ImportError(msg) from None
    params.setdefault("encoding_format", "base64")
    total_hint = len(inputs) if isinstance(inputs, Sized) else None
    requests = (
        BatchRequest({"input": texts, "model": model, **params}, key=(offset, len(texts)))
        for offset, texts in _pack(inputs, batch_size, max_batch_chars)
    )
    run = BatchRun(
        client,
        requests,
        operation="embeddings.generate",
        concurrency=concurrency,
        ordered=False,
        rpm=rpm,
        tpm=tpm,
        progress=progress,
    )
    if as_numpy:  # the answers stay base64 strings until they are written into the array
        wire = client.embeddings._generate_wire

        def raw(input: Any, model: str, **kw: Any) -> Awaitable[Any]:
            return wire(input, model, None, kw)

        run._methods["embeddings.generate"] = raw
    sink = _ArraySink(np, total_hint) if as_numpy else _ListSink()
    failures: list[tuple[range, Exception]] = []
    async with run:
        outcome: Outcome
        async for outcome in run:
            offset, count = outcome.key
            sink.extent(offset + count)
            if outcome.error is not None:
                failures.append((range(offset, offset + count), outcome.error))
                continue
            data = sorted(outcome.result.data, key=lambda d: d.index)
            if len(data) != count:
                error = OpenRouterError(f"asked for {count} embeddings, got {len(data)}")
                failures.append((range(offset, offset + count), error))
                continue
            try:
                sink.put(offset, [d.embedding for d in data])
            except ValueError as exc:  # a vector of another length than the first ones
                failures.append((range(offset, offset + count), OpenRouterError(str(exc))))
    if failures:
        failures.sort(key=lambda f: f[0].start)
        raise EmbeddingsFailed(failures, sink.partial())
    return sink.result()


class _ListSink:
    """Vectors as lists of floats, by the offset of their request."""

    def __init__(self) -> None:
        self.blocks: dict[int, list[list[float]]] = {}
        self.total = 0

    def extent(self, end: int) -> None:
        self.total = max(self.total, end)

    def put(self, offset: int, vectors: list[Any]) -> None:
        self.blocks[offset] = vectors

    def result(self) -> list[list[float]]:
        return [v for k in sorted(self.blocks) for v in self.blocks[k]]

    def partial(self) -> list[Any]:
        out: list[Any] = [None] * self.total
        for offset, vectors in self.blocks.items():
            out[offset : offset + len(vectors)] = vectors
        return out


class _ArraySink:
    """Vectors written straight into one float32 array: base64 answers are decoded into their
    rows (no list of floats in between); float answers are converted row block by block. With
    an input of known length the array is allocated once, when the first answer gives the
    dimension; otherwise it doubles as it grows."""

    def __init__(self, np: Any, total: int | None) -> None:
        self.np = np
        self.rows = total or 0
        self.array: Any = None
        self.total = 0
        self.filled: list[range] = []

    def extent(self, end: int) -> None:
        self.total = max(self.total, end)

    def put(self, offset: int, vectors: list[Any]) -> None:
        np = self.np
        first = vectors[0]
        dim = len(first) * 3 // 16 if isinstance(first, str) else len(first)  # base64: 4 B/float
        if self.array is None:
            self.array = np.empty((max(self.rows, self.total, 1), dim), dtype=np.float32)
        elif self.array.shape[1] != dim and not isinstance(first, str):
            raise ValueError(f"vectors of {dim} dimensions after {self.array.shape[1]}")
        end = offset + len(vectors)
        if end > self.array.shape[0]:
            grown = np.empty((max(end, 2 * self.array.shape[0]), self.array.shape[1]), np.float32)
            grown[: self.array.shape[0]] = self.array
            self.array = grown
        block = self.array[offset:end]
        if isinstance(first, str):
            _decode_base64_rows(np, vectors, block)
        else:
            block[:] = vectors
        self.filled.append(range(offset, end))

    def _trimmed(self) -> Any:
        if self.array is None:
            return self.np.zeros((0, 0), dtype=self.np.float32)
        return self.array[: self.total] if self.array.shape[0] != self.total else self.array

    def result(self) -> Any:
        return self._trimmed()

    def partial(self) -> list[Any]:
        out: list[Any] = [None] * self.total
        array = self._trimmed()
        for span in self.filled:
            out[span.start : span.stop] = list(array[span.start : span.stop])
        return out


def _decode_base64_rows(np: Any, vectors: list[str], block: Any) -> None:
    """Each base64 string (little-endian float32) into its row of `block`."""
    dim = block.shape[1]
    little = np.dtype("<f4")
    for row, text in zip(block, vectors, strict=True):
        values = np.frombuffer(base64.b64decode(text), dtype=little)
        if values.shape[0] != dim:
            raise ValueError(f"vectors of {values.shape[0]} dimensions after {dim}")
        row[:] = values


def embed_many(client: OpenRouter, inputs: Iterable[Any], **kwargs: Any) -> Any:
    """The blocking twin of `embed_many_async` (run on the client's portal)."""
    return client._portal.call(embed_many_async, client, inputs, **kwargs)
