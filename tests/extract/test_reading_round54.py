"""Round 54: gaps in the reader, each tested with sentences of our own; each test fails on 98237ce (the round's
start) unless it says it is a guard."""

from __future__ import annotations

import datetime as dt

import pytest
from reading_helpers import dated_places, proposals

from mapdata.extract.dates import find_dates, pick_date


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("09.05.2021 12:40\n\n", "2021-05-10"),  # a page's date and time above the text, stamped a day later
        ("3 May 2021 | 19:05\n\n", "2021-05-10"),  # (outside the three days: the page's own day)
        ("Updated: May 9, 2021 21:40 IST\n\n", "2021-05-11"),  # a time zone after the clock
    ],
)
def test_a_date_on_the_report_s_top_line_is_the_day_its_today_means(top, published):
    text = top + "Separatists shelled Ukrainian positions near Zolote this morning, the JFO press centre said."
    found = dated_places(text, published, "russia-ukraine")
    expected = "2021-05-09" if "May 9" in top or "09.05" in top else published
    assert found == [(expected, "Zolote")]


@pytest.mark.parametrize(
    "dateline",
    ["BAKU, Azerbaijan, Sept. 13. Trend:", "YEREVAN, SEPTEMBER 13, ARMENPRESS.", "Baku, 13 September, AZERTAC."],
)
def test_an_agency_dateline_a_day_before_the_page_dates_its_today(dateline):
    text = f"{dateline} Enemy forces fired at positions near Jermuk this morning, the defence ministry said."
    assert [d for d, _ in dated_places(text, "2022-09-14", "armenia-azerbaijan")] == ["2022-09-13"]


def test_a_date_in_the_first_sentence_of_the_body_is_no_dateline():
    # guard: an event's date in a sentence is not the report's dateline
    text = (
        "On 9 May 2021, separatists shelled Ukrainian positions near Zolote, the JFO press centre said. "
        "Today a soldier was wounded near Pisky."
    )
    found = {p: d for d, p in dated_places(text, "2021-05-10", "russia-ukraine")}
    assert found.get("Pisky") == "2021-05-10"


def test_a_site_s_header_bar_date_above_its_breadcrumb_is_not_the_report_s():
    # guard: "Friday, May 7, 2021 / Home > World" is the day the page was shown
    text = (
        "Friday, May 7, 2021\nHome > World\n\n"
        "Separatists shelled Ukrainian positions near Zolote this morning, the JFO press centre said."
    )
    assert dated_places(text, "2021-05-10", "russia-ukraine") == [("2021-05-10", "Zolote")]


def test_where_a_vehicle_was_heading_is_not_where_fire_fell():
    text = (
        "Indian troops fired at a passenger bus near the LoC in the Leepa valley on Wednesday, killing four "
        "people, the army said. The bus was heading to Muzaffarabad."
    )
    assert dated_places(text, "2016-11-23", "india-pakistan") == [("2016-11-23", "Leepa")]


def test_where_drones_were_heading_is_their_target():
    # guard: a weapon heading somewhere names where it was aimed
    text = "Russian drones heading towards Kharkiv were shot down on Tuesday, the Ukrainian air force said."
    assert [p for _, p in dated_places(text, "2023-11-22", "russia-ukraine")] == ["Kharkiv"]


def test_a_summons_over_the_attack_told_is_no_incident_of_its_own():
    text = (
        "Indian troops fired at a bus near the LoC in the Kotli sector on Wednesday, killing four people, the "
        "army said. Pakistan summoned an Indian diplomat on Tuesday over the cross-LoC attack, according to the "
        "foreign ministry."
    )
    assert dated_places(text, "2016-11-23", "india-pakistan") == [("2016-11-23", "Kotli")]


def test_a_protest_naming_where_the_firing_was_stays_an_incident():
    # guard: the protest names the fire's place
    text = (
        "Pakistan summoned an Indian diplomat on Tuesday to protest the firing by Indian troops in the Nakyal "
        "sector, the foreign office said."
    )
    assert [p for _, p in dated_places(text, "2016-11-23", "india-pakistan")] == ["Nakyal"]


def test_an_escalation_seen_since_an_older_attack_is_background():
    text = (
        "Indian troops fired at a bus near the LoC in the Kotli sector on Wednesday, the army said. Escalation "
        "along the LoC has been seen since militants attacked an army base in Uri in September. The attack had "
        "killed 19 soldiers."
    )
    assert dated_places(text, "2016-11-23", "india-pakistan") == [("2016-11-23", "Kotli")]


def test_the_day_before_in_took_place_leaves_the_place_to_the_claim():
    text = (
        "The army alleged that Cambodian forces fired mortars into a Thai province, wounding one soldier. The "
        "army said the incident took place on Tuesday morning in Surin province."
    )
    assert dated_places(text, "2026-01-06", "thailand-cambodia") == [("2026-01-06", "Surin")]


def test_a_war_escalating_last_year_with_a_vague_toll_is_background():
    text = (
        "Thailand's army said Cambodian troops fired rockets into Sisaket province on Tuesday. Tensions "
        "escalated again last year, with clashes in December killing dozens and forcing thousands to flee."
    )
    assert dated_places(text, "2026-01-06", "thailand-cambodia") == [("2026-01-06", "Sisaket")]


def test_a_region_described_with_where_but_no_comma_keeps_the_day_s_loss():
    text = (
        "Ukraine's military said three of its soldiers were killed Friday during a mortar attack in the "
        "eastern region where its forces have been fighting separatists since 2014."
    )
    found = proposals(text, "2021-03-27", "russia-ukraine")
    assert [(p.date, p.killed) for p in found] == [("2021-03-26", 3)]


def test_the_attack_in_a_hamlet_ranked_as_the_worst_places_the_claim_just_told():
    text = (
        "Ukraine's military said three of its soldiers were killed Friday during a mortar attack in the eastern "
        "region where its forces have been fighting separatists since 2014. The attack in the hamlet of Vodiane, "
        "reported by the military, was the deadliest violation this year of the ceasefire."
    )
    assert dated_places(text, "2021-03-27", "russia-ukraine") == [("2021-03-26", "Vodiane")]


def test_an_incident_two_months_old_told_with_its_calendar_day_is_one():
    text = "On October 2, militants shelled the centre of Avdiivka in the Donetsk oblast, the military said."
    assert dated_places(text, "2014-12-04", "russia-ukraine") == [("2014-10-02", "Avdiivka")]


def test_an_incident_of_an_earlier_year_is_still_background():
    # guard: more than a year before
    text = "On 2 October 2012, militants shelled the centre of Avdiivka in the Donetsk oblast, the military said."
    assert dated_places(text, "2014-12-04", "russia-ukraine") == []


def test_the_day_an_agreement_was_signed_is_not_the_violation_s():
    sentence = (
        "The ministry believes that they are a serious violation of the joint declaration on the peace agreement "
        "between Cambodia and Thailand, signed by both sides on October 26."
    )
    assert pick_date(find_dates(sentence, dt.date(2025, 12, 8)), sentence) is None


def test_a_victim_with_a_village_and_its_region_in_apposition_is_counted():
    text = (
        "The police reported that a 52-year-old farmer in the village of Bilozerka, Kherson region, was killed late "
        "on Friday in Russian artillery shelling."
    )
    found = proposals(text, "2023-09-02", "russia-ukraine")
    assert [(p.date, p.place, p.killed) for p in found] == [("2023-09-01", "Bilozerka", 1)]


def test_an_evacuation_amid_intensifying_attacks_is_no_incident():
    text = (
        "The army was set on Friday to begin evacuating the northern town of Metula amid intensifying rocket and "
        "anti-tank missile attacks from Lebanon."
    )
    assert dated_places(text, "2023-10-22", "israel-lebanon") == []


def test_mortars_launched_on_a_day_toward_a_place_are_fire():
    text = (
        "The IDF said that 20-30 mortars were launched on Friday from Lebanon toward the contested Mount Dov border "
        "region, to which the military responded with artillery fire."
    )
    assert dated_places(text, "2023-10-22", "israel-lebanon") == [("2023-10-20", "Mount Dov")]


def test_a_death_toll_ranked_as_the_year_s_highest_is_no_incident_of_its_own():
    text = (
        "At least four people lost their lives on Sunday after Indian troops shelled villages in the Neelum valley, "
        "the ISPR said. This is the highest death toll in 2019 in a single day of Indian shelling from across the "
        "LoC."
    )
    assert [p for _, p in dated_places(text, "2019-10-21", "india-pakistan")] == ["Neelum"]


def test_where_a_convoy_came_from_is_not_where_it_was_hit():
    text = (
        "Separatists attacked a Ukrainian military unit near Zelenopillia on Friday, officials said. The military "
        "convoy from Lviv came under fire, an opposition member said."
    )
    assert {p for _, p in dated_places(text, "2014-07-11", "russia-ukraine")} == {"Zelenopillia"}


def test_the_condition_of_the_one_hit_keeps_the_claim_open_for_its_voice():
    text = (
        "On 18 November at 09:50, an Armenian serviceman was shot by the Azerbaijani Armed Forces in the direction "
        "of the Armenian position located near Yeraskh. His health condition is assessed as medium severity. This "
        "is stated in the report of the Armenian Defence Ministry."
    )
    found = proposals(text, "2023-11-18", "armenia-azerbaijan")
    assert [(p.date, p.place, p.reporting_side, p.accused_side) for p in found] == [
        ("2023-11-18", "Yeraskh", "Armenia", "Azerbaijan")
    ]


def test_a_name_inside_an_armed_group_s_name_is_no_place():
    text = (
        "The Samir Kuntar Group detonated a large explosive device near an Israeli patrol in the Mount Dov area on "
        "Monday, the group said."
    )
    assert [p for _, p in dated_places(text, "2016-01-05", "israel-lebanon")] == ["Mount Dov"]


def test_a_brigade_speaking_of_a_town_keeps_the_town():
    # guard: the place after the unit's name is the fire's
    text = "Russian shelling hit Bakhmut on Monday, the 93rd Brigade said."
    assert [p for _, p in dated_places(text, "2023-01-05", "russia-ukraine")] == ["Bakhmut"]


def test_an_office_s_losses_beside_the_outlet_s_placed_account_are_that_account_s():
    text = (
        "Pakistani troops shelled border hamlets in the Degwar and Kirni sectors of Poonch on Monday, reports said. "
        "Schools in the area were closed. Two boys and a girl were killed and 12 others were injured in the "
        "Pakistani shelling, a police spokesman said."
    )
    found = proposals(text, "2017-10-03", "india-pakistan")
    assert sorted((p.place or "", p.killed, p.reporting_side) for p in found) == [
        ("Degwar", 3, "India"),
        ("Kirni", None, "India"),
    ]
