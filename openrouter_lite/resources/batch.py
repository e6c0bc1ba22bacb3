"""Batches: `client.batch.*` (`/batches`: queue, list, poll, delete asynchronous requests)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._pagination import Page, cursor_advance
from .._retry import RetryConfig
from .._sync import sync
from ..types.batch import (
    BatchListResponse,
    BatchObject,
    BatchRequestItem,
    BatchSubmitBody,
    BatchSubmitBodyParams,
)
from ._base import CallArgs, split_params
from ._generated.batch import BatchOperations

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Batch", "BatchesPage")

BatchListTimestamp = str | datetime.date  # a datetime (a date subclass) too


class BatchesPage(BatchListResponse, Page[BatchObject], dict=True, gc=True):
    """A page of `batch.list`; `next()` fetches the following (older) page."""


class _CreateArgs(BatchSubmitBodyParams, CallArgs, total=False):
    pass


def _timestamp(value: BatchListTimestamp | None) -> str | None:
    return value.isoformat() if isinstance(value, datetime.date) else value


class Batch(BatchOperations):
    __slots__ = ()

    async def list_async(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        status: str | Sequence[str] | None = None,
        created_after: BatchListTimestamp | None = None,
        created_before: BatchListTimestamp | None = None,
        **args: Unpack[CallArgs],
    ) -> BatchesPage:
        """The workspace's batches, newest first, without `results` (cursor-paginated;
        `status` filters by one status or several)."""
        query = {
            "limit": limit,
            "after": after,
            "status": [status] if isinstance(status, str) else status,
            "created_after": _timestamp(created_after),
            "created_before": _timestamp(created_before),
        }
        return await self._call_page(
            "/batches", BatchesPage, args, query=query, advance=cursor_advance
        )

    async def create_batches_async(
        self,
        *,
        endpoint: str,
        model: str,
        requests: Sequence[BatchRequestItem | Mapping[str, Any]],
        **params: Unpack[_CreateArgs],
    ) -> BatchObject:
        """Queue `requests` (each `{"custom_id": ..., "body": {...}}`) against one `endpoint`
        (`/v1/chat/completions`, `/v1/responses`, `/v1/messages`, `/v1/embeddings`). Poll
        `get_batches` for progress and results.

        Like the official SDK, this retries only a 429 (never a 5xx, which could queue the
        batch twice) unless you pass `retries=`.
        """
        kwargs: dict[str, Any] = params  # type: ignore[assignment]  # a fresh dict per call
        options, headers = split_params(kwargs)
        body = BatchSubmitBody(endpoint=endpoint, model=model, requests=requests, **kwargs)
        if not (options and options.get("retries")):
            options = {**(options or {}), "retries": self._retry_429()}
        return await self._json(
            "POST", "/batches", BatchObject, body=body, options=options, headers=headers
        )

    def _retry_429(self) -> RetryConfig:
        """The client's retry policy, applied to 429 responses only."""
        base = self._transport.retry
        return RetryConfig(
            base.strategy,
            base.backoff,
            base.retry_connection_errors,
            ["429"],
            max_attempts=base.max_attempts,
            retry_read_timeouts=base.retry_read_timeouts,
            max_retry_after_ms=base.max_retry_after_ms,
        )

    list = sync(list_async)
    create_batches = sync(create_batches_async)
