"""walk43: Gazetteer → Unresolved places, the small map for picking a name's spot opened at 5 km zoom
near Aanjar when the tab was clicked: it was fitted on its conflict's region while its tab was hidden
(a map of no width: the fit's greatest zoom, 11, at the region's centre), not once shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.geo.placebook import PlaceBook
from mapdata.profiles import default_catalog
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, click_tab, sized_page, wait_idle

NAME = "Beit Yahoun Zzx"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    PlaceBook(Store(path)).note_unresolved(
        [(NAME, "report: Beirut Wire · Israel–Lebanon", "not in the gazetteer")], conflict="israel-lebanon"
    )
    return path


@pytest.mark.parametrize("width", [1400, 420])
def test_the_pick_map_shows_the_whole_region_once_its_tab_is_clicked(browser, app_url, width: int) -> None:
    region = default_catalog()["israel-lebanon"].extent
    with sized_page(browser, width, 1000) as page:
        page.goto(f"{app_url}/Gazetteer")
        wait_idle(page)
        # as a user reads the first tab: the pick map is drawn meanwhile, in its tab not shown yet
        page.wait_for_selector(MAP_IFRAME, state="attached", timeout=120_000)
        hidden = page.frame_locator(MAP_IFRAME).first.locator(".leaflet-container")
        hidden.wait_for(state="attached", timeout=60_000)
        page.wait_for_timeout(1500)
        click_tab(page, "Unresolved places (1)")
        wait_idle(page)
        frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
        frame.wait_for_function("() => window.map !== undefined && window.map.getSize().x > 100", timeout=60_000)
        page.wait_for_timeout(800)
        south, west, north, east = frame.evaluate(
            "() => { const b = window.map.getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }"
        )
        (r_south, r_west), (r_north, r_east) = region.bounds()
        # the whole region in view (was: 5 km across near Aanjar, zoom 11)
        assert south <= r_south and north >= r_north and west <= r_west and east >= r_east, (
            (south, west, north, east),
            region.bounds(),
        )
