"""``python -m mapdata extract``: the user's place aliases come from the app's own database when no
``--db`` is given: $MAPDATA_DB, else the per-user file (it read $MAPDATA_DB only, so a name placed on
the Gazetteer page of an app run without that variable was not found here; walk40, as 0743a06 for geocode)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.placebook import PlaceBook
from mapdata.store import Store, default_db_path

REPORT = (
    "published: 2022-06-03\n\nThe Armenian Defence Ministry said Azerbaijani units "
    "shelled positions near the village of Zzyxqorvan on 2 June.\n"
)


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_the_aliases_of_the_per_user_database_apply_without_mapdata_db(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MAPDATA_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    report = _report(tmp_path)
    assert main(["extract", str(report)]) == 0  # no database yet: none is made, the gazetteer alone answers
    assert json.loads(capsys.readouterr().out)["proposals"][0]["resolved"] is False
    assert not default_db_path().exists()
    db = default_db_path()  # the file the app opens (the Gazetteer page saves the alias there)
    assert db.is_relative_to(tmp_path / "data")
    PlaceBook(Store(db)).save_alias("Zzyxqorvan", Gazetteer.default().geocode("Goris").place)
    before = db.read_bytes()
    assert main(["extract", str(report)]) == 0
    out, err = capsys.readouterr()
    proposal = json.loads(out)["proposals"][0]
    assert proposal["resolved"] is True and round(proposal["latitude"], 2) == 39.51, err
    assert db.read_bytes() == before  # read-only


def test_a_mistyped_db_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "own.bd"
    assert main(["extract", str(_report(tmp_path)), "--db", str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"no database at {missing}; check the path" in err and "Traceback" not in err
    assert not missing.exists()
