"""Round 18 (sentences of our own): who an officer named without his side speaks for, when the
text names the body right after him."""

from __future__ import annotations

import pytest

from mapdata.extract import extract
from mapdata.profiles import default_catalog

RUSSIA_UKRAINE = default_catalog().require("russia-ukraine")


def _claims(sentence: str) -> list[tuple[str, str, str, str | None]]:
    result = extract("published: 2018-05-16\n\n" + sentence, profile=RUSSIA_UKRAINE)
    return [(p.claimant, p.reporting_side, p.accused_side, p.place) for p in result.proposals]


def test_an_officer_speaking_for_a_peoples_republic_is_named_as_its_representative():
    # walk7/round 17: an LPR officer's claims were named "Russian MoD", the side's default claimant
    assert _claims(
        "The Armed Forces of Ukraine (AFU) shelled today the village of Zolote-5, told Lieutenant Colonel Ivan "
        "Petrenko, the official representative of the Lugansk People's Republic (LPR)."
    ) == [("LPR representative", "Russia", "Ukraine", "Zolote-5")]


def test_a_body_the_profile_knows_as_a_voice_gives_that_voice():
    assert _claims(
        "Ukrainian forces shelled the village of Zolote on Tuesday, said Colonel Ivan Petrenko, spokesman for the "
        "People's Militia of the LPR."
    ) == [("LPR militia", "Russia", "Ukraine", "Zolote")]


@pytest.mark.parametrize("after", [", the commander of the 5th brigade.", "."])
def test_guard_an_officer_of_no_named_side_still_takes_the_side_his_claim_does_not_blame(after):
    assert _claims("Ukrainian forces shelled the village of Zolote on Tuesday, said Colonel Ivan Petrenko" + after) == [
        ("Russian MoD", "Russia", "Ukraine", "Zolote")
    ]
