"""System One: `client.system_one.create(...)` (`POST /systemone`: typed questions for a System
One model such as `jev-latest`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._sync import sync
from ..types.alpha import DecisionsQuestion, DecisionsRequestParams
from ..types.system_one import DecisionsRequest, DecisionsResponse
from ._base import CallArgs, Resource, split_params

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
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = DecisionsRequest(model=model, questions=questions, state=state, **kwargs)
        return await self._json(
            "POST", "/systemone", DecisionsResponse, body=body, options=options, headers=headers
        )

    create = sync(create_async)
