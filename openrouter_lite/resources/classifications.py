"""Classifications: `client.classifications.*` (`GET /classifications/task`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.classifications import TaskClassificationResponse
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Classifications",)


class Classifications(Resource):
    __slots__ = ()

    async def get_task_classifications_async(
        self, *, window: str | None = None, **args: Unpack[CallArgs]
    ) -> TaskClassificationResponse:
        """Market share of task types (coding, agents, ...) and their top models."""
        query = {"window": window}
        return await self._call(
            "GET", "/classifications/task", TaskClassificationResponse, args, query=query
        )

    get_task_classifications = sync(get_task_classifications_async)
