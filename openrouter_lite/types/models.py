"""Types of the models API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from ._base import Model
from .common import ModelInfo, ModelsListResponse

__all__ = (
    "ModelResponse",
    "ModelsCountResponse",
    "ModelsCountResponseData",
    "ModelsListResponse",
)


class ModelResponse(Model):
    """Single model response"""

    data: ModelInfo


class ModelsCountResponse(Model):
    """Model count data"""

    # Model count data
    data: ModelsCountResponseData


class ModelsCountResponseData(Model):
    """Model count data"""

    # Total number of available models
    count: int
