"""The Gazetteer page's place forms show example coordinates (and names) of the conflict in view, from
its profile (walk41: "e.g. 40.21123" and "e.g. 45.93001", in Armenia, beside Thailand–Cambodia)."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit_folium

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceBook
from mapdata.profiles import default_catalog
from mapdata.store import Store

PAGE = "app_pages/5_Gazetteer.py"


@pytest.fixture(autouse=True)
def no_map(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda fmap, key=None, **kwargs: {})


def example(at, key: str) -> float:
    placeholder = at.text_input(key=key).proto.placeholder
    assert placeholder.startswith("e.g. "), placeholder
    return float(placeholder.removeprefix("e.g. "))


def test_a_name_to_place_from_a_thai_cambodian_import_shows_thai_cambodian_coordinates(db_path: Path) -> None:
    PlaceBook(Store(db_path)).note_unresolved(
        [("Phu Makhuea", "import: th_kh.csv · Thailand–Cambodia", "no place called 'Phu Makhuea'")]
    )
    at = open_page_without_error(PAGE)
    point = (example(at, "gz_res_lat::Phu Makhuea"), example(at, "gz_res_lon::Phu Makhuea"))
    assert default_catalog()["thailand-cambodia"].extent.contains(*point), point
    assert not default_catalog()["armenia-azerbaijan"].extent.contains(*point), point


@pytest.mark.parametrize("conflict", ["russia-ukraine", "india-pakistan", "armenia-azerbaijan"])
def test_a_new_place_s_example_is_in_the_conflict_of_the_link(db_path: Path, conflict: str) -> None:
    Store(db_path)
    at = open_page_without_error(PAGE, {"conflict": conflict})
    at.text_input(key="gz_name").set_value("Qwxzzlebrook").run()
    point = (example(at, "gz_new_lat"), example(at, "gz_new_lon"))
    assert default_catalog()[conflict].extent.contains(*point), (conflict, point)
    names = at.text_input(key="gz_name").proto.placeholder
    assert ("Zod" in names) is False  # (no Armenian village named as the example of every conflict)
    for place in default_catalog()[conflict].example_places[:3]:
        assert place.name in names, names


def test_a_link_naming_the_conflict_twice_is_read_as_the_filters_read_it(db_path: Path) -> None:
    """review41: the page read ``st.query_params.get("conflict")`` (the last value) by hand, while every
    other page takes the filters' rule (the first conflict it knows): a link the sidebar showed as
    Thailand–Cambodia gave the Gazetteer page's forms the default conflict's examples."""
    Store(db_path)
    at = open_page_without_error(PAGE, {"conflict": ["thailand-cambodia", "nope"]})
    names = at.text_input(key="gz_name").proto.placeholder
    for place in default_catalog()["thailand-cambodia"].example_places[:3]:
        assert place.name in names, names


def test_a_look_up_offers_the_conflict_in_views_countries_first_by_name(db_path: Path) -> None:
    """walk42: "Countries named in the same text" offered AM, AZ, GE, IR, TR, as codes, for a Thai name."""
    Store(db_path)
    at = open_page_without_error(PAGE, {"conflict": "thailand-cambodia"})
    box = at.multiselect(key="gz_countries")
    assert list(box.options[:2]) == ["Thailand (TH)", "Cambodia (KH)"], box.options
    assert "India (IN)" in box.options  # (every conflict's countries stay on offer)


def test_a_new_place_s_map_opens_on_the_conflict_in_view(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """walk42: "Add as a new place" opened on Armenia beside a Thai name the gazetteer lacks."""
    drawn = []
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda fmap, key=None, **kwargs: drawn.append((key, fmap)) or {})
    Store(db_path)
    at = open_page_without_error(PAGE, {"conflict": "thailand-cambodia"})
    at.text_input(key="gz_name").set_value("Qwxzzlebrook").run()
    (fmap,) = [fmap for key, fmap in drawn if key == "gz_new_map"][-1:]
    assert default_catalog()["thailand-cambodia"].extent.contains(*fmap.location), fmap.location
