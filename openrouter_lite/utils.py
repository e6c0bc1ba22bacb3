"""The names of the official SDK's ``openrouter.utils`` that application code uses.

``from openrouter_lite.utils import BackoffStrategy, RetryConfig`` and
``utils.parse_datetime(...)`` work as with the official SDK. Its other utilities serve its own
generated code (metadata, serializers, URL templates) and have no counterpart here.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from ._retry import BackoffStrategy, RetryConfig

if TYPE_CHECKING:
    import logging

__all__ = ("BackoffStrategy", "Logger", "RetryConfig", "get_default_logger", "parse_datetime")


class Logger(Protocol):
    """What ``debug_logger=`` needs: a ``debug`` method (a ``logging.Logger`` has one)."""

    def debug(self, msg: str, *args: Any, **kwargs: Any) -> None: ...


def get_default_logger() -> logging.Logger:
    """The package's logger (DEBUG when ``$OPENROUTER_DEBUG`` is set, as the SDK does)."""
    import logging

    logger = logging.getLogger("openrouter_lite")
    if os.environ.get("OPENROUTER_DEBUG"):
        logger.setLevel(logging.DEBUG)
    return logger


def parse_datetime(datetime_string: str) -> datetime:
    """An RFC 3339 / ISO 8601 timestamp (``...Z`` included on Python 3.10) as a datetime."""
    if sys.version_info < (3, 11) and datetime_string.endswith("Z"):
        datetime_string = datetime_string[:-1] + "+00:00"
    return datetime.fromisoformat(datetime_string)
