"""The `batch` command: `python -m openrouter_lite batch requests.jsonl -o results.jsonl`.

`add_batch_parser(subparsers)` adds it to a CLI's subcommands; `run_batch_command(args)` runs it
(exit status 0: every item succeeded, 1: some failed, 2: bad usage, 130: interrupted).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from .._client import OpenRouter
from ..errors import OpenRouterError
from ._jsonl import FileJob
from ._runner import BatchRun, Progress

__all__ = ("add_batch_parser", "main", "run_batch_command")

_DESCRIPTION = """\
Run every request of a JSONL file and append one result line per request to OUTPUT.
Input lines are OpenAI Batch API requests ({"custom_id", "method", "url", "body"}, url
/v1/chat/completions, /v1/embeddings, ...) or bare request bodies (keyed line-N). Output lines
follow the OpenAI batch output shape. Rerunning the same command resumes: ids that already have a
line in OUTPUT are skipped (with --retry-failed, only those that succeeded).
"""


def add_batch_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `batch` subcommand to an `argparse` subparsers object; returns its parser."""
    p: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="run a JSONL file of requests (OpenAI batch format), resumable",
        description=_DESCRIPTION,
    )
    p.add_argument("input", help="the requests, one JSON object per line")
    p.add_argument("-o", "--output", required=True, help="results JSONL (appended; resumable)")
    p.add_argument("--concurrency", type=int, default=64, help="requests in flight (default 64)")
    p.add_argument("--rpm", type=float, help="requests-per-minute limit")
    p.add_argument("--tpm", type=float, help="tokens-per-minute limit (estimated, then corrected)")
    p.add_argument(
        "--retry-failed", action="store_true", help="on resume, run failed ids again too"
    )
    p.add_argument(
        "--operation",
        help="what bare bodies run (default: chat.send for messages, embeddings.generate "
        "for input, completions.generate for prompt)",
    )
    p.add_argument("--model", help="model for request bodies that name none")
    p.add_argument("--timeout-ms", type=int, help="deadline of each request")
    p.add_argument("--server-url", help="API base URL (default: the public OpenRouter API)")
    p.add_argument("--mock", action="store_true", help="use the embedded mock server")
    p.add_argument("--quiet", action="store_true", help="no live progress line")
    p.set_defaults(handler=run_batch_command)
    return p


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


def progress_line(p: Progress) -> str:
    """The live line: `1,234/10,000 done  3 failed  64 in flight  410.2 req/s  ETA 0:00:21 ...`."""
    total = f"/{p.total:,}" if p.total is not None else ""
    line = (
        f"{p.done:,}{total} done  {p.failed:,} failed  {p.in_flight} in flight  "
        f"{p.rate:.1f} req/s  ETA {_clock(p.eta)}  "
        f"{p.prompt_tokens + p.completion_tokens:,} tokens  ${p.cost:.4f}"
    )
    if p.paused > 0:
        line += f"  [paused {p.paused:.1f}s]"
    return line


def summary(job: FileJob, interrupted: bool = False) -> str:
    """The closing report: counts, errors by type, tokens, cost, wall time, requests/s."""
    run: BatchRun | None = job.batch
    lines = []
    if run is None:
        return f"nothing ran; output {job.output}"
    elapsed = run.elapsed
    done = run.succeeded + run.failed
    head = "interrupted" if interrupted else "finished"
    lines.append(
        f"batch {head} in {elapsed:.1f} s: {run.succeeded:,} succeeded, {run.failed:,} failed, "
        f"{job.skipped:,} skipped (already in {os.fspath(job.output)})"
    )
    if run.errors:
        by_type = ", ".join(f"{name} {n:,}" for name, n in run.errors.most_common())
        lines.append(f"  errors: {by_type}")
    lines.append(
        f"  tokens: {run.prompt_tokens:,} prompt + {run.completion_tokens:,} completion; "
        f"cost ${run.cost:.6f}"
    )
    rate = done / elapsed if elapsed > 0 else 0.0
    pauses = (
        f"; {run.pauses} pause(s), {run.paused_seconds:.1f} s, after 429/503" if run.pauses else ""
    )
    lines.append(f"  throughput: {rate:.1f} requests/s{pauses}")
    if job.torn:
        lines.append("  a torn last line in the output (an interrupted write) was removed")
    if interrupted:
        lines.append(
            f"  {run.in_flight} request(s) were in flight and will be sent again; "
            "run the same command again to resume"
        )
    elif run.failed:
        lines.append("  rerun the same command with --retry-failed to retry the failed ones")
    return "\n".join(lines)


@contextlib.contextmanager
def _server(args: argparse.Namespace) -> Iterator[tuple[str | None, str | None]]:
    """(server_url, api_key): the embedded server with --mock, else the arguments/env."""
    if args.mock:
        from ..testing import mock_server

        with mock_server() as srv:
            _say(f"[using the embedded OpenRouter-compatible server at {srv.url} (--mock)]")
            yield srv.url, "mock-key"
        return
    yield args.server_url, os.environ.get("OPENROUTER_API_KEY") or None


def run_batch_command(args: argparse.Namespace) -> int:
    """Run the `batch` command from parsed arguments; returns the exit status."""
    if not os.path.exists(args.input):
        _say(f"error: no such input file: {args.input}")
        return 2
    if args.concurrency < 1:
        _say("error: --concurrency must be >= 1")
        return 2
    live = not args.quiet and sys.stderr.isatty()

    def show(p: Progress) -> None:
        print("\r\x1b[2K" + progress_line(p), end="", file=sys.stderr, flush=True)

    jobs: list[FileJob] = []

    async def main(url: str | None, key: str | None) -> None:
        async with OpenRouter(api_key=key, server_url=url, timeout_ms=args.timeout_ms) as client:
            job = FileJob(
                client,
                args.input,
                args.output,
                operation=args.operation,
                retry_failed=args.retry_failed,
                concurrency=args.concurrency,
                rpm=args.rpm,
                tpm=args.tpm,
                progress=show if live else None,
                params={"model": args.model} if args.model else None,
            )
            jobs.append(job)
            await job.run_async()

    with _server(args) as (url, key):
        if key is None:
            _say("error: set OPENROUTER_API_KEY (or pass --mock for the embedded server)")
            return 2
        try:
            asyncio.run(main(url, key))
        except KeyboardInterrupt:
            if live:
                print(file=sys.stderr)
            _say(summary(jobs[0], interrupted=True) if jobs else "interrupted")
            return 130
        except (OpenRouterError, OSError) as exc:
            if live:
                print(file=sys.stderr)
            _say(f"error: {exc}")
            return 1
    if live:
        print(file=sys.stderr)
    job = jobs[0]
    _say(summary(job))
    return 1 if job.batch is not None and job.batch.failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    """`batch` as a standalone command line (for `python -c` and tests)."""
    parser = argparse.ArgumentParser(prog="python -m openrouter_lite")
    sub = parser.add_subparsers(dest="command", required=True)
    add_batch_parser(sub)
    args = parser.parse_args(argv)
    return run_batch_command(args)
