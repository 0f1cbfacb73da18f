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


def _read(conflict: str, text: str) -> list[tuple[str | None, str | None, str]]:
    result = extract(text, profile=default_catalog().require(conflict))
    return [(p.date, p.place, p.claimant) for p in result.proposals]


def test_a_list_of_three_word_names_before_a_plural_cue_keeps_each_name_whole():
    # "Si Sa Ket" was read as "Sa Ket" (a list's names were taken as two words at most)
    assert _read(
        "thailand-cambodia",
        "published: 2025-12-20\n\nThe Thai Second Army Area said Cambodian troops fired rockets into parts of "
        "Si Sa Ket and Surin provinces on Friday.",
    ) == [("2025-12-19", "Si Sa Ket", "Thai army"), ("2025-12-19", "Surin", "Thai army")]


def test_mt_abbreviates_mount_and_ends_no_sentence():
    [(date, place, claimant, killed)] = [
        (p.date, p.place, p.claimant, p.killed)
        for p in extract(
            "published: 2015-01-29\n\nThe Israeli army said anti-tank missiles hit a military convoy near Mt. Dov on "
            "Wednesday. Two soldiers were killed.",
            profile=default_catalog().require("israel-lebanon"),
        ).proposals
    ]
    assert (date, place, claimant, killed) == ("2015-01-28", "Mt. Dov", "IDF", 2)


WHERE_IT_TOOK_PLACE = [
    # an outlet's correspondent says where the day's claim (which named only "the border") was
    (
        "published: 2023-07-13\n\nIsraeli fire wounded two Hezbollah members near the border on Wednesday, a "
        "Lebanese security source said.\n\nThe Israeli army said suspects had approached the fence.\n\n"
        "A Reuters photographer said the incident took place near the village of Aitaroun.",
        [("2023-07-12", "Aitaroun", "Lebanese security source")],
    ),
    # guard: a party saying where "the attack took place" tells its own claim
    (
        "published: 2023-10-12\n\nHezbollah said it fired missiles at an Israeli position on Wednesday.\n\n"
        "The attack took place near the Israeli town of Shtula, opposite the Lebanese village of Aitaroun, the "
        "Israeli military said.",
        [("2023-10-11", "Shtula", "IDF")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHERE_IT_TOOK_PLACE)
def test_where_the_incident_took_place_places_the_days_claims_unless_a_party_tells_it(text, expected):
    assert _read("israel-lebanon", text) == expected


def test_a_daily_bulletin_named_by_its_day_dates_the_claim_it_sources():
    # the claim named no day and took the publication's; the bulletin it comes from is Tuesday's
    assert _read(
        "armenia-azerbaijan",
        "published: 2023-04-12\n\nThree ceasefire violations were registered in the Askeran region of Nagorno-Karabakh. "
        "This is stated in Tuesday's information bulletin of the Russian Ministry of Defense.",
    ) == [("2023-04-11", "Askeran", "Russian MoD")]


def _nakhchivan_report(sentence: str) -> list[tuple[str | None, str | None, str]]:
    """A 6 April 2016 statement of the Azerbaijani ministry about 5 April."""
    text = f"published: 2016-04-06\n\nOn April 5 Armenian units {sentence}, the Azerbaijani Defense Ministry said."
    return _read("armenia-azerbaijan", text)


def test_fire_with_its_target_as_object_is_an_incident_but_firing_positions_are_not():
    from mapdata.extract.events import classify

    assert _nakhchivan_report("started firing Azerbaijani army positions near Tovuz") == [
        ("2016-04-05", "Tovuz", "Azerbaijani MoD")
    ]
    assert not classify("Our units spotted the enemy's firing positions near Kut.").event


def test_a_list_of_regions_of_a_named_republic_is_the_list_not_the_republic():
    # "Nakhchivan" (also a city) after "regions of the Autonomous Republic of" holds the list
    claims = _nakhchivan_report(
        "fired at Azerbaijani positions in Ordubad, Shahbuz and Babek regions of the Autonomous Republic of Nakhchivan"
    )
    assert [place for _, place, _ in claims] == ["Ordubad", "Shahbuz", "Babek"]


def test_a_wire_dateline_with_the_country_and_agency_is_where_the_story_was_filed():
    from mapdata.extract.lexicon import lexicon_for
    from mapdata.extract.places import choose_places, find_place_mentions
    from mapdata.geo.gazetteer import Gazetteer

    profile = default_catalog().require("india-pakistan")
    sentence = (
        "SRINAGAR, India (AP) — Indian and Pakistani forces traded fire along the frontier in disputed Kashmir early "
        "Wednesday after Pakistani firing killed four Indian soldiers on border patrol, Indian officials said."
    )
    found = find_place_mentions(sentence, Gazetteer.for_profile(profile), lexicon=lexicon_for(profile))
    assert [m.name for m in choose_places(found)] == ["Kashmir"]  # not "SRINAGAR"
