"""Which parts of a sentence an earlier, stronger pattern already took.

Steps that try patterns in order of strength (dates, casualties, places) keep the first match
at each place and skip later ones that overlap it. Checking every new match against every kept
one costs the square of the number of matches (a pasted "Monday Monday Monday …" has tens of
thousands); marking covered characters costs the length of the matches.
"""

from __future__ import annotations

__all__ = ["Spans"]


class Spans:
    """Covered character positions of one text; ``add`` and ``overlaps`` cost the span's length."""

    def __init__(self, length: int) -> None:
        self._covered = bytearray(length + 1)

    def overlaps(self, start: int, end: int) -> bool:
        return self._covered.find(1, start, max(start + 1, end)) != -1

    def add(self, start: int, end: int) -> None:
        self._covered[start:end] = b"\x01" * (end - start)
