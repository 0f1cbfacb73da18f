"""Exports carry each claim's conflict, and an export of several conflicts imports back exactly."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from factories import make_claim
from mapdata.formats.exporter import to_csv, to_geojson
from mapdata.formats.importer import preview_import
from mapdata.model import Incident
from mapdata.store import Store


def claims_of_every_conflict() -> list[Incident]:
    return [
        make_claim(),
        make_claim(
            conflict="india-pakistan", claimant="ISPR (Pakistan army)", reporting_side="Pakistan", accused_side="India"
        ),
        make_claim(conflict="israel-lebanon", claimant="UNIFIL", reporting_side="third party", accused_side="Israel"),
        make_claim(conflict="israel-lebanon", claimant="IDF", reporting_side="Israel", accused_side="Hezbollah"),
        make_claim(
            conflict="thailand-cambodia", claimant="Thai army", reporting_side="Thailand", accused_side="Cambodia"
        ),
        make_claim(
            conflict="russia-ukraine", claimant="OSCE SMM", reporting_side="third party", accused_side="unknown"
        ),
    ]


@pytest.fixture
def mixed_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "mixed.db", seed=False)
    store.save(claims_of_every_conflict())
    return store


def _without_batch(store: Store) -> list[dict]:
    return [{k: v for k, v in i.to_record().items() if k != "batch"} for i in store.incidents()]


def test_csv_and_geojson_exports_carry_the_conflict(mixed_store: Store):
    rows = list(csv.DictReader(io.StringIO(to_csv(mixed_store.frame()))))
    assert sorted(r["conflict"] for r in rows) == sorted(i.conflict for i in claims_of_every_conflict())
    features = json.loads(to_geojson(mixed_store.frame()))["features"]
    assert {f["properties"]["conflict"] for f in features} == {
        "armenia-azerbaijan",
        "india-pakistan",
        "israel-lebanon",
        "thailand-cambodia",
        "russia-ukraine",
    }


@pytest.mark.parametrize("exporter", [to_csv, to_geojson])
def test_an_export_of_several_conflicts_imports_back_exactly(mixed_store: Store, tmp_path: Path, exporter):
    target = Store(tmp_path / "target.db", seed=False)
    preview = preview_import(exporter(mixed_store.frame()).encode("utf-8"), target, filename="export")
    assert preview.rejected == []
    preview.commit(target)
    assert _without_batch(target) == _without_batch(mixed_store)


def test_a_csv_exported_before_conflicts_existed_imports_as_armenia_azerbaijan(mixed_store: Store, tmp_path: Path):
    text = to_csv(mixed_store.frame().query("conflict == 'armenia-azerbaijan'").drop(columns=["conflict"]))
    header = next(csv.reader(io.StringIO(text)))
    assert "conflict" in header  # the exporter always writes every field...
    column = header.index("conflict")
    old = io.StringIO()  # ...a file from before conflicts had none
    csv.writer(old).writerows(row[:column] + row[column + 1 :] for row in csv.reader(io.StringIO(text)))
    target = Store(tmp_path / "target.db", seed=False)
    preview = preview_import(old.getvalue().encode("utf-8"), target, filename="old.csv")
    assert preview.rejected == [] and len(preview.incidents) == 1
    assert preview.incidents[0].conflict == "armenia-azerbaijan"
