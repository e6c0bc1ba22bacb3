"""Types of the classifications API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import Model

__all__ = (
    "TaskClassificationResponse",
    "TaskClassificationResponseData",
    "TaskClassificationItem",
    "TaskClassificationModel",
    "TaskClassificationMacroCategory",
)


class TaskClassificationResponse(Model):
    """Response of ``GET /classifications/task``."""

    data: TaskClassificationResponseData


class TaskClassificationResponseData(Model):
    """The ``TaskClassificationResponse.data`` object."""

    # UTC date (YYYY-MM-DD) of the window upper bound (yesterday).
    as_of: str
    # Per-task classification market-share data, sorted by usage_share descending.
    classifications: list[TaskClassificationItem]
    # Aggregate market-share data per macro-category (code, data, agent, general).
    macro_categories: list[TaskClassificationMacroCategory]
    # Number of trailing days covered by this snapshot.
    window_days: int


class TaskClassificationItem(Model):
    # Fraction of this classification's token volume within its macro-category (0–1).
    category_token_share: float
    # Fraction of this classification's usage within its macro-category (0–1).
    category_usage_share: float
    # Human-readable label for the classification.
    display_name: str
    # Coarse grouping derived from the tag prefix: `code`, `data`, `agent`, or `general`.
    macro_category: str
    # Top models for this classification by request volume, sorted descending.
    models: list[TaskClassificationModel]
    # Classification tag identifier (e.g. `code:general_impl`, `agent:web_search`).
    tag: str
    # Fraction of classified sampled token volume (prompt + completion) attributed to this...
    token_share: float
    # Fraction of classified sampled requests attributed to this classification (0–1).
    usage_share: float


class TaskClassificationModel(Model):
    # Model identifier (permaslug).
    id: str
    # Fraction of this classification's sampled token volume attributed to this model (0–1).
    tag_token_share: float
    # Fraction of this classification's sampled requests attributed to this model (0–1).
    tag_usage_share: float


class TaskClassificationMacroCategory(Model):
    # Macro-category identifier.
    key: str
    # Human-readable label for the macro-category.
    label: str
    # Combined token share of all classifications in this macro-category (0–1).
    token_share: float
    # Combined usage share of all classifications in this macro-category (0–1).
    usage_share: float
