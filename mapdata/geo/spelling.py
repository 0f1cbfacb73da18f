"""Close spellings: difflib's answer, found fast.

``difflib.get_close_matches`` compares a name with every key (about 4,000 in the parties'
countries), some 4 ms a name in pure Python; a report of many unknown names (a hostile paste)
took 12 s at 200,000 characters. rapidfuzz's Indel ratio is 2·LCS/(len a + len b), never below
difflib's ratio (difflib's matching blocks are a common subsequence, at most the longest one),
so the keys rapidfuzz keeps at the cutoff hold every key difflib would keep. difflib then scores
only those few, and the answer, its order and its ties are difflib's own.

Both ratios are at most 2·min(len a, len b)/(len a + len b): ``close_matches_by_length`` gives
rapidfuzz only the keys whose length can reach the cutoff (a name of 5 letters at 0.86: keys of 4 to
6), the same answer for a tenth of the work.
"""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

if TYPE_CHECKING:
    import numpy as np

__all__ = ["KeysByLength", "by_length", "close_matches", "close_matches_by_length"]

# rapidfuzz scores 0..100 in floating point: a hair below the cutoff keeps every borderline key.
_SLACK = 1e-6


def close_matches(word: str, keys: Sequence[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The same list as ``difflib.get_close_matches(word, keys, n, cutoff)``."""
    if n <= 0:
        raise ValueError(f"n must be > 0: {n!r}")
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError(f"cutoff must be in [0.0, 1.0]: {cutoff!r}")
    survivors = process.extract(word, keys, scorer=fuzz.ratio, score_cutoff=max(0.0, cutoff * 100 - _SLACK), limit=None)
    if not survivors:
        return []  # (most unknown names: no matcher to build)
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for key, _score, _index in survivors:
        matcher.set_seq1(key)
        ratio = matcher.ratio()
        if ratio >= cutoff:
            scored.append((ratio, key))
    return [key for _ratio, key in heapq.nlargest(n, scored)]


@dataclass(frozen=True)
class KeysByLength:
    """Keys sorted by length (``by_length``): the keys of a range of lengths are one slice."""

    keys: list[str]
    first: list[int]  # first[n]: where the keys of length n or longer start (n up to the longest + 1)
    # the keys' letters (a column each) and, for every key, which of them it holds (1) and its length: the
    # letters a word shares with a key bound their longest common subsequence (``close_matches_by_length``)
    letters: dict[str, int] = field(default_factory=dict)
    holds: np.ndarray | None = None
    lengths: np.ndarray | None = None

    def of_lengths(self, shortest: int, longest: int) -> list[str]:
        top = len(self.first) - 1
        return self.keys[self.first[min(shortest, top)] : self.first[min(longest + 1, top)]]


def by_length(keys: Sequence[str]) -> KeysByLength:
    """``keys`` sorted by length, for ``close_matches_by_length``."""
    ordered = sorted(keys, key=len)
    longest = len(ordered[-1]) if ordered else 0
    first, at = [], 0
    for length in range(longest + 2):
        while at < len(ordered) and len(ordered[at]) < length:
            at += 1
        first.append(at)
    import numpy as np  # (here, not at the top: the reader imports this module, and most pages never look)

    letters = {letter: column for column, letter in enumerate(sorted({c for key in ordered for c in key}))}
    # (a row per key, in floating point: the product with a word's letter counts is one BLAS call; the
    # numbers are small whole numbers, exact in a float)
    holds = np.zeros((len(ordered), len(letters)), dtype=np.float64)
    for row, key in enumerate(ordered):
        holds[row, [letters[c] for c in set(key)]] = 1.0
    lengths = np.array([len(key) for key in ordered], dtype=np.float64)
    return KeysByLength(ordered, first, letters, holds, lengths)


def close_matches_by_length(word: str, keys: KeysByLength, n: int = 3, cutoff: float = 0.6) -> list[str]:
    """``close_matches`` over ``keys``, skipping those too short or too long to reach ``cutoff``: their
    ratio is below it whatever their letters (the answer never depends on the keys' order)."""
    size = len(word)

    def reaches(length: int) -> bool:
        return size + length == 0 or 2 * min(size, length) / (size + length) >= cutoff - _SLACK

    # (the ratio's bound is 1 at the word's length and falls on either side: one range of lengths)
    shortest, longest = size, size
    while shortest > 0 and reaches(shortest - 1):
        shortest -= 1
    while longest < len(keys.first) and reaches(longest + 1):
        longest += 1
    candidates = keys.of_lengths(shortest, longest) if reaches(size) else []
    if size and candidates and keys.holds is not None and keys.lengths is not None:
        # Both ratios are at most 2·LCS/(len a + len b), and the longest common subsequence takes only letters
        # of the word that the key holds: keys whose bound cannot reach the cutoff (a hostile text's made-up
        # names reach almost none) are not scored; the rest, in their order, are scored as before
        top = len(keys.first) - 1
        low, high = keys.first[min(shortest, top)], keys.first[min(longest + 1, top)]
        counts = [0.0] * len(keys.letters)
        for letter in word:
            column = keys.letters.get(letter)
            if column is not None:
                counts[column] += 1.0
        lengths = keys.lengths[low:high]
        shared = (keys.holds[low:high] @ counts).clip(max=lengths)
        reach = 2 * shared / (size + lengths) >= cutoff - 2 * _SLACK
        candidates = [keys.keys[low + i] for i in reach.nonzero()[0].tolist()]
    return close_matches(word, candidates, n, cutoff)
