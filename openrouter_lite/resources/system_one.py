"""System One: `client.system_one.create(...)` (`POST /systemone`: typed questions for a System
One model such as `jev-latest`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._sync import sync
from ..types.alpha import DecisionsQuestion, DecisionsRequestParams
from ..types.system_one import DecisionsRequest, DecisionsResponse
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

__all__ = ("SystemOne",)


class _CreateArgs(DecisionsRequestParams, CallArgs, total=False):
    pass


class SystemOne(Resource):
    __slots__ = ()

    async def create_async(
        self,
        *,
        model: str,
        questions: Mapping[str, DecisionsQuestion | Mapping[str, Any]],
        state: str | Mapping[str, Any] | Sequence[Any],
        **params: Unpack[_CreateArgs],
    ) -> DecisionsResponse:
        """Send `state` and typed questions to a System One model (bare ids such as
        `jev-latest` map onto `typesafe/`); the answers come back under the questions' names."""
        return await self._call(
            "POST",
            "/systemone",
            DecisionsResponse,
            params,
            request=DecisionsRequest,
            fields={"model": model, "questions": questions, "state": state},
        )

    create = sync(create_async)
