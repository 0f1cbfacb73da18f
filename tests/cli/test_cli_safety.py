"""The command line on a bad database: a clear one-line error and exit 1, never a traceback, never a changed file."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mapdata.store import SCHEMA_VERSION, Store

REPO = Path(__file__).resolve().parents[2]

CSV_HEADER = "date,place,latitude,longitude,claimant,reporting_side,accused_side,summary\n"
CSV_ROW = "2023-05-12,Sotk,40.2,45.9,Armenian MoD,Armenia,Azerbaijan,test claim\n"


def mapdata(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("MAPDATA_")}
    full_env.update({"PYTHONPATH": str(REPO), **(env or {})})
    return subprocess.run(
        [sys.executable, "-m", "mapdata", *args], cwd=REPO, capture_output=True, text=True, timeout=120, env=full_env
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_clean_failure(result: subprocess.CompletedProcess, *words: str) -> str:
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output, output
    for word in words:
        assert word in output, output
    return output


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.csv"
    path.write_text(CSV_HEADER + CSV_ROW, encoding="utf-8")
    return path


@pytest.fixture
def corrupt_db(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not sqlite\n" + os.urandom(4000))
    return path


def _commands(db: Path, csv_file: Path) -> dict[str, list[str]]:
    return {
        "info": ["info", "--db", str(db)],
        "export": ["export", "--format", "csv", "--db", str(db)],
        "import": ["import", str(csv_file), "--db", str(db)],
        "geocode": ["geocode", "Sotk", "--db", str(db)],
    }


@pytest.mark.parametrize("command", ["info", "export", "import", "geocode"])
def test_corrupt_database_gives_a_clear_error_and_stays_untouched(command, corrupt_db, csv_file):
    before = digest(corrupt_db)
    result = mapdata(*_commands(corrupt_db, csv_file)[command])
    assert_clean_failure(result, str(corrupt_db), "damaged or not an incident database", "left untouched")
    assert digest(corrupt_db) == before


def test_truncated_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "incidents.db"
    Store(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    assert_clean_failure(mapdata("info", "--db", str(path)), "damaged")
    assert digest(path) == before


def test_database_from_a_newer_version_gives_a_clear_error(tmp_path):
    path = tmp_path / "incidents.db"
    Store(path)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    assert_clean_failure(mapdata("info", "--db", str(path)), "newer version")


def test_exclusively_locked_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "incidents.db"
    Store(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE meta SET value = value")
    try:
        result = mapdata("info", "--db", str(path), env={"MAPDATA_DB_TIMEOUT": "0.2"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_clean_failure(result, "database is locked by another program")


def test_import_while_another_program_writes_fails_cleanly_and_writes_nothing(tmp_path, csv_file):
    path = tmp_path / "incidents.db"
    count = Store(path).count()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = mapdata("import", str(csv_file), "--db", str(path), env={"MAPDATA_DB_TIMEOUT": "0.2"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_clean_failure(result, "locked by another program")
    assert Store(path).count() == count


def test_read_only_database_still_answers_info_and_refuses_import(tmp_path, csv_file):
    path = tmp_path / "incidents.db"
    store = Store(path)
    count = store.count()
    info = mapdata("info", "--db", str(path), env={"MAPDATA_DB_READONLY": "1"})
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["incidents"] == count

    result = mapdata("import", str(csv_file), "--db", str(path), env={"MAPDATA_DB_READONLY": "1"})
    assert_clean_failure(result, "read-only", "nothing was saved")
    assert store.count() == count


def test_database_path_that_is_a_folder_gives_a_clear_error(tmp_path):
    assert_clean_failure(mapdata("info", "--db", str(tmp_path)), "is a folder")
