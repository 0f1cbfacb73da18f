"""The Gazetteer page in real Streamlit (AppTest); map clicks come from a stubbed st_folium."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit_folium
from nominatim_stub import STUBTOWN, StubNominatim, stub_nominatim
from streamlit.testing.v1 import AppTest

from apptools import open_page, open_page_without_error
from mapdata.geo.placebook import PlaceBook, PlaceResolver, user_place
from mapdata.mapview.candidates import candidates_map, safe_text
from mapdata.store import Store

PAGE = "app_pages/5_Gazetteer.py"


@pytest.fixture
def clicks(monkeypatch: pytest.MonkeyPatch) -> dict:
    """What the stubbed map returns, per map key (AppTest cannot click a real map)."""
    answers: dict[str, dict] = {}

    def fake_st_folium(fmap, key=None, **kwargs):
        return answers.get(key, {})

    monkeypatch.setattr(streamlit_folium, "st_folium", fake_st_folium)
    return answers


@pytest.fixture
def page(db_path: Path, clicks: dict) -> AppTest:
    Store(db_path)
    return open_page_without_error(PAGE)


def _texts(at: AppTest) -> str:
    return " ".join(
        e.value for kind in (at.success, at.warning, at.error, at.info, at.caption, at.markdown, at.text) for e in kind
    )


def test_lookup_shows_choice_candidates_and_reason(page: AppTest) -> None:
    page.text_input(key="gz_name").set_value("Vardenis").run()
    assert not page.exception
    assert "Gegharkunik" in page.success[0].value
    assert "rather than a village" in _texts(page)
    table = page.dataframe[0].value
    assert set(table["admin1"]) >= {"Gegharkunik", "Aragatsotn"}
    assert "Basargech" in " ".join(table["alternate names"])  # an older name, shown to the user


def test_the_name_match_is_not_called_a_confidence_in_the_position(page: AppTest) -> None:
    """walk47: "precision near · confidence 100%" for an approximate place read as a contradiction."""
    page.text_input(key="gz_name").set_value("Zod").run()
    assert "· name match 100%" in page.success[0].value and "confidence" not in page.success[0].value


def test_the_place_found_is_named_with_a_space_before_its_area(page: AppTest) -> None:
    """walk26 item 1: "Sotk(Gegharkunik, AM)" - md() folds and strips spaces, so the one before "(" went."""
    page.text_input(key="gz_name").set_value("Zod").run()
    assert page.success[0].value.startswith("**Sotk** \\(Gegharkunik, AM\\) · precision exact")


def test_unknown_name_says_not_found(page: AppTest, db_path: Path) -> None:
    page.text_input(key="gz_name").set_value("Qwxzzlebrook").run()
    assert "Not found" in page.warning[0].value
    assert PlaceBook(Store(db_path)).unresolved() == []  # looking up is not reporting


def test_saving_an_alias_changes_later_geocoding(page: AppTest, db_path: Path) -> None:
    page.text_input(key="gz_name").set_value("Martuni").run()
    pick = page.radio(key="gz_alias_pick")
    labels = list(pick.options)  # "1. Martuni (Gegharkunik, AM)", ...
    assert len(labels) >= 3
    pick.set_value(next(i for i, label in enumerate(labels) if "AZ" in label)).run()
    page.button(key="gz_save_alias").click().run()
    assert not page.exception
    assert "Saved" in page.success[0].value
    result = PlaceResolver(Store(db_path), online=False, conflict="armenia-azerbaijan").geocode("Martuni")
    assert result.source == "alias" and result.place.country == "AZ"


def test_an_alias_is_saved_for_the_conflict_in_view_unless_all_conflicts_is_chosen(
    page: AppTest, db_path: Path
) -> None:
    # round 43: an alias was global, so a name saved while working on one conflict placed every conflict's mention
    page.text_input(key="gz_name").set_value("Martuni").run()
    assert page.selectbox(key="gz_alias_conflict").value == "armenia-azerbaijan"  # the conflict in view
    page.button(key="gz_save_alias").click().run()
    assert "in Armenia–Azerbaijan" in page.success[0].value
    page.text_input(key="gz_name").set_value("Vardenis").run()
    page.selectbox(key="gz_alias_conflict").set_value("").run()
    page.button(key="gz_save_alias").click().run()
    assert "in all conflicts" in page.success[0].value
    rows = PlaceBook(Store(db_path)).alias_rows()
    assert {(r["name"], r["conflict"]) for r in rows} == {("Martuni", "armenia-azerbaijan"), ("Vardenis", None)}
    assert "martuni" not in PlaceBook(Store(db_path)).aliases("israel-lebanon")


def test_clicking_a_candidate_marker_selects_it(page: AppTest, clicks: dict, db_path: Path) -> None:
    page.text_input(key="gz_name").set_value("Vardenis").run()
    clicks["gz_lookup_map"] = {"last_object_clicked_tooltip": "2. Vardenis (Aragatsotn, AM)"}
    page.run()
    page.button(key="gz_save_alias").click().run()
    assert (
        PlaceResolver(Store(db_path), online=False, conflict="armenia-azerbaijan").geocode("Vardenis").place.admin1
        == "Aragatsotn"
    )


def test_unresolved_place_is_resolved_by_clicking_the_map(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Hill 1234", "report: hostile <b>text</b>", "no such place")])
    at = open_page(PAGE)
    assert "Hill 1234" in list(at.dataframe[0].value["name"])
    # when it was last seen, as a reader writes it ("2026-12-01 16:39 UTC"), not the stored ISO form
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", at.dataframe[0].value["last seen"].iloc[0])
    clicks["gz_resolve_map"] = {"last_clicked": {"lat": 40.25, "lng": 45.91}}
    at.run()
    # the click fills the typed boxes; the source is asked for as on the new-place form
    assert at.text_input(key="gz_res_lat::Hill 1234").value == "40.25000"
    assert at.text_input(key="gz_res_lon::Hill 1234").value == "45.91000"
    at.text_input(key="gz_res_source::Hill 1234").set_value("clicked on the offline map")
    at.selectbox(key="gz_res_precision::Hill 1234").set_value("near").run()
    at.button(key="gz_resolve_click").click().run()
    assert not at.exception
    book = PlaceBook(Store(db_path))
    assert book.unresolved() == []
    place = book.aliases()["hill 1234"]
    assert (place.latitude, place.longitude, place.precision) == (40.25, 45.91, "near")


def test_unresolved_place_is_resolved_by_typed_coordinates(db_path: Path, clicks: dict) -> None:
    """By keyboard alone: the same fields and checks as the new-place form, no map click."""
    PlaceBook(Store(db_path)).note_unresolved([("Post 41", "import acled", "no such place")])
    at = open_page(PAGE)
    at.text_input(key="gz_res_lat::Post 41").set_value("40,3")  # a decimal comma is read as a point
    at.text_input(key="gz_res_lon::Post 41").set_value("east")
    at.button(key="gz_resolve_click").click().run()
    problems = " ".join(e.value for e in at.error).replace("\\", "")  # shown escaped
    assert "longitude: not a number: “east”" in problems
    assert "where the coordinates come from: is required" in problems  # every problem at once
    assert at.text_input(key="gz_res_lat::Post 41").value == "40,3"  # the values stay typed
    assert PlaceBook(Store(db_path)).unresolved() != []  # nothing saved
    at.text_input(key="gz_res_lon::Post 41").set_value("45.61")
    at.text_input(key="gz_res_source::Post 41").set_value("Armenian MoD map of 12 May 2023")
    at.selectbox(key="gz_res_country::Post 41").set_value("AM")
    at.button(key="gz_resolve_click").click().run()
    assert not at.exception and not at.error
    book = PlaceBook(Store(db_path))
    assert book.unresolved() == []
    place = book.aliases()["post 41"]
    assert (place.latitude, place.longitude, place.country, place.precision) == (40.3, 45.61, "AM", "near")
    assert place.coord_source == "Armenian MoD map of 12 May 2023"
    assert PlaceResolver(Store(db_path), online=False).geocode("Post 41").place.latitude == 40.3


def test_typed_coordinates_off_the_earth_are_refused(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Post 42", None, "no such place")])
    at = open_page(PAGE)
    at.text_input(key="gz_res_lat::Post 42").set_value("140")
    at.text_input(key="gz_res_lon::Post 42").set_value("45")
    at.text_input(key="gz_res_source::Post 42").set_value("a typo")
    at.button(key="gz_resolve_click").click().run()
    assert "not a point on Earth" in " ".join(e.value for e in at.error)
    assert [u.name for u in PlaceBook(Store(db_path)).unresolved()] == ["Post 42"]


def test_unresolved_place_is_resolved_by_picking_a_candidate(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Zodd settlement", "import acled", "no such place")])
    at = open_page(PAGE)
    at.text_input(key="gz_search::Zodd settlement").set_value("Zod").run()
    at.button(key="gz_resolve_candidate").click().run()
    assert not at.exception
    assert PlaceResolver(Store(db_path), online=False).geocode("Zodd").place.name == "Sotk"


def test_dismissing_removes_a_non_place(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Ministry", None, "not a place")])
    at = open_page(PAGE)
    at.button(key="gz_dismiss").click().run()
    assert PlaceBook(Store(db_path)).unresolved() == []


def test_aliases_are_listed_and_removable(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).save_alias("Post 7", user_place("Post 7", 40.3, 45.6))
    at = open_page(PAGE)
    at.button(key="gz_alias_remove").click().run()
    assert PlaceBook(Store(db_path)).aliases() == {}


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[StubNominatim]:
    """A stub Nominatim the user's environment points at (the fallback itself not switched on)."""
    with stub_nominatim() as server:
        monkeypatch.setenv("MAPDATA_NOMINATIM_DOMAIN", server.domain)
        monkeypatch.setenv("MAPDATA_NOMINATIM_SCHEME", "http")
        monkeypatch.delenv("MAPDATA_ONLINE_GEOCODER", raising=False)
        monkeypatch.delenv("MAPDATA_GEOCODER_USER_AGENT", raising=False)
        yield server


def _tables(db_path: Path) -> set[str]:
    con = sqlite3.connect(db_path)
    try:
        return {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def test_online_tab_shows_the_address_names_would_be_sent_to(db_path: Path, clicks: dict, monkeypatch) -> None:
    monkeypatch.setenv("MAPDATA_NOMINATIM_DOMAIN", "nominatim.example.org")
    monkeypatch.delenv("MAPDATA_NOMINATIM_SCHEME", raising=False)
    Store(db_path)
    at = open_page(PAGE)
    assert "https://nominatim.example.org/" in _texts(at).replace("\\", "")


def test_online_tab_says_whether_it_is_on_and_links_to_settings(db_path: Path, clicks: dict, stub) -> None:
    """The switch is on the Settings page (kept in the user's settings file); the tab says how it stands."""
    Store(db_path)
    at = open_page(PAGE)
    assert not at.exception and "is **off**" in _texts(at)
    assert not at.get("toggle")  # no second switch to disagree with the Settings page


HOSTILE_DISPLAY_NAME = "[x](http://evil.example/) ![i](http://evil.example/p.png) :red[boo] **b** <b>t</b>"


def test_the_geocoders_reason_is_shown_as_literal_text(
    db_path: Path, clicks: dict, stub: StubNominatim, monkeypatch
) -> None:
    stub.answers["Hostiletown"] = [{**STUBTOWN, "display_name": HOSTILE_DISPLAY_NAME}]
    monkeypatch.setenv("MAPDATA_ONLINE_GEOCODER", "1")
    monkeypatch.setenv("MAPDATA_GEOCODER_USER_AGENT", "ceasefire-map-tests")
    Store(db_path)
    at = open_page(PAGE)
    at.text_input(key="gz_name").set_value("Hostiletown").run()
    assert not at.exception and stub.asked == ["Hostiletown"]
    shown = _texts(at)
    assert "evil" in shown  # the reason is shown …
    assert not re.search(r"(?<!\\)\]\(", shown)  # … but no link or image markup survives unescaped
    assert not re.search(r"(?<!\\):red", shown) and not re.search(r"(?<!\\)<b>", shown)


def test_hostile_names_stay_literal_text_on_the_page(db_path: Path, clicks: dict) -> None:
    book = PlaceBook(Store(db_path))
    hostile = "[click](javascript:alert(1)) **bold** <img src=x onerror=alert(2)>"
    book.save_alias("Post 9", user_place(hostile, 40.3, 45.6))
    at = open_page(PAGE)
    at.text_input(key="gz_name").set_value("Post 9").run()
    assert not at.exception
    shown = at.success[0].value
    assert "\\[click\\]" in shown and "\\*\\*bold" in shown and "\\<img" in shown
    assert all("](javascript" not in label for label in at.radio(key="gz_alias_pick").options)


def test_map_tooltips_cannot_run_script() -> None:
    hostile = user_place("<img src=x onerror=alert(1)> `${alert(2)}` \\", 40.0, 45.0)
    html = candidates_map((hostile,), hostile).get_root().render()
    assert "<img src=x" not in html and "${alert" not in html and "`${" not in html
    assert safe_text("a`b${c}\\") == "a&#96;b&#36;&#123;c&#125;&#92;"


@pytest.mark.usefixtures("own_gazetteer_cache")  # the index with this test's file goes with the test
def test_a_geonames_country_file_is_added_from_the_page(db_path, monkeypatch, tmp_path) -> None:
    from mapdata.geo.dumps import saved_dumps

    monkeypatch.setenv("MAPDATA_GEONAMES", str(tmp_path / "geonames"))
    sample = Path(__file__).parents[1] / "fixtures" / "geonames" / "AZ_sample.txt"
    Store(db_path)
    # Adding indexes the new places there and then (20-60 s once, longer on a loaded machine).
    at = AppTest.from_file(str(Path(__file__).parents[2] / "app_pages" / "5_Gazetteer.py"), default_timeout=400)
    at.run()
    at.file_uploader(key="gz_dump").set_value(("AZ.txt", sample.read_bytes(), "text/plain")).run()
    next(b for b in at.button if b.label == "Add to the gazetteer").click().run()
    assert not at.exception
    assert any("Added 3 places of AZ" in s.value.replace("\\", "") for s in at.success)
    assert [p.name for p in saved_dumps(tmp_path / "geonames")] == ["AZ.tsv"]
    at.text_input(key="gz_name").set_value("Upper Qalaboyun").run()  # a village only the file has
    assert not at.exception and "Qalaboyun Yuxari" in at.success[0].value
    at.file_uploader(key="gz_dump").set_value(("notes.txt", b"just some notes\n", "text/plain")).run()
    next(b for b in at.button if b.label == "Add to the gazetteer").click().run()
    assert any("Nothing was added" in e.value for e in at.error)


def test_a_name_read_as_a_spelling_is_said_to_be_one_not_shown_as_the_name(page: AppTest) -> None:
    """walk51: "Jermukk" showed the same green box as an exact name; "Zod" did not say it is another name of Sotk."""
    page.text_input(key="gz_name").set_value("Jermukk").run()
    assert not page.success and "“Jermukk” is another spelling of: **Jermuk**" in page.info[0].value
    assert "Check it is the place you mean" in page.info[0].value
    page.text_input(key="gz_name").set_value("Zod").run()
    assert page.success[0].value.startswith("**Sotk**")
    assert "“Zod” is another name of Sotk." in _texts(page)
    page.text_input(key="gz_name").set_value("Sotk").run()
    assert "another name" not in _texts(page)
