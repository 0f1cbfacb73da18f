"""A point for a GeoJSON geometry that is no Point: an area (Polygon, MultiPolygon) is placed at a point
inside it, a line (LineString, MultiLineString) at its midpoint (walk51: a Polygon feature was refused).

Every coordinate is checked (a pair of finite numbers) and counted: a geometry of more than
:data:`MAX_POSITIONS` positions is refused before any sum, so a huge or malformed geometry costs time and
memory in proportion to at most that many positions. Planar sums over longitude and latitude: the point is a
place to put a claim, not a survey (an area across the antimeridian is not expected at a border's clash).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from mapdata.formats.common import RowError

# The most positions one feature's geometry may hold (a detailed district outline has a few thousand).
MAX_POSITIONS = 100_000
AREAS = ("Polygon", "MultiPolygon")
LINES = ("LineString", "MultiLineString")
# How deep each kind nests its positions: a Polygon is a list of rings, each a list of positions.
_DEPTH = {"LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}

Position = tuple[float, float]  # (longitude, latitude)


@dataclass(frozen=True)
class Placed:
    """Where a geometry is placed: ``latitude``, ``longitude``, and its ``kind`` ("Polygon", …)."""

    latitude: float
    longitude: float
    kind: str

    @property
    def area(self) -> bool:
        return self.kind in AREAS


def place_geometry(geometry: dict[str, object]) -> Placed:
    """The point a Polygon, MultiPolygon, LineString or MultiLineString is placed at (RowError if malformed)."""
    kind = str(geometry.get("type"))
    if kind not in _DEPTH:
        raise RowError("geometry", f"must be a Point, a Polygon or a LineString, got {kind[:40]!r}")
    parts = _positions(geometry.get("coordinates"), _DEPTH[kind], kind)
    if kind == "LineString":
        lines = [parts]
    elif kind == "MultiLineString":
        lines = parts
    elif kind == "Polygon":
        polygons = [parts]
    else:
        polygons = parts
    if kind in LINES:
        lines = [line for line in lines if line]
        if not lines or any(len(line) < 2 for line in lines):
            raise RowError("geometry.coordinates", f"a {kind}'s line needs at least two positions")
        lon, lat = _midpoint(max(lines, key=_length))
    else:
        polygons = [polygon for polygon in polygons if polygon]
        if not polygons or any(len(ring) < 3 for polygon in polygons for ring in polygon):
            raise RowError("geometry.coordinates", f"a {kind}'s ring needs at least three positions")
        lon, lat = _inside(max(polygons, key=lambda polygon: abs(_area(polygon[0]))))
    return Placed(latitude=lat, longitude=lon, kind=kind)


def _positions(value: object, depth: int, kind: str) -> Any:
    """``value`` as nested lists of (lon, lat) ``depth`` lists deep, every position checked; at most
    :data:`MAX_POSITIONS` of them (counted as they are read, so a huge geometry stops early)."""
    count = 0

    def read(item: object, level: int) -> object:
        nonlocal count
        if not isinstance(item, list):
            raise RowError("geometry.coordinates", f"not a {kind}'s coordinates (a list expected)")
        if level == 0:
            if len(item) < 2:
                raise RowError("geometry.coordinates", "a position must be [longitude, latitude]")
            lon, lat = item[0], item[1]
            for number in (lon, lat):
                if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
                    raise RowError("geometry.coordinates", f"not a number: {str(number)[:40]!r}")
            count += 1
            if count > MAX_POSITIONS:
                raise RowError("geometry", f"a {kind} of more than {MAX_POSITIONS:,} positions is too large to place")
            return (float(lon), float(lat))
        return [read(part, level - 1) for part in item]

    return read(value, depth)


def _length(line: list[Position]) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(line))


def _midpoint(line: list[Position]) -> Position:
    """The point half way along ``line``."""
    half, walked = _length(line) / 2, 0.0
    for a, b in itertools.pairwise(line):
        step = math.dist(a, b)
        if step > 0 and walked + step >= half:
            t = (half - walked) / step
            return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        walked += step
    return line[0]  # a line of one repeated position


def _area(ring: list[Position]) -> float:
    """The signed area of ``ring`` (shoelace; closed or not)."""
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, [*ring[1:], ring[0]], strict=True)) / 2


def _centroid(polygon: list[list[Position]]) -> Position | None:
    """The area centroid of the outer ring less its holes; None for a polygon of no area."""
    total = cx = cy = 0.0
    for number, ring in enumerate(polygon):
        sign = 1.0 if number == 0 else -1.0
        area = _area(ring)
        if area == 0:
            continue
        x = sum((a[0] + b[0]) * (a[0] * b[1] - b[0] * a[1]) for a, b in zip(ring, [*ring[1:], ring[0]], strict=True))
        y = sum((a[1] + b[1]) * (a[0] * b[1] - b[0] * a[1]) for a, b in zip(ring, [*ring[1:], ring[0]], strict=True))
        # the ring's centroid is (x, y) / (6 area); weighted by its unsigned area, a hole's subtracted
        weight = sign * abs(area)
        cx += weight * x / (6 * area)
        cy += weight * y / (6 * area)
        total += weight
    if abs(total) < 1e-18:
        return None
    return (cx / total, cy / total)


def _crossings(polygon: list[list[Position]], y: float) -> list[float]:
    """Where the edges of every ring cross the horizontal line at ``y``, sorted."""
    xs = []
    for ring in polygon:
        for a, b in zip(ring, [*ring[1:], ring[0]], strict=True):
            if (a[1] > y) != (b[1] > y):
                xs.append(a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]))
    return sorted(xs)


def _contains(polygon: list[list[Position]], point: Position) -> bool:
    """Even-odd rule over the outer ring and its holes."""
    return sum(1 for x in _crossings(polygon, point[1]) if x > point[0]) % 2 == 1


def _inside(polygon: list[list[Position]]) -> Position:
    """A point inside ``polygon``: its centroid when that falls inside (a convex or nearly convex area), else
    the middle of the widest stretch inside it along a horizontal line (through the centroid, else through the
    middle of its extent): the point of an L- or C-shaped area, or of a ring round a hole, is in the area."""
    centroid = _centroid(polygon)
    if centroid is not None and _contains(polygon, centroid):
        return centroid
    lats = [p[1] for p in polygon[0]]
    for y in ([centroid[1]] if centroid else []) + [(min(lats) + max(lats)) / 2]:
        xs = _crossings(polygon, y)
        spans = [(xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2) for i in range(0, len(xs) - 1, 2)]
        if spans:
            return (max(spans)[1], y)
    return polygon[0][0]  # a polygon of no area: its first position
