"""Schema 5: an import batch records the file it read; files of schema 4 upgrade in place."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from mapdata.formats.importer import preview_import
from mapdata.store import SCHEMA_VERSION, Store
from mapdata.store.schema import FILE_COLUMNS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_version_4_file_upgrades_keeps_its_batches_and_records_the_next_import(tmp_path):
    # incidents-v4.db: incidents-v3.db opened once by commit 64f2b82 (schema 4), never rewritten.
    path = tmp_path / "incidents.db"
    shutil.copyfile(FIXTURES / "db" / "incidents-v4.db", path)
    old = sqlite3.connect(path)
    batches_before = old.execute("SELECT id, new FROM batches ORDER BY id").fetchall()
    old.close()

    store = Store(path)
    assert store.backup_path is not None and store.backup_path.name.startswith("incidents.db.bak-v4-")
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = {row[1] for row in con.execute("PRAGMA table_info(batches)")}
    assert set(FILE_COLUMNS) <= columns
    assert con.execute("SELECT id, new FROM batches ORDER BY id").fetchall() == batches_before
    assert con.execute("SELECT COUNT(*) FROM batches WHERE file_digest IS NOT NULL").fetchone()[0] == 0
    con.close()

    data = (FIXTURES / "acled_current_synthetic.csv").read_bytes()
    result = preview_import(data, store, filename="acled.csv").commit(store)
    con = sqlite3.connect(path)
    digest, rows, rejected, version = con.execute(
        "SELECT file_digest, rows, rejected, data_version FROM batches WHERE id = ?", (result.batch,)
    ).fetchone()
    con.close()
    assert (len(digest), rows, rejected, version) == (64, 5, 0, store.data_version())
