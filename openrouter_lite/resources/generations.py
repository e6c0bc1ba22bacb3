"""Generations: `client.generations.*` (`GET /generation`, `/generation/content`, feedback)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._sync import sync
from ..types.generations import (
    GenerationContentResponse,
    GenerationResponse,
    SubmitGenerationFeedbackRequest,
    SubmitGenerationFeedbackRequestParams,
    SubmitGenerationFeedbackResponse,
)
from ._base import CallArgs, Resource, call_options, split_params

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
        options, headers = call_options(args)
        return await self._json(
            "GET",
            "/generation",
            GenerationResponse,
            query={"id": id},
            options=options,
            headers=headers,
        )

    async def list_generation_content_async(
        self, *, id: str, **args: Unpack[CallArgs]
    ) -> GenerationContentResponse:
        """One generation's stored prompt and completion (and its error, if it failed)."""
        options, headers = call_options(args)
        return await self._json(
            "GET",
            "/generation/content",
            GenerationContentResponse,
            query={"id": id},
            options=options,
            headers=headers,
        )

    async def submit_feedback_async(
        self, *, category: str, generation_id: str, **params: Unpack[_FeedbackArgs]
    ) -> SubmitGenerationFeedbackResponse:
        """Report a problem with a generation (`category`: latency, billing...) (management key)."""
        kwargs: dict[str, Any] = dict(params)
        options, headers = split_params(kwargs)
        body = SubmitGenerationFeedbackRequest(
            category=category, generation_id=generation_id, **kwargs
        )
        return await self._json(
            "POST",
            "/generation/feedback",
            SubmitGenerationFeedbackResponse,
            body=body,
            options=options,
            headers=headers,
        )

    get_generation = sync(get_generation_async)
    list_generation_content = sync(list_generation_content_async)
    submit_feedback = sync(submit_feedback_async)
