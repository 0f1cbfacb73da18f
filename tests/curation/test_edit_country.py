"""A claim's country follows its point when "Correct this claim" (or ``edit``) moves it (walk45 fix 46:
a claim moved from Tavush to Tovuz stayed under Armenia in the filters, the table and the exports)."""

from __future__ import annotations

from mapdata.curation.edits import checked_edit, country_of_point
from mapdata.store import Store

TAVUSH = "bundled:2020-09-27-am-mod-tavush-drone"  # Tavush, AM (40.95, 45.2)
TOVUZ_CLAIM = "bundled:2020-07-12-az-mod-tovuz-artillery"  # Tovuz, AZ
TOVUZ = ("40.99249", "45.62838")  # Tovuz town, across the border in Azerbaijan, as the point picker writes it
CASPIAN = ("40.3", "51.0")  # at sea, east of the Absheron peninsula


def corrected(store: Store, incident_id: str, **changes: object):
    """The claim as "Correct this claim" saves it: the typed changes checked, then one store edit."""
    checked = checked_edit(store, incident_id, dict(changes))
    assert checked.problems == []
    saved, entries = store.edit(incident_id, checked.changes, who="test")
    return saved, entries


def test_a_point_moved_across_the_border_takes_the_new_country_in_one_edit(store: Store) -> None:
    before = store.get(TAVUSH)
    assert (before.country, before.admin1) == ("AM", "Tavush")
    saved, entries = corrected(store, TAVUSH, latitude=TOVUZ[0], longitude=TOVUZ[1])
    assert saved.country == "AZ"
    assert saved.admin1 is None  # Tavush is a province of Armenia, not of Azerbaijan
    assert store.get(TAVUSH).country == "AZ"  # what the filters, the table and the exports read
    # one edit, one history entry, saying the country changed with the point
    assert len(entries) == 1
    changes = entries[0].changes
    assert changes["country"] == ("AM", "AZ") and changes["admin1"] == ("Tavush", None)
    assert changes["latitude"][1] == 40.99249 and changes["longitude"][1] == 45.62838
    # and its undo puts both back
    seq = store.history(TAVUSH)[-1].seq
    restored, _ = store.undo_edit(TAVUSH, seq, who="test")
    assert (restored.latitude, restored.longitude, restored.country, restored.admin1) == (40.95, 45.2, "AM", "Tavush")


def test_a_country_set_in_the_same_edit_is_the_users(store: Store) -> None:
    saved, entries = corrected(store, TAVUSH, latitude=TOVUZ[0], longitude=TOVUZ[1], country="AM")
    assert (saved.country, saved.admin1) == ("AM", "Tavush")
    assert "country" not in entries[0].changes and "admin1" not in entries[0].changes


def test_a_point_moved_within_the_country_keeps_it_and_its_region(store: Store) -> None:
    saved, entries = corrected(store, TAVUSH, latitude="41.2", longitude="45.0")
    assert (saved.country, saved.admin1) == ("AM", "Tavush")
    assert set(entries[0].changes) == {"latitude", "longitude"}


def test_a_point_at_sea_keeps_the_old_country(store: Store) -> None:
    """The borders name no country at sea: the claim keeps the one it had (and its region)."""
    assert country_of_point(*CASPIAN) is None
    saved, entries = corrected(store, TOVUZ_CLAIM, latitude=CASPIAN[0], longitude=CASPIAN[1])
    assert (saved.country, saved.admin1) == ("AZ", "Tovuz")
    assert set(entries[0].changes) == {"latitude", "longitude"}


def test_one_coordinate_moved_alone_is_read_with_the_other(store: Store) -> None:
    saved, _ = corrected(store, TAVUSH, longitude=TOVUZ[1])  # 40.95, 45.62838: in Azerbaijan
    assert saved.country == "AZ"


def test_a_coordinate_that_is_no_number_is_the_edits_problem_not_a_country(store: Store) -> None:
    checked = checked_edit(store, TAVUSH, {"latitude": "abc", "longitude": TOVUZ[1]})
    assert [p.field for p in checked.problems] == ["latitude"]
    assert "country" not in checked.changes


def test_a_new_place_name_takes_its_own_country(store: Store) -> None:
    saved, entries = corrected(store, TAVUSH, place="Tovuz")
    assert saved.country == "AZ" and entries[0].changes["country"] == ("AM", "AZ")


def test_country_of_point_names_the_conflicts_countries() -> None:
    assert country_of_point(*TOVUZ) == "AZ" and country_of_point("40.95", "45.2") == "AM"
    assert country_of_point(40.0, 200.0) is None and country_of_point(None, 45.0) is None


# Round 45: the borders are coarse and de facto; a country changes only where the new point is clearly in
# another one (it and points 5 km around it) and the borders agreed with the claim's country where it was.
KFAR_KILA_CLAIM = "bundled:2025-10-26-unifil-kfar-kila-grenade"  # LB, at the gazetteer's point (IL by the borders)


def test_a_claim_at_kfar_kila_moved_10_m_stays_lebanese(store: Store) -> None:
    store.add_bundled(["israel-lebanon"])  # (the tests' store starts with the default conflict's examples)
    before = store.get(KFAR_KILA_CLAIM)
    assert before.country == "LB"
    saved, entries = corrected(store, KFAR_KILA_CLAIM, latitude=str(before.latitude + 0.00009))
    assert saved.country == "LB"  # was IL: the borders draw the gazetteer's point of Kfar Kila in Israel
    assert set(entries[0].changes) == {"latitude"}


def test_a_point_1_km_across_the_line_keeps_the_country_and_region(store: Store) -> None:
    saved, entries = corrected(store, TAVUSH, latitude="40.95", longitude="45.449")  # ~1 km into AZ
    assert (saved.country, saved.admin1) == ("AM", "Tavush")  # was AZ: the line is ~300 m coarse here
    assert set(entries[0].changes) == {"longitude"}


def test_a_new_place_with_no_country_takes_none_for_a_point_off_every_iso_code() -> None:
    assert country_of_point(35.45, 77.2) is None  # Natural Earth's "Siachen Glacier": it gave that name
