"""Command line: `python -m openrouter_lite {demo,chat,embed,models,serve-mock}`.

With `OPENROUTER_API_KEY` set, `chat`, `embed` and `models` call the real API; with `--mock` (or
no key) they start the embedded OpenRouter-compatible server in-process and say so.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence

from . import errors
from ._client import OpenRouter

DEFAULT_CHAT_MODEL = "openai/gpt-4o-mini"
DEFAULT_EMBED_MODEL = "openai/text-embedding-3-small"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextlib.contextmanager
def _client(args: argparse.Namespace) -> Iterator[OpenRouter]:
    """A client for the real API, or for the embedded server when asked to or without a key."""
    key = os.environ.get("OPENROUTER_API_KEY")
    if args.live and not key:
        raise SystemExit("error: --live needs OPENROUTER_API_KEY set (get a key at openrouter.ai)")
    if key and not args.mock:
        with OpenRouter(api_key=key, x_open_router_title="openrouter_lite CLI") as client:
            yield client
        return
    from .testing import mock_server

    reason = "--mock" if args.mock else "OPENROUTER_API_KEY is not set"
    with mock_server() as server:
        _say(f"[using the embedded OpenRouter-compatible server at {server.url} ({reason})]")
        with OpenRouter(api_key="mock-key", server_url=server.url) as client:
            yield client


def _chat(client: OpenRouter, prompt: str, model: str, stream: bool) -> None:
    messages = [{"role": "user", "content": prompt}]
    if not stream:
        result = client.chat.send(model=model, messages=messages)
        print(result.choices[0].message.content or "")
        return
    usage = None
    with client.chat.send(model=model, messages=messages, stream=True) as chunks:
        for chunk in chunks:
            if chunk.choices and chunk.choices[0].delta.content:
                print(chunk.choices[0].delta.content, end="", flush=True)
            usage = chunk.usage or usage
    print()
    if usage is not None:
        _say(
            f"[{usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens, "
            f"cost {usage.cost}]"
        )


def _embed(client: OpenRouter, texts: Sequence[str], model: str) -> None:
    result = client.embeddings.generate(input=list(texts), model=model)
    for text, item in zip(texts, result.data, strict=True):
        vector = item.embedding
        assert isinstance(vector, list)
        preview = ", ".join(f"{v:.4f}" for v in vector[:4])
        print(f"{text!r}: {len(vector)} dimensions [{preview}, ...]")


def _models(client: OpenRouter) -> None:
    page = client.models.list()
    for model in page.data:
        print(f"{model.id}\t{model.context_length}\t{model.name}")


def _demo() -> None:
    """The Quick start job: a streamed chat and an embeddings call against the embedded server."""
    from .testing import mock_server

    with mock_server(chunks=12, chunk_delay=0.02) as server:
        _say(f"[embedded OpenRouter-compatible server at {server.url}; no key, no network]")
        with OpenRouter(api_key="demo-key", server_url=server.url) as client:
            started = time.perf_counter()
            print("streamed chat: ", end="")
            _chat(client, "Stream a few words back to me please", DEFAULT_CHAT_MODEL, True)
            _say(f"[chat streamed in {time.perf_counter() - started:.3f}s]")
            _embed(client, ["The quick brown fox", "jumps over the lazy dog"], DEFAULT_EMBED_MODEL)
    print("demo finished: streaming chat and embeddings both worked")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m openrouter_lite", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="streamed chat + embeddings against the embedded server")
    for name, help_text in (
        ("chat", "chat with a model"),
        ("embed", "embed texts"),
        ("models", "list models"),
    ):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--mock", action="store_true", help="use the embedded server")
        p.add_argument("--live", action="store_true", help="require the real API")
        if name == "chat":
            p.add_argument("prompt")
            p.add_argument("--model", default=DEFAULT_CHAT_MODEL)
            p.add_argument("--no-stream", action="store_true")
        elif name == "embed":
            p.add_argument("texts", nargs="+")
            p.add_argument("--model", default=DEFAULT_EMBED_MODEL)
    serve = sub.add_parser("serve-mock", help="run the embedded server until interrupted")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--chunks", type=int, default=20)
    args = parser.parse_args(argv)

    try:
        if args.command == "demo":
            _demo()
        elif args.command == "serve-mock":
            from .testing import serve as serve_forever

            _say(f"serving on http://{args.host}:{args.port}/api/v1 (Ctrl-C stops)")
            serve_forever(args.host, args.port, chunks=args.chunks)
        else:
            with _client(args) as client:
                if args.command == "chat":
                    _chat(client, args.prompt, args.model, not args.no_stream)
                elif args.command == "embed":
                    _embed(client, args.texts, args.model)
                else:
                    _models(client)
    except errors.UnauthorizedResponseError as exc:
        _say(f"error: the API key was refused ({exc.data.message}); check OPENROUTER_API_KEY")
        return 1
    except errors.ResponseError as exc:
        _say(f"error: the API answered {exc.status_code}: {exc.data.message}")
        return 1
    except errors.APIConnectionError as exc:
        _say(f"error: could not reach the API: {exc}")
        return 1
    except errors.OpenRouterError as exc:
        _say(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
