"""The Gazetteer page in real Streamlit (AppTest); map clicks come from a stubbed st_folium."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from mapdata.geo.online import settings_for
from mapdata.geo.placebook import PlaceBook, PlaceResolver, user_place
from mapdata.mapview.candidates import candidates_map, safe_text
from mapdata.store import Store

REPO = Path(__file__).resolve().parents[2]
PAGE = str(REPO / "pages" / "5_Gazetteer.py")


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
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _texts(at: AppTest) -> str:
    return " ".join(
        e.value for kind in (at.success, at.warning, at.error, at.info, at.caption, at.markdown) for e in kind
    )


def test_lookup_shows_choice_candidates_and_reason(page: AppTest) -> None:
    page.text_input(key="gz_name").set_value("Vardenis").run()
    assert not page.exception
    assert "Gegharkunik" in page.success[0].value
    assert "rather than a village" in _texts(page)
    table = page.dataframe[0].value
    assert set(table["admin1"]) >= {"Gegharkunik", "Aragatsotn"}
    assert "Basargech" in " ".join(table["alternate names"])  # an older name, shown to the user


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
    result = PlaceResolver(Store(db_path), online=False).geocode("Martuni")
    assert result.source == "alias" and result.place.country == "AZ"


def test_clicking_a_candidate_marker_selects_it(page: AppTest, clicks: dict, db_path: Path) -> None:
    page.text_input(key="gz_name").set_value("Vardenis").run()
    clicks["gz_lookup_map"] = {"last_object_clicked_tooltip": "2. Vardenis (Aragatsotn, AM)"}
    page.run()
    page.button(key="gz_save_alias").click().run()
    assert PlaceResolver(Store(db_path), online=False).geocode("Vardenis").place.admin1 == "Aragatsotn"


def test_unresolved_place_is_resolved_by_clicking_the_map(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Hill 1234", "report: hostile <b>text</b>", "no such place")])
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    assert "Hill 1234" in list(at.dataframe[0].value["name"])
    clicks["gz_resolve_map"] = {"last_clicked": {"lat": 40.25, "lng": 45.91}}
    at.run()
    at.selectbox(key="gz_click_precision").set_value("near").run()
    at.button(key="gz_resolve_click").click().run()
    assert not at.exception
    book = PlaceBook(Store(db_path))
    assert book.unresolved() == []
    place = book.aliases()["hill 1234"]
    assert (place.latitude, place.longitude, place.precision) == (40.25, 45.91, "near")


def test_unresolved_place_is_resolved_by_picking_a_candidate(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Zodd settlement", "import acled", "no such place")])
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    at.text_input(key="gz_search::Zodd settlement").set_value("Zod").run()
    at.button(key="gz_resolve_candidate").click().run()
    assert not at.exception
    assert PlaceResolver(Store(db_path), online=False).geocode("Zodd").place.name == "Sotk"


def test_dismissing_removes_a_non_place(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).note_unresolved([("Ministry", None, "not a place")])
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    at.button(key="gz_dismiss").click().run()
    assert PlaceBook(Store(db_path)).unresolved() == []


def test_aliases_are_listed_and_removable(db_path: Path, clicks: dict) -> None:
    PlaceBook(Store(db_path)).save_alias("Post 7", user_place("Post 7", 40.3, 45.6))
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    at.button(key="gz_alias_remove").click().run()
    assert PlaceBook(Store(db_path)).aliases() == {}


def test_online_settings_need_a_user_agent_then_save(page: AppTest, db_path: Path) -> None:
    page.toggle(key="gz_online_enabled").set_value(True).run()
    page.button(key="gz_online_save").click().run()
    assert "user agent" in page.error[0].value
    assert not settings_for(Store(db_path), environ={}).enabled
    page.text_input(key="gz_online_agent").set_value("monitor (me@example.org)").run()
    page.button(key="gz_online_save").click().run()
    saved = settings_for(Store(db_path), environ={})
    assert saved.enabled and saved.user_agent == "monitor (me@example.org)"


def test_hostile_names_stay_literal_text_on_the_page(db_path: Path, clicks: dict) -> None:
    book = PlaceBook(Store(db_path))
    hostile = "[click](javascript:alert(1)) **bold** <img src=x onerror=alert(2)>"
    book.save_alias("Post 9", user_place(hostile, 40.3, 45.6))
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
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
