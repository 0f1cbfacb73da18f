"""Add report's draft (fix53): the report pasted and the fields beside it, kept in the database so a reload, a new
tab or a restarted app gives it back. One draft per database; one write one transaction, the claims' data version
left alone; bounded as the page's report is; a schema-8 file gains the table in place after a backup copy."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from mapdata.errors import StoreError, ValidationError
from mapdata.store import SCHEMA_VERSION, Store
from mapdata.store.drafts import MAX_DRAFT_BYTES, Draft

REPORT = "Our own words: the ministry said units fired on a post near Tovuz on Tuesday, wounding one soldier.\n"


def test_a_draft_is_saved_loaded_replaced_and_cleared(store: Store) -> None:
    assert store.draft() is None
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    kept = store.save_draft(Draft(text=REPORT, published="2026-12-01", outlet="Wire", url="https://x.org/a"))
    loaded = store.draft()
    assert loaded == kept and loaded is not None
    assert (loaded.text, loaded.published, loaded.outlet, loaded.url, loaded.conflict) == (
        REPORT,
        "2026-12-01",
        "Wire",
        "https://x.org/a",
        "",
    )
    assert loaded.saved_at is not None and before <= loaded.saved_at <= dt.datetime.now(dt.timezone.utc)

    store.save_draft(Draft(text="A second report.", conflict="india-pakistan"))
    again = store.draft()
    assert again is not None and (again.text, again.outlet, again.conflict) == (
        "A second report.",
        "",
        "india-pakistan",
    )
    with store.reading() as con:  # one draft per database
        assert con.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 1

    assert store.discard_draft() is True
    assert store.draft() is None
    assert store.discard_draft() is False


def test_an_emptied_form_removes_the_draft(store: Store) -> None:
    store.save_draft(Draft(text=REPORT))
    assert store.save_draft(Draft(text="  \n", outlet="Wire")).empty  # (the fields alone are no report)
    assert store.draft() is None


def test_a_draft_write_leaves_the_claims_data_version_and_survives_a_new_store(db_path: Path) -> None:
    store = Store(db_path)
    version = store.data_version()
    store.save_draft(Draft(text=REPORT))
    store.discard_draft()
    store.save_draft(Draft(text=REPORT + "More.", outlet="Wire"))
    assert store.data_version() == version  # (every page's view of the claims stays current)
    reopened = Store(db_path)  # the app restarted
    assert reopened.draft() is not None and reopened.draft().outlet == "Wire"  # type: ignore[union-attr]


def test_a_draft_over_the_cap_is_refused_and_writes_nothing(store: Store) -> None:
    store.save_draft(Draft(text=REPORT))
    at_cap = "x" * (MAX_DRAFT_BYTES - len("Wire"))
    assert store.save_draft(Draft(text=at_cap, outlet="Wire")).text == at_cap  # the cap itself is kept
    over = "é" * (MAX_DRAFT_BYTES // 2 + 1)  # counted in UTF-8 bytes, as the upload's cap is
    with pytest.raises(ValidationError, match="at most 2 MB"):
        store.save_draft(Draft(text=over))
    kept = store.draft()
    assert kept is not None and kept.text == at_cap  # (refused: the draft before stays, the page removes it)


def test_a_read_only_store_reads_the_draft_and_refuses_to_write_one(db_path: Path) -> None:
    Store(db_path).save_draft(Draft(text=REPORT))
    read_only = Store(db_path, read_only=True)
    assert read_only.draft() is not None
    with pytest.raises(StoreError, match="read-only"):
        read_only.save_draft(Draft(text="another"))
    with pytest.raises(StoreError, match="read-only"):
        read_only.discard_draft()


def _v8_file(path: Path) -> int:
    """A file as schema 8 made it (no drafts table); how many claims it holds."""
    Store(path)
    con = sqlite3.connect(path)
    with con:
        con.execute("DROP TABLE drafts")
        con.execute("PRAGMA user_version = 8")
        claims = con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
    con.close()
    return claims


def test_a_schema_8_file_gains_the_drafts_table_in_place_after_a_backup_copy(db_path: Path) -> None:
    claims = _v8_file(db_path)
    assert claims > 0

    store = Store(db_path)

    assert SCHEMA_VERSION >= 9  # (and on to the latest: 10 keeps the review with it, fix54)
    assert store.backup_path is not None and store.backup_path.name.startswith("incidents.db.bak-v8-")
    backup = sqlite3.connect(store.backup_path)
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 8
        assert backup.execute("SELECT name FROM sqlite_master WHERE name = 'drafts'").fetchone() is None
        assert backup.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == claims
    finally:
        backup.close()
    assert store.count(include_retracted=True) == claims
    assert store.draft() is None
    store.save_draft(Draft(text=REPORT))
    assert Store(db_path).backup_path is None  # upgraded once: not copied again
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        con.close()
