"""Round 23 (sentences of our own): read on held21 (unseen21's even half, never read before this
round; its first-run figure, 0.63 / 0.72, is in docs/extraction-quality.md), kept outside the
repository."""

from __future__ import annotations

from reading_helpers import dated_places, proposals


def test_fire_told_as_going_on_is_on_the_day_of_the_text():
    text = (
        "The positions of our units in the directions of Zaylik and Yellija settlements are being subjected to "
        "fire from the Armenian armed forces, the Azerbaijani defence ministry said."
    )
    assert dated_places(text, "2022-09-14") == [("2022-09-14", "Zaylik"), ("2022-09-14", "Yellija")]


def test_fire_told_as_a_habit_is_not_dated_by_the_text():
    # (the guard of the rule above: without "every day" this is dated 2022-09-14)
    text = "The positions of our units near Zaylik are being subjected to fire by Armenian forces every day."
    assert all(date != "2022-09-14" for date, _ in dated_places(text, "2022-09-14"))
    assert dated_places(text.replace(" every day", ""), "2022-09-14") == [("2022-09-14", "Zaylik")]


def test_positions_stationed_in_the_directions_of_villages_are_where_fire_came_from():
    text = (
        "On Tuesday the positions of our units near Zaylik came under fire from the Armenian armed forces "
        "positions, stationed in the directions of Zarkand and Ashaghi Shorzha settlements, the Azerbaijani "
        "defence ministry said."
    )
    assert [place for _, place in dated_places(text, "2022-09-14")] == ["Zaylik"]


def test_a_snipers_shot_is_fire():
    text = (
        "A private was wounded by a sniper's shot and hospitalized, the Armenian defence ministry said. The "
        "incident occurred on January 11 near the village of Berkaber."
    )
    (proposal,) = proposals(text, "2020-01-12")
    assert (proposal.date, proposal.place, proposal.accused_side, proposal.wounded) == (
        "2020-01-11",
        "Berkaber",
        "Azerbaijan",
        1,
    )


def test_a_sides_post_of_a_village_is_that_village():
    text = (
        "A BSF trooper was killed in heavy firing from the Pakistani side on the Indian post of Budwar late on "
        "Saturday evening, BSF sources said."
    )
    assert dated_places(text, "2011-05-15") == [("2011-05-14", "Budwar")]


def test_where_a_victim_is_deployed_is_neither_the_place_nor_a_break_in_the_count():
    text = (
        "A Border Security Force trooper, deployed on the India-Pakistan border in Jammu and Kashmir, was killed "
        "in cross-border firing on Saturday, BSF sources said. The trooper was killed in heavy firing from the "
        "Pakistani side on the Indian post of Budwar, the sources said."
    )
    (proposal,) = proposals(text, "2011-05-15")
    assert (proposal.place, proposal.killed, proposal.reporting_side) == ("Budwar", 1, "India")


# Read on build23 (unseen23's odd half: a fresh set gathered this session, run before anyone read it).


def test_areas_announced_as_including_a_list_are_each_a_place():
    text = (
        "Pakistani troops shelled villages along the LoC on Wednesday, officials said. Shelling was reported "
        "from multiple areas along the LoC, including Balakote, Mendhar and Krishna Ghati."
    )
    places = [place for _, place in dated_places(text, "2025-05-08")]
    assert {"Balakote", "Mendhar", "Krishna Ghati"} <= set(places)


def test_a_clash_ranked_as_the_worst_since_a_past_day_does_not_take_that_day():
    text = (
        "Pakistani troops shelled Balakote, officials said. This marks the most severe ceasefire violation since "
        "the renewal of the truce on 25 February 2021. Shelling was also reported from Mendhar."
    )
    assert all(date != "2021-02-25" for date, _ in dated_places(text, "unknown"))


def test_a_word_in_scare_quotes_does_not_hide_the_fire():
    text = (
        'Indian troops resorted to "unprovoked" firing in the Jura sector, wounding two civilians, the ISPR said '
        "on Thursday."
    )
    assert [place for _, place in dated_places(text, "2019-12-20")] == ["Jura"]


def test_fire_told_by_what_it_left_is_fire():
    text = "The firing in Jura sector along the LoC left two people injured, the ISPR said on Thursday."
    (proposal,) = proposals(text, "2019-12-20")
    assert (proposal.place, proposal.wounded, proposal.accused_side) == ("Jura", 2, "India")


def test_a_dateline_with_its_country_is_where_the_report_was_filed():
    text = "KRAMATORSK, Ukraine -- Russian forces shelled Sloviansk on Saturday, the regional governor said."
    assert dated_places(text, "2022-07-10") == [("2022-07-09", "Sloviansk")]


def test_the_region_a_list_of_districts_lies_in_is_not_a_member():
    text = (
        "Pakistani troops shelled villages along the LoC on Wednesday, officials said. The worst-hit areas "
        "included the Poonch and Rajouri districts in Jammu, as well as Baramulla and Kupwara in north Kashmir."
    )
    places = [place for _, place in dated_places(text, "2025-05-08")]
    assert {"Baramulla", "Kupwara"} <= set(places)
    assert "Jammu" not in places and "Kashmir" not in places


def test_an_arabic_article_written_apart_stays_in_the_name():
    text = (
        "Israeli artillery shelled the villages of Houla, Rab el Thalathine and Arnoun on Saturday, a Lebanese "
        "security source said."
    )
    assert [place for _, place in dated_places(text, "2025-03-23")] == ["Houla", "Rab el Thalathine", "Arnoun"]


def test_a_count_after_the_verb_is_its_object_not_the_article_before_it():
    text = "The Israeli army said a strike wounded four soldiers near Yiftah on Monday."
    (proposal,) = proposals(text, "2024-05-14")
    assert proposal.wounded == 4


def test_a_quoted_phrase_of_a_few_words_does_not_hide_the_fire():
    text = 'The Israeli army said "two anti-tank missiles" crossed from Lebanon into the area of Yiftah on Monday.'
    assert dated_places(text, "2024-05-14") == [("2024-05-13", "Yiftah")]


def test_the_dpr_defense_headquarters_speaks_for_its_side():
    text = (
        "Two civilians were wounded in Gorlovka due to shelling by Ukrainian troops on Thursday, the DPR defense "
        "headquarters said."
    )
    (proposal,) = proposals(text, "2022-01-21")
    assert (proposal.reporting_side, proposal.accused_side) == ("Russia", "Ukraine")
