"""The Gazetteer page's Unresolved places: the pick map and the gazetteer of the conflict the name was met
in, and what brings in the rows an import rejected once the name is placed (walk40 item 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceBook
from mapdata.profiles import default_catalog
from mapdata.store import Store

PAGE = "app_pages/5_Gazetteer.py"


@pytest.fixture
def maps(monkeypatch: pytest.MonkeyPatch) -> dict:
    """The folium map each st_folium call was given, by key (AppTest draws no real map)."""
    drawn: dict = {}

    def fake_st_folium(fmap, key=None, **kwargs):
        drawn[key] = fmap
        return {}

    monkeypatch.setattr(streamlit_folium, "st_folium", fake_st_folium)
    return drawn


def shown(element) -> str:
    return element.value.replace("\\", "")


def test_the_pick_map_opens_on_the_conflict_the_import_met_the_name_in(db_path: Path, maps: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved(
        [("Phu Makhuea", "import: th_kh.csv · Thailand–Cambodia", "no place called 'Phu Makhuea'")]
    )
    at = open_page_without_error(PAGE)
    assert at.selectbox(key="gz_res_conflict::Phu Makhuea").value == "thailand-cambodia"
    extent = default_catalog()["thailand-cambodia"].extent
    fmap = maps["gz_resolve_map"]
    # walk40: it opened on Armenia and Azerbaijan (39.95, 45.85)
    assert extent.contains(*fmap.location), fmap.location
    assert f"{extent.south}" in fmap.get_root().render()  # fitted to the conflict's area in the browser


def test_a_name_of_no_known_conflict_opens_on_the_one_the_link_names(db_path: Path, maps: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Post 41", "report: an outlet", "no such place")])
    at = open_page_without_error(PAGE, {"conflict": "india-pakistan"})
    assert at.selectbox(key="gz_res_conflict::Post 41").value == "india-pakistan"
    assert default_catalog()["india-pakistan"].extent.contains(*maps["gz_resolve_map"].location)


def _place(at: AppTest, name: str) -> AppTest:
    at.text_input(key=f"gz_res_lat::{name}").set_value("14.37")
    at.text_input(key=f"gz_res_lon::{name}").set_value("104.64")
    at.text_input(key=f"gz_res_source::{name}").set_value("my own map")
    return at.button(key="gz_resolve_click").click().run()


def test_placing_a_name_says_how_to_bring_in_the_rows_the_import_rejected(db_path: Path, maps: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved(
        [("Phu Makhuea", "import: th_kh.csv · Thailand–Cambodia", "no place called 'Phu Makhuea'")]
    )
    at = _place(open_page_without_error(PAGE), "Phu Makhuea")
    assert not at.exception
    assert shown(at.success[0]).startswith("Resolved: “Phu Makhuea” placed at 14.37000, 104.64000")
    # walk40: only "Resolved", while the row was still not in the database
    told = shown(at.info[0])
    assert "rows of th_kh.csv that named it were not imported" in told, told
    assert "import th_kh.csv again" in told and "Place rows without coordinates by their place name" in told
    assert any(link.label == "Go to Import" for link in at.get("page_link"))


def test_a_name_from_a_report_says_to_paste_the_report_again(db_path: Path, maps: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Post 41", "report: an outlet", "no such place")])
    at = _place(open_page_without_error(PAGE), "Post 41")
    assert "Paste the report again on Add report" in shown(at.info[0])
    assert any(link.label == "Go to Add report" for link in at.get("page_link"))
