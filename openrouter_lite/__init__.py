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
    from . import components, errors, operations, sse, types, utils
    from ._client import OpenRouter
    from ._raw import RateLimit, RawResponse, with_raw_response
    from ._retry import BackoffStrategy, RetryConfig
    from ._streaming import AsyncStream, Stream
    from .resources._events import UnknownEvent

__all__ = (
    "AsyncStream",
    "BackoffStrategy",
    "OpenRouter",
    "RateLimit",
    "RawResponse",
    "RetryConfig",
    "Stream",
    "UnknownEvent",
    "__version__",
    "components",
    "errors",
    "operations",
    "sse",
    "types",
    "utils",
    "with_raw_response",
)

_LAZY = {
    "OpenRouter": "._client",
    "RetryConfig": "._retry",
    "BackoffStrategy": "._retry",
    "AsyncStream": "._streaming",
    "Stream": "._streaming",
    "UnknownEvent": ".resources._events",
    "RateLimit": "._raw",
    "RawResponse": "._raw",
    "with_raw_response": "._raw",
}
_SUBMODULES = frozenset(
    {
        "accumulate",
        "batching",
        "components",
        "errors",
        "operations",
        "sse",
        "types",
        "testing",
        "utils",
    }
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
