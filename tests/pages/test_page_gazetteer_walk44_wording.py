"""walk44: an unresolved name the gazetteer lacks said "Not in the gazetteer: no place called 'X' in the gazetteer"
(the word twice in one line); a real-looking date with no such day was told "expected YYYY-MM-DD"."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit_folium

from apptools import open_page
from mapdata.errors import ValidationError
from mapdata.geo.placebook import PlaceBook
from mapdata.model import parse_date
from mapdata.store import Store

PAGE = "app_pages/5_Gazetteer.py"


@pytest.fixture
def clicks(monkeypatch: pytest.MonkeyPatch) -> dict:
    """No map clicks (AppTest cannot click a real map)."""
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda fmap, key=None, **kwargs: {})
    return {}


def test_a_name_the_gazetteer_lacks_is_said_so_once(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Qwxzzle Hill", "report: ours", "no such place")])
    at = open_page(PAGE)
    said = [w.value for w in at.warning if "Qwxzzle Hill" in w.value]
    assert said, [w.value for w in at.warning]
    assert all(text.lower().count("gazetteer") == 1 for text in said), said


def test_a_day_that_does_not_exist_is_named_so() -> None:
    with pytest.raises(ValidationError, match=r"not a valid date: '2024-02-30' \(no such day\)"):
        parse_date("2024-02-30")
    with pytest.raises(ValidationError, match=r"expected YYYY-MM-DD"):
        parse_date("30/02/2024")
