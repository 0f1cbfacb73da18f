"""The sidebar's date range as a user sets it (AppTest): the dates chosen are the dates in the link and
in the "Filtered:" line, whatever the claims' own first and last days, and a date before the first
claim (or after the last) is applied, not refused.

walk40 (items 2 and 8): a range typed from the Thailand–Cambodia first claim's day (2025-07-24) to
2025-07-31 gave a link without ``from`` and "Dates: the first claim to 2025-07-31", which a colleague's
database (or the same one after an earlier claim is added) reads as more claims; a ceasefire's real
start, 2025-07-20, was refused by the widget ("Date set outside allowed range", shown on hover only).
The browser test of the same is ``tests/browser/test_filter_dates_browser.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error, shown_and_total
from mapdata.filters import FilterState, apply_filters
from mapdata.store import Store
from mapdata.store.bundled import EXAMPLES_ENV

TABLE = "app_pages/2_Table.py"
CONFLICT = {"conflict": "thailand-cambodia"}
FIRST_CLAIM = dt.date(2025, 7, 24)  # the bundled Thailand–Cambodia claims' first and last days
LAST_CLAIM = dt.date(2025, 11, 12)


@pytest.fixture
def store(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """Every conflict's example claims, as on a user's first run (the suite keeps Armenia–Azerbaijan's only)."""
    monkeypatch.delenv(EXAMPLES_ENV, raising=False)
    store = Store(db_path)
    frame = store.frame()
    spans = frame[frame["conflict"] == "thailand-cambodia"]["date"]
    assert (spans.min().date(), spans.max().date()) == (FIRST_CLAIM, LAST_CLAIM)
    return store


def param(at: AppTest, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def filtered_line(at: AppTest) -> str:
    """The "Filtered: …" line as the reader sees it (Markdown's escapes taken out)."""
    return " ".join(m.value for m in at.markdown if "Filtered:" in m.value).replace("\\", "")


def dates_widget(at: AppTest):
    return at.sidebar.date_input(key="flt_dates")


def expected(store: Store, **changes) -> int:
    return len(apply_filters(store.frame(), FilterState(conflict="thailand-cambodia", **changes)))


def test_a_range_from_the_first_claims_day_keeps_its_start_in_the_link(store: Store):
    at = open_page_without_error(TABLE, CONFLICT)
    dates_widget(at).set_value((FIRST_CLAIM, dt.date(2025, 7, 31))).run()
    assert not at.exception
    assert param(at, "from") == ["2025-07-24"] and param(at, "to") == ["2025-07-31"]
    assert "Dates: 2025-07-24 to 2025-07-31" in filtered_line(at)
    assert "the first claim" not in filtered_line(at)
    # The link opens the same view, and keeps both dates when another filter changes.
    again = open_page_without_error(TABLE, {**CONFLICT, "from": "2025-07-24", "to": "2025-07-31"})
    assert shown_and_total(again)[0] == expected(store, date_from=FIRST_CLAIM, date_to=dt.date(2025, 7, 31)) == 3
    again.sidebar.multiselect(key="flt_sides").set_value(["Thailand"]).run()
    assert param(again, "from") == ["2025-07-24"] and param(again, "to") == ["2025-07-31"]


def test_a_range_to_the_last_claims_day_keeps_its_end_in_the_link(store: Store):
    at = open_page_without_error(TABLE, CONFLICT)
    dates_widget(at).set_value((dt.date(2025, 8, 1), LAST_CLAIM)).run()
    assert param(at, "from") == ["2025-08-01"] and param(at, "to") == ["2025-11-12"]
    assert "Dates: 2025-08-01 to 2025-11-12" in filtered_line(at)


def test_a_range_never_touched_stays_out_of_the_link(store: Store):
    """Only the range the user did not set is left out: a link with ``to`` alone, then a side chosen,
    still has no ``from`` (the first claim's day is the widget's, not the user's)."""
    at = open_page_without_error(TABLE, {**CONFLICT, "to": "2025-07-31"})
    assert dates_widget(at).value == (FIRST_CLAIM, dt.date(2025, 7, 31))
    at.sidebar.multiselect(key="flt_sides").set_value(["Thailand"]).run()
    assert param(at, "from") == [] and param(at, "to") == ["2025-07-31"] and param(at, "side") == ["Thailand"]
    plain = open_page_without_error(TABLE, CONFLICT)
    plain.sidebar.multiselect(key="flt_sides").set_value(["Thailand"]).run()
    assert param(plain, "from") == [] and param(plain, "to") == []


def test_a_date_before_the_first_claim_is_applied(store: Store):
    at = open_page_without_error(TABLE, CONFLICT)
    widget = dates_widget(at)
    # Any date a claim may have (a year 1900..2100, as mapdata.model checks) can be typed.
    assert (widget.min, widget.max) == (dt.date(1900, 1, 1), dt.date(2100, 12, 31))
    widget.set_value((dt.date(2025, 7, 20), dt.date(2025, 7, 31))).run()
    assert not at.exception
    assert param(at, "from") == ["2025-07-20"] and param(at, "to") == ["2025-07-31"]
    assert shown_and_total(at)[0] == expected(store, date_from=dt.date(2025, 7, 20), date_to=dt.date(2025, 7, 31)) == 3
    assert "Dates: 2025-07-20 to 2025-07-31" in filtered_line(at)


def test_a_link_with_dates_outside_the_claims_shows_them_as_given(store: Store):
    """The widget shows the link's dates, not the claims' first and last days in their place."""
    at = open_page_without_error(TABLE, {**CONFLICT, "from": "2025-07-20", "to": "2025-12-31"})
    assert dates_widget(at).value == (dt.date(2025, 7, 20), dt.date(2025, 12, 31))
    assert shown_and_total(at)[0] == expected(store) == 5
    # before the date field's bounds (1900-01-01): not applied, and named (walk41: the field refuses it)
    early = open_page_without_error(TABLE, {**CONFLICT, "from": "1850-01-01"})
    assert dates_widget(early).value == (FIRST_CLAIM, LAST_CLAIM)
    assert shown_and_total(early)[0] == 5
    assert any(
        "Not read from the address" in w.value and "outside 1900-01-01 to 2100-12-31" in w.value for w in early.warning
    )
