"""``python -m mapdata export`` writes each claim's clash status, found over the whole store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from mapdata.claims import find_clashes
from mapdata.cli import main
from mapdata.store import Store


def _export(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> str:
    capsysbinary.readouterr()
    assert main(["export", *argv]) == 0
    return capsysbinary.readouterr().out.decode("utf-8")


def test_csv_and_geojson_exports_carry_the_clash_status(
    db_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    store = Store(db_path)
    frame = store.frame()
    expected = dict(zip(frame["id"], find_clashes(frame).status.astype(str)))
    assert "contested" in expected.values()
    rows = list(csv.DictReader(io.StringIO(_export(capsysbinary, "--format", "csv", "--db", str(db_path)))))
    assert {r["id"]: r["clash_status"] for r in rows} == expected
    document = json.loads(_export(capsysbinary, "--format", "geojson", "--db", str(db_path)))
    assert {f["id"]: f["properties"]["clash_status"] for f in document["features"]} == expected


def test_a_side_filter_keeps_the_status_of_the_clash(db_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Only Armenia's accounts are exported; a clash Azerbaijan's account contests stays contested."""
    store = Store(db_path)
    frame = store.frame()
    status = find_clashes(frame).status.astype(str)
    contested = set(frame["id"][(status == "contested").to_numpy() & (frame["reporting_side"] == "Armenia").to_numpy()])
    assert contested
    rows = list(
        csv.DictReader(io.StringIO(_export(capsysbinary, "--format", "csv", "--side", "Armenia", "--db", str(db_path))))
    )
    assert {r["reporting_side"] for r in rows} == {"Armenia"}
    assert {r["id"] for r in rows if r["clash_status"] == "contested"} == contested


def test_a_retracted_claim_has_no_clash_status(db_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    store = Store(db_path)
    gone = str(store.frame()["id"].iloc[0])
    store.retract([gone], "entered by mistake")
    text = _export(capsysbinary, "--format", "csv", "--include-retracted", "--with-history", "--db", str(db_path))
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows[gone]["clash_status"] == "" and rows[gone]["retracted_reason"] == "entered by mistake"
    assert all(r["clash_status"] for i, r in rows.items() if i != gone)
