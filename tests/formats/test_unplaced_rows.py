"""A row that names a place but has no coordinates, read with placing off, says what would place it;
a GeoJSON's problems speak of features; a preview counts what a commit would write (walk40)."""

from __future__ import annotations

import json

from mapdata.formats import geojson, ourcsv
from mapdata.formats.importer import preview_import
from mapdata.formats.placing import unplaced
from mapdata.store import Store

HEADER = "date,place,latitude,longitude,claimant,reporting_side\n"


def test_a_csv_row_with_a_place_and_no_coordinates_says_placing_by_name_is_off() -> None:
    outcome = ourcsv.parse(HEADER + "2021-03-04,Phu Makhuea,,,Thai army,Thailand\n")
    (problem,) = outcome.problems
    assert problem.row == 2 and problem.column == "latitude"
    assert unplaced(problem.message), problem.message
    assert "'Phu Makhuea'" in problem.message and "--place-by-name" in problem.message


def test_a_row_with_neither_place_nor_coordinates_is_still_refused_for_its_coordinates() -> None:
    (problem,) = ourcsv.parse(HEADER + "2021-03-04,,,,Thai army,Thailand\n").problems
    assert problem.column == "latitude" and not unplaced(problem.message)


def test_a_geojson_feature_without_geometry_but_with_a_place_says_so() -> None:
    feature = {"type": "Feature", "geometry": None, "properties": {"date": "2021-03-04", "place": "Phu Makhuea"}}
    feature["properties"].update(claimant="Thai army", reporting_side="Thailand")
    (problem,) = geojson.parse(json.dumps({"type": "FeatureCollection", "features": [feature]})).problems
    assert problem.row == 1 and problem.column == "geometry" and unplaced(problem.message)


def test_a_geojson_repeated_id_names_the_first_feature_not_a_row(store: Store) -> None:
    one = {
        "type": "Feature",
        "id": "same",
        "geometry": {"type": "Point", "coordinates": [45.73, 40.18]},
        "properties": {
            "date": "2021-03-02",
            "place": "Vardenis",
            "claimant": "Armenian MoD",
            "reporting_side": "Armenia",
        },
    }
    data = json.dumps({"type": "FeatureCollection", "features": [one, one]}).encode()
    (problem,) = preview_import(data, store, filename="x.geojson").rejected
    assert problem.row == 2 and "as feature 1;" in problem.message, problem.message


def test_planned_writes_leave_out_the_look_alikes_skipped_and_count_those_merged(store: Store) -> None:
    sheet = (
        HEADER + "2023-05-12,Sotk,40.20007,45.86951,Armenian MoD,Armenia\n"
        "2021-03-02,Vardenis,40.18,45.73,Armenian MoD,Armenia\n"
    ).encode()
    preview = preview_import(sheet, store, filename="x.csv")
    assert len(preview.new) == 2 and len(preview.duplicates) == 1
    assert preview.planned_writes("skip") == {"new": 1, "updated": 0, "merged": 0, "skipped": 1, "unchanged": 0}
    assert preview.planned_writes("merge") == {"new": 1, "updated": 0, "merged": 1, "skipped": 0, "unchanged": 0}
    assert preview.planned_writes("keep") == {"new": 2, "updated": 0, "merged": 0, "skipped": 0, "unchanged": 0}
    assert preview.commit(store, duplicates="skip").counts()["new"] == 1
