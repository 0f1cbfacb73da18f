"""Exports carry each claim's clash status, and an import of such a file leaves it out."""

from __future__ import annotations

import csv
import io
import json

from mapdata.claims import CLASH_STATUSES, find_clashes
from mapdata.formats.exporter import to_csv, to_geojson
from mapdata.formats.importer import preview_import
from mapdata.store import Store


def test_csv_and_geojson_carry_the_clash_status_given(store: Store) -> None:
    frame = store.frame()
    status = find_clashes(frame).status
    assert {"single source", "contested"} <= set(status.astype(str))  # the examples hold both
    expected = dict(zip(frame["id"], status.astype(str)))
    rows = list(csv.DictReader(io.StringIO(to_csv(frame, status=status))))
    assert {r["id"]: r["clash_status"] for r in rows} == expected
    features = json.loads(to_geojson(frame, status=status))["features"]
    assert {f["id"]: f["properties"]["clash_status"] for f in features} == expected
    assert set(status.astype(str)) <= set(CLASH_STATUSES)


def test_a_filtered_export_keeps_the_status_of_the_whole_clash(store: Store) -> None:
    """One account of a contested clash, exported alone, is still contested."""
    frame = store.frame()
    status = find_clashes(frame).status
    one = frame[(status == "contested").to_numpy()].head(1)
    rows = list(csv.DictReader(io.StringIO(to_csv(one, status=status))))
    assert [(r["id"], r["clash_status"]) for r in rows] == [(one["id"].iloc[0], "contested")]


def test_a_claim_without_status_gets_an_empty_cell_and_null(store: Store) -> None:
    frame = store.frame()
    status = find_clashes(frame).status.iloc[1:]  # the first claim has none (as a retracted one)
    lacking = frame["id"].iloc[0]
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv(frame, status=status)))}
    assert rows.pop(lacking)["clash_status"] == "" and {r["clash_status"] for r in rows.values()} <= set(CLASH_STATUSES)
    features = {f["id"]: f for f in json.loads(to_geojson(frame, status=status))["features"]}
    assert features[lacking]["properties"]["clash_status"] is None


def test_the_status_column_is_not_imported_into_extra(store: Store) -> None:
    """The status is the exporting database's reading: a re-import finds every claim unchanged."""
    frame = store.frame()
    status = find_clashes(frame).status
    for name, text in (("out.csv", to_csv(frame, status=status)), ("out.geojson", to_geojson(frame, status=status))):
        preview = preview_import(text.encode("utf-8"), store, filename=name)
        assert len(preview.incidents) == len(frame)
        assert not any("clash_status" in incident.extra for incident in preview.incidents), name
        assert preview.counts()["unchanged"] == len(frame), name
