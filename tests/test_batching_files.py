"""Batch files: OpenAI Batch JSONL in and out, resuming (torn lines, --retry-failed, kill -9)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from test_batching import FAST, RecordingServer

from openrouter_lite import OpenRouter, batching
from openrouter_lite.batching import _cli
from openrouter_lite.testing import expected_embedding, expected_text

ROOT = Path(__file__).resolve().parent.parent


def openai_line(i: int, url: str = "/v1/chat/completions") -> dict[str, Any]:
    body: dict[str, Any] = (
        {"model": "m", "messages": [{"role": "user", "content": f"item {i}"}]}
        if "chat" in url
        else {"model": "e", "input": f"item {i}"}
    )
    return {"custom_id": f"req-{i}", "method": "POST", "url": url, "body": body}


def write_jsonl(path: Path, rows: list[Any]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


@pytest.fixture
async def server() -> AsyncIterator[RecordingServer]:
    srv = RecordingServer(chunks=3, embedding_dim=8)
    async with srv.run():
        yield srv


@pytest.fixture
async def client(server: RecordingServer) -> AsyncIterator[OpenRouter]:
    async with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST) as c:
        yield c


async def test_openai_batch_lines_in_and_out(client: OpenRouter, tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows: list[Any] = [openai_line(i) for i in range(3)] + [openai_line(3, "/v1/embeddings")]
    rows += [
        {"custom_id": "bad-url", "method": "POST", "url": "/v1/nothing", "body": {}},
        {"custom_id": "get", "method": "GET", "url": "/v1/chat/completions", "body": {}},
    ]
    write_jsonl(src, rows)
    with src.open("a") as f:
        f.write("\n{not json\n")
    job = batching.FileJob(client, src, out, concurrency=4)
    run = await job.run_async()
    assert (run.succeeded, run.failed) == (4, 3)
    lines = {line["custom_id"]: line for line in read_jsonl(out)}
    assert set(lines) == {"req-0", "req-1", "req-2", "req-3", "bad-url", "get", "line-8"}
    ok = lines["req-1"]
    assert ok["error"] is None and ok["response"]["status_code"] == 200
    body = ok["response"]["body"]
    assert body["choices"][0]["message"]["content"] == expected_text("item 1", 3)
    assert ok["response"]["request_id"] == body["id"] and ok["id"] == "batch_req_req-1"
    assert lines["req-3"]["response"]["body"]["data"][0]["embedding"] == expected_embedding(
        "item 3", 8
    )
    for key in ("bad-url", "get", "line-8"):
        assert lines[key]["response"] is None
        assert lines[key]["error"]["code"] == "BatchInputError"
    assert "unsupported url '/v1/nothing'" in lines["bad-url"]["error"]["message"]
    assert "line 8: invalid JSON" in lines["line-8"]["error"]["message"]


async def test_bare_bodies_keyed_by_line_number(
    client: OpenRouter, server: RecordingServer, tmp_path: Path
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        json.dumps({"messages": [{"role": "user", "content": "item 0"}]})
        + "\n\n"
        + json.dumps({"input": "item 1", "model": "e"})
        + "\n"
        + json.dumps({"model": "m"})
        + "\n"
    )
    job = batching.FileJob(client, src, out, params={"model": "m"})
    await job.run_async()
    lines = {line["custom_id"]: line for line in read_jsonl(out)}
    assert set(lines) == {"line-1", "line-3", "line-4"}
    assert lines["line-1"]["response"]["body"]["model"] == "m"
    assert lines["line-3"]["response"]["body"]["object"] == "list"
    assert "neither messages, input nor prompt" in lines["line-4"]["error"]["message"]


async def test_api_errors_become_output_lines_with_status_and_body(
    client: OpenRouter, server: RecordingServer, tmp_path: Path
) -> None:
    server.inject = lambda prompt, n: (400, {}) if prompt == "item 1" else None
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [openai_line(i) for i in range(3)])
    await batching.FileJob(client, src, out).run_async()
    failed = next(line for line in read_jsonl(out) if line["custom_id"] == "req-1")
    assert failed["response"]["status_code"] == 400
    assert failed["response"]["body"] == {"error": {"code": 400, "message": "injected"}}
    assert failed["error"]["code"] == "BadRequestResponseError"


async def test_rerun_skips_done_ids_and_retry_failed_retries_only_failures(
    client: OpenRouter, server: RecordingServer, tmp_path: Path
) -> None:
    server.inject = lambda prompt, n: (400, {}) if prompt in ("item 2", "item 5") else None
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [openai_line(i) for i in range(8)])
    first = await batching.FileJob(client, src, out).run_async()
    assert (first.succeeded, first.failed) == (6, 2)
    received = sum(server.received.values())

    again = batching.FileJob(client, src, out)
    run = await again.run_async()
    assert again.skipped == 8 and run.succeeded + run.failed == 0
    assert sum(server.received.values()) == received  # nothing sent

    server.inject = None
    retry = batching.FileJob(client, src, out, retry_failed=True)
    run = await retry.run_async()
    assert retry.skipped == 6 and run.succeeded == 2
    assert server.received["item 2"] == server.received["item 5"] == 2
    assert all(server.received[f"item {i}"] == 1 for i in (0, 1, 3, 4, 6, 7))
    lines = read_jsonl(out)
    assert sorted(line["custom_id"] for line in lines) == sorted(f"req-{i}" for i in range(8))
    assert all(line["error"] is None for line in lines)


async def test_a_torn_last_line_is_ignored_and_its_item_rerun(
    client: OpenRouter, server: RecordingServer, tmp_path: Path
) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [openai_line(i) for i in range(4)])
    await batching.FileJob(client, src, out, ordered=True).run_async()
    data = out.read_bytes()
    cut = data.rstrip(b"\n").rfind(b"\n") + 1
    out.write_bytes(data[: cut + 30])  # the last line loses its end: a crash mid-write
    lost = json.loads(data[cut:])["custom_id"]
    job = batching.FileJob(client, src, out)
    run = await job.run_async()
    assert job.torn and job.skipped == 3 and run.succeeded == 1
    assert server.received[lost.replace("req-", "item ")] == 2
    lines = read_jsonl(out)  # every line parses again
    assert sorted(line["custom_id"] for line in lines) == [f"req-{i}" for i in range(4)]


async def test_the_output_cannot_be_the_input(client: OpenRouter, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [openai_line(0)])
    with pytest.raises(ValueError, match="the output file is the input file"):
        await batching.FileJob(client, src, src).run_async()
    assert len(read_jsonl(src)) == 1


def test_a_damaged_line_before_the_last_is_an_error(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"custom_id": "a", "error": null}\n{broken\n{"custom_id": "b"}\n')
    with pytest.raises(batching.BatchFileError, match="line 2 is damaged"):
        batching.resume_state(out)


def test_resume_after_kill_9_resends_only_what_was_not_answered(tmp_path: Path) -> None:
    """A subprocess runs the job and is killed mid-way; the rerun completes it. Every item that
    had its output line sent exactly once; only what was in flight may have been sent twice."""
    n, concurrency = 240, 8
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [openai_line(i) for i in range(n)])
    # 240 requests at 8 in flight, 0.1 s each: about 3 s, so the interrupt lands mid-run
    srv = RecordingServer(chunks=2, latency=0.1)
    code = "import sys; from openrouter_lite.batching import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "OPENROUTER_API_KEY": "k"}
    with srv.run_in_thread() as url:
        argv = [sys.executable, "-c", code, "batch", str(src), "-o", str(out)]
        argv += ["--server-url", url, "--concurrency", str(concurrency), "--quiet"]
        proc = subprocess.Popen(argv, cwd=ROOT, env=env, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= n // 4:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert proc.returncode == -signal.SIGKILL, "the job ended before it could be killed"
        proc.stderr.close()  # type: ignore[union-attr]
        answered_before = {
            line["custom_id"]
            for line in (json.loads(x) for x in out.read_bytes().split(b"\n") if _whole(x))
        }
        assert n // 4 <= len(answered_before) < n

        rerun = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=60)
        assert rerun.returncode == 0, rerun.stderr.decode()
        assert b"skipped" in rerun.stderr
    lines = read_jsonl(out)
    ids = [line["custom_id"] for line in lines]
    assert sorted(ids) == sorted(f"req-{i}" for i in range(n))  # each id exactly once
    assert all(line["error"] is None for line in lines)
    for key in answered_before:
        assert srv.received[key.replace("req-", "item ")] == 1, key
    resent = sum(srv.received.values()) - n
    assert 0 <= resent <= concurrency  # only what was in flight at the kill


def _whole(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def test_cli_summary_and_exit_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "k")
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [openai_line(i) for i in range(20)])
    srv = RecordingServer(chunks=2)
    srv.inject = lambda prompt, n: (400, {}) if prompt == "item 7" else None
    with srv.run_in_thread() as url:
        argv = ["batch", str(src), "-o", str(out), "--server-url", url, "--concurrency", "4"]
        status = _run_cli(argv)
        err = capsys.readouterr().err
        assert status == 1
        assert "19 succeeded, 1 failed, 0 skipped" in err
        assert "errors: BadRequestResponseError 1" in err
        assert "tokens: 38 prompt + 38 completion" in err
        assert "requests/s" in err and "--retry-failed" in err

        srv.inject = None
        assert _run_cli([*argv, "--retry-failed"]) == 0
        err = capsys.readouterr().err
        assert "1 succeeded, 0 failed, 19 skipped" in err
    assert len(read_jsonl(out)) == 20


def _run_cli(argv: list[str]) -> int:
    return _cli.main(argv)


def test_cli_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    src = tmp_path / "in.jsonl"
    src.write_text("{}\n")
    assert _run_cli(["batch", str(src), "-o", str(tmp_path / "o")]) == 2
    assert "set OPENROUTER_API_KEY" in capsys.readouterr().err
    assert _run_cli(["batch", str(tmp_path / "missing.jsonl"), "-o", "x"]) == 2
    assert "no such input file" in capsys.readouterr().err


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    n = 240
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [openai_line(i) for i in range(n)])
    # 240 requests at 8 in flight, 0.1 s each: about 3 s, so the interrupt lands mid-run
    srv = RecordingServer(chunks=2, latency=0.1)
    code = "import sys; from openrouter_lite.batching import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "OPENROUTER_API_KEY": "k"}
    with srv.run_in_thread() as url:
        argv = [sys.executable, "-c", code, "batch", str(src), "-o", str(out)]
        argv += ["--server-url", url, "--concurrency", "8"]
        proc = subprocess.Popen(argv, cwd=ROOT, env=env, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= n // 4:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=20)
        assert proc.returncode == 130, stderr.decode()
        message = stderr.decode()
        assert "batch interrupted" in message
        assert "run the same command again to resume" in message
        lines = read_jsonl(out)  # a clean stop: every line whole
        assert n // 4 <= len(lines) < n
        rerun = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=60)
        assert rerun.returncode == 0, rerun.stderr.decode()
        assert f"{len(lines)} skipped" in rerun.stderr.decode()
    assert sorted(x["custom_id"] for x in read_jsonl(out)) == sorted(f"req-{i}" for i in range(n))


def test_progress_line() -> None:
    p = batching.Progress(
        succeeded=1200,
        failed=34,
        in_flight=64,
        total=10_000,
        elapsed=3.0,
        rate=411.3,
        eta=21.3,
        prompt_tokens=1000,
        completion_tokens=234,
        cost=0.0123,
        concurrency=64,
        paused=2.5,
        pauses=1,
        errors={"BadRequestResponseError": 34},
    )
    assert _cli.progress_line(p) == (
        "1,234/10,000 done  34 failed  64 in flight  411.3 req/s  ETA 0:00:21  "
        "1,234 tokens  $0.0123  [paused 2.5s]"
    )


def test_cli_with_the_embedded_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [{"messages": [{"role": "user", "content": f"q {i}"}]} for i in range(5)])
    assert _run_cli(["batch", str(src), "-o", str(out), "--mock", "--model", "m"]) == 0
    err = capsys.readouterr().err
    assert "embedded OpenRouter-compatible server" in err and "5 succeeded" in err
    assert [x["custom_id"] for x in read_jsonl(out)] == [f"line-{i}" for i in range(1, 6)]


def test_cli_live_progress_line_on_a_terminal(tmp_path: Path) -> None:
    import pty

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [openai_line(i) for i in range(30)])
    code = "import sys; from openrouter_lite.batching import main; sys.exit(main(sys.argv[1:]))"
    argv = [sys.executable, "-c", code, "batch", str(src), "-o", str(out), "--mock"]
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen(argv, cwd=ROOT, stderr=follower, stdout=subprocess.DEVNULL)
        os.close(follower)
        output = b""
        while True:
            try:
                data = os.read(leader, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            output += data
        assert proc.wait(30) == 0
    finally:
        os.close(leader)
    text = output.decode()
    assert "\r\x1b[2K30/30 done  0 failed  0 in flight" in text
    assert "batch finished" in text


def test_file_job_sync_twin(tmp_path: Path) -> None:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [openai_line(i) for i in range(6)])
    srv = RecordingServer(chunks=2)
    with srv.run_in_thread() as url, OpenRouter(api_key="k", server_url=url) as client:
        run = batching.FileJob(client, src, out, concurrency=2).run()
        assert run.succeeded == 6
    assert len(read_jsonl(out)) == 6
