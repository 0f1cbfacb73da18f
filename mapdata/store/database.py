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
import os
import sqlite3
import urllib.parse
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import pyarrow as pa

from mapdata.environment import SettingError, number_setting, path_setting, user_folder
from mapdata.errors import StoreError, UnknownRecordError
from mapdata.model import CURATION_FIELDS, FIELDS, Incident
from mapdata.store import checked, curation, drafts, history, imports, schema, snapshot
from mapdata.store.bundled import LiveExamples, bundled_incidents, seeded_conflicts
from mapdata.store.failures import error_kind, store_error
from mapdata.store.frames import frame_from_table
from mapdata.store.history import HistoryEntry
from mapdata.store.rows import COLUMNS, by_ids, incident_from_row, same_claim, stored_row

__all__ = ["DEFAULT_TIMEOUT", "Store", "WriteResult", "db_timeout", "default_db_path", "open_store", "stored_row"]

DEFAULT_TIMEOUT = 30.0  # seconds a write waits for another program's lock before giving up
WRITE_CACHE_KIB = 128 * 1024  # SQLite page cache of a write transaction
DIFF_CHUNK = 10_000  # claims compared and written at a time: memory bounded by the chunk, not the file
# New claims in one write from which the table's own indexes are dropped and built again after the
# inserts (when the table held fewer claims than that before): sorting a million keys once is
# cheaper than putting each into five B-trees (issue 17; measured in the README's "Import at a million").
BULK_NEW = 50_000
_SQLITE_DEFAULT_CACHE = -2000  # PRAGMA cache_size of a new connection (2,000 KiB)
BUNDLED_WHO = "ceasefire-map (bundled with the app)"  # who "created" the seeded claims

_PLACEHOLDERS = ", ".join("?" for _ in FIELDS)
# New claims also record the batch that created them; an update never changes that (nor the curation).
# The last value is the data version the transaction commits (read once per write, under its lock:
# a sub-query per row cost ~1 s a million rows).
_UPSERT = (
    f"INSERT INTO incidents ({COLUMNS}, created_batch, changed_version) "
    f"VALUES ({_PLACEHOLDERS}, ?, ?) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{name}=excluded.{name}" for name in (*FIELDS[1:], "changed_version"))
)
_BATCH = FIELDS.index("batch")
_FRAME_COLUMNS = f"{COLUMNS}, {', '.join(CURATION_FIELDS)}"
# What a new claim's curation columns hold (the table's defaults), for the rows a bulk write keeps.
_NEW_CURATION = tuple({"review_status": "unreviewed"}.get(name) for name in CURATION_FIELDS)
_T = TypeVar("_T")


def default_db_path() -> Path:
    """``$MAPDATA_DB`` if set, else a per-user data file (never inside the repository)."""
    return path_setting("MAPDATA_DB", user_folder("data", "incidents.db"))


def db_timeout() -> float:
    """Seconds to wait for another program's lock: ``$MAPDATA_DB_TIMEOUT``, else 30."""
    try:
        return number_setting("MAPDATA_DB_TIMEOUT", DEFAULT_TIMEOUT, highest=3600, unit="seconds")
    except SettingError as exc:
        raise StoreError(str(exc)) from None


@dataclass
class WriteResult:
    """What one write did: ids of new, updated and unchanged records.

    ``retracted``: ids among them that a person retracted earlier; they stay retracted (a
    re-import never undoes that decision) and are listed so the user can restore them.
    ``merged``: incoming id -> the stored claim it was merged into instead of being saved.
    ``restored``: incoming id -> the retracted claim the write brought back with it (its own id when
    it is that claim; another's when it only looked like it and was not saved itself).
    ``skipped``: incoming ids not saved because the user skipped them as duplicates;
    ``kept_retracted``: those of them skipped to keep the retracted claim they are or look like hidden.
    ``changed``: updated id -> the fields the write changes. ``kept``: id -> {field a person
    corrected whose source value changed since: (source before, source now, the person's value)};
    a re-import never overwrites a person's correction (the person's value stays either way).
    """

    batch: str | None = None
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    retracted: list[str] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)
    restored: dict[str, str] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    kept_retracted: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    kept: dict[str, dict[str, tuple[Any, Any, Any]]] = field(default_factory=dict)
    # The store's data version a classification (:meth:`Store.classify`) was made at: a save
    # given it trusts it while no write happened since, instead of comparing every row again.
    data_version: int | None = None

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "updated": len(self.updated), "unchanged": len(self.unchanged)}


class Store:
    """An incident database file. Creating a Store creates and seeds a missing file (with the example
    claims of every bundled conflict, or those ``$MAPDATA_EXAMPLES`` chooses; none when ``seed`` is False).

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

    def reading(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A connection for reads (closed afterwards; SQLite errors become StoreErrors)."""
        return self._reading()

    @contextlib.contextmanager
    def transaction(self, *, data: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed as a whole, or rolled back as a whole.

        ``data=False``: a write of no claim, batch or place (Add report's draft): the data version stays, so the
        snapshot, the clashes and every page's view of the claims stay current."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only ({self.read_only_reason}); nothing was saved.")
        con = self.connect()
        try:
            # A page cache big enough for the indexes of a large import (SQLite's default, 2 MB, made
            # inserting 100,000 claims twice as slow); pages are only taken as they are used. A
            # cache the connection was given on purpose is kept.
            if con.execute("PRAGMA cache_size").fetchone()[0] == _SQLITE_DEFAULT_CACHE:
                con.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                # SQLite has already rolled back after some errors (a full disk, for one):
                # a second ROLLBACK would fail and hide the real cause.
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            if data:
                schema.bump_data_version(con)
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
            problems = checked.damage_found(con, self.path, self.cache_path(checked.CHECKED_SUFFIX))
            if problems:
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
            self._write(
                con, bundled_incidents(seeded_conflicts()), origin="bundled", label="bundled incidents", who=BUNDLED_WHO
            )

    def add_bundled(self, conflicts: Collection[str]) -> WriteResult:
        """Save the bundled example claims of ``conflicts`` (one batch; saving them again adds nothing)."""
        names = ", ".join(conflicts)
        return self.save(
            bundled_incidents(conflicts), origin="bundled", label=f"bundled incidents ({names})", who=BUNDLED_WHO
        )

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
    def save(
        self,
        incidents: Iterable[Incident],
        origin: str = "manual",
        label: str | None = None,
        *,
        who: str | None = None,
        merge_into: Mapping[str, str] | None = None,
        planned: WriteResult | None = None,
        file: imports.FileStamp | None = None,
        restore: Mapping[str, str] | None = None,
    ) -> WriteResult:
        """Insert or update incidents in one transaction, recorded as one import batch.

        ``merge_into`` maps an incoming claim's id to a stored claim it duplicates: that one
        is merged into the stored claim (:func:`curation.merge`) instead of being saved.
        ``restore`` maps an incoming claim's id to a retracted stored claim to bring back in the
        same transaction (:func:`curation.restore`): the claim itself, saved again after a person
        retracted it, or the one it looks like (then the caller leaves the incoming claim out).
        ``planned``: what :meth:`classify` said of these same incidents (or more). When no
        write has happened since (same data version, checked under the write lock), it is used
        instead of comparing every incoming claim with its stored row again: a re-import of an
        unchanged file then writes nothing but its batch record. ``file``: the file these claims are
        all of the valid rows of; the batch records it (see :mod:`mapdata.store.imports`) unless it
        merged claims or met retracted ones, so that a re-import of the same file finds it.
        """
        written = None if self.read_only else snapshot.WrittenRows(self.path, [*FIELDS, *CURATION_FIELDS])
        try:
            with self.transaction() as con:
                result = self._write(
                    con,
                    incidents,
                    origin=origin,
                    label=label,
                    who=who,
                    merge_into=merge_into,
                    planned=planned,
                    file=file,
                    written=written,
                    restore=restore,
                )
        except BaseException:
            if written is not None:
                written.discard()
            raise
        if written is not None and written.version is not None:
            with self._reading() as con:
                written.publish(snapshot.written_stamp(con, written.version))
        return result

    def _diff(
        self,
        con: sqlite3.Connection,
        incidents: list[Incident],
        seen: set[str],
        *,
        rows_of_new: bool = True,
        stored_ids: set[str] | None = None,
    ) -> tuple[WriteResult, list[tuple], dict[str, tuple]]:
        """Classify incidents as new / updated / unchanged against the file; rows to write; old rows updated.

        ``seen``: ids already classified (in earlier chunks); a later claim of the same id is left
        out. ``rows_of_new=False`` (a classification only) skips making the rows of new claims: a
        first import of a big file is all new claims, and only stored ones need comparing.
        """
        wanted = [i.id for i in incidents if stored_ids is None or i.id in stored_ids]
        existing = by_ids(con, wanted, f"{COLUMNS}, retracted_at")
        result = WriteResult()
        to_write: list[tuple] = []
        replaced: dict[str, tuple] = {}
        differing: list[tuple[str, tuple, tuple]] = []
        for incident in incidents:
            if incident.id in seen:
                continue
            seen.add(incident.id)
            stored = existing.get(incident.id)
            if stored is None:
                result.new.append(incident.id)
                if rows_of_new:
                    to_write.append(stored_row(incident))
                continue
            values = stored_row(incident)
            old = stored[:-1]
            if stored[-1] is not None:
                result.retracted.append(incident.id)
            if same_claim(old, values):
                result.unchanged.append(incident.id)
            else:
                differing.append((incident.id, old, values))
        # A person's corrections stay: the fields they edited keep their value (history read only
        # for the claims the source changed).
        corrected = curation.corrections(con, [incident_id for incident_id, _, _ in differing]) if differing else {}
        for incident_id, old, values in differing:
            values, kept = curation.keep_corrections(old, values, corrected.get(incident_id, {}))
            if kept:
                result.kept[incident_id] = kept
            if same_claim(old, values):
                result.unchanged.append(incident_id)
            else:
                result.updated.append(incident_id)
                result.changed[incident_id] = list(curation.row_changes(old, values))
                replaced[incident_id] = old
                to_write.append(values)
        return result, to_write, replaced

    def _diff_chunks(
        self, con: sqlite3.Connection, incidents: list[Incident], *, rows_of_new: bool = True
    ) -> Iterator[tuple[WriteResult, list[tuple], dict[str, tuple]]]:
        """:meth:`_diff` over :data:`DIFF_CHUNK` claims at a time, so that the stored rows read and the
        rows made for writing are never held for a whole file, only for one chunk."""
        seen: set[str] = set()
        # A batch bigger than the table (a first import): every stored id read at once, so that only
        # the claims stored already are looked up by id (a million look-ups of ids not there: ~2 s).
        stored_ids = None
        if len(incidents) > DIFF_CHUNK and con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] < len(incidents):
            stored_ids = {incident_id for (incident_id,) in con.execute("SELECT id FROM incidents")}
        for start in range(0, len(incidents), DIFF_CHUNK):
            chunk = incidents[start : start + DIFF_CHUNK]
            yield self._diff(con, chunk, seen, rows_of_new=rows_of_new, stored_ids=stored_ids)

    def classify(self, incidents: Iterable[Incident]) -> WriteResult:
        """What :meth:`save` would do with ``incidents`` (new / updated / unchanged), writing nothing.

        The result carries the data version it was made at (read first, so a write while it
        runs makes it stale, never wrongly fresh): give it to :meth:`save` as ``planned``.
        """
        result = WriteResult()
        with self._reading() as con:
            result.data_version = _data_version(con)
            for part, _, _ in self._diff_chunks(con, list(incidents), rows_of_new=False):
                _extend(result, part)
        return result

    def _changes(
        self, con: sqlite3.Connection, incidents: list[Incident], planned: WriteResult | None
    ) -> Iterator[tuple[WriteResult, list[tuple], dict[str, tuple]]]:
        """:meth:`_diff_chunks`, or the same from ``planned`` when it is still true of the file (no
        write since it was made) and classified every one of ``incidents``."""
        by_id: dict[str, Incident] = {}
        for incident in incidents:
            by_id.setdefault(incident.id, incident)  # the first of the same id, as _diff keeps
        if (
            planned is None
            or planned.data_version is None
            or planned.data_version != _data_version(con)
            or not by_id.keys() <= {*planned.new, *planned.updated, *planned.unchanged}
        ):
            yield from self._diff_chunks(con, incidents)
            return
        unchanged = [i for i in planned.unchanged if i in by_id]
        yield (
            WriteResult(
                unchanged=unchanged,
                retracted=[i for i in planned.retracted if i in by_id],
                kept={i: planned.kept[i] for i in unchanged if i in planned.kept},
            ),
            [],
            {},
        )
        new = [i for i in planned.new if i in by_id]
        yield WriteResult(new=new), [], {}
        # New claims are written in the order the snapshot keeps them (by date, then id): the rows a
        # bulk write keeps for it (WrittenRows) are then already in order, and the snapshot is made
        # without sorting a gigabyte (issue 17). (In id order, measured alternately, inserting them
        # was no faster: README, "Import at a million".)
        new.sort()
        new.sort(key=lambda i: by_id[i].date)  # (stable: by id within a date; no key tuple per claim)
        for start in range(0, len(new), DIFF_CHUNK):
            yield WriteResult(), [stored_row(by_id[i]) for i in new[start : start + DIFF_CHUNK]], {}
        updated = [i for i in planned.updated if i in by_id]
        for start in range(0, len(updated), DIFF_CHUNK):  # compared again: a person's corrections are kept
            yield self._diff(con, [by_id[i] for i in updated[start : start + DIFF_CHUNK]], set())

    def _write(
        self,
        con: sqlite3.Connection,
        incidents: Iterable[Incident],
        origin: str,
        label: str | None,
        who: str | None = None,
        merge_into: Mapping[str, str] | None = None,
        planned: WriteResult | None = None,
        file: imports.FileStamp | None = None,
        written: snapshot.WrittenRows | None = None,
        restore: Mapping[str, str] | None = None,
    ) -> WriteResult:
        """See :meth:`save`. ``written``: where a bulk write of new claims keeps the rows it
        writes, for the next snapshot (:class:`snapshot.WrittenRows`; kept only when the write
        updates and merges nothing: new claims only)."""
        who = who or history.current_user()
        batch_id = f"{origin}-{dt.datetime.now(dt.timezone.utc).strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        merge_into = dict(merge_into or {})
        incoming = list(incidents)
        merging = [i for i in incoming if i.id in merge_into]
        result = WriteResult(batch=batch_id)
        at = history.now()
        version = con.execute(f"SELECT {schema.NEXT_DATA_VERSION}").fetchone()[0]
        rebuild = _drop_indexes(con) if _bulk(con, planned) else []
        keep = written is not None and bool(rebuild) and not merging and not restore
        if keep and written is not None:
            written.start(version)
        for part, rows, replaced in self._changes(con, [i for i in incoming if i.id not in merge_into], planned):
            _extend(result, part)
            con.executemany(
                _UPSERT, (row[:_BATCH] + (batch_id,) + row[_BATCH + 1 :] + (batch_id, version) for row in rows)
            )
            if keep and written is not None and rows:
                if replaced or part.updated:  # an update keeps its stored curation: not known here
                    written.discard()
                    keep = False
                else:
                    columns = [*zip(*rows)]
                    columns[_BATCH] = (batch_id,) * len(rows)
                    written.add([*columns, *((value,) * len(rows) for value in _NEW_CURATION)])
            history.record_many(
                con,
                (
                    HistoryEntry(
                        at,
                        who,
                        "edit",
                        row[0],
                        batch=batch_id,
                        changes=curation.row_changes(replaced[row[0]], row),
                        note=f"updated by {label or origin}",
                    )
                    for row in rows
                    if row[0] in replaced
                ),
            )
            history.record_many(
                con,
                (
                    HistoryEntry(
                        at,
                        who,
                        curation.KEPT,
                        incident_id,
                        batch=batch_id,
                        changes={name: (before, now) for name, (before, now, _) in fields.items()},
                        note=f"the source ({label or origin}) now says "
                        + "; ".join(f"{name} {_shown(now)}" for name, (_, now, _) in fields.items())
                        + "; kept your correction ("
                        + "; ".join(f"{name} {_shown(yours)}" for name, (_, _, yours) in fields.items())
                        + ")",
                    )
                    for incident_id, fields in part.kept.items()
                ),
            )
        for statement in rebuild:  # the same indexes again, made by one sort each (same transaction)
            con.execute(statement)
        con.execute(
            "INSERT INTO batches(id, origin, label, created, new, updated, unchanged, who) VALUES (?,?,?,?,?,?,?,?)",
            (batch_id, origin, label, at, len(result.new), len(result.updated), len(result.unchanged), who),
        )
        for incident in merging:
            curation.merge(con, merge_into[incident.id], incident, who=who, batch=batch_id)
            result.merged[incident.id] = merge_into[incident.id]
        if restore:
            back = set(
                curation.restore(con, sorted(set(restore.values())), who=who, note=f"saved again by {label or origin}")
            )
            result.restored = {i: stored for i, stored in restore.items() if stored in back}
            result.retracted = [i for i in result.retracted if i not in back]
        if file is not None and not merging and not result.retracted and not result.restored:
            imports.record_file(con, batch_id, file)
        return result

    def _curate(self, action: Callable[[sqlite3.Connection, str], _T], who: str | None) -> _T:
        """Run one curation step (see :mod:`curation`) in its own write transaction."""
        with self.transaction() as con:
            return action(con, who or history.current_user())

    def edit(
        self, incident_id: str, changes: Mapping[str, object], *, who: str | None = None, note: object = None
    ) -> tuple[Incident, list[HistoryEntry]]:
        """Change fields of one claim, with its history entry (see :func:`curation.edit`)."""
        return self._curate(lambda con, by: curation.edit(con, incident_id, changes, who=by, note=note), who)

    def undo_edit(
        self, incident_id: str, seq: int, *, who: str | None = None, note: object = None
    ) -> tuple[Incident, HistoryEntry]:
        """Put one edit's fields back as before it, as a new history entry (see :func:`curation.undo_edit`)."""
        return self._curate(lambda con, by: curation.undo_edit(con, incident_id, seq, who=by, note=note), who)

    def retract(self, ids: Iterable[str], reason: object, *, who: str | None = None) -> list[str]:
        """Hide claims from every view and export (kept in the file, with the reason); the ids changed."""
        return self._curate(lambda con, by: curation.retract(con, list(ids), reason, who=by), who)

    def restore(self, ids: Iterable[str], *, who: str | None = None, note: object = None) -> list[str]:
        """Bring retracted claims back; the ids changed."""
        return self._curate(lambda con, by: curation.restore(con, list(ids), who=by, note=note), who)

    def review(
        self, ids: Iterable[str], status: object, note: object = None, *, who: str | None = None
    ) -> list[HistoryEntry]:
        """Set the review status and note of claims (one transaction, one entry per claim changed)."""
        return self._curate(lambda con, by: curation.review(con, list(ids), status, note, who=by), who)

    def merge(
        self, stored_id: str, incoming: Incident, *, who: str | None = None, note: object = None
    ) -> list[HistoryEntry]:
        """Fold a duplicate into a stored claim instead of saving it (see :func:`curation.merge`)."""
        return self._curate(lambda con, by: curation.merge(con, stored_id, incoming, who=by, note=note), who)

    def retract_batch(self, batch: str, reason: object, *, who: str | None = None) -> list[str]:
        """Undo an import: retract every claim it created, in one transaction; the ids changed."""
        return self._curate(lambda con, by: curation.retract_batch(con, batch, reason, who=by), who)

    def restore_batch(self, batch: str, *, who: str | None = None, note: object = None) -> list[str]:
        """Restore what :meth:`retract_batch` hid; the ids changed."""
        return self._curate(lambda con, by: curation.restore_batch(con, batch, who=by, note=note), who)

    # -- Add report's draft (mapdata.store.drafts) -------------------------------------
    def save_draft(self, draft: drafts.Draft) -> drafts.Draft:
        """Keep Add report's form as the one draft (an empty one: removed), one transaction; the draft as stored.
        ValidationError for one over :data:`drafts.MAX_DRAFT_BYTES` (nothing written)."""
        with self.transaction(data=False) as con:
            return drafts.save_draft(con, draft)

    def draft(self) -> drafts.Draft | None:
        """The draft kept, or None."""
        with self._reading() as con:
            return drafts.load_draft(con)

    def discard_draft(self) -> bool:
        """Remove the draft (one transaction); whether there was one."""
        with self.transaction(data=False) as con:
            return drafts.clear_draft(con)

    def save_review(self, review: drafts.Review) -> bool:
        """Keep the review of the draft's proposals with the draft whose text it was read from (one transaction);
        whether it was kept. ValidationError for one over :data:`drafts.MAX_REVIEW_BYTES` (nothing written)."""
        with self.transaction(data=False) as con:
            return drafts.save_review(con, review)

    def drop_review(self) -> bool:
        """Remove the review kept with the draft, the draft kept (one transaction); whether there was one."""
        with self.transaction(data=False) as con:
            return drafts.clear_review(con)

    # -- reads -------------------------------------------------------------------------
    def data_version(self) -> int:
        """A counter bumped by every committed write: a cheap cache key for readers."""
        with self._reading() as con:
            return _data_version(con)

    def count(self, *, include_retracted: bool = False) -> int:
        """How many claims (live ones, unless ``include_retracted``)."""
        with self._reading() as con:
            return con.execute(f"SELECT COUNT(*) FROM incidents{_live(include_retracted)}").fetchone()[0]

    def get(self, incident_id: str) -> Incident | None:
        """The claim with this id, retracted or not (None if there is none)."""
        with self._reading() as con:
            row = con.execute(f"SELECT {COLUMNS} FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        return None if row is None else incident_from_row(row)

    def incidents(self, *, include_retracted: bool = False) -> list[Incident]:
        """Every (live) incident as model objects (for exports and tests; the map reads frames)."""
        with self._reading() as con:
            rows = con.execute(
                f"SELECT {COLUMNS} FROM incidents{_live(include_retracted)} ORDER BY date, id"
            ).fetchall()
        return [incident_from_row(row) for row in rows]

    def frame(self, *, include_retracted: bool = False) -> pd.DataFrame:
        """Incidents as a DataFrame: ``date``/``published`` as datetimes, ``weapons`` as lists,
        ``extra`` as its stored JSON text (:func:`mapdata.model.extra_fields` parses one).

        The one read every view and export starts from: retracted claims are left out unless
        ``include_retracted`` (then ``retracted_at`` / ``retracted_reason`` say when and why).
        Read through the columnar snapshot beside the file (:mod:`mapdata.store.snapshot`).
        """
        stamp, table = self.claims_table()
        frame = frame_from_table(snapshot.by_date(table) if include_retracted else snapshot.live_claims(table))
        # The state read, for caches of what is computed from it (mapdata.claims.cache).
        frame.attrs[snapshot.STAMP_ATTR] = f"{stamp}:{'all' if include_retracted else 'live'}"
        return frame

    def claims_table(self) -> tuple[snapshot.Stamp, pa.Table]:
        """Every claim as an Arrow table, live ones first (each part by date and id), and the state
        of the file it holds (see :func:`mapdata.store.snapshot.claims_table`; a read-only store
        keeps no snapshot)."""
        with self._reading() as con:
            return snapshot.claims_table(con, self.path, _FRAME_COLUMNS, keep=not self.read_only)

    def cache_path(self, suffix: str) -> Path | None:
        """A file for a cache of what is computed from this store's claims, beside the database
        (None for a read-only store: nothing is written beside it)."""
        return None if self.read_only else snapshot.beside(self.path, suffix)

    def same_import(self, digest: str, read_with: str) -> imports.PastImport | None:
        """The batch that imported the file with this digest, read this way, if nothing was written
        since (see :func:`mapdata.store.imports.same_import`)."""
        with self._reading() as con:
            return imports.same_import(con, digest, read_with)

    def curation(self, incident_id: str) -> dict[str, str | None]:
        """A claim's review status and note, and when and why it was retracted (None if live)."""
        with self._reading() as con:
            row = con.execute(
                f"SELECT {', '.join(CURATION_FIELDS)} FROM incidents WHERE id = ?", (incident_id,)
            ).fetchone()
        if row is None:
            raise UnknownRecordError(f"no claim with id {incident_id!r}")
        return dict(zip(CURATION_FIELDS, row))

    def history(self, incident_id: str) -> list[HistoryEntry]:
        """A claim's history, oldest first (its creation, then every recorded change)."""
        with self._reading() as con:
            if con.execute("SELECT 1 FROM incidents WHERE id = ?", (incident_id,)).fetchone() is None:
                raise UnknownRecordError(f"no claim with id {incident_id!r}")
            return history.entries_for(con, [incident_id]).get(incident_id, [])

    def histories(self, ids: Iterable[str]) -> dict[str, list[HistoryEntry]]:
        """The histories of many claims at once (for an export that includes them)."""
        with self._reading() as con:
            return history.entries_for(con, list(dict.fromkeys(ids)))

    def batches(self) -> pd.DataFrame:
        """Every import batch, newest first, with how many of the claims it created are live now."""
        with self._reading() as con:
            return pd.read_sql_query(
                "SELECT b.*, COALESCE(c.created, 0) AS created_claims, COALESCE(c.live, 0) AS live_claims "
                "FROM batches b LEFT JOIN (SELECT created_batch, COUNT(*) AS created, "
                "SUM(retracted_at IS NULL) AS live FROM incidents GROUP BY created_batch) c "
                "ON c.created_batch = b.id ORDER BY b.created DESC, b.rowid DESC",
                con,
            )

    def live_examples(self) -> LiveExamples:
        """The bundled example claims still live, counted from :meth:`batches`: the pages that say so
        (Map, Import) count them live, so a retracted example batch is no longer mentioned."""
        batches = self.batches()
        examples = batches[(batches["origin"] == "bundled") & (batches["live_claims"] > 0)]
        return LiveExamples(claims=int(examples["live_claims"].sum()), batches=len(examples))


def _extend(result: WriteResult, part: WriteResult) -> None:
    """Add one chunk's classification to the whole write's."""
    for name in ("new", "updated", "unchanged", "retracted"):
        getattr(result, name).extend(getattr(part, name))
    result.changed.update(part.changed)
    result.kept.update(part.kept)


def _shown(value: Any) -> str:
    """A field's value in a history note (an empty one as a dash)."""
    return "—" if value is None or value == "" else str(value)


def _bulk(con: sqlite3.Connection, planned: WriteResult | None) -> bool:
    """Whether a write is a bulk load: at least :data:`BULK_NEW` new claims, and no fewer than the
    table already holds (building its indexes anew then costs less than adding to them)."""
    if planned is None or len(planned.new) < BULK_NEW:
        return False
    return con.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] <= len(planned.new)


def _drop_indexes(con: sqlite3.Connection) -> list[str]:
    """Drop the claims table's own indexes (not its primary key's) inside the open transaction;
    the statements that make them again, in the order they were made."""
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND sql IS NOT NULL "
        "ORDER BY rowid"
    ).fetchall()
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in indexes]


def _data_version(con: sqlite3.Connection) -> int:
    row = con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
    return int(row[0]) if row else 0


def _live(include_retracted: bool) -> str:
    """The WHERE clause that leaves retracted claims out (empty when they are wanted)."""
    return "" if include_retracted else " WHERE retracted_at IS NULL"


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool | None = None) -> Store:
    """The store at ``path``, or at :func:`default_db_path` (honours ``MAPDATA_DB``)."""
    return Store(path if path is not None else default_db_path(), read_only=read_only)
