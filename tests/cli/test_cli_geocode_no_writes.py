"""A ``geocode`` look-up writes nothing to the user's database (review40 finding 3): a name it cannot
find is not added to the Unresolved places list (that list is for names an import or report could
not place), and without ``--db`` the app's file is opened read-only (no schema upgrade, no check
record beside it)."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from mapdata.cli import main
from mapdata.geo.placebook import PlaceBook, user_place
from mapdata.store import Store

UNKNOWN = "Xqzzyville"


def _unresolved(path: Path) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT name, context, seen FROM unresolved_places ORDER BY name").fetchall()
    finally:
        con.close()


def _aged(path: Path) -> tuple[bytes, int, set[str]]:
    """The file's bytes and mtime (set an hour back, so any write shows) and the files beside it."""
    old = time.time() - 3600
    os.utime(path, (old, old))
    return path.read_bytes(), path.stat().st_mtime_ns, {p.name for p in path.parent.iterdir()}


def _new_beside(path: Path, beside: set[str]) -> set[str]:
    """Files new beside the database, but SQLite's own shared-memory and log files of a reader."""
    return {p.name for p in path.parent.iterdir()} - beside - {f"{path.name}-shm", f"{path.name}-wal"}


def _made(db_path: Path) -> None:
    store = Store(db_path)
    PlaceBook(store).save_alias("Post 7", user_place("Post 7", 40.3, 45.6))
    PlaceBook(store).note_unresolved([("Zodk", "import: a.csv · Armenia–Azerbaijan", "no match")])


def test_a_not_found_look_up_without_db_leaves_the_apps_file_as_it_was(db_path: Path, capsys) -> None:
    _made(db_path)
    before = _unresolved(db_path)
    data, mtime, beside = _aged(db_path)
    assert main(["geocode", UNKNOWN, "Post 7"]) == 3  # a name not found (walk47)
    missing, alias = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert missing["status"] == "not_found"
    assert alias["source"] == "alias"  # the user's aliases still answer first
    assert db_path.read_bytes() == data and db_path.stat().st_mtime_ns == mtime
    assert _new_beside(db_path, beside) == set()  # no check record written beside it
    assert _unresolved(db_path) == before == [("Zodk", "import: a.csv · Armenia–Azerbaijan", 1)]


def test_a_not_found_look_up_with_db_adds_no_unresolved_name(tmp_path: Path, capsys) -> None:
    path = tmp_path / "named.db"
    _made(path)
    before = _unresolved(path)
    assert main(["geocode", "--db", str(path), UNKNOWN, UNKNOWN, "Zodk"]) == 3
    assert [json.loads(line)["status"] for line in capsys.readouterr().out.splitlines()] == ["not_found"] * 3
    assert _unresolved(path) == before  # not added, and "Zodk" not counted again


def test_a_look_up_does_not_upgrade_an_older_app_file(db_path: Path, capsys) -> None:
    _made(db_path)
    con = sqlite3.connect(db_path)
    version = con.execute("PRAGMA user_version").fetchone()[0]
    con.execute(f"PRAGMA user_version = {version - 1}")
    con.close()
    data, mtime, beside = _aged(db_path)
    assert main(["geocode", "Vardenis", UNKNOWN]) == 3
    captured = capsys.readouterr()
    found, missing = (json.loads(line) for line in captured.out.splitlines())
    assert (found["status"], missing["status"]) == ("found", "not_found")
    assert "gazetteer alone answers" in captured.err and "older schema" in captured.err
    assert db_path.read_bytes() == data and db_path.stat().st_mtime_ns == mtime
    assert _new_beside(db_path, beside) == set()  # no backup copy made


def test_mapdata_db_readonly_is_still_honoured(db_path: Path, monkeypatch, capsys) -> None:
    _made(db_path)
    monkeypatch.setenv("MAPDATA_DB_READONLY", "1")
    assert main(["geocode", "Post 7"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "alias"
