"""The retry policy's pure functions."""

from __future__ import annotations

import pytest

from openrouter_lite import BackoffStrategy, RetryConfig
from openrouter_lite._retry import backoff, retry_after_seconds, should_retry


def test_defaults_are_bounded() -> None:
    cfg = RetryConfig()
    assert cfg.max_attempts == 3
    assert cfg.backoff.max_elapsed_time == 60_000
    assert not cfg.retry_read_timeouts


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 524, 529])
def test_retryable_statuses(status: int) -> None:
    assert should_retry(RetryConfig(), 1, status=status)


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 409, 410, 413, 422, 501])
def test_not_retryable_statuses(status: int) -> None:
    assert not should_retry(RetryConfig(), 1, status=status)


def test_attempts_are_bounded() -> None:
    cfg = RetryConfig(max_attempts=3)
    assert should_retry(cfg, 2, status=503)
    assert not should_retry(cfg, 3, status=503)


def test_none_strategy_never_retries() -> None:
    cfg = RetryConfig("none", None, True)
    assert not should_retry(cfg, 1, status=503)
    assert not should_retry(cfg, 1, connection_error=True)


def test_connection_errors_follow_the_switch() -> None:
    assert should_retry(RetryConfig(), 1, connection_error=True)
    assert not should_retry(RetryConfig("backoff", None, False), 1, connection_error=True)


def test_read_timeout_on_post_needs_opt_in() -> None:
    assert not should_retry(RetryConfig(), 1, read_timeout=True, idempotent=False)
    assert should_retry(RetryConfig(), 1, read_timeout=True, idempotent=True)
    opted = RetryConfig(retry_read_timeouts=True)
    assert should_retry(opted, 1, read_timeout=True, idempotent=False)


def test_status_codes_override() -> None:
    cfg = RetryConfig("backoff", None, True, ["429", "5XX"])
    assert should_retry(cfg, 1, status=501)
    assert should_retry(cfg, 1, status=429)
    assert not should_retry(cfg, 1, status=408)


def test_backoff_grows_and_is_capped() -> None:
    cfg = RetryConfig(backoff=BackoffStrategy(500, 2_000, 2.0, 60_000))
    assert backoff(cfg, 1, rand=1.0) == pytest.approx(0.5)
    assert backoff(cfg, 2, rand=1.0) == pytest.approx(1.0)
    assert backoff(cfg, 5, rand=1.0) == pytest.approx(2.0)
    assert backoff(cfg, 1, rand=0.0) == pytest.approx(0.25)  # jitter halves at most


def test_additive_jitter_like_the_official_sdk() -> None:
    cfg = RetryConfig(backoff=BackoffStrategy(500, 2_000, 2.0, 60_000, jitter_ms=100))
    assert backoff(cfg, 1, rand=1.0) == pytest.approx(0.6)


def test_retry_after_is_honoured_and_capped() -> None:
    cfg = RetryConfig(max_retry_after_ms=5_000)
    assert backoff(cfg, 1, retry_after=2.0) == 2.0
    assert backoff(cfg, 1, retry_after=3600.0) == 5.0


def test_retry_after_header_forms() -> None:
    assert retry_after_seconds({"retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after-ms": "250"}) == 0.25
    assert (
        retry_after_seconds({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=1445412470.0)
        == 10.0
    )
    assert retry_after_seconds({"retry-after": "soon"}) is None
    assert retry_after_seconds({}) is None


def test_bad_config_is_rejected() -> None:
    with pytest.raises(ValueError, match="strategy"):
        RetryConfig("sometimes")
    with pytest.raises(ValueError, match="max_attempts"):
        RetryConfig(max_attempts=0)
