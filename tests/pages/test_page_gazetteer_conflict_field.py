"""Gazetteer → Unresolved places reads the conflict a name was met in as data (its own field), not as a title
in the free-text note, and frames the pick map from the conflict's extent (review of round 42, item 14):
a report with no outlet and a long address lost the title when the note was cut at 500 characters, and a
name of no recorded conflict had its map framed on every stored claim at once (Lebanon to Cambodia)."""

from __future__ import annotations

from pathlib import Path

import pytest

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceBook
from mapdata.profiles import default_catalog
from mapdata.store import Store
from mapdata.store.bundled import EXAMPLES_ENV
from tests.pages import test_page_gazetteer_unresolved as unresolved_page

PAGE = "app_pages/5_Gazetteer.py"
maps = unresolved_page.maps  # the fixture: the folium map each st_folium call was given, by key
LONG_URL = "https://news.example.org/" + "a-very-long-slug-" * 40 + "?utm_source=feed"


def _conflicts_listed(at) -> dict[str, str]:
    table = at.dataframe[0].value
    return dict(zip(table["name"], table["conflict"]))


def test_a_report_with_a_long_address_keeps_its_conflict(db_path: Path, maps: dict) -> None:
    """As Add report notes a name today (its call unchanged): the title after the address, past 500 characters."""
    where = f"report: {LONG_URL} · Thailand–Cambodia"
    assert len(where) > 500
    PlaceBook(Store(db_path)).note_unresolved([("Ban Zzyxkhok", where, "not in the gazetteer")])
    at = open_page_without_error(PAGE)
    assert _conflicts_listed(at) == {"Ban Zzyxkhok": "Thailand–Cambodia"}  # it said "conflict not recorded"
    assert at.selectbox(key="gz_res_conflict::Ban Zzyxkhok").value == "thailand-cambodia"
    assert default_catalog()["thailand-cambodia"].extent.contains(*maps["gz_resolve_map"].location)


def test_the_conflict_given_as_data_is_listed_whatever_the_note_says(db_path: Path, maps: dict) -> None:
    book = PlaceBook(Store(db_path))
    book.note_unresolved([("Post 41", "report: pasted text", "not in the gazetteer")], conflict="india-pakistan")
    # a title inside an outlet's name is no conflict: only the field is read
    book.note_unresolved([("Hill 9", "report: Thailand–Cambodia Daily Wire", "not in the gazetteer")])
    at = open_page_without_error(PAGE)
    assert _conflicts_listed(at) == {"Post 41": "India–Pakistan", "Hill 9": "conflict not recorded"}
    assert at.selectbox(key="gz_res_conflict::Hill 9").value == "not recorded"


def test_a_name_of_no_recorded_conflict_is_framed_on_the_default_conflict_not_every_claim(
    db_path: Path, maps: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(EXAMPLES_ENV, "all")  # claims of every conflict stored, Lebanon to Cambodia
    store = Store(db_path)
    assert set(store.frame()["conflict"]) >= {"israel-lebanon", "thailand-cambodia"}
    PlaceBook(store).note_unresolved([("Post 41", "report: Old Wire", "not in the gazetteer")])
    at = open_page_without_error(PAGE)
    assert at.selectbox(key="gz_res_conflict::Post 41").value == "not recorded"
    default = default_catalog().default.extent
    fmap = maps["gz_resolve_map"]
    assert default.contains(*fmap.location), fmap.location  # it opened between Lebanon and Cambodia
    fitted = fmap.get_root().render()
    assert f"[{default.south}, {default.west}]" in fitted and f"[{default.north}, {default.east}]" in fitted
