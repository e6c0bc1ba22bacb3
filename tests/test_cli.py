"""The command line, run as a person would: a subprocess against a real server on 127.0.0.1.

The server is the embedded one (`mock_server`, a thread of this process), so each test can script
faults and read what the CLI sent. Two tests run the CLI under a pseudo-terminal and check the
bytes that reach the screen. Variations of a behaviour already shown in a subprocess call
`main()` in this process (the `cli` fixture), which costs no interpreter start.
"""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from openrouter_lite import __version__, errors
from openrouter_lite import cli as cli_module
from openrouter_lite.cli import main
from openrouter_lite.testing import (
    REASONING_TOKENS,
    Fault,
    MockOpenRouter,
    expected_text,
    mock_server,
)

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk-cli-secret-0123456789"
REASONING = "".join(REASONING_TOKENS)
IGNORED = ("OPENROUTER_", "NO_COLOR", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
BASE_ENV = {k: v for k, v in os.environ.items() if not k.upper().startswith(IGNORED)}
BASE_ENV["PYTHONPATH"] = str(ROOT)
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy from the env


def cli_env(**extra: str) -> dict[str, str]:
    return {**BASE_ENV, **extra}


def run_cli(
    *args: str, input: str | None = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m openrouter_lite ARGS`; stdin is `input` (empty by default, never inherited)."""
    return subprocess.run(
        [sys.executable, "-m", "openrouter_lite", *args],
        input=input,
        capture_output=True,
        text=True,
        env=env or cli_env(),
        cwd=ROOT,
        timeout=60,
    )


Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Cli:
    """`cli(*args, stdin="")` runs `main(args)` here: (exit status, stdout, stderr)."""
    for name in list(os.environ):
        if name.upper().startswith(IGNORED):
            monkeypatch.delenv(name)

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        monkeypatch.setattr(sys, "stdout", out)
        monkeypatch.setattr(sys, "stderr", err)
        try:
            status = main(list(args))
        except SystemExit as exc:  # argparse: --help, --version, bad arguments
            status = exc.code if isinstance(exc.code, int) else 1
        return status, out.getvalue(), err.getvalue()

    return run


@pytest.fixture
def server() -> Iterator[MockOpenRouter]:
    with mock_server(chunks=5, api_key=KEY) as srv:
        yield srv


def against(srv: MockOpenRouter, *args: str) -> list[str]:
    return [*args, "--server-url", srv.url, "--api-key", KEY]


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert KEY not in proc.stderr and KEY not in proc.stdout


# -- program name, help, version ----------------------------------------------------------------


def test_help_names_the_program_and_shows_defaults(cli: Cli) -> None:
    proc = run_cli("chat", "--help")
    assert proc.returncode == 0
    assert proc.stdout.startswith("usage: python -m openrouter_lite chat ")
    text = " ".join(proc.stdout.split())  # argparse wraps lines
    assert "(default: openai/gpt-4o-mini)" in text
    assert "(default: $OPENROUTER_API_KEY" in text
    assert "(default: $OPENROUTER_SERVER_URL, else https://openrouter.ai/api/v1)" in text
    for option in ("--system", "--temperature", "--max-tokens", "--json", "--mock"):
        assert option in text
    status, out, _ = cli("--help")
    assert status == 0 and "--version" in out and "Exit status: 0 ok, 1 API" in out
    status, out, _ = cli("serve-mock", "--help")
    serve = " ".join(out.split())
    assert "--fail-rate P" in serve and "(default: 503)" in serve and "(default: 8080)" in serve


def test_console_script_names_itself(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The [project.scripts] entry point is called without arguments; its usage says its name."""
    pyproject = (ROOT / "pyproject.toml").read_text()
    target = re.search(r'^openrouter-lite = "([\w.]+):(\w+)"$', pyproject, re.M)
    assert target is not None
    module = __import__(target[1], fromlist=[target[2]])
    entry = getattr(module, target[2])
    with pytest.raises(SystemExit) as info:
        monkeypatch.setattr(sys, "argv", ["/some/bin/openrouter-lite", "--version"])
        entry()
    assert info.value.code == 0
    assert capsys.readouterr().out == f"openrouter-lite {__version__}\n"
    with pytest.raises(SystemExit):
        monkeypatch.setattr(sys, "argv", ["/bin/openrouter-lite", "chat", "--temperature", "hot"])
        entry()
    err = capsys.readouterr().err
    assert err.startswith("usage: openrouter-lite chat ")
    assert "argument -t/--temperature: invalid float value: 'hot'" in err


def test_version() -> None:
    proc = run_cli("--version")
    assert (proc.returncode, proc.stdout) == (0, f"python -m openrouter_lite {__version__}\n")


def test_bad_arguments_exit_2(cli: Cli) -> None:
    for args in (["chat", "-t", "hot", "x"], ["chat", "--max-tokens", "0", "x"], ["nope"]):
        status, out, err = cli(*args)
        assert (status, out) == (2, ""), args
        assert err.startswith("usage: openrouter-lite")
    for args, message in (
        (["serve-mock", "--fail-rate", "2"], "must be between 0 and 1, got 2"),
        (["serve-mock", "--fail-status", "200"], "must be an HTTP error status"),
        (["serve-mock", "--latency-ms", "-1"], "must be >= 0, got -1"),
        (["models", "--retries", "-1"], "must be >= 0, got -1"),
    ):
        status, _, err = cli(*args)
        assert status == 2 and message in err, args


# -- keys -------------------------------------------------------------------------------------


def test_no_key_exits_2_and_says_how_to_set_one(
    server: MockOpenRouter, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    proc = run_cli("chat", "--server-url", server.url, "hello")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("error: no API key: set OPENROUTER_API_KEY or pass --api-key")
    assert "--mock" in proc.stderr and proc.stderr.count("\n") == 1
    assert server.requests == {}  # nothing was sent, and no mock stood in
    monkeypatch.setenv("OPENROUTER_API_KEY", "")
    status, out, err = cli("embed", "--json", "x")
    assert (status, out) == (2, "")
    assert json.loads(err)["error"]["type"] == "UsageError"


def test_key_and_url_from_the_environment(server: MockOpenRouter) -> None:
    env = cli_env(OPENROUTER_API_KEY=KEY, OPENROUTER_SERVER_URL=server.url)
    proc = run_cli("chat", "hi", "there", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected_text("hi there", 5) + "\n"
    assert server.last_request is not None
    assert server.last_request.headers["Authorization"] == f"Bearer {KEY}"


def test_refused_key_is_one_line_without_the_key(server: MockOpenRouter, cli: Cli) -> None:
    wrong = "sk-wrong-key-do-not-print"
    status, out, err = cli("chat", "--server-url", server.url, "--api-key", wrong, "hello")
    assert (status, out) == (1, "")
    assert err.startswith("error: UnauthorizedResponseError: Invalid API key")
    assert "POST " in err and "check --api-key" in err
    assert err.count("\n") == 1 and wrong not in err


def test_mock_is_explicit_and_excludes_server_url(cli: Cli) -> None:
    proc = run_cli("chat", "--mock", "hello", "mock")
    assert proc.returncode == 0
    assert proc.stdout == expected_text("hello mock") + "\n"
    assert "--mock: the embedded OpenRouter-compatible server" in proc.stderr
    status, _, err = cli("chat", "--mock", "--server-url", "http://127.0.0.1:1/api/v1", "x")
    assert status == 2 and "--mock and --server-url exclude each other" in err


def test_insecure_remote_url_is_refused(cli: Cli) -> None:
    status, _, err = cli("chat", "--api-key", KEY, "--server-url", "http://example.invalid/v1", "x")
    assert status == 2
    assert "refusing to send the API key over plain http" in err
    assert "--allow-insecure-http" in err and KEY not in err


def test_proxy_options(server: MockOpenRouter, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    with mock_server() as gone:
        closed = gone.url.rsplit("/api/v1", 1)[0]  # nothing listens there any more
    status, _, err = cli("models", "--server-url", server.url, "--retries", "0", "--proxy", closed)
    assert status == 1 and err.startswith("error: APIConnectionError: ")  # the proxy was used
    monkeypatch.setenv("HTTP_PROXY", closed)
    status, _, err = cli("models", "--server-url", server.url, "--retries", "0")
    assert status == 1 and err.startswith("error: APIConnectionError: ")
    status, out, _ = cli("models", "--server-url", server.url, "--no-proxy")
    assert status == 0 and out.startswith("mock/model-0\t")
    status, _, err = cli("models", "--proxy", closed, "--no-proxy")
    assert status == 2 and "--proxy and --no-proxy exclude each other" in err


# -- chat -------------------------------------------------------------------------------------


def test_chat_sends_every_option(server: MockOpenRouter) -> None:
    args = ["-m", "a/b", "-s", "Be brief.", "-t", "0.5", "--max-tokens", "64"]
    proc = run_cli(*against(server, "chat", *args, "--reasoning", "low", "Say", "hi"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected_text("Say hi", 5) + "\n"
    usage = r"\[4 prompt \+ 8 completion tokens, cost [\d.e-]+\]\n"  # 5 + 3 of reasoning
    assert re.fullmatch(re.escape(REASONING + "\n") + usage, proc.stderr)
    assert server.last_request is not None
    assert server.last_request.json == {
        "model": "a/b",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Say hi"},
        ],
        "temperature": 0.5,
        "max_completion_tokens": 64,
        "reasoning": {"effort": "low"},
        "stream": True,
    }
    assert server.streams_completed == 1


def test_prompt_from_stdin(server: MockOpenRouter, cli: Cli) -> None:
    proc = run_cli(*against(server, "chat", "-q"), input="words from\nstdin\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected_text("words from stdin", 5) + "\n"
    assert proc.stderr == ""  # -q: no usage line
    status, out, _ = cli(*against(server, "chat", "-q", "-"), stdin="dash means stdin")
    assert (status, out) == (0, expected_text("dash means stdin", 5) + "\n")
    status, _, err = cli(*against(server, "chat"), stdin="  \n")
    assert status == 2 and "the prompt is empty" in err


def check_json_result(stdout: str) -> None:
    assert stdout.count("\n") == 1
    result = json.loads(stdout)
    message = result["choices"][0]["message"]
    assert message["content"] == expected_text("hi you", 5)
    assert message["reasoning"] == REASONING
    assert result["choices"][0]["finish_reason"] == "stop"
    assert result["usage"]["completion_tokens"] == 5 + len(REASONING_TOKENS)


def test_json_is_one_object_streamed_or_not(server: MockOpenRouter, cli: Cli) -> None:
    proc = run_cli(*against(server, "chat", "--json", "-m", "x/thinking", "hi you"))
    assert proc.returncode == 0 and proc.stderr == ""
    check_json_result(proc.stdout)
    status, out, err = cli(*against(server, "chat", "--json", "--no-stream", "-m", "x/thinking"))
    assert status == 2  # no prompt, stdin empty
    status, out, err = cli(
        *against(server, "chat", "--json", "--no-stream", "-m", "x/thinking", "hi you")
    )
    assert (status, err) == (0, "")
    check_json_result(out)


def test_jsonl_prints_every_chunk(server: MockOpenRouter, cli: Cli) -> None:
    status, out, _ = cli(*against(server, "chat", "--jsonl", "one two"))
    assert status == 0
    chunks = [json.loads(line) for line in out.splitlines()]
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c["choices"])
    assert text == expected_text("one two", 5)
    assert chunks[-1]["usage"]["completion_tokens"] == 5


def test_reasoning_when_piped_goes_plain_to_stderr(server: MockOpenRouter, cli: Cli) -> None:
    proc = run_cli(*against(server, "chat", "-m", "x/thinking", "deep question"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected_text("deep question", 5) + "\n"  # the answer only
    assert proc.stderr.startswith(REASONING + "\n[")
    assert "\x1b" not in proc.stderr + proc.stdout
    status, out, err = cli(*against(server, "chat", "-m", "x/thinking", "--no-stream", "deep q"))
    assert (status, out) == (0, expected_text("deep q", 5) + "\n")
    assert err.startswith(REASONING + "\n[")
    status, out, err = cli(*against(server, "chat", "-m", "x/thinking", "--hide-reasoning", "hm"))
    assert (status, out) == (0, expected_text("hm", 5) + "\n") and REASONING not in err


def test_mid_stream_error_is_on_its_own_line(server: MockOpenRouter, cli: Cli) -> None:
    server.add_fault(Fault.mid_stream_error(after_chunks=3, message="Provider went away"))
    proc = run_cli(*against(server, "chat", "alpha", "beta"))
    assert proc.returncode == 1
    assert proc.stdout == "alpha beta alpha\n"  # the partial answer, its line ended
    assert proc.stderr == "error: StreamError: error in stream: Provider went away (code 502)\n"
    assert server.requests["POST", "/chat/completions"] == 1  # answered: never re-sent
    server.add_fault(Fault.mid_stream_error(after_chunks=1, message="gone"))
    status, out, err = cli(*against(server, "chat", "--json", "alpha"))
    assert (status, out) == (1, "")
    assert json.loads(err) == {
        "error": {"type": "StreamError", "message": "error in stream: gone (code 502)", "code": 502}
    }


def test_http_error_is_one_typed_line(server: MockOpenRouter, cli: Cli) -> None:
    server.add_fault(Fault.status(429, "Slow down", retry_after=0))
    proc = run_cli(*against(server, "chat", "--retries", "0", "hi"))
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("error: TooManyRequestsResponseError: Slow down (code 429)")
    assert "(POST http://127.0.0.1:" in proc.stderr and proc.stderr.endswith("-> 429)\n")
    no_traceback(proc)
    server.add_fault(Fault.status(503, retry_after=0))
    status, out, _ = cli(*against(server, "chat", "hi"))  # default: retried, then answered
    assert status == 0 and server.requests["POST", "/chat/completions"] == 3
    server.add_fault(Fault.status(400, "bad model"))
    status, out, err = cli(*against(server, "chat", "--json", "--no-stream", "hi"))
    error = json.loads(err)["error"]
    assert (status, out, error["type"], error["status_code"], error["code"]) == (
        1,
        "",
        "BadRequestResponseError",
        400,
        400,
    )


def test_unreachable_server_is_one_line(cli: Cli) -> None:
    with mock_server() as srv:
        url = srv.url  # a port that was just free, now closed
    status, _, err = cli("models", "--server-url", url, "--retries", "0")
    assert status == 1
    assert err.startswith("error: APIConnectionError: ") and err.count("\n") == 1


def test_ctrl_c_exits_130_cleanly() -> None:
    with mock_server(chunks=2000, chunk_delay=0.01) as srv:
        proc = subprocess.Popen(
            [sys.executable, "-m", "openrouter_lite", "chat", "--server-url", srv.url, "go"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=cli_env(OPENROUTER_API_KEY=KEY),
            cwd=ROOT,
            # a person's shell leaves SIGINT at its default; a background test runner may not
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        try:
            assert proc.stdout is not None and proc.stderr is not None
            first = proc.stdout.read(2)  # the stream has started
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=30)
        finally:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert first == b"go" and out.endswith(b"\n")
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


def test_an_error_while_interrupted_still_exits_130(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(args: Any) -> int:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise errors.APIConnectionError("closing the stream failed") from None

    monkeypatch.setattr(cli_module, "_run_models", interrupted)
    assert cli("models") == (130, "", "")

    def bug(args: Any) -> int:
        raise RuntimeError("a bug shows its traceback")

    monkeypatch.setattr(cli_module, "_run_models", bug)
    with pytest.raises(RuntimeError, match="a bug"):
        cli("models")


# -- the terminal -------------------------------------------------------------------------------


def run_on_terminal(
    args: list[str], env: dict[str, str], piped: list[bytes] | None = None
) -> tuple[int, bytes]:
    """Run the CLI with stdin, stdout and stderr on a pseudo-terminal; return what it showed.

    With `piped`, stdout is a pipe instead (`cli | less`) and what it received is appended.
    """
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "openrouter_lite", *args],
        stdin=terminal,
        stdout=terminal if piped is None else subprocess.PIPE,
        stderr=terminal,
        env=env,
        cwd=ROOT,
    )
    os.close(terminal)
    screen = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 1)
            if not ready:
                continue
            try:
                data = os.read(controller, 4096)
            except OSError:  # EIO: every copy of the terminal side is closed
                break
            if not data:
                break
            screen += data
        if piped is not None and proc.stdout is not None:
            piped.append(proc.stdout.read())
            proc.stdout.close()
        status = proc.wait(timeout=30)
    finally:
        os.close(controller)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return status, screen.replace(b"\r\n", b"\n")  # the terminal's ONLCR


def test_terminal_shows_reasoning_dimmed_then_the_answer(server: MockOpenRouter) -> None:
    args = against(server, "chat", "-q", "-m", "x/thinking", "why", "so")
    status, screen = run_on_terminal(args, cli_env())
    answer = expected_text("why so", 5).encode()
    assert status == 0
    assert screen == b"\x1b[2m" + REASONING.encode() + b"\x1b[0m\n" + answer + b"\n"
    status, screen = run_on_terminal(args, cli_env(NO_COLOR="1"))
    assert (status, screen) == (0, REASONING.encode() + b"\n" + answer + b"\n")
    piped: list[bytes] = []  # `openrouter-lite chat ... | less`: the reasoning stays on screen
    status, screen = run_on_terminal(args, cli_env(), piped)
    assert (status, screen, piped) == (
        0,
        b"\x1b[2m" + REASONING.encode() + b"\x1b[0m\n",
        [answer + b"\n"],
    )


def test_terminal_shows_a_mid_stream_error_on_a_line_of_its_own(server: MockOpenRouter) -> None:
    server.add_fault(Fault.mid_stream_error(after_chunks=2, message="Provider went away"))
    status, screen = run_on_terminal(against(server, "chat", "red", "blue"), cli_env())
    assert status == 1
    assert (
        screen == b"red blue\nerror: StreamError: error in stream: Provider went away (code 502)\n"
    )


# -- embed, models, demo ------------------------------------------------------------------------


def test_embed_texts_from_arguments_and_stdin(server: MockOpenRouter, cli: Cli) -> None:
    status, out, _ = cli(*against(server, "embed", "--dimensions", "8", "a b", "c"))
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2 and lines[0].startswith("'a b': 8 dimensions [")
    status, out, _ = cli(*against(server, "embed", "--json"), stdin="first\n\nsecond\n")
    result = json.loads(out)
    assert [d["index"] for d in result["data"]] == [0, 1] and len(result["data"][0]["embedding"])
    assert server.last_request is not None
    assert server.last_request.json["input"] == ["first", "second"]


def test_models_need_no_key(server: MockOpenRouter, cli: Cli) -> None:
    status, out, _ = cli("models", "--server-url", server.url)
    assert status == 0
    assert out.splitlines()[0] == "mock/model-0\t128000\tMock: Text Model 0"
    assert len(out.splitlines()) == 5
    status, out, _ = cli("models", "--embeddings", "--json", "--server-url", server.url)
    assert json.loads(out)["data"][0]["id"] == "mock/embed-0"


def test_demo_needs_no_key_and_no_network() -> None:
    proc = run_cli("demo")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "streamed chat: " + expected_text("Stream a few words back to me please", 12)
    assert lines[-1] == "demo finished: streaming chat and embeddings both worked"
    assert "no key, no network" in proc.stderr


def test_batch_is_a_subcommand(tmp_path: Path) -> None:
    """`python -m openrouter_lite batch` runs a JSONL file (OpenAI batch lines and a bare body)."""
    requests = tmp_path / "requests.jsonl"
    chat = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    lines = [
        {"custom_id": "a", "method": "POST", "url": "/v1/chat/completions", "body": chat},
        {
            "custom_id": "e",
            "method": "POST",
            "url": "/v1/embeddings",
            "body": {"model": "e", "input": "x"},
        },
        chat,
    ]
    requests.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "results.jsonl"
    proc = run_cli("batch", str(requests), "-o", str(out), "--mock", "--concurrency", "2")
    assert proc.returncode == 0, proc.stderr
    results = {r["custom_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(results) == {"a", "e", "line-3"}
    assert all(r["response"]["status_code"] == 200 and r["error"] is None for r in results.values())
    assert "3 succeeded, 0 failed" in proc.stderr
    again = run_cli("batch", str(requests), "-o", str(out), "--mock")  # resumes: nothing to do
    assert again.returncode == 0 and len(out.read_text().splitlines()) == 3


# -- serve-mock ---------------------------------------------------------------------------------


def _request(url: str, body: Any = None, key: str | None = None) -> tuple[int, Any]:
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    data = None if body is None else json.dumps(body).encode()
    try:
        with DIRECT.open(urllib.request.Request(url, data, headers), timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_serve_mock_with_key_models_latency_and_faults() -> None:
    args = ["serve-mock", "--port", "0", "--api-key", "sk-serve", "--models", "b/two,a/one"]
    args += ["--latency-ms", "1", "--fail-rate", "1", "--fail-status", "429"]
    args += ["--fail-path", "/embeddings", "--chunks", "3"]
    with subprocess.Popen(
        [sys.executable, "-m", "openrouter_lite", *args],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
        cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    ) as proc:
        assert proc.stdout is not None
        try:
            url = proc.stdout.readline().split()[-1]
            assert url.startswith("http://127.0.0.1:") and url.endswith("/api/v1")
            status, body = _request(url + "/models")  # no key, as on the real API
            assert status == 200 and [m["id"] for m in body["data"]] == ["a/one", "b/two"]
            chat = {"model": "a/one", "messages": [{"role": "user", "content": "yo"}]}
            assert _request(url + "/chat/completions", chat)[0] == 401
            assert _request(url + "/chat/completions", chat, "sk-other")[0] == 401
            status, body = _request(url + "/chat/completions", chat, "sk-serve")
            assert status == 200
            assert body["choices"][0]["message"]["content"] == expected_text("yo", 3)
            status, _ = _request(url + "/chat/completions", {**chat, "model": "c/x"}, "sk-serve")
            assert status == 400
            embed = {"model": "a/one", "input": "x"}
            status, body = _request(url + "/embeddings", embed, "sk-serve")
            assert status == 429 and body["error"]["code"] == 429
            chat_args = ("chat", "--server-url", url, "--api-key", "sk-serve", "-m", "a/one", "z")
            assert run_cli(*chat_args).stdout == expected_text("z", 3) + "\n"
        finally:
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=10) == 0


def test_serve_mock_mid_stream_faults_reach_the_cli(cli: Cli) -> None:
    args = ["serve-mock", "--port", "0", "--fail-rate", "1", "--fail-kind", "mid-stream"]
    with subprocess.Popen(
        [sys.executable, "-m", "openrouter_lite", *args, "--fail-after", "2"],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
        cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    ) as proc:
        assert proc.stdout is not None
        try:
            url = proc.stdout.readline().split()[-1]
            status, out, err = cli("chat", "--server-url", url, "--api-key", "k", "up", "down")
            assert (status, out) == (1, "up down\n")
            assert err.startswith("error: StreamError: ") and "(code 503)" in err
        finally:
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=10) == 0
