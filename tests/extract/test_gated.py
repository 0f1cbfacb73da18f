"""gated(): a pattern run over a whole text only when the text holds the words its every match holds."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mapdata.extract.folded import GatedPattern, gated

SHAPES = [
    (r"\b(?:[Ss]helled|fired\s+at)\s+(?P<name>[A-Z]\w+)", 0),  # cased: its words in either case in the text
    (r"(?:according\s+to\s+)?(?:official|security)\s+sources\b", re.I),
    (r"\b(?i:killed|wounded)\s+in\s+(?:an?\s+)?(?:accident|crash)", 0),  # an inline re.I group
    (r"^(?:this|that)\s+(?:was|is)\s+(?:reported|said)\b", re.I),
    (r"(?:x|yy)?zzz(?:q|r)+", 0),
]

WORDS = ["shelled", "Shelled", "SHELLED", "fired", "at", "Kamal", "according", "to", "Official", "SOURCES"]
WORDS += ["sources", "killed", "KILLED", "in", "an", "accident", "Crash", "this", "That", "was", "reported", "said"]
WORDS += ["x", "yy", "zzz", "q", "r", " ", " ", " ", "ſ", "ı", "İ", "K"]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(WORDS), max_size=14).map("".join), shape=st.sampled_from(SHAPES))
@example(text="İstanbul: Shelled Kamal", shape=SHAPES[0])
@example(text="ſecurity ſources", shape=SHAPES[1])  # re.I takes ſ for s: the text is searched as written
@example(text="KILLED in an accident", shape=SHAPES[2])
def test_a_gated_pattern_answers_as_the_pattern_does(text: str, shape: tuple[str, int]) -> None:
    plain = re.compile(*shape)
    gate = gated(plain)
    assert isinstance(gate, GatedPattern)

    def seen(match: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
        return None if match is None else (match.span(), match.groupdict())

    assert seen(gate.search(text)) == seen(plain.search(text))
    assert seen(gate.match(text)) == seen(plain.match(text))
    assert seen(gate.fullmatch(text)) == seen(plain.fullmatch(text))
    assert [seen(m) for m in gate.finditer(text)] == [seen(m) for m in plain.finditer(text)]
    assert gate.findall(text) == plain.findall(text)
    assert gate.sub("#", text) == plain.sub("#", text)
    assert seen(gate.search(text, 1)) == seen(plain.search(text, 1))  # (a window: the pattern as it is)


def test_a_text_without_the_words_is_spared_the_pattern() -> None:
    gate = gated(re.compile(r"\b(?:[Ss]helled|fired\s+at)\s+(?P<name>[A-Z]\w+)"))
    assert isinstance(gate, GatedPattern)
    assert not gate._may_match("Troops hit Kamal.")
    assert gate._may_match("Troops SHELLED Kamal.")  # (the gate may let in what the pattern then refuses)
    assert gate.search("Troops SHELLED Kamal.") is None


@pytest.mark.parametrize("pattern", [r"[A-Z]\w+\s+(?:of|in)", r"\w+", r"(?:x|yy)?z"])
def test_a_pattern_without_words_worth_looking_for_is_left_as_it_is(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert gated(compiled) is compiled


def test_a_gated_pattern_hands_the_rest_to_the_pattern() -> None:
    plain = re.compile(r"(?P<who>officials?)\s+said", re.I)
    gate = gated(plain)
    assert gate.pattern == plain.pattern
    assert gate.flags == plain.flags
    assert gate.groupindex == plain.groupindex
