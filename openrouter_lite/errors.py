"""Every error the client raises, one small tree under `OpenRouterError`.

```
OpenRouterError
 ├─ ChatError                      the API said no: `.error` / `.data` carry code, message, metadata
 │   ├─ ResponseError              an HTTP error status (or a 200 whose body is {"error": ...})
 │   │   ├─ BadRequestResponseError 400 … ProviderOverloadedResponseError 529
 │   │   └─ OpenRouterDefaultError  any other 4xx/5xx
 │   └─ StreamError (RuntimeError) an `error` delivered inside a 200 event stream
 ├─ StreamTruncatedError           a stream ended without [DONE] and without a finish reason
 ├─ NoResponseError                the official SDK's name for "no HTTP response"
 │   └─ APIConnectionError (OSError)   no response (.may_have_been_processed)
 │       └─ APITimeoutError (TimeoutError)
 │           └─ PoolTimeoutError   no pooled connection in time: nothing was sent
 ├─ ResponseTooLargeError          a body over max_response_bytes
 ├─ ResponseValidationError        a 2xx body that does not match the expected shape
 └─ InsecureTransportError (ValueError)  a bearer key over plain http to a non-loopback host
```
Names follow the official SDK so `except TooManyRequestsResponseError` works unchanged, and so do
its attributes: `str(e)` leads with the API's message, `e.data.error.message` (also
`e.data.message`), `e.raw_response` (`status_code`, `headers`, `text`, `json()`, `url`), and the
constructors accept the official SDK's arguments (`TooManyRequestsResponseError(data,
raw_response)` with a `TooManyRequestsResponseErrorData(error=...)`), so tests that build errors
run unchanged.
No error message, repr or attribute ever holds the API key: request headers are never stored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import msgspec

__all__ = (
    "APIConnectionError",
    "APITimeoutError",
    "BadGatewayResponseError",
    "BadGatewayResponseErrorData",
    "BadRequestResponseError",
    "BadRequestResponseErrorData",
    "BatchErrorResponseData",
    "BatchPaymentRequiredResponseErrorData",
    "ChatError",
    "ClientClosedRequestResponseError",
    "ClientClosedRequestResponseErrorData",
    "ConflictResponseError",
    "ConflictResponseErrorData",
    "CreatePrivateEndpointValidationFailedResponseErrorData",
    "EdgeNetworkTimeoutResponseError",
    "EdgeNetworkTimeoutResponseErrorData",
    "ErrorData",
    "ForbiddenResponseError",
    "ForbiddenResponseErrorData",
    "GatewayTimeoutResponseError",
    "GatewayTimeoutResponseErrorData",
    "GoneResponseError",
    "GoneResponseErrorData",
    "InsecureTransportError",
    "InternalServerResponseError",
    "InternalServerResponseErrorData",
    "NoResponseError",
    "NotFoundResponseError",
    "NotFoundResponseErrorData",
    "OAuthErrorResponseData",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "PayloadTooLargeResponseError",
    "PayloadTooLargeResponseErrorData",
    "PaymentRequiredResponseError",
    "PaymentRequiredResponseErrorData",
    "PoolTimeoutError",
    "ProviderOverloadedResponseError",
    "ProviderOverloadedResponseErrorData",
    "ErrorResponse",
    "RequestTimeoutResponseError",
    "RequestTimeoutResponseErrorData",
    "ResponseError",
    "ResponseErrorData",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ServiceUnavailableResponseError",
    "ServiceUnavailableResponseErrorData",
    "StreamError",
    "StreamTruncatedError",
    "TooManyRequestsResponseError",
    "TooManyRequestsResponseErrorData",
    "UnauthorizedResponseError",
    "UnauthorizedResponseErrorData",
    "UnprocessableEntityResponseError",
    "UnprocessableEntityResponseErrorData",
    "error_from_response",
)

_BODY_IN_MESSAGE = 500  # characters of a non-JSON body quoted in the message


class ErrorData(msgspec.Struct, kw_only=True, omit_defaults=True):
    """OpenRouter's `{"error": {...}}` payload."""

    message: str = ""
    code: int | str | None = None
    metadata: dict[str, Any] | None = None

    @property
    def error(self) -> ErrorData:
        """Itself: the official SDK nests this object as `e.data.error`."""
        return self


class ResponseErrorData(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The whole error body, `{"error": {...}, "user_id": ...}`: the official SDK's
    `…ResponseErrorData` classes (all names of this one class), for code that builds errors."""

    error: Any
    user_id: str | None = None
    openrouter_metadata: dict[str, Any] | None = None


def _error_data(data: Any) -> ErrorData:
    """Our `ErrorData` from what a caller passes: one, an envelope (`….error`), or a dict."""
    if isinstance(data, ErrorData):
        return data
    if isinstance(data, Mapping):
        data = data.get("error", data)
        if isinstance(data, Mapping):
            return ErrorData(
                message=str(data.get("message") or ""),
                code=data.get("code"),
                metadata=data.get("metadata"),
            )
    inner = getattr(data, "error", None)
    if inner is not None and not isinstance(inner, str):
        return _error_data(inner)
    if data is None:
        return ErrorData()
    message = getattr(data, "message", None)
    metadata = getattr(data, "metadata", None)
    return ErrorData(
        message=str(message if message is not None else data),
        code=getattr(data, "code", None),
        metadata=metadata if isinstance(metadata, dict) else None,
    )


class ErrorResponse:
    """The HTTP response behind an error, shaped like the httpx response the official SDK
    exposes as `e.raw_response` (no aiohttp object is public)."""

    __slots__ = ("content", "headers", "method", "status_code", "url")

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        url: str = "",
        method: str = "",
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.url = url
        self.method = method

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.content)

    def __repr__(self) -> str:
        return f"<ErrorResponse [{self.status_code}] {self.method} {self.url}>"


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
    """Base class of every error raised by openrouter_lite.

    The official SDK's base carries the HTTP response; so that `except OpenRouterError as e:
    e.status_code` works for every error here too, errors without a response have these
    class-level defaults."""

    status_code: int | None = None
    body: str = ""
    headers: Mapping[str, str] = MappingProxyType({})
    raw_response: Any = None


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
    """An HTTP error response. Carries `status_code`, `headers`, the raw `body`, `data` and
    `raw_response`.

    Built by the client as `cls(message, status_code=, headers=, body=, data=)`; code written for
    the official SDK builds it as `cls(data, raw_response[, body])` (`data` an `…ResponseErrorData`
    envelope, `raw_response` an httpx response or a `ErrorResponse`), which works too.
    """

    status: int | None = None  # the status this class stands for; None: any

    def __init__(
        self,
        message: Any = None,
        raw_response: Any = None,
        body: str | None = None,
        *,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        data: Any = None,
    ) -> None:
        if message is not None and not isinstance(message, str):  # the official (data, raw)
            message, data = None, message
        error = _error_data(data)
        if raw_response is not None:
            status_code = raw_response.status_code if status_code is None else status_code
            headers = raw_response.headers if headers is None else headers
            body = raw_response.text if body is None else body
        status_code = status_code if status_code is not None else self.status or 0
        headers = headers if headers is not None else {}
        body = body if body is not None else ""
        if raw_response is None:
            raw_response = ErrorResponse(status_code, headers, body.encode())
        super().__init__(message or error.message or body, error)
        self.status_code = status_code
        self.headers = headers
        self.body = body
        self.raw_response = raw_response

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


# The official SDK has one `…ResponseErrorData` class per error; here they are one class.
BadGatewayResponseErrorData = ResponseErrorData
BadRequestResponseErrorData = ResponseErrorData
BatchErrorResponseData = ResponseErrorData
BatchPaymentRequiredResponseErrorData = ResponseErrorData
ClientClosedRequestResponseErrorData = ResponseErrorData
ConflictResponseErrorData = ResponseErrorData
CreatePrivateEndpointValidationFailedResponseErrorData = ResponseErrorData
EdgeNetworkTimeoutResponseErrorData = ResponseErrorData
ForbiddenResponseErrorData = ResponseErrorData
GatewayTimeoutResponseErrorData = ResponseErrorData
GoneResponseErrorData = ResponseErrorData
InternalServerResponseErrorData = ResponseErrorData
NotFoundResponseErrorData = ResponseErrorData
OAuthErrorResponseData = ResponseErrorData
PayloadTooLargeResponseErrorData = ResponseErrorData
PaymentRequiredResponseErrorData = ResponseErrorData
ProviderOverloadedResponseErrorData = ResponseErrorData
RequestTimeoutResponseErrorData = ResponseErrorData
ServiceUnavailableResponseErrorData = ResponseErrorData
TooManyRequestsResponseErrorData = ResponseErrorData
UnauthorizedResponseErrorData = ResponseErrorData
UnprocessableEntityResponseErrorData = ResponseErrorData


_BY_STATUS: dict[int, type[ResponseError]] = {
    cls.status: cls
    for cls in ResponseError.__subclasses__()
    if cls.status is not None  # OpenRouterDefaultError has none
}


class StreamError(ChatError, RuntimeError):
    """OpenRouter reported an error inside a 200 event stream (`finish_reason: "error"`).
    Also a `RuntimeError`, which the official SDK raises for it."""

    def __init__(self, data: Any, chunk: Any = None) -> None:
        data = _error_data(data)
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


class NoResponseError(OpenRouterError):
    """No HTTP response was received (the official SDK's name; see `APIConnectionError`)."""

    def __init__(self, message: str = "No response received") -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(NoResponseError, OSError):
    """The request did not get a response (DNS, refused, reset, TLS, ...)."""

    may_have_been_processed = False  # True: the request may have reached the server


class APITimeoutError(APIConnectionError, TimeoutError):
    """No response (or, for a stream, no data) within the configured timeout."""


class ResponseValidationError(OpenRouterError):
    """A successful response whose body does not have the expected shape. Also takes the
    official SDK's `(message, raw_response, cause[, body])`."""

    def __init__(
        self,
        message: str,
        raw_response: Any = None,
        cause: BaseException | None = None,
        body: str | None = None,
        *,
        status_code: int | None = None,
    ) -> None:
        if cause is not None:
            message = f"{message}: {cause}"
            self.__cause__ = cause
        if raw_response is not None:
            status_code = raw_response.status_code if status_code is None else status_code
            body = raw_response.text if body is None else body
        super().__init__(message)
        self.message = message
        self.status_code = status_code or 0
        self.body = body or ""
        self.raw_response = raw_response or ErrorResponse(self.status_code, {}, self.body.encode())

    @property
    def cause(self) -> BaseException | None:
        """What failed to validate (the official SDK's name)."""
        return self.__cause__


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
    message = f"{_describe(data)} ({method} {url} -> {status})"
    raw = ErrorResponse(status, headers, body, url, method)
    return cls(message, raw, text, status_code=status, headers=headers, data=data)


class PoolTimeoutError(APITimeoutError):
    """No pooled connection became free within `pool_timeout_ms`: nothing was sent, so it is
    always safe to retry (and the retry policy does)."""


class ResponseTooLargeError(OpenRouterError):
    """A response body exceeded `max_response_bytes`; the connection was closed unread."""

    def __init__(self, message: str, *, status_code: int, limit: int) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.limit = limit
