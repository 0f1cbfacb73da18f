"""The command line serves every conflict: export by conflict and by its sides."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from mapdata.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_export_one_conflict_by_its_sides(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(FIXTURES / "acled_other_conflicts_synthetic.csv"), "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "csv", "--conflict", "india-pakistan", "--db", str(db_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["id"] for r in rows) == ["acled:IND90001", "acled:PAK90001"]
    assert main(["export", "--format", "csv", "--side", "Pakistani", "--db", str(db_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["id"], r["reporting_side"]) for r in rows] == [("acled:PAK90001", "Pakistan")]


def test_export_names_the_sides_of_the_conflict_asked_for(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["export", "--format", "csv", "--conflict", "india-pakistan", "--side", "Armenia", "--db", str(db_path)])
        == 1
    )
    assert (
        "unknown side 'Armenia' for conflict india-pakistan; expected one of: India, Pakistan"
        in capsys.readouterr().err
    )
    assert main(["export", "--format", "csv", "--conflict", "narnia", "--db", str(db_path)]) == 1
    assert "unknown conflict 'narnia'" in capsys.readouterr().err
