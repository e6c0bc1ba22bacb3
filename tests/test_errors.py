"""Error classes: the tree, the status mapping, the body shapes."""

from __future__ import annotations

import pytest

from openrouter_lite import errors
from openrouter_lite.errors import error_from_response

STATUS_CLASSES = {
    400: errors.BadRequestResponseError,
    401: errors.UnauthorizedResponseError,
    402: errors.PaymentRequiredResponseError,
    403: errors.ForbiddenResponseError,
    404: errors.NotFoundResponseError,
    408: errors.RequestTimeoutResponseError,
    409: errors.ConflictResponseError,
    410: errors.GoneResponseError,
    413: errors.PayloadTooLargeResponseError,
    422: errors.UnprocessableEntityResponseError,
    429: errors.TooManyRequestsResponseError,
    499: errors.ClientClosedRequestResponseError,
    500: errors.InternalServerResponseError,
    502: errors.BadGatewayResponseError,
    503: errors.ServiceUnavailableResponseError,
    504: errors.GatewayTimeoutResponseError,
    524: errors.EdgeNetworkTimeoutResponseError,
    529: errors.ProviderOverloadedResponseError,
}


@pytest.mark.parametrize(("status", "cls"), sorted(STATUS_CLASSES.items()))
def test_status_maps_to_class(status: int, cls: type[errors.ResponseError]) -> None:
    body = (
        b'{"error": {"code": %d, "message": "nope", "metadata": {"provider_name": "X"}}}' % status
    )
    err = error_from_response(status, {"x-generation-id": "gen-1"}, body, "POST", "https://h/x")
    assert type(err) is cls
    assert isinstance(err, errors.ChatError)
    assert isinstance(err, errors.OpenRouterError)
    assert err.status_code == status
    assert err.data.message == "nope" and err.error.message == "nope"
    assert err.data.code == status
    assert err.data.metadata == {"provider_name": "X"}
    assert err.body == body.decode()
    assert err.generation_id == "gen-1"
    assert str(err).startswith("nope") and f"-> {status}" in str(err)


def test_other_status_is_default_error() -> None:
    err = error_from_response(418, {}, b'{"error":{"code":418,"message":"teapot"}}', "GET", "u")
    assert type(err) is errors.OpenRouterDefaultError
    assert err.status_code == 418


def test_html_body_still_gives_typed_error_with_text() -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1>\n<p>nginx</p></body></html>"
    err = error_from_response(502, {}, html, "POST", "https://h/chat/completions")
    assert isinstance(err, errors.BadGatewayResponseError)
    assert "502 Bad Gateway" in err.data.message
    assert err.body == html.decode()
    assert err.data.code == 502


def test_empty_body() -> None:
    err = error_from_response(503, {}, b"", "GET", "u")
    assert isinstance(err, errors.ServiceUnavailableResponseError)
    assert err.data.message == "empty body"


def test_error_in_200_body_uses_its_code() -> None:
    err = error_from_response(200, {}, b'{"error":{"code":429,"message":"slow down"}}', "POST", "u")
    assert isinstance(err, errors.TooManyRequestsResponseError)


def test_connection_errors_are_oserror_and_timeouts_timeouterror() -> None:
    assert issubclass(errors.APIConnectionError, OSError)
    assert issubclass(errors.APITimeoutError, TimeoutError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.InsecureTransportError, ValueError)


def test_stream_error_carries_code_and_metadata() -> None:
    err = errors.StreamError(
        errors.ErrorData(message="Provider disconnected", code=502, metadata={"provider": "X"})
    )
    assert isinstance(err, errors.ChatError)
    assert err.code == 502 and err.metadata == {"provider": "X"}
    assert err.error.message == "Provider disconnected"
    assert "Provider disconnected" in str(err)
