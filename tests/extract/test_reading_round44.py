"""Round 44: rules read off unseen54 (rotated to reading this round; its first run, 0.51 / 0.42 at 55c197e, and its
end run at 3d75eba were taken before anyone read it), each tested with sentences of our own; each test but the guards
fails on 2cc0522 (the round's start)."""

from __future__ import annotations

from reading_helpers import proposals


def _read(text: str, published: str, conflict: str) -> list[tuple[str | None, str | None]]:
    return [(str(p.date) if p.date else None, p.place) for p in proposals(text, published, conflict)]


def test_forces_that_have_broken_the_ceasefire_over_the_last_day_fired_the_day_before():
    text = (
        "Armenian units have broken the ceasefire 31 times over the past 24 hours, the Azerbaijani Defence Ministry "
        "said. Armenian units fired at Azerbaijani positions in the village of Alibeyli."
    )
    assert _read(text, "2016-03-09", "armenia-azerbaijan") == [("2016-03-08", "Alibeyli")]


def test_broke_the_truce_is_an_incident():
    text = "Azerbaijani forces broke the truce near Movses on Monday, the Armenian Defence Ministry said."
    assert _read(text, "2016-03-09", "armenia-azerbaijan") == [("2016-03-07", "Movses")]


def test_a_truce_that_broke_down_is_no_incident():
    # guard: no one is said to break it
    text = "The truce near Movses broke down on Monday after weeks of talks."
    assert _read(text, "2016-03-09", "armenia-azerbaijan") == []


def test_a_bulletin_of_twenty_villages_is_read_to_its_last_village():
    names = [
        "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett",
        "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango",
    ]  # fmt: skip
    villages = [f"{n}abad" for n in names]
    text = (
        "Armenian units fired at Azerbaijani positions on Monday near the villages of "
        + ", ".join(villages[:-1])
        + f" and {villages[-1]}, the Azerbaijani Defence Ministry said."
    )
    assert [place for _, place in _read(text, "2016-03-09", "armenia-azerbaijan")] == villages


def test_a_bulletin_of_so_many_times_over_a_day_is_the_day_before():
    text = (
        "Ukrainian troops violated the ceasefire 12 times over a day, the DPR militia said on Thursday. "
        "The villages of Zaitsevo and Kominternovo came under fire."
    )
    assert _read(text, "2020-07-24", "russia-ukraine") == [("2020-07-22", "Zaitsevo"), ("2020-07-22", "Kominternovo")]


def test_fighting_that_lasted_over_a_day_is_not_the_day_before():
    # guard: "over a day" of a duration is no bulletin's day
    text = "Fighting near Zaitsevo on Thursday lasted over a day, the DPR militia said."
    assert [date for date, _ in _read(text, "2020-07-24", "russia-ukraine")] == ["2020-07-23"]


def test_usually_opening_a_quote_is_no_village():
    text = (
        "Pakistani troops fired at Arnia on Monday, the BSF said. "
        '"Usually villages near border outposts get hit by shells that overshoot," said a BSF officer.'
    )
    assert [place for _, place in _read(text, "2014-10-07", "india-pakistan")] == ["Arnia"]


def test_the_army_whose_fire_a_village_came_under_is_not_who_tells_it():
    text = (
        "Ukrainian troops violated the ceasefire 12 times on Wednesday. "
        "The report reads that the villages of Zaitsevo and Kominternovo came under the Ukrainian army's fire."
    )
    found = proposals(text, "2020-07-24", "russia-ukraine")
    assert {p.place for p in found} >= {"Zaitsevo", "Kominternovo"}
    assert all(p.reporting_side != "Ukraine" for p in found), [(p.place, p.claimant) for p in found]


def test_a_past_day_told_on_the_reports_own_day_is_the_day_before():
    text = (
        "Ukrainian troops violated the ceasefire near Zaitsevo 17 times over the past day, a representative of the "
        "republic in the JCCC on July 23."
    )
    assert _read(text, "2020-07-23", "russia-ukraine") == [("2020-07-22", "Zaitsevo")]


def test_one_more_killed_in_a_clause_of_its_own_is_that_places_loss():
    text = (
        "The NNA said two people were killed in Israeli strikes on the town of Khiam on Friday, while one person was "
        'killed in Taybeh, and another after "a drone struck a car" at the entrance of the town of Dweir.'
    )
    found = proposals(text, "2026-06-20", "israel-lebanon")
    assert [(p.place, p.killed) for p in found] == [("Khiam", 2), ("Taybeh", 1), ("Dweir", 1)]


def test_the_losses_of_places_a_day_splits_are_each_places_own():
    text = (
        "The NNA said two people were killed in Israeli strikes on the town of Khiam on Friday, while one person was "
        "killed in an Israeli strike on Taybeh."
    )
    found = proposals(text, "2026-06-20", "israel-lebanon")
    assert [(str(p.date), p.place, p.killed) for p in found] == [
        ("2026-06-19", "Khiam", 2),
        ("2026-06-19", "Taybeh", 1),
    ]


def test_the_losses_of_places_on_days_of_their_own_are_each_places_own():
    text = (
        "The NNA said two people were killed in Israeli strikes on the town of Khiam on Friday, while one person was "
        "killed in an Israeli strike on Taybeh on Saturday."
    )
    found = proposals(text, "2026-06-22", "israel-lebanon")
    assert [(str(p.date), p.place, p.killed) for p in found] == [
        ("2026-06-19", "Khiam", 2),
        ("2026-06-20", "Taybeh", 1),
    ]


def test_the_region_an_office_is_named_after_is_no_place_of_the_fire():
    # review43 item 12: the office's region is not the city of that name
    text = (
        "Two civilians were killed in Russian shelling on Tuesday, Vadym Filashkin, head of the Donetsk regional "
        "military administration, said."
    )
    assert [place for _, place in _read(text, "2024-03-06", "russia-ukraine")] == [None]


def test_the_head_of_a_named_regions_administration_speaks_for_its_side():
    text = (
        "Russian forces shelled Kurakhove on Tuesday, killing two civilians, the head of the Donetsk regional military "
        "administration said."
    )
    (found,) = proposals(text, "2024-03-06", "russia-ukraine")
    assert (found.place, found.reporting_side, found.accused_side) == ("Kurakhove", "Ukraine", "Russia")
    assert found.claimant == "Head of the Donetsk regional military administration"
