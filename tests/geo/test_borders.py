"""Which country a point is in, by the bundled borders: every monitored conflict's countries, not only the
Caucasus (walk45 items 13 and 17: a click in Kashmir, south Lebanon, the Thai-Cambodian border or Donetsk got
no country, and at world zoom only 5 countries were outlined)."""

from __future__ import annotations

import pytest

from mapdata.geo.borders import borders_geojson, country_at
from mapdata.profiles.catalog import bundled_profiles

# (place, latitude, longitude, ISO code): a town on each side of each monitored conflict (GeoNames points).
# Israel's is Kiryat Shmona, not Metula: Natural Earth's 1:10m line cuts off the Metula finger, so its
# point (33.279, 35.579) lies ~1 km inside Lebanon by the source (borders for orientation only).
TOWNS = [
    ("Poonch", 33.77033, 74.09254, "IN"),
    ("Kotli", 33.51836, 73.9022, "PK"),
    ("Kiryat Shmona", 33.21204, 35.57044, "IL"),
    ("Khiam", 33.33, 35.61, "LB"),
    ("Sa Kaeo", 13.81411, 102.07222, "TH"),
    ("Samraong (Oddar Meanchey)", 14.18175, 103.51761, "KH"),
    ("Donetsk", 48.023, 37.80224, "UA"),
    ("Belgorod", 50.60343, 36.58091, "RU"),
    ("Sotk", 40.20007, 45.86951, "AM"),
    ("Tovuz", 40.99249, 45.62838, "AZ"),
    ("Nakhchivan", 39.2089, 45.4122, "AZ"),
    ("Tbilisi", 41.72, 44.78, "GE"),
    ("Chukotka (east of 180)", 67.0, 172.0, "RU"),
    ("Chukotka (west of 180)", 66.0, -172.0, "RU"),
]


@pytest.mark.parametrize(("place", "latitude", "longitude", "code"), TOWNS, ids=[t[0] for t in TOWNS])
def test_a_town_of_each_monitored_conflict_is_in_its_country(place, latitude, longitude, code) -> None:
    country = country_at(latitude, longitude)
    assert country is not None and country.iso2 == code, place


@pytest.mark.parametrize(("latitude", "longitude"), [(43.0, 34.0), (34.0, 33.0), (10.0, 100.5), (0.0, -30.0)])
def test_a_point_at_sea_is_in_no_country(latitude, longitude) -> None:
    assert (
        country_at(latitude, longitude) is None
    )  # the Black Sea, the Mediterranean, the Gulf of Thailand, the Atlantic


def test_the_borders_are_the_whole_world_with_their_source_and_licence() -> None:
    data = borders_geojson()
    codes = {f["properties"]["iso2"] for f in data["features"]}
    assert len(data["features"]) > 200  # every country, not 5
    monitored = {c for p in bundled_profiles() for c in (*p.countries, *p.neighbours)}
    assert monitored <= codes  # every monitored conflict's countries and their neighbours
    assert {
        "IN",
        "PK",
        "IL",
        "LB",
        "SY",
        "TH",
        "KH",
        "LA",
        "UA",
        "RU",
        "BY",
        "MD",
        "AM",
        "AZ",
        "GE",
        "IR",
        "TR",
    } <= codes
    meta = data["metadata"]
    assert "Natural Earth" in meta["source"] and "4.1.0" in meta["source"] and "1:10m" in meta["source"]
    assert "public domain" in meta["license"].lower()
    assert "not a position on any dispute" in meta["disputed"]
