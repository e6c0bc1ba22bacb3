"""`python -m bench --smoke`: every scenario runs for lite and the floor and counts right.

The smoke mode checks each repetition's result (chunks, characters, vectors, models, events) in
the worker that produced it; a wrong count fails the scenario. No timing is asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

# scenario -> the units one smoke repetition must have completed (None: not a count)
EXPECTED_UNITS: dict[str, int | None] = {
    "stream_long": 200,
    "stream_concurrent": 5 * 20,
    "chat_concurrent": 20,
    "batch_chat": 20,
    "batch_chat_512": 20,
    "embeddings_float": 3,
    "embeddings_base64": 3,
    "embed_many": 600,
    "models_list": 2,
    "sse_parser_small": 1,
    "sse_parser_4mb": 1,
    "sync_stream": 200,
    "sync_chat": 20,
    "import": None,
    "memory": 50,
}


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("bench") / "smoke.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results: dict[str, Any] = json.loads(out.read_text())
    return results


def test_every_scenario_ran(smoke: dict[str, Any]) -> None:
    assert smoke["mode"] == "smoke"
    assert set(smoke["scenarios"]) == set(EXPECTED_UNITS)


@pytest.mark.parametrize("scenario", sorted(EXPECTED_UNITS))
def test_lite_and_floor_counted_right(smoke: dict[str, Any], scenario: str) -> None:
    contenders = smoke["scenarios"][scenario]["contenders"]
    assert set(contenders) == {"lite", "floor"}
    for name, entry in contenders.items():
        assert entry["status"] == "ok", f"{scenario}/{name}: {entry['note']}"
        assert entry["reps"] == 1
        (run,) = entry["runs"]
        assert run["ok"] is True
        want = EXPECTED_UNITS[scenario]
        if want is not None:
            assert run["units"] == want, f"{scenario}/{name}"
        primary = smoke["scenarios"][scenario]["metrics"][0]["key"]
        assert primary in entry["stats"]
