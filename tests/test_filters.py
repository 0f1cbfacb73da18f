"""Filters are pure functions over the incidents frame, and their state survives the URL."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from mapdata.filters import FilterState, apply_filters, date_span, source_options, text_mask


@pytest.fixture
def frame(store) -> pd.DataFrame:
    return store.frame()


def test_no_filter_keeps_everything(frame):
    assert len(apply_filters(frame, FilterState())) == len(frame) == 18


def test_single_day_range_keeps_only_that_day(frame):
    day = dt.date(2023, 5, 11)
    shown = apply_filters(frame, FilterState(date_from=day, date_to=day))
    assert len(shown) == 1
    assert set(shown["date"].dt.date) == {day}


def test_date_range_is_inclusive_at_both_ends(frame):
    shown = apply_filters(frame, FilterState(date_from=dt.date(2023, 4, 11), date_to=dt.date(2023, 5, 12)))
    assert sorted(set(shown["date"].dt.date.astype(str))) == ["2023-04-11", "2023-05-11", "2023-05-12"]
    assert len(shown) == 5


def test_reporting_side_filter(frame):
    shown = apply_filters(frame, FilterState(sides=("Azerbaijan",)))
    assert len(shown) == 6
    assert set(shown["reporting_side"]) == {"Azerbaijan"}


def test_source_filter_and_options(frame):
    assert source_options(frame)[0] == "A1+"  # the most frequent source first
    shown = apply_filters(frame, FilterState(sources=("Trend News Agency",)))
    assert set(shown["place"]) == {"Tovuz"} and len(shown) == 3


def test_text_search_needs_every_word(frame):
    assert text_mask(frame, "sotk friday").sum() == 1
    assert text_mask(frame, "sotk drones").sum() == 2
    assert text_mask(frame, "TOVUZ").sum() == 3
    assert text_mask(frame, "sotk nakhchivan").sum() == 0


def test_filters_do_not_modify_input(frame):
    before = frame.copy()
    apply_filters(frame, FilterState(sides=("Armenia",), text="sotk"))
    pd.testing.assert_frame_equal(frame, before)


def test_contested_only_uses_given_ids(frame):
    ids = frozenset(frame["id"].iloc[:2])
    assert set(apply_filters(frame, FilterState(contested_only=True), ids)["id"]) == ids


def test_state_round_trips_through_query_params():
    state = FilterState(
        date_from=dt.date(2023, 5, 11),
        date_to=dt.date(2023, 5, 12),
        sides=("Armenia", "media"),
        sources=("Daily Sabah",),
        text="sotk",
        contested_only=True,
    )
    assert FilterState.from_query(state.to_query()) == state


def test_malformed_query_params_are_ignored_not_fatal():
    state = FilterState.from_query({"from": "yesterday", "to": ["2023-13-45"], "side": ["Narnia", "Armenia"]})
    assert state == FilterState(sides=("Armenia",))


def test_date_span(frame):
    assert date_span(frame) == (dt.date(2020, 7, 12), dt.date(2024, 8, 15))
    assert date_span(frame.iloc[0:0]) is None


def test_review_status_filter_and_its_url(store):
    store.review(["bundled:2023-05-12-am-mod-sotk-uav"], "disputed")
    frame = store.frame()
    shown = apply_filters(frame, FilterState(review=("disputed",)))
    assert shown["id"].tolist() == ["bundled:2023-05-12-am-mod-sotk-uav"]
    assert len(apply_filters(frame, FilterState(review=("unreviewed", "disputed")))) == 18
    state = FilterState(review=("verified", "disputed"), show_retracted=True)
    assert FilterState.from_query(state.to_query()) == state
    assert FilterState.from_query({"review": ["approved", "verified"]}).review == ("verified",)


def test_retracted_claims_are_shown_only_when_asked(store):
    store.retract(["bundled:2023-05-12-am-mod-sotk-uav"], reason="duplicate")
    frame = store.frame(include_retracted=True)
    assert len(apply_filters(frame, FilterState())) == 17
    assert len(apply_filters(frame, FilterState(show_retracted=True))) == 18
