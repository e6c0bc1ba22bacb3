"""openrouter_lite: a fast, lean, async-first client for the OpenRouter API.

```python
from openrouter_lite import OpenRouter

async with OpenRouter() as client:                  # api_key defaults to $OPENROUTER_API_KEY
    r = await client.chat.send_async(model="openai/gpt-4o", messages=[...])
with OpenRouter() as client:                        # the same names without _async block
    r = client.chat.send(model="openai/gpt-4o", messages=[...])
```
Names are imported on first use, so `import openrouter_lite` costs almost nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from . import errors, operations, sse, types
    from ._client import OpenRouter
    from ._retry import BackoffStrategy, RetryConfig
    from ._streaming import AsyncStream, Stream
    from .resources._events import UnknownEvent

__all__ = (
    "AsyncStream",
    "BackoffStrategy",
    "OpenRouter",
    "RetryConfig",
    "Stream",
    "UnknownEvent",
    "__version__",
    "errors",
    "operations",
    "sse",
    "types",
)

_LAZY = {
    "OpenRouter": "._client",
    "RetryConfig": "._retry",
    "BackoffStrategy": "._retry",
    "AsyncStream": "._streaming",
    "Stream": "._streaming",
    "UnknownEvent": ".resources._events",
}
_SUBMODULES = frozenset(
    {"accumulate", "batching", "errors", "operations", "sse", "types", "testing"}
)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f".{name}", __name__)
    else:
        raise AttributeError(f"module 'openrouter_lite' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
