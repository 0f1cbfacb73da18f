"""walk47: an export that can hold retracted claims says which are retracted, when and why; read back,
such a row is never a live claim again without a word.

Before: with "Show retracted claims" on (or ``export --include-retracted``), the CSV and GeoJSON held the
retracted claims with nothing marking them (only an empty ``clash_status``), and importing the file into
another database made them live claims, silently.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.formats.exporter import to_csv, to_csv_bytes, to_geojson
from mapdata.formats.importer import preview_import
from mapdata.store import Store
from ui.downloads import export_files

REASON = "entered twice"


def _retracted_one(store: Store) -> str:
    gone = str(store.frame()["id"].iloc[0])
    assert store.retract([gone], REASON, who="tester") == [gone]
    return gone


def test_csv_and_geojson_mark_each_claim_retracted_or_not(store: Store) -> None:
    gone = _retracted_one(store)
    frame = store.frame(include_retracted=True)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv(frame, retracted=True)))}
    assert len(rows) == len(frame)
    assert (rows[gone]["retracted"], rows[gone]["retracted_reason"]) == ("true", REASON)
    assert rows[gone]["retracted_at"].startswith("20")
    assert {r["retracted"] for i, r in rows.items() if i != gone} == {"false"}
    assert {r["retracted_at"] for i, r in rows.items() if i != gone} == {""}
    features = {f["id"]: f["properties"] for f in json.loads(to_geojson(frame, retracted=True))["features"]}
    assert features[gone]["retracted"] is True and features[gone]["retracted_reason"] == REASON
    assert {p["retracted"] for i, p in features.items() if i != gone} == {False}
    assert {p["retracted_at"] for i, p in features.items() if i != gone} == {None}


def test_the_download_buttons_files_mark_retracted_claims(store: Store) -> None:
    gone = _retracted_one(store)
    frame = store.frame(include_retracted=True)
    csv_file, geo_file = export_files(frame, stem="x", retracted=True)
    assert csv_file.make() == to_csv_bytes(frame, retracted=True)
    properties = {f["id"]: f["properties"] for f in json.loads(geo_file.make())["features"]}
    assert properties[gone]["retracted"] is True
    plain, _ = export_files(store.frame(), stem="x")  # live claims only: no retraction columns, as before
    assert b"retracted" not in plain.make().splitlines()[0]


def test_the_history_export_marks_them_the_same_way(store: Store) -> None:
    gone = _retracted_one(store)
    frame = store.frame(include_retracted=True).assign(history=None)
    header, *_ = csv.reader(io.StringIO(to_csv(frame, curation=True)))
    assert header[-6:] == ["review_status", "review_note", "retracted", "retracted_at", "retracted_reason", "history"]
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv(frame, curation=True)))}
    assert rows[gone]["retracted"] == "true"


def test_cli_include_retracted_marks_them(db_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    gone = _retracted_one(Store(db_path))
    capsysbinary.readouterr()
    assert main(["export", "--format", "csv", "--include-retracted", "--db", str(db_path)]) == 0
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode("utf-8")))}
    assert (rows[gone]["retracted"], rows[gone]["retracted_reason"]) == ("true", REASON)
    assert main(["export", "--format", "geojson", "--include-retracted", "--db", str(db_path)]) == 0
    features = json.loads(capsysbinary.readouterr().out.decode("utf-8"))["features"]
    assert {f["id"]: f["properties"]["retracted"] for f in features}[gone] is True


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_read_back_into_another_database_a_retracted_row_is_refused_saying_why(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    gone = _retracted_one(store)
    frame = store.frame(include_retracted=True)
    data = to_csv_bytes(frame, retracted=True) if fmt == "csv" else to_geojson(frame, retracted=True).encode()
    other = Store(tmp_path / "other.db", seed=False)
    preview = preview_import(data, other, fmt=fmt)
    assert [p.incident_id for p in preview.rejected] == [gone]
    message = preview.rejected[0].message
    assert "marked retracted in the file" in message and REASON in message and "not imported" in message
    assert gone not in preview.new and len(preview.new) == len(frame) - 1
    preview.commit(other)
    assert gone not in set(other.frame(include_retracted=True)["id"])


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_read_back_into_its_own_database_it_stays_retracted(store: Store, fmt: str) -> None:
    gone = _retracted_one(store)
    frame = store.frame(include_retracted=True)
    data = to_csv_bytes(frame, retracted=True) if fmt == "csv" else to_geojson(frame, retracted=True).encode()
    preview = preview_import(data, store, fmt=fmt)
    assert preview.rejected == [] and preview.retracted == [gone]
    assert len(preview.unchanged) == len(frame) - 1
    preview.commit(store)
    assert gone not in set(store.frame()["id"])
