"""The command line: `openrouter-lite` (or `python -m openrouter_lite`).

Each subcommand is one `_add_<name>(sub, api)` function that builds its parser and sets `run=`
to a function `(args) -> exit status`; `COMMANDS` lists them. `api` is the parent parser holding
the options every API-calling subcommand shares (key, server URL, --mock, --json, ...). A new
subcommand: `sub.add_parser(name, parents=[api], help=...)`, its `run` opens the client with
`with _client(args) as client:` and raises `UsageError` or lets the library's errors out;
`main()` turns those into one line on stderr (JSON with --json) and the exit status.

Exit status: 0 success, 1 an error from the API or the network, 2 a usage error (including no
API key), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TextIO

import msgspec

from . import errors
from ._client import DEFAULT_SERVER_URL, OpenRouter
from ._retry import RetryConfig
from ._version import __version__
from .accumulate import accumulate
from .types.chat import ChatResponse, ChatUsage

__all__ = ("COMMANDS", "main")

DEFAULT_CHAT_MODEL = "openai/gpt-4o-mini"
DEFAULT_EMBED_MODEL = "openai/text-embedding-3-small"
EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 1, 2, 130
KEY_HELP = (
    "set OPENROUTER_API_KEY or pass --api-key (keys: https://openrouter.ai/settings/keys); "
    "--mock uses the embedded test server instead"
)
_DIM, _RESET = "\x1b[2m", "\x1b[0m"


class UsageError(Exception):
    """A mistake on the command line that argparse cannot see (exit status 2)."""


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _print_json(obj: Any, file: TextIO | None = None) -> None:
    print(msgspec.json.encode(obj).decode(), file=file or sys.stdout, flush=True)


# -- output of a chat ------------------------------------------------------------------------


class ChatOutput:
    """Writes the answer to stdout and the reasoning distinctly from it.

    Reasoning goes to stdout when stdout is a terminal, else to stderr (so piped stdout holds
    the answer only); it is dimmed when its stream is a terminal and `NO_COLOR` is unset.
    Remembers which streams have an unfinished line, so an error can start on a line of its own.
    """

    def __init__(self, show_reasoning: bool) -> None:
        self.reasoning_to: TextIO | None = None
        if show_reasoning:
            self.reasoning_to = sys.stdout if sys.stdout.isatty() else sys.stderr
        self.dim = (
            self.reasoning_to is not None
            and self.reasoning_to.isatty()
            and not os.environ.get("NO_COLOR")
        )
        self.in_reasoning = False
        self.open_lines: set[int] = set()  # ids of the streams with text after their last newline

    def _write(self, stream: TextIO, text: str) -> None:
        # the state first: a Ctrl-C during the write still finds the line open
        if text.endswith("\n"):
            self.open_lines.discard(id(stream))
        elif text:
            self.open_lines.add(id(stream))
        stream.write(text)
        stream.flush()

    def reasoning(self, text: str | None) -> None:
        if not text or self.reasoning_to is None:
            return
        if not self.in_reasoning:
            self.in_reasoning = True
            if self.dim:
                self.reasoning_to.write(_DIM)
        self._write(self.reasoning_to, text)

    def content(self, text: str | None) -> None:
        if text:
            self._end_reasoning()
            self._write(sys.stdout, text)

    def _end_reasoning(self) -> None:
        if self.in_reasoning and self.reasoning_to is not None:
            self.in_reasoning = False
            if self.dim:
                self.reasoning_to.write(_RESET)
            self._write(self.reasoning_to, "\n")

    def finish(self) -> None:
        """End the reasoning and every unfinished line (before an error, or at the end)."""
        self._end_reasoning()
        for stream in (sys.stdout, sys.stderr):
            if id(stream) in self.open_lines:
                self._write(stream, "\n")


def _usage_line(usage: ChatUsage | None) -> None:
    if usage is not None:
        _say(
            f"[{usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens, "
            f"cost {usage.cost}]"
        )


# -- the client ------------------------------------------------------------------------------


@contextlib.contextmanager
def _client(args: argparse.Namespace, *, need_key: bool = True) -> Iterator[OpenRouter]:
    """A client for `--server-url` (default the real API), or for the embedded server (--mock)."""
    retry = RetryConfig("none") if args.retries == 0 else RetryConfig(max_attempts=args.retries + 1)
    options: dict[str, Any] = {"x_open_router_title": "openrouter_lite CLI", "retry_config": retry}
    if args.mock:
        if args.server_url:
            raise UsageError("--mock and --server-url exclude each other")
        from .testing import mock_server

        with mock_server() as server:
            if not args.quiet:
                _say(f"[--mock: the embedded OpenRouter-compatible server at {server.url}]")
            with OpenRouter(args.api_key or "mock-key", server_url=server.url, **options) as c:
                yield c
        return
    key = args.api_key or os.environ.get("OPENROUTER_API_KEY") or None
    if need_key and key is None:
        raise UsageError(f"no API key: {KEY_HELP}")
    url = args.server_url or os.environ.get("OPENROUTER_SERVER_URL") or DEFAULT_SERVER_URL
    if args.proxy and args.no_proxy:
        raise UsageError("--proxy and --no-proxy exclude each other")
    options["allow_insecure_http"] = args.allow_insecure_http
    options["proxy"], options["trust_env"] = args.proxy, not args.no_proxy
    try:
        client = OpenRouter(key, server_url=url, **options)
    except errors.InsecureTransportError as exc:
        raise UsageError(f"{exc} (--allow-insecure-http)") from None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with client:
        yield client


# -- subcommands -----------------------------------------------------------------------------


def _read_stdin(what: str) -> str:
    if sys.stdin.isatty():
        _say(f"(reading {what} from stdin; end it with Ctrl-D)")
    return sys.stdin.read()


def _chat_request(args: argparse.Namespace) -> dict[str, Any]:
    words = args.prompt
    prompt = _read_stdin("the prompt") if words in ([], ["-"]) else " ".join(words)
    if not prompt.strip():
        raise UsageError("the prompt is empty")
    messages = [{"role": "user", "content": prompt}]
    if args.system:
        messages.insert(0, {"role": "system", "content": args.system})
    request: dict[str, Any] = {"model": args.model, "messages": messages}
    if args.temperature is not None:
        request["temperature"] = args.temperature
    if args.max_tokens is not None:
        request["max_completion_tokens"] = args.max_tokens
    if args.reasoning is not None:
        request["reasoning"] = {"effort": args.reasoning}
    return request


def _run_chat(args: argparse.Namespace) -> int:
    request = _chat_request(args)
    out = ChatOutput(show_reasoning=not args.hide_reasoning)
    args.output = out  # main() finishes its open lines before printing an error
    with _client(args) as client:
        if args.no_stream:
            result = client.chat.send(**request)
        else:
            result = None
            with client.chat.send(**request, stream=True) as chunks:
                for chunk in chunks:
                    result = accumulate(result, chunk)
                    if args.jsonl:
                        _print_json(chunk)
                    elif not args.json:
                        for choice in chunk.choices[:1]:
                            out.reasoning(choice.delta.reasoning)
                            out.content(choice.delta.content)
    if args.jsonl:
        return 0
    if args.json:
        _print_json(result)
        return 0
    if args.no_stream and isinstance(result, ChatResponse):
        for answer in result.choices[:1]:
            out.reasoning(answer.message.reasoning)
            content = answer.message.content
            out.content(content if isinstance(content, str) else None)
    out.finish()
    if not args.quiet and result is not None:
        _usage_line(result.usage)
    return 0


def _add_chat(sub: Any, api: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "chat",
        parents=[api],
        help="send a prompt to a model and print the answer",
        description="Send a prompt and stream the answer to stdout. The reasoning of a thinking "
        "model comes first, dimmed on a terminal (unless NO_COLOR is set); when stdout is not a "
        "terminal it goes to stderr, so a pipe gets the answer only. A usage line goes to stderr "
        "unless --quiet.",
    )
    p.add_argument(
        "prompt",
        nargs="*",
        help="the prompt (several words are joined by spaces); read from stdin when omitted or -",
    )
    p.add_argument(
        "-m", "--model", default=DEFAULT_CHAT_MODEL, help="model id (default: %(default)s)"
    )
    p.add_argument("-s", "--system", metavar="TEXT", help="a system prompt (default: none)")
    p.add_argument(
        "-t",
        "--temperature",
        type=float,
        metavar="T",
        help="sampling temperature, e.g. 0.7 (default: the model's)",
    )
    p.add_argument(
        "--max-tokens",
        type=_positive_int,
        metavar="N",
        help="the most tokens to generate, sent as max_completion_tokens (default: the model's "
        "limit)",
    )
    p.add_argument(
        "--reasoning",
        choices=("none", "minimal", "low", "medium", "high", "xhigh", "max"),
        metavar="EFFORT",
        help="reasoning effort for a thinking model: none, minimal, low, medium, high, xhigh or "
        "max (default: the model's)",
    )
    p.add_argument(
        "--no-stream", action="store_true", help="one non-streamed request (default: stream)"
    )
    p.add_argument(
        "--hide-reasoning", action="store_true", help="do not print the reasoning (default: shown)"
    )
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="print each streamed chunk as one JSON object per line (default: off)",
    )
    p.set_defaults(run=_run_chat)


def _run_embed(args: argparse.Namespace) -> int:
    texts = args.texts
    if texts in ([], ["-"]):
        texts = [line for line in _read_stdin("texts, one per line").splitlines() if line.strip()]
    if not texts:
        raise UsageError("nothing to embed")
    request: dict[str, Any] = {"input": texts, "model": args.model}
    if args.dimensions is not None:
        request["dimensions"] = args.dimensions
    with _client(args) as client:
        result = client.embeddings.generate(**request)
    if args.json:
        _print_json(result)
        return 0
    for text, item in zip(texts, result.data, strict=True):
        vector = item.embedding
        assert isinstance(vector, list)  # floats: the CLI never asks for base64
        preview = ", ".join(f"{v:.4f}" for v in vector[:4])
        print(f"{text!r}: {len(vector)} dimensions [{preview}, ...]")
    return 0


def _add_embed(sub: Any, api: argparse.ArgumentParser) -> None:
    p = sub.add_parser("embed", parents=[api], help="embed texts and print a preview per text")
    p.add_argument(
        "texts", nargs="*", help="texts to embed; one per line from stdin when omitted or -"
    )
    p.add_argument(
        "-m", "--model", default=DEFAULT_EMBED_MODEL, help="model id (default: %(default)s)"
    )
    p.add_argument(
        "--dimensions", type=_positive_int, metavar="N", help="vector size (default: the model's)"
    )
    p.set_defaults(run=_run_embed)


def _run_models(args: argparse.Namespace) -> int:
    with _client(args, need_key=False) as client:  # the API lists models without a key
        page = client.embeddings.list_models() if args.embeddings else client.models.list()
    if args.json:
        _print_json(page)
        return 0
    for model in page.data:
        print(f"{model.id}\t{model.context_length}\t{model.name}")
    return 0


def _add_models(sub: Any, api: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "models",
        parents=[api],
        help="list models (id, context length, name); needs no key",
    )
    p.add_argument(
        "--embeddings", action="store_true", help="list embedding models (default: chat models)"
    )
    p.set_defaults(run=_run_models)


def _run_demo(args: argparse.Namespace) -> int:
    """The Quick start job: a streamed chat and an embeddings call against the embedded server."""
    from .testing import mock_server

    with mock_server(chunks=12, chunk_delay=0.02) as server:
        _say(f"[embedded OpenRouter-compatible server at {server.url}; no key, no network]")
        with OpenRouter(api_key="demo-key", server_url=server.url) as client:
            started = time.perf_counter()
            print("streamed chat: ", end="")
            messages = [{"role": "user", "content": "Stream a few words back to me please"}]
            out, usage = ChatOutput(show_reasoning=True), None
            with client.chat.send(model=DEFAULT_CHAT_MODEL, messages=messages, stream=True) as s:
                for chunk in s:
                    for choice in chunk.choices[:1]:
                        out.content(choice.delta.content)
                    usage = chunk.usage or usage
            print()
            _usage_line(usage)
            _say(f"[chat streamed in {time.perf_counter() - started:.3f}s]")
            texts = ["The quick brown fox", "jumps over the lazy dog"]
            result = client.embeddings.generate(input=texts, model=DEFAULT_EMBED_MODEL)
            for text, item in zip(texts, result.data, strict=True):
                vector = item.embedding
                assert isinstance(vector, list)
                preview = ", ".join(f"{v:.4f}" for v in vector[:4])
                print(f"{text!r}: {len(vector)} dimensions [{preview}, ...]")
    print("demo finished: streaming chat and embeddings both worked")
    return 0


def _add_demo(sub: Any, api: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo", help="streamed chat + embeddings against the embedded server (no key, no network)"
    )
    p.set_defaults(run=_run_demo)


def _run_serve_mock(args: argparse.Namespace) -> int:
    from .testing import Fault, serve

    kind, after, path = args.fail_kind, args.fail_after, args.fail_path
    if kind == "status":
        fault = Fault.status(args.fail_status, path=path)
    elif kind == "mid-stream":
        fault = Fault.mid_stream_error(after, code=args.fail_status, path=path)
    elif kind == "drop":
        fault = Fault.drop_connection(after, path=path)
    else:
        fault = Fault.truncate(after, path=path)
    models = {m.strip() for m in args.models.split(",") if m.strip()} if args.models else None
    serve(
        args.host,
        args.port,
        chunks=args.chunks,
        chunk_delay=args.chunk_delay_ms / 1000,
        latency=args.latency_ms / 1000,
        api_key=args.api_key,
        known_models=models,
        models=args.model_count,
        fault_rate=args.fail_rate,
        random_fault=fault,
        seed=args.seed,
    )
    return 0


def _add_serve_mock(sub: Any, api: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "serve-mock",
        help="run the embedded OpenRouter-compatible server until Ctrl-C",
        description="Serve the embedded OpenRouter-compatible server (deterministic answers, "
        "see openrouter_lite.testing) on HOST:PORT and print its base URL on stdout. GET "
        "/models, /embeddings/models and /models/count need no key, as on the real API.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    p.add_argument(
        "--port", type=int, default=8080, help="port, 0 for a free one (default: %(default)s)"
    )
    p.add_argument(
        "--api-key", metavar="KEY", help="accept only this bearer key (default: any non-empty key)"
    )
    p.add_argument(
        "--chunks", type=_count, default=20, help="tokens per answer (default: %(default)s)"
    )
    p.add_argument(
        "--chunk-delay-ms",
        type=_non_negative_float,
        default=0.0,
        metavar="MS",
        help="pause between streamed chunks (default: %(default)s)",
    )
    p.add_argument(
        "--latency-ms",
        type=_non_negative_float,
        default=0.0,
        metavar="MS",
        help="pause before every answer (default: %(default)s)",
    )
    p.add_argument(
        "--models",
        metavar="ID,ID",
        help="the model ids to list and accept; others get a 400 (default: any model is "
        "accepted, mock/model-N are listed)",
    )
    p.add_argument(
        "--model-count",
        type=_count,
        default=5,
        metavar="N",
        help="how many mock/model-N to list without --models (default: %(default)s)",
    )
    p.add_argument(
        "--fail-rate",
        type=_fraction,
        default=0.0,
        metavar="P",
        help="fraction of requests, 0 to 1, that get the fault below (default: %(default)s)",
    )
    p.add_argument(
        "--fail-kind",
        choices=("status", "mid-stream", "drop", "truncate"),
        default="status",
        help="the fault: an HTTP error status, an error event inside a 200 stream, a dropped "
        "connection or a stream cut short (default: %(default)s)",
    )
    p.add_argument(
        "--fail-status",
        type=_error_status,
        default=503,
        metavar="CODE",
        help="the error code of status and mid-stream faults (default: %(default)s)",
    )
    p.add_argument(
        "--fail-after",
        type=_count,
        default=0,
        metavar="N",
        help="chunks sent before a mid-stream, drop or truncate fault (default: %(default)s)",
    )
    p.add_argument(
        "--fail-path",
        metavar="PATH",
        help="only requests to this path, e.g. /chat/completions (default: every path)",
    )
    p.add_argument(
        "--seed", type=int, help="seed of the fault draws, for repeatable runs (default: random)"
    )
    p.set_defaults(run=_run_serve_mock)


def _add_batch(sub: Any, api: argparse.ArgumentParser) -> None:
    # Its parser has its own --server-url/--mock/--quiet, so it does not take `api` as a parent.
    from .batching._cli import add_batch_parser, run_batch_command

    add_batch_parser(sub).set_defaults(run=run_batch_command)


COMMANDS: tuple[Callable[[Any, argparse.ArgumentParser], None], ...] = (
    _add_chat,
    _add_embed,
    _add_models,
    _add_demo,
    _add_serve_mock,
    _add_batch,
)


# -- argument types and the parser -------------------------------------------------------------


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text}")
    return value


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def _error_status(text: str) -> int:
    value = int(text)
    if not 400 <= value <= 599:
        raise argparse.ArgumentTypeError(f"must be an HTTP error status, 400 to 599, got {text}")
    return value


def _non_negative_float(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def _fraction(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _api_options() -> argparse.ArgumentParser:
    api = argparse.ArgumentParser(add_help=False)
    group = api.add_argument_group("connection and output")
    group.add_argument(
        "--api-key",
        metavar="KEY",
        help="OpenRouter API key (default: $OPENROUTER_API_KEY; prefer the variable, a key on "
        "the command line is visible to other users of the machine)",
    )
    group.add_argument(
        "--server-url",
        metavar="URL",
        help=f"API base URL (default: $OPENROUTER_SERVER_URL, else {DEFAULT_SERVER_URL})",
    )
    group.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow a plain-http --server-url that is not loopback (default: refused)",
    )
    group.add_argument(
        "--proxy",
        metavar="URL",
        help="send every request through this HTTP proxy (default: $HTTPS_PROXY or $HTTP_PROXY, "
        "unless $NO_PROXY matches)",
    )
    group.add_argument(
        "--no-proxy",
        action="store_true",
        help="connect directly, ignoring the proxy variables (default: off)",
    )
    group.add_argument(
        "--mock",
        action="store_true",
        help="use the embedded test server in-process: no key, no network (default: off)",
    )
    group.add_argument(
        "--retries",
        type=_count,
        default=2,
        metavar="N",
        help="retries of a request that could not connect or got 408, 429 or a 5xx the API "
        "retries (default: %(default)s)",
    )
    group.add_argument(
        "--json",
        action="store_true",
        help="print the result as one JSON object (a stream: the assembled message), and "
        "errors as JSON on stderr (default: text)",
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no usage or notice lines on stderr (default: off)",
    )
    return api


def build_parser(prog: str = "openrouter-lite") -> argparse.ArgumentParser:
    """The argument parser (`prog` is the name usage lines show)."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="A command line for the OpenRouter API, from openrouter_lite.",
        epilog=f"Exit status: 0 ok, 1 API or network error, 2 usage error (or no key), "
        f"130 interrupted. No key? {KEY_HELP}.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    api = _api_options()
    for add in COMMANDS:
        add(sub, api)
    return parser


def _report(args: argparse.Namespace, kind: str, message: str, **extra: Any) -> None:
    """One line on stderr (one JSON object with --json), on a line of its own."""
    output = getattr(args, "output", None)
    if isinstance(output, ChatOutput):
        output.finish()
    if getattr(args, "json", False) or getattr(args, "jsonl", False):
        _print_json({"error": {"type": kind, "message": message, **extra}}, sys.stderr)
    else:
        _say(f"error: {message}" if kind == "UsageError" else f"error: {kind}: {message}")


def _explain(args: argparse.Namespace, exc: Exception) -> int | None:
    """Report an expected error on stderr and return the exit status; None for a bug."""
    if isinstance(exc, UsageError):
        _report(args, "UsageError", str(exc))
        return EXIT_USAGE
    kind, message, extra = type(exc).__name__, str(exc), {}
    if isinstance(exc, errors.ResponseError):
        extra = {"status_code": exc.status_code, "code": exc.data.code}
        if isinstance(exc, errors.UnauthorizedResponseError):
            message += "; check --api-key or OPENROUTER_API_KEY"
    elif isinstance(exc, errors.StreamError):
        extra = {"code": exc.data.code}
    elif not isinstance(exc, errors.OpenRouterError):
        return None
    _report(args, kind, message, **extra)
    return EXIT_ERROR


def _during_interrupt(exc: BaseException) -> bool:
    """Whether `exc` was raised while a Ctrl-C was being handled (e.g. closing a stream)."""
    seen: BaseException | None = exc.__context__
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__context__
    return False


def main(argv: Sequence[str] | None = None, prog: str = "openrouter-lite") -> int:
    """Run the command line; returns the exit status."""
    args = build_parser(prog).parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except KeyboardInterrupt:
        pass
    except BrokenPipeError:  # e.g. `| head`: stop quietly; keep Python from complaining at exit
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:
        if not _during_interrupt(exc):
            explained = _explain(args, exc)
            if explained is None:
                raise
            return explained
    output = getattr(args, "output", None)
    if isinstance(output, ChatOutput):
        output.finish()
    return EXIT_INTERRUPTED
