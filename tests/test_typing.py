"""What mypy --strict infers for user code: item types of pages, floats of embeddings, a
`stream: bool` variable, the drop-in modules (issue: types users saw as `Any` or rejected)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CODE = """
from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from openrouter_lite import OpenRouter, Stream
from openrouter_lite.resources.guardrails import GuardrailsPage
from openrouter_lite.types.chat import ChatResponse, ChatStreamChunk
from openrouter_lite.types.guardrails import Guardrail


async def main(client: OpenRouter, stream: bool) -> None:
    e = await client.embeddings.generate_async(input=["a"], model="m")
    assert_type(e.data[0].embedding, list[float])
    page = client.guardrails.list()
    assert_type(page.result, GuardrailsPage)
    nxt = page.next()
    assert_type(nxt, GuardrailsPage | None)
    for g in page.iter_all():
        assert_type(g, Guardrail)
    async for g2 in (await client.guardrails.list_async()).aiter_all():
        assert_type(g2, Guardrail)
    r = await client.chat.send_async(model="m", messages=[], stream=stream)
    assert_type(r, ChatResponse | Stream[ChatStreamChunk])
    plain = client.chat.send(model="m", messages=[])
    assert_type(plain, ChatResponse)
    d = plain.model_dump(exclude_none=True)
    assert_type(d, dict[str, Any])
    copy = plain.model_copy(update={"model": "x"})
    assert_type(copy, ChatResponse)
    again = ChatResponse.model_validate(d)
    assert_type(again, ChatResponse)
    client.chat.send(model="m", messages=[], retries=None)
"""


def test_user_code_types(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    path = tmp_path / "user_code.py"
    path.write_text(CODE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
