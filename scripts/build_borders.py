"""Build mapdata/data/borders.geojson, the offline country borders, from Natural Earth.

    npm pack world-atlas@2.0.2          # the npm registry's tarball: Natural Earth 4.1.0 as TopoJSON
    pip install pycountry               # ISO 3166 numeric -> alpha-2 codes (this script only, not the app)
    python3 scripts/build_borders.py world-atlas-2.0.2.tgz

Source: Natural Earth's admin-0 countries at 1:10m, version 4.1.0 (public domain), as redistributed in
the npm package world-atlas 2.0.2 (ISC licence; the same package the first, five-country file came
from). Every country of the world is kept, with its name and ISO 3166-1 alpha-2 code (``iso2``; none
where Natural Earth gives no code: Somaliland, N. Cyprus, Siachen Glacier, Indian Ocean Ter.).

Size: the TopoJSON's arcs (each border line once, shared by the two countries on either side) are
simplified one by one (Douglas-Peucker), so neighbours still meet exactly. Arcs that reach into a
monitored conflict's area (each bundled profile's ``extent``, widened by :data:`DETAIL_MARGIN`
degrees) keep the detail a click near a front line needs (:data:`FINE_TOLERANCE`, coordinates to 4
decimals); the rest of the world is drawn coarsely (:data:`COARSE_TOLERANCE`, 2 decimals), for
orientation at world zoom. Islands that simplify to nothing are left out.

Disputed borders are drawn as Natural Earth draws them (its de facto lines): for orientation, not a
position on any dispute.
"""

from __future__ import annotations

import argparse
import importlib
import io
import itertools
import json
import sys
import tarfile
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mapdata.profiles.catalog import bundled_profiles  # noqa: E402

OUT = ROOT / "mapdata" / "data" / "borders.geojson"
SOURCE_MEMBER = "package/countries-10m.json"
FINE_TOLERANCE = 0.003  # degrees (~300 m) in and near a monitored conflict's area
COARSE_TOLERANCE = 0.15  # degrees (~15 km) elsewhere
MIN_AREA = 2.0  # square degrees: smaller islands away from the conflicts are left out (a country keeps one)
DETAIL_MARGIN = 0.5  # degrees round each conflict's extent kept at the fine tolerance
# Natural Earth's units that carry no ISO numeric code in world-atlas, by name.
NO_NUMERIC = {"Kosovo": "XK"}
Point = tuple[float, float]


def read_topology(source: Path) -> dict:
    """The TopoJSON of countries-10m.json, from the npm tarball or an unpacked file."""
    if source.suffix == ".json":
        return json.loads(source.read_text(encoding="utf-8"))
    with tarfile.open(source) as tar:
        member = tar.extractfile(SOURCE_MEMBER)
        if member is None:
            raise SystemExit(f"{source}: no {SOURCE_MEMBER}")
        return json.load(io.TextIOWrapper(member, encoding="utf-8"))


def decoded_arcs(topology: dict) -> list[list[Point]]:
    """Every arc as absolute (longitude, latitude) points (TopoJSON's arcs are quantized deltas)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplified(points: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker: the arc's ends always kept (they are where three countries meet)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        worst, where = -1.0, first
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                distance = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            if distance > worst:
                worst, where = distance, i
        if worst > tolerance:
            keep[where] = True
            stack.extend(((first, where), (where, last)))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def detail_boxes(margin: float = DETAIL_MARGIN) -> list[tuple[float, float, float, float]]:
    """(west, south, east, north) of each bundled conflict's extent, widened by ``margin`` degrees."""
    boxes = []
    for profile in bundled_profiles():
        e = profile.extent
        boxes.append((e.west - margin, e.south - margin, e.east + margin, e.north + margin))
    return boxes


def _touches(points: Iterable[Sequence[float]], boxes: Sequence[tuple[float, float, float, float]]) -> bool:
    return any(w <= x <= e and s <= y <= n for x, y in points for w, s, e, n in boxes)


def ring_area(ring: Sequence[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(ring))) / 2


def flat(ring: list[Point]) -> list[Point]:
    """A ring drawn on a flat map as on the globe: Natural Earth's rings that cross the antimeridian
    (Russia's Chukotka, Fiji) jump from 180 to -180, which a flat map draws as a line across the whole
    world; their western part is moved east of 180 instead. Antarctica's ring, which goes round the
    pole, is closed along the map's bottom edge."""
    jumps = [i for i, (a, b) in enumerate(zip(ring, ring[1:] + ring[:1], strict=True)) if abs(a[0] - b[0]) > 180]
    if not jumps:
        return ring
    if len(jumps) == 1:  # round the pole: down the 180th meridian, along the bottom, up again
        i = jumps[0]
        x1, y2 = ring[i][0], ring[(i + 1) % len(ring)][1]
        pole = -90.0 if sum(p[1] for p in ring) < 0 else 90.0
        side = 180.0 if x1 > 0 else -180.0
        detour = [(side, ring[i][1]), (side, pole), (-side, pole), (-side, y2)]
        return ring[: i + 1] + detour + ring[i + 1 :]
    return [(x + 360, y) if x < 0 else (x, y) for x, y in ring]


def iso2_codes() -> dict[str, str]:
    """ISO 3166-1 numeric ("051") -> alpha-2 ("AM"), from pycountry (needed by this script only)."""
    try:
        pycountry = importlib.import_module("pycountry")
    except ImportError:
        raise SystemExit("this script needs pycountry: pip install pycountry") from None
    return {c.numeric: c.alpha_2 for c in pycountry.countries}


def split_simplified(
    arc: Sequence[Point], fine: float, coarse: float, boxes: Sequence[tuple[float, float, float, float]]
) -> list[tuple[Point, bool]]:
    """The arc simplified at ``fine`` where it runs inside a box and ``coarse`` elsewhere (each run
    apart, the points where it crosses kept); each point with whether it is in the detail."""
    inside = [_touches([p], boxes) for p in arc]
    out: list[tuple[Point, bool]] = []
    start = 0
    for end in range(1, len(arc) + 1):
        if end == len(arc) or inside[end] != inside[start]:
            run = arc[start : min(end + 1, len(arc))]  # (sharing its last point with the next run)
            kept = simplified(run, fine if inside[start] else coarse)
            out.extend((p, inside[start]) for p in (kept[1:] if out else kept))
            start = end
    return out


def build(topology: dict, fine: float, coarse: float, boxes: Sequence[tuple[float, float, float, float]]) -> dict:
    raw = decoded_arcs(topology)
    arcs = [split_simplified(arc, fine, coarse, boxes) for arc in raw]
    # a small island country's arcs at the fine tolerance (at the coarse one it would vanish)
    small = [[(p, True) for p in simplified(arc, fine)] for arc in raw]
    codes = iso2_codes()

    def rounded(arc_index: int, small_too: bool) -> list[Point]:
        chosen = small if small_too else arcs
        arc = chosen[arc_index] if arc_index >= 0 else chosen[~arc_index][::-1]
        return [(round(x, 4), round(y, 4)) if fine_here else (round(x, 2), round(y, 2)) for (x, y), fine_here in arc]

    def ring(indexes: Sequence[int], small_too: bool = False) -> list[list[float]] | None:
        points: list[Point] = []
        for i in indexes:
            part = rounded(i, small_too)
            points.extend(part[1:] if points else part)  # (each arc starts where the last ended)
        unique = [p for n, p in enumerate(points) if n == 0 or p != points[n - 1]]
        if len(set(unique)) < 3 or ring_area(unique) == 0:
            return None  # an island or a lake simplified away
        return [list(p) for p in flat(unique)]

    def polygon(rings: Sequence[Sequence[int]], small_too: bool = False) -> list | None:
        outer = ring(rings[0], small_too)
        if outer is None:
            return None
        holes = [r for r in (ring(indexes, small_too) for indexes in rings[1:]) if r is not None]
        return [outer, *holes]

    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        if geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        drawn = sorted(
            (p for p in (polygon(rings) for rings in parts) if p is not None), key=lambda p: -ring_area(p[0])
        )
        # a country's largest part always; its small islands far from any conflict are left out
        kept = drawn[:1] + [p for p in drawn[1:] if ring_area(p[0]) >= MIN_AREA or _touches(p[0], boxes)]
        if not kept:  # a small island country, gone at the coarse tolerance: its largest island at the fine one
            whole = [p for p in (polygon(rings, small_too=True) for rings in parts) if p is not None]
            kept = sorted(whole, key=lambda p: ring_area(p[0]))[-1:]
        if not kept:
            continue
        code = codes.get(geometry.get("id") or "") or NO_NUMERIC.get(name)
        shape = (
            {"type": "Polygon", "coordinates": kept[0]}
            if len(kept) == 1
            else {"type": "MultiPolygon", "coordinates": kept}
        )
        features.append({"type": "Feature", "properties": {"iso2": code, "name": name}, "geometry": shape})
    features.sort(key=lambda f: (f["properties"]["iso2"] or "~", f["properties"]["name"]))
    return {
        "type": "FeatureCollection",
        "metadata": {
            "source": "Natural Earth admin-0 countries, 1:10m, version 4.1.0 (public domain), via the npm "
            "package world-atlas 2.0.2 (ISC): countries-10m.json, built by scripts/build_borders.py",
            "simplification": f"Douglas-Peucker per shared border line: {fine} degrees (coordinates to 4 "
            f"decimals) within {DETAIL_MARGIN} degrees of each bundled conflict's extent, {coarse} degrees "
            "(2 decimals) elsewhere",
            "disputed": "borders as Natural Earth draws them, for orientation: not a position on any dispute",
            "license": "Public domain (Natural Earth)",
        },
        "features": features,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "source", type=Path, help="world-atlas-2.0.2.tgz (npm pack world-atlas@2.0.2) or countries-10m.json"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--fine", type=float, default=FINE_TOLERANCE)
    parser.add_argument("--coarse", type=float, default=COARSE_TOLERANCE)
    args = parser.parse_args(argv)
    collection = build(read_topology(args.source), args.fine, args.coarse, detail_boxes())
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(collection['features'])} countries, {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
