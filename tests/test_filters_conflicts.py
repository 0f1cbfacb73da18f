"""The conflict chosen in the sidebar is part of the shared filter state and of the URL."""

from __future__ import annotations

import pandas as pd

from mapdata.filters import FilterState, apply_filters
from tests.factories import make_india_claim


def _with_a_ukrainian_claim(store) -> pd.DataFrame:
    store.save(
        [make_india_claim(conflict="russia-ukraine", place="Avdiivka", reporting_side="Ukraine", accused_side="Russia")]
    )
    return store.frame()


def test_a_conflict_keeps_only_its_claims(store):
    frame = _with_a_ukrainian_claim(store)
    assert set(apply_filters(frame, FilterState(conflict="russia-ukraine"))["place"]) == {"Avdiivka"}
    armenia = apply_filters(frame, FilterState(conflict="armenia-azerbaijan"))
    assert len(armenia) == len(frame) - 1 and "Avdiivka" not in set(armenia["place"])
    assert len(apply_filters(frame, FilterState())) == len(frame)  # "" = every conflict


def test_conflict_and_its_sides_survive_the_url():
    state = FilterState(conflict="russia-ukraine", sides=("Ukraine",))
    query = state.to_query()
    assert query["conflict"] == "russia-ukraine"
    assert FilterState.from_query(query) == state


def test_an_unknown_conflict_or_side_in_a_link_is_ignored():
    state = FilterState.from_query({"conflict": ["no-such-war"], "side": ["Ukraine", "Atlantis"]})
    assert state.conflict == ""
    assert state.sides == ("Ukraine",)
    assert "conflict" not in FilterState().to_query()
