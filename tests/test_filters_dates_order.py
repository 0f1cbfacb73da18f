"""walk41: a link with its dates the wrong way round (``?from=2023-05-12&to=2023-05-10``) was read in
order, but its address kept the reversed pair: a link copied from the page said other than what the
page showed. ``dates_in_order`` gives the pair the address is to say instead."""

from __future__ import annotations

import datetime as dt

from mapdata.filters import FilterState, dates_in_order


def test_a_reversed_pair_is_written_back_swapped() -> None:
    query = {"from": ["2023-05-12"], "to": ["2023-05-10"], "side": ["Armenia"]}
    assert dates_in_order(query) == {"from": "2023-05-10", "to": "2023-05-12"}
    # parsed and written out again, the state says the same pair
    read = FilterState.from_query(query).in_order()
    assert read.to_query() == {"from": "2023-05-10", "to": "2023-05-12", "side": ["Armenia"]}
    assert dates_in_order({**query, **dates_in_order(query)}) is None  # once written back, nothing to do


def test_a_date_with_a_time_is_written_back_as_the_day_read() -> None:
    assert dates_in_order({"from": "2023-05-12T08:00", "to": "2023-05-10"}) == {
        "from": "2023-05-10",
        "to": "2023-05-12",
    }


def test_dates_in_order_or_not_both_there_need_nothing() -> None:
    for query in (
        {"from": "2023-05-10", "to": "2023-05-12"},
        {"from": "2023-05-10", "to": "2023-05-10"},  # one day
        {"from": "2023-05-12"},
        {"to": "2023-05-10"},
        {"from": "2023-05-12", "to": "2023-13-45"},  # not a date: named as unread, not swapped
        {"from": "2023-05-12", "to": "1850-01-01"},  # outside the bounds: the same
        {},
    ):
        assert dates_in_order(query) is None, query
    assert FilterState.from_query({"from": "2023-05-12", "to": "2023-13-45"}).date_from == dt.date(2023, 5, 12)
