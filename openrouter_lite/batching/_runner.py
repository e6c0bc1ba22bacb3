"""The batch runner: many requests over one client, bounded, paced, one outcome per input.

A `BatchRun` has `concurrency` worker tasks. Each pulls the next input item (only while it is
within the current adaptive limit and the consumer is at most `concurrency + window` outcomes
behind), waits for the `Pacer`, makes one client call and records the item's `Outcome`. The
consumer reads outcomes in input order (a bounded reorder buffer) or as they complete.
"""

from __future__ import annotations

import asyncio
import keyword
import time
from collections import Counter, deque
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._retry import RETRYABLE_STATUSES, RetryConfig, backoff, retry_after_seconds
from .._sync import Closing, sync
from ..errors import OpenRouterError, ResponseError
from ._pace import Pacer, estimate_tokens

if TYPE_CHECKING:
    from .._client import OpenRouter
    from .._sync import Portal

__all__ = (
    "BatchInputError",
    "BatchRequest",
    "BatchRun",
    "Outcome",
    "Progress",
    "THROTTLE_STATUSES",
    "run",
)

THROTTLE_STATUSES = frozenset({429, 503})  # answers that mean "not done, slow down"
DEFAULT_THROTTLE_RETRIES = 8


class BatchInputError(OpenRouterError, ValueError):
    """An input item that cannot be sent (bad JSON line, unknown operation, `stream=True`...)."""


@dataclass(frozen=True)
class BatchRequest:
    """One item of a batch: an operation's keyword arguments, and how to tag its outcome.

    `operation` is a method path such as `"chat.send"`, `"embeddings.generate"` or
    `"beta.responses.send"` (None: the run's default). `tokens` is the item's cost for a tpm
    limit (None: estimated). `error`, when set, marks an item already known to be bad (e.g. a
    malformed JSONL line): it is reported as its outcome and never sent.
    """

    params: Mapping[str, Any] = field(default_factory=dict)
    operation: str | None = None
    key: Any = None
    tokens: int | None = None
    error: Exception | None = None


@dataclass
class Outcome:
    """What became of one input: `result`, or the typed `error` it ended with.

    `index` is the item's position in the input (from 0), `key` its `BatchRequest.key` (None
    for plain dicts), `throttled` how often the runner re-sent it after a 429/503.
    """

    index: int
    key: Any
    operation: str
    result: Any = None
    error: Exception | None = None
    throttled: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def attempts(self) -> int:
        """How often the runner sent the item: 1 + its re-sends after a 429/503 (the client's
        own retries of a 5xx or a connect failure inside one send are not counted; an item
        that could not be sent at all, such as a malformed line, counts 0)."""
        if self.result is None and isinstance(self.error, BatchInputError):
            return 0
        return 1 + self.throttled

    def unwrap(self) -> Any:
        """The result, or raise the error."""
        if self.error is not None:
            raise self.error
        return self.result


@dataclass(frozen=True)
class Progress:
    """A snapshot of a running job, handed to the `progress` callback."""

    succeeded: int
    failed: int
    in_flight: int
    total: int | None  # None when the input's length is unknown
    elapsed: float  # seconds since the first item started
    rate: float  # outcomes per second so far
    eta: float | None  # seconds left at the current rate (None: unknown)
    prompt_tokens: int
    completion_tokens: int
    cost: float
    concurrency: int  # the current (adaptive) limit
    paused: float  # seconds of job-wide pause still to go
    pauses: int  # push-backs (429/503) that paused the job
    errors: Mapping[str, int]  # failed outcomes by error type

    @property
    def done(self) -> int:
        return self.succeeded + self.failed


def _check_operation(name: str) -> None:
    parts = name.split(".")
    if not all(
        p.isidentifier() and not p.startswith("_") and not keyword.iskeyword(p) for p in parts
    ):
        raise BatchInputError(f"not an operation name: {name!r} (expected e.g. 'chat.send')")


def _without_throttle(policy: RetryConfig) -> RetryConfig:
    """The client's policy minus 429/503, which the runner handles itself (job-wide pause)."""
    if not policy.enabled:
        return policy
    from .._retry import _status_matches

    codes = policy.status_codes_override
    statuses = (
        {s for s in range(400, 600) if any(_status_matches(p, s) for p in codes)}
        if codes
        else set(RETRYABLE_STATUSES)
    )
    keep = [str(s) for s in sorted(statuses - THROTTLE_STATUSES)] or ["0"]  # "0" matches none
    return RetryConfig(
        policy.strategy,
        policy.backoff,
        policy.retry_connection_errors,
        keep,
        max_attempts=policy.max_attempts,
        retry_read_timeouts=policy.retry_read_timeouts,
        max_retry_after_ms=policy.max_retry_after_ms,
    )


Source = (
    Iterable[BatchRequest | Mapping[str, Any]] | AsyncIterable[BatchRequest | Mapping[str, Any]]
)


_END = object()  # the input is over
_AGAIN = object()  # look at the limits again before pulling
_Job = tuple[int, Any, str, Callable[..., Awaitable[Any]], dict[str, Any], int]


class BatchRun(Closing):
    """A running (or not yet started) batch: iterate it with `async for` or `for`.

    Starts on first iteration, on the running loop (`async for`) or the client's portal
    (`for`). Leaving `async with` / `with`, or `aclose()` / `close()`, cancels what is in
    flight; breaking out of a plain `for` does too.
    """

    def __init__(
        self,
        client: OpenRouter,
        requests: Source,
        *,
        operation: str = "chat.send",
        params: Mapping[str, Any] | None = None,
        concurrency: int = 64,
        ordered: bool = True,
        window: int | None = None,
        rpm: float | None = None,
        tpm: float | None = None,
        throttle_retries: int | None = None,
        progress: Callable[[Progress], None] | None = None,
        progress_interval: float = 0.5,
        total: int | None = None,
    ) -> None:
        _check_operation(operation)
        if window is not None and window < 0:
            raise ValueError(f"window must be >= 0, not {window}")
        self._client = client
        self._source = requests
        self._operation = operation
        self._params = dict(params or {})
        self._pacer = Pacer(concurrency, rpm, tpm)
        self._tpm = bool(tpm)
        self._ordered = ordered
        self._ahead = concurrency + (4 * concurrency if window is None else window)
        policy: RetryConfig = client._transport.retry
        self._policy = _without_throttle(policy)
        self._backoff_policy = policy
        self._throttle_retries = (
            throttle_retries
            if throttle_retries is not None
            else (DEFAULT_THROTTLE_RETRIES if policy.enabled else 0)
        )
        self._progress = progress
        self._progress_interval = progress_interval
        self.total = total if total is not None else _length(requests)
        self._methods: dict[str, Callable[..., Awaitable[Any]]] = {}
        # state
        self._workers: list[asyncio.Task[None]] = []
        self._parked: deque[asyncio.Future[None]] = deque()
        self._iterator: Any = None
        self._async_source = isinstance(requests, AsyncIterable)
        self._pull_lock = asyncio.Lock()
        self._started = False
        self._ready: deque[Outcome] = deque()
        self._buffer: dict[int, Outcome] = {}
        self._next_out = 0
        self._pulled = 0
        self._emitted = 0
        self._in_flight = 0
        self._exhausted = False
        self._finished = False
        self._input_error: BaseException | None = None
        self._outcome_ready = asyncio.Event()
        # statistics
        self.succeeded = 0
        self.failed = 0
        self.errors: Counter[str] = Counter()
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.cost = 0.0
        self.started_at: float | None = None
        self.finished_at: float | None = None
        self._last_progress = 0.0

    @property
    def _portal(self) -> Portal:
        return self._client._portal

    # -- statistics ---------------------------------------------------------------------------
    @property
    def in_flight(self) -> int:
        return self._in_flight

    @property
    def pauses(self) -> int:
        return self._pacer.pauses

    @property
    def paused_seconds(self) -> float:
        return self._pacer.paused_seconds

    @property
    def elapsed(self) -> float:
        if self.started_at is None:
            return 0.0
        return (self.finished_at or time.monotonic()) - self.started_at

    def progress(self) -> Progress:
        """The job's state now."""
        elapsed = self.elapsed
        done = self.succeeded + self.failed
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - done) / rate if self.total is not None and rate > 0 else None
        return Progress(
            succeeded=self.succeeded,
            failed=self.failed,
            in_flight=self._in_flight,
            total=self.total,
            elapsed=elapsed,
            rate=rate,
            eta=eta,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cost=self.cost,
            concurrency=self._pacer.slots,
            paused=self._pacer.paused_for(),
            pauses=self._pacer.pauses,
            errors=dict(self.errors),
        )

    # -- dispatch -----------------------------------------------------------------------------
    def _method(self, name: str) -> Callable[..., Awaitable[Any]]:
        fn = self._methods.get(name)
        if fn is None:
            _check_operation(name)
            parent: Any = self._client
            *path, last = name.split(".")
            try:
                for part in path:
                    parent = getattr(parent, part)
                fn = getattr(parent, last + "_async")
            except AttributeError:
                raise BatchInputError(f"unknown operation {name!r}") from None
            if not callable(fn):
                raise BatchInputError(f"unknown operation {name!r}")
            self._methods[name] = fn
        return fn

    def _park(self) -> asyncio.Future[None]:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._parked.append(waiter)
        return waiter

    def _wake_one(self) -> None:
        parked = self._parked
        while parked:
            waiter = parked.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def _stop_input(self) -> None:
        self._exhausted = True
        for waiter in self._parked:
            if not waiter.done():
                waiter.set_result(None)
        self._parked.clear()
        self._outcome_ready.set()

    async def _pull(self) -> Any:
        """The next input item; `_END` when there is none; `_AGAIN` when the worker must
        look at its limits again first (another worker pulled while this one waited)."""
        if not self._async_source:
            try:
                return next(self._iterator)
            except StopIteration:
                self._stop_input()
            except Exception as exc:  # the input itself failed: raised after what came before
                self._input_error = exc
                self._stop_input()
            return _END
        async with self._pull_lock:  # an async generator can't be advanced twice at once
            if self._exhausted:
                return _END
            if self._pulled - self._emitted >= self._ahead:
                return _AGAIN
            try:
                return await anext(self._iterator)
            except StopAsyncIteration:
                self._stop_input()
            except Exception as exc:
                self._input_error = exc
                self._stop_input()
            return _END

    async def _worker(self, slot: int) -> None:
        """One of `concurrency` workers: pull an item, send it, record its outcome, repeat.
        Workers beyond the current (adaptive) limit, or when the consumer is `window` behind,
        wait parked; nothing is pulled before a worker can send it."""
        pacer = self._pacer
        while True:
            while slot >= pacer.slots or self._pulled - self._emitted >= self._ahead:
                if self._exhausted:
                    return
                await self._park()
            if self._exhausted:
                return
            item = await self._pull()
            if item is _END:
                return
            if item is _AGAIN:
                continue
            job = self._prepare(item)
            if job is None:
                continue
            index, key, operation, fn, kwargs, tokens = job
            if pacer.take(tokens):
                await pacer.ready(tokens)
            await self._item(index, key, operation, fn, kwargs, tokens)

    def _prepare(self, item: BatchRequest | Mapping[str, Any]) -> _Job | None:
        """Number the item and build its call; None when it is already an outcome (bad)."""
        index = self._pulled
        self._pulled += 1
        self._in_flight += 1
        if isinstance(item, BatchRequest):
            params, operation, key, tokens = item.params, item.operation, item.key, item.tokens
            if item.error is not None:
                self._complete(Outcome(index, key, operation or self._operation, error=item.error))
                return None
        else:
            params, operation, key, tokens = item, None, None, None
        operation = operation or self._operation
        try:
            fn = self._method(operation)
            if not isinstance(params, Mapping):
                raise BatchInputError(
                    f"item {index}: expected a mapping of keyword arguments, "
                    f"got {type(params).__name__}"
                )
            if params.get("stream"):
                raise BatchInputError(f"item {index}: stream=True is not supported in a batch")
        except BatchInputError as exc:
            self._complete(Outcome(index, key, operation, error=exc))
            return None
        kwargs = {**self._params, **params} if self._params else dict(params)
        kwargs.setdefault("retries", self._policy)
        if tokens is None:
            tokens = estimate_tokens(kwargs) if self._tpm else 0
        return index, key, operation, fn, kwargs, tokens

    async def _item(
        self,
        index: int,
        key: Any,
        operation: str,
        fn: Callable[..., Awaitable[Any]],
        kwargs: dict[str, Any],
        tokens: int,
    ) -> None:
        """One client call (the client's retry policy applies inside it); after a 429/503 the
        whole job pauses and the item is sent again, up to `throttle_retries` times."""
        pacer = self._pacer
        throttled = 0
        while True:
            try:
                result = await fn(**kwargs)
            except ResponseError as exc:
                if exc.status_code not in THROTTLE_STATUSES:
                    self._complete(Outcome(index, key, operation, error=exc, throttled=throttled))
                    return
                hint = retry_after_seconds(exc.headers)
                wait = backoff(self._backoff_policy, throttled + 1, hint)
                pacer.pushed_back(wait)
                self._report_from_worker()  # a pause (and the cut concurrency) shows at once
                if throttled >= self._throttle_retries:
                    self._complete(Outcome(index, key, operation, error=exc, throttled=throttled))
                    return
                throttled += 1
                await pacer.ready(tokens)
                continue
            except Exception as exc:  # every failure is this item's outcome, never the job's
                self._complete(Outcome(index, key, operation, error=exc, throttled=throttled))
                return
            self._account(result, tokens)
            pacer.succeeded()
            self._complete(Outcome(index, key, operation, result=result, throttled=throttled))
            return

    def _account(self, result: Any, estimated: int) -> None:
        usage = getattr(result, "usage", None)
        if usage is None:
            return
        prompt = getattr(usage, "prompt_tokens", None) or 0
        completion = getattr(usage, "completion_tokens", None) or 0
        self.prompt_tokens += prompt
        self.completion_tokens += completion
        self.cost += getattr(usage, "cost", None) or 0.0
        if self._tpm:
            total = getattr(usage, "total_tokens", None) or prompt + completion
            self._pacer.used_tokens(estimated, total)

    def _complete(self, outcome: Outcome) -> None:
        self._in_flight -= 1
        if outcome.error is None:
            self.succeeded += 1
        else:
            self.failed += 1
            self.errors[type(outcome.error).__name__] += 1
        if self._ordered:
            buffer = self._buffer
            buffer[outcome.index] = outcome
            while self._next_out in buffer:
                self._ready.append(buffer.pop(self._next_out))
                self._next_out += 1
        else:
            self._ready.append(outcome)
        if self._ready:
            self._outcome_ready.set()

    # -- consuming ----------------------------------------------------------------------------
    def _begin(self) -> None:
        self._started = True
        if self._finished:
            return
        source = self._source
        self._iterator = aiter(source) if self._async_source else iter(source)  # type: ignore[arg-type]
        self.started_at = time.monotonic()
        loop = asyncio.get_running_loop()
        self._workers = [loop.create_task(self._worker(i)) for i in range(self._pacer.max_limit)]

    def _report(self, final: bool = False) -> None:
        if self._progress is None:
            return
        now = time.monotonic()
        if final or now - self._last_progress >= self._progress_interval:
            self._last_progress = now
            self._progress(self.progress())

    def _report_from_worker(self) -> None:
        """`_report` from a worker: a failing callback must not kill the worker (its item
        would never get an outcome); the error is raised to the consumer instead."""
        try:
            self._report(final=True)
        except Exception as exc:
            if self._input_error is None:
                self._input_error = exc
            self._stop_input()

    def _end(self) -> None:
        self._finished = True
        if self.finished_at is None:
            self.finished_at = time.monotonic()
        self._report(final=True)
        error, self._input_error = self._input_error, None
        if error is not None:
            raise error

    def __aiter__(self) -> BatchRun:
        return self

    async def __anext__(self) -> Outcome:
        if not self._started:
            self._begin()
        ready = self._ready
        while not ready:
            if self._finished:
                raise StopAsyncIteration
            if self._exhausted and self._in_flight == 0:
                self._end()
                raise StopAsyncIteration
            self._outcome_ready.clear()
            await self._outcome_ready.wait()
        self._emitted += 1
        if self._parked:
            self._wake_one()
        self._report()
        return ready.popleft()

    async def next_batch(self) -> list[Outcome]:
        """Every outcome ready now (waiting for at least one); [] when the run is over."""
        try:
            first = await self.__anext__()
        except StopAsyncIteration:
            return []
        batch = [first, *self._ready]
        self._emitted += len(self._ready)
        self._ready.clear()
        for _ in range(min(len(batch), len(self._parked))):
            self._wake_one()
        return batch

    def __iter__(self) -> Iterator[Outcome]:
        call = self._portal.call
        try:
            while batch := call(self.next_batch):
                yield from batch
        finally:
            if not self._finished:
                call(self.aclose)

    async def collect_async(self) -> list[Outcome]:
        """Run to the end; every outcome (in input order when `ordered`)."""
        out: list[Outcome] = []
        async with self:
            while batch := await self.next_batch():
                out.extend(batch)
        return out

    collect = sync(collect_async)

    # -- closing ------------------------------------------------------------------------------
    async def aclose(self) -> None:
        """Stop: cancel the input and everything in flight (their outcomes are not reported)."""
        self._finished = True
        if self.finished_at is None and self.started_at is not None:
            self.finished_at = time.monotonic()
        pending = [t for t in self._workers if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)

    def close(self) -> None:
        if self._portal.running:
            self._portal.call(self.aclose)


def _length(requests: Any) -> int | None:
    try:
        return len(requests)
    except TypeError:
        return None


def run(
    client: OpenRouter,
    requests: Source,
    *,
    operation: str = "chat.send",
    concurrency: int = 64,
    ordered: bool = True,
    window: int | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    throttle_retries: int | None = None,
    progress: Callable[[Progress], None] | None = None,
    progress_interval: float = 0.5,
    total: int | None = None,
    **params: Any,
) -> BatchRun:
    """Run `requests` over `client`, at most `concurrency` at a time; iterate the result.

    Each item is a mapping of keyword arguments for `operation` (e.g. `chat.send`) or a
    `BatchRequest`; `params` are merged under every item (e.g. `model=`). Outcomes come in
    input order (`ordered=True`; at most `window` finished outcomes wait for a slow earlier one,
    default 4 x concurrency) or as they complete. `rpm` / `tpm` cap requests / tokens per
    minute. A 429 or 503 pauses the whole job for its `Retry-After` (or a backoff) and halves
    the concurrency, which then grows back by one per `concurrency` successes.
    """
    return BatchRun(
        client,
        requests,
        operation=operation,
        params=params,
        concurrency=concurrency,
        ordered=ordered,
        window=window,
        rpm=rpm,
        tpm=tpm,
        throttle_retries=throttle_retries,
        progress=progress,
        progress_interval=progress_interval,
        total=total,
    )
