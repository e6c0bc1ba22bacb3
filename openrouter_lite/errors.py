"""Every error the client raises, one small tree under `OpenRouterError`.

```
OpenRouterError
 ├─ ChatError                      the API said no: `.error` / `.data` carry code, message, metadata
 │   ├─ ResponseError              an HTTP error status (or a 200 whose body is {"error": ...})
 │   │   ├─ BadRequestResponseError 400 … ProviderOverloadedResponseError 529
 │   │   └─ OpenRouterDefaultError  any other 4xx/5xx
 │   └─ StreamError                an `error` delivered inside a 200 event stream
 ├─ StreamTruncatedError           a stream ended without [DONE] and without a finish reason
 ├─ APIConnectionError (OSError)   the request never got a response (.may_have_been_processed)
 │   └─ APITimeoutError (TimeoutError)
 │       └─ PoolTimeoutError       no pooled connection in time: nothing was sent
 ├─ ResponseTooLargeError          a body over max_response_bytes
 ├─ ResponseValidationError        a 2xx body that does not match the expected shape
 └─ InsecureTransportError (ValueError)  a bearer key over plain http to a non-loopback host
```
Names follow the official SDK so `except TooManyRequestsResponseError` works unchanged.
No error message, repr or attribute ever holds the API key: request headers are never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

__all__ = (
    "APIConnectionError",
    "APITimeoutError",
    "BadGatewayResponseError",
    "BadRequestResponseError",
    "ChatError",
    "ClientClosedRequestResponseError",
    "ConflictResponseError",
    "EdgeNetworkTimeoutResponseError",
    "ErrorData",
    "ForbiddenResponseError",
    "GatewayTimeoutResponseError",
    "GoneResponseError",
    "InsecureTransportError",
    "InternalServerResponseError",
    "NotFoundResponseError",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "PayloadTooLargeResponseError",
    "PaymentRequiredResponseError",
    "PoolTimeoutError",
    "ProviderOverloadedResponseError",
    "RequestTimeoutResponseError",
    "ResponseError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServiceUnavailableResponseError",
    "StreamError",
    "StreamTruncatedError",
    "TooManyRequestsResponseError",
    "UnauthorizedResponseError",
    "UnprocessableEntityResponseError",
    "error_from_response",
)

_BODY_IN_MESSAGE = 500  # characters of a non-JSON body quoted in the message


class ErrorData(msgspec.Struct, kw_only=True, omit_defaults=True):
    """OpenRouter's `{"error": {...}}` payload."""

    message: str = ""
    code: int | str | None = None
    metadata: dict[str, Any] | None = None


class _Envelope(msgspec.Struct):
    error: ErrorData
    user_id: str | None = None


_envelope_decoder = msgspec.json.Decoder(_Envelope)


def parse_error_body(body: bytes) -> ErrorData | None:
    """The `error` object of an OpenRouter error body, or None if the body isn't one."""
    try:
        return _envelope_decoder.decode(body).error
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None


class OpenRouterError(Exception):
    """Base class of every error raised by openrouter_lite."""


class ChatError(OpenRouterError):
    """An error reported by the API, over HTTP status or inside a stream.

    `e.error` (alias `e.data`) holds `message`, `code` and `metadata`.
    """

    def __init__(self, message: str, data: ErrorData) -> None:
        super().__init__(message)
        self.data = data

    @property
    def error(self) -> ErrorData:
        return self.data

    @property
    def message(self) -> str:
        return self.data.message


class ResponseError(ChatError):
    """An HTTP error response. Carries `status_code`, `headers`, the raw `body` and `data`."""

    status: int | None = None  # the status this class stands for; None: any

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        headers: Mapping[str, str],
        body: str,
        data: ErrorData,
    ) -> None:
        super().__init__(message, data)
        self.status_code = status_code
        self.headers = headers
        self.body = body

    @property
    def generation_id(self) -> str | None:
        """The generation id OpenRouter sends back, when it does (handy for support)."""
        return self.headers.get("x-generation-id")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestResponseError(ResponseError):
    status = 400


class UnauthorizedResponseError(ResponseError):
    status = 401


class PaymentRequiredResponseError(ResponseError):
    status = 402


class ForbiddenResponseError(ResponseError):
    status = 403


class NotFoundResponseError(ResponseError):
    status = 404


class RequestTimeoutResponseError(ResponseError):
    status = 408


class ConflictResponseError(ResponseError):
    status = 409


class GoneResponseError(ResponseError):
    status = 410


class PayloadTooLargeResponseError(ResponseError):
    status = 413


class UnprocessableEntityResponseError(ResponseError):
    status = 422


class TooManyRequestsResponseError(ResponseError):
    status = 429


class ClientClosedRequestResponseError(ResponseError):
    status = 499


class InternalServerResponseError(ResponseError):
    status = 500


class BadGatewayResponseError(ResponseError):
    status = 502


class ServiceUnavailableResponseError(ResponseError):
    status = 503


class GatewayTimeoutResponseError(ResponseError):
    status = 504


class EdgeNetworkTimeoutResponseError(ResponseError):
    status = 524


class ProviderOverloadedResponseError(ResponseError):
    status = 529


class OpenRouterDefaultError(ResponseError):
    """Any 4xx/5xx without a class of its own."""


_BY_STATUS: dict[int, type[ResponseError]] = {
    cls.status: cls
    for cls in ResponseError.__subclasses__()
    if cls.status is not None  # OpenRouterDefaultError has none
}


class StreamError(ChatError):
    """OpenRouter reported an error inside a 200 event stream (`finish_reason: "error"`)."""

    def __init__(self, data: ErrorData, chunk: Any = None) -> None:
        super().__init__(f"error in stream: {_describe(data)}", data)
        self.chunk = chunk  # the decoded chunk that carried the error

    @property
    def code(self) -> int | str | None:
        return self.data.code

    @property
    def metadata(self) -> dict[str, Any] | None:
        return self.data.metadata


class StreamTruncatedError(OpenRouterError):
    """The stream ended before `[DONE]` or a finish reason: the output is incomplete."""


class APIConnectionError(OpenRouterError, OSError):
    """The request did not get a response (DNS, refused, reset, TLS, ...)."""

    may_have_been_processed = False  # True: the request may have reached the server


class APITimeoutError(APIConnectionError, TimeoutError):
    """No response (or, for a stream, no data) within the configured timeout."""


class ResponseValidationError(OpenRouterError):
    """A successful response whose body does not have the expected shape."""

    def __init__(self, message: str, *, status_code: int, body: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class InsecureTransportError(OpenRouterError, ValueError):
    """Refused to send the API key over plain http to a host other than loopback."""


def _describe(data: ErrorData) -> str:
    code = f" (code {data.code})" if data.code is not None else ""
    return f"{data.message or 'no message'}{code}"


def error_from_response(
    status: int, headers: Mapping[str, str], body: bytes, method: str, url: str
) -> ResponseError:
    """Build the typed error for an error response (or a 200 whose body is an error)."""
    data = parse_error_body(body)
    text = body.decode("utf-8", "replace")
    if data is None:  # not OpenRouter's JSON: an HTML page from a proxy, plain text, ...
        snippet = " ".join(text.split())[:_BODY_IN_MESSAGE]
        data = ErrorData(message=snippet or "empty body", code=status)
    code = data.code if isinstance(data.code, int) else status
    cls = _BY_STATUS.get(status) or _BY_STATUS.get(code) or OpenRouterDefaultError
    message = f"{method} {url} -> {status}: {_describe(data)}"
    return cls(message, status_code=status, headers=headers, body=text, data=data)


class PoolTimeoutError(APITimeoutError):
    """No pooled connection became free within `pool_timeout_ms`: nothing was sent, so it is
    always safe to retry (and the retry policy does)."""


class ResponseTooLargeError(OpenRouterError):
    """A response body exceeded `max_response_bytes`; the connection was closed unread."""

    def __init__(self, message: str, *, status_code: int, limit: int) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.limit = limit
