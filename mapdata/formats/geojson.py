"""GeoJSON: a FeatureCollection of Points with our fields as properties (RFC 7946, WGS 84).

The point's coordinates are the incident's position (an area, Polygon or MultiPolygon, is placed at a point
inside it and a line, LineString or MultiLineString, at its midpoint, precision "region": shapes.py); ``latitude``/``longitude`` properties,
if a file carries them too, are ignored. Problems are reported per feature: ``row`` is the
feature's number in the collection (1 = first feature).
"""

from __future__ import annotations

import json
import math
from typing import Any

from mapdata.errors import ValidationError
from mapdata.formats.common import FileFormatError, ParseOutcome, RowError, RowProblem, every_problem
from mapdata.formats.conflicts import ConflictRules
from mapdata.formats.ourcsv import place_record, record_from_mapping, with_country_of_point, with_other_problems
from mapdata.formats.placing import Locate
from mapdata.formats.shapes import AREAS, LINES, Placed, place_geometry
from mapdata.model import FIELDS, Incident

NAME = "geojson"
# A claim placed at a point of an area or a line (shapes.py) is located to a region, unless the file says
# coarser; its extra names the geometry it was placed from.
AREA_PRECISION = "region"
AREA_PRECISIONS = ("region", "country")
PLACED_FROM = "placed_from_geometry"
LABEL = "GeoJSON"
FIELD_COLUMNS: dict[str, str] = {
    **{name: f"properties.{name}" for name in FIELDS},
    "latitude": "geometry.coordinates[1]",
    "longitude": "geometry.coordinates[0]",
}


def looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def _cut_short(text: str, exc: json.JSONDecodeError) -> bool:
    """Whether the JSON failed only because the text ends: at its last character, or in a string never closed."""
    return exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")


def load_features(text: str) -> list[Any]:
    """The features of a FeatureCollection (or a lone Feature); anything else is a clear error."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if _cut_short(text, exc):  # said as a cut CSV is (walk51: "Expecting ',' delimiter" for a cut download)
            raise FileFormatError(
                f"not valid JSON: it stops at line {exc.lineno} before the JSON is complete, so the file looks "
                "truncated (an interrupted download?)"
            ) from None
        raise FileFormatError(f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise FileFormatError("not usable GeoJSON: the JSON is nested too deeply") from None
    if isinstance(document, dict) and not _is_wgs84(document.get("crs")):
        raise FileFormatError(
            "the GeoJSON uses another coordinate system than WGS 84 longitude/latitude; "
            "re-export it as EPSG:4326 (RFC 7946 GeoJSON)"
        )
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list):
            raise FileFormatError("a GeoJSON FeatureCollection needs a 'features' list")
        return features
    if isinstance(document, dict) and document.get("type") == "Feature":
        return [document]
    kind = document.get("type") if isinstance(document, dict) else type(document).__name__
    raise FileFormatError(
        f"JSON, but not GeoJSON features (found {str(kind)[:40]!r}); expected a FeatureCollection of Points"
    )


def _is_wgs84(crs: object) -> bool:
    """No ``crs`` member (RFC 7946), or an old-style one naming WGS 84 / CRS84 / EPSG:4326."""
    if crs is None:
        return True
    name = str((crs.get("properties") or {}).get("name", "")) if isinstance(crs, dict) else str(crs)
    return any(code in name.upper() for code in ("CRS84", "4326", "WGS84", "WGS 84"))


def _point(geometry: object) -> tuple[float, float]:
    """(latitude, longitude) of a Point geometry."""
    if not isinstance(geometry, dict):
        raise RowError("geometry", f"must be a Point, got {str(geometry)[:40]!r}")
    if geometry.get("type") != "Point":  # (an area or a line is placed by shapes.py; what else there is, not)
        raise RowError(
            "geometry", f"must be a Point, a Polygon or a LineString, got {str(geometry.get('type'))[:40]!r}"
        )
    coordinates = geometry.get("coordinates")
    if not isinstance(coordinates, list) or len(coordinates) < 2:
        raise RowError("geometry.coordinates", "must be [longitude, latitude]")
    lon, lat = coordinates[0], coordinates[1]
    for value, column in ((lon, "geometry.coordinates[0]"), (lat, "geometry.coordinates[1]")):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
            raise RowError(column, f"not a number: {str(value)[:40]!r}")
    return float(lat), float(lon)


def _placed(geometry: object) -> Placed | None:
    """Where an area or a line is placed (a point inside it, its midpoint); None for any other geometry."""
    if isinstance(geometry, dict) and geometry.get("type") in (*AREAS, *LINES):
        return place_geometry(geometry)
    return None


def _as_area(record: dict[str, Any], placed: Placed) -> dict[str, Any]:
    """A claim placed at a point of an area or a line: its precision says so ("region", unless the file gives
    "country"), and its extra says which geometry it was placed from (walk51: a Polygon was refused)."""
    given = record.get("geo_precision")
    if not (isinstance(given, str) and given.strip().lower() in AREA_PRECISIONS):
        record["geo_precision"] = AREA_PRECISION
    extra = record.get("extra")
    if extra is None or isinstance(extra, dict):
        how = "a point inside it" if placed.area else "its midpoint"
        record["extra"] = {**(extra or {}), PLACED_FROM: f"{placed.kind}, at {how}"}
    return record


def parse_feature(
    feature: object,
    locate: Locate | None = None,
    rules: ConflictRules | None = None,
    placed_from: list[str] | None = None,
) -> Incident:
    """One feature as a claim. ``placed_from``: the kind of each area or line placed at a point is added to it."""
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise RowError(None, "not a GeoJSON Feature")
    properties = feature.get("properties") or {}
    if not isinstance(properties, dict):
        raise RowError("properties", "must be an object")
    rules = rules or ConflictRules()
    geometry = feature.get("geometry")
    placed = _placed(geometry)
    coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
    point: tuple[Any, Any] | None
    if placed is not None:
        point = (placed.latitude, placed.longitude)
    else:
        point = (coordinates[1], coordinates[0]) if isinstance(coordinates, list) and len(coordinates) >= 2 else None
    record = rules.fill(record_from_mapping(properties, NAME), point)  # (no conflict: its sides', or its point's)
    if not record.get("id") and isinstance(feature.get("id"), (str, int)):
        record["id"] = str(feature["id"])  # GeoJSON's own feature id, when properties have none
    place = record.get("place")
    if feature.get("geometry") is None and place is not None and str(place).strip():
        record.pop("latitude", None), record.pop("longitude", None)
        # a feature without geometry, placed by name (with placing off: rejected, saying so); a
        # blank place ("   ") falls to _point below, one rejected feature (review40: was KeyError)
        try:
            record = place_record(record, locate, "geometry")
        except RowError as exc:
            raise with_other_problems(exc, record, rules) from None  # every problem of the feature at once
        latitude, longitude = record["latitude"], record["longitude"]
    elif placed is not None:
        latitude, longitude = placed.latitude, placed.longitude
        record = _as_area(record, placed)
    else:
        latitude, longitude = _point(feature.get("geometry"))
    record["latitude"], record["longitude"] = latitude, longitude
    record = with_country_of_point(record)  # (no country: the one its point is clearly in, walk46)
    try:
        incident = Incident.from_values(record, rules.catalog)
    except ValidationError as exc:
        raise every_problem(exc, record, rules.catalog, FIELD_COLUMNS) from None  # every problem of the feature at once
    if placed is not None and placed_from is not None:
        placed_from.append(placed.kind)
    return incident


def placed_note(kinds: list[str]) -> str | None:
    """The preview's one line on the features placed at a point of an area or a line: how many, and how."""
    if not kinds:
        return None
    areas = sum(1 for kind in kinds if kind in AREAS)
    lines = len(kinds) - areas
    said = []
    if areas:
        each = "each" if areas != 1 else "it"
        said.append(
            f"{areas:,} area{'s' if areas != 1 else ''} (Polygon, MultiPolygon) placed at a point inside {each}"
        )
    if lines:
        where = "their midpoints" if lines != 1 else "its midpoint"
        said.append(f"{lines:,} line{'s' if lines != 1 else ''} (LineString, MultiLineString) placed at {where}")
    return (
        f"{' and '.join(said)}, with location precision “{AREA_PRECISION}”: check that the point stands for the claim."
    )


def parse(text: str, locate: Locate | None = None, rules: ConflictRules | None = None) -> ParseOutcome:
    """Every feature, good ones as incidents, bad ones as problems (row = feature number)."""
    rules = rules or ConflictRules()
    outcome = ParseOutcome(format=NAME, column_mapping=dict(FIELD_COLUMNS))
    placed_from: list[str] = []
    for number, feature in enumerate(load_features(text), start=1):
        outcome.rows += 1
        try:
            incident = parse_feature(feature, locate, rules, placed_from)
        except RowError as exc:
            outcome.problems.append(RowProblem(number, exc.column, exc.message, exc.incident_id))
            continue
        except ValidationError as exc:
            outcome.problems.append(
                RowProblem(number, FIELD_COLUMNS.get(exc.field, exc.field), str(exc).split(": ", 1)[-1])
            )
            continue
        outcome.incidents.append(incident)
        outcome.incident_rows.append(number)
    note = placed_note(placed_from)
    if note:
        outcome.warnings.append(note)
    return outcome
