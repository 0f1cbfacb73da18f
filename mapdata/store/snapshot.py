"""A columnar copy of the claims table kept beside the database, named by its data version.

Why: reading 100,000 claims out of SQLite takes seconds (a Python tuple per row) and a million
takes half a minute, on every server start and after every change; an Arrow file is
memory-mapped in milliseconds and its text is never copied into the process (issue 17). The
database stays the store of record: the snapshot is a cache made from it, checked against it on
every read and rebuilt when in doubt, so it may be deleted at any time.

* Two files: ``<db>-snapshot.arrow`` (the claims) and ``<db>-snapshot.json`` (its stamp: the
  data version it holds and that version's random token from the ``versions`` table, so a copy
  of another file, or a restored backup that reached the same version number again, is never
  taken for this file's). Both name the same random content id: a table and a stamp from two
  different writes do not match, and the database is read instead.
* When the store has moved on, only the claims written since (``changed_version``, set by every
  write) are read and merged in; when none was (a re-import that changed nothing), only the
  stamp is rewritten; otherwise the whole table is read, a chunk at a time.
* A bulk write of new claims (``Store.save`` of :data:`~mapdata.store.database.BULK_NEW` or more)
  keeps the rows it writes, as Arrow, in ``<db>-written.arrow`` (stamped like the snapshot in
  ``<db>-written.json``, once committed): the next snapshot is made from them and the few claims
  written before, instead of reading a million rows back out of SQLite (~6 s; issue 17).
* Each file is written beside its place and renamed over it, so a reader never sees half a
  file; a folder that cannot be written (a read-only store) only means no snapshot is kept.
* The live claims come first, each part by date and id: the live claims are one slice of the
  table, taken without copying a byte.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from mapdata.store.frames import batch_of_rows, read_incidents_table
from mapdata.store.schema import SCHEMA_VERSION

__all__ = [
    "ORDER",
    "SNAPSHOT_SUFFIX",
    "STAMP_ATTR",
    "STAMP_SUFFIX",
    "Snapshot",
    "Stamp",
    "WrittenRows",
    "beside",
    "by_date",
    "claims_table",
    "current_stamp",
    "live_claims",
    "read_snapshot",
    "snapshot_path",
    "stamp_path",
    "written_stamp",
]

SNAPSHOT_SUFFIX = "-snapshot.arrow"
STAMP_SUFFIX = "-snapshot.json"
WRITTEN_SUFFIX = "-written.arrow"  # the rows of the last bulk write (see WrittenRows)
WRITTEN_STAMP_SUFFIX = "-written.json"
STAMP_ATTR = "data_stamp"  # the key of a frame's ``attrs`` that names the state it was read in
ORDER = [("date", "ascending"), ("id", "ascending")]  # as Store.frame has always returned claims
_FORMAT = 2  # of the files; with the schema version, a mismatch means "read the database" (2: large_string text)
_CONTENT_KEY = b"mapdata.snapshot.content"
ABANDONED_AFTER = 3600.0  # seconds since a temporary file was last written: its writer is gone
_RETRACTED = "_retracted"
_MAX_RUNS = 4096  # runs of rows in order sliced out of a table to order it (more: it is sorted)
_FULL_READ = "SELECT {columns} FROM incidents ORDER BY retracted_at IS NOT NULL, date, id"


@dataclass(frozen=True)
class Stamp:
    """Which state of which file a table holds: a data version and that version's token."""

    version: int
    token: str

    def __str__(self) -> str:
        return f"{self.version}:{self.token}"


@dataclass(frozen=True)
class Snapshot:
    """The claims at one state of the file, and the id of the Arrow file holding them."""

    stamp: Stamp
    table: pa.Table
    content: str


def beside(db: Path, suffix: str) -> Path:
    """A file kept beside the database at ``db``, named like SQLite's own (``<name>-wal``)."""
    return db.with_name(db.name + suffix)


def snapshot_path(db: Path) -> Path:
    """Where the snapshot's claims are kept."""
    return beside(db, SNAPSHOT_SUFFIX)


def stamp_path(db: Path) -> Path:
    """Where the snapshot's stamp is kept."""
    return beside(db, STAMP_SUFFIX)


def current_stamp(con: sqlite3.Connection) -> Stamp:
    """The file's data version and its token ("" for a version without one: never matched)."""
    row = con.execute("SELECT COALESCE(MAX(CAST(value AS INTEGER)), 0) FROM meta WHERE key = 'data_version'").fetchone()
    version = int(row[0])
    token = con.execute("SELECT token FROM versions WHERE version = ?", (version,)).fetchone()
    return Stamp(version, token[0] if token else "")


def _ancestor(con: sqlite3.Connection, earlier: Stamp, now: Stamp) -> bool:
    """Whether ``earlier`` is a past state of this very file (its version's token is on record)."""
    if not earlier.token or earlier.version >= now.version:
        return False
    row = con.execute("SELECT token FROM versions WHERE version = ?", (earlier.version,)).fetchone()
    return row is not None and row[0] == earlier.token


def read_snapshot(db: Path) -> Snapshot | None:
    """The snapshot of the database at ``db`` (memory-mapped); None if absent, unreadable, made
    by another schema or format, or not the table its stamp names."""
    return _read_stamped(snapshot_path(db), stamp_path(db))


def _read_stamped(arrow: Path, stamp: Path) -> Snapshot | None:
    """The table in ``arrow`` and the state ``stamp`` names (see :func:`read_snapshot`)."""
    try:
        meta = json.loads(stamp.read_text("utf-8"))
        if meta.get("format") != _FORMAT or meta.get("schema") != SCHEMA_VERSION:
            return None
        table = pa.ipc.open_file(pa.memory_map(str(arrow))).read_all()
        content = str(meta["content"])
        if (table.schema.metadata or {}).get(_CONTENT_KEY) != content.encode():
            return None
        return Snapshot(Stamp(int(meta["version"]), str(meta["token"])), table.replace_schema_metadata(None), content)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, pa.ArrowException):
        return None


def _write_snapshot(db: Path, table: pa.Table | None, stamp: Stamp, content: str) -> bool:
    """Write ``table`` (None: the one on disk is still right) and then the stamp naming it;
    False if the folder refuses."""
    if table is not None:
        marked = table.replace_schema_metadata({_CONTENT_KEY: content.encode()})
        if not _replace(snapshot_path(db), lambda out: _write_arrow(out, marked)):
            return False
    return _write_stamp(stamp_path(db), stamp, content)


def _write_stamp(path: Path, stamp: Stamp, content: str) -> bool:
    meta = {"format": _FORMAT, "schema": SCHEMA_VERSION, "version": stamp.version, "token": stamp.token}
    text = json.dumps({**meta, "content": content})
    return _replace(path, lambda out: out.write(text.encode("utf-8")))


def _write_arrow(out: BinaryIO, table: pa.Table) -> None:
    with pa.ipc.new_file(out, table.schema) as writer:
        writer.write_table(table, max_chunksize=65_536)


def _replace(path: Path, write: Callable[[BinaryIO], object]) -> bool:
    """Write a file beside ``path`` and rename it over ``path`` (never half a file there)."""
    _remove_abandoned(path)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(temporary, path)
        return True
    except (OSError, pa.ArrowException):
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return False


def _remove_abandoned(path: Path) -> None:
    """Delete what a killed writer left beside ``path`` (a snapshot of a million claims is a
    gigabyte); a file still being written by another process is younger than ABANDONED_AFTER."""
    now = time.time()
    for left in path.parent.glob(glob.escape(path.name) + ".*.tmp"):
        with contextlib.suppress(OSError):
            if now - left.stat().st_mtime > ABANDONED_AFTER:
                left.unlink()


def claims_table(con: sqlite3.Connection, db: Path, columns: str, *, keep: bool = True) -> tuple[Stamp, pa.Table]:
    """Every claim as an Arrow table, the live ones first (each part by date and id), from the
    snapshot where it is current, else from the database (only the claims changed since the
    snapshot, where it is of this file's history). With ``keep``, a refreshed snapshot is
    written and read back memory-mapped, so the table's text lives in the page cache.

    ``con`` is the caller's connection; the version and the rows are read in one transaction,
    and the stamp returned is theirs.
    """
    cached = read_snapshot(db)
    written = _read_stamped(beside(db, WRITTEN_SUFFIX), beside(db, WRITTEN_STAMP_SUFFIX))
    con.execute("BEGIN")
    try:
        stamp = current_stamp(con)
        if cached is not None and cached.stamp == stamp and stamp.token:
            return stamp, cached.table
        table, changed, adopt = None, -1, None
        if written is not None and written.stamp == stamp and stamp.token:
            table = _with_written(con, columns, written.table, stamp.version)
            if table is written.table:  # every claim is one the write kept, in order: its file is the snapshot
                adopt = written.content
        if table is None and cached is not None and _ancestor(con, cached.stamp, stamp):
            table, changed = _merged(con, columns, cached.table, cached.stamp.version)
        if table is None:
            table = read_incidents_table(con, _FULL_READ.format(columns=columns))
    finally:
        con.execute("COMMIT")
    del written  # (its memory map)
    if not (keep and stamp.token):
        return stamp, table
    if adopt is not None and _adopt_written(db, stamp, adopt) and (again := read_snapshot(db)) and again.stamp == stamp:
        return stamp, again.table
    if changed == 0 and cached is not None:  # no claim written since: only the stamp moves on
        _write_snapshot(db, None, stamp, cached.content)
        return stamp, table
    if _write_snapshot(db, table, stamp, uuid.uuid4().hex) and (again := read_snapshot(db)) and again.stamp == stamp:
        # The table read from the database (a million claims: ~1 GB) is let go of for the one mapped
        # from the file; Arrow's allocator keeps freed memory for reuse unless told to give it back
        # (after an import the map's preparation peaked at 2.2 GB with it, 1.6 GB without).
        del table
        pa.default_memory_pool().release_unused()
        _forget_written(db, stamp)
        return stamp, again.table
    return stamp, table


def _live_first(table: pa.Table) -> pa.Table:
    keyed = table.append_column(_RETRACTED, pc.is_valid(table["retracted_at"]))
    return keyed.sort_by([(_RETRACTED, "ascending"), *ORDER]).drop_columns([_RETRACTED])


def live_claims(table: pa.Table) -> pa.Table:
    """The claims not retracted, of a table ordered as :func:`claims_table` returns it."""
    return table.slice(0, table["retracted_at"].null_count)


def by_date(table: pa.Table) -> pa.Table:
    """Every claim of such a table, live or retracted, by date and id."""
    if table["retracted_at"].null_count == table.num_rows:
        return table
    return table.take(pc.sort_indices(table, sort_keys=ORDER))


def _merged(con: sqlite3.Connection, columns: str, old: pa.Table, version: int) -> tuple[pa.Table | None, int]:
    """``old`` with the claims written after ``version`` put in (replacing their old rows), and
    how many there were; no table where that cannot be trusted (another column type, or rows
    gone from the database)."""
    changed = read_incidents_table(con, f"SELECT {columns} FROM incidents WHERE changed_version > ?", (version,))
    (count,) = con.execute("SELECT COUNT(*) FROM incidents").fetchone()
    if changed.num_rows == 0:
        return (old if old.num_rows == count else None), 0
    try:
        kept = old.filter(pc.invert(pc.is_in(old["id"], value_set=changed["id"].combine_chunks())))
        merged = _live_first(pa.concat_tables([kept, changed.cast(kept.schema)]))
    except (pa.ArrowException, ValueError):
        return None, changed.num_rows
    return (merged if merged.num_rows == count else None), changed.num_rows


def _with_written(con: sqlite3.Connection, columns: str, written: pa.Table, version: int) -> pa.Table | None:
    """Every claim, ordered, from the rows a bulk write at ``version`` (the file's present state)
    kept as it wrote them and the claims written before it, read from the database; None where
    the counts or columns do not match (the whole table is read then)."""
    if written.column_names != [name.strip() for name in columns.split(",")] or not written.num_rows:
        return None
    # The write's rows are the claims it created (its batch) with its version: only new claims
    # are kept (a claim it updated keeps its created_batch). The claims it did not write are read.
    batch = written["batch"][0].as_py()
    (count,) = con.execute("SELECT COUNT(*) FROM incidents").fetchone()
    others = read_incidents_table(
        con,
        f"SELECT {columns} FROM incidents WHERE changed_version IS NOT ? OR created_batch IS NOT ?",
        (version, batch),
    )
    if others.num_rows + written.num_rows != count:
        return None
    try:
        return _ordered(pa.concat_tables([others.cast(written.schema), written]) if others.num_rows else written)
    except (pa.ArrowException, ValueError):
        return None


def _ordered(table: pa.Table) -> pa.Table:
    """``table`` in the snapshot's order (:func:`_live_first`). Where it lies in few runs already in
    that order (a bulk write's rows are kept by date and id: only the claims written before fall
    elsewhere), the runs are sliced out without copying a byte: Arrow's take over a million rows
    in many chunks joined them first (3.7 s, and twice the memory)."""
    keyed = table.append_column(_RETRACTED, pc.is_valid(table["retracted_at"]))
    order = pc.sort_indices(keyed, sort_keys=[(_RETRACTED, "ascending"), *ORDER]).to_numpy()
    if order.size == 0 or (order[0] == 0 and (np.diff(order) == 1).all()):
        return table
    breaks = np.flatnonzero(np.diff(order) != 1) + 1  # where a run of rows in order ends
    if len(breaks) >= _MAX_RUNS:
        return table.take(order)
    starts = np.concatenate(([0], breaks)).tolist()
    ends = [*breaks.tolist(), order.size]
    return pa.concat_tables([table.slice(int(order[a]), b - a) for a, b in zip(starts, ends)])


def _adopt_written(db: Path, stamp: Stamp, content: str) -> bool:
    """Make the rows a bulk write kept the snapshot (they are all its claims, in its order): renamed,
    not written again (a gigabyte at a million claims)."""
    try:
        os.replace(beside(db, WRITTEN_SUFFIX), snapshot_path(db))
    except OSError:
        return False
    if not _write_stamp(stamp_path(db), stamp, content):
        return False
    _forget_written(db, stamp)
    return True


def _forget_written(db: Path, stamp: Stamp) -> None:
    """Delete the rows kept by a bulk write once a snapshot of ``stamp`` (its state or a later one)
    holds them: they are a gigabyte at a million claims."""
    path = beside(db, WRITTEN_STAMP_SUFFIX)
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        if int(json.loads(path.read_text("utf-8"))["version"]) <= stamp.version:
            path.unlink()
            beside(db, WRITTEN_SUFFIX).unlink(missing_ok=True)


def written_stamp(con: sqlite3.Connection, version: int) -> Stamp:
    """The stamp of a committed data ``version`` of the file (its token read back)."""
    row = con.execute("SELECT token FROM versions WHERE version = ?", (version,)).fetchone()
    return Stamp(version, row[0] if row else "")


class WrittenRows:
    """The rows one bulk write puts into the claims table, kept as Arrow as they are written
    (``<db>-written.arrow``, a chunk at a time: memory bounded by a chunk), so that the next
    snapshot needs not read them back (see :func:`claims_table`). Published with the stamp of
    the state the write committed; a write that fails, or rows Arrow cannot hold as
    :func:`read_incidents_table` would, leave nothing."""

    def __init__(self, db: Path, names: Sequence[str]):
        self.db = db
        self.names = list(names)
        self.version: int | None = None  # the data version the write commits (set when started)
        self.rows = 0
        self._content = uuid.uuid4().hex
        self._temporary: str | None = None
        self._out: BinaryIO | None = None
        self._writer: pa.ipc.RecordBatchFileWriter | None = None
        self._usable = False

    def start(self, version: int) -> None:
        """Keep the rows of this write, which commits data version ``version``."""
        self.version, self._usable = version, True

    def add(self, columns: Sequence[Sequence[object]]) -> None:
        """Keep rows written (one sequence of values per name, in order)."""
        if not self._usable or not columns or not columns[0]:
            return
        batch = batch_of_rows(self.names, columns)
        if batch is None:
            self.discard()
            return
        try:
            if self._writer is None:
                path = beside(self.db, WRITTEN_SUFFIX)
                _remove_abandoned(path)
                handle, self._temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
                self._out = os.fdopen(handle, "wb")
                schema = batch.schema.with_metadata({_CONTENT_KEY: self._content.encode()})
                self._writer = pa.ipc.new_file(self._out, schema)
            self._writer.write_batch(batch)
            self.rows += batch.num_rows
            # Arrow's allocator keeps what a chunk's columns took for reuse: given back, the import's
            # peak stays where it was without kept rows (1,000,000: 1,978 -> 1,942 MB; 1,930 before).
            del batch
            pa.default_memory_pool().release_unused()
        except (OSError, pa.ArrowException):
            self.discard()

    def publish(self, stamp: Stamp) -> None:
        """The write committed ``stamp``: put the rows beside the database, then the stamp naming them."""
        if not (self._usable and self._writer is not None and self._temporary and stamp.token):
            self.discard()
            return
        try:
            self._close()
            os.replace(self._temporary, beside(self.db, WRITTEN_SUFFIX))
            self._temporary = None
            _write_stamp(beside(self.db, WRITTEN_STAMP_SUFFIX), stamp, self._content)
        except (OSError, pa.ArrowException):
            self.discard()

    def discard(self) -> None:
        """Keep nothing (the write failed, or its rows cannot be kept)."""
        self._usable = False
        with contextlib.suppress(OSError, pa.ArrowException):
            self._close()
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._temporary)
            self._temporary = None

    def _close(self) -> None:
        writer, out = self._writer, self._out
        self._writer = self._out = None
        try:
            if writer is not None:
                writer.close()
        finally:
            if out is not None:
                out.close()
