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
from mapdata.store import Store, snapshot
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
