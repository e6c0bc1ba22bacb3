"""Batch jobs on Ray Data: the same client and runner inside Ray actors (the ``ray`` extra).

```python
import ray
from openrouter_lite.ray_data import map_chat, skip_answered

ds = ray.data.read_json("prompts.jsonl")              # rows: {"id": ..., "prompt": ...}
ds = skip_answered(ds, "out/")                        # a rerun skips ids already answered
map_chat(ds, model="openai/gpt-4o-mini", actors=4, concurrency=32).write_parquet("out/")
```

Each actor builds one client on its first batch, on the event loop Ray gives the actor, and
keeps it; the API key is read there from the environment (``OPENROUTER_API_KEY``), never passed
through Ray's object store. A failed row is a row with ``status == "error"`` and the error's
type and message, not an exception that stops the job. Nothing here imports Ray until it is
used, and ``import openrouter_lite`` never imports this module.
"""

from __future__ import annotations

import abc
import asyncio
import importlib
import os
import threading
import time
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from .errors import ChatError, ResponseError

if TYPE_CHECKING:
    from ._client import OpenRouter
    from ._retry import RetryConfig

__all__ = (
    "CHAT_COLUMNS",
    "EMBEDDING_COLUMNS",
    "ChatMapper",
    "EmbeddingsMapper",
    "answered_ids",
    "map_chat",
    "map_embeddings",
    "read_outcomes",
    "skip_answered",
)

# The columns every outcome row gets (besides the input columns, which are kept).
_COMMON = (
    "status",  # "ok" or "error"
    "error_type",  # the exception's class name, e.g. "TooManyRequestsResponseError"
    "error_message",
    "status_code",  # the HTTP status of the last answer; null when none came back
    "prompt_tokens",
    "completion_tokens",
    "total_tokens",
    "cost",
    "attempts",
    "latency_s",
    "generation_id",
)
CHAT_COLUMNS = ("content", "finish_reason", *_COMMON)
EMBEDDING_COLUMNS = ("embedding", *_COMMON)


def _module(name: str) -> Any:
    """Import `name` (Ray, pyarrow) on first use, with an error that says how to get it."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(
            f"openrouter_lite.ray_data needs {name.split('.')[0]}: "
            "pip install 'openrouter_lite[ray]'"
        ) from exc


class _Outcome:
    """What one request came to: its result or its error, how many sends, how long."""

    __slots__ = ("result", "error", "attempts", "latency_s")

    def __init__(
        self, result: Any, error: BaseException | None, attempts: int, latency_s: float
    ) -> None:
        self.result, self.error, self.attempts, self.latency_s = result, error, attempts, latency_s


class _Feed:
    """One batch run per actor, for the actor's whole life, fed by every batch Ray hands it.

    Ray calls a mapper with several batches at once on the actor's loop; funnelling them into
    one `batching.run` makes `concurrency`, `rpm`/`tpm` and the pause after a 429 hold for the
    actor as a whole, and keeps its slots busy across batch boundaries.
    """

    def __init__(self, client: OpenRouter, run_options: Mapping[str, Any]) -> None:
        from . import batching

        self._batching = batching
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._waiting: dict[int, asyncio.Future[_Outcome]] = {}
        self._taken: dict[int, float] = {}
        self._next = 0
        self._run = batching.run(client, self._requests(), ordered=False, **run_options)
        self._task = asyncio.ensure_future(self._collect())

    async def _requests(self) -> Any:
        while True:
            item = await self._queue.get()
            self._taken[item.key] = time.perf_counter()  # the runner starts it now
            yield item

    async def _collect(self) -> None:
        try:
            async for outcome in self._run:
                future = self._waiting.pop(outcome.key)
                latency = time.perf_counter() - self._taken.pop(outcome.key)
                if not future.done():  # Ray may have cancelled the batch that asked
                    attempts = outcome.throttled + 1
                    future.set_result(_Outcome(outcome.result, outcome.error, attempts, latency))
        except BaseException as exc:  # the runner itself broke: fail every row waiting on it
            for future in self._waiting.values():
                if not future.done():
                    future.set_exception(RuntimeError(f"the batch runner stopped: {exc!r}"))
            self._waiting.clear()
            raise

    @property
    def alive(self) -> bool:
        return not self._task.done()

    async def submit(self, items: Sequence[tuple[str, Any]]) -> list[_Outcome]:
        """Run `(operation, params or the row's error)` items; their outcomes, in order."""
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[_Outcome]] = []
        for operation, params in items:
            future: asyncio.Future[_Outcome] = loop.create_future()
            futures.append(future)
            if isinstance(params, Exception):  # a row that is no request: never sent
                future.set_result(_Outcome(None, params, 0, 0.0))
                continue
            key, self._next = self._next, self._next + 1
            self._waiting[key] = future
            self._queue.put_nowait(self._batching.BatchRequest(params, operation, key))
        return list(await asyncio.gather(*futures))

    async def aclose(self) -> None:
        await self._run.aclose()
        self._task.cancel()


class _Mapper(abc.ABC):
    """The part of the callable classes that does not depend on the operation.

    Ray constructs one instance per actor from the constructor arguments (pickled into the
    object store, which is why the API key is not one of them) and calls it once per batch,
    several batches at a time on the actor's own event loop. The client and the batch run
    shared by those concurrent batches are made on the first call, on that loop.
    """

    columns: tuple[str, ...] = ()

    def __init__(
        self,
        *,
        concurrency: int = 32,
        rpm: float | None = None,
        tpm: float | None = None,
        throttle_retries: int | None = None,
        id_column: str = "id",
        server_url: str | None = None,
        api_key_env: str = "OPENROUTER_API_KEY",
        retry_config: RetryConfig | None = None,
        timeout_ms: int | None = None,
        client_options: Mapping[str, Any] | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, not {concurrency}")
        for name, limit in (("rpm", rpm), ("tpm", tpm)):
            if limit is not None and limit <= 0:
                raise ValueError(f"{name} must be > 0, not {limit}")
        if client_options and "api_key" in client_options:
            raise ValueError(
                "client_options must not carry api_key: Ray would store it in its object "
                f"store; set ${api_key_env} in the workers' environment instead"
            )
        self.run_options: dict[str, Any] = {"concurrency": concurrency, "rpm": rpm, "tpm": tpm}
        self.run_options["throttle_retries"] = throttle_retries
        self.concurrency = concurrency
        self.id_column = id_column
        self.server_url = server_url
        self.api_key_env = api_key_env
        self.retry_config = retry_config
        self.timeout_ms = timeout_ms
        self.client_options = dict(client_options or {})
        self._client: OpenRouter | None = None
        self._feed: _Feed | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread = 0

    async def _run(self, items: Sequence[tuple[str, Any]]) -> list[_Outcome]:
        """Run `(operation, params)` items through this actor's batch run; one outcome each.
        A params value that is an exception is that row's outcome, never sent."""
        from ._client import OpenRouter

        if self._client is None:
            self._client = OpenRouter(
                api_key=os.environ.get(self.api_key_env) or None,
                server_url=self.server_url,
                retry_config=self.retry_config,
                timeout_ms=self.timeout_ms,
                max_connections=self.concurrency,
                **self.client_options,
            )
            self._loop = asyncio.get_running_loop()
            self._loop_thread = threading.get_ident()
        if self._feed is None or not self._feed.alive:
            self._feed = _Feed(self._client, self.run_options)
        return await self._feed.submit(items)

    async def __call__(self, batch: Any) -> Any:
        """One Ray Data batch in (pyarrow, pandas or a dict of columns), the same rows out
        with the outcome columns added (replacing input columns of the same names)."""
        pa = _module("pyarrow")
        table = _as_table(pa, batch)
        if self.id_column not in table.column_names:
            raise KeyError(
                f"the batch has no id column {self.id_column!r} (columns: "
                f"{', '.join(table.column_names)}); give every row a stable id"
            )
        columns = await self._outcomes(pa, table)
        table = table.drop_columns([c for c in self.columns if c in table.column_names])
        for name in self.columns:
            table = table.append_column(name, columns[name])
        return table

    @abc.abstractmethod
    async def _outcomes(self, pa: Any, table: Any) -> dict[str, Any]:
        """The outcome columns for the rows of `table` (one entry per row each)."""

    def __del__(self) -> None:
        client, loop = getattr(self, "_client", None), getattr(self, "_loop", None)
        if client is None or loop is None or not loop.is_running():
            return
        if threading.get_ident() == self._loop_thread:
            return  # cannot block the loop on itself; the process exit closes the sockets
        try:
            asyncio.run_coroutine_threadsafe(self._aclose(client), loop).result(timeout=5)
        except Exception:  # the actor is exiting; its process takes the sockets with it
            return

    async def _aclose(self, client: OpenRouter) -> None:
        if self._feed is not None:
            await self._feed.aclose()
        await client.aclose()


def _as_table(pa: Any, batch: Any) -> Any:
    if isinstance(batch, pa.Table):
        return batch
    if hasattr(batch, "to_dict") and hasattr(batch, "columns"):  # pandas
        return pa.Table.from_pandas(batch, preserve_index=False)
    if isinstance(batch, Mapping):
        return pa.table({k: list(v) for k, v in batch.items()})
    raise TypeError(f"unsupported batch type {type(batch).__name__}; use batch_format='pyarrow'")


def _common(pa: Any, outcomes: Sequence[_Outcome], usage: Sequence[Any]) -> dict[str, Any]:
    """The shared outcome columns; `usage[i]` is the usage object of row i (or None)."""
    status, etype, emsg, code, gen = [], [], [], [], []
    for o in outcomes:
        err = o.error
        status.append("ok" if err is None else "error")
        etype.append(None if err is None else type(err).__name__)
        emsg.append(None if err is None else _message(err))
        code.append(
            200
            if err is None
            else err.status_code
            if isinstance(err, ResponseError)
            else getattr(err, "status_code", None)
        )
        gen.append(_generation_id(o))

    def field(name: str) -> list[Any]:
        return [getattr(u, name, None) if u is not None else None for u in usage]

    return {
        "status": pa.array(status, pa.string()),
        "error_type": pa.array(etype, pa.string()),
        "error_message": pa.array(emsg, pa.string()),
        "status_code": pa.array(code, pa.int32()),
        "prompt_tokens": pa.array(field("prompt_tokens"), pa.int64()),
        "completion_tokens": pa.array(field("completion_tokens"), pa.int64()),
        "total_tokens": pa.array(field("total_tokens"), pa.int64()),
        "cost": pa.array(field("cost"), pa.float64()),
        "attempts": pa.array([o.attempts for o in outcomes], pa.int32()),
        "latency_s": pa.array([o.latency_s for o in outcomes], pa.float64()),
        "generation_id": pa.array(gen, pa.string()),
    }


def _message(err: BaseException) -> str:
    if isinstance(err, ChatError):
        return err.data.message or str(err)
    return str(err) or type(err).__name__


def _generation_id(o: _Outcome) -> str | None:
    if o.error is None:
        gid = getattr(o.result, "id", None)
        return gid if isinstance(gid, str) else None
    if isinstance(o.error, ResponseError):
        return o.error.generation_id
    return None


class ChatMapper(_Mapper):
    """A callable class for ``Dataset.map_batches``: one chat completion per row.

    Each row's request is its ``request_column`` (a dict or JSON string of the chat request
    body), else its ``messages_column`` (a list of messages), else its ``prompt_column`` (one
    user message); ``params`` (``model``, ``temperature``, ...) are the defaults every row's
    request starts from. Adds ``CHAT_COLUMNS`` to the rows.
    """

    columns = CHAT_COLUMNS

    def __init__(
        self,
        model: str | None = None,
        *,
        params: Mapping[str, Any] | None = None,
        prompt_column: str = "prompt",
        messages_column: str = "messages",
        request_column: str = "request",
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self.params = dict(params or {})
        if model is not None:
            self.params["model"] = model
        self.prompt_column = prompt_column
        self.messages_column = messages_column
        self.request_column = request_column

    def _requests(self, table: Any) -> list[dict[str, Any] | ValueError]:
        names = table.column_names
        for name, kind in (
            (self.request_column, "request"),
            (self.messages_column, "messages"),
            (self.prompt_column, "prompt"),
        ):
            if name in names:
                values = table.column(name).to_pylist()
                return [self._request(kind, v) for v in values]
        raise KeyError(
            f"the batch has none of the columns {self.request_column!r}, "
            f"{self.messages_column!r}, {self.prompt_column!r} (columns: {', '.join(names)})"
        )

    def _request(self, kind: str, value: Any) -> dict[str, Any] | ValueError:
        if kind == "request":
            if isinstance(value, (str, bytes)):
                try:
                    value = msgspec.json.decode(value)
                except msgspec.DecodeError as exc:
                    return ValueError(f"{self.request_column} is not valid JSON: {exc}")
            if not isinstance(value, dict):
                return ValueError(f"{self.request_column} must be a JSON object")
            body = {**self.params, **value}
        elif kind == "messages":
            if not isinstance(value, list) or not value:
                return ValueError(f"{self.messages_column} must be a non-empty list")
            body = {**self.params, "messages": value}
        else:
            if not isinstance(value, str):
                return ValueError(f"{self.prompt_column} must be a string")
            body = {**self.params, "messages": [{"role": "user", "content": value}]}
        if not body.get("model"):
            return ValueError("no model: pass model= or put one in each request")
        if not isinstance(body.get("messages"), list):
            return ValueError("the request has no messages list")
        if body.get("stream"):
            return ValueError("stream=True is not supported in a batch job")
        return body

    async def _outcomes(self, pa: Any, table: Any) -> dict[str, Any]:
        outcomes = await self._run([("chat.send", r) for r in self._requests(table)])
        content, finish, usage = [], [], []
        for o in outcomes:
            choices = getattr(o.result, "choices", None) if o.error is None else None
            choice = choices[0] if choices else None
            content.append(None if choice is None else choice.message.content)
            finish.append(None if choice is None else choice.finish_reason)
            usage.append(getattr(o.result, "usage", None) if o.error is None else None)
        return {
            "content": pa.array(content, pa.string()),
            "finish_reason": pa.array(finish, pa.string()),
            **_common(pa, outcomes, usage),
        }


class _Share:
    """One row's even share of a packed request's usage (the shares add up exactly)."""

    __slots__ = ("prompt_tokens", "completion_tokens", "total_tokens", "cost")

    def __init__(self, usage: Any, k: int, n: int) -> None:
        def part(total: Any) -> int | None:
            return None if total is None else total * (k + 1) // n - total * k // n

        self.prompt_tokens = part(getattr(usage, "prompt_tokens", None))
        self.completion_tokens = part(getattr(usage, "completion_tokens", None))
        self.total_tokens = part(getattr(usage, "total_tokens", None))
        cost = getattr(usage, "cost", None)
        self.cost = None if cost is None else cost / n


class EmbeddingsMapper(_Mapper):
    """A callable class for ``Dataset.map_batches``: one embedding vector per row.

    The texts of ``text_column`` are packed ``inputs_per_request`` rows to a request; a failed
    request fails each of its rows (as data). A request's usage and cost are split evenly over
    its rows, so their sums are exact. Adds ``EMBEDDING_COLUMNS`` (``embedding``: float32 list).
    """

    columns = EMBEDDING_COLUMNS

    def __init__(
        self,
        model: str,
        *,
        text_column: str = "text",
        inputs_per_request: int = 64,
        params: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        if inputs_per_request < 1:
            raise ValueError(f"inputs_per_request must be >= 1, not {inputs_per_request}")
        self.params = {"encoding_format": "base64", **(params or {}), "model": model}
        self.text_column = text_column
        self.inputs_per_request = inputs_per_request

    async def _outcomes(self, pa: Any, table: Any) -> dict[str, Any]:
        if self.text_column not in table.column_names:
            raise KeyError(
                f"the batch has no text column {self.text_column!r} "
                f"(columns: {', '.join(table.column_names)})"
            )
        texts = table.column(self.text_column).to_pylist()
        rows: list[_Outcome | None] = [None] * len(texts)
        vectors: list[Any] = [None] * len(texts)
        usage: list[Any] = [None] * len(texts)
        good = []
        for i, text in enumerate(texts):
            if isinstance(text, str) and text:
                good.append(i)
            else:
                bad = ValueError(f"{self.text_column} must be a non-empty string")
                rows[i] = _Outcome(None, bad, 0, 0.0)
        step = self.inputs_per_request
        groups = [good[k : k + step] for k in range(0, len(good), step)]
        items = [
            ("embeddings.generate", {**self.params, "input": [texts[i] for i in g]}) for g in groups
        ]
        for group, outcome in zip(groups, await self._run(items), strict=True):
            data: list[Any] = getattr(outcome.result, "data", None) or []
            if outcome.error is None and len(data) != len(group):
                outcome = _Outcome(
                    None,
                    ValueError(f"the response has {len(data)} vectors for {len(group)} inputs"),
                    outcome.attempts,
                    outcome.latency_s,
                )
            for k, i in enumerate(group):
                rows[i] = outcome
                if outcome.error is None:
                    vectors[i] = data[k].embedding
                    usage[i] = _Share(outcome.result.usage, k, len(group))
        done = [o for o in rows if o is not None]
        assert len(done) == len(rows)
        return {
            "embedding": pa.array(vectors, pa.list_(pa.float32())),
            **_common(pa, done, usage),
        }


# -- Dataset helpers -------------------------------------------------------------------------


def _map(
    ds: Any,
    mapper: type[_Mapper],
    kwargs: dict[str, Any],
    actors: int,
    batch_size: int | None,
    num_cpus: float,
    map_kwargs: Mapping[str, Any] | None,
) -> Any:
    if actors < 1:
        raise ValueError(f"actors must be >= 1, not {actors}")
    data = _module("ray.data")
    mapper(**kwargs)  # check the arguments here, not inside every actor
    return ds.map_batches(
        mapper,
        fn_constructor_kwargs=kwargs,
        batch_format="pyarrow",
        batch_size=batch_size or 4 * kwargs.get("concurrency", 32),
        compute=data.ActorPoolStrategy(size=actors),
        num_cpus=num_cpus,
        **(map_kwargs or {}),
    )


def map_chat(
    ds: Any,
    model: str | None = None,
    *,
    actors: int = 2,
    concurrency: int = 32,
    batch_size: int | None = None,
    num_cpus: float = 0.5,
    map_kwargs: Mapping[str, Any] | None = None,
    **mapper_options: Any,
) -> Any:
    """``ds`` with one chat completion per row: ``actors`` actors, each with one client and at
    most ``concurrency`` requests in flight (the two knobs: ``actors * concurrency`` requests
    run at once). ``mapper_options`` go to ``ChatMapper``; ``map_kwargs`` to ``map_batches``."""
    kwargs = {"model": model, "concurrency": concurrency, **mapper_options}
    return _map(ds, ChatMapper, kwargs, actors, batch_size, num_cpus, map_kwargs)


def map_embeddings(
    ds: Any,
    model: str,
    *,
    actors: int = 2,
    concurrency: int = 8,
    batch_size: int | None = None,
    num_cpus: float = 0.5,
    map_kwargs: Mapping[str, Any] | None = None,
    **mapper_options: Any,
) -> Any:
    """``ds`` with one embedding per row (``text`` column by default), packed into requests of
    ``inputs_per_request`` texts; the knobs are those of ``map_chat``."""
    kwargs = {"model": model, "concurrency": concurrency, **mapper_options}
    size = batch_size or 4 * concurrency * kwargs.get("inputs_per_request", 64)
    return _map(ds, EmbeddingsMapper, kwargs, actors, size, num_cpus, map_kwargs)


# -- resuming --------------------------------------------------------------------------------


_OUTPUT_SUFFIXES = (".parquet", ".json", ".jsonl")


def _files(path: str | os.PathLike[str]) -> tuple[Any, list[str]]:
    """The filesystem of `path` (a local path, or a URI such as ``s3://bucket/out/``) and the
    output files under it (none when it does not exist yet)."""
    fs = _module("pyarrow.fs")
    text = os.fspath(path)
    if "://" in text:
        filesystem, root = fs.FileSystem.from_uri(text)
    else:
        filesystem, root = fs.LocalFileSystem(), os.path.abspath(text)
    info = filesystem.get_file_info(root)
    if info.type == fs.FileType.File:
        return filesystem, [root]
    if info.type != fs.FileType.Directory:
        return filesystem, []
    found = filesystem.get_file_info(fs.FileSelector(root, recursive=True))
    names = [f.path for f in found if f.type == fs.FileType.File]
    return filesystem, sorted(n for n in names if n.endswith(_OUTPUT_SUFFIXES))


def _read_file(pa: Any, filesystem: Any, path: str, columns: list[str] | None) -> Any:
    """One output file as a table; a JSONL file's torn last line (a killed writer) is skipped."""
    if path.endswith(".parquet"):
        pq = _module("pyarrow.parquet")
        return pq.read_table(path, columns=columns, filesystem=filesystem)
    rows = []
    with filesystem.open_input_stream(path) as f:
        data = f.read()
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            row = msgspec.json.decode(line)
        except msgspec.DecodeError:
            continue
        if isinstance(row, dict):
            rows.append(row if columns is None else {c: row.get(c) for c in columns})
    return pa.Table.from_pylist(rows)


def _read_or_warn(pa: Any, filesystem: Any, path: str, columns: list[str] | None) -> Any:
    """`_read_file`, or None with a warning for a file that cannot be read (a torn Parquet
    file from a killed writer: its rows are simply not answered yet)."""
    try:
        return _read_file(pa, filesystem, path, columns)
    except (OSError, pa.ArrowInvalid) as exc:
        warnings.warn(f"skipped unreadable output file {path}: {exc}", stacklevel=3)
        return None


def read_outcomes(
    path: str | os.PathLike[str], *, id_column: str = "id", columns: Sequence[str] | None = None
) -> Any:
    """Every output file (Parquet or JSONL) under ``path`` (a directory, or a URI pyarrow
    knows, e.g. ``s3://bucket/out/``) as one pyarrow Table with one row per id: a successful
    row when there is one, else the last failure read. Rows a rerun or an actor restart wrote
    twice are folded here."""
    pa = _module("pyarrow")
    wanted = None if columns is None else list(dict.fromkeys([id_column, "status", *columns]))
    filesystem, files = _files(path)
    tables = [_read_or_warn(pa, filesystem, f, wanted) for f in files]
    tables = [t for t in tables if t is not None]
    if not tables:
        return pa.table({})
    table = pa.concat_tables(tables, promote_options="permissive")
    best: dict[Any, int] = {}
    ok: set[Any] = set()
    ids = table.column(id_column).to_pylist()
    for i, (key, status) in enumerate(zip(ids, table.column("status").to_pylist(), strict=True)):
        if key not in ok:
            best[key] = i
            if status == "ok":
                ok.add(key)
    return table.take(sorted(best.values()))


def answered_ids(
    path: str | os.PathLike[str], *, id_column: str = "id", retry_failed: bool = True
) -> set[Any]:
    """The ids already answered in the output under ``path`` (nothing there: empty). With
    ``retry_failed`` (the default) a row that failed is not answered, so a rerun tries it
    again; without it, every id written is skipped."""
    table = read_outcomes(path, id_column=id_column, columns=[])
    if table.num_rows == 0:
        return set()
    ids = table.column(id_column).to_pylist()
    if not retry_failed:
        return set(ids)
    return {k for k, s in zip(ids, table.column("status").to_pylist(), strict=True) if s == "ok"}


def _drop_ids(batch: Any, *, id_column: str, done: Any) -> Any:
    pc = _module("pyarrow.compute")
    column = batch.column(id_column)
    keep = pc.invert(pc.is_in(column, value_set=done.cast(column.type)))
    return batch.filter(keep)


def skip_answered(
    ds: Any,
    path: str | os.PathLike[str],
    *,
    id_column: str = "id",
    retry_failed: bool = True,
) -> Any:
    """``ds`` without the rows whose id ``answered_ids(path)`` holds: run this before
    ``map_chat`` and write to the same ``path`` to resume a job."""
    pa = _module("pyarrow")
    done = answered_ids(path, id_column=id_column, retry_failed=retry_failed)
    if not done:
        return ds
    return ds.map_batches(
        _drop_ids,
        batch_format="pyarrow",
        fn_kwargs={"id_column": id_column, "done": pa.array(list(done))},
    )
