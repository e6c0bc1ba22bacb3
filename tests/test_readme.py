"""Every ```python block of README.md type-checks under `mypy --strict` and runs against the
embedded server.

A block may use the names the README's prose introduces: `client` (an `OpenRouter`), `msgs` (a
message list) and `chunks_of_bytes`; the preamble below defines them. A block with a top-level
`await` / `async with` / `async for` runs inside an `async def`. Lines importing the official SDK
(the "before" half of a before/after pair) are dropped. The public API URL is swapped for the
embedded server's, so the blocks run as written, without network or key. Blocks that import
`ray` (the "Scaling out with Ray" section) need the ray extra and a local Ray: they are left to
tests/test_ray.py.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import openrouter_lite._client as client_module
from openrouter_lite.testing import mock_server

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
PREAMBLE = """\
from __future__ import annotations

import asyncio
from typing import Any

from openrouter_lite import OpenRouter

client = OpenRouter()
msgs: list[dict[str, Any]] = [{"role": "user", "content": "Hi"}]
chunks_of_bytes: list[bytes] = [b"data: hello\\n\\n"]
"""
_TOP_LEVEL_ASYNC = re.compile(r"^(await |async with |async for |\S.*\bawait\b)", re.M)
_OFFICIAL_IMPORT = re.compile(r"^(from openrouter |import openrouter\b).*$", re.M)
_RAY_IMPORT = re.compile(r"^(import ray\b|from ray\b)|\bray\.", re.M)


def blocks() -> list[tuple[int, str]]:
    """(line number, code) of each python block."""
    out = []
    lines = README.read_text(encoding="utf-8").splitlines()
    start = None
    for i, line in enumerate(lines, 1):
        if start is None and line.strip() == "```python":
            start = i
        elif start is not None and line.strip() == "```":
            out.append((start, "\n".join(lines[start : i - 1]) + "\n"))
            start = None
    return [(line, code) for line, code in out if not _RAY_IMPORT.search(code)]


def program(code: str) -> str:
    """The block as a module: preamble, the block (inside `async def` when it awaits at top
    level), then closing the preamble's client."""
    code = _OFFICIAL_IMPORT.sub("", code)
    if _TOP_LEVEL_ASYNC.search(code):  # the client is closed on the loop that used it
        body = textwrap.indent(code + "await client.aclose()\n", "    ")
        return f"{PREAMBLE}\n\nasync def _block() -> None:\n{body}\n\nasyncio.run(_block())\n"
    return f"{PREAMBLE}\n{code}\nclient.close()\n"


BLOCKS = blocks()


def test_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 8


def test_readme_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    files = []
    for line, code in BLOCKS:
        path = tmp_path / f"readme_line_{line}.py"
        path.write_text(program(code), encoding="utf-8")
        files.append(str(path))
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *files],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("line", "code"), BLOCKS, ids=[f"line{n}" for n, _ in BLOCKS])
def test_readme_block_runs(line: int, code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with mock_server(chunks=3) as server:
        monkeypatch.setattr(client_module, "DEFAULT_SERVER_URL", server.url)
        monkeypatch.setenv("OPENROUTER_API_KEY", "sk-readme")
        failure: list[BaseException] = []

        def run() -> None:  # a thread with no event loop, like a script's main thread
            try:
                exec(compile(program(code), f"README.md:{line}", "exec"), {"__name__": "readme"})
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
                failure.append(exc)

        thread = threading.Thread(target=run)
        thread.start()
        thread.join(60)
        assert not thread.is_alive(), f"README.md:{line} did not finish"
    if failure:
        raise failure[0]
