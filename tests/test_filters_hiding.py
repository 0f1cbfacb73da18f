"""filters_hiding: which of the active filters hide a claim (review43 item 5), and clearing just those."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from mapdata.filters import FilterState, apply_filters, describe, filters_hiding, without_filters


def frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": ["a", "b"],
            "date": pd.to_datetime(["2023-05-12", "2024-01-02"]),
            "reporting_side": ["Armenia", "Azerbaijan"],
            "source": ["MoD", "MoD"],
            "event_type": ["shelling", "shelling"],
            "geo_precision": ["exact", "exact"],
            "killed": [0, 2],
            "wounded": [0, 0],
            "place": ["Sotk", "Tovuz"],
            "claimant": ["Armenian MoD", "Azerbaijani MoD"],
            "summary": ["", ""],
        }
    )


def test_only_the_filters_that_hide_the_claim_are_named_and_cleared():
    state = FilterState(sides=("Azerbaijan",), event_types=("shelling",), casualties=("killed",))
    claim = frame().iloc[[0]]
    hiding = filters_hiding(claim, state)
    assert hiding == FilterState(sides=("Azerbaijan",), casualties=("killed",))
    shown = without_filters(state, hiding)
    assert shown == FilterState(event_types=("shelling",))  # the filter that lets it through stays
    assert not apply_filters(claim, shown).empty


def test_a_date_range_is_one_filter_named_whole():
    state = FilterState(date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 3, 1))
    hiding = filters_hiding(frame().iloc[[0]], state)
    assert hiding == state  # only the end hides it, but the range is said and cleared whole
    assert describe(hiding) == [("Dates", "2023-01-01 to 2023-03-01")]
    assert without_filters(state, hiding) == FilterState()


def test_a_claim_shown_is_hidden_by_nothing():
    assert filters_hiding(frame().iloc[[1]], FilterState(sides=("Azerbaijan",))) == FilterState()
