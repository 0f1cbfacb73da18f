"""``python -m mapdata import``: a GeoJSON's rejections are numbered as features (``feature``), a CSV's as
rows (``row``), as the Import page says "feature 2" and "row 3" (the JSON called both "row")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapdata.cli import main

GOOD = {"date": "2023-05-12", "place": "Testville", "claimant": "Unit test", "reporting_side": "media"}


def _feature(properties: dict, lat: float) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [45.9, lat]}, "properties": properties}


def _import(path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["import", str(path), "--db", str(db), "--dry-run"])
    return code, json.loads(capsys.readouterr().out)


def test_a_rejection_is_numbered_as_its_file_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(
        "date,place,latitude,longitude,claimant,reporting_side\n"
        "2023-05-12,Testville,40.2,45.9,Unit test,media\n"
        "yesterday,Testville,40.3,45.9,Unit test,media\n",
        encoding="utf-8",
    )
    code, summary = _import(path, tmp_path / "x.db", capsys)
    assert code == 0 and summary["format"] == "csv"
    [error] = summary["errors"]
    assert error["row"] == 3 and "feature" not in error  # its line in the file, the header line 1
    path = tmp_path / "claims.geojson"
    features = [_feature(GOOD, 40.2), _feature({**GOOD, "date": "yesterday"}, 40.3), _feature(GOOD, 40.4)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    code, summary = _import(path, tmp_path / "y.db", capsys)
    assert code == 0 and summary["format"] == "geojson" and summary["rejected"] == 1
    [error] = summary["errors"]
    assert error["feature"] == 2 and "row" not in error  # the second feature (the first is 1)
    assert error["column"] == "properties.date" and "yesterday" in error["message"]
