"""Benchmarks: `client.benchmarks.get_benchmarks()` (`GET /benchmarks`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.benchmarks import UnifiedBenchmarksResponse
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Benchmarks",)


class Benchmarks(Resource):
    __slots__ = ()

    async def get_benchmarks_async(
        self,
        *,
        source: str | None = None,
        task_type: str | None = None,
        benchmark_type: str | None = None,
        include_run_config: bool | str | None = None,
        search_engine: str | None = None,
        search_surface: str | None = None,
        arena: str | None = None,
        category: str | None = None,
        max_results: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> UnifiedBenchmarksResponse:
        """Model benchmark scores (Artificial Analysis, Design Arena, OpenRouter's own runs)."""
        query = {
            "source": source,
            "task_type": task_type,
            "benchmark_type": benchmark_type,
            "include_run_config": include_run_config,
            "search_engine": search_engine,
            "search_surface": search_surface,
            "arena": arena,
            "category": category,
            "max_results": max_results,
        }
        return await self._call("GET", "/benchmarks", UnifiedBenchmarksResponse, args, query=query)

    get_benchmarks = sync(get_benchmarks_async)
