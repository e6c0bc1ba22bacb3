"""`client.beta`: the official SDK's namespace for beta endpoints (`client.beta.responses.send`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._client import OpenRouter
    from .responses import Responses

__all__ = ("Beta",)


class Beta:
    """`beta.responses` is `client.responses` (the same object, the same methods)."""

    __slots__ = ("_client",)

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @property
    def responses(self) -> Responses:
        return self._client.responses
