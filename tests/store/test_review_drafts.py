"""fix54: the review of Add report's proposals is kept with the draft. The grid's rows as the reviewer left them
(a row unticked, a count typed, a place renamed, a claim added) go into the draft's ``review`` (JSON, schema 10),
tied to the text they were read from: read back as they were (a missing value, NaN, ``pd.NA``, numpy numbers, days,
any script), dropped when the text changes, removed with the draft, bounded; a schema-9 file with a draft keeps it."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from mapdata.errors import ValidationError
from mapdata.store import SCHEMA_VERSION, Store
from mapdata.store.drafts import (
    MAX_REVIEW_BYTES,
    Draft,
    Review,
    changed_rows,
    plain,
    rows_from_json,
    rows_to_json,
    text_digest,
)

# Our own words: three claims, as Add report reads them.
REPORT = (
    "Armenia's Defence Ministry said Azerbaijani forces fired on positions near Sotk on 18 March.\n"
    "Separately, Azerbaijani forces shelled positions near Khachik on 17 March, wounding two soldiers.\n"
    "Azerbaijan's Defence Ministry said Armenian forces fired at positions near Kalbajar on 19 March.\n"
)


def _grid_rows() -> list[dict]:
    """Rows as the page holds them after edits: ``DataFrame.to_dict("records")`` of the grid (an Int64 count, NaN
    coordinates, numpy booleans), a day as a date, a place in another script."""
    frame = pd.DataFrame(
        {
            "save": np.array([False, True, True]),
            "date": ["2024-03-18", dt.date(2024, 3, 17), None],
            "place": ["Sotk", "Խաչիկ", None],
            "place found": [True, True, False],
            "latitude": [40.2, np.nan, 39.83948],
            "longitude": [45.9, np.nan, 45.67112],
            "claimant": ["Armenian MoD", "Armenian MoD", "Azərbaycan MN"],
            "weapons": ["", "mortars, drones", ""],
            "killed": pd.array([None, 4, None], dtype="Int64"),
            "wounded": pd.array([None, 2, pd.NA], dtype="Int64"),
        }
    )
    return frame.to_dict("records")


def _review(rows: list[dict], text: str = REPORT, **more) -> Review:
    return Review(text_digest(text), {"rows": rows_to_json(rows), **more})


def test_rows_with_edits_round_trip_through_the_draft(store: Store) -> None:
    rows = _grid_rows()
    store.save_draft(Draft(text=REPORT, outlet="Wire"))
    assert store.save_review(_review(rows, added=[{"day": dt.date(2024, 3, 19), "note": "ağır atəş — “Kut”"}]))

    kept = Store(store.path).draft()  # (a new session, or the app restarted)
    assert kept is not None and kept.review is not None and kept.review.digest == text_digest(REPORT)
    back = rows_from_json(kept.review.state["rows"])
    assert [row["save"] for row in back] == [False, True, True]
    assert [row["date"] for row in back] == ["2024-03-18", dt.date(2024, 3, 17), None]
    assert [row["place"] for row in back] == ["Sotk", "Խաչիկ", None]
    assert back[1]["latitude"] is None and back[1]["longitude"] is None  # NaN: an empty cell
    assert (back[2]["latitude"], back[2]["longitude"]) == (39.83948, 45.67112)
    assert [(row["killed"], row["wounded"]) for row in back] == [(None, None), (4, 2), (None, None)]
    assert all(type(row["killed"]) in (int, type(None)) and type(row["save"]) is bool for row in back)
    assert back[2]["claimant"] == "Azərbaycan MN"
    assert kept.review.state["added"] == [{"day": {"$date": "2024-03-19"}, "note": "ağır atəş — “Kut”"}]
    assert changed_rows(back, rows) == []  # (read back: the same cells)
    # the grid drawn from them again: the counts as the page's nullable integers
    frame = pd.DataFrame(back)
    assert list(pd.array(frame["killed"], dtype="Int64").fillna(-1)) == [-1, 4, -1]


def test_changed_rows_are_those_the_reviewer_edited() -> None:
    read = [
        {"save": True, "place": "Sotk", "killed": None, "latitude": 40.2, "weapons": ""},
        {"save": True, "place": "Khachik", "killed": None, "latitude": float("nan"), "weapons": ""},
        {"save": True, "place": "Kalbajar", "killed": None, "latitude": 40.1, "weapons": ""},
    ]
    edited = [
        {"save": np.bool_(False), "place": "Sotk", "killed": pd.NA, "latitude": 40.2, "weapons": None},  # unticked
        {"save": True, "place": "Khachik", "killed": np.int64(4), "latitude": None, "weapons": ""},  # a count typed
        {"save": True, "place": "Kalbajar", "killed": None, "latitude": np.float64(40.1), "weapons": ""},  # as read
        {"save": False, "place": "Kut", "killed": None, "latitude": None, "weapons": ""},  # a claim added
    ]
    assert changed_rows(edited, read) == [0, 1]


def test_the_review_stays_while_the_text_does_and_goes_with_another_text_or_the_draft(store: Store) -> None:
    store.save_draft(Draft(text=REPORT))
    assert store.save_review(_review(_grid_rows()))
    store.save_draft(Draft(text=REPORT, outlet="Wire", published="2024-03-20"))  # a field typed: the same report
    assert store.draft().review is not None  # type: ignore[union-attr]

    store.save_draft(Draft(text=REPORT + "A fourth sentence.", outlet="Wire"))  # the text changed
    kept = store.draft()
    assert kept is not None and kept.review is None
    with store.reading() as con:
        assert con.execute("SELECT review FROM drafts").fetchone()[0] is None  # dropped, not only ignored
    assert store.save_review(_review(_grid_rows())) is False  # (of the text before: not kept with this one)
    assert store.draft().review is None  # type: ignore[union-attr]

    store.save_draft(Draft(text=REPORT))
    assert store.save_review(_review(_grid_rows()))
    assert store.discard_draft() is True  # discarded, or the claims saved: the review goes with the draft
    assert store.draft() is None
    assert store.save_review(_review(_grid_rows())) is False  # (no draft: nothing to keep it with)
    with store.reading() as con:
        assert con.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 0

    store.save_draft(Draft(text=REPORT))
    assert store.save_review(_review(_grid_rows()))
    store.save_draft(Draft(text="  "))  # the text emptied
    assert store.draft() is None


def test_a_review_of_another_text_or_unreadable_is_not_restored(store: Store) -> None:
    store.save_draft(Draft(text=REPORT))
    with store.transaction(data=False) as con:  # (as a file written by hand, or by another version)
        con.execute("UPDATE drafts SET review = ?", (_review(_grid_rows(), text="another report").to_json(),))
    assert store.draft().review is None  # type: ignore[union-attr]
    for stored in ("{not json", json.dumps({"format": 99, "digest": text_digest(REPORT), "state": {}})):
        with store.transaction(data=False) as con:
            con.execute("UPDATE drafts SET review = ?", (stored,))
        kept = store.draft()
        assert kept is not None and kept.text == REPORT and kept.review is None
    assert store.drop_review() is True and store.drop_review() is False


def test_a_review_over_the_cap_is_refused_and_the_text_is_still_kept(store: Store) -> None:
    store.save_draft(Draft(text=REPORT))
    assert store.save_review(_review(_grid_rows()))
    version = store.data_version()
    big = _review(_grid_rows(), evidence="ş" * (MAX_REVIEW_BYTES // 2))  # counted in UTF-8 bytes
    with pytest.raises(ValidationError, match="at most 2 MB"):
        store.save_review(big)
    kept = store.draft()
    assert kept is not None and kept.text == REPORT and kept.review is not None  # (the one before: the page drops it)
    assert store.drop_review() is True
    kept = store.draft()
    assert kept is not None and kept.text == REPORT and kept.review is None
    assert store.data_version() == version  # (a review is no claim: every page's view of the claims stays)


def test_plain_refuses_what_json_cannot_hold_and_keeps_days_apart_from_text() -> None:
    with pytest.raises(TypeError):
        plain({"point": object()})
    with pytest.raises(TypeError):
        plain({1: "a row number as a key"})
    assert plain({"when": pd.Timestamp("2024-03-18 06:30"), "none": pd.NaT, "n": np.float64("inf")}) == {
        "when": {"$datetime": "2024-03-18T06:30:00"},
        "none": None,
        "n": None,
    }
    assert rows_from_json([{"date": {"$date": "2024-03-18"}, "text": "$date"}]) == [
        {"date": dt.date(2024, 3, 18), "text": "$date"}
    ]
    with pytest.raises(ValueError):
        rows_from_json({"rows": []})


def _v9_file(path: Path) -> None:
    """A file as schema 9 made it: the drafts table without ``review``, with a draft in it."""
    Store(path)
    con = sqlite3.connect(path)
    with con:
        con.execute("DROP TABLE drafts")
        con.execute(
            "CREATE TABLE drafts (slot INTEGER PRIMARY KEY CHECK (slot = 1), saved_at TEXT NOT NULL, text TEXT NOT NULL, "
            "published TEXT NOT NULL DEFAULT '', outlet TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', "
            "conflict TEXT NOT NULL DEFAULT '')"
        )
        con.execute(
            "INSERT INTO drafts VALUES (1, '2026-12-07T12:50:00+00:00', ?, '2024-03-20', 'Wire', '', 'detect')",
            (REPORT,),
        )
        con.execute("PRAGMA user_version = 9")
    con.close()


def test_a_schema_9_file_with_a_draft_keeps_it_and_gains_the_review_in_place_after_a_backup_copy(db_path: Path) -> None:
    _v9_file(db_path)

    store = Store(db_path)

    assert SCHEMA_VERSION == 10
    assert store.backup_path is not None and store.backup_path.name.startswith("incidents.db.bak-v9-")
    backup = sqlite3.connect(store.backup_path)
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 9
        assert [row[1] for row in backup.execute("PRAGMA table_info(drafts)")][-1] == "conflict"
        assert backup.execute("SELECT text FROM drafts").fetchone()[0] == REPORT
    finally:
        backup.close()
    kept = store.draft()
    assert kept is not None and (kept.text, kept.published, kept.outlet, kept.conflict) == (
        REPORT,
        "2024-03-20",
        "Wire",
        "detect",
    )
    assert kept.saved_at == dt.datetime(2026, 12, 7, 12, 50, tzinfo=dt.timezone.utc) and kept.review is None
    assert store.save_review(_review(_grid_rows()))
    assert Store(db_path).backup_path is None  # upgraded once: not copied again
    assert Store(db_path).draft().review is not None  # type: ignore[union-attr]
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 10
    finally:
        con.close()


def test_a_failed_upgrade_leaves_the_schema_9_draft_as_it_was(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One transaction: a migration that fails part-way changes nothing (the draft, the version, the table)."""
    from mapdata.errors import StoreError
    from mapdata.store import schema

    _v9_file(db_path)

    def broken(con: sqlite3.Connection) -> None:
        schema.add_missing_columns(con, "drafts", {"review": "TEXT"})
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(schema.MIGRATIONS, 9, broken)
    with pytest.raises(StoreError):
        Store(db_path)
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 9
        assert "review" not in [row[1] for row in con.execute("PRAGMA table_info(drafts)")]
        assert con.execute("SELECT text FROM drafts").fetchone()[0] == REPORT
    finally:
        con.close()
