"""Round 23's rules, checked by a review on sentences they were not written from (written for the
review): each test is a misreading one of those rules made before it was narrowed."""

from __future__ import annotations

from reading_helpers import dated_places


def test_a_posting_at_a_town_is_kept_as_the_place():
    text = (
        "Ukrainian soldiers, stationed in Kupiansk, came under heavy Russian shelling on Monday, the General "
        "Staff said. Two were wounded."
    )
    assert dated_places(text, "2024-03-05") == [("2024-03-04", "Kupiansk")]


def test_a_posting_at_a_border_outpost_is_kept_as_the_place():
    text = (
        "Two BSF jawans, who were posted at the Pargwal border outpost, were wounded when Pakistani troops opened "
        "fire on Thursday night, officials said."
    )
    assert [place for _, place in dated_places(text, "2025-05-09")] == ["Pargwal"]


def test_fire_going_on_told_after_a_dated_claim_is_that_claim():
    text = (
        "Azerbaijani forces opened fire on the village of Sotk late on Saturday, the Armenian Defence Ministry "
        "said. Armenian positions near Sotk are being subjected to fire from large-calibre weapons, it said, "
        "adding that one soldier was wounded."
    )
    assert dated_places(text, "2024-08-12") == [("2024-08-10", "Sotk")]


def test_a_witness_in_the_present_adds_no_claim_of_the_day_of_the_report():
    text = (
        'Pakistani shelling killed four civilians in Poonch on Thursday, officials said. "They are targeting '
        'homes and mosques," said a resident of Poonch.'
    )
    assert dated_places(text, "2025-05-10") == [("2025-05-08", "Poonch")]


def test_areas_listed_for_another_reason_than_fire_are_no_places_of_it():
    text = (
        "Indian troops shelled Neelum valley on Wednesday, the ISPR said. Schools were closed in areas including "
        "Muzaffarabad and Kotli."
    )
    assert [place for _, place in dated_places(text, "2025-05-08")] == ["Neelum"]


def test_the_district_a_list_lies_in_is_not_a_member():
    text = (
        "The worst-hit areas included Uri and Tangdhar in Baramulla, officials said, after Pakistani shelling on "
        "Wednesday."
    )
    assert [place for _, place in dated_places(text, "2025-05-08")] == ["Uri", "Tangdhar"]


def test_a_clash_ranked_against_the_past_and_then_told_is_kept():
    text = (
        "This was the deadliest attack since October 2023: a rocket fired by Hezbollah killed 12 children on a "
        "football pitch in Majdal Shams on Saturday, the Israeli military said."
    )
    assert [date for date, _ in dated_places(text, "2024-07-28")] == ["2024-07-27"]


def test_a_wire_dateline_with_country_and_day_on_the_text_line_is_no_place():
    text = (
        "SURIN, Thailand, July 25 (Reuters) - Cambodian troops fired rockets at Phanom Dong Rak district on "
        "Friday, wounding three soldiers, the Thai army said."
    )
    assert [place for _, place in dated_places(text, "2025-07-25")] == ["Phanom Dong Rak"]
