"""walk41: a link with its dates the wrong way round was read in order (the picker, the count, the
"Filtered:" line) while its address kept the reversed pair. The address now says what the page shows,
and a note says once that the dates were swapped (AppTest; the browser's address bar is checked in
``tests/browser/test_dates_swapped_browser.py``)."""

from __future__ import annotations

import datetime as dt

from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error, shown_and_total

TABLE = "app_pages/2_Table.py"


def param(at: AppTest, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [value] if isinstance(value, str) else list(value)


def swap_notes(at: AppTest) -> list[str]:
    return [w.value for w in at.warning if "swapped" in w.value]


def test_a_reversed_link_is_put_in_order_in_the_address_and_said_once(db_path):
    at = open_page_without_error(TABLE, {"from": "2023-05-12", "to": "2023-05-10", "side": "Armenia"})
    assert param(at, "from") == ["2023-05-10"] and param(at, "to") == ["2023-05-12"]  # was 12, 10
    assert param(at, "side") == ["Armenia"]
    assert [note.replace("\\", "") for note in swap_notes(at)] == [
        "Dates swapped: from=2023-05-12 was after to=2023-05-10, so the view and the address show "
        "2023-05-10 to 2023-05-12."
    ]
    ordered = open_page_without_error(TABLE, {"from": "2023-05-10", "to": "2023-05-12", "side": "Armenia"})
    assert shown_and_total(at) == shown_and_total(ordered)
    assert swap_notes(ordered) == []
    at.run()  # the page's next run, the same dates: still said, once
    assert len(swap_notes(at)) == 1
    at.sidebar.multiselect(key="flt_sides").set_value([]).run()  # another filter: the same dates, still true
    assert param(at, "from") == ["2023-05-10"] and param(at, "to") == ["2023-05-12"]
    assert len(swap_notes(at)) == 1
    at.sidebar.date_input(key="flt_dates").set_value((dt.date(2023, 5, 1), dt.date(2023, 5, 31))).run()
    assert swap_notes(at) == []  # other dates: nothing to say any more
    assert param(at, "from") == ["2023-05-01"] and param(at, "to") == ["2023-05-31"]


def test_a_range_set_the_wrong_way_round_is_put_in_order_and_said(db_path):
    at = open_page_without_error(TABLE)
    at.sidebar.date_input(key="flt_dates").set_value((dt.date(2023, 5, 12), dt.date(2023, 5, 10))).run()
    assert not at.exception
    assert param(at, "from") == ["2023-05-10"] and param(at, "to") == ["2023-05-12"]
    assert len(swap_notes(at)) == 1
