"""Round 32: sentences of our own, written from the round-31 review's open items and unseen34's build
half; each test fails on c17c6a2 (the round's start)."""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.profiles import default_catalog


def proposals(text: str, published: str, conflict: str) -> list:
    return extract(text, published=published, profile=default_catalog()[conflict]).proposals


def test_a_side_telling_the_other_sides_reply_by_firing_a_weapon_at_a_place_tells_a_claim():
    text = "The ISPR said Indian troops had responded by firing mortars at Nakyal village on Thursday."
    found = proposals(text, "2024-05-10", "india-pakistan")
    assert [(p.date, p.place, p.reporting_side, p.accused_side) for p in found] == [
        ("2024-05-09", "Nakyal", "Pakistan", "India")
    ]
    # a side's own reply is still no claim
    text = "The ISPR said Pakistani troops had responded by firing mortars at Indian posts on Thursday."
    assert proposals(text, "2024-05-10", "india-pakistan") == []
