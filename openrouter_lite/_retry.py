"""Retry policy: the official SDK's `RetryConfig` shape, and two pure functions the transport uses.

Defaults: up to 3 attempts within 60 s; waits of 0.5 s x 1.5^n (capped at 8 s) with jitter;
`Retry-After` / `retry-after-ms` honoured up to 60 s; retried on connection errors and on
408/429/500/502/503/504/524/529. A read timeout on a POST is not retried unless
`retry_read_timeouts=True`: the request may already be generating, and every re-send is a new,
billed generation.
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime

__all__ = ("BackoffStrategy", "RetryConfig", "RETRYABLE_STATUSES", "backoff", "should_retry")

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504, 524, 529})


class BackoffStrategy:
    """Exponential backoff, all times in milliseconds (as in the official SDK)."""

    __slots__ = ("initial_interval", "max_interval", "exponent", "max_elapsed_time", "jitter_ms")

    def __init__(
        self,
        initial_interval: int = 500,
        max_interval: int = 8_000,
        exponent: float = 1.5,
        max_elapsed_time: int = 60_000,
        jitter_ms: int | None = None,
    ) -> None:
        if jitter_ms is not None and jitter_ms < 0:
            raise ValueError("BackoffStrategy jitter_ms must be >= 0")
        self.initial_interval = initial_interval
        self.max_interval = max_interval
        self.exponent = exponent
        self.max_elapsed_time = max_elapsed_time
        self.jitter_ms = jitter_ms

    def __repr__(self) -> str:
        return (
            f"BackoffStrategy(initial_interval={self.initial_interval}, "
            f"max_interval={self.max_interval}, exponent={self.exponent}, "
            f"max_elapsed_time={self.max_elapsed_time})"
        )


class RetryConfig:
    """`RetryConfig("backoff", BackoffStrategy(...), True)`; `RetryConfig("none")`: no retries.

    Beyond the official SDK's fields: `max_attempts` (total tries, first included),
    `retry_read_timeouts` (opt in to re-sending a POST whose response timed out),
    `max_retry_after_ms` (the longest server-requested wait honoured).
    """

    __slots__ = (
        "strategy",
        "backoff",
        "retry_connection_errors",
        "max_attempts",
        "retry_read_timeouts",
        "max_retry_after_ms",
        "status_codes_override",
    )

    def __init__(
        self,
        strategy: str = "backoff",
        backoff: BackoffStrategy | None = None,
        retry_connection_errors: bool = True,
        status_codes_override: list[str] | None = None,
        *,
        max_attempts: int = 3,
        retry_read_timeouts: bool = False,
        max_retry_after_ms: int = 60_000,
    ) -> None:
        if strategy not in ("backoff", "none"):
            raise ValueError(f"RetryConfig strategy must be 'backoff' or 'none', not {strategy!r}")
        if max_attempts < 1:
            raise ValueError(f"RetryConfig max_attempts must be >= 1, not {max_attempts}")
        self.strategy = strategy
        self.backoff = backoff or BackoffStrategy()
        self.retry_connection_errors = retry_connection_errors
        self.max_attempts = max_attempts
        self.retry_read_timeouts = retry_read_timeouts
        self.max_retry_after_ms = max_retry_after_ms
        self.status_codes_override = status_codes_override

    @property
    def enabled(self) -> bool:
        return self.strategy != "none" and self.max_attempts > 1

    def __repr__(self) -> str:
        return (
            f"RetryConfig({self.strategy!r}, {self.backoff!r}, {self.retry_connection_errors}, "
            f"max_attempts={self.max_attempts}, retry_read_timeouts={self.retry_read_timeouts})"
        )


DEFAULT_RETRY = RetryConfig()
NO_RETRY = RetryConfig("none")


def should_retry(
    config: RetryConfig,
    attempt: int,
    *,
    status: int | None = None,
    connection_error: bool = False,
    read_timeout: bool = False,
    idempotent: bool = True,
) -> bool:
    """Whether attempt number `attempt` (1-based) that just failed should be tried again.

    Pass `status` for an error response, `connection_error` for a failure before any response,
    `read_timeout` when the request was sent but the response did not come in time.
    """
    if not config.enabled or attempt >= config.max_attempts:
        return False
    if status is not None:
        if config.status_codes_override:
            return any(_status_matches(p, status) for p in config.status_codes_override)
        return status in RETRYABLE_STATUSES
    if read_timeout:
        return config.retry_connection_errors and (idempotent or config.retry_read_timeouts)
    return connection_error and config.retry_connection_errors


def _status_matches(pattern: str, status: int) -> bool:
    """`"429"` matches 429; `"5XX"` matches 500-599."""
    pattern = pattern.upper()
    if pattern.endswith("XX"):
        return str(status)[0] == pattern[0]
    return pattern == str(status)


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The server's requested wait from `retry-after-ms` or `Retry-After` (seconds or a date)."""
    value = headers.get("retry-after-ms")
    if value:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


def backoff(
    config: RetryConfig,
    attempt: int,
    retry_after: float | None = None,
    rand: float | None = None,
) -> float:
    """Seconds to wait before attempt `attempt + 1`.

    Without a server hint: `min(max_interval, initial_interval * exponent ** (attempt - 1))`
    scaled by a jitter factor in [0.5, 1.0), or plus `[0, jitter_ms]` when that is set; `rand`
    (0..1) fixes the jitter for tests. With a server hint (`retry_after`, seconds): that wait,
    capped at `max_retry_after_ms`.
    """
    if retry_after is not None:
        return min(retry_after, config.max_retry_after_ms / 1000)
    b = config.backoff
    base = min(b.max_interval, b.initial_interval * b.exponent ** (attempt - 1)) / 1000
    r = random.random() if rand is None else rand
    if b.jitter_ms is not None:
        return base + r * b.jitter_ms / 1000
    return base * (0.5 + 0.5 * r)
