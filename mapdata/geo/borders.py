"""Which country a point is in, from the bundled borders (``mapdata/data/borders.geojson``).

The borders are Natural Earth's admin-0 countries (public domain), the whole world at a coarse scale
and in more detail around each bundled conflict (see ``scripts/build_borders.py``, which builds the
file). They are for orientation, not a position on any dispute: a point is in the country Natural
Earth draws it in.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["BORDERS_PATH", "Country", "borders_geojson", "country_at"]

BORDERS_PATH = Path(__file__).parents[1] / "data" / "borders.geojson"

_Ring = Sequence[Sequence[float]]


@dataclass(frozen=True)
class Country:
    """One country of the borders: its ISO 3166-1 alpha-2 code ("" where Natural Earth gives none,
    as for Somaliland), its name, and its polygons (outer ring first, then holes; lon, lat)."""

    iso2: str
    name: str
    polygons: tuple[tuple[_Ring, ...], ...]
    box: tuple[float, float, float, float]  # west, south, east, north

    def contains(self, latitude: float, longitude: float) -> bool:
        west, south, east, north = self.box
        if not (west <= longitude <= east and south <= latitude <= north):
            return False
        # even-odd over a polygon's rings: inside the outer ring and in none of its holes
        return any(sum(_in_ring(ring, longitude, latitude) for ring in polygon) % 2 == 1 for polygon in self.polygons)


def _in_ring(ring: _Ring, x: float, y: float) -> bool:
    inside = False
    x1, y1 = ring[-1][0], ring[-1][1]
    for point in ring:
        x2, y2 = point[0], point[1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
        x1, y1 = x2, y2
    return inside


@functools.lru_cache(maxsize=1)
def borders_geojson() -> dict:
    """The bundled borders as GeoJSON (its ``metadata`` says where they come from and their licence)."""
    return json.loads(BORDERS_PATH.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[Country, ...]:
    countries = []
    for feature in borders_geojson()["features"]:
        geometry = feature["geometry"]
        parts = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        polygons = tuple(tuple(ring for ring in polygon) for polygon in parts)
        xs = [p[0] for polygon in polygons for p in polygon[0]]
        ys = [p[1] for polygon in polygons for p in polygon[0]]
        properties = feature["properties"]
        countries.append(
            Country(properties.get("iso2") or "", properties["name"], polygons, (min(xs), min(ys), max(xs), max(ys)))
        )
    return tuple(countries)


def country_at(latitude: float, longitude: float) -> Country | None:
    """The country the point is in, by the bundled borders; None at sea (or off every border drawn)."""
    # (a ring across the antimeridian, Chukotka's or Fiji's, is drawn east of 180: looked for there too)
    for lon in (longitude, longitude + 360) if longitude < 0 else (longitude,):
        for country in _countries():
            if country.contains(latitude, lon):
                return country
    return None
