"""walk46 item 4: a correction that moved a claim across a border said "Saved: latitude …; longitude …; country
AM → AZ; and 1 more field." — the field not said was the region dropped with the old country (Tavush)."""

from __future__ import annotations

from mapdata.store import HistoryEntry
from ui.curation import saved_message


def _entry(changes: dict[str, tuple[object, object]]) -> HistoryEntry:
    return HistoryEntry("2026-12-06T08:00:00", "test", "edit", "acled:ARM3859", changes=changes)


MOVE = {
    "latitude": (40.8552, 40.95),
    "longitude": (45.5761, 45.65),
    "admin1": ("Tavush", None),
    "country": ("AM", "AZ"),
}


def test_the_region_cleared_with_the_country_is_said_in_words() -> None:
    said = saved_message([_entry(MOVE)], {"latitude": "40.95", "longitude": "45.65"}, {"AM": "Armenia"})
    said = said.replace("\\", "")  # Markdown's escapes (":" is written "\:"), as the toast shows it
    assert said == (
        "Saved: point 40.8552, 45.5761 → 40.95, 45.65; country AM → AZ; region Tavush cleared: it is in Armenia."
    )
    assert "more field" not in said


def test_the_region_is_said_even_past_the_messages_length_and_by_code_without_a_name() -> None:
    changes = {"summary": ("word " * 80, "other " * 80), "claimant": ("X", "Y"), **MOVE}
    said = saved_message([_entry(changes)], dict.fromkeys(changes, "")).replace("\\", "")
    # (the point and the country counted: past the length a toast shows)
    assert "; region Tavush cleared: it is in AM; and 2 more fields." in said


def test_a_region_set_with_the_country_is_a_change_like_any_other() -> None:
    changes = {"admin1": ("Tavush", "Tovuz"), "country": ("AM", "AZ")}
    assert saved_message([_entry(changes)], {}) == "Saved: admin1 Tavush → Tovuz; country AM → AZ."
