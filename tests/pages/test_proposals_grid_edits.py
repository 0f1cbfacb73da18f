"""ui/proposals.py: the page's writes go into the rows the proposals grid is given, the reviewer's edits
stay on top of them (one grid while the reviewer edits it, walk42 item 12)."""

from __future__ import annotations

import pandas as pd

from ui.proposals import with_edits, written_into

BASE = [
    {"date": "2024-02-12", "place": "Sotk", "latitude": 40.2, "killed": None, "reporting_side": "Armenia"},
    {"date": "2024-02-10", "place": "Khachik", "latitude": 39.62, "killed": 2, "reporting_side": "Armenia"},
]


def test_the_edits_are_shown_on_top_of_the_rows_given() -> None:
    rows = with_edits(BASE, {0: {"date": "2024-02-09", "killed": 3.0}, 1: {"place": "Jermuk"}})
    assert [(r["date"], r["place"], r["killed"]) for r in rows] == [
        ("2024-02-09", "Sotk", 3),
        ("2024-02-10", "Jermuk", 2),
    ]
    assert isinstance(rows[0]["killed"], int)
    assert with_edits(BASE, {1: {"killed": None}})[1]["killed"] is None
    assert with_edits(BASE, {5: {"place": "Nowhere"}}) == BASE  # (a row the grid lacks)
    assert BASE[0]["date"] == "2024-02-12"  # the rows given are not changed


def test_a_point_written_into_an_edited_row_keeps_the_edits_in_the_same_grid() -> None:
    edits = {0: {"date": "2024-02-09"}, 1: {"place": "Jermuk"}}
    seen = with_edits(BASE, edits)
    written = [dict(row) for row in seen]
    written[1]["latitude"] = 39.84  # the renamed place's point, looked up
    base, conflict = written_into(BASE, seen, written, edits)
    assert not conflict
    # the grid is given the point, not the edits (they stay the grid's own, on top)
    assert [(r["date"], r["place"], r["latitude"]) for r in base] == [
        ("2024-02-12", "Sotk", 40.2),
        ("2024-02-10", "Khachik", 39.84),
    ]
    assert with_edits(base, edits) == written


def test_a_write_over_a_cell_the_reviewer_edited_asks_for_a_new_grid() -> None:
    edits = {1: {"reporting_side": "media"}}
    seen = with_edits(BASE, edits)
    written = [dict(row) for row in seen]
    written[1]["reporting_side"] = "Armenia"  # "Set row 2's side to Armenia"
    base, conflict = written_into(BASE, seen, written, edits)
    assert conflict and base[1]["reporting_side"] == "Armenia"


def test_blanks_and_the_grids_missing_values_are_no_write() -> None:
    seen = with_edits(BASE, {})
    written = [{**row, "killed": pd.NA if row["killed"] is None else row["killed"]} for row in seen]
    assert written_into(BASE, seen, written, {}) == (BASE, False)
