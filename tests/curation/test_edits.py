"""``field=value`` edits made ready for the store: a new place name resolved, the claim's precision kept."""

from __future__ import annotations

import pytest

from mapdata.curation.edits import checked_edit, kept_precision, with_resolved_place
from mapdata.errors import ValidationError
from mapdata.store import Store

SOTK_UAV = "bundled:2023-05-12-am-mod-sotk-uav"  # "near" Sotk
STEPANAKERT = "bundled:2020-09-27-artsakh-stepanakert-shelling"  # "exact"
TOVUZ = "bundled:2020-07-12-az-mod-tovuz-artillery"  # "region"


def moved(store: Store, incident_id: str, **changes: object):
    """The claim as saved after an edit of ``changes`` (a new place resolved as the app and the CLI do)."""
    saved, _ = store.edit(incident_id, with_resolved_place(store, incident_id, dict(changes)), who="test")
    return saved


def test_a_claim_near_a_place_moved_to_a_town_stays_near(store: Store) -> None:
    """walk24 item 7: "near Sotk" edited to Yeghegnadzor became "exact" (the town's gazetteer point)."""
    before = store.get(SOTK_UAV)
    assert before.geo_precision == "near"
    after = moved(store, SOTK_UAV, place="Yeghegnadzor")
    assert after.place == "Yeghegnadzor" and abs(after.latitude - 39.76) < 0.05
    assert after.geo_precision == "near"
    entry = store.history(SOTK_UAV)[-1]
    assert "geo_precision" not in entry.changes and entry.changes["place"] == ("Sotk", "Yeghegnadzor")


def test_an_exact_claim_moved_to_a_town_stays_exact(store: Store) -> None:
    assert moved(store, STEPANAKERT, place="Goris").geo_precision == "exact"


@pytest.mark.parametrize(("incident_id", "old"), [(SOTK_UAV, "near"), (STEPANAKERT, "exact")])
def test_a_precision_finer_than_the_new_place_becomes_the_places_own(store: Store, incident_id, old) -> None:
    """At a province's point "near" or "exact" would claim more than is known."""
    after = moved(store, incident_id, place="Tavush")
    assert after.geo_precision == "region"
    assert store.history(incident_id)[-1].changes["geo_precision"] == (old, "region")


def test_a_coarser_precision_stays_as_it_was(store: Store) -> None:
    """Only the area was known ("region"); a town's name in the place does not make it exact."""
    assert moved(store, TOVUZ, place="Berd").geo_precision == "region"


def test_a_precision_set_in_the_same_edit_wins(store: Store) -> None:
    """The user's own choice, even where the gazetteer's would differ (it was overwritten before)."""
    assert moved(store, SOTK_UAV, place="Yeghegnadzor", geo_precision="exact").geo_precision == "exact"
    assert moved(store, STEPANAKERT, place="Tavush", geo_precision="near").geo_precision == "near"


def test_a_point_given_with_the_place_is_not_resolved_and_keeps_the_precision(store: Store) -> None:
    after = moved(store, SOTK_UAV, place="Yeghegnadzor", latitude="39.8", longitude="45.3")
    assert (after.latitude, after.longitude, after.geo_precision) == (39.8, 45.3, "near")


@pytest.mark.parametrize(
    ("old", "place", "kept"),
    [
        ("near", "exact", "near"),
        ("exact", "exact", "exact"),
        ("exact", "near", "near"),  # a gazetteer point marked approximate
        ("near", "region", "region"),
        ("region", "exact", "region"),
        ("country", "region", "country"),
        ("exact", "country", "country"),
        (None, "exact", "exact"),
        ("", "region", "region"),
    ],
)
def test_kept_precision_is_the_coarser_of_the_two(old, place, kept) -> None:
    assert kept_precision(old, place) == kept


def test_a_moved_claims_place_link_names_the_new_place(store: Store) -> None:
    """walk36: a claim saved from Add report kept extra.place_key of its old, wrong place after its place
    was corrected, so exports still linked the old gazetteer entry."""
    store.edit(SOTK_UAV, {"extra": {"place_key": "geonames:1600444", "note": "kept"}}, who="test")
    after = moved(store, SOTK_UAV, place="Yeghegnadzor")
    assert after.extra["note"] == "kept"
    assert after.extra["place_key"] != "geonames:1600444" and after.extra["place_key"].startswith("geonames:")
    # a point picked on the map has no gazetteer entry: the stale link goes, the rest stays
    clicked, _ = store.edit(SOTK_UAV, {"latitude": "39.7", "longitude": "45.2"}, who="test")
    assert "place_key" not in clicked.extra and clicked.extra["note"] == "kept"


def problems_of(store: Store, incident_id: str, **changes: object) -> list[tuple[str, str]]:
    return [(p.field, str(p)) for p in checked_edit(store, incident_id, dict(changes)).problems]


def test_every_problem_of_an_edit_is_found_at_once(store: Store) -> None:
    """walk39: "Correct this claim" said one problem per press: four presses for four mistakes."""
    found = problems_of(store, SOTK_UAV, date="2020-02-30", latitude="abc", killed="-1", wounded="two")
    assert [field for field, _ in found] == ["date", "latitude", "killed", "wounded"]
    assert "not a valid date: '2020-02-30'" in found[0][1] and "not a number: 'abc'" in found[1][1]
    # the first is the one the store raises, so nothing of it is saved
    with pytest.raises(ValidationError, match="date: not a valid date"):
        store.edit(SOTK_UAV, {"date": "2020-02-30", "latitude": "abc", "killed": "-1", "wounded": "two"}, who="test")
    assert len(store.history(SOTK_UAV)) == 1


def test_an_unplaceable_place_and_a_date_not_yet_come_are_both_found(store: Store) -> None:
    found = problems_of(store, SOTK_UAV, place="Nowhereville Xq", date="2099-01-01", killed="lots")
    said = dict(found)
    assert len(found) == 3 and set(said) == {"place", "date", "killed"}
    assert (
        "cannot be placed" in said["place"] and "not yet happened" in said["date"] and "not a number" in said["killed"]
    )


def test_an_edit_with_no_problem_is_ready_for_the_store(store: Store) -> None:
    checked = checked_edit(store, SOTK_UAV, {"place": "Yeghegnadzor", "killed": "2"})
    assert checked.problems == [] and "latitude" in checked.changes  # the new place's point
    saved, _ = store.edit(SOTK_UAV, checked.changes, who="test")
    assert (saved.place, saved.killed) == ("Yeghegnadzor", 2)


def test_fields_no_edit_makes_are_problems_too(store: Store) -> None:
    found = problems_of(store, SOTK_UAV, origin="acled", colour="red", killed="x")
    assert [field for field, _ in found] == ["origin", "colour", "killed"]
