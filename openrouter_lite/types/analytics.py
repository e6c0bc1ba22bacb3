"""Types of the analytics API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType

__all__ = (
    "ActivityResponse",
    "ActivityItem",
    "GetAnalyticsMetaResponse",
    "GetAnalyticsMetaResponseData",
    "GetAnalyticsMetaResponseDataDimensions",
    "GetAnalyticsMetaResponseDataGranularities",
    "GetAnalyticsMetaResponseDataMetrics",
    "GetAnalyticsMetaResponseDataOperators",
    "QueryAnalyticsRequest",
    "QueryAnalyticsRequestParams",
    "QueryAnalyticsRequestClassifierDimensions",
    "QueryAnalyticsRequestClassifierFilters",
    "QueryAnalyticsRequestClassifierFiltersFilters",
    "QueryAnalyticsRequestFilters",
    "QueryAnalyticsRequestOrderBy",
    "QueryAnalyticsRequestTimeRange",
    "QueryAnalyticsResponse",
    "QueryAnalyticsResponseData",
    "QueryAnalyticsResponseDataMetadata",
)


class ActivityResponse(Model):
    """Response of ``GET /activity``."""

    # List of activity items
    data: list[ActivityItem]


class ActivityItem(Model):
    # BYOK inference cost in USD (external credits spent)
    byok_usage_inference: float
    # Total completion tokens generated
    completion_tokens: int
    # Date of the activity (YYYY-MM-DD format)
    date: str
    # Unique identifier for the endpoint
    endpoint_id: str
    # Model slug (e.g., "openai/gpt-4.1")
    model: str
    # Model permaslug (e.g., "openai/gpt-4.1-2025-04-14")
    model_permaslug: str
    # Total prompt tokens used
    prompt_tokens: int
    # Name of the provider serving this endpoint
    provider_name: str
    # Total reasoning tokens used
    reasoning_tokens: int
    # Number of requests made
    requests: int
    # Total cost in USD (OpenRouter credits spent)
    usage: float
    # ID of the workspace this activity is attributed to.
    workspace_id: str | None = None


class GetAnalyticsMetaResponse(Model):
    """Response of ``GET /analytics/meta``."""

    data: GetAnalyticsMetaResponseData


class GetAnalyticsMetaResponseData(Model):
    """The ``GetAnalyticsMetaResponse.data`` object."""

    dimensions: list[GetAnalyticsMetaResponseDataDimensions]
    granularities: list[GetAnalyticsMetaResponseDataGranularities]
    metrics: list[GetAnalyticsMetaResponseDataMetrics]
    operators: list[GetAnalyticsMetaResponseDataOperators]


class GetAnalyticsMetaResponseDataDimensions(Model):
    """The ``GetAnalyticsMetaResponseData.dimensions`` object."""

    # Human-readable label
    display_label: str
    # Dimension identifier used in query requests
    name: str


class GetAnalyticsMetaResponseDataGranularities(Model):
    """The ``GetAnalyticsMetaResponseData.granularities`` object."""

    # Human-readable label
    display_label: str
    # Granularity identifier
    # One of: minute, hour, day, week, month.
    name: str


class GetAnalyticsMetaResponseDataMetrics(Model):
    """The ``GetAnalyticsMetaResponseData.metrics`` object."""

    # How this metric value should be formatted for display (e.g. percent → multiply by 100...
    # One of: number, currency, percent, latency, throughput.
    display_format: str
    # Human-readable label
    display_label: str
    # Whether this metric is a rate/ratio (averaged, not summed)
    is_rate: bool
    # Metric identifier used in query requests
    name: str


class GetAnalyticsMetaResponseDataOperators(Model):
    """The ``GetAnalyticsMetaResponseData.operators`` object."""

    # Operator identifier used in filter definitions
    # One of: eq, neq, in, not_in, gt, gte, lt, lte.
    name: str
    # Whether the operator expects a single value or an array
    # One of: scalar, array.
    value_type: str


class QueryAnalyticsRequest(Request):
    """Request body of ``POST /analytics/query``."""

    # Group results by custom classifier tags, breaking down metrics by the specified...
    classifier_dimensions: (
        QueryAnalyticsRequestClassifierDimensions | Mapping[str, Any] | UnsetType
    ) = UNSET
    # Filter results to generations with specific classifier tag values.
    classifier_filters: QueryAnalyticsRequestClassifierFilters | Mapping[str, Any] | UnsetType = (
        UNSET
    )
    dimensions: Sequence[str] | UnsetType = UNSET
    filters: Sequence[QueryAnalyticsRequestFilters | Mapping[str, Any]] | UnsetType = UNSET
    # Time granularity
    granularity: str | UnsetType = UNSET
    # Maximum rows per distinct combination of dimensions.
    group_limit: int | UnsetType = UNSET
    # Maximum total rows returned.
    limit: int | UnsetType = UNSET
    metrics: Sequence[str] | UnsetType = UNSET
    order_by: QueryAnalyticsRequestOrderBy | Mapping[str, Any] | UnsetType = UNSET
    time_range: QueryAnalyticsRequestTimeRange | Mapping[str, Any] | UnsetType = UNSET


class QueryAnalyticsRequestParams(TypedDict, total=False):
    """The optional fields of ``QueryAnalyticsRequest``, as keyword arguments."""

    classifier_dimensions: QueryAnalyticsRequestClassifierDimensions | Mapping[str, Any]
    classifier_filters: QueryAnalyticsRequestClassifierFilters | Mapping[str, Any]
    dimensions: Sequence[str]
    filters: Sequence[QueryAnalyticsRequestFilters | Mapping[str, Any]]
    granularity: str
    group_limit: int
    limit: int
    order_by: QueryAnalyticsRequestOrderBy | Mapping[str, Any]
    time_range: QueryAnalyticsRequestTimeRange | Mapping[str, Any]


class QueryAnalyticsRequestClassifierDimensions(Model):
    """Group results by custom classifier tags, breaking down metrics by the specified dimension
    values.

    Request-only: encoded, never decoded.
    """

    # UUID of the classifier whose tags to group by.
    classifier_id: str
    dimension_names: Sequence[str] | None = None
    # When true, also include generations that have no tag from this classifier.
    include_nulls: bool | None = None


class QueryAnalyticsRequestClassifierFilters(Model):
    """Filter results to generations with specific classifier tag values.

    Request-only: encoded, never decoded.
    """

    # UUID of the classifier whose tags to filter by.
    classifier_id: str
    filters: Sequence[QueryAnalyticsRequestClassifierFiltersFilters | Mapping[str, Any]]


class QueryAnalyticsRequestClassifierFiltersFilters(Model):
    """The ``QueryAnalyticsRequestClassifierFilters.filters`` object.

    Request-only: encoded, never decoded.
    """

    # Classifier dimension name to filter on (snake_case identifier, e.g. "department"...
    field: str
    # Filter operator.
    operator: str
    # Filter value.
    value: str | float | Sequence[str | float]


class QueryAnalyticsRequestFilters(Model):
    """The ``QueryAnalyticsRequest.filters`` object.

    Request-only: encoded, never decoded.
    """

    # Dimension to filter on.
    field: str
    # Filter operator
    operator: str
    # Filter value (scalar or array depending on operator).
    value: str | float | Sequence[str | float]
    # Include rows where the dimension has no value.
    include_unset: bool | None = None


class QueryAnalyticsRequestOrderBy(Model):
    """The ``QueryAnalyticsRequest.order_by`` object.

    Request-only: encoded, never decoded.
    """

    # One of: asc, desc.
    direction: str
    # Field to order by: a metric included in `metrics` (or "request_count", which may be...
    field: str


class QueryAnalyticsRequestTimeRange(Model):
    """The ``QueryAnalyticsRequest.time_range`` object.

    Request-only: encoded, never decoded.
    """

    end: str
    start: str


class QueryAnalyticsResponse(Model):
    """Response of ``POST /analytics/query``."""

    data: QueryAnalyticsResponseData


class QueryAnalyticsResponseData(Model):
    """The ``QueryAnalyticsResponse.data`` object."""

    data: list[dict[str, Any]]
    metadata: QueryAnalyticsResponseDataMetadata
    cachedAt: float | None = None
    # Warnings about filter resolution issues (e.g. unresolvable api_key_id hashes).
    warnings: list[str] | None = None


class QueryAnalyticsResponseDataMetadata(Model):
    """The ``QueryAnalyticsResponseData.metadata`` object."""

    query_time_ms: float
    row_count: int
    truncated: bool
