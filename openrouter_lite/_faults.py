"""The failure classifier: what went wrong, and how far the request got -> typed error, may retry.

Pure (no I/O, no aiohttp): the transport names what happened with a `What` and a `Stage`, and
this decides. The rule that matters: once the request bytes may have been written, the server
may be generating (and billing) already, so a non-idempotent request is re-sent only when the
caller opted in with `RetryConfig(retry_read_timeouts=True)`.
"""

from __future__ import annotations

import enum
import re

from . import errors
from ._retry import RetryConfig

__all__ = ("Stage", "What", "classify", "redact")


class Stage(enum.IntEnum):
    """How far the request got when it failed."""

    NOT_SENT = 0  # waiting for a pooled connection, resolving or connecting: nothing written
    SENT = 1  # a connection was obtained, so the request may have been written
    ANSWERED = 2  # the status line arrived; the body then failed


class What(enum.Enum):
    """What happened."""

    POOL_TIMEOUT = "no pooled connection became free in time"
    CONNECT_FAILED = "could not connect"
    CONNECT_TIMEOUT = "connect timed out"
    TLS = "TLS handshake or certificate failed"
    TIMEOUT = "no response in time"
    BROKEN = "connection failed"


_TIMEOUTS = frozenset({What.POOL_TIMEOUT, What.CONNECT_TIMEOUT, What.TIMEOUT})
_MAX_DETAIL = 300  # characters of an underlying exception's message kept in ours
_SECRETS = re.compile(
    r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)[^\"',}\s]*(\s+[^\"',}\s]+)?"
    r"|bearer\s+[^\s\"',}]+"
    r"|sk-or-[A-Za-z0-9_\-]+"
)


def redact(text: str, secret: str | None = None) -> str:
    """`text` with the key, bearer tokens and Authorization values removed, capped in length."""
    if secret:
        text = text.replace(secret, "<redacted>")
    text = _SECRETS.sub(lambda m: (m.group(1) or "") + "<redacted>", text)
    if len(text) > _MAX_DETAIL:
        text = text[:_MAX_DETAIL] + "..."
    return text


def classify(
    what: What,
    stage: Stage,
    *,
    where: str,
    detail: str,
    idempotent: bool,
    config: RetryConfig,
    attempt: int,
) -> tuple[errors.APIConnectionError, bool]:
    """The typed error for a failed attempt, and whether the policy allows another attempt.

    `where` is "METHOD url", `detail` an already redacted description of the cause. A request
    that never left (`Stage.NOT_SENT`) is retried when connection errors are; one that may have
    reached the server only when `idempotent` or opted in; TLS failures never (they repeat).
    """
    processed = stage is not Stage.NOT_SENT
    retry = (
        config.enabled
        and attempt < config.max_attempts
        and config.retry_connection_errors
        and what is not What.TLS
    )
    held_back = processed and not (idempotent or config.retry_read_timeouts)
    if what is What.POOL_TIMEOUT and not processed:
        error: errors.APIConnectionError = errors.PoolTimeoutError(
            f"{where}: {what.value}; nothing was sent"
        )
    else:
        if what is What.TIMEOUT and not processed:
            what = What.CONNECT_TIMEOUT  # the deadline passed while still connecting
        phrase = what.value
        if stage is Stage.ANSWERED:
            phrase = "the body timed out" if what is What.TIMEOUT else "the body broke off"
        message = f"{where}: {phrase}"
        if detail:
            message += f" ({detail})"
        if held_back:
            message += (
                "; the request may have been processed, so it was not re-sent "
                "(RetryConfig(retry_read_timeouts=True) allows that)"
            )
        elif processed:
            message += "; the request may have been processed"
        cls = errors.APITimeoutError if what in _TIMEOUTS else errors.APIConnectionError
        error = cls(message)
    error.may_have_been_processed = processed
    return error, retry and not held_back
