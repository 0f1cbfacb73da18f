"""Add report in real Streamlit: a point set outside the proposals grid (a click on the preview map,
a candidate picked for a name the gazetteer lacks) shows in the grid at once, the reviewer's other
edits kept, and the save stores what the grid shows (a walk-through's grid kept the old point while
the save stored the clicked one). AppTest cannot click a map: a stub st_folium returns the click."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from mapdata.store import Store
from tests.pages.test_page_add_report import REPORT, _button, _propose, open_add_report
from ui.proposals import editor_key, placed_rows, typed_over

# The walk-through's report, its publication date as a header line.
SOTK = """published: 2024-03-14
outlet: Click Wire

YEREVAN, March 14 — Azerbaijani forces opened fire on Armenian positions near the village of Sotk in the Gegharkunik province late on Wednesday, Armenia's Defence Ministry said.
"""
CLICK = {"lat": 40.17007, "lng": 45.90951, "zoom": 13}  # (the map sends its zoom with a click: close in, "exact")


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)
    return open_add_report()


def _clicks(monkeypatch: pytest.MonkeyPatch, click: dict | None) -> None:
    """The preview map returns ``click`` as its last click from now on (None: no click yet)."""
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: {"last_clicked": click})


def _editor(at: AppTest, revision: int | None = None) -> str:
    """The grid's key (``revision``: the one drawn now, unless given). The page draws one grid while
    the reviewer edits it (walk42 item 12); a new one only for a write over a cell the reviewer edited."""
    digest = at.session_state["ar_result"][0]
    if revision is None:
        revision = at.session_state["ar_grid_revision"] if "ar_grid_revision" in at.session_state else 0  # noqa: SIM401
    return editor_key(digest, len(at.session_state["ar_result"][1].proposals), revision)


def _edits(at: AppTest, key: str) -> dict:
    try:
        return dict(at.session_state[key]["edited_rows"])
    except KeyError:
        return {}


def _edit(at: AppTest, key: str, rows: dict) -> AppTest:
    """The edits the browser would send for the grid ``key`` (AppTest cannot type into a data editor):
    those typed before into the same grid, and ``rows`` on top, as the browser keeps them."""
    edits = _edits(at, key)
    for index, cells in rows.items():
        edits[index] = {**edits.get(index, {}), **cells}
    at.session_state[key] = {"edited_rows": edits, "added_rows": [], "deleted_rows": []}
    return at.run()


def _grid(at: AppTest) -> pd.DataFrame:
    """The grid as the browser shows it: the rows the page gives it, the edits typed into it on top."""
    frame = at.dataframe[0].value.copy()
    for index, cells in _edits(at, _editor(at)).items():
        for column, value in cells.items():
            frame.loc[int(index), column] = value
    return frame


def test_a_map_click_shows_in_the_grid_keeps_its_edits_and_is_saved(
    page: AppTest, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _clicks(monkeypatch, None)
    _propose(page, SOTK)
    grid = _grid(page)
    assert (grid["place"][0], grid["geo_precision"][0]) == ("Sotk", "near")
    assert (grid["latitude"][0], grid["longitude"][0]) == (40.20007, 45.86951)
    _edit(page, _editor(page, 0), {0: {"wounded": 2, "claimant": "Armenian Defence Ministry"}})

    _clicks(monkeypatch, CLICK)
    page.selectbox(key="ar_click_target").set_value("0").run()
    assert not page.exception
    grid = _grid(page)
    assert (grid["latitude"][0], grid["longitude"][0]) == (40.17007, 45.90951)  # the point clicked
    assert (grid["place"][0], grid["geo_precision"][0]) == ("Sotk", "exact")  # a clicked point: the user's spot
    assert (grid["wounded"][0], grid["claimant"][0]) == (2, "Armenian Defence Ministry")  # the edits kept
    assert page.session_state["ar_points"] == {0: (40.17007, 45.90951, "Sotk")}

    _button(page, "Save ticked incidents").click().run()
    [saved] = [i for i in Store(db_path).incidents() if i.source == "Click Wire"]
    assert (saved.latitude, saved.longitude, saved.geo_precision) == (40.17007, 45.90951, "exact")
    assert (saved.place, saved.wounded, saved.claimant) == ("Sotk", 2, "Armenian Defence Ministry")


def test_coordinates_typed_over_a_clicked_point_are_the_ones_saved(
    page: AppTest, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _clicks(monkeypatch, None)
    _propose(page, SOTK)
    _clicks(monkeypatch, CLICK)
    page.selectbox(key="ar_click_target").set_value("0").run()
    assert _grid(page)["latitude"][0] == 40.17007
    _edit(page, _editor(page), {0: {"latitude": 40.15}})  # the reviewer types another latitude
    assert page.session_state["ar_points"] == {}  # the grid's values are the ones saved
    _button(page, "Save ticked incidents").click().run()
    [saved] = [i for i in Store(db_path).incidents() if i.source == "Click Wire"]
    assert (saved.latitude, saved.longitude) == (40.15, 45.90951)


def test_a_candidate_picked_shows_in_the_grid_and_a_later_click_moves_it(
    page: AppTest, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _clicks(monkeypatch, None)
    _propose(page, REPORT)  # row 2: Zzyxqorvan, a name the gazetteer lacks
    digest, result = page.session_state["ar_result"]
    candidate = {"name": "Zzyx", "latitude": 39.6, "longitude": 46.2, "admin1": "Syunik", "country": "AM"}
    proposals = [*result.proposals[:1], dataclasses.replace(result.proposals[1], place_candidates=[candidate])]
    page.session_state["ar_result"] = (digest, dataclasses.replace(result, proposals=proposals))
    _edit(page, _editor(page, 0), {0: {"killed": 3}})
    assert pd.isna(_grid(page)["latitude"][1])

    page.selectbox(key="ar_pick_1").set_value("Zzyx (Syunik, AM)").run()
    assert not page.exception
    grid = _grid(page)
    assert (grid["place"][1], grid["latitude"][1], grid["longitude"][1]) == ("Zzyx", 39.6, 46.2)
    assert grid["killed"][0] == 3  # the other row's edit kept

    # A click afterwards moves the row, and the pick (still shown in its box) does not take it back.
    _clicks(monkeypatch, {"lat": 39.55, "lng": 46.25})
    page.run()
    page.run()
    grid = _grid(page)
    assert (grid["latitude"][1], grid["longitude"][1]) == (39.55, 46.25)
    assert page.session_state["ar_points"][1] == (39.55, 46.25, "Zzyxqorvan")
    _edit(page, _editor(page), {1: {"save": True}})
    _button(page, "Save ticked incidents").click().run()
    placed = [i for i in Store(db_path).incidents() if i.source == "Example Wire" and i.latitude == 39.55]
    assert [(i.place, i.longitude) for i in placed] == [("Zzyx", 46.25)]  # the name the grid shows


def test_placed_rows_and_typed_over() -> None:
    rows = [
        {"place": "Sotk", "latitude": 40.2, "longitude": 45.87, "geo_precision": "near", "killed": pd.NA},
        {"place": None, "latitude": float("nan"), "longitude": float("nan"), "geo_precision": "region"},
    ]
    out = placed_rows(rows, 0, (40.1, 45.9, "Sotk"), "Sotk")
    # a clicked point is the user's own spot: "exact" (walk43: saved as the row's "region"); a pick's own
    assert out[0] == {**rows[0], "latitude": 40.1, "longitude": 45.9, "geo_precision": "exact"}
    assert placed_rows(rows, 0, (40.1, 45.9, "Sotk"), "Sotk", "near")[0]["geo_precision"] == "near"
    assert out[1] is not rows[1] and out[1]["place"] is None and rows[0]["latitude"] == 40.2  # copies
    assert placed_rows(rows, 1, (39.6, 46.2, "Zzyx"), "Zzyxqorvan")[1]["place"] == "Zzyx"  # an empty place named
    renamed = [{**rows[0], "place": "Sotq"}]
    assert placed_rows(renamed, 0, (39.6, 46.2, "Zzyx"), "Sotk")[0]["place"] == "Sotq"  # a name the reviewer typed
    points = {0: (40.1, 45.9, "Sotk"), 1: (39.6, 46.2, "Zzyx")}
    assert typed_over(points, placed_rows(placed_rows(rows, 0, points[0], "Sotk"), 1, points[1], None)) == []
    assert typed_over(points, placed_rows(rows, 0, points[0], "Sotk")) == [1]  # row 2's cells are empty
    assert typed_over({0: (40.1, 45.9, None)}, [{"latitude": 40.1, "longitude": 45.95}]) == [0]
    assert editor_key("0123456789abcdef", 2) == "ar_editor_0123456789_2"
    assert editor_key("0123456789abcdef", 2, 3) == "ar_editor_0123456789_2_r3"
