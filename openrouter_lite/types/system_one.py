"""Types of the system one API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from .alpha import DecisionsRequest, DecisionsResponse

__all__ = (
    "DecisionsRequest",
    "DecisionsResponse",
)
