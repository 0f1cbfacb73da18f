"""Close spellings: difflib's answer, found fast.

``difflib.get_close_matches`` compares a name with every key (about 4,000 in the parties'
countries), some 4 ms a name in pure Python; a report of many unknown names (a hostile paste)
took 12 s at 200,000 characters. rapidfuzz's Indel ratio is 2·LCS/(len a + len b), never below
difflib's ratio (difflib's matching blocks are a common subsequence, at most the longest one),
so the keys rapidfuzz keeps at the cutoff hold every key difflib would keep. difflib then scores
only those few, and the answer, its order and its ties are difflib's own.
"""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Sequence

from rapidfuzz import fuzz, process

__all__ = ["close_matches"]

# rapidfuzz scores 0..100 in floating point: a hair below the cutoff keeps every borderline key.
_SLACK = 1e-6


def close_matches(word: str, keys: Sequence[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The same list as ``difflib.get_close_matches(word, keys, n, cutoff)``."""
    if n <= 0:
        raise ValueError(f"n must be > 0: {n!r}")
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError(f"cutoff must be in [0.0, 1.0]: {cutoff!r}")
    survivors = process.extract(word, keys, scorer=fuzz.ratio, score_cutoff=max(0.0, cutoff * 100 - _SLACK), limit=None)
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for key, _score, _index in survivors:
        matcher.set_seq1(key)
        ratio = matcher.ratio()
        if ratio >= cutoff:
            scored.append((ratio, key))
    return [key for _ratio, key in heapq.nlargest(n, scored)]
