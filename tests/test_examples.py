"""Every usage example in ``tests/examples/`` runs against the spec server and does what it says.

The examples (one file per API area, ported from seed 002's usage examples to ``openrouter_lite``)
take the server from ``$EXAMPLE_SERVER_URL``. All of them run at once, each in its own subprocess,
with ``OPENROUTER_API_KEY`` / ``OPENROUTER_BEARER`` set to per-example dummy values (so the
server's record tells them apart). Each must run to completion, except two that show a mistake on
purpose: the beta.responses example iterates a response requested with ``stream=False`` (it must
fail exactly at ``with response as event_stream:``), and ``credits.create_coinbase_charge``, which
the API has retired (it must raise ``GoneResponseError`` after ``get_credits`` printed its lines).
The error-handling example runs with the key the server rejects, so its 401 branch prints.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from spec_server import UNAUTHORIZED_KEY, RecordedRequest, SpecServer

from openrouter_lite.testing import TOOL_ARGUMENTS, expected_text

EXAMPLES = Path(__file__).resolve().parent / "examples"
TIMEOUT = 25.0
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the example runner forks")

# Runs every block: imports openrouter_lite once, then forks one child per block (each with its
# own environment, stdout and stderr files, and result file). A child reports how its block
# ended, then collects garbage so an unclosed client or session still warns (ResourceWarning,
# always shown) before the child exits.
RUNNER = r"""
import gc, json, os, sys, time, traceback

def run_block(job):
    os.environ.clear()
    os.environ.update(job["env"])
    for fd, path in ((1, job["stdout"]), (2, job["stderr"])):
        sys.stdout.flush(), sys.stderr.flush()
        os.dup2(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    with open(job["code"], encoding="utf-8") as f:
        code = f.read()
    result = {"ok": True}
    namespace = {"__name__": "__main__"}
    try:
        exec(compile(code, "<example>", "exec"), namespace)
    except BaseException as exc:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == "<example>"]
        result = {
            "ok": False,
            "type": type(exc).__module__ + "." + type(exc).__qualname__,
            "message": str(exc)[:2000],
            "line": frames[-1].lineno if frames else None,
            "traceback": traceback.format_exc()[-6000:],
        }
        del exc
    namespace.clear()
    gc.collect()
    sys.stdout.flush(), sys.stderr.flush()
    with open(job["result"], "w", encoding="utf-8") as f:
        json.dump(result, f)

with open(sys.argv[1], encoding="utf-8") as f:
    jobs = json.load(f)
deadline = time.monotonic() + float(sys.argv[2])
import importlib, pkgutil
import asyncio, logging
import anyio, anyio.from_thread
import openrouter_lite, openrouter_lite.errors, openrouter_lite.operations
for package in ("openrouter_lite.resources", "openrouter_lite.types"):
    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
        try:
            importlib.import_module(package + "." + info.name)
        except Exception:  # a module being written: the block that needs it reports it
            pass
children = {}
for job in jobs:
    pid = os.fork()
    if pid == 0:
        try:
            run_block(job)
        finally:
            os._exit(0)
    children[pid] = job
while children and time.monotonic() < deadline:
    pid, _status = os.waitpid(-1, os.WNOHANG)
    if pid:
        children.pop(pid, None)
    else:
        time.sleep(0.01)
for pid in children:
    os.kill(pid, 9)
    os.waitpid(pid, 0)
"""


# ---- the blocks ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Block:
    slug: str  # from the heading above the block, e.g. "api-keys"
    original: str
    code: str  # after the textual changes

    def line(self, lineno: int | None) -> str:
        """The (stripped) source line `lineno` of the changed code."""
        if lineno is None:
            return ""
        return self.code.splitlines()[lineno - 1].strip()


def extract_blocks() -> list[Block]:
    """The examples, by slug (``api_keys.py`` -> ``api-keys``)."""
    blocks = []
    for path in sorted(EXAMPLES.glob("*.py")):
        code = path.read_text(encoding="utf-8")
        blocks.append(Block(path.stem.replace("_", "-"), code, code))
    assert blocks, "no example found in tests/examples"
    return blocks


# ---- running ------------------------------------------------------------------------------
@dataclass
class Run:
    block: Block
    key: str
    bearer: str
    stdout: str
    stderr: str
    result: dict[str, Any]
    requests: list[RecordedRequest]

    def failure(self) -> str:
        tb = self.result.get("traceback", "")
        return (
            f"example {self.block.slug!r} failed at line {self.result.get('line')} "
            f"({self.block.line(self.result.get('line'))!r}): {self.result.get('type')}: "
            f"{self.result.get('message')}\n{tb}\n--- stdout ---\n{self.stdout[-2000:]}"
            f"\n--- stderr ---\n{self.stderr[-3000:]}"
        )

    def calls(self) -> list[tuple[str, str]]:
        return [(r.method, r.route or r.path) for r in self.requests]


# variants: (slug of the run, slug of the block, code transformation, extra env)
VARIANTS: list[tuple[str, str, Callable[[str], str], dict[str, str]]] = [
    ("debugging", "debugging", lambda c: c, {"OPENROUTER_DEBUG": "true"}),
    # the example's closing comment: "Alternative: Set OPENROUTER_DEBUG=true environment variable"
    (
        "debugging-env-only",
        "debugging",
        lambda c: c.replace("    debug_logger=logger,\n", ""),
        {"OPENROUTER_DEBUG": "true"},
    ),
]


def run_all(server: SpecServer, tmp: Path) -> dict[str, Run]:
    blocks = extract_blocks()
    by_slug = {b.slug: b for b in blocks}
    variant_blocks = {v[1] for v in VARIANTS}
    jobs: list[tuple[str, Block, str, dict[str, str]]] = [
        (b.slug, b, b.code, {}) for b in blocks if b.slug not in variant_blocks
    ]
    for name, slug, change, env in VARIANTS:
        block = by_slug[slug]
        code = change(block.code)
        assert code != block.code or name == slug, f"variant {name} changed nothing"
        jobs.append((name, Block(name, block.original, code), code, env))
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    for k in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        base_env.pop(k, None)
    server.clear()
    specs = []
    keys = {}
    for i, (name, block, code, extra) in enumerate(jobs):
        key = UNAUTHORIZED_KEY if name == "error-handling" else f"sk-or-seed-{i}-{name}"
        bearer = f"sk-or-bearer-{i}-{name}"
        keys[name] = (block, key, bearer)
        (tmp / f"{name}.py").write_text(code, encoding="utf-8")
        env = {**base_env, "OPENROUTER_API_KEY": key, "OPENROUTER_BEARER": bearer, **extra}
        env["EXAMPLE_SERVER_URL"] = server.url
        specs.append(
            {
                "name": name,
                "env": env,
                "code": str(tmp / f"{name}.py"),
                "stdout": str(tmp / f"{name}.out"),
                "stderr": str(tmp / f"{name}.err"),
                "result": str(tmp / f"{name}.json"),
            }
        )
    (tmp / "jobs.json").write_text(json.dumps(specs), encoding="utf-8")
    runner = subprocess.run(
        [sys.executable, "-W", "always::ResourceWarning", "-c", RUNNER, "jobs.json", str(TIMEOUT)],
        cwd=tmp,
        capture_output=True,
        text=True,
        timeout=TIMEOUT + 10,
    )
    assert runner.returncode == 0, f"the example runner failed:\n{runner.stderr[-4000:]}"
    runs: dict[str, Run] = {}
    for job in specs:
        name = job["name"]
        block, key, bearer = keys[name]
        result_path = Path(job["result"])
        result = (
            json.loads(result_path.read_text(encoding="utf-8"))
            if result_path.exists()
            else {"ok": False, "type": "no result (crashed or killed at the timeout)", "line": None}
        )
        out = Path(job["stdout"]).read_text(encoding="utf-8", errors="replace")
        err = Path(job["stderr"]).read_text(encoding="utf-8", errors="replace")
        requests = [r for r in server.requests if r.api_key in (key, bearer)]
        runs[name] = Run(block, key, bearer, out, err, result, requests)
    return runs


@pytest.fixture(scope="module")
def runs(
    spec_server_session: SpecServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Run]]:
    yield run_all(spec_server_session, tmp_path_factory.mktemp("examples"))
    spec_server_session.clear()


# ---- expectations per block -------------------------------------------------------------
def bodies(run: Run, method: str, route: str) -> list[dict[str, Any]]:
    return [r.json for r in run.requests if r.method == method and r.route == route]


def check_chat(run: Run) -> None:
    sent = bodies(run, "POST", "/chat/completions")
    assert len(sent) == 3, run.calls()
    basic, streamed, routed = sent
    assert basic["temperature"] == 0.7 and basic["max_tokens"] == 1000
    assert basic["model"] == "anthropic/claude-3.5-sonnet" and len(basic["messages"]) == 2
    assert basic.get("stream", False) is False
    assert streamed["stream"] is True
    assert routed["provider"] == {"zdr": True, "sort": "price", "order": ["anthropic", "openai"]}
    assert run.stdout == expected_text(basic, 8) + "\n" + expected_text(streamed, 8)


def check_async(run: Run) -> None:
    single, streamed = bodies(run, "POST", "/chat/completions")
    assert single.get("stream", False) is False and streamed["stream"] is True
    assert run.stdout == expected_text(single, 8) + "\n" + expected_text(streamed, 8)


def check_completions(run: Run) -> None:
    (body,) = bodies(run, "POST", "/completions")
    assert body["prompt"] == "Once upon a time in a land far away,"
    assert body["max_tokens"] == 200 and body["temperature"] == 0.8
    assert body.get("stream", False) is False
    assert run.stdout == " there lived a curious dragon.\n"


def check_models(run: Run) -> None:
    assert run.calls() == [
        ("GET", "/models"),
        ("GET", "/models/count"),
        ("GET", "/models"),
        ("GET", "/models/user"),
    ]
    assert run.requests[2].query == {"category": "programming"}
    assert run.requests[3].headers["Authorization"] == f"Bearer {run.bearer}"
    assert "  Context: 1 tokens" in run.stdout
    assert "  Pricing: $" in run.stdout and "/1K completion" in run.stdout
    assert "Total models available: " in run.stdout


def check_embeddings(run: Run) -> None:
    one, batch = bodies(run, "POST", "/embeddings")
    assert one == {
        "input": "The quick brown fox jumps over the lazy dog.",
        "model": "openai/text-embedding-ada-002",
    }
    assert batch["encoding_format"] == "float" and len(batch["input"]) == 3
    assert run.calls()[-1] == ("GET", "/embeddings/models")
    assert "Embedding dimension: 8\n" in run.stdout
    for i in range(3):
        assert f"Text {i}: 8 dimensions\n" in run.stdout
    assert "Embedding model: " in run.stdout


KEY_HASH = "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"


def check_api_keys(run: Run) -> None:
    assert run.calls() == [
        ("GET", "/key"),
        ("GET", "/keys"),
        ("POST", "/keys"),
        ("PATCH", "/keys/{hash}"),
        ("DELETE", "/keys/{hash}"),
    ]
    assert run.requests[1].query == {"include_disabled": "false", "offset": "0"}
    assert run.requests[2].json == {
        "name": "Production API Key",
        "limit": 100.0,
        "limit_reset": "monthly",
        "include_byok_in_limit": True,
    }
    assert run.requests[3].params == {"hash": KEY_HASH}
    assert run.requests[3].json == {"name": "Updated Key Name", "limit": 150.0, "disabled": False}
    assert run.requests[4].params == {"hash": KEY_HASH}
    for line in ("Label: ", "Usage: $", "Limit: $", "Remaining: $", "New key created: "):
        assert line in run.stdout
    assert "... Usage: $" in run.stdout and "Deleted: True" in run.stdout


def check_credits(run: Run) -> None:
    assert run.calls() == [("GET", "/credits"), ("POST", "/credits/coinbase")]
    assert run.requests[1].headers["Authorization"] == f"Bearer {run.bearer}"
    assert run.stdout.splitlines() == [
        "Total Credits: $0.5",
        "Total Usage: $0.5",
        "Remaining: $0.0",
    ]


def check_generations(run: Run) -> None:
    assert run.calls() == [("GET", "/generation")]
    assert run.requests[0].query == {"id": "gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG"}
    for line in ("Model: ", "Provider: ", "Cost: $", "Latency: ", "Tokens - Prompt: "):
        assert line in run.stdout
    assert "Finish Reason: " in run.stdout


def check_providers(run: Run) -> None:
    assert run.calls() == [("GET", "/providers")]
    assert "  Privacy Policy: " in run.stdout


def check_endpoints(run: Run) -> None:
    assert run.calls() == [("GET", "/models/{author}/{slug}/endpoints"), ("GET", "/endpoints/zdr")]
    assert run.requests[0].params == {"author": "openai", "slug": "gpt-4"}
    for line in ("Model: ", "    Context: ", "    Uptime (30m): ", "    Latency p50: "):
        assert line in run.stdout
    assert "ZDR-compatible endpoints: 1\n" in run.stdout


def check_analytics(run: Run) -> None:
    assert run.calls() == [("GET", "/activity")]
    assert run.requests[0].query == {"date": "2025-01-15"}
    assert "  Tokens: 2\n" in run.stdout  # prompt_tokens + completion_tokens, as numbers
    assert "  Usage: $0.5\n" in run.stdout


def check_guardrails(run: Run) -> None:
    assert run.calls() == [
        ("GET", "/guardrails"),
        ("POST", "/guardrails"),
        ("POST", "/guardrails/{id}/assignments/keys"),
        ("POST", "/guardrails/{id}/assignments/members"),
        ("PATCH", "/guardrails/{id}"),
        ("DELETE", "/guardrails/{id}"),
    ]
    created = run.requests[1].json
    assert set(created) == {
        "name",
        "description",
        "limit_usd",
        "reset_interval",
        "allowed_providers",
        "allowed_models",
        "enforce_zdr",
    }
    ids = {r.params["id"] for r in run.requests[2:]}
    assert len(ids) == 1, ids  # the id the create call returned
    assert run.requests[2].json == {
        "key_hashes": ["c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93"]
    }
    assert run.requests[3].json == {"member_user_ids": ["user_abc123", "user_def456"]}
    assert run.requests[4].json == {"limit_usd": 150.0, "name": "Updated Production Guardrail"}
    assert " (ID: " in run.stdout


def check_oauth(run: Run) -> None:
    assert run.calls() == [("POST", "/auth/keys/code"), ("POST", "/auth/keys")]
    assert set(run.requests[0].json) == {
        "callback_url",
        "code_challenge",
        "code_challenge_method",
        "limit",
    }
    assert set(run.requests[1].json) == {"code", "code_verifier", "code_challenge_method"}
    for line in ("Auth Code ID: ", "User API Key: ", "User ID: "):
        assert line in run.stdout


def check_tool_calling(run: Run) -> None:
    first, second = bodies(run, "POST", "/chat/completions")
    assert first["tool_choice"] == "auto" and first["tools"][0]["function"]["name"] == "get_weather"
    user, assistant, tool = second["messages"]
    assert user == {"role": "user", "content": "What's the weather like in Paris?"}
    # the response message goes back as it came, re-encoded without nulls
    assert assistant["role"] == "assistant"
    assert assistant["tool_calls"][0]["function"] == {
        "name": "get_weather",
        "arguments": TOOL_ARGUMENTS,
    }
    nulls = [k for k, v in assistant.items() if v is None]
    assert not nulls, f"the re-sent assistant message carries nulls: {nulls}"
    assert tool["role"] == "tool" and tool["tool_call_id"] == "call_0"
    assert json.loads(tool["content"])["location"] == "Paris"
    assert run.stdout == expected_text(second, 8) + "\n"


def check_error_handling(run: Run) -> None:
    assert run.calls() == [("POST", "/chat/completions")]
    assert run.stdout == "Authentication failed: User not found.\n"


def check_debugging(run: Run) -> None:
    assert run.calls() == [("POST", "/chat/completions")]
    logged = re.findall(r"^DEBUG:openrouter(?:_lite)?:.*/chat/completions.*$", run.stderr, re.M)
    assert logged, f"no debug log of the request in stderr:\n{run.stderr[-2000:]}"
    assert run.key not in run.stderr, "the API key was logged"


def check_beta_responses(run: Run) -> None:
    # the first call went out (non-streamed) and came back; iterating it is the doc slip
    assert run.calls() == [("POST", "/responses")]
    body = run.requests[0].json
    assert body["service_tier"] == "auto" and body.get("stream", False) is False
    assert body["input"] == [{"role": "user", "content": "What is the capital of France?"}]
    assert run.stdout == ""


# slug -> (check, expected failure: (exception type, the failing line contains) or None)
EXPECTED: dict[str, tuple[Callable[[Run], None], tuple[tuple[str, ...], str] | None]] = {
    "chat-completions": (check_chat, None),
    "async-chat-completions": (check_async, None),
    "completions": (check_completions, None),
    "beta-responses-api": (
        check_beta_responses,
        (("builtins.TypeError", "builtins.AttributeError"), "with response as event_stream:"),
    ),
    "models": (check_models, None),
    "embeddings": (check_embeddings, None),
    "api-keys": (check_api_keys, None),
    "credits": (
        check_credits,
        (("openrouter_lite.errors.GoneResponseError",), "client.credits.create_coinbase_charge("),
    ),
    "generations": (check_generations, None),
    "providers": (check_providers, None),
    "endpoints": (check_endpoints, None),
    "analytics": (check_analytics, None),
    "guardrails": (check_guardrails, None),
    "oauth": (check_oauth, None),
    "tool-calling": (check_tool_calling, None),
    "error-handling": (check_error_handling, None),
    "debugging": (check_debugging, None),
    "debugging-env-only": (check_debugging, None),
}


def test_every_example_is_expected() -> None:
    slugs = [b.slug for b in extract_blocks()]
    assert len(slugs) == len(set(slugs)) == 17
    variants = {v[0] for v in VARIANTS}
    assert set(slugs) | variants == set(EXPECTED)


def test_examples_take_the_server_from_the_environment() -> None:
    """Every client an example builds points at the test server, never at the public API."""
    for block in extract_blocks():
        built = block.code.count("OpenRouter(")
        assert built and block.code.count('server_url=os.environ["EXAMPLE_SERVER_URL"]') == built


@pytest.mark.parametrize("slug", list(EXPECTED))
def test_example(runs: dict[str, Run], slug: str) -> None:
    run = runs[slug]
    check, failure = EXPECTED[slug]
    if failure is None:
        assert run.result["ok"], run.failure()
    else:
        types, line = failure
        assert not run.result["ok"], f"example {slug!r} should have failed at {line!r}"
        assert run.result["type"] in types and line in run.block.line(run.result["line"]), (
            f"expected {' or '.join(types)} at {line!r}; " + run.failure()
        )
    for marker in ("ResourceWarning", "Unclosed", "was never closed"):
        assert marker not in run.stderr, f"{slug}: {marker} in stderr:\n{run.stderr[-3000:]}"
    check(run)
