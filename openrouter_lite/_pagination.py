"""Pages that fetch their successors.

A list operation returns its typed response (with `.data`) as a subclass that mixes in
`Page[Item]`: `page.next()` / `await page.next_async()` give the following page or None, and
`page.iter_all()` / `page.aiter_all()` walk every item of this page and the ones after it.
As in the official SDK, `page.result` is the response itself (`res.result.data`), and `next()`
called in a running event loop returns an awaitable (`await res.next()`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._sync import Portal

__all__ = ("Page", "cursor_advance", "files_advance", "offset_advance", "offset_while_has_more")

# Given a page and the query that fetched it: the query of the next page, or None.
Advance = Callable[[Any, Mapping[str, Any]], "dict[str, Any] | None"]
Item = TypeVar("Item")


class Page(Generic[Item]):
    """Mixin for paginated responses of `Item`s (set up by the resource that fetched the page)."""

    # The resource sets `_fetch_next` (a coroutine function, or None on the last page) and
    # `_page_portal` on each page. They are not annotated here: msgspec would read annotations
    # of a Struct's bases as fields.
    __slots__ = ()

    async def next_async(self) -> Self | None:
        """The next page, or None after the last one."""
        fetch: Callable[[], Awaitable[Self]] | None = getattr(self, "_fetch_next", None)
        if fetch is None:
            return None
        return await fetch()

    @property
    def result(self) -> Self:
        """This page: the official SDK wraps the response as `.result`, here it is the page."""
        return self

    def next(self) -> Self | None:
        """The next page, or None after the last one (blocking). Inside a running event loop
        it returns an awaitable instead, as the official SDK's async pages do."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            return self.next_async()  # type: ignore[return-value]
        if getattr(self, "_fetch_next", None) is None:
            return None
        portal: Portal = getattr(self, "_page_portal")  # noqa: B009 - set by the resource
        return portal.call(self.next_async)

    def _items(self) -> list[Item]:
        return list(getattr(self, "data", None) or [])

    async def aiter_all(self) -> AsyncIterator[Item]:
        """Every item of this page and of the pages after it."""
        page: Page[Item] | None = self
        while page is not None:
            for item in page._items():
                yield item
            page = await page.next_async()

    def iter_all(self) -> Iterator[Item]:
        """Every item of this page and of the pages after it (blocking)."""
        page: Page[Item] | None = self
        while page is not None:
            yield from page._items()
            page = page.next()


def offset_advance(page: Any, query: Mapping[str, Any]) -> dict[str, Any] | None:
    """Offset/limit paging: stop on an empty or short page, or past `total_count`."""
    items = getattr(page, "data", None) or []
    if not isinstance(items, list) or not items:
        return None
    offset = int(query.get("offset") or 0) + len(items)
    limit = query.get("limit")
    if limit and len(items) < int(limit):
        return None
    total = getattr(page, "total_count", None)
    if isinstance(total, int) and offset >= total:
        return None
    return {**query, "offset": offset}


def cursor_advance(page: Any, query: Mapping[str, Any]) -> dict[str, Any] | None:
    """Cursor paging: follow `next_cursor` (or `last_id` as `after`) while `has_more`."""
    if getattr(page, "has_more", None) is False:
        return None
    cursor = getattr(page, "next_cursor", None)
    if cursor:
        return {**query, "cursor": cursor}
    last = getattr(page, "last_id", None)
    if last and getattr(page, "has_more", None):
        return {**query, "after": last}
    return None


def offset_while_has_more(page: Any, query: Mapping[str, Any]) -> dict[str, Any] | None:
    """Offset paging that follows `has_more`."""
    items = getattr(page, "data", None) or []
    if not getattr(page, "has_more", False) or not items:
        return None
    return {**query, "offset": int(query.get("offset") or 0) + len(items)}


def files_advance(page: Any, query: Mapping[str, Any]) -> dict[str, Any] | None:
    """The files list's cursor: `cursor` in OpenRouter's shape, else `last_id` as `after_id`
    (Anthropic's shape) or `after` (OpenAI's), while `has_more`."""
    if page.has_more is False:
        return None
    if page.cursor:
        return {**query, "cursor": page.cursor}
    if page.shape == "anthropic" and page.has_more and page.last_id:
        return {**query, "after_id": page.last_id}
    return cursor_advance(page, query)
