"""FoldedPattern: the reader's longest trigger lists, searched over lower-cased text, answer as re.I does."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

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
    "Troops opened fıre, then ſhelled it.",  # re.I takes ı for i and ſ for s: searched as written
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_folded_pattern_finds_what_re_ignorecase_finds_at_the_same_offsets(sentence: str) -> None:
    expected = re.compile(PATTERN, re.I).search(sentence)
    found = FoldedPattern(PATTERN).search(sentence)
    assert (found is None) == (expected is None)
    if expected is not None and found is not None:
        assert found.span() == expected.span()


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_folded_pattern_gives_every_match_with_its_groups_as_written(sentence: str) -> None:
    pattern = r"\b(?P<verb>open(?:ed|s)?\s+fire|shell(?:ed|ing)?|UAV\s+strikes?|f[ıi]re)\b|(?<!not\s)(?P<v>violated)\b"
    expected = [(m.span(), m.groupdict()) for m in re.compile(pattern, re.I).finditer(sentence)]
    assert [(m.span(), m.groupdict()) for m in FoldedPattern(pattern).finditer(sentence)] == expected
    first = FoldedPattern(pattern).search(sentence)
    assert (first.span(), first.groupdict()) == expected[0] if first else not expected


def test_only_dotless_i_and_long_s_match_an_ascii_letter_under_re_i_without_lower_casing_to_it() -> None:
    """folded._FOLDS_APART names every such letter; any other lower-cases to its letter or to more than one."""
    every_other = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    apart = {c for c in re.findall("[a-z]", every_other, re.I) if c.lower() not in "abcdefghijklmnopqrstuvwxyz"}
    assert {c for c in apart if len(c.lower()) == 1} == {"ı", "ſ"}


@pytest.mark.parametrize("pattern", [r"\Sfire", r"(?P<Side>army)", r"(?-i:UAV)", r"\x41rmy"])
def test_a_pattern_whose_meaning_depends_on_case_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="cannot be folded"):
        FoldedPattern(pattern)


# Shapes the required-word shortcut reads: runs of letters, groups, alternatives (one word of each
# needed), repeats at least once, optional parts and lookarounds (no word needed).
SHAPES = [
    r"\b(?:fire[ds]?|shell(?:ed|ing)?|(?:troops|army)\s+(?:killed|hit))\b",
    r"(?<!not\s)(?:opened|open)\s+(?:heavy\s+)?fire|(?:fired\s+)+at",
    r"\bwars?\b|\bdecades?\b|(?:x|yy)zz",
    r"(?=shell)she|e(?:d|)s",
    r"at(?:\s+heavy)?\s+fire",
]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ["fire", "Fired", "shell", "SHELLING", "troops", "army", "killed", "hit", "not", "opened"]
            + ["open", "heavy", "at", "War", "wars", "decades", "x", "yy", "zz", "she", "e", "ds", " ", " ", "a", "s"]
        ),
        max_size=12,
    ).map("".join),
    pattern=st.sampled_from(SHAPES),
)
@example(text="at fire", pattern=SHAPES[4])  # an optional word needs no word of its own
@example(text="Troops  killed", pattern=SHAPES[0])
def test_the_required_word_shortcut_never_loses_a_match(text: str, pattern: str) -> None:
    expected = [(m.span(), m.group(0)) for m in re.compile(pattern, re.I).finditer(text)]
    assert [(m.span(), m.group(0)) for m in FoldedPattern(pattern).finditer(text)] == expected


def test_a_sentence_without_a_required_word_is_spared_the_pattern() -> None:
    folded = FoldedPattern(SHAPES[0])
    assert folded._required  # the words: fire, shell, troops/army
    assert not any(words.search("a killed a killed") for words in folded._required)


def test_find_dates_answers_the_same_when_no_word_of_a_date_pattern_is_in_the_sentence(monkeypatch) -> None:
    """dates._any_first_word() spares a sentence the patterns whose words it lacks: same mentions."""
    import datetime as dt
    from pathlib import Path

    from mapdata.extract import dates
    from mapdata.extract.text import split_sentences

    reports = sorted((Path(__file__).parents[1] / "fixtures" / "reports").glob("*.txt"))
    sentences = [s.norm for path in reports for s in split_sentences(path.read_text(encoding="utf-8"))]
    sentences += ["Troops fired.", "Aa shelled.", "On 5 May 2021 troops fired.", "the night of 4 to 5 May"]
    published = dt.date(2022, 1, 1)
    shortcut = [dates.find_dates(s, published) for s in sentences]
    monkeypatch.setattr(dates, "_any_first_word", lambda: re.compile(""))  # every sentence runs every pattern
    dates._kept_date_matches.cache_clear()  # (the sentences' matches were kept: find them again)
    assert [dates.find_dates(s, published) for s in sentences] == shortcut
    assert any(shortcut)


def test_importing_the_reader_compiles_no_folded_pattern() -> None:
    """A page that never reads a report does not pay for the reader's patterns: each FoldedPattern
    compiles (and reads its required words) on first use, not at import."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    probe = (
        "import gc, json, mapdata.extract\n"
        "from mapdata.extract.folded import FoldedPattern\n"
        "made = [o for o in gc.get_objects() if isinstance(o, FoldedPattern)]\n"
        "built = [o.pattern[:60] for o in made if {'_as_written', '_folded', '_required'} & vars(o).keys()]\n"
        "print(json.dumps({'made': len(made), 'built': built}))\n"
    )
    root = Path(__file__).resolve().parents[2]
    answer = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True)
    found = json.loads(answer.stdout)
    assert found["made"] >= 10  # the reader's modules do make them at import
    assert found["built"] == []


# Alternations that search() tries one alternative at a time (each only where the sentence holds its
# words): the leftmost start of any alternative is the match's.
SPLIT_SHAPES = [
    r"\b(?:fire[ds]?|shell(?:ed|ing)?|(?:troops|army)\s+(?:killed|hit))\b",
    r"(?<!not\s)(?:opened|open)\s+(?:heavy\s+)?fire|(?:fired\s+)+at|\bwars?\b(?!-torn)",
    r"^(?:this|it)\s+is\b|\bdecades?\b|[.;|]\s*hit\b|\bshell[^.]{0,20}\btroops",
    r"\b(?:army\s+(?:hit|fired)|(?P<who>troops)\s+fired\b|e(?:d|)s)",
]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ["fire", "Fired", "shell", "SHELLING", "troops", "army", "killed", "hit", "not", "opened", "open"]
            + ["heavy", "at", "War", "wars", "-torn", "decades", "This", "it", "is", ".", ";", "|", "e", "ds", " ", " "]
        ),
        max_size=16,
    ).map("".join),
    pattern=st.sampled_from(SPLIT_SHAPES),
    padding=st.sampled_from(["", " " * 40, "x" * 40]),
)
@example(text="This is fire", pattern=SPLIT_SHAPES[2], padding=" " * 40)
@example(text="army hit; troops fired", pattern=SPLIT_SHAPES[3], padding="")
def test_an_alternation_searched_one_alternative_at_a_time_finds_what_re_i_finds(
    text: str, pattern: str, padding: str
) -> None:
    for sentence in (text + padding, padding + text):
        expected = re.compile(pattern, re.I).search(sentence)
        found = FoldedPattern(pattern).search(sentence)
        assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


def test_an_alternation_is_split_at_its_own_bars_only() -> None:
    from mapdata.extract.folded import _alternatives

    assert _alternatives(r"a[|b]c|(?:d|e)f|g\|h") == ["a[|b]c", "(?:d|e)f", r"g\|h"]
    assert _alternatives(r"\b(?:a|b(?:c|d))\b") == [r"\b(?:a)\b", r"\b(?:b(?:c|d))\b"]
    assert _alternatives(r"(a)|\1") == [r"(a)|\1"]  # (a backreference ties the parts: not split)
    assert FoldedPattern(r"\b(?:shell(?:ed|s)?|fire)\b")._split is not None


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abc.-", min_size=1, max_size=4), min_size=1, max_size=8),
    text=st.text(alphabet="abc.- ", max_size=20),
)
def test_a_word_trie_finds_where_any_word_starts_and_the_longest_one_there(words: list[str], text: str) -> None:
    """The grouped pattern of the required words and of an alternation's telling words answers as the
    plain list does: a match where some word starts, and there the longest word (which every shorter
    word found there begins)."""
    from mapdata.extract.folded import _word_trie

    trie = re.compile(_word_trie(words))
    for start in range(len(text) + 1):
        there = [w for w in words if text.startswith(w, start)]
        found = trie.match(text, start)
        assert (found and found.group(0)) == (max(there, key=len) if there else None)
    assert (trie.search(text) is None) == (re.search("|".join(map(re.escape, words)), text) is None)
