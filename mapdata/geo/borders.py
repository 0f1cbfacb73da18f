"""Which country a point is in, from the bundled borders (``mapdata/data/borders.geojson``).

The borders are Natural Earth's admin-0 countries (public domain), the whole world at a coarse scale
and in more detail around each bundled conflict (see ``scripts/build_borders.py``, which builds the
file). They are for orientation, not a position on any dispute: a point is in the country Natural
Earth draws it in (:func:`country_at`).

A claim's country is another matter (:func:`country_after_move`, which every path that moves a claim's or a
place's point uses: "Correct this claim", Add report's clicked or typed points, the hand form, the Gazetteer's
click). These borders are coarse (1:10m, simplified to ~300 m near the conflicts) and de facto: the gazetteer's
own points of frontline villages fall on the other side (Kfar Kila in Israel, Kornidzor in Azerbaijan, Ou Smach
in Thailand, Metula in Lebanon, Crimea's places in Russia). So they change a claim's country only when
(1) the new point is clearly inside another country: it and four points 5 km north, south, east and west of it
are all in that country; and (2) they agreed with the claim's country at its old point. Where they did not
(Crimea's Ukrainian places, Kfar Kila's Lebanese point) the country came from a source with its own policy, and
is kept: the borders take no position on disputed land. A claim with no country takes the point's by (1)
alone; an area Natural Earth gives no ISO code (Siachen Glacier, Somaliland) is no country.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BORDERS_PATH",
    "CLEAR_KM",
    "Country",
    "borders_geojson",
    "clear_country_at",
    "country_after_move",
    "country_at",
]

BORDERS_PATH = Path(__file__).parents[1] / "data" / "borders.geojson"

# How far inside a country a point must be to be clearly in it (:func:`clear_country_at`): well beyond the
# borders' error near the conflicts (~300 m of simplification, 1:10m's own, and de facto lines).
CLEAR_KM = 5.0
_KM_PER_DEGREE = 111.32

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


def clear_country_at(latitude: float, longitude: float, km: float = CLEAR_KM) -> str | None:
    """The ISO code of the country the point is clearly inside: the point and four points ``km`` north, south,
    east and west of it all in that one country. None near a border or a coast, at sea, and in an area Natural
    Earth gives no ISO code (Siachen Glacier: no country, never its name)."""
    found = country_at(latitude, longitude)
    if found is None or not found.iso2:
        return None
    step = km / _KM_PER_DEGREE
    across = step / max(math.cos(math.radians(latitude)), 0.01)
    for lat, lon in (
        (latitude + step, longitude),
        (latitude - step, longitude),
        (latitude, longitude + across),
        (latitude, longitude - across),
    ):
        lon = (lon + 180.0) % 360.0 - 180.0
        if not -90.0 <= lat <= 90.0 or country_at(lat, lon) != found:
            return None
    return found.iso2


def country_after_move(
    latitude: float, longitude: float, country: str | None = None, moved_from: tuple[float, float] | None = None
) -> str | None:
    """The country a claim (or a place) has once its point is moved to ``latitude``, ``longitude``: the one it
    had (``country``, said for the point ``moved_from``) unless the borders clearly say another (the module's
    note). The policy, in full:

    1. The country changes only when the new point is clearly inside another country
       (:func:`clear_country_at`: it and four points 5 km away, N, S, E and W, all in that country).
    2. And only when the borders agreed with the old country at the old point (``moved_from`` is in
       ``country`` by the same borders). Where they did not (Crimea's UA places, Kfar Kila's LB point) the
       country came from a source with its own policy and is kept: the borders take no side on disputed land.
       With no old point to check (a country chosen by hand before any point), rule 1 alone decides.
    3. With no country, the point's by rule 1 alone (None when it is not clear). A country the user sets in
       the same edit is not asked about here: the callers keep it. A result is an ISO code or None, never
       a name.
    """
    had = (country or "").strip().upper() or None
    clear = clear_country_at(latitude, longitude)
    if clear is None or clear == had:
        return country or None
    if had is not None and moved_from is not None:
        before = country_at(*moved_from)
        if before is None or before.iso2 != had:
            return country  # the borders did not agree with the claim's country where it was
    return clear
