"""Types of the rerank API area, generated from the OpenAPI spec.

Do not edit: run ``python tools/gen_types.py`` to regenerate.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from ._base import UNSET, Model, Request, UnsetType
from .common import ProviderPreferences, TraceConfig

__all__ = (
    "CreateRerankRequest",
    "CreateRerankRequestParams",
    "RerankDocument",
    "CreateRerankResponse",
    "CreateRerankResponseResults",
    "CreateRerankResponseResultsDocument",
    "CreateRerankResponseUsage",
)


class CreateRerankRequest(Request):
    """Rerank request input"""

    # The list of documents to rerank.
    documents: Sequence[str | RerankDocument | Mapping[str, Any]] | UnsetType = UNSET
    # The rerank model to use
    model: str | UnsetType = UNSET
    # Provider routing preferences for the request.
    provider: ProviderPreferences | Mapping[str, Any] | None | UnsetType = UNSET
    # The search query to rerank documents against
    query: str | UnsetType = UNSET
    # Number of most relevant documents to return
    top_n: int | UnsetType = UNSET
    # A unique identifier for grouping related requests (e.g., a conversation or agent workflow).
    session_id: str | UnsetType = UNSET
    trace: TraceConfig | Mapping[str, Any] | UnsetType = UNSET
    # A unique identifier representing your end-user.
    user: str | UnsetType = UNSET


class CreateRerankRequestParams(TypedDict, total=False):
    """The optional fields of ``CreateRerankRequest``, as keyword arguments."""

    provider: ProviderPreferences | Mapping[str, Any] | None
    top_n: int
    session_id: str
    trace: TraceConfig | Mapping[str, Any]
    user: str


class RerankDocument(Model):
    """A structured document with optional text and/or image content.

    Request-only: encoded, never decoded.
    """

    # An image associated with the document, as a remote URL (http/https) or a base64-encoded...
    image: str | None = None
    # The document text
    text: str | None = None


class CreateRerankResponse(Model):
    """Rerank response containing ranked results"""

    # The model used for reranking
    model: str
    # List of rerank results sorted by relevance
    results: list[CreateRerankResponseResults]
    # Unique identifier for the rerank response (ORID format)
    id: str | None = None
    # The provider that served the rerank request
    provider: str | None = None
    # Usage statistics
    usage: CreateRerankResponseUsage | None = None


class CreateRerankResponseResults(Model):
    """A single rerank result"""

    # The document object echoing the original input (text and/or image)
    document: CreateRerankResponseResultsDocument
    # Index of the document in the original input list
    index: int
    # Relevance score of the document to the query
    relevance_score: float


class CreateRerankResponseResultsDocument(Model):
    """The document object echoing the original input (text and/or image)"""

    # The image (URL or data URI) from the original document
    image: str | None = None
    # The document text
    text: str | None = None


class CreateRerankResponseUsage(Model):
    """Usage statistics"""

    # Cost of the request in credits
    cost: float | None = None
    # Number of search units consumed (Cohere billing)
    search_units: int | None = None
    # Total number of tokens used
    total_tokens: int | None = None
