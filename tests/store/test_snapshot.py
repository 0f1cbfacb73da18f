"""The columnar snapshot beside the database: always what the database holds, refreshed by
reading only what changed, and never taken from another file's history (issue 17)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from factories import make_claim
from mapdata.errors import StoreError
from mapdata.store import Store, database, snapshot
from mapdata.store.frames import frame_from_table, read_incidents_table

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _straight_from_sqlite(store: Store) -> pd.DataFrame:
    """Every claim as the database holds it, read without any snapshot."""
    columns = ", ".join(store.frame(include_retracted=True).columns)
    con = sqlite3.connect(store.path)
    try:
        return frame_from_table(read_incidents_table(con, f"SELECT {columns} FROM incidents ORDER BY date, id"))
    finally:
        con.close()


def _same_as_database(store: Store) -> None:
    everything = store.frame(include_retracted=True)
    pd.testing.assert_frame_equal(everything, _straight_from_sqlite(store))
    live = store.frame()
    assert live["retracted_at"].isna().all()
    assert len(live) == store.count()


@pytest.fixture
def rows_read(monkeypatch) -> list[int]:
    """How many rows each read of the database returned (a full read returns them all)."""
    counts: list[int] = []
    real = snapshot.read_incidents_table

    def counting(*args, **kwargs):
        table = real(*args, **kwargs)
        counts.append(table.num_rows)
        return table

    monkeypatch.setattr(snapshot, "read_incidents_table", counting)
    return counts


def _claims(n: int, **changes) -> list:
    return [make_claim(**{"date": f"2023-05-{1 + k % 28:02d}", "place": f"Village {k}", **changes}) for k in range(n)]


def test_the_frame_uses_the_snapshots_text_where_it_lies_without_a_copy(tmp_path):
    """Text was stored as Arrow string and cast to pandas' large_string on every read: 0.4-0.6 s
    at a million claims, and new offsets (8 bytes a value: ~200 MB). Now the frame holds the mapped file's own."""
    store = Store(tmp_path / "incidents.db")
    store.save(_claims(400, summary="Shelling of the village was reported. " * 50))
    store.frame()  # writes the snapshot
    mapped = snapshot.read_snapshot(store.path)
    assert mapped is not None and mapped.table.schema.field("summary").type == pa.large_string()
    frame = frame_from_table(mapped.table)  # what Store.frame makes of it
    in_file = {chunk.buffers()[1].address for chunk in mapped.table["summary"].chunks}  # the offsets
    in_frame = {chunk.buffers()[1].address for chunk in frame["summary"].array._pa_array.chunks}
    assert in_frame and in_frame <= in_file
    pd.testing.assert_frame_equal(frame, Store(store.path).frame())


def test_a_snapshot_is_kept_beside_the_file_and_read_instead_of_the_table(tmp_path, rows_read):
    store = Store(tmp_path / "incidents.db")
    store.save(_claims(40))
    first = store.frame()
    assert snapshot.snapshot_path(store.path).is_file()
    assert rows_read == [58]  # the 18 bundled claims and the 40 saved: one full read

    again = Store(store.path).frame()  # as after a server restart

    assert rows_read == [58]  # nothing read from the table
    pd.testing.assert_frame_equal(first, again)
    _same_as_database(store)


def test_every_kind_of_write_is_in_the_next_read_and_only_what_changed_is_read(tmp_path, rows_read):
    store = Store(tmp_path / "incidents.db")
    saved = store.save(_claims(30), label="first import")
    store.frame()
    ids = saved.new

    steps = [
        lambda: store.save(_claims(3, source="Another outlet")),  # 3 new claims
        lambda: store.save([make_claim(date="2023-05-01", place="Village 0", killed=2)]),  # changes claim 0
        lambda: store.edit(ids[1], {"summary": "Shelling reported at dawn."}, who="t"),
        lambda: store.review([ids[2], ids[3]], "verified", "checked against the bulletin", who="t"),
        lambda: store.retract([ids[4]], "duplicate of another claim", who="t"),
        lambda: store.restore([ids[4]], who="t"),
        lambda: store.retract_batch(saved.batch, "a wrong file", who="t"),
        lambda: store.restore_batch(saved.batch, who="t"),
        lambda: store.merge(ids[5], make_claim(source="Third outlet", source_url="https://example.org/3"), who="t"),
    ]
    for step in steps:
        rows_read.clear()
        step()
        _same_as_database(store)
        assert rows_read and rows_read[0] <= 30, rows_read  # the changed claims only, never all 51


def test_a_snapshot_of_another_file_or_of_a_restored_history_is_not_used(tmp_path):
    store = Store(tmp_path / "incidents.db")
    store.save(_claims(5))
    store.frame()
    backup = tmp_path / "backup.db"
    shutil.copyfile(store.path, backup)
    # Two writes reach version n + 2 with these claims; the snapshot is made there.
    store.save(_claims(2, source="Later outlet"))
    store.retract([store.frame()["id"].iloc[0]], "wrong", who="t")
    store.frame()
    version = store.data_version()
    # The backup is copied back and written twice: the same version number, other claims.
    shutil.copyfile(backup, store.path)
    restored = Store(store.path)
    restored.save(_claims(1, source="Other outlet", place="Elsewhere"))
    restored.save(_claims(1, source="Other outlet", place="Elsewhere again"))
    assert restored.data_version() == version

    _same_as_database(restored)
    assert set(restored.frame()["source"]) >= {"Other outlet"}
    assert "Later outlet" not in set(restored.frame()["source"])


def test_a_damaged_snapshot_is_rebuilt_from_the_database(tmp_path):
    store = Store(tmp_path / "incidents.db")
    store.save(_claims(5))
    store.frame()
    path = snapshot.snapshot_path(store.path)
    path.write_bytes(path.read_bytes()[:500])  # cut short, as by a full disk

    _same_as_database(store)
    assert snapshot.read_snapshot(store.path) is not None  # written again, whole


def test_a_write_that_changes_no_claim_moves_only_the_stamp(tmp_path, rows_read):
    store = Store(tmp_path / "incidents.db")
    claims = _claims(5)
    store.save(claims)
    store.frame()
    table = snapshot.snapshot_path(store.path)
    before = table.stat()
    rows_read.clear()

    result = store.save(claims)  # the same file imported again: a batch record, no claim written

    assert result.unchanged and not result.new and not result.updated
    _same_as_database(store)
    assert rows_read[0] == 0
    after = table.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # not rewritten
    assert snapshot.read_snapshot(store.path).stamp.version == store.data_version()


def test_a_stamp_that_names_another_table_is_not_trusted(tmp_path, rows_read):
    store = Store(tmp_path / "incidents.db")
    store.save(_claims(5))
    store.frame()
    stamp = snapshot.stamp_path(store.path)
    stamp.write_text(stamp.read_text("utf-8").replace('"content": "', '"content": "0'), "utf-8")
    rows_read.clear()

    _same_as_database(store)
    assert rows_read[0] == 23  # read whole from the database


def test_what_a_killed_writer_left_is_removed_at_the_next_write(tmp_path):
    store = Store(tmp_path / "incidents.db")
    path = snapshot.snapshot_path(store.path)
    abandoned, busy = (path.with_name(f"{path.name}.{name}.tmp") for name in ("abandoned", "busy"))
    for left in (abandoned, busy):
        left.write_bytes(b"half a snapshot")
    hour_ago = time.time() - snapshot.ABANDONED_AFTER - 60
    os.utime(abandoned, (hour_ago, hour_ago))

    store.save(_claims(2))
    store.frame()

    assert not abandoned.exists()
    assert busy.exists()  # another process may still be writing it


def test_a_read_only_store_reads_the_database_and_writes_no_snapshot(tmp_path):
    path = tmp_path / "incidents.db"
    Store(path).save(_claims(5))
    reader = Store(path, read_only=True)

    assert len(reader.frame()) == 23
    assert not snapshot.snapshot_path(path).exists()


def test_a_version_3_file_upgrades_and_its_first_snapshot_holds_every_claim(tmp_path, rows_read):
    # incidents-v3.db: incidents-v2.db opened once by commit c2b92aa (schema 3), never rewritten.
    path = tmp_path / "incidents.db"
    shutil.copyfile(FIXTURES / "incidents-v3.db", path)
    store = Store(path)
    assert store.backup_path is not None and store.backup_path.name.startswith("incidents.db.bak-v3-")

    _same_as_database(store)
    assert len(store.frame(include_retracted=True)) == 19
    store.retract([store.frame()["id"].iloc[0]], "test", who="t")
    rows_read.clear()
    _same_as_database(store)
    assert rows_read[0] == 1  # after the upgrade, a write is read alone


def _varied_claims(n: int, prefix: str) -> list:
    """Claims whose columns hold every kind of value a row can: missing ones, counts, weapons,
    non-ASCII text and extra fields, dates out of id order."""
    return [
        make_claim(
            date=f"2023-{1 + k % 12:02d}-{1 + (7 * k) % 28:02d}",
            place=None if k % 5 == 0 else f"{prefix} Village {k} (Ağdam)",
            killed=k % 3 or None,
            wounded=None if k % 4 else 1_000_000,
            weapons=("mortar", "drone") if k % 2 else (),
            published=None if k % 3 else "2023-06-01",
            summary=f"Shelling near «{prefix}» {k}.",
            extra={"acled_event_id": f"{prefix}{k}", "notes": "тест", "n": k} if k % 4 else {},
        )
        for k in range(n)
    ]


def test_a_bulk_import_keeps_the_rows_it_writes_and_the_snapshot_made_from_them_is_the_table(
    tmp_path, monkeypatch, rows_read
):
    """Issue 17: the snapshot after a big first import is made from the rows the write kept,
    not from the table read back (a million rows: ~6 s); it must hold exactly what SQLite holds,
    the claims written before it (retracted ones too) included."""
    monkeypatch.setattr(database, "BULK_NEW", 30)
    store = Store(tmp_path / "incidents.db")
    store.retract([store.frame()["id"].iloc[0]], "wrong place", who="t")  # an older claim, retracted
    claims = _varied_claims(40, "A")
    planned = store.classify(claims)
    written = snapshot.beside(store.path, snapshot.WRITTEN_SUFFIX)

    result = store.save(claims, planned=planned)

    assert len(result.new) == 40 and written.is_file()
    rows_read.clear()
    _same_as_database(store)
    assert rows_read[0] == 18  # the bundled claims alone were read from the table
    assert not written.exists()  # the snapshot holds them now
    assert store.frame(include_retracted=True)["retracted_at"].notna().sum() == 1

    # A new file: its example claims were stored with the data version the import writes too.
    fresh = Store(tmp_path / "fresh.db")
    fresh.save(claims, planned=fresh.classify(claims))
    rows_read.clear()
    _same_as_database(fresh)
    assert rows_read[0] == 18


def test_a_bulk_write_that_also_updates_or_fails_keeps_no_rows(tmp_path, monkeypatch, rows_read):
    monkeypatch.setattr(database, "BULK_NEW", 30)
    store = Store(tmp_path / "incidents.db")
    first = _varied_claims(2, "A")
    store.save(first)
    written = snapshot.beside(store.path, snapshot.WRITTEN_SUFFIX)
    # New claims and an update of a stored one (its curation is kept, not the defaults).
    store.review([first[0].id], "verified", "checked", who="t")
    claims = [*_varied_claims(40, "B"), make_claim(**{**first[0].to_record(), "killed": 7})]
    store.save(claims, planned=store.classify(claims))
    assert not written.exists()
    _same_as_database(store)

    # A write that fails after its rows were written (here: rebuilding the indexes) leaves the
    # store, and nothing beside it, as it was.
    before = store.frame(include_retracted=True)
    drop = database._drop_indexes
    monkeypatch.setattr(database, "_drop_indexes", lambda con: [*drop(con), "CREATE INDEX broken ON nowhere(x)"])
    kept: list[int] = []
    add = snapshot.WrittenRows.add
    monkeypatch.setattr(snapshot.WrittenRows, "add", lambda self, columns: (add(self, columns), kept.append(self.rows)))
    failing = _claims(80, source="Another outlet")  # more than the table holds: a bulk write
    with pytest.raises(StoreError):
        store.save(failing, planned=store.classify(failing))
    assert kept == [80]  # the rows had been kept
    assert not written.exists()
    assert not list(tmp_path.glob("*.tmp"))
    pd.testing.assert_frame_equal(store.frame(include_retracted=True), before)


def test_the_rows_of_a_first_bulk_import_into_an_empty_file_become_the_snapshot_as_they_are(
    tmp_path, monkeypatch, rows_read
):
    """Every claim is one the write kept, already by date and id: its file is renamed into place,
    not written again (a gigabyte at a million claims)."""
    monkeypatch.setattr(database, "BULK_NEW", 30)
    store = Store(tmp_path / "incidents.db", seed=False)
    claims = _varied_claims(40, "A")
    store.save(claims, planned=store.classify(claims))
    kept = snapshot.beside(store.path, snapshot.WRITTEN_SUFFIX).stat()
    rows_read.clear()

    _same_as_database(store)

    assert rows_read[0] == 0  # no claim read from the table
    made = snapshot.snapshot_path(store.path).stat()
    assert made.st_ino == kept.st_ino  # the very file the write kept
    assert not snapshot.beside(store.path, snapshot.WRITTEN_STAMP_SUFFIX).exists()
