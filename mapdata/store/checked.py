"""Whether the database file was already found whole in the state it is in now.

Opening a store runs SQLite's ``PRAGMA quick_check``, which reads every page: 0.8 s at 100,000
claims and about 10 s at a million, on every start of the app and every command. A file that
nothing has written since its last passing check need not be read again, so the passing check
is recorded beside the database (``<db>-checked.json``) with the file's state: its inode, size
and modification time, and the write-ahead log's while it holds anything. Any write through
SQLite changes that state and the next open checks again.

What this cannot see: a page damaged by the disk or by another program that keeps the file's
size and time. SQLite still refuses such a page when it is read; the full check comes back with
the next write, or at once by deleting the record.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from mapdata.store.snapshot import beside

__all__ = ["CHECKED_SUFFIX", "SETTLE_SECONDS", "damage_found", "file_state"]

CHECKED_SUFFIX = "-checked.json"
# A state is recorded only once the file's time is this far in the past: file systems keep
# times in coarse ticks, so a write right after a check could otherwise leave the same time.
SETTLE_SECONDS = 2.0


def file_state(db: Path) -> list[int]:
    """What any write changes: the file's inode, size and time, and its WAL's while not empty."""
    info = db.stat()
    state = [info.st_ino, info.st_size, info.st_mtime_ns]
    try:
        wal = beside(db, "-wal").stat()
    except FileNotFoundError:
        return state
    return state + [wal.st_size, wal.st_mtime_ns] if wal.st_size else state


def quick_check(con: sqlite3.Connection) -> list[str]:
    """SQLite's own check of every page (at most five problems); ``["ok"]`` when whole."""
    return [row[0] for row in con.execute("PRAGMA quick_check(5)")]


def damage_found(con: sqlite3.Connection, db: Path, record: Path | None) -> list[str]:
    """The problems SQLite finds in the file (none if whole), or none without reading it when
    ``record`` says it was found whole in the state it is in now. ``record`` None: always check
    (a read-only store keeps nothing beside its file)."""
    state = file_state(db)
    if record is not None and _recorded(record) == state:
        return []
    problems = quick_check(con)
    if problems != ["ok"]:
        return problems
    if record is not None and time.time() - state[2] / 1e9 >= SETTLE_SECONDS:
        _record(record, state)
    return []


def _recorded(record: Path) -> object:
    try:
        return json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _record(record: Path, state: list[int]) -> None:
    """Write the record whole or not at all; a record that cannot be written costs only time."""
    partial = record.with_name(f"{record.name}.{os.getpid()}.tmp")
    try:
        partial.write_text(json.dumps(state), encoding="utf-8")
        os.replace(partial, record)
    except OSError:
        partial.unlink(missing_ok=True)
