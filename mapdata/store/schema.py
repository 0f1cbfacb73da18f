"""The database's schema: its tables, its version number, and the steps that upgrade older files.

Kept apart from reads and writes (``database.py``) so a schema change is one place to look:
bump ``SCHEMA_VERSION``, add ``MIGRATIONS[old]`` (it runs inside the upgrade transaction,
after the backup copy), and extend ``DDL`` for new files.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from mapdata.errors import StoreError
from mapdata.model import FIELDS

__all__ = ["CREATED_NAME", "DDL", "MIGRATIONS", "SCHEMA_VERSION", "backup_copy", "create_tables"]

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS incidents (
    id TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    place TEXT,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    geo_precision TEXT NOT NULL,
    admin1 TEXT,
    country TEXT,
    claimant TEXT NOT NULL,
    reporting_side TEXT NOT NULL,
    accused_side TEXT NOT NULL,
    event_type TEXT NOT NULL,
    weapons TEXT NOT NULL DEFAULT '[]',
    killed INTEGER,
    wounded INTEGER,
    summary TEXT,
    source TEXT,
    source_url TEXT,
    published TEXT,
    origin TEXT NOT NULL,
    batch TEXT,
    extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date);
CREATE INDEX IF NOT EXISTS incidents_side ON incidents(reporting_side);
CREATE INDEX IF NOT EXISTS incidents_source ON incidents(source);
CREATE TABLE IF NOT EXISTS batches (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    label TEXT,
    created TEXT NOT NULL,
    new INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# The object a "CREATE [UNIQUE] TABLE|INDEX IF NOT EXISTS name" statement creates.
CREATED_NAME = re.compile(r"CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)\s+IF\s+NOT\s+EXISTS\s+[\"`\[]?(\w+)", re.I)

# Columns a pre-versioning (v0) file may lack, with the definition that adds them. Columns
# without a safe default (date, coordinates, claimant, ...) cannot be invented: such a file
# is refused rather than guessed at.
ADDABLE_COLUMNS: dict[str, str] = {
    "date_precision": "TEXT NOT NULL DEFAULT 'day'",
    "place": "TEXT",
    "geo_precision": "TEXT NOT NULL DEFAULT 'exact'",
    "admin1": "TEXT",
    "country": "TEXT",
    "accused_side": "TEXT NOT NULL DEFAULT 'unknown'",
    "event_type": "TEXT NOT NULL DEFAULT 'other'",
    "weapons": "TEXT NOT NULL DEFAULT '[]'",
    "killed": "INTEGER",
    "wounded": "INTEGER",
    "summary": "TEXT",
    "source": "TEXT",
    "source_url": "TEXT",
    "published": "TEXT",
    "origin": "TEXT NOT NULL DEFAULT 'manual'",
    "batch": "TEXT",
    "extra": "TEXT NOT NULL DEFAULT '{}'",
}


def run_ddl(con: sqlite3.Connection, ddl: str) -> None:
    """Run ``;``-separated DDL statements one by one (``executescript`` would commit)."""
    for statement in ddl.split(";"):
        if statement.strip():
            con.execute(statement)


def create_tables(con: sqlite3.Connection) -> None:
    """A new file's tables, stamped with the current schema version (inside the caller's transaction)."""
    run_ddl(con, DDL)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate_0_to_1(con: sqlite3.Connection) -> None:
    """v0 = files from before the schema was versioned: add what they lack, keep every row."""
    present = {row[1] for row in con.execute("PRAGMA table_info(incidents)")}
    missing_required = [name for name in FIELDS if name not in present and name not in ADDABLE_COLUMNS and name != "id"]
    if "id" not in present or missing_required:
        raise StoreError(
            "cannot upgrade this file: its incidents table lacks required columns "
            f"({', '.join(['id'] if 'id' not in present else missing_required)}); it was left untouched"
        )
    for name, definition in ADDABLE_COLUMNS.items():
        if name not in present:
            con.execute(f"ALTER TABLE incidents ADD COLUMN {name} {definition}")
    for statement in DDL.split(";"):
        if statement.strip():
            con.execute(statement)


# Schema upgrades: MIGRATIONS[n] turns a version-n file into version n+1, inside the open
# transaction (so a failed upgrade changes nothing) and after the backup copy.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _migrate_0_to_1}


def backup_copy(path: Path, version: int, timeout: float) -> Path:
    """Copy the whole database beside itself as ``<name>.bak-v<version>-<UTC stamp>``.

    SQLite's backup API gives a consistent copy even while others read. Raises sqlite3.Error
    (the caller words it) after removing a partial copy.
    """
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak-v{version}-{stamp}-{n}")
    source = sqlite3.connect(path, timeout=timeout)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    except sqlite3.Error:
        copy.close()
        target.unlink(missing_ok=True)
        raise
    finally:
        source.close()
        copy.close()
    return target
