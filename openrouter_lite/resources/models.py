"""Models: `client.models.*` (`GET /models`, `/models/count`, `/models/user`, `/model/{a}/{s}`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import Page
from .._sync import sync
from ..types.common import ModelInfo
from ..types.models import ModelResponse, ModelsCountResponse, ModelsListResponse
from ._base import CallArgs, Resource

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..operations import ListModelsUserSecurity

__all__ = ("Models", "ModelsPage")


class ModelsPage(ModelsListResponse, Page[ModelInfo], dict=True, gc=True):
    """A page of `models.list` / `models.list_for_user`; `next()` fetches the following page."""


class Models(Resource):
    __slots__ = ()

    async def list_async(
        self,
        *,
        offset: int | str | None = None,
        limit: int | str | None = None,
        category: str | None = None,
        supported_parameters: str | None = None,
        output_modalities: str | None = None,
        sort: str | None = None,
        q: str | None = None,
        input_modalities: str | None = None,
        context: int | str | None = None,
        min_price: float | str | None = None,
        max_price: float | str | None = None,
        arch: str | None = None,
        model_authors: str | None = None,
        providers: str | None = None,
        distillable: bool | str | None = None,
        zdr: bool | str | None = None,
        region: str | None = None,
        min_output_price: float | str | None = None,
        max_output_price: float | str | None = None,
        min_age_days: int | str | None = None,
        max_age_days: int | str | None = None,
        min_intelligence_index: float | str | None = None,
        max_intelligence_index: float | str | None = None,
        min_coding_index: float | str | None = None,
        max_coding_index: float | str | None = None,
        min_agentic_index: float | str | None = None,
        max_agentic_index: float | str | None = None,
        min_tool_success_rate: float | str | None = None,
        max_tool_success_rate: float | str | None = None,
        **args: Unpack[CallArgs],
    ) -> ModelsPage:
        """List the models, optionally filtered and sorted (`category`, `q`, prices, indexes...)."""
        query = {
            "offset": offset,
            "limit": limit,
            "category": category,
            "supported_parameters": supported_parameters,
            "output_modalities": output_modalities,
            "sort": sort,
            "q": q,
            "input_modalities": input_modalities,
            "context": context,
            "min_price": min_price,
            "max_price": max_price,
            "arch": arch,
            "model_authors": model_authors,
            "providers": providers,
            "distillable": distillable,
            "zdr": zdr,
            "region": region,
            "min_output_price": min_output_price,
            "max_output_price": max_output_price,
            "min_age_days": min_age_days,
            "max_age_days": max_age_days,
            "min_intelligence_index": min_intelligence_index,
            "max_intelligence_index": max_intelligence_index,
            "min_coding_index": min_coding_index,
            "max_coding_index": max_coding_index,
            "min_agentic_index": min_agentic_index,
            "max_agentic_index": max_agentic_index,
            "min_tool_success_rate": min_tool_success_rate,
            "max_tool_success_rate": max_tool_success_rate,
        }
        return await self._call_page("/models", ModelsPage, args, query=query)

    async def count_async(
        self, *, output_modalities: str | None = None, **args: Unpack[CallArgs]
    ) -> ModelsCountResponse:
        """How many models there are (optionally only those with the given output modalities)."""
        query = {"output_modalities": output_modalities}
        return await self._call("GET", "/models/count", ModelsCountResponse, args, query=query)

    async def get_async(self, *, author: str, slug: str, **args: Unpack[CallArgs]) -> ModelResponse:
        """One model by its author and slug (`openai`, `gpt-4o`)."""
        path = {"author": author, "slug": slug}
        return await self._call("GET", "/model/{author}/{slug}", ModelResponse, args, path=path)

    async def list_for_user_async(
        self,
        *,
        security: ListModelsUserSecurity,
        offset: int | str | None = None,
        limit: int | str | None = None,
        output_modalities: str | None = None,
        sort: str | None = None,
        **args: Unpack[CallArgs],
    ) -> ModelsPage:
        """The models `security`'s user can use, with their provider preferences applied."""
        query = {
            "offset": offset,
            "limit": limit,
            "output_modalities": output_modalities,
            "sort": sort,
        }
        return await self._call_page(
            "/models/user", ModelsPage, args, query=query, headers=security.headers()
        )

    list = sync(list_async)
    count = sync(count_async)
    get = sync(get_async)
    list_for_user = sync(list_for_user_async)
