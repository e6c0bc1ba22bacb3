"""The transport's pure pieces: the failure classifier, redaction, option resolution, NO_PROXY."""

from __future__ import annotations

import pytest

from openrouter_lite import RetryConfig, errors
from openrouter_lite._faults import Stage, What, classify, redact
from openrouter_lite._options import CallSettings, extra_headers_of, resolve
from openrouter_lite._transport import _bypassed, _redirect_target

POLICY = RetryConfig(max_attempts=3)
OPTED = RetryConfig(max_attempts=3, retry_read_timeouts=True)


def run(
    what: What,
    stage: Stage,
    *,
    idempotent: bool = False,
    config: RetryConfig = POLICY,
    attempt: int = 1,
) -> tuple[errors.APIConnectionError, bool]:
    return classify(
        what,
        stage,
        where="POST u",
        detail="d",
        idempotent=idempotent,
        config=config,
        attempt=attempt,
    )


@pytest.mark.parametrize("what", [What.CONNECT_FAILED, What.CONNECT_TIMEOUT, What.POOL_TIMEOUT])
def test_nothing_sent_is_retried_even_for_a_post(what: What) -> None:
    error, retry = run(what, Stage.NOT_SENT)
    assert retry
    assert not error.may_have_been_processed


@pytest.mark.parametrize("what", [What.BROKEN, What.TIMEOUT])
@pytest.mark.parametrize("stage", [Stage.SENT, Stage.ANSWERED])
def test_a_post_that_may_have_been_processed_is_not_retried(what: What, stage: Stage) -> None:
    error, retry = run(what, stage)
    assert not retry
    assert error.may_have_been_processed
    assert "may have been processed" in str(error)
    assert "retry_read_timeouts=True" in str(error)


@pytest.mark.parametrize("stage", [Stage.SENT, Stage.ANSWERED])
def test_idempotent_or_opted_in_requests_are_retried_after_sending(stage: Stage) -> None:
    assert run(What.BROKEN, stage, idempotent=True)[1]
    assert run(What.BROKEN, stage, config=OPTED)[1]
    error, _ = run(What.BROKEN, stage, idempotent=True)
    assert error.may_have_been_processed
    assert "retry_read_timeouts" not in str(error)


def test_error_types() -> None:
    assert type(run(What.POOL_TIMEOUT, Stage.NOT_SENT)[0]) is errors.PoolTimeoutError
    assert type(run(What.CONNECT_FAILED, Stage.NOT_SENT)[0]) is errors.APIConnectionError
    assert type(run(What.CONNECT_TIMEOUT, Stage.NOT_SENT)[0]) is errors.APITimeoutError
    assert type(run(What.TIMEOUT, Stage.SENT)[0]) is errors.APITimeoutError
    assert type(run(What.BROKEN, Stage.SENT)[0]) is errors.APIConnectionError
    assert isinstance(run(What.POOL_TIMEOUT, Stage.NOT_SENT)[0], TimeoutError)
    # the deadline passing before a connection was made is a connect timeout, not a lost answer
    error = run(What.TIMEOUT, Stage.NOT_SENT)[0]
    assert "connect timed out" in str(error) and not error.may_have_been_processed
    assert "broke off" in str(run(What.BROKEN, Stage.ANSWERED)[0])


def test_tls_failures_are_not_retried() -> None:
    assert not run(What.TLS, Stage.NOT_SENT)[1]


def test_the_policy_bounds_and_switches_apply() -> None:
    assert not run(What.CONNECT_FAILED, Stage.NOT_SENT, attempt=3)[1]
    assert not run(What.CONNECT_FAILED, Stage.NOT_SENT, config=RetryConfig("none"))[1]
    off = RetryConfig("backoff", None, False)
    assert not run(What.POOL_TIMEOUT, Stage.NOT_SENT, config=off)[1]


def test_redact_removes_keys_tokens_and_caps_length() -> None:
    key = "sk-or-v1-abcdef0123"
    text = redact(f"headers={{'Authorization': 'Bearer {key}', 'X': 'y'}} and {key}", key)
    assert key not in text and "sk-or-" not in text
    assert "Authorization" in text and "'X': 'y'" in text
    assert "Bearer" not in redact("Authorization: Bearer abc.def", None).split("<redacted>")[-1]
    assert "abc.def" not in redact("Authorization: Bearer abc.def", None)
    assert "tok123" not in redact("bearer tok123 rest", None)
    assert "custom-secret" not in redact("Authorization=custom-secret", None)
    assert len(redact("x" * 10_000, None)) < 400


DEFAULTS = CallSettings(RetryConfig(), 600.0, 300.0, 30.0, "https://a.test/api/v1")


def test_no_options_is_the_defaults_object() -> None:
    assert resolve({}, DEFAULTS, False) is DEFAULTS


def test_header_options_merge_and_leave_the_settings_alone() -> None:
    options = {"extra_headers": {"A": "1"}, "http_headers": {"A": "0", "B": "2"}}
    assert extra_headers_of(options) == {"A": "1", "B": "2"}
    assert extra_headers_of({"http_headers": {"B": "2"}}) == {"B": "2"}
    assert extra_headers_of({"extra_headers": {}, "timeout_ms": 5}) is None
    alone = {"C": "3"}  # one of the two alone is read as it is, not copied for the call
    assert extra_headers_of({"extra_headers": alone, "http_headers": {}}) is alone
    assert extra_headers_of({"http_headers": alone}) is alone
    assert options["extra_headers"] == {"A": "1"} and alone == {"C": "3"}
    assert resolve(options, DEFAULTS, False) is DEFAULTS  # (so the first try's timeout is reused)


def test_options_resolve_once_into_a_frozen_value() -> None:
    retry = RetryConfig("none")
    call = resolve(
        {
            "retries": retry,
            "timeout_ms": 1500,
            "extra_headers": {"A": "1"},
            "http_headers": {"A": "0", "B": "2"},
            "server_url": "https://b.test/v1/",
        },
        DEFAULTS,
        False,
    )
    assert call.retry is retry
    assert call.timeout == call.stream_idle == 1.5
    assert call.base_url == "https://b.test/v1"
    assert call.pool_timeout == 30.0
    with pytest.raises(AttributeError):
        call.timeout = 1.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"timeuot_ms": 1}, TypeError, "timeuot_ms"),
        ({"timeout_ms": "1000"}, TypeError, "timeout_ms"),
        ({"timeout_ms": 0}, ValueError, "timeout_ms"),
        ({"retries": 3}, TypeError, "RetryConfig"),
        ({"server_url": "http://example.com"}, errors.InsecureTransportError, "plain http"),
    ],
)
def test_bad_options_are_named(
    options: dict[str, object], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        resolve(options, DEFAULTS, False)


@pytest.mark.parametrize(
    ("host", "port", "no_proxy", "bypass"),
    [
        ("api.test", 443, "", False),
        ("api.test", 443, "*", True),
        ("api.test", 443, "other.test, api.test", True),
        ("x.api.test", 443, ".api.test", True),
        ("x.api.test", 443, "api.test", True),
        ("notapi.test", 443, "api.test", False),
        ("127.0.0.1", 8080, "127.0.0.1:8080", True),
        ("127.0.0.1", 8080, "127.0.0.1:9090", False),
        ("API.TEST", 443, "api.test", True),
    ],
)
def test_no_proxy_matching(host: str, port: int, no_proxy: str, bypass: bool) -> None:
    assert _bypassed(host, port, no_proxy) is bypass


def test_redirects_are_followed_within_the_origin_only() -> None:
    base = "https://a.test/api/v1/x"
    assert _redirect_target(base, "/api/v1/y") == "https://a.test/api/v1/y"
    assert _redirect_target(base, "https://a.test/z") == "https://a.test/z"
    assert _redirect_target(base, "https://b.test/z") is None
    assert _redirect_target(base, "http://a.test/z") is None
    assert _redirect_target(base, None) is None


@pytest.mark.parametrize(
    ("kw", "error"),
    [
        ({"max_connections": 0}, ValueError),
        ({"pool_timeout_ms": -1}, ValueError),
        ({"max_response_bytes": 0}, ValueError),
        ({"timeout_ms": "10"}, TypeError),
        ({"connect_timeout_ms": True}, TypeError),
    ],
)
def test_bad_client_sizes_and_times_are_named(
    kw: dict[str, object], error: type[Exception]
) -> None:
    from openrouter_lite import OpenRouter

    name = next(iter(kw))
    with pytest.raises(error, match=name):
        OpenRouter(api_key="k", **kw)  # type: ignore[arg-type]


def test_pool_timeout_none_means_only_the_deadline() -> None:
    from openrouter_lite import OpenRouter

    client = OpenRouter(api_key="k", pool_timeout_ms=None)
    assert client._transport.defaults.pool_timeout is None


def test_the_proxy_is_chosen_by_scheme_and_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from openrouter_lite import OpenRouter

    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://secure-proxy:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://plain-proxy:3128")
    monkeypatch.setenv("NO_PROXY", ".internal")
    transport = OpenRouter(api_key="k")._transport
    assert transport._proxy_for("https://openrouter.ai/api/v1") == "http://secure-proxy:3128"
    assert transport._proxy_for("http://127.0.0.1:8080/api/v1") == "http://plain-proxy:3128"
    assert transport._proxy_for("https://llm.internal/api/v1") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://changed:1")
    assert transport._proxy_for("https://openrouter.ai/api/v1") == "http://secure-proxy:3128"
    explicit = OpenRouter(api_key="k", proxy="http://mine:8080")._transport
    assert explicit._proxy_for("https://llm.internal/api/v1") == "http://mine:8080"
    off = OpenRouter(api_key="k", trust_env=False)._transport
    assert off._proxy_for("https://openrouter.ai/api/v1") is None
