"""Add report in real Streamlit: a place renamed in the proposals grid is looked up at once, and the
grid (its coordinates, "place found" and precision), the preview map and the evidence headings show
the row as it will be saved; a name the gazetteer lacks or cannot tell apart leaves the row with no
point, and the save asks for one instead of storing the old place's point (walk39: "Nerkin Hand"
renamed "Berdavan" kept Nerkin Hand's point in the grid and on the map while the save stored
Berdavan's, 240 km away). AppTest cannot type into a data editor: the edits the browser would send
are set as the editor's state (tests/browser/test_add_report_rename_browser.py types them)."""

from __future__ import annotations

import re
from pathlib import Path

import folium
import pandas as pd
import pytest
import streamlit_folium
from nominatim_stub import stub_nominatim
from streamlit.testing.v1 import AppTest

from mapdata.geo.gazetteer import geocode
from mapdata.geo.placebook import PlaceBook
from mapdata.model import extra_fields
from mapdata.store import Store
from tests.pages.test_page_add_report import _button, _propose, open_add_report
from tests.pages.test_page_add_report_points import _edit, _editor, _grid

# Our own words (invented facts).
NERKIN = """url: https://example.org/rename-2031
published: 2024-02-13
outlet: Rename Wire

Azerbaijani forces opened fire on Armenian positions near Nerkin Hand in Syunik on 12 February, killing four soldiers, Armenia's Defence Ministry said.
"""
NERKIN_HAND = (39.11, 46.46)
BERDAVAN = (41.20503, 44.99967)


class PreviewMap:
    """A stub preview map: the points it was last given, and the click it returns (None: none yet)."""

    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []
        self.click: dict | None = None

    def __call__(self, *args, feature_group_to_add=None, **kwargs) -> dict:
        markers = (feature_group_to_add._children if feature_group_to_add is not None else {}).values()
        self.points = [tuple(m.location) for m in markers if isinstance(m, folium.CircleMarker)]
        return {"last_clicked": self.click}


@pytest.fixture
def preview(monkeypatch: pytest.MonkeyPatch) -> PreviewMap:
    stub = PreviewMap()
    monkeypatch.setattr(streamlit_folium, "st_folium", stub)
    return stub


@pytest.fixture
def page(db_path: Path, preview: PreviewMap) -> AppTest:
    Store(db_path)
    at = _propose(open_add_report(), NERKIN)
    row = _row(at)
    assert (row["place"], row["place found"], row["geo_precision"]) == ("Nerkin Hand", True, "near")
    assert (row["latitude"], row["longitude"]) == NERKIN_HAND and preview.points == [NERKIN_HAND]
    return at


def _row(at: AppTest, index: int = 0) -> dict:
    return _grid(at).iloc[index].to_dict()


def plain(text: str) -> str:
    """Markdown as read: the escapes taken out."""
    return re.sub(r"\\(.)", r"\1", text)


def _headings(at: AppTest) -> list[str]:
    """The evidence panels' headings, as read."""
    return [label for label in (plain(e.label) for e in at.expander) if label.startswith("#")]


def _errors(at: AppTest) -> str:
    return " ".join(plain(e.value) for e in at.error)


def _rename(at: AppTest, name: str, revision: int | None = None) -> dict:
    """Row 1's place typed over with ``name`` (in the grid drawn now, unless ``revision``): the row then."""
    _edit(at, _editor(at, revision), {0: {"place": name}})
    assert not at.exception
    return _row(at)


def _saved(db_path: Path) -> list:
    return [i for i in Store(db_path).incidents() if i.source == "Rename Wire"]


def test_a_place_renamed_shows_its_own_point_in_the_grid_and_on_the_map_and_is_saved_there(
    page: AppTest, db_path: Path, preview: PreviewMap
) -> None:
    row = _rename(page, "Berdavan")
    assert (row["place"], row["latitude"], row["longitude"]) == ("Berdavan", *BERDAVAN)
    assert bool(row["place found"])
    assert row["geo_precision"] == "near"  # the row's precision, not finer than Berdavan's point
    assert preview.points == [BERDAVAN]  # the preview map's dot moved too
    assert _headings(page) == ["#1 · 2024-02-12 · Berdavan · Armenian MoD"]
    assert page.selectbox(key="ar_click_target").options[1] == "row 1: Berdavan"
    assert not [c.value for c in page.caption if "Berdavan" in c.value]  # found: nothing to ask

    _button(page, "Save ticked incidents").click().run()
    [saved] = _saved(db_path)
    assert (saved.place, saved.latitude, saved.longitude, saved.geo_precision) == ("Berdavan", *BERDAVAN, "near")
    assert (saved.admin1, saved.country) == ("Tavush", "AM")  # the new place's, not Syunik
    assert extra_fields(saved.extra)["place_key"] == geocode("Berdavan", countries=["AM"]).place.key


def test_renamed_back_to_the_proposed_place_it_is_there_again(page: AppTest, preview: PreviewMap) -> None:
    _rename(page, "Berdavan")
    row = _rename(page, "nerkin hand")  # (respelt: the proposal's place)
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == (*NERKIN_HAND, "near")
    assert preview.points == [NERKIN_HAND]


def test_a_name_the_gazetteer_lacks_leaves_no_point_and_the_save_asks_for_one(
    page: AppTest, db_path: Path, preview: PreviewMap
) -> None:
    row = _rename(page, "Qqzxvorn")
    assert row["place"] == "Qqzxvorn" and pd.isna(row["latitude"]) and pd.isna(row["longitude"])
    assert not row["place found"]
    assert preview.points == []  # no dot at the old place
    said = " ".join(w.value for w in page.warning)  # (a warning since round 42: the row's one word on it)
    assert "Row 1: “Qqzxvorn” is not in the gazetteer — pick a place, type coordinates in the table, or click" in said
    assert page.selectbox(key="ar_click_target").value == "0"  # a click on the map places it

    _button(page, "Save ticked incidents").click().run()
    assert "Row 1: place: 'Qqzxvorn' is not in the gazetteer; enter its latitude and longitude" in _errors(page)
    assert _saved(db_path) == []  # never at Nerkin Hand's point

    preview.click = {"lat": 39.2, "lng": 46.3}
    page.run()
    row = _row(page)
    assert (row["place"], row["latitude"], row["longitude"]) == ("Qqzxvorn", 39.2, 46.3)
    _button(page, "Save ticked incidents").click().run()
    [saved] = _saved(db_path)
    assert (saved.place, saved.latitude, saved.longitude) == ("Qqzxvorn", 39.2, 46.3)
    # not Nerkin Hand's province; the country the clicked point is clearly in (country_after_move, 8269dc4)
    assert (saved.admin1, saved.country) == (None, "AM")
    assert "place_key" not in extra_fields(saved.extra)
    # placed by the user (a click): not listed as unresolved on the Gazetteer page (round 42's walk)
    assert "Qqzxvorn" not in [u.name for u in PlaceBook(Store(db_path)).unresolved()]


def test_a_name_of_several_places_asks_which_one(page: AppTest, db_path: Path, preview: PreviewMap) -> None:
    row = _rename(page, "Norashen")  # (five Armenian villages of that name; "Chinar" now goes to Chinari, 74c0000)
    assert pd.isna(row["latitude"]) and not row["place found"] and preview.points == []
    [choice] = [s for s in page.selectbox if s.label.startswith("Row 1: “Norashen” names ")]
    assert "Norashen (Tavush, AM)" in choice.options
    _button(page, "Save ticked incidents").click().run()
    assert re.search(r"Row 1: place: 'Norashen' names \d+ places: pick one under the table", _errors(page))
    assert _saved(db_path) == []

    [choice] = [s for s in page.selectbox if s.label.startswith("Row 1: “Norashen” names ")]
    choice.set_value("Norashen (Tavush, AM)").run()
    row = _row(page)
    assert (row["place"], round(row["latitude"], 2), round(row["longitude"], 2)) == ("Norashen", 40.88, 45.46)
    assert row["place found"] and preview.points == [(row["latitude"], row["longitude"])]
    _button(page, "Save ticked incidents").click().run()
    [saved] = _saved(db_path)
    assert (saved.place, saved.admin1, saved.country) == ("Norashen", "Tavush", "AM")


def test_the_evidence_headings_show_the_row_as_edited(page: AppTest) -> None:
    assert _headings(page) == ["#1 · 2024-02-12 · Nerkin Hand · Armenian MoD"]
    _edit(page, _editor(page, 0), {0: {"date": "2024-02-11", "claimant": "Armenian Defence Ministry"}})
    assert _headings(page) == ["#1 · 2024-02-11 · Nerkin Hand · Armenian Defence Ministry"]


def test_a_renamed_place_is_asked_online_only_when_the_user_turned_it_on(
    page: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    with stub_nominatim() as nominatim:  # where the user's environment points, the look-up itself off
        for name, value in (
            ("MAPDATA_NOMINATIM_DOMAIN", nominatim.domain),
            ("MAPDATA_NOMINATIM_SCHEME", "http"),
            ("MAPDATA_GEOCODER_USER_AGENT", "ceasefire-map-tests"),
        ):
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("MAPDATA_ONLINE_GEOCODER", raising=False)
        row = _rename(page, "Stubtown")  # a name the offline gazetteer lacks
        assert nominatim.asked == [] and pd.isna(row["latitude"])  # off: nothing sent anywhere

        monkeypatch.setenv("MAPDATA_ONLINE_GEOCODER", "1")
        _rename(page, "Stubtown village")
        row = _rename(page, "Stubtown")
        assert "Stubtown" in nominatim.asked
    assert (row["place"], row["latitude"], row["longitude"]) == ("Stubtown", 40.2, 45.87)
    assert bool(row["place found"])


def test_renamed_moved_rows_and_row_place() -> None:
    from mapdata.extract.review import row_place, same_name
    from ui.proposals import moved_rows, renamed

    nan = float("nan")
    rows = [
        {"place": "sotk", "latitude": 40.2, "longitude": 45.87, "geo_precision": "exact", "place found": True},
        {"place": nan, "latitude": nan, "longitude": nan, "geo_precision": "region", "place found": False},
        {"place": "Kut", "latitude": 40.2, "longitude": 45.87, "geo_precision": "near", "place found": True},
    ]
    assert same_name("Sotk", "sotk") and same_name(None, nan) and not same_name("Sotk", "Kut")
    assert renamed(rows, ["Sotk", None, "Sotk"]) == [2]  # a respelling is no rename, nor an empty cell
    province = {"latitude": 39.123456, "longitude": 45.1, "precision": "region"}
    moved = moved_rows(rows, 0, province)
    assert moved[0] == {**rows[0], "latitude": 39.12346, "longitude": 45.1, "geo_precision": "region"}
    assert moved[1] is not rows[1] and moved[2] == rows[2]  # copies, the others as they were
    near = moved_rows(rows, 2, {"latitude": 40.1, "longitude": 45.9, "precision": "exact"})[2]
    assert near["geo_precision"] == "near"  # the row's own, coarser than the town's point
    gone = moved_rows(rows, 0, None)[0]
    assert (gone["latitude"], gone["longitude"], gone["place found"]) == (None, None, False)

    assert row_place("Berdavan", geocode("Berdavan", countries=["AM"])).place["admin1"] == "Tavush"
    unknown = row_place("Qqzxvorn", geocode("Qqzxvorn"))
    assert (unknown.place, unknown.candidates) == (None, ()) and "not in the gazetteer" in unknown.problem()
