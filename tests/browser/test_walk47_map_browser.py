"""walk47 item 18 in a real browser: the map speaks to a touch screen too, and its tiles are not a blur up close.

* The map's hint said "Click the map to zoom with the mouse wheel" and the page "Click a marker" on a phone,
  which has neither a wheel nor a pointer to click with: a touch screen is told to pinch and tap, the page
  says "click or tap".
* The offline basemap has zooms 0-6 and the map zooms to 18: at a spot's zoom (12, 13) its tiles were drawn
  64 times enlarged, big smeared place names under the claims. Past its own zooms + 2 it is drawn faint.
Screenshots go to MAPDATA_TEST_SHOTS when it is set.
"""

from __future__ import annotations

import os
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from mapdata.mapview.base import FADE_FROM_ZOOMS, FADED_OPACITY, MOUSE_HINT, TOUCH_HINT
from mapdata.mapview.basemap import installed_basemap

pytestmark = pytest.mark.browser

from maptools import main, open_map

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")

# The offline tile layer's drawn opacity (the one layer with a maxNativeZoom: the online ones have none)
OFFLINE_OPACITY = """() => {
    let found = null;
    window.map.eachLayer(l => { if (l instanceof L.TileLayer && l.options.maxNativeZoom !== undefined) found = l; });
    return found ? Number(getComputedStyle(found.getContainer()).opacity) : null;
}"""


def local_only(context) -> None:
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost") else route.abort()
        ),
    )


def test_the_offline_tiles_fade_past_their_own_zooms(page, app_url):
    native = installed_basemap()
    assert native is not None  # (conftest writes it before the first server starts)
    frame = open_map(page, app_url)
    for zoom, opacity in (
        (native.max_zoom, 1.0),
        (native.max_zoom + FADE_FROM_ZOOMS, FADED_OPACITY),
        (13, FADED_OPACITY),
    ):
        frame.evaluate("z => window.map.setZoom(z, {animate: false})", zoom)
        page.wait_for_timeout(300)
        assert frame.evaluate(OFFLINE_OPACITY) == pytest.approx(opacity), zoom
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, "walk47-map-zoom13.png"))


@pytest.mark.parametrize("touch", [True, False])
def test_the_map_tells_a_touch_screen_to_tap_and_pinch(browser, app_url, touch):
    context = browser.new_context(
        viewport={"width": 420, "height": 860} if touch else {"width": 1400, "height": 900},
        has_touch=touch,
        is_mobile=touch,
    )
    local_only(context)
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        frame = open_map(page, app_url)
        hint = frame.locator(".mapdata-scroll-hint")
        expect(hint).to_have_text(TOUCH_HINT if touch else MOUSE_HINT)
        expect(main(page).get_by_text("Click or tap a marker or a count to read the claims")).to_be_visible()
        if SHOTS:
            page.screenshot(path=os.path.join(SHOTS, f"walk47-map-hint-{'touch' if touch else 'mouse'}.png"))
    finally:
        context.close()
