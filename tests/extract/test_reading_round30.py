"""Round 30: read off unseen31's and unseen32's build halves; the sentences are our own. Each test
fails on 3393be3 (the round's start)."""

from __future__ import annotations

import datetime as dt

from reading_helpers import proposals

from mapdata.extract import extract
from mapdata.extract.casualties import find_casualties
from mapdata.extract.dates import find_dates, is_statement_day, part_of_day
from mapdata.extract.events import classify
from mapdata.extract.lexicon import lexicon_for
from mapdata.extract.text import split_sentences
from mapdata.profiles import default_catalog

UKRAINE = lexicon_for(default_catalog()["russia-ukraine"])


def test_the_district_where_the_incident_occurred_places_a_claim_that_named_no_place():
    text = (
        "Three Cambodian farmers were wounded by artillery fire from Thailand, the Cambodian defence ministry said. "
        "The incident occurred in the Samraong district of Oddar Meanchey province."
    )
    assert [p.place for p in proposals(text, "2025-12-10", "thailand-cambodia")] == ["Samraong"]
    # (the border is no better than nothing: a claim stays without a place)
    text = (
        "Three Cambodian farmers were wounded by artillery fire from Thailand, the Cambodian defence ministry said. "
        "The incident occurred along the border."
    )
    assert [p.place for p in proposals(text, "2025-12-10", "thailand-cambodia")] != ["Samraong"]


def test_a_verb_of_fire_takes_the_village_it_struck_as_a_place_also_when_the_gazetteer_lacks_it():
    text = (
        "On Tuesday evening, Cambodian artillery struck Ban Khok Sung Mai and a Thai ranger was wounded, the army said."
    )
    assert [p.place for p in proposals(text, "2025-07-30", "thailand-cambodia")] == ["Ban Khok Sung Mai"]
    text = "On Tuesday, rockets were fired into Ban Nong Ya Kaeo by Cambodian troops, the army said."
    assert [p.place for p in proposals(text, "2025-07-30", "thailand-cambodia")] == ["Ban Nong Ya Kaeo"]


def test_a_list_of_villages_described_after_a_comma_is_no_background():
    text = (
        "On Tuesday, Cambodian rockets were fired into Ban Nong Chan and Ban Nong Ya Kaeo, two border villages in "
        "Sa Kaeo that have been flashpoints for clashes in recent months, the Thai army said."
    )
    assert not classify(text).background
    found = {p.place for p in proposals(text, "2025-07-30", "thailand-cambodia")}
    assert found == {"Ban Nong Chan", "Ban Nong Ya Kaeo"}


def test_an_evening_clock_time_is_another_round_than_an_afternoon_one_at_the_same_village():
    assert part_of_day("At 7pm on Tuesday, shells struck the village.") == "evening"
    assert part_of_day("At 3 pm on Tuesday, shells struck the village.") == "afternoon"
    text = (
        "At 3pm on Tuesday, Cambodian rockets were fired into Ban Nong Chan, the Thai army said. At 7pm on Tuesday, "
        "more Cambodian shells struck Ban Nong Chan and a Thai soldier was fatally hit by shrapnel, the army said."
    )
    found = [(p.place, p.killed) for p in proposals(text, "2025-07-30", "thailand-cambodia")]
    assert found == [("Ban Nong Chan", None), ("Ban Nong Chan", 1)]


def test_fatally_hit_is_killed():
    assert find_casualties("A ranger was fatally hit by shrapnel.").killed == 1
    assert find_casualties("Two soldiers were fatally struck by shell fragments.").killed == 2


def test_a_first_name_before_a_family_name_particle_or_after_a_lawmakers_title_is_no_village():
    text = (
        "Hezbollah fired an anti-tank missile at an army post near Metula on Monday, the IDF said. Analysts said "
        "the attack may avenge the killing of Samir al-Kuntar. MK Eyal Ben Reuven said the army must respond."
    )
    assert [p.place for p in proposals(text, "2016-01-04", "israel-lebanon")] == ["Metula"]


def test_a_soldier_named_with_the_town_he_is_from_was_not_hit_there():
    text = (
        "On Monday, Staff Sgt. Maj. Avi Levi from Afula was killed by sniper fire from Lebanon near Shtula, the "
        "army said."
    )
    assert [(p.place, p.killed) for p in proposals(text, "2014-03-17", "israel-lebanon")] == [("Shtula", 1)]
    # (a rank with a hyphen ends no sentence)
    assert len(split_sentences("An IDF soldier, St.-Sgt. Avi Levi, was killed near Shtula.")) == 1


def test_local_authorities_in_a_town_speak_of_fire_on_their_own_town():
    text = "Local authorities in Sartana reported on Sunday that rebels shelled the town, killing three civilians."
    assert [(p.place, p.killed) for p in proposals(text, "2015-08-17", "russia-ukraine")] == [("Sartana", 3)]


def test_a_date_in_brackets_after_the_weekday_a_statement_was_made_is_the_statement_day():
    text = "Officials reported on Monday (August 17) that rebels shelled the town on Sunday (August 16)."
    mentions = find_dates(text, dt.date(2015, 8, 17))
    said = {m.text for m in mentions if is_statement_day(m, text)}
    assert said == {"on Monday", "August 17"}


def test_a_body_named_for_war_crimes_makes_no_fire_history():
    text = "The town of Horlivka was shelled with mortars, the department for documenting war crimes said."
    assert not classify(text, UKRAINE).background
    assert classify("The town was shelled during the war in 2015.", UKRAINE).background


def test_a_truce_announced_with_a_warning_against_any_violations_does_not_date_the_fire():
    text = (
        "The president announced the truce on Saturday, telling troops to respond to any violations or "
        "provocations. Ukrainian forces have ignored the truce. The town of Horlivka was shelled with "
        "four shells, Russian officials said."
    )
    assert not classify(text.split(". ")[0], UKRAINE).weak
    found = [(p.place, p.date) for p in proposals(text, "2025-04-20", "russia-ukraine")]
    assert ("Horlivka", "2025-04-20") in found


def test_a_sides_capital_named_before_the_place_hit_is_whose_place_not_who_fired():
    text = (
        "Russian officials said Ukrainian troops shelled Horlivka. DPR capital Donetsk was also attacked as three "
        "explosions occurred in the city, eyewitnesses said."
    )
    found = {(p.place, p.accused_side) for p in proposals(text, "2025-04-20", "russia-ukraine")}
    assert ("Horlivka", "Ukraine") in found
    assert ("Donetsk", "Russia") not in found


def test_a_party_saying_what_these_attacks_hit_tells_no_attack_of_its_own():
    text = (
        "On Monday, Cambodian rockets hit a market in Ban Phue, wounding 9 people. The Thai military reported "
        "that these attacks targeted homes and a hospital."
    )
    found = [(p.place, p.reporting_side) for p in proposals(text, "2025-07-29", "thailand-cambodia")]
    assert found == [("Ban Phue", "media")]


def test_a_named_officer_telling_his_own_sides_wounded_adds_nothing_to_the_other_sides_claim():
    text = (
        "Cambodian Foreign Minister Hor Namhong said two of his country's soldiers were killed and two wounded in "
        "the clashes near Preah Vihear temple. Lieutenant General Wiboonsak Neeparn, the Thai army commander, said "
        "five Thai troops were wounded."
    )
    found = [(p.reporting_side, p.killed, p.wounded) for p in proposals(text, "2008-10-16", "thailand-cambodia")]
    assert ("Cambodia", 2, 2) in found
    assert ("Cambodia", 2, 5) not in found


def test_a_soldiers_surname_after_his_rank_and_first_name_is_no_village():
    text = (
        "On Friday, Armenian forces fired at Azerbaijani positions in the Kalbajar region, the ministry said. "
        "Serviceman Farman Yagublu was killed."
    )
    found = [(p.place, p.killed) for p in proposals(text, "2021-07-24", "armenia-azerbaijan")]
    assert found == [("Kalbajar", 1)]


def test_positions_in_a_town_that_open_fire_are_where_fire_came_from():
    text = (
        "On Sunday, Armenian military positions in the Vedi city opened fire on the Azerbaijani positions in "
        "Heydarabad, the Azerbaijani defence ministry said."
    )
    assert [p.place for p in proposals(text, "2016-04-11", "armenia-azerbaijan")] == ["Heydarabad"]
    # (positions in a town that are fired at are where fire fell)
    text = "On Sunday, Armenian forces opened fire on positions in Heydarabad, the Azerbaijani defence ministry said."
    assert [p.place for p in proposals(text, "2016-04-11", "armenia-azerbaijan")] == ["Heydarabad"]


def test_without_a_publication_date_a_full_date_in_the_text_lends_its_year_to_the_others():
    text = (
        "On Thursday, January 5th, 2023, Russia announced a truce. Russian forces shelled a fire station in "
        "Kherson on January 6th, killing one firefighter, the regional governor said."
    )
    found = [(p.place, p.date) for p in extract(text, profile=default_catalog()["russia-ukraine"]).proposals]
    assert ("Kherson", "2023-01-06") in found
    # (a day counted from publication stays unknown: "yesterday" has no day to count from)
    text = (
        "On January 5th, 2023, Russia announced a truce. Russian forces shelled Kherson yesterday, the governor said."
    )
    found = [(p.place, p.date) for p in extract(text, profile=default_catalog()["russia-ukraine"]).proposals]
    assert found == [("Kherson", None)]
    # (a date before the full one may be of another year: the deal of November 2020, then fire "on October 14")
    text = (
        "Armenian forces opened sniper fire at an Azerbaijani serviceman on October 14, the ministry said. This "
        "obstructs the statement signed on November 10, 2020, it said."
    )
    found = [(p.date, p.accused_side) for p in extract(text, profile=default_catalog()["armenia-azerbaijan"]).proposals]
    assert found == [(None, "Armenia")]


def test_a_party_named_in_a_pair_is_no_speaker_and_a_ministry_confirming_the_strike_places_it():
    text = (
        "An Israeli drone strike killed three people in southern Lebanon on Tuesday, despite the truce between "
        "Israel and Hezbollah, according to agencies. Lebanon's Health Ministry confirmed via the state news "
        "agency that the strike targeted a car in the Bint Jbeil district."
    )
    found = [
        (p.place, p.reporting_side, p.accused_side, p.killed) for p in proposals(text, "2025-06-25", "israel-lebanon")
    ]
    assert found == [("Bint Jbeil", "Lebanon", "Israel", 3)]


def test_a_party_reporting_targeting_sites_tells_its_own_strike():
    text = "On Monday, the Israeli military reported targeting Hezbollah rocket launchers north of the Litani River."
    assert proposals(text, "2025-06-25", "israel-lebanon") == []
    # (what a party reports as shelling on a place is fire on it)
    text = "The Lebanese army reported shelling on the outskirts of Kfar Kila on Monday by Israeli forces."
    assert [p.place for p in proposals(text, "2025-06-25", "israel-lebanon")] == ["Kfar Kila"]


def test_review_of_round_30_guards():
    # (R1: the district right after "occurred in" only)
    text = (
        "Two Thai rangers were wounded by Cambodian gunfire, the Thai army said. The incident occurred as the "
        "prime minister was visiting Surin province."
    )
    assert [p.place for p in proposals(text, "2025-07-30", "thailand-cambodia")] == [None]
    # (R2: a body after a verb of fire is no place)
    text = "The strike targeted Hamas official Ahmed Yassin in Sidon on Monday, Lebanese security sources said."
    assert [p.place for p in proposals(text, "2025-07-30", "israel-lebanon")] == ["Sidon"]
    text = "Russian drones struck Energoatom's office in Zaporizhzhia on Monday, Ukrainian officials said."
    assert [p.place for p in proposals(text, "2025-07-30", "russia-ukraine")] == ["Zaporizhzhia"]
    # (R5: an evening hour that only follows up the fire is no other round)
    text = (
        "On Tuesday, Cambodian shells hit Ban Phue at 3pm, the Thai army said. At 6pm, the army said, two soldiers "
        "wounded in Ban Phue were taken to hospital."
    )
    assert [(p.place, p.wounded) for p in proposals(text, "2025-07-30", "thailand-cambodia")] == [("Ban Phue", 2)]
    # (R9: the office's town only when the sentence goes on about "the town")
    text = "Local officials in Kharkiv said Russian forces shelled Kupiansk on Monday, wounding two."
    assert [p.place for p in proposals(text, "2025-07-30", "russia-ukraine")] == ["Kupiansk"]
    # (R12: a habit or a denial of breaches is no same-day news)
    text = "Moscow says Kyiv has violated the ceasefire hundreds of times since 2015. Ukrainian shells hit Horlivka."
    assert [p.date for p in proposals(text, "2025-04-20", "russia-ukraine")] == [None]
    # (R14: a party that says who launched "these attacks" tells them)
    text = (
        "Cambodian rockets hit Ban Phue on Tuesday, a local reporter said. The Thai army said these attacks were "
        "launched by Cambodia."
    )
    assert [p.reporting_side for p in proposals(text, "2025-07-30", "thailand-cambodia")] == ["Thailand"]


def test_a_party_claiming_to_have_struck_tells_its_own_strike_and_local_media_speak_for_themselves():
    text = (
        "Israeli army claims to have struck a weapons depot used by Hezbollah. The Israeli army launched air "
        "strikes on southern Lebanon early on Thursday, according to local media. The National News Agency said "
        "Israeli warplanes struck the outskirts of Tayr Falsay."
    )
    found = [(p.place, p.reporting_side, p.accused_side) for p in proposals(text, "2025-03-14", "israel-lebanon")]
    assert ("Tayr Falsay", "Lebanon", "Israel") in found
    assert not [f for f in found if f[1] == "Israel"]


def test_a_military_base_named_after_a_place_is_where_fire_fell():
    text = "Cambodia's defence ministry said Thai forces fired mortar rounds on its An Seh military base on Monday."
    assert [p.place for p in proposals(text, "2025-07-29", "thailand-cambodia")] == ["An Seh"]
    # (a side's base is no place)
    text = "Hezbollah fired rockets at an Israeli military base near Meron on Monday, the IDF said."
    assert [p.place for p in proposals(text, "2025-07-29", "israel-lebanon")] == ["Meron"]
