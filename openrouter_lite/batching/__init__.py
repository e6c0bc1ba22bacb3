"""Batch jobs: many requests over one client, bounded, paced, resumable, one outcome per input.

```python
from openrouter_lite import OpenRouter, batching

async with OpenRouter() as client:
    requests = ({"messages": [{"role": "user", "content": q}]} for q in questions)
    async for outcome in batching.run(client, requests, model="openai/gpt-4o-mini"):
        print(outcome.index, outcome.result if outcome.ok else outcome.error)
```
`for outcome in batching.run(...)` is the blocking twin. Files in the OpenAI Batch API shape:
`batching.run_file(client, "requests.jsonl", "results.jsonl")` (resumable; see `run_file_async`).
"""

from __future__ import annotations

from ._cli import add_batch_parser, main, run_batch_command
from ._jsonl import (
    URL_OPERATIONS,
    BatchFileError,
    FileJob,
    ResumeState,
    outcome_line,
    read_requests,
    resume_state,
)
from ._runner import (
    THROTTLE_STATUSES,
    BatchInputError,
    BatchRequest,
    BatchRun,
    Outcome,
    Progress,
    run,
)

__all__ = (
    "THROTTLE_STATUSES",
    "URL_OPERATIONS",
    "BatchFileError",
    "BatchInputError",
    "BatchRequest",
    "BatchRun",
    "FileJob",
    "Outcome",
    "Progress",
    "ResumeState",
    "add_batch_parser",
    "main",
    "outcome_line",
    "read_requests",
    "resume_state",
    "run",
    "run_batch_command",
)
