"""Round 13 of issue 16: rules read off reports never seen before (unseen9's held half and
unseen10, once their first-run figures were written down), each with invented sentences.

Who speaks: a role held in a side's body ("a spokesperson of the Ukrainian delegation", "a source
in the security services of the DPR") speaks for that side; the people's republics are named as
the Russian side's. Every example here is invented (no article text): the rule, not a report.
"""

from __future__ import annotations

import pytest

from mapdata.extract import extract
from mapdata.extract.casualties import find_casualties
from mapdata.extract.lexicon import lexicon_for
from mapdata.extract.places import choose_places, find_place_mentions
from mapdata.extract.text import split_sentences
from mapdata.geo.gazetteer import Gazetteer
from mapdata.profiles import default_catalog


def _read(text: str, published: str, profile_id: str):
    return extract(text, published=published, outlet="Outlet", profile=default_catalog().require(profile_id))


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
        (
            "A civilian was wounded on Monday in the shelling of Trudovskiye by Ukrainian units, a source in the "
            "law enforcement agencies of the self-proclaimed Donetsk People's Republic told reporters.",
            "Russia",
        ),
        (
            "Pro-Kiev armed units shelled the Yasinovataya district on Monday, wounding three civilians, "
            "an official at the operative staff of the Donetsk city administration said.",
            "Russia",
        ),
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


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed on Thursday in an Israeli drone strike on a car in the town of Yaroun, the health ministry said.",
        "On Thursday, Lebanon's Ministry of Health reported that an Israeli strike on Yaroun killed a man.",
    ],
)
def test_a_health_ministry_is_the_voice_of_the_side_whose_dead_it_counts(text):
    result = _read(
        "The Israeli army said it struck Hezbollah sites in the south. " + text, "2025-07-11", "israel-lebanon"
    )
    placed = [p for p in result.proposals if p.place == "Yaroun"]
    assert [(p.reporting_side, p.accused_side) for p in placed] == [("Lebanon", "Israel")], _brief(result)


def test_a_period_start_gives_way_to_the_day_the_sentence_tells():
    text = (
        "Cambodia accused Thailand on Monday of bombing a village in Srei Snam district, for the first time "
        "since border clashes resumed on December 7."
    )
    result = _read(text, "2025-12-16", "thailand-cambodia")
    assert [p.date for p in result.proposals] == ["2025-12-15"], _brief(result)


def test_a_period_start_alone_still_dates_a_look_back():
    """A guard: without another date, "since April 15 when ..." stays that day's, not the day of the report."""
    text = (
        "Pakistani troops fired at posts in Poonch on Thursday, the Indian Army said. Guns had been silent "
        "since April 15 when Pakistani troops shelled forward areas in the Nowshera sector."
    )
    result = _read(text, "2019-05-03", "india-pakistan")
    assert [p.date for p in result.proposals if p.place == "Nowshera"] in ([], ["2019-04-15"]), _brief(result)


def test_breaching_the_ceasefire_in_the_last_24_hours_is_the_days_report_not_a_habit():
    text = (
        "The ISPR stated that Indian troops in last 24 hours have continuously breached the ceasefire by "
        "firing mortars in the Nikial sector."
    )
    result = _read(text, "2020-02-10", "india-pakistan")
    assert [(p.date, p.place, p.reporting_side) for p in result.proposals] == [("2020-02-09", "Nikial", "Pakistan")]


def test_a_second_voice_of_the_side_retelling_an_undated_strike_joins_it():
    """A guard: once the health ministry speaks for itself, the agency's retelling stays one claim."""
    text = (
        "Two people were killed in an Israeli airstrike on the town of Yaroun, the health ministry said. "
        "The state news agency NNA said that an Israeli drone fired two missiles into a house in the area."
    )
    result = extract(text, published=None, profile=default_catalog().require("israel-lebanon"))
    assert [(p.place, p.reporting_side) for p in result.proposals] == [("Yaroun", "Lebanon")], _brief(result)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        # the victims named by a long phrase before the verb
        ("Four servicemen of the Armed Forces of Ruritania were killed and two were wounded by shelling.", 4, 2),
        ("The ministry says one of its army officers has been shot dead near the border.", 1, None),
        ("The enemy opened fire on a trench, resulting in the loss of one of our soldiers.", 1, None),
        ("There was no loss of life in the shelling.", None, None),
    ],
)
def test_casualties_told_with_a_long_subject_shot_dead_or_a_loss(sentence, killed, wounded):
    found = find_casualties(sentence)
    assert (found.killed, found.wounded) == (killed, wounded)


def test_two_sides_accounts_joined_by_while_are_two_claims():
    text = (
        "Cambodia's defence ministry accused Thai troops of shelling Cambodian positions in the An Ses area on "
        "Saturday morning, while the Thai army said that Cambodian soldiers fired grenades at Thai positions "
        "near Ta Muen."
    )
    result = _read(text, "2025-09-28", "thailand-cambodia")
    assert sorted((p.place, p.reporting_side, p.accused_side) for p in result.proposals) == [
        ("An Ses", "Cambodia", "Thailand"),
        ("Ta Muen", "Thailand", "Cambodia"),
    ], _brief(result)


def test_a_hard_wrapped_paragraph_is_read_as_sentences_not_headings():
    text = (
        "Border villages shelled again\n\n"
        "YEREVAN, MARCH 3. Azerbaijani forces fired at the village of Movses in the\n"
        "evening of March 2, damaging two houses, the head of the village said.\n"
        "The shooting lasted for about three hours and was heard across the whole\n"
        "of the village, which lies on the border with Azerbaijan.\n"
    )
    sentences = split_sentences(text)
    assert [s.heading for s in sentences] == [True, False, False, False]
    result = _read(text, "2013-03-03", "armenia-azerbaijan")
    assert [(p.date, p.place) for p in result.proposals] == [("2013-03-02", "Movses")], _brief(result)


def test_a_title_or_dateline_above_a_paragraph_stays_apart():
    """A guard: lines of unlike length, or a next line in capitals, are not one wrapped paragraph."""
    text = (
        "Published time: 1 Sep, 2019 14:06\n"
        "Soldiers at the village of Kfar Kila near the border, pictured on Sunday\n"
        "The army said that troops fired at a post near the village of Kfar Kila on Sunday afternoon.\n"
    )
    assert len(split_sentences(text)) == 3


def test_the_head_of_a_village_community_who_states_is_the_speaker():
    text = (
        "The head of the Movses community, Vardan Petrosyan, stated that Azerbaijani forces fired at houses "
        "in the village of Movses on Thursday evening."
    )
    result = _read(text, "2013-02-22", "armenia-azerbaijan")
    assert [(p.claimant, p.reporting_side) for p in result.proposals] == [
        ("Head of the Movses community", "Armenia")
    ], _brief(result)


def test_who_tells_the_reply_told_the_fire_it_replied_to():
    text = (
        "Pakistani troops shelled forward posts along the LoC in the Poonch sector on Thursday. "
        "Indian troops retaliated strongly, the Indian Army said."
    )
    result = _read(text, "2019-02-22", "india-pakistan")
    assert [(p.place, p.claimant, p.reporting_side) for p in result.proposals] == [
        ("Poonch", "Indian Army", "India")
    ], _brief(result)


def test_unnamed_officials_who_tell_the_reply_told_the_fire_and_no_other_claim():
    """ "Officials said" alone stays the outlet's telling (the body's named voices detail it); only the
    reply they tell hands them the fire just read, not the outlet's claims before it."""
    text = (
        "On Tuesday, Pakistani troops fired at posts in the Kalal sector. "
        "On Thursday, Pakistani troops shelled forward posts along the LoC in the Poonch sector. "
        "Indian troops retaliated strongly, officials had said."
    )
    result = _read(text, "2019-02-22", "india-pakistan")
    assert [(p.place, p.claimant, p.reporting_side) for p in result.proposals] == [
        ("Kalal", "Outlet", "media"),
        ("Poonch", "Indian officials", "India"),
    ], _brief(result)


def test_another_voice_of_the_side_at_another_part_of_the_day_tells_the_same_fire():
    """A guard: once "officials said" is the side's voice, not the outlet's, its lede stays one claim."""
    text = (
        "A BSF jawan was killed in unprovoked firing by Pakistan Rangers in the Ramgarh sector early Thursday, "
        'officials said. "During the night, Pakistan Rangers resorted to unprovoked firing in the Ramgarh area," '
        "the BSF said in a statement."
    )
    result = _read(text, "2023-11-09", "india-pakistan")
    assert [(p.place, p.killed) for p in result.proposals] == [("Ramgarh", 1)], _brief(result)


def test_an_unsided_voice_takes_the_side_its_later_words_show():
    text = (
        "Gunfire exchanges between Cambodian and Thai troops broke out again at the Ta Moan temple on Thursday "
        'morning, said a field military commander. "Thai soldiers triggered the attack first," the commander '
        "told reporters by telephone."
    )
    result = _read(text, "2011-04-28", "thailand-cambodia")
    assert [(p.place, p.reporting_side, p.accused_side) for p in result.proposals] == [
        ("Ta Moan", "Cambodia", "Thailand")
    ], _brief(result)


def test_a_long_first_sentence_is_summarised_with_a_mark_that_it_goes_on():
    long_tail = "near the village of Movses, " * 15
    text = f"Azerbaijani forces fired at houses {long_tail}the ministry said on Monday."
    result = _read(text, "2024-03-05", "armenia-azerbaijan")
    summary = result.proposals[0].summary
    assert summary.endswith("…") and len(summary) <= 301 and text.startswith(summary[:-1])


def test_a_resident_who_tells_what_they_saw_is_a_witness_not_the_army_quoted_before():
    text = (
        'A defence spokesman said, "Pakistani troops fired mortars at posts in the Rampur sector of Uri on '
        'Friday." Bashir Ahmad, a resident of Silkote, said Pakistani shelling hit the village of Silkote after '
        "noon on Friday. "
        '"The whole village of Silkote was shaken by explosions," Bashir said.'
    )
    result = _read(text, "2020-06-13", "india-pakistan")
    speakers = {p.place: (p.claimant, p.reporting_side) for p in result.proposals}
    assert speakers.get("Silkote") == ("resident (Bashir Ahmad)", "media"), _brief(result)
    assert speakers.get("Rampur", ("", ""))[1] == "India", _brief(result)


@pytest.mark.parametrize(
    ("profile_id", "sentence", "expected"),
    [
        # the region's possessive goes with its words, whatever their number
        (
            "india-pakistan",
            "Indian forces fired mortar bombs in Neelam Valley's Mirpura village on Sunday.",
            ["Mirpura"],
        ),
        # a street is an address inside the district named, not a town of that name
        (
            "russia-ukraine",
            "Three shells were fired at the Kievsky district, and a woman was injured in the shelling on Artema Street.",
            ["Kievsky"],
        ),
        # a village named alone beside lists of villages is a target too
        (
            "armenia-azerbaijan",
            "The positions in the Ferehli, Mazam villages of Gazakh district, in Aghdam, Munjuglu villages of Tovuz "
            "district and Zamanli village of Gadabay district underwent fire.",
            ["Ferehli", "Mazam", "Aghdam", "Munjuglu", "Zamanli"],
        ),
        # what a side holds, fire came from: not where it fell
        (
            "russia-ukraine",
            "The strikes were delivered from the Ukraine-controlled Zhovanka and Verkhnetoretskoye settlements.",
            [],
        ),
    ],
)
def test_a_possessive_region_a_street_and_a_held_origin_are_read_as_such(profile_id, sentence, expected):
    profile = default_catalog().require(profile_id)
    mentions = find_place_mentions(sentence, Gazetteer.for_profile(profile), lexicon=lexicon_for(profile))
    assert [m.name for m in choose_places(mentions) if not m.origin] == expected


def test_a_raid_is_an_attack_and_the_hospital_town_is_not_where_it_fell():
    text = (
        "An Israeli drone struck a shop in the village of Deir Siriane on Saturday, killing one person, Lebanese "
        "military sources said. In another incident, a civilian was injured in a raid by an Israeli drone on the "
        "village of Tayr Harfa and was transferred to a hospital in the city of Tyre."
    )
    result = _read(text, "2024-08-04", "israel-lebanon")
    assert sorted((p.place, p.wounded) for p in result.proposals) == [("Deir Siriane", None), ("Tayr Harfa", 1)], (
        _brief(result)
    )


def test_near_daily_raids_are_a_habit_not_an_incident():
    """A guard: once "raids" is an attack, a habit of raids is still none."""
    text = "Tensions have risen in recent weeks as Israel has carried out near-daily air raids in southern Lebanon."
    assert _read(text, "2025-11-22", "israel-lebanon").proposals == []


@pytest.mark.parametrize(
    ("profile_id", "text", "expected"),
    [
        # the side's possessive or adjective right before the attack noun names whose fire it was
        (
            "armenia-azerbaijan",
            "A contract soldier of the Artsakh Defense Army was wounded in Azerbaijan's cross-border shooting near "
            "the village of Martuni on Friday.",
            [("Martuni", "Azerbaijan")],
        ),
        # "by enemy fire" blames the enemy of the side hit
        (
            "russia-ukraine",
            "One Ukrainian soldier was killed and four wounded by enemy fire near Avdiivka on Tuesday, the army said.",
            [("Avdiivka", "Russia")],
        ),
        # a guard: what a side's fire answered is not whose fire it was
        (
            "israel-lebanon",
            "Hezbollah said it fired dozens of rockets on Kiryat Shmona on Thursday in retaliation for the death of "
            "two paramedics by Israeli strikes.",
            [],
        ),
    ],
)
def test_whose_fire_a_noun_phrase_names_and_the_enemy_of_the_side_hit(profile_id, text, expected):
    result = _read(text, "2019-11-30", profile_id)
    assert [(p.place, p.accused_side) for p in result.proposals] == expected, _brief(result)
