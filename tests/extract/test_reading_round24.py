"""Round 24 (sentences of our own): read on held23 (unseen23's even half, never read before this
round; its first-run figure, 0.43 / 0.41, is in docs/extraction-quality.md) and on build23, kept
outside the repository."""

from __future__ import annotations

from reading_helpers import dated_places, proposals

from mapdata.extract import extract
from mapdata.extract.casualties import find_casualties
from mapdata.extract.dates import report_date


def test_a_list_of_shelled_places_in_the_outlets_voice_stands_beside_the_lede():
    # the list names places no other claim names: it is where the report's shelling fell, blamed as
    # the report's other claims blame (it was dropped as a summary "blaming nobody")
    text = (
        "At least nine people were killed and 40 injured in cross-border shelling, as the Pakistan Army "
        "targeted forward villages along the Line of Control. The worst-hit areas included the Poonch and "
        "Rajouri districts. Residents fled to bunkers as Pakistani shells struck homes and shops in Poonch "
        "town. Officials said that the Indian Army answered in a befitting manner. All nine deaths occurred "
        "in Poonch district. Shelling was reported from several areas along the LoC, including Balakote, "
        "Mankote and Gulpur."
    )
    found = {p.place: p.accused_side for p in extract(text).proposals}
    assert {"Balakote", "Mankote", "Gulpur"} <= set(found)
    assert {found[place] for place in ("Balakote", "Mankote", "Gulpur")} == {"Pakistan"}


def test_the_side_that_blames_in_the_next_sentence_tells_the_outlets_account():
    text = (
        "Two women died when a shell landed in the yard of a house in Avdiivka late on Saturday. "
        "The Ukrainian authorities blamed pro-Russian forces on the other side of the line."
    )
    (found,) = proposals(text, "2017-05-14")
    assert (found.place, found.reporting_side, found.accused_side) == ("Avdiivka", "Ukraine", "Russia")


def test_a_blame_far_from_the_account_does_not_take_it():
    text = (
        "Two women died when a shell landed in the yard of a house in Avdiivka late on Saturday. "
        "Schools in the town were closed. Buses stopped running. Shops stayed shut. "
        "The Ukrainian authorities blamed pro-Russian forces for the war."
    )
    assert [p.reporting_side for p in proposals(text, "2017-05-14")] in ([], ["media"])


def test_any_upsurge_in_fighting_is_no_incident():
    text = (
        "The OSCE monitors said a paramedic was killed last month. Suspicions remain high that the rebel "
        "leaders of the self-styled Luhansk and Donetsk Republics take their orders from Moscow, and that "
        "Russia was behind any upsurge in fighting."
    )
    assert dated_places(text, "2017-05-14") == []


def test_counts_joined_by_and_before_died_are_added():
    assert find_casualties("Three women and a man died when a shell hit the house.").killed == 4


def test_a_plural_oblasts_after_two_names_makes_them_regions():
    # ("on the border of Donetsk and Luhansk oblasts": not the cities of Donetsk and Luhansk)
    text = (
        "Ukrainian troops came under fire near Debaltseve on Sunday, the military said. Debaltseve lies on the "
        "border of Donetsk and Luhansk oblasts, which has been the site of heavy fighting for weeks."
    )
    assert [place for _, place in dated_places(text, "2017-05-14")] == ["Debaltseve"]


def test_a_relative_clause_about_the_countries_does_not_make_the_fire_history():
    text = (
        "The Azerbaijani defence ministry said that an Armenian sniper shot dead one of its officers on the "
        "border between the two countries, which have been locked in a dispute for three decades."
    )
    (found,) = proposals(text, "2012-07-21")
    assert (found.place, found.accused_side, found.killed) == ("Armenia–Azerbaijan border", "Armenia", 1)


def test_a_sides_own_losses_told_alone_are_its_claim_against_the_other_side():
    # (a loss counted in a series, "the second in recent days", is still the day's loss)
    text = (
        "Fighting flared along the front line. Nagorno-Karabakh's armed forces said one of its soldiers was "
        "killed early on Saturday, the second in recent days."
    )
    (found,) = proposals(text, "2014-08-02")
    assert (found.date, found.reporting_side, found.accused_side, found.killed) == (
        "2014-08-02",
        "Armenia",
        "Azerbaijan",
        1,
    )


def test_own_losses_beside_the_sides_own_claim_make_no_second_claim():
    text = (
        "Azerbaijani forces shelled the village of Chinari on Saturday, the Armenian defence ministry said. "
        "The Armenian defence ministry said that two of its soldiers were killed."
    )
    assert [(p.place, p.killed) for p in proposals(text, "2014-08-02")] == [("Chinari", 2)]


HEADER_BAR = "Saturday, June 1, 2024\nHomeNationRangers fire on border posts\n\n"


def test_a_date_above_the_sites_breadcrumb_is_not_the_reports_day():
    # the page's header bar shows the day it was shown; the report's own day is unknown
    text = (
        HEADER_BAR + "Pakistani Rangers fired on border posts in Kathua district on Thursday night, BSF officials said."
    )
    assert [(p.date, p.place) for p in extract(text).proposals] == [(None, "Kathua")]
    assert report_date(text) is None


def test_a_date_above_a_title_still_dates_the_report():
    text = "Saturday, June 1, 2024\nRangers fire on border posts\n\nPakistani Rangers fired on border posts in Kathua district on Thursday night, BSF officials said."
    assert [(p.date, p.place) for p in extract(text).proposals] == [("2024-05-30", "Kathua")]


def test_two_initials_written_as_one_word_stay_with_the_name():
    text = "Pakistani Rangers fired mortar shells at posts in RS Pura sector on Monday, BSF officials said."
    assert dated_places(text, "2016-10-25") == [("2016-10-24", "RS Pura")]


def test_a_name_announced_as_a_place_is_a_place_where_it_recurs_without_its_cue():
    # the gazetteer lacks Chamaa; "the town of Chamaa" announced it, "a strike in Chamaa" names it again
    text = (
        "Hezbollah said it fired rockets at Kiryat Shmona in response to the Israeli attack on the town of "
        "Chamaa. Earlier on Thursday, the Lebanese health ministry reported four people killed in an Israeli "
        "strike in Chamaa."
    )
    assert [(p.place, p.reporting_side, p.killed) for p in proposals(text, "2024-08-09")] == [("Chamaa", "Lebanon", 4)]


def test_a_dateline_with_a_state_of_three_words_is_where_the_report_was_filed():
    text = (
        "POONCH, Jammu and Kashmir -- Pakistani troops shelled forward posts along the Line of Control in "
        "Krishna Ghati sector on Sunday, officials said."
    )
    assert dated_places(text, "2023-05-15") == [("2023-05-14", "Krishna Ghati")]


def test_a_place_after_by_is_not_the_attacker_and_another_office_tells_its_own_losses():
    # "wounded by a drone attack in Russia's Belgorod region": Russia is where, not who; the mayor of
    # another town who tells two wounded there is a claim of his own, not a detail of the governor's
    text = (
        "Russia's defence ministry accused Kyiv of launching hundreds of drones on Sunday. "
        "A woman and two children were wounded by a drone attack in Russia's Belgorod border region on Sunday, "
        "the governor Vyacheslav Gladkov said. The Russian-appointed mayor of Gorlovka in the occupied part of "
        "the Donetsk region, Ivan Prikhodko, said two civilians had been wounded without giving details."
    )
    found = [(p.place, p.reporting_side, p.accused_side, p.wounded) for p in proposals(text, "2025-04-20")]
    assert ("Belgorod", "Russia", "Ukraine", 3) in found
    assert ("Gorlovka", "Russia", "Ukraine", 2) in found
