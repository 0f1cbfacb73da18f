"""What the place book records of a name nothing placed, and of a name a user placed by a click (review of
round 42, items 14 and 13): the conflict is a field of its own, never cut with the note; a name placed by a
map click on Add report is remembered there, so the next report naming it is placed."""

from __future__ import annotations

import pytest

from mapdata.errors import ValidationError
from mapdata.formats.importer import preview_import
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.placebook import PlaceBook, PlaceResolver, resolve_place
from mapdata.profiles import default_catalog
from mapdata.store import Store

LONG_URL = "https://news.example.org/" + "a-very-long-slug-" * 40


def _conflicts(book: PlaceBook) -> dict[str, str | None]:
    return {u.name: u.conflict for u in book.unresolved()}


def test_the_conflict_is_kept_whole_when_a_long_note_is_cut(store: Store) -> None:
    """Add report's call as it is: the title after a 600-character address (the note is cut at 500)."""
    book = PlaceBook(store)
    book.note_unresolved([("Ban Zzyxkhok", f"report: {LONG_URL} · Thailand–Cambodia", "not in the gazetteer")])
    [listed] = book.unresolved()
    assert len(listed.context or "") == 500 and "Thailand–Cambodia" not in (listed.context or "")
    assert listed.conflict == "thailand-cambodia"


def test_the_conflict_is_given_as_data_for_all_or_per_name(store: Store) -> None:
    book = PlaceBook(store)
    book.note_unresolved([("Post 41", "report: pasted text", "no such place")], conflict="india-pakistan")
    book.note_unresolved([("Hill 9", "report: a wire", "no such place", "israel-lebanon"), ("Hill 10", None, None)])
    assert _conflicts(book) == {"Post 41": "india-pakistan", "Hill 9": "israel-lebanon", "Hill 10": None}
    # seen again with no conflict said: the one recorded stays
    book.note_unresolved([("Post 41", "report: another wire", "no such place")])
    assert _conflicts(book)["Post 41"] == "india-pakistan"


def test_an_import_and_a_resolver_record_the_conflict_id(store: Store) -> None:
    data = b"date,place,country,claimant,reporting_side\n2023-05-12,Nowhereville Xyz,,Someone,media\n"
    preview_import(data, store, filename="sheet.csv", place_by_name=True).list_unresolved(store)
    resolve_place("Qwxzzlebrook", store, online=False, conflict="thailand-cambodia")
    with PlaceResolver(store, online=False, context="edit of x", conflict="russia-ukraine") as resolver:
        resolver.geocode("Zzorkh Qv")
    assert _conflicts(PlaceBook(store)) == {
        "Nowhereville Xyz": "armenia-azerbaijan",
        "Qwxzzlebrook": "thailand-cambodia",
        "Zzorkh Qv": "russia-ukraine",
    }


def test_a_name_placed_by_a_click_is_remembered_and_the_next_report_finds_it(store: Store) -> None:
    book = PlaceBook(store)
    book.note_unresolved([("Ban Zzyxkhok", "report: a wire", "not in the gazetteer")], conflict="thailand-cambodia")
    thai = default_catalog()["thailand-cambodia"]
    resolver = PlaceResolver(store, online=False, gazetteer=Gazetteer.for_profile(thai))
    assert not resolver.geocode("Ban Zzyxkhok").found  # the next report: unknown again, before

    place = book.remember_placed_name("Ban Zzyxkhok", 14.37, 104.64, conflict="thailand-cambodia")

    assert place is not None and (place.latitude, place.longitude, place.precision) == (14.37, 104.64, "near")
    assert place.coord_source == "a map click on Add report (Thailand–Cambodia)"
    assert book.unresolved() == []  # placed: off the list
    found = PlaceResolver(store, online=False, gazetteer=Gazetteer.for_profile(thai), conflict=thai.id).geocode(
        "ban zzyxkhok"
    )
    assert found.found and (found.place.latitude, found.place.longitude) == (14.37, 104.64)
    assert [row["name"] for row in book.alias_rows()] == ["Ban Zzyxkhok"]  # on the Gazetteer page's Aliases tab


def test_a_name_the_gazetteer_places_is_not_overruled_by_one_click(store: Store) -> None:
    book = PlaceBook(store)
    assert book.remember_placed_name("Sotk", 40.0, 45.0, conflict="armenia-azerbaijan") is None
    assert book.alias_rows() == []
    assert PlaceResolver(store, online=False).geocode("Sotk").place.key == "geonames:616041"


def test_a_point_off_the_earth_is_not_remembered(store: Store) -> None:
    with pytest.raises(ValidationError):
        PlaceBook(store).remember_placed_name("Ban Zzyxkhok", 123.0, 104.6, conflict="thailand-cambodia")
    assert PlaceBook(store).alias_rows() == []
