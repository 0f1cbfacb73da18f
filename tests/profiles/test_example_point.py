"""Each conflict's example coordinates (the Gazetteer page's place form shows them) lie in its own area,
from its profile: walk41 saw Armenian ones (40.21123, 45.93001) beside a Thailand–Cambodia map."""

from __future__ import annotations

import pytest

from mapdata.profiles import default_catalog, parse_profile
from tests.profiles.test_profiles import MINIMAL  # extent 1–3 °N, 2–4 °E


@pytest.mark.parametrize("profile_id", default_catalog().ids)
def test_every_bundled_conflict_s_example_is_in_its_area(profile_id: str) -> None:
    profile = default_catalog()[profile_id]
    assert profile.extent.contains(*profile.example_point), (profile_id, profile.example_point)
    others = [p for p in default_catalog() if p.id != profile_id and not p.extent.contains(*profile.example_point)]
    assert others, profile_id  # (never one point for every conflict)


def test_the_example_is_the_profile_s_first_point_place() -> None:
    thailand = default_catalog()["thailand-cambodia"]
    assert thailand.example_places[0].name == "Ta Muen Thom"
    assert thailand.example_point == (14.349, 103.263)
    assert not default_catalog()["armenia-azerbaijan"].extent.contains(*thailand.example_point)


def test_an_area_or_a_place_outside_the_extent_is_no_example_and_the_centre_is_taken() -> None:
    text = MINIMAL + (
        '[[places]]\nname = "Far"\nlatitude = 50.0\nlongitude = 50.0\ncountry = "XA"\nsource = "mine"\nkind = "village"\n'
        '[[places]]\nname = "Area"\nlatitude = 2.0\nlongitude = 2.5\ncountry = "XA"\nsource = "mine"\nkind = "region"\n'
    )
    profile = parse_profile(text)
    assert profile.example_places == ()
    assert profile.example_point == (2.0, 3.0)  # the extent's centre
    text += (
        '[[places]]\nname = "Post"\nlatitude = 2.5\nlongitude = 3.5\ncountry = "XB"\nsource = "mine"\nkind = "height"\n'
    )
    assert parse_profile(text).example_point == (2.5, 3.5)
