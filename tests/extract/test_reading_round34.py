"""Round 34: two general treatments, written from the kinds of misses counted on unseen37 (a second
list of places after the region holding the first; damage told at another place right after a
claim), with sentences of our own; each test but the guards fails on 8b29de4 (the round's start)."""

from __future__ import annotations

from mapdata.extract import extract
from mapdata.profiles import default_catalog


def proposals(text: str, published: str, conflict: str) -> list:
    return extract(text, published=published, profile=default_catalog()[conflict]).proposals


def places_of(text: str, published: str, conflict: str) -> list[str | None]:
    return [p.place for p in proposals(text, published, conflict)]


def test_a_second_list_after_the_region_holding_the_first_is_read_member_by_member():
    text = (
        "Pakistani troops resorted to unprovoked firing and mortar shelling in Krishna Ghati and Mendhar sectors "
        "of Poonch and Nowshera, Sunderbani and Kalal in Rajouri on Friday, the Indian Army said."
    )
    assert places_of(text, "2020-11-14", "india-pakistan") == [
        "Krishna Ghati",
        "Mendhar",
        "Nowshera",
        "Sunderbani",
        "Kalal",
    ]
    # with a comma before the second list, and a second list of one member of the first list's kind
    text = "Pakistan shelled Kirni and Qasba sectors of Poonch, and Nowshera and Sunderbani in Rajouri on Friday."
    assert places_of(text, "2020-11-14", "india-pakistan") == ["Kirni", "Qasba", "Nowshera", "Sunderbani"]
    text = (
        "Pakistani troops shelled the Balakote and Mendhar sectors of Poonch and Nowshera sector of Rajouri on Friday."
    )
    assert places_of(text, "2020-11-14", "india-pakistan") == ["Balakote", "Mendhar", "Nowshera"]


def test_guard_two_regions_holding_one_list_stay_regions():
    for text in (
        "Pakistani troops shelled forward posts in Krishna Ghati and Mendhar sectors of Poonch and Rajouri districts on Friday.",
        "Pakistani troops shelled forward posts in Krishna Ghati and Mendhar sectors of Poonch and Rajouri in Jammu and Kashmir on Friday.",
    ):
        assert places_of(text, "2020-11-14", "india-pakistan") == ["Krishna Ghati", "Mendhar"]


def test_damage_told_at_another_place_right_after_a_claim_is_the_claim_there():
    cases = [
        (
            "The Ukrainian military said Russian-backed forces violated the ceasefire 12 times over the past day. "
            "One Ukrainian soldier was wounded near Avdiivka. In Marinka, a house was destroyed.",
            "2019-03-05",
            "russia-ukraine",
            [("2019-03-04", "Avdiivka", "Ukraine"), ("2019-03-04", "Marinka", "Ukraine")],
        ),
        (
            "Azerbaijani forces fired at Armenian positions in the eastern part of the border on Tuesday, Armenia's "
            "defense ministry said. A contract serviceman was wounded in Sotk. Houses in Kut were damaged.",
            "2022-09-13",
            "armenia-azerbaijan",
            [("2022-09-13", "Sotk", "Armenia"), ("2022-09-13", "Kut", "Armenia")],
        ),
        (
            "Cambodian troops fired artillery into Thailand on Thursday, the Thai army said. Three civilians were "
            "killed in Kantharalak district of Sisaket. A gas station in Ban Phue was destroyed.",
            "2025-07-25",
            "thailand-cambodia",
            [("2025-07-24", "Kantharalak", "Thailand"), ("2025-07-24", "Ban Phue", "Thailand")],
        ),
    ]
    for text, published, conflict, expected in cases:
        found = proposals(text, published, conflict)
        assert [(p.date, p.place, p.reporting_side) for p in found] == expected
        assert found[-1].killed is None and found[-1].wounded is None


def test_guard_damage_of_another_day_or_told_by_another_voice_is_not_the_claim():
    text = (
        "Azerbaijani forces fired at Armenian positions near Sotk on Tuesday, Armenia's defense ministry said. "
        "Houses in Kut were damaged in 2021."
    )
    assert places_of(text, "2022-09-13", "armenia-azerbaijan") == ["Sotk"]
    text = (
        "Azerbaijani forces fired at Armenian positions near Sotk on Tuesday, Armenia's defense ministry said. "
        "Relations between the two capitals were damaged in Kut talks."
    )
    assert places_of(text, "2022-09-13", "armenia-azerbaijan") == ["Sotk"]
