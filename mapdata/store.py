"""The embedded SQLite store: one file, created and seeded on first use.

Every write is a single ``BEGIN IMMEDIATE`` transaction, so a failed or interrupted write
leaves the database exactly as it was. A connection is opened per operation: cheap in
SQLite and safe across the threads Streamlit runs scripts in.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from mapdata.errors import StoreError
from mapdata.model import FIELDS, Incident

__all__ = ["Store", "WriteResult", "default_db_path", "open_store", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1

_SCHEMA = """
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

_COLUMNS = ", ".join(FIELDS)
_PLACEHOLDERS = ", ".join("?" for _ in FIELDS)
_UPSERT = (
    f"INSERT INTO incidents ({_COLUMNS}) VALUES ({_PLACEHOLDERS}) "
    "ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{name}=excluded.{name}" for name in FIELDS if name != "id")
)


def default_db_path() -> Path:
    """``$MAPDATA_DB`` if set, else a per-user data file (never inside the repository)."""
    env = os.environ.get("MAPDATA_DB", "").strip()
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ceasefire-map" / "incidents.db"


@dataclass
class WriteResult:
    """What one write did: ids of new, updated and unchanged records."""

    batch: str | None = None
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "updated": len(self.updated), "unchanged": len(self.unchanged)}


def _row_values(incident: Incident) -> tuple:
    record = incident.to_record()
    record["weapons"] = json.dumps(record["weapons"], ensure_ascii=False)
    record["extra"] = json.dumps(record["extra"], ensure_ascii=False, sort_keys=True)
    return tuple(record[name] for name in FIELDS)


class Store:
    """An incident database file. Creating a Store creates and seeds a missing file."""

    def __init__(self, path: str | os.PathLike[str], seed: bool = True):
        self.path = Path(path)
        self._ensure_schema(seed)

    # -- connections -----------------------------------------------------------------
    def connect(self) -> sqlite3.Connection:
        """A new connection in autocommit mode; use :meth:`transaction` for writes."""
        try:
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            con.execute("PRAGMA busy_timeout = 30000")
            con.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        return con

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed as a whole, or rolled back as a whole."""
        con = self.connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute(
                "INSERT INTO meta(key, value) VALUES('data_version', '1') "
                "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to database {self.path}: {exc}") from exc
        finally:
            con.close()

    def _ensure_schema(self, seed: bool) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for {self.path}: {exc}") from exc
        con = self.connect()
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version == SCHEMA_VERSION:
                return
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer version (schema {version}); upgrade the tool"
                )
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("BEGIN IMMEDIATE")
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        con.execute(statement)
                fresh = version == 0 and con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == 0
                con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                if fresh and seed:
                    from mapdata.bundled import bundled_incidents

                    self._write(con, bundled_incidents(), origin="bundled", label="bundled incidents")
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot use {self.path} as an incident database: {exc}") from exc
        finally:
            con.close()

    # -- writes ----------------------------------------------------------------------
    def save(self, incidents: Iterable[Incident], origin: str = "manual", label: str | None = None) -> WriteResult:
        """Insert or update incidents in one transaction, recorded as one import batch."""
        with self.transaction() as con:
            return self._write(con, incidents, origin=origin, label=label)

    def _write(self, con: sqlite3.Connection, incidents: Iterable[Incident], origin: str, label: str | None) -> WriteResult:
        batch_id = f"{origin}-{dt.datetime.now(dt.timezone.utc).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        result = WriteResult(batch=batch_id)
        incidents = list(incidents)
        existing: dict[str, tuple] = {}
        ids = [i.id for i in incidents]
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            rows = con.execute(
                f"SELECT {_COLUMNS} FROM incidents WHERE id IN ({', '.join('?' for _ in chunk)})", chunk
            )
            for row in rows:
                existing[row[0]] = row
        to_write = []
        batch_index = FIELDS.index("batch")
        seen: set[str] = set()
        for incident in incidents:
            if incident.id in seen:
                continue
            seen.add(incident.id)
            values = _row_values(incident)
            old = existing.get(incident.id)
            if old is not None:
                comparable_old = old[:batch_index] + old[batch_index + 1 :]
                comparable_new = values[:batch_index] + values[batch_index + 1 :]
                if comparable_old == comparable_new:
                    result.unchanged.append(incident.id)
                    continue
                result.updated.append(incident.id)
            else:
                result.new.append(incident.id)
            values = values[:batch_index] + (batch_id,) + values[batch_index + 1 :]
            to_write.append(values)
        con.executemany(_UPSERT, to_write)
        con.execute(
            "INSERT INTO batches(id, origin, label, created, new, updated, unchanged) VALUES (?,?,?,?,?,?,?)",
            (
                batch_id,
                origin,
                label,
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                len(result.new),
                len(result.updated),
                len(result.unchanged),
            ),
        )
        return result

    def delete(self, ids: Iterable[str]) -> int:
        """Delete incidents by id in one transaction; returns how many were removed."""
        ids = list(ids)
        with self.transaction() as con:
            removed = 0
            for start in range(0, len(ids), 900):
                chunk = ids[start : start + 900]
                cur = con.execute(f"DELETE FROM incidents WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
                removed += cur.rowcount
            return removed

    # -- reads -----------------------------------------------------------------------
    def data_version(self) -> int:
        """A counter bumped by every committed write: a cheap cache key for readers."""
        con = self.connect()
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from exc
        finally:
            con.close()
        return int(row[0]) if row else 0

    def count(self) -> int:
        con = self.connect()
        try:
            return con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
        finally:
            con.close()

    def get(self, incident_id: str) -> Incident | None:
        con = self.connect()
        try:
            row = con.execute(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        finally:
            con.close()
        if row is None:
            return None
        return Incident.create(**dict(zip(FIELDS, row)))

    def incidents(self) -> list[Incident]:
        """Every incident as model objects (for exports and tests; the map reads frames)."""
        con = self.connect()
        try:
            rows = con.execute(f"SELECT {_COLUMNS} FROM incidents ORDER BY date, id").fetchall()
        finally:
            con.close()
        return [Incident.create(**dict(zip(FIELDS, row))) for row in rows]

    def frame(self) -> pd.DataFrame:
        """All incidents as a DataFrame: ``date``/``published`` as datetimes, ``weapons`` as lists."""
        con = self.connect()
        try:
            frame = pd.read_sql_query(f"SELECT {_COLUMNS} FROM incidents ORDER BY date, id", con)
        except (sqlite3.DatabaseError, pd.errors.DatabaseError) as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from exc
        finally:
            con.close()
        return incidents_frame_from_records(frame)

    def batches(self) -> pd.DataFrame:
        con = self.connect()
        try:
            return pd.read_sql_query("SELECT * FROM batches ORDER BY created DESC", con)
        finally:
            con.close()


def incidents_frame_from_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Give a raw table of incident columns the dtypes the rest of the library expects."""
    frame = frame.reindex(columns=list(FIELDS))
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
    frame["weapons"] = [json.loads(w) if isinstance(w, str) else list(w or []) for w in frame["weapons"]]
    frame["extra"] = [json.loads(e) if isinstance(e, str) else dict(e or {}) for e in frame["extra"]]
    for name in ("killed", "wounded"):
        frame[name] = pd.array(frame[name], dtype="Int64")
    frame["latitude"] = frame["latitude"].astype(float)
    frame["longitude"] = frame["longitude"].astype(float)
    return frame


def open_store(path: str | os.PathLike[str] | None = None) -> Store:
    """The store at ``path``, or at :func:`default_db_path` (honours ``MAPDATA_DB``)."""
    return Store(path if path is not None else default_db_path())
