"""Review of round 24: sentences a helper wrote to find where the round's rules misread plain
English (each failed on 0ff01db, before the rules were narrowed)."""

from __future__ import annotations

from reading_helpers import dated_places, proposals

from mapdata.extract import extract
from mapdata.extract.casualties import find_casualties

LEDE = (
    "At least nine people were killed and 40 injured in cross-border shelling, as the Pakistan Army targeted "
    "forward villages along the Line of Control. The worst-hit areas included the Poonch and Rajouri districts. "
    "Residents fled to bunkers as Pakistani shells struck homes and shops in Poonch town. Officials said that "
    "the Indian Army answered in a befitting manner. All nine deaths occurred in Poonch district. "
)


def test_a_list_on_the_other_side_does_not_take_the_days_blame():
    text = (
        LEDE
        + "Shelling was also reported on the Pakistani side, including Nikial, Khuiratta and Kotli in Azad Kashmir."
    )
    assert [p.place for p in extract(text).proposals] == ["Poonch"]


def test_a_blame_for_something_else_does_not_take_the_outlets_account():
    text = (
        "Three people were killed when a strike hit a house in Bint Jbeil on Saturday. The Israeli military "
        "blamed Hezbollah for storing weapons in the building."
    )
    assert [(p.place, p.reporting_side) for p in proposals(text, "2024-03-10")] == [("Bint Jbeil", "media")]


def test_a_blame_for_another_event_told_in_between_does_not_take_the_account():
    text = (
        "Two women died when a shell landed in Avdiivka on Saturday. Separately, a blast damaged a bridge in "
        "Mariupol. Ukrainian officials blamed Russian saboteurs for the blast."
    )
    assert "Ukraine" not in [p.reporting_side for p in proposals(text, "2017-01-30") if p.place == "Avdiivka"]


def test_a_threat_of_any_attack_beside_real_fire_keeps_the_fire():
    text = (
        "Armenia said Azerbaijani forces shelled Jermuk and Goris on Tuesday and warned that any attack on its "
        "territory would be met with a firm response."
    )
    assert dated_places(text, "2022-09-14") == [("2022-09-13", "Jermuk"), ("2022-09-13", "Goris")]


def test_weapons_joined_by_and_are_no_count_of_victims():
    assert find_casualties("Two mortar shells and a rocket injured a woman in Nowshera sector.").wounded == 1
    assert find_casualties("Two soldiers and a medic pulled the wounded from the car.").wounded is None


def test_own_losses_of_an_accident_or_another_front_are_no_claim():
    for losses in (
        "Azerbaijan's Defense Ministry said that two of its soldiers were killed when their truck overturned in Kalbajar.",
        "The Israeli army said that two of its soldiers were killed near Eilat.",
    ):
        assert proposals("Fighting flared along the line of contact on Monday. " + losses, "2021-11-09") == []
    # (the same losses on this front are a claim)
    text = "Fighting flared along the border on Monday. The Israeli army said that two of its soldiers were killed near Metula."
    assert [(p.place, p.reporting_side, p.accused_side, p.killed) for p in proposals(text, "2021-11-09")] == [
        ("Metula", "Israel", "Hezbollah", 2)
    ]


def test_a_running_total_before_a_relative_clause_stays_background():
    text = (
        "Russian shelling has killed more than 3,000 civilians in Donetsk region, which has borne the brunt of "
        "the fighting since the start of the war."
    )
    assert dated_places(text, "2023-02-24") == []
