"""Namesakes on the front: a bare village name in a report of the Donbas is the Donbas village.

A profile's map box can be a whole country (all of Ukraine, since the war reaches Odesa and Lviv), so "in the
conflict's area" does not tell the Donetsk Novoselivka from the larger one near Odesa. A profile's ``front`` zones
say where the fighting is, and its own ``[[places]]`` say which of two namesakes its reports mean.
"""

from __future__ import annotations

import pytest

from mapdata.errors import ProfileError
from mapdata.geo.gazetteer import Gazetteer
from mapdata.profiles import load_catalog, parse_profile


def ukraine() -> Gazetteer:
    return Gazetteer.for_profile(load_catalog().require("russia-ukraine"))


def in_donbas(latitude: float, longitude: float) -> bool:
    return 46.85 <= latitude <= 50.1 and 36.5 <= longitude <= 40.3


@pytest.mark.parametrize("name", ["Novoselivka", "Zaitseve"])
def test_a_bare_village_name_with_a_namesake_on_the_front_is_the_one_on_the_front(name):
    """Novoselivka: 17 villages, the largest (3,000) in Odesa oblast, placed there before fronts."""
    found = ukraine().geocode(name)
    assert in_donbas(found.place.latitude, found.place.longitude), found.reason
    assert any(not in_donbas(c.latitude, c.longitude) for c in found.candidates)  # the namesakes are still offered


def test_the_reason_names_the_front():
    # Pervomaisk: a town in Luhansk oblast and a town in Mykolaiv oblast, both towns: the front tells them apart
    found = ukraine().geocode("Pervomaisk")
    assert found.decided_by == "front line" and in_donbas(*_point(found))
    assert "on the front (Donbas: Donetsk and Luhansk oblasts" in found.reason


def test_a_town_beats_a_village_of_its_name_before_the_front_decides():
    """Review48: a bare "Pivdenne" is the port town of 32,677 near Odesa, not the Donbas village of 1,404, and
    "Kamianske" the city of 226,845, not a village of the southern front; the front only tells villages apart."""
    assert not in_donbas(*_point(ukraine().geocode("Pivdenne")))
    assert ukraine().geocode("Kamianske").place.population > 200_000


def _point(found):
    return found.place.latitude, found.place.longitude


def test_a_place_the_profile_names_beats_a_geonames_namesake():
    """GeoNames' >=500 list has Pisky only in Poltava and Kherson oblasts; reports of the Donbas mean the village
    by Donetsk airport, which the profile adds."""
    found = ukraine().geocode("Pisky")
    assert found.place.admin1 == "Donetsk" and in_donbas(found.place.latitude, found.place.longitude)
    assert found.decided_by == "the conflict's own place"
    assert ukraine().geocode("Peski").place == found.place  # the Russian spelling of DPR statements


def test_other_places_in_the_report_still_come_before_the_front():
    """A report that also names Mykolaiv-oblast places means the Pervomaisk near them."""
    found = ukraine().geocode("Pervomaisk", near=((47.97, 31.99),))  # Mykolaiv
    assert found.place.longitude < 32 and found.decided_by == "proximity to other places in the report"


def test_a_profile_reads_its_front_zones_and_names_a_bad_one():
    text = """
id = "a-b"
title = "A–B"
countries = ["XA", "XB"]
extent = { south = 1, west = 2, north = 30, east = 40 }
front = [{ name = "the line", south = 5, west = 6, north = 7, east = 8 }]
[[parties]]
name = "A"
colour = "#112233"
[[parties]]
name = "B"
colour = "#445566"
"""
    profile = parse_profile(text, "mine.toml")
    assert [zone.name for zone in profile.front] == ["the line"]
    assert profile.front[0].contains(6, 7) and not profile.front[0].contains(10, 7)
    with pytest.raises(ProfileError, match=r"mine\.toml: front\[0\]\.north: must be north of south"):
        parse_profile(text.replace("north = 7", "north = 4"), "mine.toml")
    with pytest.raises(ProfileError, match=r"front\[0\]\.name: is required"):
        parse_profile(text.replace('name = "the line", ', ""), "mine.toml")
    with pytest.raises(ProfileError, match=r"front\[0\]\.width: unknown key"):
        parse_profile(text.replace("east = 8", "east = 8, width = 3"), "mine.toml")


def test_a_conflict_without_front_zones_ranks_as_before():
    """Armenia–Azerbaijan names no front: its whole map area is the border."""
    assert load_catalog().require("armenia-azerbaijan").front == ()
    assert Gazetteer.default().geocode("Zod").place.name == "Sotk"


@pytest.mark.parametrize(
    ("conflict", "name", "country", "box"),
    [
        ("india-pakistan", "Mendhar", "IN", (33.4, 73.9, 33.8, 74.3)),
        ("india-pakistan", "Nowshera", "IN", (33.0, 74.0, 33.3, 74.4)),  # not Nowshera in Khyber Pakhtunkhwa
        ("india-pakistan", "RS Pura", "IN", (32.5, 74.6, 32.8, 74.9)),
        ("israel-lebanon", "Adaisseh", "LB", (33.2, 35.5, 33.3, 35.6)),
        ("israel-lebanon", "Aita al-Shaab", "LB", (33.0, 35.25, 33.15, 35.4)),
        ("israel-lebanon", "Manara", "IL", (33.15, 35.5, 33.25, 35.6)),
    ],
)
def test_front_line_villages_geonames_lacks_are_placed_from_a_stated_source(conflict, name, country, box):
    found = Gazetteer.for_profile(load_catalog().require(conflict)).geocode(name)
    south, west, north, east = box
    assert found.place is not None and found.place.country == country
    assert south <= found.place.latitude <= north and west <= found.place.longitude <= east
    assert "stored" in found.place.coord_source  # the page the coordinates were copied from


def test_the_farms_are_mount_dov_not_the_village_of_shebaa():
    """Shebaa (Chebaa) is a village; "the Shebaa/Chebaa Farms" is the disputed strip Israel calls Mount Dov."""
    from mapdata.extract.lexicon import lexicon_for
    from mapdata.extract.places import find_place_mentions

    profile = load_catalog().require("israel-lebanon")
    gazetteer = Gazetteer.for_profile(profile)
    for text in ("Shells fell in the disputed Chebaa Farms area on Monday.", "Shells fell in Shebaa Farms on Monday."):
        [mention] = find_place_mentions(text, gazetteer, lexicon=lexicon_for(profile))
        assert mention.place is not None and mention.place.name == "Mount Dov", text
    assert gazetteer.geocode("Chebaa").place.name == "Shebaa"
