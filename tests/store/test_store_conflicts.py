"""The store keeps each claim's conflict; files from before conflicts existed upgrade in place."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from factories import make_claim
from mapdata.store import SCHEMA_VERSION, Store

# Databases written by earlier code, never rewritten: v1 (commit 51c7adb, before curation and
# conflicts: the 18 bundled claims and one manual claim) and v2 (commit 4e96f69, with curation:
# the same plus a verified claim and a retracted one).
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _columns(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[1] for row in con.execute("PRAGMA table_info(incidents)")]
    finally:
        con.close()


def _rows(path: Path, columns: list[str]) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT {', '.join(columns)} FROM incidents ORDER BY id").fetchall()
    finally:
        con.close()


def _version(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_database_upgrades_in_place_to_armenia_azerbaijan_after_a_backup(tmp_path: Path, version: int):
    path = tmp_path / "incidents.db"
    shutil.copyfile(FIXTURES / f"incidents-v{version}.db", path)
    old_columns = _columns(path)
    assert "conflict" not in old_columns and _version(path) == version
    before = _rows(path, old_columns)
    assert len(before) == 19

    store = Store(path)

    assert store.backup_path is not None and store.backup_path.name.startswith(f"incidents.db.bak-v{version}-")
    assert _version(store.backup_path) == version
    assert _rows(store.backup_path, old_columns) == before  # the copy is the old file, as it was
    assert _rows(path, old_columns) == before  # every value kept
    assert {row[0] for row in _rows(path, ["conflict"])} == {"armenia-azerbaijan"}
    assert _version(path) == SCHEMA_VERSION  # upgraded through every later version too
    con = sqlite3.connect(path)
    assert "incidents_conflict" in {row[1] for row in con.execute("PRAGMA index_list(incidents)")}
    con.close()
    assert {i.conflict for i in store.incidents()} == {"armenia-azerbaijan"}
    assert set(store.frame()["conflict"]) == {"armenia-azerbaijan"}
    # Opening again does not upgrade (or back up) twice.
    assert Store(path).backup_path is None


def test_claims_of_several_conflicts_are_saved_and_read_back(store: Store):
    loc = make_claim(conflict="india-pakistan", claimant="ISPR", reporting_side="Pakistan", accused_side="India")
    store.save([loc], origin="manual")
    saved = store.get(loc.id)
    assert saved is not None and saved.replace(batch=None) == loc
    frame = store.frame()
    assert frame.loc[frame["id"] == loc.id, "conflict"].tolist() == ["india-pakistan"]
    assert store.count() == 19
