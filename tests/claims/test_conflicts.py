"""Counter-claims between the parties of any conflict, and never across two conflicts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mapdata.claims import group_counter_claims, party_sets
from mapdata.profiles import load_catalog

INVENTED = Path(__file__).resolve().parents[1] / "fixtures" / "profiles" / "northland-southland.toml"
KERAN = (34.65, 73.95)


def claim(id_: str, conflict: str, side: str, where: tuple[float, float] = KERAN, day: str = "2020-11-13") -> dict:
    return {
        "id": id_,
        "conflict": conflict,
        "date": pd.Timestamp(day),
        "latitude": where[0],
        "longitude": where[1],
        "reporting_side": side,
    }


def groups(*claims: dict, **kw) -> set[frozenset[str]]:
    result = group_counter_claims(pd.DataFrame(list(claims)), **kw)
    return {frozenset(ids) for ids in result.groupby(result).groups.values()}


@pytest.mark.parametrize(
    ("conflict", "one", "other"),
    [
        ("india-pakistan", "India", "Pakistan"),
        ("israel-lebanon", "Israel", "Hezbollah"),
        ("israel-lebanon", "Lebanon", "Israel"),
        ("thailand-cambodia", "Thailand", "Cambodia"),
        ("russia-ukraine", "Ukraine", "Russia"),
        ("india-pakistan", "India", "third party"),
        ("russia-ukraine", "media", "Russia"),
    ],
)
def test_the_parties_of_every_conflict_contest_each_other(conflict, one, other):
    assert groups(claim("a", conflict, one), claim("b", conflict, other)) == {frozenset({"a", "b"})}


@pytest.mark.parametrize("conflict", ["india-pakistan", "armenia-azerbaijan"])
def test_third_party_and_media_alone_do_not_contest(conflict):
    assert groups(claim("a", conflict, "third party"), claim("b", conflict, "media")) == set()


def test_a_side_that_is_a_party_elsewhere_is_no_party_here():
    """Armenia in a frame of India–Pakistan claims (bad data) is not a party of that conflict."""
    assert groups(claim("a", "india-pakistan", "Armenia"), claim("b", "india-pakistan", "media")) == set()


def test_claims_of_two_conflicts_never_group_even_at_one_place_and_day():
    assert groups(claim("a", "india-pakistan", "India"), claim("b", "russia-ukraine", "Russia")) == set()
    mixed = groups(
        claim("ip-1", "india-pakistan", "India"),
        claim("ip-2", "india-pakistan", "Pakistan"),
        claim("ru-1", "russia-ukraine", "Russia"),
        claim("ru-2", "russia-ukraine", "Ukraine"),
    )
    assert mixed == {frozenset({"ip-1", "ip-2"}), frozenset({"ru-1", "ru-2"})}


def test_a_frame_without_conflict_is_the_default_conflict():
    frame = pd.DataFrame([claim("a", "x", "Armenia"), claim("b", "x", "Azerbaijan")]).drop(columns=["conflict"])
    assert set(group_counter_claims(frame).index) == {"a", "b"}


def test_an_invented_conflict_contests_through_its_profile():
    parties = party_sets(load_catalog().with_files([INVENTED]))
    assert parties["northland-southland"] == frozenset({"Northland", "Southland"})
    north, south = claim("n", "northland-southland", "Northland"), claim("s", "northland-southland", "Southland")
    assert groups(north, south, parties=parties) == {frozenset({"n", "s"})}
    assert groups(north, south, parties=party_sets(load_catalog())) == set()  # unknown conflict: no parties
