"""A name the gazetteer lacks is saved from the Gazetteer page as the user's own place: coordinates
clicked on the map or typed, with where they come from; kept in the user's database, not our files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceBook, PlaceResolver
from mapdata.store import Store

PAGE = "app_pages/5_Gazetteer.py"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def clicks(monkeypatch: pytest.MonkeyPatch) -> dict:
    """What the stubbed map returns, per map key (AppTest cannot click a real map)."""
    answers: dict[str, dict] = {}
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda fmap, key=None, **kwargs: answers.get(key, {}))
    return answers


@pytest.fixture
def page(db_path: Path, clicks: dict) -> AppTest:
    Store(db_path)
    return open_page_without_error(PAGE)


def _tracked_data_files() -> str:
    return subprocess.run(
        ["git", "status", "--porcelain", "mapdata/data"], cwd=REPO, capture_output=True, text=True
    ).stdout


def test_a_clicked_point_with_its_source_is_saved_and_found_later(page: AppTest, clicks: dict, db_path: Path) -> None:
    data_before = _tracked_data_files()
    page.text_input(key="gz_name").set_value("Zodk").run()
    assert "Not found" in page.warning[0].value
    clicks["gz_new_map"] = {"last_clicked": {"lat": 40.21234, "lng": 45.93456}}
    page.run()
    assert not page.exception
    assert (page.text_input(key="gz_new_lat").value, page.text_input(key="gz_new_lon").value) == (
        "40.21234",
        "45.93456",
    )
    page.selectbox(key="gz_new_country").set_value("AM")
    page.text_input(key="gz_new_source").set_value("Armenian MoD map of 12 May 2023")
    page.button(key="gz_new_save").click().run()
    assert not page.exception and "Saved" in page.success[0].value

    result = PlaceResolver(Store(db_path), online=False, conflict="armenia-azerbaijan").geocode("Zodk")
    assert result.source == "alias"
    place = result.place
    assert (place.latitude, place.longitude, place.country) == (40.21234, 45.93456, "AM")
    assert place.coord_source == "Armenian MoD map of 12 May 2023"
    [row] = PlaceBook(Store(db_path)).alias_rows()
    assert row["source"] == "Armenian MoD map of 12 May 2023"
    assert _tracked_data_files() == data_before  # nothing written into our data files


def test_typed_coordinates_are_checked_and_a_source_is_required(page: AppTest, db_path: Path) -> None:
    page.text_input(key="gz_name").set_value("Zodk").run()
    page.text_input(key="gz_new_lat").set_value("north")
    page.text_input(key="gz_new_lon").set_value("45.9")
    page.button(key="gz_new_save").click().run()
    message = page.error[0].value.replace("\\", "")  # as shown: without Markdown's escapes
    assert "latitude: not a number" in message and "where the coordinates come from: is required" in message
    assert PlaceBook(Store(db_path)).alias_rows() == []

    page.text_input(key="gz_new_lat").set_value("40,2")  # a decimal comma, as typed in many countries
    page.text_input(key="gz_new_source").set_value("my own GPS reading")
    page.button(key="gz_new_save").click().run()
    assert not page.exception and "Saved" in page.success[0].value
    place = PlaceResolver(Store(db_path), online=False, conflict="armenia-azerbaijan").geocode("Zodk").place
    assert (place.latitude, place.longitude, place.coord_source) == (40.2, 45.9, "my own GPS reading")


def test_a_point_off_the_earth_is_refused(page: AppTest, db_path: Path) -> None:
    page.text_input(key="gz_name").set_value("Zodk").run()
    page.text_input(key="gz_new_lat").set_value("140")
    page.text_input(key="gz_new_lon").set_value("45.9")
    page.text_input(key="gz_new_source").set_value("a typo")
    page.button(key="gz_new_save").click().run()
    assert "not a point on Earth" in page.error[0].value.replace("\\", "")
    assert PlaceBook(Store(db_path)).alias_rows() == []


def test_a_new_place_may_be_in_any_conflicts_country_and_is_near_unless_said_exact(page: AppTest) -> None:
    page.text_input(key="gz_name").set_value("Phnom Khmaoch").run()
    country = page.selectbox(key="gz_new_country")
    assert {"KH", "TH", "LB", "UA", "IN"} <= set(country.options) or any("Cambodia" in o for o in country.options)
    assert page.selectbox(key="gz_new_precision").value == "near"
    # a message that says why once, not twice
    assert len([c for c in page.caption if "Why:" in c.value]) == 0


# A click fills in its country too, by the bundled borders, for every monitored conflict (walk45 item 13:
# a click in Kashmir, south Lebanon, Cambodia or Donetsk got none).
@pytest.mark.parametrize(
    ("lat", "lng", "code"),
    [(33.77033, 74.09254, "IN"), (33.33, 35.61, "LB"), (14.18175, 103.51761, "KH"), (48.023, 37.80224, "UA")],
)
def test_a_click_sets_the_country_the_point_is_in(page: AppTest, clicks: dict, lat, lng, code) -> None:
    page.text_input(key="gz_name").set_value("Zodk").run()
    clicks["gz_new_map"] = {"last_clicked": {"lat": lat, "lng": lng}}
    page.run()
    assert not page.exception
    assert page.selectbox(key="gz_new_country").value == code


def test_a_click_that_gives_no_country_leaves_the_users_choice(page: AppTest, clicks: dict) -> None:
    # Round 45: a click at sea (or near a border) cleared the country the user had chosen by hand.
    page.text_input(key="gz_name").set_value("Zodk").run()
    clicks["gz_new_map"] = {"last_clicked": {"lat": 40.20007, "lng": 45.86951}}  # Sotk
    page.run()
    assert page.selectbox(key="gz_new_country").value == "AM"
    page.selectbox(key="gz_new_country").set_value("AZ").run()  # the user's own choice
    clicks["gz_new_map"] = {"last_clicked": {"lat": 33.0, "lng": 34.5}}  # the Mediterranean
    page.run()
    assert not page.exception
    assert page.text_input(key="gz_new_lat").value == "33.00000"  # the point follows the click
    assert page.selectbox(key="gz_new_country").value == "AZ"
    clicks["gz_new_map"] = {"last_clicked": {"lat": 40.95, "lng": 45.449}}  # ~1 km across the AM/AZ line
    page.run()
    assert page.selectbox(key="gz_new_country").value == "AZ"


def test_a_click_just_across_a_coarse_border_keeps_the_country(page: AppTest, clicks: dict) -> None:
    # Kfar Kila's gazetteer point (Lebanon) is inside Israel by the bundled borders: a click there, after one
    # that set Lebanon, said Israel.
    page.text_input(key="gz_name").set_value("Zodk").run()
    clicks["gz_new_map"] = {"last_clicked": {"lat": 33.33, "lng": 35.61}}  # Khiam
    page.run()
    assert page.selectbox(key="gz_new_country").value == "LB"
    clicks["gz_new_map"] = {"last_clicked": {"lat": 33.27734, "lng": 35.55197}}  # Kfar Kila
    page.run()
    assert page.selectbox(key="gz_new_country").value == "LB"
