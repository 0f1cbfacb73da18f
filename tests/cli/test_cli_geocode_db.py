"""``geocode`` answers from the same database as the app: ``--db``, else ``$MAPDATA_DB`` (walk40)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.geo.placebook import PlaceBook, user_place
from mapdata.store import Store


def _records(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_geocode_without_db_uses_the_alias_saved_in_mapdata_db(db_path: Path, capsys) -> None:
    # walk40: a place set on the Gazetteer page (an alias in $MAPDATA_DB) was "not_found" on the
    # command line unless --db repeated the same file
    PlaceBook(Store(db_path)).save_alias("Phu Makhuea", user_place("Phu Makhuea", 14.37, 104.64))
    assert main(["geocode", "Phu Makhuea", "--conflict", "thailand-cambodia"]) == 0
    (record,) = _records(capsys)
    assert record["status"] == "found", record
    assert record["source"] == "alias"
    assert (record["chosen"]["latitude"], record["chosen"]["longitude"]) == (14.37, 104.64)


def test_geocode_with_db_still_wins_over_mapdata_db(db_path: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "other.db"
    PlaceBook(Store(other)).save_alias("Post 7", user_place("Post 7", 40.3, 45.6))
    PlaceBook(Store(db_path)).save_alias("Post 7", user_place("Post 7", 39.1, 46.2))
    assert main(["geocode", "--db", str(other), "Post 7"]) == 0
    (record,) = _records(capsys)
    assert record["chosen"]["latitude"] == 40.3


def test_geocode_makes_no_database_when_mapdata_db_does_not_exist(db_path: Path, capsys) -> None:
    assert not db_path.exists()
    assert main(["geocode", "Vardenis"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["status"] == "found"
    assert "no database at" in captured.err and "gazetteer alone" in captured.err
    assert not db_path.exists()


def test_geocode_with_a_mistyped_db_is_an_error_and_makes_no_file(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "typo.db"
    assert main(["geocode", "--db", str(missing), "Vardenis"]) == 1
    assert "no database at" in capsys.readouterr().err
    assert not missing.exists()
