"""The embedded SQLite store: one file, created and seeded on first use.

Every write is a single ``BEGIN IMMEDIATE`` transaction, so a failed or interrupted write
leaves the database exactly as it was. A connection is opened per operation: cheap in
SQLite and safe across the threads Streamlit runs scripts in.

The file is treated as precious: a damaged file is reported and never rewritten, a locked
one is waited for (``MAPDATA_DB_TIMEOUT`` seconds) and then reported, a read-only one is
opened read-only (reads work, writes say why they cannot), and an older schema is upgraded
in place only after a backup copy ``<name>.bak-v<old>-<UTC timestamp>`` has been written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import urllib.parse
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from mapdata.errors import StoreError
from mapdata.model import FIELDS, Incident
from mapdata.store import schema
from mapdata.store.bundled import bundled_incidents
from mapdata.store.failures import error_kind, store_error
from mapdata.store.frames import incidents_frame_from_records

__all__ = ["DEFAULT_TIMEOUT", "Store", "WriteResult", "db_timeout", "default_db_path", "open_store", "stored_row"]

DEFAULT_TIMEOUT = 30.0  # seconds a write waits for another program's lock before giving up

_COLUMNS = ", ".join(FIELDS)
_PLACEHOLDERS = ", ".join("?" for _ in FIELDS)
_UPSERT = f"INSERT INTO incidents ({_COLUMNS}) VALUES ({_PLACEHOLDERS}) ON CONFLICT(id) DO UPDATE SET " + ", ".join(
    f"{name}=excluded.{name}" for name in FIELDS if name != "id"
)
_INT64_MAX = 2**63 - 1
# The object a "CREATE [UNIQUE] TABLE|INDEX IF NOT EXISTS name" statement creates.


def default_db_path() -> Path:
    """``$MAPDATA_DB`` if set, else a per-user data file (never inside the repository)."""
    env = os.environ.get("MAPDATA_DB", "").strip()
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ceasefire-map" / "incidents.db"


def db_timeout() -> float:
    """Seconds to wait for another program's lock: ``$MAPDATA_DB_TIMEOUT``, else 30."""
    raw = os.environ.get("MAPDATA_DB_TIMEOUT", "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        raise StoreError(f"MAPDATA_DB_TIMEOUT must be a number of seconds, got {raw!r}") from None
    if not 0 <= value <= 3600:
        raise StoreError(f"MAPDATA_DB_TIMEOUT must be between 0 and 3600 seconds, got {raw!r}")
    return value


@dataclass
class WriteResult:
    """What one write did: ids of new, updated and unchanged records."""

    batch: str | None = None
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "updated": len(self.updated), "unchanged": len(self.unchanged)}


def stored_row(incident: Incident) -> tuple:
    """The values :meth:`Store.save` writes for ``incident``, in column order (FIELDS)."""
    record = incident.to_record()
    record["weapons"] = json.dumps(record["weapons"], ensure_ascii=False)
    try:
        record["extra"] = json.dumps(record["extra"], ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"cannot save incident {incident.id}: its extra fields are not plain JSON ({exc})") from None
    for name in ("killed", "wounded"):
        if record[name] is not None and abs(record[name]) > _INT64_MAX:
            raise StoreError(f"cannot save incident {incident.id}: {name} = {record[name]} is too large")
    return tuple(record[name] for name in FIELDS)


_BATCH = FIELDS.index("batch")


def _same_claim(old: tuple, new: tuple) -> bool:
    """Stored row and new row hold the same claim (the import batch does not count)."""
    return old[:_BATCH] + old[_BATCH + 1 :] == new[:_BATCH] + new[_BATCH + 1 :]


class Store:
    """An incident database file. Creating a Store creates and seeds a missing file.

    ``read_only``: ``None`` (default) opens read-write when the file and its folder allow it
    and read-only otherwise (also when ``$MAPDATA_DB_READONLY`` is set); ``True`` always opens
    read-only; ``False`` refuses to open a file that cannot be written. ``timeout``: seconds to
    wait for another program's lock (default ``$MAPDATA_DB_TIMEOUT`` or 30).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        seed: bool = True,
        *,
        read_only: bool | None = None,
        timeout: float | None = None,
    ):
        self.path = Path(path)
        self.timeout = db_timeout() if timeout is None else float(timeout)
        self.read_only = False
        self.read_only_reason: str | None = None
        self.backup_path: Path | None = None  # the copy written before the last schema upgrade
        self._ro_uri: str | None = None
        self._tables_ready: set[str] = set()  # DDL already applied by ensure_tables
        if read_only is None and os.environ.get("MAPDATA_DB_READONLY", "").strip() not in ("", "0"):
            read_only = True
        if read_only:
            self._open_read_only("opened read-only on request")
        else:
            reason = self._unwritable_reason()
            if reason is None:
                try:
                    self._ensure_schema(seed)
                except StoreError as exc:
                    if read_only is False or getattr(exc, "kind", None) != "readonly":
                        raise
                    self._open_read_only("the file system refused a write")
            elif read_only is False:
                raise StoreError(f"{self.path} cannot be written: {reason}")
            else:
                self._open_read_only(reason)
        self._check_readable()

    # -- errors ------------------------------------------------------------------------
    def _error(self, exc: BaseException, action: str) -> StoreError:
        """A StoreError saying, in words a user can act on, why ``action`` failed."""
        return store_error(exc, action, self.path, self.timeout)

    # -- connections -------------------------------------------------------------------
    def connect(self) -> sqlite3.Connection:
        """A new connection in autocommit mode (read-only if the store is); use :meth:`transaction` to write."""
        try:
            if self._ro_uri is not None:
                con = sqlite3.connect(self._ro_uri, uri=True, timeout=self.timeout, isolation_level=None)
            else:
                con = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            con.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            con.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise self._error(exc, "open") from exc
        return con

    @contextlib.contextmanager
    def _reading(self, action: str = "read") -> Iterator[sqlite3.Connection]:
        """A connection whose sqlite (and pandas-wrapped sqlite) errors become StoreErrors."""
        con = self.connect()
        try:
            yield con
        except (sqlite3.Error, pd.errors.DatabaseError) as exc:
            raise self._error(exc, action) from exc
        finally:
            con.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed as a whole, or rolled back as a whole."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only ({self.read_only_reason}); nothing was saved.")
        con = self.connect()
        try:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                # SQLite has already rolled back after some errors (a full disk, for one):
                # a second ROLLBACK would fail and hide the real cause.
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            con.execute(
                "INSERT INTO meta(key, value) VALUES('data_version', '1') "
                "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            if con.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    con.execute("ROLLBACK")
            raise self._error(exc, "write to") from exc
        finally:
            con.close()

    # -- opening -----------------------------------------------------------------------
    def _unwritable_reason(self) -> str | None:
        """Why the file (or, for a new file, its folder) cannot be written; None if it can."""
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a database file")
        if self.path.exists():
            if not os.access(self.path, os.W_OK):
                return "the file is not writable"
            # SQLite keeps its journal beside the file: a read-only folder means read-only use.
            if not os.access(self.path.parent, os.W_OK | os.X_OK):
                return "its folder is not writable"
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for {self.path}: {exc}") from exc
        if not os.access(self.path.parent, os.W_OK | os.X_OK):
            raise StoreError(f"cannot create {self.path}: its folder is not writable")
        return None

    def _open_read_only(self, reason: str) -> None:
        """Switch to read-only connections: ``mode=ro``, or ``immutable`` when SQLite cannot
        create its shared-memory file beside a WAL database in a read-only folder."""
        if not self.path.exists():
            raise StoreError(f"{self.path} does not exist (and cannot be created read-only)")
        quoted = urllib.parse.quote(str(self.path.resolve()))
        self.read_only, self.read_only_reason = True, reason
        self._ro_uri = f"file:{quoted}?mode=ro"
        try:
            con = sqlite3.connect(self._ro_uri, uri=True, timeout=self.timeout)
            try:
                con.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            finally:
                con.close()
            return
        except sqlite3.Error as exc:
            if error_kind(exc) != "readonly" and "unable to open" not in str(exc).lower():
                raise self._error(exc, "open") from exc
        wal = Path(f"{self.path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError(
                f"{self.path} has changes not yet merged into it ({wal.name}) and its folder is read-only; "
                "open it once where the folder is writable."
            )
        # No pending WAL: the main file alone is the whole database, and nobody can change it.
        self._ro_uri = f"file:{quoted}?mode=ro&immutable=1"

    def _check_readable(self) -> None:
        """Refuse damaged, foreign or newer files with a clear message (never rewrite them)."""
        with self._reading("open") as con:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version > schema.SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer version (schema {version}, this one knows "
                    f"{schema.SCHEMA_VERSION}); upgrade the tool. The file was left untouched."
                )
            if version < schema.SCHEMA_VERSION:
                tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if "incidents" not in tables:
                    raise StoreError(
                        f"{self.path} is not an incident database (it is empty or belongs to another "
                        "program) and it is read-only; it was left untouched."
                    )
                raise StoreError(
                    f"{self.path} uses an older schema (version {version}) and needs upgrading, "
                    f"but it is {self.read_only_reason or 'read-only'}; open it once with write access."
                )
            problems = [row[0] for row in con.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise StoreError(
                    f"{self.path} is damaged ({'; '.join(problems)}). The file was left untouched: "
                    "restore it from a backup, or choose another file with --db or MAPDATA_DB."
                )

    def _ensure_schema(self, seed: bool) -> None:
        """Create a new file, or upgrade an older schema in place after a backup copy."""
        with self._reading("open") as con:
            if con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION:
                return
            con.execute("BEGIN IMMEDIATE")
            try:
                version = con.execute("PRAGMA user_version").fetchone()[0]  # again, under the lock
                if version >= schema.SCHEMA_VERSION:
                    con.execute("ROLLBACK")
                    return  # another process got here first, or a newer file (refused later)
                tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                if not tables:
                    self._create(con, seed)
                elif "incidents" not in tables:
                    raise StoreError(
                        f"{self.path} is an SQLite database of another program (tables: "
                        f"{', '.join(sorted(tables)[:5])}), not an incident database; it was left untouched."
                    )
                else:
                    self.backup_path = self._backup(version)
                    try:
                        for step in range(version, schema.SCHEMA_VERSION):
                            schema.MIGRATIONS[step](con)
                    except StoreError as exc:
                        raise StoreError(f"{self.path}: {exc}") from exc
                    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                if self.backup_path is not None:  # the original is unchanged: the copy is not needed
                    self.backup_path.unlink(missing_ok=True)
                    self.backup_path = None
                raise
            # Only now that the file is known to be ours: WAL lets readers work while one writes.
            if con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                con.execute("PRAGMA journal_mode = WAL")

    def _create(self, con: sqlite3.Connection, seed: bool) -> None:
        schema.create_tables(con)
        if seed:
            self._write(con, bundled_incidents(), origin="bundled", label="bundled incidents")

    def _backup(self, version: int) -> Path:
        """Copy the whole database before an upgrade (see :func:`schema.backup_copy`)."""
        try:
            return schema.backup_copy(self.path, version, self.timeout)
        except sqlite3.Error as exc:
            raise self._error(exc, "back up") from exc

    def ensure_tables(self, ddl: str) -> None:
        """Create a module's own tables (``CREATE … IF NOT EXISTS`` statements), once per Store.

        Plain DDL outside :meth:`transaction`: that bumps the data version, which would make
        every page reload its incidents just because a page keeping its own tables was opened.
        """
        if ddl in self._tables_ready:
            return
        if self.read_only:
            self._check_tables_present(ddl)
            self._tables_ready.add(ddl)
            return
        con = self.connect()
        try:
            schema.run_ddl(con, ddl)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc, "prepare tables in") from exc
        finally:
            con.close()
        self._tables_ready.add(ddl)

    def _check_tables_present(self, ddl: str) -> None:
        """Read-only: nothing can be created, so the DDL's tables and indexes must exist already."""
        wanted = set(schema.CREATED_NAME.findall(ddl))
        with self._reading() as con:
            present = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
        missing = sorted(wanted - present)
        if missing:
            error = StoreError(
                f"{self.path} is open read-only ({self.read_only_reason}) and lacks the table(s) "
                f"{', '.join(missing)}; open it once with write access to add them."
            )
            error.kind = "readonly"  # type: ignore[attr-defined]
            raise error

    # -- writes ------------------------------------------------------------------------
    def save(self, incidents: Iterable[Incident], origin: str = "manual", label: str | None = None) -> WriteResult:
        """Insert or update incidents in one transaction, recorded as one import batch."""
        with self.transaction() as con:
            return self._write(con, incidents, origin=origin, label=label)

    def _existing_rows(self, con: sqlite3.Connection, ids: list[str]) -> dict[str, tuple]:
        existing: dict[str, tuple] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            rows = con.execute(f"SELECT {_COLUMNS} FROM incidents WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
            for row in rows:
                existing[row[0]] = row
        return existing

    def _diff(self, con: sqlite3.Connection, incidents: list[Incident]) -> tuple[WriteResult, list[tuple]]:
        """Classify incidents as new / updated / unchanged against the file; rows to write."""
        existing = self._existing_rows(con, [i.id for i in incidents])
        result = WriteResult()
        to_write: list[tuple] = []
        seen: set[str] = set()
        for incident in incidents:
            if incident.id in seen:
                continue
            seen.add(incident.id)
            values = stored_row(incident)
            old = existing.get(incident.id)
            if old is None:
                result.new.append(incident.id)
            elif _same_claim(old, values):
                result.unchanged.append(incident.id)
                continue
            else:
                result.updated.append(incident.id)
            to_write.append(values)
        return result, to_write

    def classify(self, incidents: Iterable[Incident]) -> WriteResult:
        """What :meth:`save` would do with ``incidents`` (new / updated / unchanged), writing nothing."""
        with self._reading() as con:
            return self._diff(con, list(incidents))[0]

    def _write(
        self, con: sqlite3.Connection, incidents: Iterable[Incident], origin: str, label: str | None
    ) -> WriteResult:
        batch_id = f"{origin}-{dt.datetime.now(dt.timezone.utc).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        result, rows = self._diff(con, list(incidents))
        result.batch = batch_id
        to_write = [row[:_BATCH] + (batch_id,) + row[_BATCH + 1 :] for row in rows]
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

    # -- reads -------------------------------------------------------------------------
    def data_version(self) -> int:
        """A counter bumped by every committed write: a cheap cache key for readers."""
        with self._reading() as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        return int(row[0]) if row else 0

    def count(self) -> int:
        with self._reading() as con:
            return con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]

    def get(self, incident_id: str) -> Incident | None:
        with self._reading() as con:
            row = con.execute(f"SELECT {_COLUMNS} FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            return None
        return Incident.create(**dict(zip(FIELDS, row)))

    def incidents(self) -> list[Incident]:
        """Every incident as model objects (for exports and tests; the map reads frames)."""
        with self._reading() as con:
            rows = con.execute(f"SELECT {_COLUMNS} FROM incidents ORDER BY date, id").fetchall()
        return [Incident.create(**dict(zip(FIELDS, row))) for row in rows]

    def frame(self) -> pd.DataFrame:
        """All incidents as a DataFrame: ``date``/``published`` as datetimes, ``weapons`` as lists."""
        with self._reading() as con:
            frame = pd.read_sql_query(f"SELECT {_COLUMNS} FROM incidents ORDER BY date, id", con)
        return incidents_frame_from_records(frame)

    def batches(self) -> pd.DataFrame:
        with self._reading() as con:
            return pd.read_sql_query("SELECT * FROM batches ORDER BY created DESC", con)


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool | None = None) -> Store:
    """The store at ``path``, or at :func:`default_db_path` (honours ``MAPDATA_DB``)."""
    return Store(path if path is not None else default_db_path(), read_only=read_only)
