"""Round 49's walk, in real Streamlit (AppTest):

- item 5: the Table's downloads came in date order after the user sorted the grid by place, unsaid (the grid sorts
  in the browser, which the server never learns); the page now says the files' order beside the buttons.
- item 6: an empty database's first screen showed the date range today–today, a range of claims that are not
  there; with no claims (in the database, or of the conflict chosen) and no dates in the link, the range is empty.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from apptools import open_page_without_error
from mapdata.store.bundled import EXAMPLES_ENV

TABLE = "app_pages/2_Table.py"


def _captions(at) -> str:
    return " ".join(str(c.value) for c in at.caption)


def test_the_table_says_the_files_order(db_path: Path) -> None:
    at = open_page_without_error(TABLE)
    assert len(at.dataframe[0].value) > 1
    assert "The files list these claims newest first (then by id)" in _captions(at)
    assert "not in the order a click on a column header sorts the table" in _captions(at)


@pytest.mark.parametrize("page", ["app_pages/0_Map.py", "app_pages/1_Timeline.py", TABLE])
def test_no_claims_show_no_date_range(db_path: Path, monkeypatch: pytest.MonkeyPatch, page: str) -> None:
    monkeypatch.setenv(EXAMPLES_ENV, "none")  # a new user's database with nothing in it
    at = open_page_without_error(page)
    assert at.sidebar.date_input(key="flt_dates").value == ()  # was (today, today)


def test_a_conflict_with_no_claims_shows_no_range_and_a_link_s_dates_still_show(db_path: Path) -> None:
    at = open_page_without_error(TABLE, {"conflict": "russia-ukraine"})  # examples of armenia-azerbaijan only
    assert at.sidebar.date_input(key="flt_dates").value == ()
    dated = open_page_without_error(TABLE, {"conflict": "russia-ukraine", "from": "2024-01-01", "to": "2024-01-31"})
    assert dated.sidebar.date_input(key="flt_dates").value == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    at = open_page_without_error(TABLE)  # claims stored: their span, as before
    assert len(at.sidebar.date_input(key="flt_dates").value) == 2
