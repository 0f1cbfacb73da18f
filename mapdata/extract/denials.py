"""Denials: the other side's answer to a claim, not an incident of their own.

"The claims of the Ministry of Defense of Azerbaijan that ... are absolutely false" or
"Armenia's Defense Ministry denied the statement ..., saying that it does not correspond to
reality" report no event; they are attached to the claim they deny so a reader sees both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapdata.extract.attribution import SpeakerTracker, find_attribution, opponent, side_word
from mapdata.extract.folded import FoldedPattern

__all__ = ["Denial", "find_denial", "is_denial"]

_DENIAL = FoldedPattern(
    # ("denounced as \"unsubstantiated\" the information ... concerning the shelling")
    r"\b(?:absolutely\s+false|(?:is|are|was|were)\s+false|not\s+true|untrue|groundless|baseless|unfounded|unsubstantiated|fake\s*news|"
    # "an official responsible for countering disinformation" names an office, not a denial
    r"(?<!countering\s)(?<!combating\s)(?<!fighting\s)(?<!counter\s)(?:disinformation|misinformation)|does\s+not\s+correspond\s+to\s+(?:the\s+)?reality|do\s+not\s+correspond\s+to\s+(?:the\s+)?reality|"
    r"den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|reject(?:s|ed)?\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:claims?|reports?|allegations?|accusations?|statement)|"
    # ("rejected Indian allegations that ...": whose claims, named before them)
    r"dismiss(?:es|ed)?\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:claims?|reports?|allegations?|accusations?)|another\s+lie|"
    # ("said there was no truth to reports shots had been fired from a car")
    r"no\s+truth\s+(?:to|in)\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:reports?|information|claims?|allegations?|statements?)|"
    # "said it was unaware of any clash", "said there had been no fighting"
    r"unaware\s+of\s+any\s+(?:clash(?:es)?|fighting|incidents?|shooting|firing|attacks?)|"
    r"there\s+(?:had|has|have)\s+been\s+no\s+(?:fighting|clash(?:es)?|shooting|firing|exchange\s+of\s+fire)|"
    # "No Pakistani troop carried out any firing across the LoC": the fire claimed, said not to have been
    r"(?<![\w'-])no\s+(?:[\w'-]+\s+){0,2}?(?:troops?|soldiers?|forces|army|side|units?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:carried\s+out|opened|resorted\s+to|fired)\s+(?:any\s+)?(?:firing|fire|shelling|shots?))\b"
)
_DENIED_PARTY = FoldedPattern(
    r"\b(?:claims?|statements?|reports?|allegations?|information)\s+(?:of|from|by|spread\s+by|released\s+by)\s+(?:the\s+)?(?P<who>[\w'-]+(?:\s+[\w'-]+){0,6})|"
    # ("The Azerbaijani Defense Ministry's statement about ... is untrue")
    r"\b(?P<owner>[\w-]+(?:\s+[\w-]+){0,3})['’]s\s+(?:claims?|statements?|reports?|allegations?)\b",
    re.I,
)
_DENIER = FoldedPattern(  # from the start of a word only: tried inside every word it was quadratic
    r"(?<![\w'-])(?P<who>[\w'-]+(?:\s+[\w'-]+){0,5}?)\s+(?:has\s+|have\s+|also\s+)?(?:denied|denies|refuted|refutes|rejected|rejects|dismissed|dismisses)\b"
)

# ', the press service of the Armenian Defense Ministry said on Monday.': who speaks, closing the sentence
_CLOSING_SPEAKER = re.compile(
    r"[,\"”]\s+(?P<who>(?:[\w'’.-]+\s+){1,10}?)(?:said|says|stated|added|reported|insisted|stressed|noted|told\s+[\w/]+)(?:\s+[\w-]+){0,3}\s*[.!]?\s*$",
    re.I,
)


@dataclass(frozen=True)
class Denial:
    """One side denying the other side's claim; ``sentence`` is the evidence."""

    sentence: str
    denier: str  # claimant as recorded
    denier_side: str | None
    denied_side: str | None
    named: bool = True  # the denier is named in the sentence (not the voice the text was on, nor the outlet)


def is_denial(sentence: str) -> bool:
    return bool(_DENIAL.search(sentence))


def find_denial(sentence: str, tracker: SpeakerTracker) -> Denial | None:
    """The denial in ``sentence`` with who denies whom, or None if it denies nothing."""
    if not is_denial(sentence):
        return None
    denied_side: str | None = None
    match = _DENIED_PARTY.search(sentence)
    if match:
        denied_side = side_word(match.group("who") or match.group("owner"), tracker.lexicon)
    denier_match = _DENIER.search(sentence)
    attribution = None
    if denier_match and side_word(denier_match.group("who"), tracker.lexicon):
        attribution = find_attribution(denier_match.group("who") + " said", tracker, update=False)
    if attribution is None:
        closing = _CLOSING_SPEAKER.search(sentence)
        if closing is not None and side_word(closing.group("who"), tracker.lexicon):
            # '"The statement of Azerbaijan's ministry that ... is disinformation," the press service of
            # the Armenian Defense Ministry said': the voice closing the sentence denies, not the one quoted
            attribution = find_attribution(closing.group("who") + " said", tracker, update=False)
    named = attribution is not None and attribution.side != denied_side
    if attribution is None or attribution.side == denied_side:
        current = tracker.current
        if current is not None and current.side != denied_side:
            attribution = current
    if attribution is None or attribution.side in (None, "media"):
        side = opponent(denied_side, tracker.lexicon)
        if side is None:
            return Denial(sentence, tracker.outlet or "unattributed report", None, None, named=False)
        return Denial(sentence, f"{tracker.lexicon.adjectives.get(side, side)} officials", side, denied_side, named)
    return Denial(
        sentence,
        attribution.claimant,
        attribution.side,
        denied_side or opponent(attribution.side, tracker.lexicon),
        named,
    )
