"""Round 21 (sentences of our own): lists with where each member lies, where fire came from, and
a town named to say where another lies; read on the build half of unseen21 (outside the repository)."""

from __future__ import annotations

import pytest
from reading_helpers import dated_places, proposals


def _read(text: str, published: str = "2022-09-14") -> list[tuple[str | None, str | None]]:
    return dated_places(text, published)


def _places(text: str, published: str = "2022-09-14") -> list[str | None]:
    return [place for _, place in _read(text, published)]


def test_a_list_with_the_region_of_each_member_after_it_names_every_member():
    text = (
        "The Azerbaijani defence ministry said on Wednesday that Armenian units fired on its positions in the "
        "direction of the settlements of Alibeyli of the Tovuz region, Zeylik and Gulyali of the Kalbajar "
        "region, as well as Gadabay of the Gadabay region."
    )
    assert _places(text) == ["Alibeyli", "Zeylik", "Gulyali", "Gadabay"]


def test_as_well_as_closes_a_list_of_places():
    text = (
        "The Azerbaijani defence ministry said on Wednesday that Armenian units fired on its positions in the "
        "settlements of Alibeyli, Zeylik, as well as Gulyali."
    )
    assert _places(text) == ["Alibeyli", "Zeylik", "Gulyali"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Azerbaijani defence ministry said on Wednesday that Armenian units fired on its soldiers in "
            "Sadarak in the north of Nakhchivan.",
            "Sadarak",
        ),
        # a place the gazetteer knows as a town, located by a city: the town
        (
            "The Ukrainian military said on Wednesday that Russian troops shelled Vodiane, 30 km northeast of "
            "Mariupol.",
            "Vodiane",
        ),
    ],
)
def test_a_town_named_right_after_a_place_to_say_where_it_lies_is_not_the_place(text, expected):
    assert _places(text) == [expected]


def test_every_member_of_a_list_fire_came_from_is_an_origin():
    text = (
        "The Luhansk governor said on Wednesday that the rebels shelled Ukrainian positions from the direction "
        "of Stakhanov and Pervomaysk."
    )
    assert _places(text) == [None]  # where the fire fell is not named


def test_fired_from_an_area_near_a_town_names_where_fire_came_from_not_where_it_fell():
    text = (
        "Lebanese security officials said on Wednesday that rockets were fired from the Mansouri and "
        "al-Qulaila areas near the coastal town of Naqoura toward Israel."
    )
    assert _places(text) == [None]


@pytest.mark.parametrize("village", ["a mostly Christian Arab village", "a Druze village", "an Arab village"])
def test_the_faith_or_people_of_a_village_is_no_place_name(village):
    text = f"A rocket fired from Lebanon on Wednesday slammed into {village} in northern Israel, the Israeli army said."
    assert all(place not in {"Christian Arab", "Druze", "Arab"} for place in _places(text))


def test_guard_a_village_whose_name_begins_with_arab_is_a_place():
    text = "The Israeli army said on Wednesday that a rocket fired from Lebanon hit the village of Arab al-Aramshe."
    assert _places(text) == ["Arab al-Aramshe"]


def _claims(text: str, published: str = "2022-09-14") -> list[tuple[str | None, str, str | None]]:
    return [(p.place, p.claimant, p.reporting_side) for p in proposals(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thailand's army said on Wednesday that Cambodian soldiers fired into Sa Kaeo province.",
            ("Sa Kaeo", "Thailand"),
        ),
        (
            "Cambodia's military said on Wednesday that Thai troops shelled Banteay Meanchey province.",
            ("Banteay Meanchey", "Cambodia"),
        ),
        ("India's army said on Wednesday that Pakistani troops opened fire in Poonch.", ("Poonch", "India")),
    ],
)
def test_a_country_s_army_named_by_the_country_speaks_for_its_side(text, expected):
    assert [(place, side) for place, _, side in _claims(text, "2025-11-12")] == [expected]


def test_a_denial_by_a_country_s_military_that_says_who_fired_first_is_its_own_claim():
    text = (
        "Cambodia's prime minister said on Wednesday that Thai troops opened fire on civilians in Prey Chan "
        "village. Thailand's military denied the claim, saying Cambodian soldiers had fired first into "
        "Thailand's Sa Kaeo province."
    )
    assert [(place, side) for place, _, side in _claims(text, "2025-11-12")] == [
        ("Prey Chan", "Cambodia"),
        ("Sa Kaeo", "Thailand"),
    ]


@pytest.mark.parametrize(
    "said", ["said a statement by the Inter-Services Public Relations", "according to a statement by the ISPR"]
)
def test_a_statement_by_a_body_names_the_speaker(said):
    text = f"Two Pakistani soldiers were killed on Wednesday as Indian troops opened fire along the Line of Control, {said}."
    assert [(claimant, side) for _, claimant, side in _claims(text)] == [("ISPR (Pakistan army)", "Pakistan")]


def test_the_incident_of_firing_occurred_in_a_sector_places_the_claim_told_on_the_line():
    text = (
        "Two Pakistani soldiers were killed on Wednesday as Indian troops opened fire along the Line of Control, "
        "the ISPR said. The incident of firing occurred in the Rakhchikri sector of the LoC."
    )
    assert [place for place, _, _ in _claims(text)] == ["Rakhchikri"]


def test_a_name_after_a_rank_and_a_first_name_is_a_person_not_a_town():
    # Anand is a town the gazetteer knows (India); here it is the spokesman's surname
    text = (
        "Colonel Devender Anand, defence ministry spokesman, said Pakistani troops opened fire on Thursday "
        "in Balakote and Mendhar sectors of Poonch district."
    )
    assert _places(text, "2020-09-17") == ["Balakote", "Mendhar"]


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("from 10:40 last night", "2017-05-10"),  # an evening's hour: the day before the report's
        ("at 9 pm last night", "2017-05-10"),
        ("last night", "2017-05-11"),  # the night into the report's day, as before
        ("at 2 am last night", "2017-05-11"),
        ("at 2:10 last night", "2017-05-11"),  # (review of 8824a90: the minutes were read as an hour)
    ],
)
def test_an_evening_hour_last_night_is_the_day_before(when, day):
    text = f"Pakistani troops fired on Indian posts in Nowshera {when}, a defence spokesman said."
    assert _read(text, "2017-05-11") == [(day, "Nowshera")]


def test_a_count_before_last_night_is_no_hour():
    text = "Pakistani shelling wounded 9 last night in Nowshera, a defence spokesman said."
    assert [day for day, _ in _read(text, "2017-05-11")] == ["2017-05-11"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ukraine said Russia's army, backed by drones, shelled Kharkiv on Friday.", "Ukraine"),
        ("Cambodia said Thailand's military, using artillery, shelled Banteay Meanchey on Friday.", "Cambodia"),
        ("Cambodian soldiers fired into Sa Kaeo province on Friday, according to Thailand's army.", "Thailand"),
    ],
)
def test_a_country_s_army_after_said_is_what_was_said_unless_it_closes_the_sentence(text, side):
    # (review of b020af0: the army the speaker accuses was taken as the speaker)
    assert [s for _, _, s in _claims(text, "2024-05-11")] == [side]


def test_a_reference_point_after_a_region_said_as_one_is_the_place():
    # (review of 7eb75ab: the village is unnamed; Kupiansk says more than the Kharkiv region)
    text = "Russian troops shelled a village in the Kharkiv region, 10 km north of Kupiansk, on Friday, Ukrainian officials said."
    assert _places(text, "2024-05-11") == ["Kupiansk"]
