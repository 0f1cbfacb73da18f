"""Sentences that tell of fire or losses but gave no claim, each with a draft claim for the reviewer.

On reports it was not built from, the reader proposes about half of the incidents a person would
record (docs/extraction-quality.md). Some it never read as claims at all: the sentence that tells
them is left over. Listing those sentences, with what they name already filled in, lets a reviewer
add a missed incident in one step instead of reading the whole report again for it. A sentence is
left over when it has an incident trigger or states a loss, is not negated, is no heading or
caption, and no proposal or denial took it as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mapdata.extract.events import classify
from mapdata.extract.folded import FoldedPattern
from mapdata.extract.proposal import Proposal
from mapdata.extract.reader import Claim, Reader
from mapdata.extract.text import Sentence

__all__ = ["MAX_LEFTOVERS", "Leftover", "passed_over"]

# At most this many are listed: a report has a few (1.9 on average over 284 labelled reports);
# a pasted book must not make the page list thousands.
MAX_LEFTOVERS = 40

# A running count: "1,643 violations in 2020 so far", "to date".
_TALLY = re.compile(r"\bso\s+far\b|\bto\s+date\b", re.I)
# A loss stated without a trigger word: "Two soldiers were killed", "a woman was injured".
_LOSS = FoldedPattern(r"\b(?:killed|wounded|injured|martyred|died|dead)\b", re.I)


@dataclass
class Leftover:
    """A sentence that gave no claim, and the claim(s) it would give if the reviewer adds it."""

    index: int  # the sentence's place in the report (0 = first)
    sentence: str
    proposals: list[Proposal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "sentence": self.sentence, "proposals": [p.to_dict() for p in self.proposals]}


def _norm(text: str) -> str:
    return " ".join(text.split())


def passed_over(reader: Reader, used: Iterable[str], limit: int = MAX_LEFTOVERS) -> list[tuple[Sentence, Claim]]:
    """The report's sentences that tell of fire or losses and that no claim or denial used (``used``:
    their texts), in reading order, each with the claim the reader drafts from it."""
    taken = {_norm(text) for text in used}
    found: list[tuple[Sentence, Claim]] = []
    for sentence in reader.doc.sentences:
        if len(found) >= limit:
            break
        if sentence.heading or sentence.caption or _norm(sentence.text) in taken:
            continue
        # (classified once: while reading, or here for a sentence the reading stopped before that)
        signals = reader.signals.get(sentence.index) or classify(sentence.norm, reader.lexicon)
        if signals.negated or not (signals.event or signals.weak or _LOSS.search(sentence.norm)):
            continue
        draft = reader.draft(sentence)
        if _TALLY.search(sentence.norm) and draft.killed is None and draft.wounded is None:
            continue  # "1,643 violations in 2020 so far": a count, no incident (walk8)
        found.append((sentence, draft))
    return found
