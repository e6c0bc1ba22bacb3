"""How fast a batch job may go: requests/tokens-per-minute buckets, job-wide pauses, AIMD.

Pure bookkeeping plus one `ready()` coroutine; the runner asks it before every send.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any

from .._codec import encoder

__all__ = ("Pacer", "estimate_tokens")

_CHARS_PER_TOKEN = 4  # the usual rough English average; corrected from `usage` afterwards


def estimate_tokens(params: Mapping[str, Any]) -> int:
    """A request's token cost before it runs: its encoded size / 4 plus the completion budget."""
    try:
        size = len(encoder.encode(params))
    except TypeError:  # an unencodable value: the call itself will say what is wrong
        size = 0
    budget = params.get("max_completion_tokens") or params.get("max_tokens") or 0
    return size // _CHARS_PER_TOKEN + (budget if isinstance(budget, int) else 0)


class _Bucket:
    """A token bucket refilled continuously at `per_minute / 60` per second, holding one
    second's worth: short bursts, never a minute's worth at once."""

    __slots__ = ("rate", "capacity", "level", "stamp")

    def __init__(self, per_minute: float) -> None:
        if per_minute <= 0:
            raise ValueError(f"a per-minute limit must be > 0, not {per_minute}")
        self.rate = per_minute / 60
        self.capacity = max(1.0, self.rate)
        self.level = self.capacity
        self.stamp = time.monotonic()

    def refill(self, now: float) -> None:
        self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_for(self, amount: float) -> float:
        """Seconds until `amount` can be taken (an amount above capacity needs a full bucket)."""
        need = min(amount, self.capacity)
        return 0.0 if self.level >= need else (need - self.level) / self.rate


class Pacer:
    """The job's pace: `limit` requests in flight (adaptive), optional rpm/tpm buckets, and a
    job-wide pause when the server pushes back.

    AIMD: each success adds `1 / limit` (one more slot per `limit` successes), each push-back
    halves `limit` - once per pause, so a burst of 429s from requests already in flight counts
    as one signal, not fifty.
    """

    def __init__(self, concurrency: int, rpm: float | None = None, tpm: float | None = None):
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, not {concurrency}")
        self.max_limit = concurrency
        self.limit = float(concurrency)
        self.requests = _Bucket(rpm) if rpm else None
        self.tokens = _Bucket(tpm) if tpm else None
        self.resume_at = 0.0
        self.pauses = 0  # push-backs that started (or extended) a pause
        self.paused_seconds = 0.0

    @property
    def slots(self) -> int:
        return max(1, int(self.limit))

    def pushed_back(self, wait: float) -> None:
        """The server said "slow down" (429/503): pause everything for `wait` s, cut the limit."""
        now = time.monotonic()
        until = now + wait
        if until <= self.resume_at:
            return
        if now >= self.resume_at:  # a new episode, not a straggler of the current one
            self.limit = max(1.0, self.limit / 2)
            self.pauses += 1
            self.paused_seconds += wait
        else:
            self.paused_seconds += until - self.resume_at
        self.resume_at = until

    def succeeded(self) -> None:
        if self.limit < self.max_limit:
            self.limit = min(float(self.max_limit), self.limit + 1 / self.limit)

    def used_tokens(self, estimated: int, actual: int) -> None:
        """Correct the token bucket once `usage` says what a request really cost."""
        if self.tokens is not None:
            self.tokens.level -= actual - estimated

    def paused_for(self) -> float:
        return max(0.0, self.resume_at - time.monotonic())

    async def ready(self, tokens: int) -> None:
        """Wait until the job is not paused and both buckets allow one request of `tokens`."""
        while True:
            now = time.monotonic()
            wait = self.resume_at - now
            for bucket, amount in ((self.requests, 1), (self.tokens, tokens)):
                if bucket is not None:
                    bucket.refill(now)
                    wait = max(wait, bucket.wait_for(amount))
            if wait <= 0:
                break
            await asyncio.sleep(wait)
        if self.requests is not None:
            self.requests.level -= 1
        if self.tokens is not None:
            self.tokens.level -= tokens
