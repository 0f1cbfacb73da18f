"""The side a conflict's profile gives a claimant it names, and the warning when a claim is to be
saved under another (walk40: "Thai army [media]", "Cambodian MoD [third party]")."""

from __future__ import annotations

import pytest

from mapdata.profiles import claimant_side, default_catalog, self_accusation, side_warning

TC = default_catalog().require("thailand-cambodia")


@pytest.mark.parametrize(
    ("claimant", "side"),
    [
        ("Thai army", "Thailand"),
        ("royal thai ARMY", "Thailand"),  # a name the profile gives the voice, any case
        ("Cambodian MoD", "Cambodia"),
        ("RCAF", "Cambodia"),
        ("ASEAN observer team", "third party"),
        ("Cambodian", "Cambodia"),  # a party by its own word
        ("The Thaiger", None),  # an outlet: no side of the profile's
        ("media", None),
        ("", None),
        (None, None),
    ],
)
def test_the_side_the_profile_gives_a_claimant(claimant: object, side: str | None) -> None:
    assert claimant_side(TC, claimant) == side


def test_a_claimant_under_another_side_is_warned_of() -> None:
    said = side_warning(TC, "Thai army", "media")
    assert said == (
        "the Thailand–Cambodia profile names “Thai army” a voice of Thailand, but the reporting side is “media”: "
        "the side decides the claim's colour, the side filter and which clash it joins"
    )
    assert "“Cambodian MoD” a voice of Cambodia, but the reporting side is “third party”" in str(
        side_warning(TC, "Cambodian MoD", "third party")
    )
    assert "a monitor or mediator, side “third party”" in str(side_warning(TC, "ASEAN observers", "Thailand"))
    # the profile's own side, or a claimant it does not name: nothing to say
    assert side_warning(TC, "Thai army", "Thailand") is None
    assert side_warning(TC, "The Thaiger", "Cambodia") is None
    # another conflict's voice means nothing here
    assert side_warning(default_catalog().require("armenia-azerbaijan"), "Thai army", "media") is None


def test_a_party_accusing_itself_is_warned_of() -> None:
    """Walk41: "Cambodian MoD [Cambodia], accuses Cambodia" was saved without a word."""
    said = side_warning(TC, "Cambodian MoD", "Cambodia", "Cambodia")
    assert said == (
        "the reporting side “Cambodia” is also the accused side: a party's claim blames another side "
        "(the Thailand–Cambodia profile's opponent of Cambodia is Thailand)"
    )
    assert side_warning(TC, "The Thaiger", "Thailand", "Thailand") is not None  # whoever the claimant
    both = str(side_warning(TC, "Thai army", "Cambodia", "Cambodia"))
    assert "a voice of Thailand" in both and "also the accused side" in both
    # not a party, or another side, or no accused given: nothing to say
    assert side_warning(TC, "The Thaiger", "media", "media") is None
    assert side_warning(TC, "ASEAN observers", "third party", "third party") is None
    assert side_warning(TC, "Cambodian MoD", "Cambodia", "Thailand") is None
    assert side_warning(TC, "Cambodian MoD", "Cambodia") is None
    assert self_accusation(TC, "Cambodia", "unknown") is None
