"""Round 36: rules read off unseen43 (its first-run figures were written in round 35), then off
build44 and held44 in turn, each tested with sentences of our own; each test but the guards fails
on 39727c0 (the round's start)."""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.profiles import default_catalog


def proposals(text: str, published: str, conflict: str) -> list:
    return extract(text, published=published, profile=default_catalog()[conflict]).proposals


def places(text: str, published: str, conflict: str) -> list[str | None]:
    return sorted(p.place or "" for p in proposals(text, published, conflict))


def test_the_agent_of_a_passive_verb_of_fire_stands_where_fire_came_from():
    text = (
        "The defence ministry of Azerbaijan said on Tuesday that positions of its army in the Zangilan and "
        "Gubadli regions were shelled with mortars by units of the Armenian forces deployed in the direction "
        "of the settlements of Kajaran and Agarak."
    )
    assert places(text, "2022-09-13", "armenia-azerbaijan") == ["Gubadli", "Zangilan"]


def test_a_list_of_villages_goes_on_across_a_second_regions_possessive():
    text = (
        "The Armenian forces fired at our positions in Tovuz region's Alibeyli, Gosha and Gazakh region's "
        "Kemerli villages on 10 March, the Azerbaijani defence ministry said."
    )
    assert places(text, "2021-03-11", "armenia-azerbaijan") == ["Alibeyli", "Gosha", "Kemerli"]


def test_a_night_span_ends_on_its_second_day_though_a_statement_follows_it():
    text = (
        "Our positions in the Kalbajar district came under fire from 2200 on March 3 to 0300 on March 4, "
        "the Azerbaijani defence ministry reported on March 4."
    )
    assert [p.date for p in proposals(text, "2021-03-04", "armenia-azerbaijan")] == ["2021-03-04"]


def test_according_to_a_statement_day_is_not_the_end_of_a_span():
    # (a guard: "to" in "according to" joins no span)
    text = (
        "Azerbaijani troops shelled Sotk on March 3, according to a March 4 statement of the Armenian defence ministry."
    )
    assert [p.date for p in proposals(text, "2021-03-05", "armenia-azerbaijan")] == ["2021-03-03"]


def test_a_village_named_like_a_district_elsewhere_stays_a_village_to_pick():
    text = (
        "A soldier was killed by Armenian sniper fire near Kengerli village in the Aghdam region on May 2, "
        "the Azerbaijani defence ministry said."
    )
    found = proposals(text, "2013-05-03", "armenia-azerbaijan")
    assert [(p.place, p.latitude) for p in found] == [("Kengerli", None)]


def test_a_first_name_and_surname_before_born_are_a_person():
    text = (
        "Private Shahriyar Aliyev, born in 1999, was killed by Armenian fire near Kengerli village on May 2, the "
        "Azerbaijani defence ministry said."
    )
    assert places(text, "2013-05-03", "armenia-azerbaijan") == ["Kengerli"]


def test_names_a_verb_of_shelling_has_as_subject_are_where_it_fell():
    text = 'An official said on Saturday: "Deir Mimas, Ayta a-Shaab and al-Wazzani are also under Israeli shelling."'
    assert places(text, "2023-10-21", "israel-lebanon") == ["Ayta a-Shaab", "Deir Mimas", "al-Wazzani"]


def test_a_name_that_came_under_fire_is_where_it_fell():
    text = "Khirbet Selm came under heavy Israeli artillery fire on Saturday, the Lebanese army said."
    assert places(text, "2023-10-21", "israel-lebanon") == ["Khirbet Selm"]


def test_one_word_opening_a_sentence_is_no_subject_place():
    # (a guard: "Residents were shelled" names no place)
    text = "Residents came under fire on Saturday, the Lebanese army said. Civilians were shelled too."
    assert [p.place for p in proposals(text, "2023-10-21", "israel-lebanon")] in ([], [None])


# -- read off build44


def test_an_exchange_of_weapons_fire_named_by_its_weapons_is_a_clash():
    text = (
        "Thai army spokesman Col. Somchai Rattana says Thai and Cambodian troops exchanged automatic weapons fire "
        "near the Ta Kwai temple before dawn Sunday."
    )
    assert places(text, "2011-05-01", "thailand-cambodia") == ["Ta Kwai"]


def test_losses_since_the_fighting_began_are_a_running_total():
    text = "At least 12 people have been killed since fighting began on February 4, officials in Phnom Penh said."
    assert proposals(text, "2011-02-10", "thailand-cambodia") == []


def test_rebel_and_separatist_forces_are_the_russian_side():
    for actor in ("the rebel militias", "separatist forces", "rebel fighters"):
        text = f"Ukraine's military on Saturday accused {actor} of shelling its positions near Avdiivka."
        assert [(p.place, p.accused_side) for p in proposals(text, "2017-01-14", "russia-ukraine")] == [
            ("Avdiivka", "Russia")
        ]


def test_where_a_police_officer_serves_is_not_where_fire_fell():
    text = (
        "In Dabsi sector of Kotli district, Indian troops started shelling at 4pm, Raja Asif, Superintendent of "
        "Police in Kotli, told reporters."
    )
    assert places(text, "2020-05-04", "india-pakistan") == ["Dabsi"]
