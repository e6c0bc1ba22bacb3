"""Conveniences over the runner: `chat_many` (one chat call per item) and `embed_many` (a long
list of texts packed into embedding requests, vectors back in input order)."""

from __future__ import annotations

from collections.abc import AsyncIterable, Iterable, Iterator, Mapping
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
    rows: dict[int, Any] = {}  # offset -> that request's vectors
    failures: list[tuple[range, Exception]] = []
    total = 0
    async with run:
        outcome: Outcome
        async for outcome in run:
            offset, count = outcome.key
            total = max(total, offset + count)
            if outcome.error is not None:
                failures.append((range(offset, offset + count), outcome.error))
                continue
            data = sorted(outcome.result.data, key=lambda d: d.index)
            if len(data) != count:
                error = OpenRouterError(f"asked for {count} embeddings, got {len(data)}")
                failures.append((range(offset, offset + count), error))
                continue
            vectors = [d.embedding for d in data]
            rows[offset] = np.asarray(vectors, dtype=np.float32) if as_numpy else vectors
    if failures:
        failures.sort(key=lambda f: f[0].start)
        partial: list[Any] = [None] * total
        for offset, vectors in rows.items():
            partial[offset : offset + len(vectors)] = list(vectors)
        raise EmbeddingsFailed(failures, partial)
    ordered = [rows[k] for k in sorted(rows)]
    if as_numpy:
        if not ordered:
            return np.zeros((0, 0), dtype=np.float32)
        return np.concatenate(ordered) if len(ordered) > 1 else ordered[0]
    return [v for block in ordered for v in block]


def embed_many(client: OpenRouter, inputs: Iterable[Any], **kwargs: Any) -> Any:
    """The blocking twin of `embed_many_async` (run on the client's portal)."""
    return client._portal.call(embed_many_async, client, inputs, **kwargs)
