"""Classifications: `client.classifications.*` (`GET /classifications/task`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.classifications import TaskClassificationResponse
from ._base import CallArgs, Resource, call_options

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Classifications",)


class Classifications(Resource):
    __slots__ = ()

    async def get_task_classifications_async(
        self, *, window: str | None = None, **args: Unpack[CallArgs]
    ) -> TaskClassificationResponse:
        """Market share of task types (coding, agents, ...) and their top models."""
        options, headers = call_options(args)
        return await self._json(
            "GET",
            "/classifications/task",
            TaskClassificationResponse,
            query={"window": window},
            options=options,
            headers=headers,
        )

    get_task_classifications = sync(get_task_classifications_async)
