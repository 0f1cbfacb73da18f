"""Stand-ins for the extractor, run inside worker processes by tests/extract/test_worker.py."""

from __future__ import annotations

import os
from typing import Any


def echo(text: str, **options: Any) -> dict[str, Any]:
    """Answers at once, saying which process answered."""
    return {"text": text.upper(), "options": options, "pid": os.getpid()}


def spin(text: str, **options: Any) -> str:
    """Never answers when asked to hang; busy in pure Python, as a runaway pattern would be."""
    while text == "hang":
        pass
    return text


def crash(text: str, **options: Any) -> str:
    """The process dies without a word, as when the system kills it."""
    os._exit(3)


def fail(text: str, **options: Any) -> str:
    raise ValueError("bad input")
