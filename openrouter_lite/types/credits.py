"""Types of the credits API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from typing import Any

from ._base import Model

__all__ = (
    "GetCreditsResponse",
    "GetCreditsResponseData",
    "GoneResponse",
    "GoneResponseErrorData",
)


class GetCreditsResponse(Model):
    """Total credits purchased and used"""

    data: GetCreditsResponseData


class GetCreditsResponseData(Model):
    """The ``GetCreditsResponse.data`` object."""

    # Total credits purchased
    total_credits: float
    # Total credits used
    total_usage: float


class GoneResponse(Model):
    """Gone - Endpoint has been permanently removed or deprecated"""

    error: GoneResponseErrorData
    openrouter_metadata: dict[str, Any] | None = None
    user_id: str | None = None


class GoneResponseErrorData(Model):
    """Error data for GoneResponse"""

    code: int
    message: str
    metadata: dict[str, Any] | None = None
