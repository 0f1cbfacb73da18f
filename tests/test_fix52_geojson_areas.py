"""walk51: a GeoJSON Polygon or MultiPolygon feature was refused ("must be a Point"). An area is now placed at a
point inside it (its centroid when that falls inside, else the middle of the widest stretch across it), a line at
its midpoint, precision "region"; the import preview says how many were placed so, in one line. A malformed or
huge geometry is refused, in bounded time."""

from __future__ import annotations

import json
import time

import pytest

from mapdata.formats import geojson
from mapdata.formats.importer import preview_import
from mapdata.formats.shapes import MAX_POSITIONS, _contains, place_geometry
from mapdata.store import Store

PROPS = {"date": "2026-11-25", "claimant": "Armenian MoD", "reporting_side": "Armenia", "event_type": "shelling"}
# a square round Sotk, and a C-shaped area whose centroid falls in its gap
SQUARE = [[[45.8, 40.1], [46.0, 40.1], [46.0, 40.3], [45.8, 40.3], [45.8, 40.1]]]
C_SHAPE = [
    [[45.0, 40.0], [46.0, 40.0], [46.0, 40.2], [45.2, 40.2], [45.2, 40.8], [46.0, 40.8], [46.0, 41.0], [45.0, 41.0]]
]
LINE = [[45.0, 40.0], [45.0, 40.5], [46.0, 40.5]]  # 1.5 long: its midpoint is 0.25 along the second leg


def collection(*geometries: object, props: dict | None = None) -> str:
    features = [
        {"type": "Feature", "geometry": g, "properties": {**PROPS, "date": f"2026-11-{10 + n}", **(props or {})}}
        for n, g in enumerate(geometries)
    ]
    return json.dumps({"type": "FeatureCollection", "features": features})


def test_a_polygon_is_placed_at_its_centroid_as_a_region() -> None:
    outcome = geojson.parse(collection({"type": "Polygon", "coordinates": SQUARE}))
    assert outcome.problems == []
    (claim,) = outcome.incidents
    assert (round(claim.latitude, 6), round(claim.longitude, 6)) == (40.2, 45.9)
    assert claim.geo_precision == "region"
    assert claim.extra["placed_from_geometry"] == "Polygon, at a point inside it"


def test_an_area_whose_centroid_is_outside_it_is_placed_inside() -> None:
    placed = place_geometry({"type": "Polygon", "coordinates": C_SHAPE})
    assert _contains([[tuple(p) for p in C_SHAPE[0]]], (placed.longitude, placed.latitude))
    # a MultiPolygon: inside its largest part
    placed = place_geometry({"type": "MultiPolygon", "coordinates": [SQUARE, C_SHAPE]})
    assert _contains([[tuple(p) for p in C_SHAPE[0]]], (placed.longitude, placed.latitude)) and placed.area


def test_a_line_is_placed_at_its_midpoint_and_the_preview_says_how_many_were_placed_so(tmp_path) -> None:
    text = collection(
        {"type": "Polygon", "coordinates": SQUARE},
        {"type": "MultiPolygon", "coordinates": [SQUARE]},
        {"type": "LineString", "coordinates": LINE},
        {"type": "Point", "coordinates": [45.9, 40.2]},
    )
    preview = preview_import(text.encode(), Store(tmp_path / "db.sqlite"), filename="areas.geojson")
    assert preview.rejected == [] and len(preview.incidents) == 4
    line = preview.incidents[2]
    assert (round(line.latitude, 6), round(line.longitude, 6)) == (40.5, 45.25)
    assert [i.geo_precision for i in preview.incidents] == ["region", "region", "region", "exact"]
    said = [w for w in preview.warnings if "placed at" in w]
    assert said == [
        "2 areas (Polygon, MultiPolygon) placed at a point inside each and 1 line (LineString, MultiLineString) placed at its "
        "midpoint, with location precision “region”: check that the point stands for the claim."
    ]


def test_a_file_precision_coarser_than_a_region_is_kept() -> None:
    outcome = geojson.parse(collection({"type": "Polygon", "coordinates": SQUARE}, props={"geo_precision": "country"}))
    assert outcome.incidents[0].geo_precision == "country"


@pytest.mark.parametrize(
    ("geometry", "said"),
    [
        ({"type": "Polygon", "coordinates": [[[45.8, 40.1], [46.0, 40.1]]]}, "ring needs at least three"),
        ({"type": "Polygon", "coordinates": [[[45.8, "x"], [46.0, 40.1], [46, 40.3]]]}, "not a number"),
        ({"type": "Polygon", "coordinates": [[45.8, 40.1]]}, "a list expected"),
        ({"type": "Polygon", "coordinates": []}, "ring needs at least three"),
        ({"type": "LineString", "coordinates": [[45.8, 40.1]]}, "at least two positions"),
        ({"type": "GeometryCollection", "geometries": []}, "must be a Point, a Polygon or a LineString"),
        ({"type": "Polygon", "coordinates": [[[45.8, 40.1], [float("nan"), 40.1], [46, 40.3]]]}, "not a number"),
    ],
)
def test_a_malformed_geometry_is_one_rejected_feature_saying_why(geometry: dict, said: str) -> None:
    outcome = geojson.parse(collection(geometry))
    assert outcome.incidents == []
    (problem,) = outcome.problems
    assert said in problem.message, problem.message


def test_a_huge_geometry_is_refused_in_bounded_time() -> None:
    ring = [[45.0 + i * 1e-6, 40.0] for i in range(MAX_POSITIONS + 5)] + [[45.0, 41.0]]
    started = time.perf_counter()
    outcome = geojson.parse(collection({"type": "Polygon", "coordinates": [ring]}))
    assert time.perf_counter() - started < 5
    (problem,) = outcome.problems
    assert "too large to place" in problem.message
    # one just under the bound is placed, quickly
    ring = [[45.0 + i * 1e-5, 40.0 + (i % 2) * 1e-3] for i in range(MAX_POSITIONS - 2)] + [[45.0, 41.0]]
    started = time.perf_counter()
    assert len(geojson.parse(collection({"type": "Polygon", "coordinates": [ring]})).incidents) == 1
    assert time.perf_counter() - started < 10
