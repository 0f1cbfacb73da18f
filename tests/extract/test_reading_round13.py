"""Round 13 of issue 16: rules read off reports never seen before (unseen9's held half and
unseen10, once their first-run figures were written down), each with invented sentences.

Who speaks: a role held in a side's body ("a spokesperson of the Ukrainian delegation", "a source
in the security services of the DPR") speaks for that side; the people's republics are named as
the Russian side's. Every example here is invented (no article text): the rule, not a report.
"""

from __future__ import annotations

import pytest

from mapdata.extract import extract
from mapdata.profiles import default_catalog


def _read(text: str, published: str, profile_id: str):
    return extract(text, published=published, profile=default_catalog().require(profile_id))


def _brief(result) -> list[tuple]:
    return [(p.date, p.place, p.reporting_side, p.accused_side) for p in result.proposals]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            '"Enemy mortars shelled our positions near Avdiivka at dawn," a spokesperson of the Ukrainian '
            "delegation to the peace talks, Ivan Petrenko, told reporters on Monday.",
            "Ukraine",
        ),
        (
            '"Ukrainian forces shelled the Trudovskiye settlement at night," a source in the security services '
            "of the self-proclaimed Donetsk People's Republic told a local agency on Monday.",
            "Russia",
        ),
        ("Ukrainian troops shelled Stakhanov on Monday, the press office of the LPR said.", "Russia"),
    ],
)
def test_a_role_in_a_sides_body_speaks_for_that_side(text, side):
    result = _read(text, "2021-03-09", "russia-ukraine")
    assert [p.reporting_side for p in result.proposals] == [side], _brief(result)


def test_a_source_in_a_sides_military_is_that_sides_army_voice():
    """A guard: the first form of the rule named it "Thai source", apart from the army's claim."""
    text = (
        "A source in the Thai military told reporters that Cambodian troops fired rockets at a Thai post "
        "near Ta Muen on Saturday, wounding two soldiers."
    )
    result = _read(text, "2025-07-27", "thailand-cambodia")
    assert [(p.claimant, p.reporting_side, p.wounded) for p in result.proposals] == [("Thai army", "Thailand", 2)]


def test_a_quotation_over_two_sentences_is_its_closing_speakers_and_firing_into_a_town_is_fire():
    text = (
        '"Ukrainian troops have started firing heavy weapons into the town of Stakhanov. Residents are '
        'hiding in basements," the local information centre reported, citing a spokesperson for the leader of '
        "the Luhansk People's Republic, on Monday."
    )
    result = _read(text, "2015-01-26", "russia-ukraine")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Stakhanov", "Russia", "Ukraine")
    ]


def test_a_governor_who_claims_is_a_new_speaker_not_the_one_before():
    """A guard: with the rule, the speaker before ("the LPR's spokesperson") took the governor's claim."""
    text = (
        "Separatist forces shelled Shchastia on Monday, the JFO press centre said. "
        "For his part, the governor of the Luhansk region, Ivan Petrenko, claims that Ukrainian forces "
        "fired rockets on Stakhanov on Monday."
    )
    result = _read(text, "2015-01-27", "russia-ukraine")
    claimants = {p.place: p.claimant for p in result.proposals}
    assert claimants.get("Stakhanov") != claimants.get("Shchastia"), _brief(result)
