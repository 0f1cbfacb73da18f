"""Case-insensitive patterns run as case-sensitive ones over lower-cased text.

Under ``re.IGNORECASE`` Python's engine enters every branch of an alternation at every position of
the text (it cannot skip by the branches' first letters), so a trigger list of a few hundred words
costs 3-4 times what the same list costs over lower-cased text with a lower-cased pattern. The
reader runs its longest lists on every sentence; this keeps their answers and cuts that cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["FoldedPattern", "folded_if_ignorecase"]

# escapes whose meaning changes with their letter's case (\S is not \s), character codes (\x41 is
# "A"), group names with capitals, and inline case flags
_CASED_SYNTAX = re.compile(r"\\[A-Zxu0]|\\[1-7][0-7]{2}|\(\?P[<=][^>)]*[A-Z]|\(\?-?[a-zA-Z]*i")
# ("(?P<n>" lower-cased is no group; the names themselves are lower-case, checked above)
_LOWERED_GROUP = re.compile(r"\(\?p([<=])")
# Letters re.IGNORECASE takes for an ASCII letter though their lower case is another letter (dotless
# ı is "i", long ſ is "s"): a text with one is searched as it is. (Every other letter whose lower
# case is not its re.IGNORECASE partner lower-cases to more than one character, such as a dotted
# capital I; the length check catches those. tests/extract/test_folded.py checks both over Unicode.)
_FOLDS_APART = re.compile("[ıſ]")


class FoldedPattern:
    """A pattern compiled with ``re.IGNORECASE`` whose matches are found over ``text.lower()``.

    The matches are the pattern's own over the text as written (same offsets, groups as written):
    the lower-cased search only finds where each one starts. A text whose lower-casing is no
    letter-for-letter copy (a dotted capital I, a dotless i) is searched as it is.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if _CASED_SYNTAX.search(pattern):
            raise ValueError(
                "a pattern with upper-case escapes, character codes, capitals in group names or "
                "inline case flags cannot be folded"
            )
        self.pattern = pattern
        self._as_written = re.compile(pattern, flags | re.IGNORECASE)
        self._folded = re.compile(_LOWERED_GROUP.sub(r"(?P\1", pattern.lower()), flags & ~re.IGNORECASE)

    def _lowered(self, text: str) -> str | None:
        """``text`` lower-cased when a search over it answers as re.IGNORECASE does over ``text``."""
        lowered = text.lower()
        if len(lowered) != len(text) or (not text.isascii() and _FOLDS_APART.search(text)):
            return None
        return lowered

    def search(self, text: str) -> re.Match[str] | None:
        lowered = self._lowered(text)
        if lowered is None:
            return self._as_written.search(text)
        found = self._folded.search(lowered)
        return None if found is None else self._as_written.match(text, found.start())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lowered = self._lowered(text)
        if lowered is None:
            yield from self._as_written.finditer(text)
            return
        for found in self._folded.finditer(lowered):
            match = self._as_written.match(text, found.start())
            if match is not None:  # always: the two patterns take the same letters
                yield match


def folded_if_ignorecase(pattern: re.Pattern[str] | FoldedPattern) -> re.Pattern[str] | FoldedPattern:
    """``pattern`` as a FoldedPattern when it is compiled with ``re.IGNORECASE`` (same matches, found
    faster); a case-sensitive pattern as it is."""
    if isinstance(pattern, FoldedPattern) or not pattern.flags & re.IGNORECASE:
        return pattern
    return FoldedPattern(pattern.pattern, pattern.flags & ~re.IGNORECASE)
