"""walk43: what a write on a claim says, in its toast: the change with its values, in one short line
(the undo's long sentence was cut to "… view more" over the row it reported)."""

from __future__ import annotations

from mapdata.store import HistoryEntry
from ui.curation import MESSAGE_CHANGE_CHARS, reviewed_message, saved_message, undone_message


def _entry(action: str, changes: dict[str, tuple[object, object]]) -> HistoryEntry:
    return HistoryEntry("2026-12-05T22:00:00", "test", action, "claim-a", changes=changes)


def test_a_saved_edit_names_each_field_with_its_values() -> None:
    entry = _entry(
        "edit", {"claimant": ("Daily Sabah", "Azerbaijani MoD"), "weapons": (["drone", "grenade"], ["drone"])}
    )
    said = saved_message([entry], {"claimant": "Azerbaijani MoD", "weapons": "drone"})
    assert said == "Saved: claimant Daily Sabah → Azerbaijani MoD; weapons drone, grenade → drone."  # was "… changed."


def test_an_empty_value_is_not_stated_and_an_edit_without_entries_names_its_fields() -> None:
    assert saved_message([_entry("edit", {"wounded": (None, 2)})], {"wounded": "2"}) == "Saved: wounded not stated → 2."
    assert saved_message([], {"wounded": "2"}) == "Saved: wounded changed."


def test_an_undo_is_one_short_line() -> None:
    said = undone_message(3, _entry("undo edit", {"weapons": (["drone", "grenade"], ["drone"])}))
    assert said == "Undone: change 3 — weapons drone, grenade → drone."  # the History says the rest


def test_long_values_and_many_fields_are_cut_and_counted() -> None:
    changes = {"summary": ("word " * 80, "other " * 80), "killed": (1, 2), "wounded": (None, 3), "claimant": ("X", "Y")}
    said = saved_message([_entry("edit", changes)], dict.fromkeys(changes, ""))
    assert said.startswith("Saved: summary word word") and said.endswith("; and 2 more fields.")
    assert len(said) <= MESSAGE_CHANGE_CHARS + 40, said


def test_a_review_says_what_it_set_or_that_nothing_was_different() -> None:
    entry = _entry("review", {"review_status": ("unreviewed", "verified")})
    assert reviewed_message([entry], "verified") == "Review saved: review\\_status unreviewed → verified."
    assert reviewed_message([], "verified") == "Nothing was changed: the review status was already verified."
