"""A GeoJSON feature with no geometry and a blank place is one rejected feature, not a crash of the
whole import (review40 finding 1: ``KeyError: 'latitude'`` with placing off and on)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.formats import geojson
from mapdata.store import Store

GOOD = {
    "type": "Feature",
    "geometry": {"type": "Point", "coordinates": [45.87, 40.2]},
    "properties": {"date": "2023-06-02", "place": "Sotk", "claimant": "Test MoD", "reporting_side": "Armenia"},
}


def _blank_place(place: object) -> dict:
    properties = {"date": "2023-05-12", "place": place, "claimant": "Armenian MoD", "reporting_side": "Armenia"}
    return {"type": "Feature", "geometry": None, "properties": properties}


def _collection(*features: dict) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)})


def _never(place: str, country: str | None, conflict: str | None) -> dict[str, object]:
    raise AssertionError(f"a blank place must not be looked up: {place!r}")


@pytest.mark.parametrize("place", ["   ", "", "\t\n", None])
@pytest.mark.parametrize("locate", [None, _never], ids=["placing off", "placing on"])
def test_a_feature_without_geometry_and_a_blank_place_is_one_rejected_feature(place, locate) -> None:
    outcome = geojson.parse(_collection(_blank_place(place), GOOD), locate)
    (problem,) = outcome.problems
    assert (problem.row, problem.column) == (1, "geometry")
    assert problem.message == "must be a Point, got 'None'"
    assert outcome.incident_rows == [2] and outcome.incidents[0].place == "Sotk"


def test_cli_import_rejects_the_blank_place_feature_and_imports_the_good_one(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "blank_place.geojson"
    source.write_text(_collection(_blank_place("   "), GOOD), encoding="utf-8")
    before = len(Store(db_path).incidents())
    assert main(["import", str(source), "--db", str(db_path)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "KeyError" not in captured.err
    summary = json.loads(captured.out)
    assert (summary["rows"], summary["new"], summary["rejected"]) == (2, 1, 1)
    assert summary["errors"] == [{"feature": 1, "column": "geometry", "message": "must be a Point, got 'None'"}]
    assert len(Store(db_path).incidents()) == before + 1
