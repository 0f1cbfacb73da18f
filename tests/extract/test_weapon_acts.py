"""A claim's weapons name what fired, not the act ("shelling"), on sentences written for these tests."""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.extract.weapons import without_acts


def test_an_act_is_dropped_from_the_weapons_when_a_weapon_is_named():
    assert without_acts(["mortars", "shelling"]) == ["mortars"]
    assert without_acts(["Shelling", "artillery", "drones"]) == ["artillery", "drones"]
    assert without_acts(["shelling"]) == ["shelling"]  # all the report says: kept
    assert without_acts([]) == []


def test_a_claim_with_mortars_and_the_shelling_they_did_lists_mortars_only():
    """walk6: "opened fire with mortars ... wounded in the shelling" proposed "mortars, shelling"."""
    text = (
        "The Armenian Defence Ministry said on Thursday that Azerbaijani units opened fire with mortars on "
        "Armenian positions near Sotk. According to the ministry, one Armenian soldier was wounded in the shelling."
    )
    (proposal,) = extract(text, published="2024-03-14").proposals
    assert proposal.weapons == ["mortars"]
    assert proposal.event_type == "shelling"  # the act is still what happened


def test_shelling_with_nothing_named_that_fired_is_kept():
    text = "The Armenian Defence Ministry said Azerbaijani shelling hit positions near Sotk on Thursday."
    (proposal,) = extract(text, published="2024-03-14").proposals
    assert proposal.weapons == ["shelling"]
