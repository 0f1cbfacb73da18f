"""Close spellings give difflib's answer exactly (only faster), on real keys and on any text."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.names import fold, skeleton
from mapdata.geo.spelling import by_length, close_matches, close_matches_by_length

# Spellings a report might use for places the gazetteer holds, and near-misses of them.
REAL_QUERIES = [
    "zod",
    "sotka",
    "jermuka",
    "tavush",
    "nerkin hand",
    "yeghegnadzorr",
    "khankendy",
    "stepanakertt",
    "kapan",
    "gorisss",
    "chinari",
    "movsess",
    "aygepar",
    "berdavanq",
    "tegh",
    "sotq",
    "davit bek",
    "qazakh",
    "tovuzz",
    "agdam",
    "fizulli",
    "terter",
    "jabrail",
    "aghdere",
    "yukhari",
    "ashagi",
]


@pytest.fixture(scope="module")
def core_keys() -> list[str]:
    return Gazetteer.default()._core_loose_keys()


@pytest.mark.parametrize("cutoff", [0.6, 0.86])
def test_real_names_get_difflibs_answer(core_keys, cutoff):
    differing = []
    for query in REAL_QUERIES:
        key = skeleton(fold(query))
        expected = difflib.get_close_matches(key, core_keys, n=3, cutoff=cutoff)
        if close_matches(key, core_keys, n=3, cutoff=cutoff) != expected:
            differing.append(query)
    assert differing == []
    # the test means something: most queries find close spellings at the cutoff
    found = sum(bool(difflib.get_close_matches(skeleton(fold(q)), core_keys, n=3, cutoff=cutoff)) for q in REAL_QUERIES)
    assert found >= len(REAL_QUERIES) // 2


_LETTERS = st.text(alphabet="abcdehikmnorstuvyz ", min_size=0, max_size=14)


@settings(max_examples=300, deadline=None)
@given(
    word=_LETTERS,
    keys=st.lists(_LETTERS, max_size=40),
    n=st.integers(1, 4),
    cutoff=st.sampled_from([0.0, 0.5, 0.7, 0.86, 1.0]),
)
def test_any_text_gets_difflibs_answer(word, keys, n, cutoff):
    assert close_matches(word, keys, n=n, cutoff=cutoff) == difflib.get_close_matches(word, keys, n=n, cutoff=cutoff)


def test_ties_are_broken_as_difflib_breaks_them():
    keys = ["abcx", "abcy", "abcz", "abxd"]  # all four score 0.75: the greatest keys win
    assert (
        close_matches("abcd", keys, n=2, cutoff=0.5)
        == difflib.get_close_matches("abcd", keys, n=2, cutoff=0.5)
        == ["abxd", "abcz"]
    )


def test_bad_arguments_are_refused_as_difflib_refuses_them():
    with pytest.raises(ValueError):
        close_matches("a", ["a"], n=0)
    with pytest.raises(ValueError):
        close_matches("a", ["a"], cutoff=1.5)


@settings(max_examples=300, deadline=None)
@given(
    word=_LETTERS,
    keys=st.lists(_LETTERS, max_size=40),
    n=st.integers(1, 4),
    cutoff=st.sampled_from([0.0, 0.5, 0.6, 0.7, 0.86, 1.0]),
)
def test_keys_grouped_by_length_give_difflibs_answer(word, keys, n, cutoff):
    expected = difflib.get_close_matches(word, keys, n=n, cutoff=cutoff)
    assert close_matches_by_length(word, by_length(keys), n=n, cutoff=cutoff) == expected


@pytest.mark.parametrize("cutoff", [0.6, 0.86])
def test_real_names_get_difflibs_answer_among_keys_grouped_by_length(core_keys, cutoff):
    grouped = by_length(core_keys)
    for query in REAL_QUERIES:
        key = skeleton(fold(query))
        expected = difflib.get_close_matches(key, core_keys, n=3, cutoff=cutoff)
        assert close_matches_by_length(key, grouped, n=3, cutoff=cutoff) == expected, query
