"""with_first_chars: a pattern tried only where its first letter can stand finds what it found before."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mapdata.extract import places
from mapdata.extract.first_chars import first_chars, with_first_chars

SHAPES = [
    r"(?<![\w-])(?:Mt\.\s)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:village|area)\b",
    r"(?:(?<=\bthe\s)|(?<=\bin\s))(?P<name>[A-Z]\w*)\s+areas?\b|(?<=\ba\s)(?P<spot>[A-Z]\w*)\s+market",
    r"\b(?:attacks?|raids?)\s+on\s+(?P<names>[A-Z]\w*)|(?<=[a-z,]\s)shelled(?=\s+[A-Z])\s+(?P<shelled>[A-Z]\w*)",
    r"(?:x|yy)?(?:zz)*[ab]|(?:e|)q",  # optional openings: the letters of what follows count too
    r"(?:al|el)-[A-Z]\w*|[A-Z]{2}\s",
    r"\b(?:\d{1,2}\s+villages|(?<=\bthe\s)areas?)\s+of\s+[A-Z]\w*",  # a category among the first letters
]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ["the", "in", "a", "Kamal", "Mt.", "Mom", "Bei", "area", "areas", "village", "market", "attack", "raids"]
            + ["on", "shelled", "al-", "Zahra", "UN", "x", "yy", "zz", "a", "b", "e", "q", ",", "-", " ", " ", " "]
            + ["12", "3", "٣", "villages", "of"]
        ),
        max_size=14,
    ).map("".join),
    pattern=st.sampled_from(SHAPES),
)
@example(text="in Kamal area", pattern=SHAPES[1])
@example(text="yyzzb q", pattern=SHAPES[3])
@example(text="fired, shelled Mom", pattern=SHAPES[2])
def test_a_pattern_with_its_first_letters_first_finds_the_same_matches(text: str, pattern: str) -> None:
    plain = re.compile(pattern)
    quick = with_first_chars(plain)
    expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in quick.finditer(text)] == expected
    assert bool(quick.search(text)) == bool(plain.search(text))
    assert quick.groupindex == plain.groupindex


@pytest.mark.parametrize(
    "pattern",
    [
        r"\W+ village",  # a negated category
        r"(?:the\s+)?x*",  # may match the empty string
        r".illage",  # any character
        r"[^a]b",  # a negated class
        r"(?i:v)illage",  # either case, and letters re.I takes for them
    ],
)
def test_a_pattern_whose_first_letters_are_not_known_is_left_as_it_is(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert first_chars(compiled) is None
    assert with_first_chars(compiled) is compiled


def test_a_pattern_under_re_i_is_left_as_it_is() -> None:
    compiled = re.compile(r"village", re.I)
    assert with_first_chars(compiled) is compiled


def test_the_first_letters_skip_zero_width_openings_and_join_optional_ones() -> None:
    assert first_chars(re.compile(r"\b(?<=the\s)(?=[A-Z])[A-Z]\w*")) == frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert first_chars(re.compile(r"(?:x|yy)?z")) == frozenset("xyz")
    assert first_chars(re.compile(r"[a\d]|\s+b")) == frozenset(["a", r"\d", r"\s"])  # (categories as written)


def test_the_place_patterns_given_first_letters_keep_their_groups() -> None:
    for name in (
        "_AFTER_NAME",
        "_JOINED_NAME",
        "_IN_KNOWN_PLACE",
        "_ATTACK_ON",
        "_NAMED_ROAD",
        "_HIT_IN",
        "_BEFORE_NAME",
    ):
        pattern = getattr(places, name)
        assert pattern.pattern.startswith("(?=["), name  # (its first letters were read)
        assert "names" in pattern.groupindex or "name" in pattern.groupindex or name == "_JOINED_NAME"
