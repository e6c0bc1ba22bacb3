"""Analytics: `client.analytics.*` (`GET /activity`, `/analytics/meta`, `POST /analytics/query`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._sync import sync
from ..types.analytics import (
    ActivityResponse,
    GetAnalyticsMetaResponse,
    QueryAnalyticsRequest,
    QueryAnalyticsRequestParams,
    QueryAnalyticsResponse,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Analytics",)


class _QueryArgs(QueryAnalyticsRequestParams, CallArgs, total=False):
    pass


class Analytics(Resource):
    __slots__ = ()

    async def get_user_activity_async(
        self,
        *,
        date_: str | None = None,
        api_key_hash: str | None = None,
        user_id: str | None = None,
        group_by: str | None = None,
        workspace_id: str | None = None,
        request: Mapping[str, Any] | None = None,
        **args: Unpack[CallArgs],
    ) -> ActivityResponse:
        """Usage of the last 30 days per day, model and endpoint (management key)."""
        # `request`: the same fields as one mapping, like the official SDK's `request=` argument.
        query: dict[str, Any] = {
            "date": date_,
            "api_key_hash": api_key_hash,
            "user_id": user_id,
            "group_by": group_by,
            "workspace_id": workspace_id,
        }
        for key, value in (request or {}).items():
            query["date" if key == "date_" else key] = value
        return await self._call("GET", "/activity", ActivityResponse, args, query=query)

    async def get_analytics_meta_async(self, **args: Unpack[CallArgs]) -> GetAnalyticsMetaResponse:
        """What `query_analytics` accepts: metrics, dimensions, granularities (management key)."""
        return await self._call("GET", "/analytics/meta", GetAnalyticsMetaResponse, args)

    async def query_analytics_async(
        self, *, metrics: Sequence[str], **params: Unpack[_QueryArgs]
    ) -> QueryAnalyticsResponse:
        """Query usage metrics grouped by dimensions over a time range (management key)."""
        return await self._call(
            "POST",
            "/analytics/query",
            QueryAnalyticsResponse,
            params,
            request=QueryAnalyticsRequest,
            fields={"metrics": metrics},
        )

    get_user_activity = sync(get_user_activity_async)
    get_analytics_meta = sync(get_analytics_meta_async)
    query_analytics = sync(query_analytics_async)
