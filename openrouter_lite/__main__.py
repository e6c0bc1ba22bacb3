"""`python -m openrouter_lite`: the command line of `openrouter_lite.cli`."""

from __future__ import annotations

import sys

from .cli import main

__all__ = ("main",)

if __name__ == "__main__":
    sys.exit(main(prog="python -m openrouter_lite"))
