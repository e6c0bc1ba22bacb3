"""JSONL batch files: OpenAI Batch API input and output lines, and resuming from an output file.

Input lines are `{"custom_id", "method", "url", "body"}` (url `/v1/chat/completions`,
`/v1/embeddings`, ...) or bare request bodies, keyed `line-N` (N counts from 1, blank lines
included). Output lines are `{"id", "custom_id", "response": {"status_code", "request_id",
"body"}, "error": {"code", "message"} | null}`, appended and flushed as outcomes arrive.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from .._codec import encoder
from .._sync import sync
from ..errors import OpenRouterError, ResponseError
from ._runner import BatchInputError, BatchRequest, BatchRun, Outcome, Progress

if TYPE_CHECKING:
    from .._client import OpenRouter
    from .._sync import Portal

__all__ = (
    "URL_OPERATIONS",
    "BatchFileError",
    "FileJob",
    "ResumeState",
    "outcome_line",
    "read_requests",
    "resume_state",
)

# The endpoints a batch file may name, as paths under the API root (a /v1 or /api/v1 prefix is
# dropped), and the client method each runs.
URL_OPERATIONS = {
    "/chat/completions": "chat.send",
    "/embeddings": "embeddings.generate",
    "/completions": "completions.generate",
    "/responses": "responses.send",
    "/messages": "messages.create",
}
# For a bare body without an explicit operation: the field that tells what it is.
_BARE_HINTS = (
    ("messages", "chat.send"),
    ("input", "embeddings.generate"),
    ("prompt", "completions.generate"),
)


class BatchFileError(OpenRouterError, ValueError):
    """An output file that cannot be resumed from (a damaged line before the last one)."""


class _Response(msgspec.Struct):
    status_code: int = 0


class _OutputLine(msgspec.Struct):
    custom_id: str
    response: _Response | None = None
    error: Any = None


_line_decoder = msgspec.json.Decoder(_OutputLine)
_json = msgspec.json.Decoder()


def operation_for_url(url: str) -> str:
    path = url.split("?", 1)[0].rstrip("/")
    for prefix in ("/api/v1", "/v1"):
        if path.startswith(prefix + "/"):
            path = path[len(prefix) :]
            break
    op = URL_OPERATIONS.get(path)
    if op is None:
        known = ", ".join("/v1" + u for u in URL_OPERATIONS)
        raise BatchInputError(f"unsupported url {url!r} (supported: {known})")
    return op


def _parse(line: bytes, number: int, operation: str | None) -> BatchRequest:
    key = f"line-{number}"
    try:
        obj = _json.decode(line)
    except msgspec.DecodeError as exc:
        return BatchRequest(key=key, error=BatchInputError(f"line {number}: invalid JSON: {exc}"))
    if not isinstance(obj, dict):
        return BatchRequest(
            key=key, error=BatchInputError(f"line {number}: expected a JSON object")
        )
    if "custom_id" in obj and "body" in obj:
        key = obj["custom_id"]
        if not isinstance(key, str) or not key:
            error = BatchInputError(f"line {number}: custom_id must be a non-empty string")
            return BatchRequest(key=f"line-{number}", error=error)
        method = str(obj.get("method", "POST")).upper()
        body = obj["body"]
        try:
            if method != "POST":
                raise BatchInputError(f"method must be POST, not {method!r}")
            op = operation_for_url(str(obj.get("url", "")))
            if not isinstance(body, dict):
                raise BatchInputError("body must be a JSON object")
        except BatchInputError as exc:
            return BatchRequest(key=key, error=BatchInputError(f"line {number}: {exc}"))
        return BatchRequest(body, op, key)
    if operation is None:
        operation = next((op for name, op in _BARE_HINTS if name in obj), None)
        if operation is None:
            error = BatchInputError(
                f"line {number}: a bare body with neither messages, input nor prompt; "
                "say which operation to run (operation= / --operation)"
            )
            return BatchRequest(key=key, error=error)
    return BatchRequest(obj, operation, key)


def read_requests(
    path: str | os.PathLike[str],
    *,
    operation: str | None = None,
    skip: frozenset[str] | set[str] = frozenset(),
    skipped: Callable[[], None] | None = None,
) -> Iterator[BatchRequest]:
    """The requests of a JSONL file, read lazily; items keyed in `skip` are left out."""
    with open(path, "rb") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            item = _parse(line, number, operation)
            if item.key in skip:
                if skipped is not None:
                    skipped()
                continue
            yield item


def outcome_line(outcome: Outcome) -> bytes:
    """One output line in the OpenAI batch output shape (newline included)."""
    key = outcome.key if outcome.key is not None else f"item-{outcome.index}"
    error = outcome.error
    response: dict[str, Any] | None
    if error is None:
        result = outcome.result
        request_id = getattr(result, "id", None)
        response = {"status_code": 200, "request_id": request_id, "body": result}
        err = None
    else:
        if isinstance(error, ResponseError):
            try:
                body: Any = _json.decode(error.body)
            except msgspec.DecodeError:
                body = error.body
            response = {
                "status_code": error.status_code,
                "request_id": error.generation_id,
                "body": body,
            }
        else:
            response = None
        err = {"code": type(error).__name__, "message": str(error)}
    line = {"id": f"batch_req_{key}", "custom_id": key, "response": response, "error": err}
    try:
        return encoder.encode(line) + b"\n"
    except TypeError as exc:  # a result that doesn't encode: still one line for this item
        line["response"] = None
        line["error"] = {"code": "EncodeError", "message": str(exc)}
        return encoder.encode(line) + b"\n"


class ResumeState(msgspec.Struct):
    """What an output file already holds: the ids whose last line succeeded / failed."""

    succeeded: set[str]
    failed: set[str]
    torn: bool = False  # a torn last line was found (and cut off)


def _ok(line: _OutputLine) -> bool:
    return (
        line.error is None and line.response is not None and 200 <= line.response.status_code < 300
    )


def resume_state(path: str | os.PathLike[str], *, retry_failed: bool = False) -> ResumeState:
    """Read an output file to resume from, repairing it in place.

    A torn last line (no newline, or not JSON: a crash mid-write) is cut off. With
    `retry_failed`, the failed lines are removed too, so that each id ends with one line.
    A damaged line anywhere else is a `BatchFileError`.
    """
    status: dict[str, bool] = {}
    state = ResumeState(set(), set())
    if not os.path.exists(path):
        return state
    good_end = 0
    with open(path, "rb") as f:
        offset = 0
        pending_error: str | None = None
        for number, line in enumerate(f, 1):
            if pending_error is not None:  # the damaged line was not the last one
                raise BatchFileError(pending_error)
            offset += len(line)
            if not line.strip():
                good_end = offset
                continue
            try:
                if not line.endswith(b"\n"):
                    raise msgspec.DecodeError("no newline")
                parsed = _line_decoder.decode(line)
            except (msgspec.DecodeError, msgspec.ValidationError) as exc:
                pending_error = (
                    f"{os.fspath(path)} line {number} is damaged ({exc}); fix or remove it"
                )
                continue
            status[parsed.custom_id] = _ok(parsed)
            good_end = offset
        if pending_error is not None:
            state.torn = True
    if state.torn:
        with open(path, "r+b") as f:
            f.truncate(good_end)
    for key, ok in status.items():
        (state.succeeded if ok else state.failed).add(key)
    if retry_failed and state.failed:
        _drop_failed(path)
    return state


def _drop_failed(path: str | os.PathLike[str]) -> None:
    tmp = os.fspath(path) + ".tmp"
    with open(path, "rb") as src, open(tmp, "wb") as dst:
        for line in src:
            if line.strip() and _ok(_line_decoder.decode(line)):
                dst.write(line)
        dst.flush()
        os.fsync(dst.fileno())
    os.replace(tmp, path)


def _count_lines(path: str | os.PathLike[str]) -> int:
    count = 0
    with open(path, "rb") as f:
        count = sum(1 for line in f if line.strip())
    return count


class FileJob:
    """A JSONL batch: `input` requests in, one `output` line per outcome, resumable.

    Outcomes are appended and flushed to the OS as they arrive, so a crash or `kill -9` loses
    only what was in flight (no fsync: a power cut may lose more). Running the same job again
    skips every id with a line already (with `retry_failed`, only the succeeded ones). Items in
    flight when a run is interrupted are sent again on the rerun: at-least-once for those only.
    """

    def __init__(
        self,
        client: OpenRouter,
        input: str | os.PathLike[str],
        output: str | os.PathLike[str],
        *,
        operation: str | None = None,
        retry_failed: bool = False,
        concurrency: int = 64,
        ordered: bool = False,
        window: int | None = None,
        rpm: float | None = None,
        tpm: float | None = None,
        throttle_retries: int | None = None,
        progress: Callable[[Progress], None] | None = None,
        progress_interval: float = 0.5,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self._client = client
        self.input = input
        self.output = output
        self.operation = operation
        self.retry_failed = retry_failed
        self.skipped = 0
        self.torn = False
        self._knobs: dict[str, Any] = {
            "concurrency": concurrency,
            "ordered": ordered,
            "window": window,
            "rpm": rpm,
            "tpm": tpm,
            "throttle_retries": throttle_retries,
            "progress": progress,
            "progress_interval": progress_interval,
            "params": params,
        }
        self.batch: BatchRun | None = None

    @property
    def _portal(self) -> Portal:
        return self._client._portal

    def _count_skip(self) -> None:
        self.skipped += 1

    async def run_async(self) -> BatchRun:
        """Run (or resume) the job; returns the finished `BatchRun` (its counts and tokens)."""
        state = resume_state(self.output, retry_failed=self.retry_failed)
        self.torn = state.torn
        skip = state.succeeded if self.retry_failed else state.succeeded | state.failed
        total = max(0, _count_lines(self.input) - len(skip))
        requests = read_requests(
            self.input, operation=self.operation, skip=skip, skipped=self._count_skip
        )
        batch = self.batch = BatchRun(
            self._client,
            requests,
            operation=self.operation or "chat.send",
            total=total,
            **self._knobs,
        )
        with open(self.output, "ab") as out:  # noqa: ASYNC230 - small appends to a local file
            async with batch:
                while outcomes := await batch.next_batch():
                    out.write(b"".join([outcome_line(o) for o in outcomes]))
                    out.flush()
        return batch

    run = sync(run_async)
