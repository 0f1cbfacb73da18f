"""Gazetteer → Unresolved places in headless Chromium (1,400 px): a name a Thai–Cambodian report could not
place is listed with that conflict, and its pick map opens framed on the conflict's region; a name noted
before notes kept their conflict says "conflict not recorded" and its map opens on the default conflict, not
on the world (a new user's walk, round 42: the list said Armenia–Azerbaijan and the map opened at world zoom)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.geo.placebook import PlaceBook
from mapdata.profiles import default_catalog
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, click_tab, sized_page, wait_idle

THAI = "Ban Zzyxkhok"
OLD = "Post 41"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    # the Thai name as Add report notes it now (its conflict kept), seen more often: listed first
    book = PlaceBook(Store(path))
    for _ in range(2):
        book.note_unresolved([(THAI, "report: Bangkok Wire · Thailand–Cambodia", "not in the gazetteer")])
    book.note_unresolved([(OLD, "report: Old Wire", "not in the gazetteer")])  # a note of before: no conflict
    return path


def _view(page) -> tuple[float, float, int]:
    """The pick map's centre and zoom, once Leaflet has drawn it at its real size."""
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_function("() => window.map !== undefined && window.map.getSize().x > 100", timeout=60_000)
    page.wait_for_timeout(800)  # (a fit runs once the map has its size)
    lat, lon, zoom = frame.evaluate(
        "() => { const c = window.map.getCenter(); return [c.lat, c.lng, window.map.getZoom()]; }"
    )
    return lat, lon, zoom


@pytest.mark.parametrize("width", [1400, 420])
def test_a_report_name_is_listed_and_framed_on_its_conflict(browser, app_url, width: int) -> None:
    thai = default_catalog()["thailand-cambodia"].extent
    with sized_page(browser, width, 1000) as page:
        page.goto(f"{app_url}/Gazetteer")
        click_tab(page, "Unresolved places (2)")
        wait_idle(page)
        panel = page.get_by_role("tabpanel").filter(has_text="Click a candidate, or place it below")
        grid = panel.locator("[data-testid=stDataFrame]").first
        grid.locator("[role=gridcell]").first.wait_for(state="attached")
        cells = [(c.text_content() or "").strip() for c in grid.locator("[role=gridcell]").all()]
        assert "Thailand–Cambodia" in cells and "conflict not recorded" in cells, cells
        assert "Armenia–Azerbaijan" not in cells, cells
        lat, lon, zoom = _view(page)
        assert thai.contains(lat, lon), (lat, lon, zoom)
        assert zoom >= 6 if width > 1000 else zoom >= 5, (lat, lon, zoom)  # the region, not the world

        # the old note: said so, and its map opens on the default conflict's area, not the world
        panel.locator("[data-testid=stSelectbox]").filter(has_text="Resolve").click()
        page.get_by_role("option", name=OLD, exact=True).click()
        wait_idle(page)
        box = panel.get_by_role("combobox", name="Conflict (the map's area, and which namesakes come first)")
        expect(box).to_have_value("conflict not recorded")
        lat, lon, zoom = _view(page)
        assert zoom >= 4 and -60 < lat < 70, (lat, lon, zoom)
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
