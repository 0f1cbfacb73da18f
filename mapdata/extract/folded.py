"""Case-insensitive patterns run as case-sensitive ones over lower-cased text.

Under ``re.IGNORECASE`` Python's engine enters every branch of an alternation at every position of
the text (it cannot skip by the branches' first letters), so a trigger list of a few hundred words
costs 3-4 times what the same list costs over lower-cased text with a lower-cased pattern. The
reader runs its longest lists on every sentence; this keeps their answers and cuts that cost.
"""

from __future__ import annotations

import re

__all__ = ["FoldedPattern"]

# escapes whose meaning changes with their letter's case (\S is not \s), and group names
_CASED_SYNTAX = re.compile(r"\\[A-Z]|\(\?P[<=]|\(\?-?[a-zA-Z]*i")


class FoldedPattern:
    """A pattern compiled with ``re.IGNORECASE`` whose ``search`` is run over ``text.lower()``.

    Matches are on the lower-cased text: their offsets are the text's own (a text whose
    lower-casing changes its length, such as one with a dotted capital I, is searched as it is),
    and their groups are lower-case. Use where only the match or its offsets are read.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if _CASED_SYNTAX.search(pattern):
            raise ValueError("a pattern with upper-case escapes, named groups or inline case flags cannot be folded")
        self.pattern = pattern
        self._as_written = re.compile(pattern, flags | re.IGNORECASE)
        self._folded = re.compile(pattern.lower(), flags & ~re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        lowered = text.lower()
        if len(lowered) != len(text):
            return self._as_written.search(text)
        return self._folded.search(lowered)
