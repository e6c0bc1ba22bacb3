"""Generations: `client.generations.*` (`GET /generation`, `/generation/content`, feedback)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._sync import sync
from ..types.generations import (
    GenerationContentResponse,
    GenerationResponse,
    SubmitGenerationFeedbackRequest,
    SubmitGenerationFeedbackRequestParams,
    SubmitGenerationFeedbackResponse,
)
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ("Generations",)


class _FeedbackArgs(SubmitGenerationFeedbackRequestParams, CallArgs, total=False):
    pass


class Generations(Resource):
    __slots__ = ()

    async def get_generation_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> GenerationResponse:
        """One generation's metadata: model, provider, tokens, cost, latency, finish reason."""
        return await self._call("GET", "/generation", GenerationResponse, args, query={"id": id})

    async def list_generation_content_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> GenerationContentResponse:
        """One generation's stored prompt and completion (and its error, if it failed)."""
        query = {"id": id}
        return await self._call(
            "GET", "/generation/content", GenerationContentResponse, args, query=query
        )

    async def submit_feedback_async(
        self, *, category: str, generation_id: str, **params: Unpack[_FeedbackArgs]
    ) -> SubmitGenerationFeedbackResponse:
        """Report a problem with a generation (`category`: latency, billing...) (management key)."""
        return await self._call(
            "POST",
            "/generation/feedback",
            SubmitGenerationFeedbackResponse,
            params,
            request=SubmitGenerationFeedbackRequest,
            fields={"category": category, "generation_id": generation_id},
        )

    get_generation = sync(get_generation_async)
    list_generation_content = sync(list_generation_content_async)
    submit_feedback = sync(submit_feedback_async)
