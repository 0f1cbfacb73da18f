"""FoldedPattern: the reader's longest trigger lists, searched over lower-cased text, answer as re.I does."""

import re

import pytest

from mapdata.extract.folded import FoldedPattern

PATTERN = r"\b(?:open(?:ed|s)?\s+fire|shell(?:ed|ing)?|UAV\s+strikes?)\b(?!\s+in\s+the\s+past)|(?<!not\s)violated\b"

SENTENCES = [
    "Azerbaijani forces Opened Fire on Sotk.",
    "They SHELLED the village.",
    "A uav strike hit the post.",
    "The shelling in the past week was heavy.",
    "The army has not violated the truce.",
    "Troops Violated the ceasefire twice.",
    "Nothing happened.",
    "İstanbul: Azerbaijani troops opened fire on Tegh.",  # lower-casing changes its length
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_folded_pattern_finds_what_re_ignorecase_finds_at_the_same_offsets(sentence: str) -> None:
    expected = re.compile(PATTERN, re.I).search(sentence)
    found = FoldedPattern(PATTERN).search(sentence)
    assert (found is None) == (expected is None)
    if expected is not None and found is not None:
        assert found.span() == expected.span()


@pytest.mark.parametrize("pattern", [r"\Sfire", r"(?P<Side>army)", r"(?-i:UAV)"])
def test_a_pattern_whose_meaning_depends_on_case_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="cannot be folded"):
        FoldedPattern(pattern)
