"""A link's date outside what the date field takes (filters.DATE_BOUNDS, 1900-01-01 to 2100-12-31)
is not applied and is named in the "Not read from the address" note, like any other bad value
(walk41: ?from=0001-01-01&to=9999-12-31 and from=1899-12-31 were applied, the field refusing 1899)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from mapdata.filters import DATE_BOUNDS, FilterState, date_problem, ignored_values
from ui.common import PAGE_KEYS, _unread_named


def _named(ignored: list[tuple[str, str]]) -> list[str]:
    """The note's words as the reader sees them (markdown escapes removed)."""
    return [re.sub(r"\\(.)", r"\1", text) for text in _unread_named(ignored)]


@pytest.mark.parametrize("value", ["0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])
def test_a_date_outside_the_bounds_is_not_applied_and_is_named(value: str) -> None:
    query = {"from": [value], "to": [value], "side": ["Armenia"]}
    assert FilterState.from_query(query) == FilterState(sides=("Armenia",))
    assert ignored_values(query, PAGE_KEYS) == [("from", value), ("to", value)]
    assert _named(ignored_values(query, PAGE_KEYS)) == [
        f"from={value} (outside 1900-01-01 to 2100-12-31)",
        f"to={value} (outside 1900-01-01 to 2100-12-31)",
    ]


def test_the_bounds_themselves_are_read() -> None:
    first, last = DATE_BOUNDS
    query = {"from": [first.isoformat()], "to": [last.isoformat()]}
    assert FilterState.from_query(query) == FilterState(date_from=dt.date(1900, 1, 1), date_to=dt.date(2100, 12, 31))
    assert ignored_values(query, PAGE_KEYS) == []
    assert date_problem("2020-13-45") == "not a date: YYYY-MM-DD"
    assert _named([("from", "2020-13-45")]) == ["from=2020-13-45 (not a date: YYYY-MM-DD)"]
