"""The gazetteer answers for the conflict at hand: its countries and map area first, its places known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.index import load_index
from mapdata.profiles import load_catalog, load_profile

INVENTED = Path(__file__).resolve().parents[1] / "fixtures" / "profiles" / "northland-southland.toml"


def for_conflict(profile_id: str) -> Gazetteer:
    return Gazetteer.for_profile(load_catalog().require(profile_id))


def test_the_default_gazetteer_is_armenia_azerbaijan_as_before():
    default = Gazetteer.default()
    assert default is for_conflict("armenia-azerbaijan")
    assert default.focus == ("AM", "AZ", "GE", "IR", "TR")
    assert default.geocode("Zod").place.name == "Sotk"


def test_a_namesake_in_the_conflicts_countries_wins():
    """Blida is a city in Algeria and a village in south Lebanon."""
    assert Gazetteer.default().geocode("Blida").place.country == "DZ"
    found = for_conflict("israel-lebanon").geocode("Blida")
    assert found.place.country == "LB" and "focus region (IL, LB, SY, JO)" in found.reason


def test_a_namesake_inside_the_conflicts_map_area_wins_over_a_bigger_one_outside():
    """Hajipur is a city of 150,000 in Bihar and a sector of the Line of Control; both in the parties' countries."""
    found = for_conflict("india-pakistan").geocode("Hajipur")
    assert found.place.name == "Haji Pir"
    bihar = [c for c in found.candidates if c.population > 100_000]
    assert bihar and bihar[0].latitude < 26  # a candidate, shown, but not chosen
    # Without the map area the bigger town would win, as a town beats an area of the same name.
    plain = Gazetteer(load_index(), ("IN", "PK"), ("IN", "PK")).geocode("Hajipur")
    assert plain.place.population > 100_000


@pytest.mark.parametrize(
    ("profile_id", "name", "place", "precision"),
    [
        ("russia-ukraine", "Shumy", "Shumy", "near"),  # not the Crimean village with that old name
        ("russia-ukraine", "Shyrokaya Balka", "Shyrokaya Balka", "near"),  # not Shyroka Balka by Odesa
        ("thailand-cambodia", "Ta Mone Thom", "Ta Muen Thom", "near"),  # the Khmer spelling of the Thai name
        ("israel-lebanon", "Mount Dov", "Mount Dov", "near"),  # "Mount" is part of this name
        ("india-pakistan", "Nowgam sector", "Naugam sector", "region"),
    ],
)
def test_profile_places_are_found_with_their_precision(profile_id, name, place, precision):
    found = for_conflict(profile_id).geocode(name)
    assert (found.place.name, found.precision) == (place, precision)


def test_every_profile_place_says_where_its_coordinates_come_from():
    for profile in load_catalog():
        gazetteer = Gazetteer.for_profile(profile)
        for place in profile.places:
            found = gazetteer.geocode(place.name).place
            assert found is not None and found.name == place.name, place.name
            assert found.coord_source == f"{place.source} (profile {profile.id})"


def test_an_invented_conflicts_places_and_countries_work_without_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MAPDATA_CACHE", str(tmp_path / "cache"))
    profile = load_profile(INVENTED)
    index = load_index(cities={}, profiles=[profile])
    gazetteer = Gazetteer(index, profile.focus_countries, profile.countries, profile.extent)
    found = gazetteer.geocode("Frost Ford")
    assert (found.place.name, found.place.country, found.place.admin1) == ("Frostford", "XN", "Upper March")
    assert found.place.coord_source == "invented for tests (profile northland-southland)"
    assert [p.name for _, _, p in gazetteer.lookup_names("Shelling hit Saltmarsh and Frostford overnight.")] == [
        "Saltmarsh",
        "Frostford",
    ]


def test_cli_geocode_takes_the_conflict(capsys):
    assert main(["geocode", "--conflict", "israel-lebanon", "Blida"]) == 0
    assert json.loads(capsys.readouterr().out)["chosen"]["country"] == "LB"
    assert main(["geocode", "--conflict", "narnia", "Blida"]) == 1
    assert "unknown conflict 'narnia'" in capsys.readouterr().err
