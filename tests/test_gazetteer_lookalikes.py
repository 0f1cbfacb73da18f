"""Namesakes that share a name only as an alternate one: the place whose own name it is spelt like comes first.

walk48: "Chinar" (an alternate name of Chinari, a border village of Tavush, and of Çinarlı in Gakh, far from
Armenia) was taken for the larger Çinarlı: nothing before population told them apart. (Here, not in tests/geo/,
which the report reader's work owns this round.)
"""

from __future__ import annotations

import pytest

from mapdata.geo.gazetteer import Gazetteer
from mapdata.profiles import default_catalog


@pytest.fixture(scope="module")
def armenia_azerbaijan() -> Gazetteer:
    return Gazetteer.for_profile(default_catalog().require("armenia-azerbaijan"))


def test_chinar_is_the_border_village_it_is_spelt_like(armenia_azerbaijan):
    found = armenia_azerbaijan.geocode("Chinar")
    assert (found.place.name, found.place.admin1, found.place.country) == ("Chinari", "Tavush", "AM")
    assert found.decided_by == "main name spelt alike" and not found.undecided
    assert "its own name is spelt like the name looked up" in found.reason and "Çinarlı (AZ)" in found.reason
    assert ("Çinarlı", "AZ") in {(p.name, p.country) for p in found.candidates}  # still offered, with its country


def test_what_came_before_still_decides_first(armenia_azerbaijan):
    # a country named in the text comes first; a name that is a place's own name beats one spelt like another's
    assert armenia_azerbaijan.geocode("Chinar", countries=("AZ",)).place.name == "Çinarlı"
    main = armenia_azerbaijan.geocode("Chinarli")
    assert (main.place.name, main.place.admin1, main.decided_by) == ("Chinarli", "Shamkir", "main name")


def test_an_old_spelling_is_the_town_it_is_spelt_like_not_the_larger_namesake(armenia_azerbaijan):
    found = armenia_azerbaijan.geocode("Razdan")  # an alternate name of Hrazdan and of Masis
    assert (found.place.name, found.decided_by) == ("Hrazdan", "main name spelt alike")
