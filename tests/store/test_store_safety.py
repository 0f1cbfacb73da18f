"""Nothing saved is lost: concurrent writers, a killed import, locked, read-only, damaged and old files.

Real SQLite files and real processes throughout: writers are spawned processes, the crash is
a SIGKILL in the middle of ``Store.save``, the read-only case runs without root privileges
(root ignores permission bits), and the damaged files are checked byte for byte afterwards.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import os
import queue as queue_module
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

import mapdata.store.schema as schema_module
from factories import make_claim
from mapdata.errors import StoreError
from mapdata.model import Incident
from mapdata.store import SCHEMA_VERSION, Store, checked, open_store
from mapdata.store.checked import CHECKED_SUFFIX
from mapdata.store.database import default_db_path
from mapdata.store.snapshot import beside

REPO = Path(__file__).resolve().parents[2]
BUNDLED = 18


def claim(key: str, **changes) -> Incident:
    values = dict(
        id=f"csv:{key}",
        place=f"Place {key}",
        latitude=40.0,
        longitude=45.0,
        summary=f"claim {key}",
        origin="csv",
        source=None,
    )
    return make_claim(**{**values, **changes})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def run_python(code: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


# -- concurrent writers ----------------------------------------------------------------

WORKERS, ROUNDS, OWN_PER_ROUND, SHARED_PER_ROUND = 4, 10, 30, 5


def _save_worker(path: str, worker: int, start, results) -> None:
    """Open the (possibly not yet existing) file, wait for the others, then save round after round."""
    os.environ["MAPDATA_DB_TIMEOUT"] = "120"
    try:
        store = Store(path)
        start.wait(60)
        new = 0
        for r in range(ROUNDS):
            own = [claim(f"w{worker}-r{r}-{i}") for i in range(OWN_PER_ROUND)]
            shared = [claim(f"shared-r{r}-{i}") for i in range(SHARED_PER_ROUND)]  # every worker writes these
            result = store.save(own + shared, origin="csv", label=f"worker {worker} round {r}")
            new += len(result.new)
        results.put((worker, new, None))
    except BaseException as exc:  # report, so the parent fails with the reason instead of hanging
        results.put((worker, 0, repr(exc)))


def test_concurrent_writers_every_write_lands_exactly_once(tmp_path):
    path = tmp_path / "shared.db"  # not created yet: the workers race to create and seed it too
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=_save_worker, args=(str(path), n, start, results)) for n in range(WORKERS)]
    for process in workers:
        process.start()
    start.set()
    reports = []
    try:
        for _ in workers:
            reports.append(results.get(timeout=240))
    except queue_module.Empty:
        pytest.fail(f"workers did not finish; got {reports}")
    finally:
        for process in workers:
            process.join(30)
            if process.is_alive():
                process.kill()
    assert [error for _, _, error in reports if error] == []

    store = Store(path)
    own = WORKERS * ROUNDS * OWN_PER_ROUND
    shared = ROUNDS * SHARED_PER_ROUND
    expected_ids = {f"csv:w{w}-r{r}-{i}" for w in range(WORKERS) for r in range(ROUNDS) for i in range(OWN_PER_ROUND)}
    expected_ids |= {f"csv:shared-r{r}-{i}" for r in range(ROUNDS) for i in range(SHARED_PER_ROUND)}
    frame = store.frame()
    assert set(frame.loc[frame["origin"] == "csv", "id"]) == expected_ids
    assert len(frame) == BUNDLED + own + shared  # seeded once, nothing doubled, nothing missing
    # Each shared claim was reported as new by exactly one worker: the read-compare-write is atomic.
    assert sum(new for _, new, _ in reports) == own + shared
    batches = store.batches()
    assert (batches["origin"] == "bundled").sum() == 1
    assert (batches["origin"] == "csv").sum() == WORKERS * ROUNDS
    assert int(batches["new"].sum()) == BUNDLED + own + shared
    assert store.data_version() == WORKERS * ROUNDS  # one committed write per save (seeding is not counted)
    assert integrity(path) == "ok"


# -- a crash in the middle of an import ------------------------------------------------

# The child's Store says "inside" and waits to be killed once its open transaction has written
# ``wal_growth`` bytes to the WAL file (the database file's path is the child's first argument).
_PAUSE_INSIDE = """
    import os, sys, time
    from mapdata.store import Store

    path = sys.argv[1]
    wal = path + "-wal"
    real_connect = Store.connect

    def connect(self):
        con = real_connect(self)
        # A small page cache makes SQLite spill uncommitted pages into the WAL file early.
        con.execute("PRAGMA cache_size = -{cache_kib}")
        start = os.path.getsize(wal) if os.path.exists(wal) else 0

        def pause_once_data_is_on_disk():
            if con.in_transaction and os.path.exists(wal) and os.path.getsize(wal) > start + {wal_growth}:
                print("inside", flush=True)
                time.sleep(600)  # the parent kills us here, mid-transaction
            return 0

        con.set_progress_handler(pause_once_data_is_on_disk, {steps})
        return con

    Store.connect = connect
"""

_KILLED_IMPORT = """
    from mapdata.model import Incident

    incidents = [
        Incident.create(id=f"csv:big-{i}", date="2022-09-13", place=f"Village {i}", latitude=40.1,
                        longitude=45.6, claimant="Test MoD", reporting_side="Armenia",
                        summary="x" * 300, origin="csv")
        for i in range(20000)
    ]
    Store(path).save(incidents, origin="csv", label="the killed import")
    print("committed", flush=True)
"""


def kill_once_inside(
    write: str, *args: str, cache_kib: int = 256, wal_growth: int = 2_000_000, steps: int = 5000
) -> None:
    """Run ``write`` in a child process whose Store pauses inside its transaction (see _PAUSE_INSIDE),
    and SIGKILL it there, once it prints "inside"."""
    pause = textwrap.dedent(_PAUSE_INSIDE).format(cache_kib=cache_kib, wal_growth=wal_growth, steps=steps)
    child = subprocess.Popen(
        [sys.executable, "-c", pause + textwrap.dedent(write), *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        line = child.stdout.readline().strip() if child.stdout else ""
        stderr = child.stderr.read()[-2000:] if child.stderr and line != "inside" else ""
        assert line == "inside", f"the child never paused mid-transaction: {line!r} {stderr}"
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(30)
    assert child.returncode == -signal.SIGKILL


def test_import_killed_mid_transaction_leaves_all_or_nothing(tmp_path):
    path = tmp_path / "incidents.db"
    store = Store(path)
    store.save([claim("before-1"), claim("before-2")], label="earlier import")
    before = store.frame()
    version = store.data_version()

    kill_once_inside(_KILLED_IMPORT, str(path))
    assert integrity(path) == "ok"
    after = Store(path)
    assert after.count() == len(before)  # none of the killed import ...
    assert after.frame()["id"].tolist() == before["id"].tolist()  # ... and all that was there before
    assert after.data_version() == version
    assert "the killed import" not in set(after.batches()["label"])
    assert after.save([claim("after")]).new == ["csv:after"]  # and the file is fully usable


# -- a database locked by another program ----------------------------------------------


def test_locked_database_gives_a_clear_error_within_the_configured_timeout(store, monkeypatch):
    monkeypatch.setenv("MAPDATA_DB_TIMEOUT", "0.3")
    waiting = Store(store.path)
    assert waiting.timeout == 0.3
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match=r"database is locked by another program.*waited 0\.3 s"):
            waiting.save([claim("while-locked")])
        assert waiting.count() == BUNDLED  # readers are not blocked by a writer (WAL)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert waiting.get("csv:while-locked") is None
    assert waiting.save([claim("after-unlock")]).new == ["csv:after-unlock"]


def test_exclusively_locked_file_cannot_be_opened_and_says_why(store, monkeypatch):
    monkeypatch.setenv("MAPDATA_DB_TIMEOUT", "0.2")
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE meta SET value = value WHERE key = 'data_version'")
    try:
        with pytest.raises(StoreError, match="database is locked by another program"):
            Store(store.path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_timeout_setting_must_be_a_number(db_path, monkeypatch):
    monkeypatch.setenv("MAPDATA_DB_TIMEOUT", "soon")
    with pytest.raises(StoreError, match="MAPDATA_DB_TIMEOUT"):
        Store(db_path)


def test_full_disk_during_a_save_gives_a_clear_error_and_saves_nothing(store, monkeypatch):
    """SQLite's page limit stands in for a full disk: same error code (SQLITE_FULL), same path."""
    count, version = store.count(), store.data_version()
    real_connect = Store.connect

    def connect_with_little_room(self):
        con = real_connect(self)
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        con.execute(f"PRAGMA max_page_count = {pages + 2}")
        return con

    monkeypatch.setattr(Store, "connect", connect_with_little_room)
    with pytest.raises(StoreError, match="is full; nothing was saved"):
        store.save([claim(f"big-{i}", summary="x" * 500) for i in range(500)])
    monkeypatch.undo()
    assert (store.count(), store.data_version()) == (count, version)
    assert integrity(store.path) == "ok"


# -- read-only files ---------------------------------------------------------------------


def test_read_only_store_reads_and_refuses_writes_without_touching_the_file(store):
    store.save([claim("kept")])
    expected = store.frame()
    before = digest(store.path)
    reader = Store(store.path, read_only=True)  # read-only at the SQLite level: even root cannot write
    assert reader.read_only
    assert reader.frame().equals(expected)
    assert reader.get("csv:kept") == store.get("csv:kept")
    for write in (
        lambda: reader.save([claim("new")]),
        lambda: reader.retract(["csv:kept"], reason="test"),
        lambda: reader.edit("csv:kept", {"summary": "changed"}),
        lambda: reader.transaction().__enter__(),
    ):
        with pytest.raises(StoreError, match="read-only"):
            write()
    assert digest(store.path) == before
    assert store.get("csv:new") is None


def test_read_only_works_for_paths_with_uri_special_characters(tmp_path):
    path = tmp_path / "we?ird #dir%20ü" / "x?.db"
    Store(path).save([claim("kept")])
    reader = Store(path, read_only=True)  # opened through a file: URI, so ? # % must be quoted
    assert reader.get("csv:kept") is not None and reader.count() == BUNDLED + 1


def test_read_only_can_be_requested_by_environment(store, monkeypatch):
    monkeypatch.setenv("MAPDATA_DB_READONLY", "1")
    reader = open_store()
    assert reader.read_only and reader.count() == BUNDLED
    with pytest.raises(StoreError, match="read-only"):
        reader.save([claim("x")])


_MODULE_DDL = "CREATE TABLE IF NOT EXISTS notes (id TEXT PRIMARY KEY, text TEXT); CREATE INDEX IF NOT EXISTS notes_text ON notes(text)"


def test_read_only_store_accepts_module_tables_that_exist(store):
    store.ensure_tables(_MODULE_DDL)
    before = digest(store.path)
    reader = Store(store.path, read_only=True)
    reader.ensure_tables(_MODULE_DDL)  # nothing to create: fine
    with reader._reading() as con:
        assert con.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 0
    assert digest(store.path) == before


def test_read_only_store_lacking_module_tables_says_which(store):
    before = digest(store.path)
    reader = Store(store.path, read_only=True)
    with pytest.raises(StoreError, match=r"read-only.*lacks the table.*notes, notes_text"):
        reader.ensure_tables(_MODULE_DDL)
    assert digest(store.path) == before


@pytest.mark.parametrize(
    "name, tables_exist",
    [
        ("Sotk", True),
        ("Nowhereville-Xq", True),  # bug B5: recording the unresolved name wrote to a read-only file
        ("Sotk", False),  # bug B5: creating the place tables wrote to a read-only file
    ],
)
def test_geocoding_still_answers_with_a_read_only_store(store, name, tables_exist):
    from mapdata.geo import placebook

    if tables_exist:
        placebook.resolve_place("Sotk", store)  # the writable app created the place tables once
    reader = Store(store.path, read_only=True)
    result = placebook.resolve_place(name, reader)
    assert result.status in ("found", "not_found") and result.reason


_AS_UNPRIVILEGED_USER = """
    import json, os, shutil, sys, tempfile
    from mapdata.errors import StoreError
    from mapdata.model import Incident
    from mapdata.store import Store

    path = sys.argv[1]
    new = Incident.create(id="csv:new", date="2023-01-01", latitude=40, longitude=45,
                          claimant="x", reporting_side="media", origin="csv")
    # Warm up every lazy import while still able to read the interpreter's files.
    scratch = tempfile.mkdtemp()
    warm = Store(os.path.join(scratch, "warm.db"))
    warm.frame(); warm.save([new]); warm.batches()
    shutil.rmtree(scratch)
    if os.geteuid() == 0:
        try:
            os.setgid(65534)
            os.setuid(65534)  # nobody: permission bits now apply
        except OSError as exc:
            print(json.dumps({"skip": f"cannot drop root privileges here: {exc}"}))
            sys.exit(0)
    store = Store(path)
    out = {"uid": os.geteuid(), "read_only": store.read_only, "reason": store.read_only_reason,
           "count": store.count(), "rows": len(store.frame())}
    try:
        store.save([new])
        out["save"] = "saved"
    except StoreError as exc:
        out["save"] = str(exc)
    print(json.dumps(out))
"""


@pytest.mark.parametrize("what", ["file", "folder"])
def test_unwritable_file_or_folder_opens_read_only_for_an_ordinary_user(what):
    if os.geteuid() == 0 and not hasattr(os, "setuid"):
        pytest.skip("cannot drop root privileges here")
    # Under /tmp: the unprivileged user must be able to reach the folder (pytest's tmp_path is 0700).
    folder = Path(tempfile.mkdtemp(prefix="mapdata-ro-", dir="/tmp" if os.path.isdir("/tmp") else None))
    try:
        folder.chmod(0o755)
        path = folder / "incidents.db"
        Store(path).save([claim("kept")])
        if what == "file":
            path.chmod(0o444)
        else:
            path.chmod(0o644)
            folder.chmod(0o555)
        before = digest(path)
        result = run_python(_AS_UNPRIVILEGED_USER, str(path))
        assert result.returncode == 0, result.stderr[-3000:]
        out = json.loads(result.stdout.strip().splitlines()[-1])
        if "skip" in out:
            pytest.skip(out["skip"])
        assert out["uid"] != 0
        assert out["read_only"] is True and "not writable" in out["reason"]
        assert out["count"] == out["rows"] == BUNDLED + 1
        assert "read-only" in out["save"] and "nothing was saved" in out["save"]
        assert digest(path) == before
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


# -- damaged and foreign files -------------------------------------------------------------


def _assert_refused_untouched(path: Path, match: str) -> None:
    before = digest(path)
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StoreError, match=match) as info:
        Store(path)
    assert str(path) in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no journal, no backup, no litter


def test_random_bytes_are_refused_and_left_untouched(db_path):
    db_path.write_bytes(b"\x13\x37" + os.urandom(8190))
    _assert_refused_untouched(db_path, "damaged or not an incident database")


def test_a_csv_passed_as_database_is_refused_and_left_untouched(db_path):
    db_path.write_text("id,date,place\nx,2023-01-01,Sotk\n" * 200, encoding="utf-8")
    _assert_refused_untouched(db_path, "damaged or not an incident database")


def _big_store(path: Path) -> None:
    store = Store(path)
    store.save([claim(f"bulk-{i}", summary="s" * 200) for i in range(3000)])
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_truncated_database_is_refused_and_left_untouched(db_path):
    _big_store(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) * 6 // 10])
    _assert_refused_untouched(db_path, "damaged")


def _found_whole_earlier(path: Path) -> None:
    """Open the file as if last written a minute ago, so its passing check is recorded."""
    os.utime(path, (time.time() - 60, time.time() - 60))
    Store(path)
    assert beside(path, CHECKED_SUFFIX).exists()


@pytest.mark.parametrize("checked_before", [False, True])
def test_database_with_garbage_pages_is_refused_and_left_untouched(db_path, checked_before):
    _big_store(db_path)
    if checked_before:  # a recorded check does not hide damage written since
        _found_whole_earlier(db_path)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for n in range(len(data) // page // 3, len(data) // page // 3 + 4):
        data[n * page : (n + 1) * page] = os.urandom(page)
    db_path.write_bytes(bytes(data))
    _assert_refused_untouched(db_path, "damaged")


def test_damaged_file_is_refused_read_only_too(db_path):
    db_path.write_bytes(os.urandom(4096))
    with pytest.raises(StoreError, match="damaged or not an incident database"):
        Store(db_path, read_only=True)


def test_database_of_another_program_is_refused_and_left_untouched(db_path):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE contacts(name TEXT, phone TEXT)")
    con.execute("INSERT INTO contacts VALUES ('a', '1')")
    con.commit()
    con.close()
    _assert_refused_untouched(db_path, "another program")


def test_database_from_a_newer_version_is_refused_and_left_untouched(store):
    con = sqlite3.connect(store.path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    _assert_refused_untouched(store.path, "newer version")


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


def test_out_of_range_count_is_a_store_error_and_saves_nothing(store):
    huge = dataclasses.replace(claim("huge"), killed=10**30)  # built without the model's checks
    with pytest.raises(StoreError, match="too large"):
        store.save([claim("ok"), huge])
    assert store.get("csv:ok") is None and store.count() == BUNDLED


# -- schema upgrades ---------------------------------------------------------------------


def _write_v0_file(path: Path, *, with_latitude: bool = True) -> None:
    """A file from before the schema was versioned: fewer columns, no indexes, no meta tables."""
    con = sqlite3.connect(path)
    lat = "latitude REAL NOT NULL," if with_latitude else ""
    con.execute(
        f"CREATE TABLE incidents (id TEXT PRIMARY KEY, date TEXT NOT NULL, place TEXT, {lat} "
        "longitude REAL NOT NULL, claimant TEXT NOT NULL, reporting_side TEXT NOT NULL, summary TEXT)"
    )
    rows = [
        ("old:1", "2021-11-16", "Sotk", 40.2, 45.9, "Armenian MoD", "Armenia", "legacy <b>one</b>"),
        ("old:2", "2022-09-13", "Jermuk", 39.84, 45.67, "Azerbaijani MoD", "Azerbaijan", None),
    ]
    if not with_latitude:
        rows = [r[:3] + r[4:] for r in rows]
    con.executemany(f"INSERT INTO incidents VALUES ({', '.join('?' * len(rows[0]))})", rows)
    con.commit()
    con.close()


def _backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.bak-*"))


def test_old_schema_is_upgraded_in_place_after_a_backup_copy(db_path):
    _write_v0_file(db_path)
    store = Store(db_path)
    [backup] = _backups(db_path)
    assert store.backup_path == backup
    assert backup.name.startswith("incidents.db.bak-v0-")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 0
    assert old.execute("SELECT id, summary FROM incidents ORDER BY id").fetchall() == [
        ("old:1", "legacy <b>one</b>"),
        ("old:2", None),
    ]
    old.close()

    assert store.count() == 2  # the old records, kept; nothing seeded over them
    first = store.get("old:1")
    assert (first.place, first.latitude, first.summary, first.accused_side, first.weapons) == (
        "Sotk",
        40.2,
        "legacy <b>one</b>",
        "unknown",
        (),
    )
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {"incidents_date", "incidents_side", "incidents_source"} <= {
        row[1] for row in con.execute("PRAGMA index_list(incidents)")
    }
    con.close()
    assert store.save([claim("new")]).new == ["csv:new"]
    Store(db_path)
    assert len(_backups(db_path)) == 1  # an up-to-date file is not copied again


def test_file_that_cannot_be_upgraded_is_left_untouched(db_path):
    _write_v0_file(db_path, with_latitude=False)
    _assert_refused_untouched(db_path, "cannot upgrade.*latitude")


def test_failed_upgrade_step_rolls_back_and_keeps_the_file(store, monkeypatch):
    """The mechanism for future versions: steps run in one transaction after the backup."""

    def half_done_then_fail(con: sqlite3.Connection) -> None:
        con.execute("ALTER TABLE incidents ADD COLUMN confidence REAL")
        con.execute("UPDATE incidents SET confidence = 1")
        raise sqlite3.OperationalError("simulated failure half-way through an upgrade")

    monkeypatch.setattr(schema_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema_module.MIGRATIONS, SCHEMA_VERSION, half_done_then_fail)
    with pytest.raises(StoreError, match="simulated failure"):
        Store(store.path)
    monkeypatch.undo()
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "confidence" not in {row[1] for row in con.execute("PRAGMA table_info(incidents)")}
    con.close()
    assert _backups(store.path) == []
    assert Store(store.path).count() == BUNDLED
    con = sqlite3.connect(store.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    assert integrity(store.path) == "ok"


def test_upgrade_steps_chain_from_the_files_version(store, monkeypatch):
    def add_confidence(con: sqlite3.Connection) -> None:
        con.execute("ALTER TABLE incidents ADD COLUMN confidence REAL")

    monkeypatch.setattr(schema_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema_module.MIGRATIONS, SCHEMA_VERSION, add_confidence)
    upgraded = Store(store.path)
    assert upgraded.backup_path is not None and upgraded.backup_path.name.startswith(
        f"incidents.db.bak-v{SCHEMA_VERSION}-"
    )
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert "confidence" in {row[1] for row in con.execute("PRAGMA table_info(incidents)")}
    con.close()
    assert upgraded.count() == BUNDLED


def test_a_test_that_names_no_database_never_touches_the_users_own(monkeypatch):
    # A test without MAPDATA_DB once seeded ~/.local/share/ceasefire-map on the developer's machine.
    monkeypatch.delenv("MAPDATA_DB", raising=False)
    home_data = Path.home() / ".local" / "share"
    assert not default_db_path().resolve().is_relative_to(home_data.resolve())


def _counting_checks(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = checked.quick_check

    def counted(con):
        calls.append(1)
        return real(con)

    monkeypatch.setattr(checked, "quick_check", counted)
    return calls


def test_a_file_found_whole_is_not_read_again_until_something_writes_it(db_path, monkeypatch):
    # quick_check reads every page: ~10 s at a million claims on every start of the app.
    _big_store(db_path)
    calls = _counting_checks(monkeypatch)
    _found_whole_earlier(db_path)
    assert len(calls) == 1
    Store(db_path)
    Store(db_path)
    assert len(calls) == 1
    Store(db_path).save([claim("one-more")])
    os.utime(db_path, (time.time() - 60, time.time() - 60))
    Store(db_path)
    assert len(calls) == 2  # the write changed the file (its WAL): checked again


def test_a_check_right_after_a_write_is_not_recorded(db_path, monkeypatch):
    # A write within the file system's time tick could leave the same time: check again.
    calls = _counting_checks(monkeypatch)
    Store(db_path)
    Store(db_path)
    assert len(calls) == 2 and not beside(db_path, CHECKED_SUFFIX).exists()


def test_a_read_only_store_always_checks_and_writes_nothing_beside(db_path, monkeypatch):
    _big_store(db_path)
    beside(db_path, CHECKED_SUFFIX).unlink(missing_ok=True)
    os.utime(db_path, (time.time() - 60, time.time() - 60))
    calls = _counting_checks(monkeypatch)
    Store(db_path, read_only=True)
    Store(db_path, read_only=True)
    assert len(calls) == 2 and not beside(db_path, CHECKED_SUFFIX).exists()
