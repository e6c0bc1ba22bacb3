"""Datasets: `client.datasets.*` (`GET /datasets/app-rankings`, `/rankings-daily`, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from ..types.datasets import (
    AppRankingsItem,
    AppRankingsResponse,
    RankingsDailyResponse,
    SessionCostItem,
    SessionCostResponse,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("AppRankingsPage", "Datasets", "SessionCostPage")


class AppRankingsPage(AppRankingsResponse, Page[AppRankingsItem], dict=True, gc=True):
    """A page of `datasets.get_app_rankings`; `next()` fetches the following page."""


class SessionCostPage(SessionCostResponse, Page[SessionCostItem], dict=True, gc=True):
    """A page of `datasets.get_session_cost`; `next()` fetches the following page."""


class Datasets(Resource):
    __slots__ = ()

    async def get_app_rankings_async(
        self,
        *,
        category: str | None = None,
        subcategory: str | None = None,
        sort: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        limit: int | str | None = None,
        offset: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> AppRankingsPage:
        """The top public apps by token usage in a date window (`sort`: popular or trending)."""
        query = {
            "category": category,
            "subcategory": subcategory,
            "sort": sort,
            "start_date": start_date,
            "end_date": end_date,
            "limit": limit,
            "offset": offset,
        }
        return await self._call_page("/datasets/app-rankings", AppRankingsPage, args, query=query)

    async def get_rankings_daily_async(
        self,
        *,
        start_date: str | None = None,
        end_date: str | None = None,
        period: str | None = None,
        modality: str | None = None,
        context_bucket: str | None = None,
        category: str | None = None,
        language_type: str | None = None,
        **args: Unpack[CallArgs],
    ) -> RankingsDailyResponse:
        """The top public models by tokens per day (or week, month)."""
        query = {
            "start_date": start_date,
            "end_date": end_date,
            "period": period,
            "modality": modality,
            "context_bucket": context_bucket,
            "category": category,
            "language_type": language_type,
        }
        return await self._call(
            "GET", "/datasets/rankings-daily", RankingsDailyResponse, args, query=query
        )

    async def get_session_cost_async(
        self,
        *,
        app_slug: str | None = None,
        model: str | None = None,
        turn_range: str | None = None,
        limit: int | str | None = None,
        offset: int | str | None = None,
        **args: Unpack[CallArgs],
    ) -> SessionCostPage:
        """Median cost of an agent session per app (harness), model and turn range."""
        query = {
            "app_slug": app_slug,
            "model": model,
            "turn_range": turn_range,
            "limit": limit,
            "offset": offset,
        }
        return await self._call_page("/datasets/session-cost", SessionCostPage, args, query=query)

    get_app_rankings = sync(get_app_rankings_async)
    get_rankings_daily = sync(get_rankings_daily_async)
    get_session_cost = sync(get_session_cost_async)
