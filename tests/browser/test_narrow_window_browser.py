"""An 800 px wide window (walk 5: the sidebar took 300 px of it, the map was left ~265 px, and
"Clear all filters" was cut to "C"): the sidebar takes less of a narrow window, and the filter
line's button keeps its whole label."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, sized_page

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")


@pytest.mark.parametrize("path", ["/?side=Armenia", "/Table?side=Armenia", "/Timeline?side=Armenia"])
def test_at_800_px_the_sidebar_is_narrower_and_clear_all_filters_reads_whole(browser, app_url, path):
    with sized_page(browser, 800, 900) as page:
        page.goto(f"{app_url}{path}")
        button = page.get_by_role("button", name="Clear all filters")
        expect(button).to_be_visible(timeout=120_000)
        if path.startswith("/?"):
            page.wait_for_selector(MAP_IFRAME, timeout=120_000)
        page.wait_for_timeout(1000)
        if SHOTS:
            page.screenshot(path=os.path.join(SHOTS, f"narrow-{path.strip('/?').split('?')[0] or 'Map'}.png"))
        # the label whole, on one line: nothing of it clipped
        label = button.locator("p, span").filter(has_text="Clear all filters").last
        assert label.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), label.inner_text()
        assert button.bounding_box()["width"] >= 120
        sidebar = page.locator("[data-testid=stSidebar]").bounding_box()
        assert sidebar["width"] <= 272, sidebar  # not 300 px of 800
        # and its widgets keep their width: the date range's ~220 px, where its two days read whole
        dates = page.locator("[data-testid=stSidebar] [data-testid=stDateInput]")
        assert dates.bounding_box()["width"] >= 220


def _boxes(page, frame) -> dict[str, dict]:
    """Page positions of the map's frame, its open popup (inside the frame) and the details heading."""
    popup = frame.evaluate(
        """() => { const p = document.querySelector('.leaflet-popup'), m = window.map.getContainer();
                   const a = p.getBoundingClientRect(), b = m.getBoundingClientRect();
                   return {left: a.left - b.left, right: a.right - b.left, top: a.top - b.top,
                           bottom: a.bottom - b.top, width: b.width, height: b.height}; }"""
    )
    return {
        "map": page.locator(MAP_IFRAME).bounding_box(),
        "popup": popup,
        "details": page.locator("[data-testid=stMain] h3, [data-testid=stMain] h2")
        .filter(has_text="Details")
        .first.bounding_box(),
    }


@pytest.mark.parametrize("width", [800, 1400])
def test_a_claims_popup_stays_inside_the_map_and_a_narrow_window_puts_the_details_below(browser, app_url, width):
    """walk6 item 5: at 800 px the map column was 282 px and a keyboard-opened claim's 320 px popup
    was cut off at the map's right edge. Under 1,000 px the details now go below a map of the main
    column's width; at any width the popup is laid out inside the map."""
    from test_details_layout_browser import GORIS, GORIS_POINT

    with sized_page(browser, width, 900) as page:
        page.goto(f"{app_url}/")
        frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
        frame.wait_for_selector(".leaflet-container[data-incidents-total]", timeout=120_000)
        # Goris alone at its spot, 30 px from the map's right edge
        frame.evaluate(
            """([lat, lon]) => { window.map.setView([lat, lon], 12, {animate: false});
                 const p = window.map.latLngToContainerPoint([lat, lon]), s = window.map.getSize();
                 window.map.panBy([p.x - (s.x - 30), 0], {animate: false}); }""",
            list(GORIS_POINT),
        )
        page.wait_for_timeout(500)
        marker = frame.locator("path[role=button][aria-label*='Goris']").first
        marker.focus()
        page.keyboard.press("Enter")
        frame.wait_for_selector(".leaflet-popup")
        expect(page.locator(f"[data-claim-id='{GORIS}']")).to_be_visible()
        page.wait_for_timeout(800)  # autoPan's animation
        boxes = _boxes(page, frame)
        if SHOTS:
            page.screenshot(path=os.path.join(SHOTS, f"popup-{width}.png"))
        popup, map_box, details = boxes["popup"], boxes["map"], boxes["details"]
        assert popup["left"] >= 0 and popup["right"] <= popup["width"], popup  # whole, not cut by an edge
        if SHOTS:
            page.locator(f"[data-claim-id='{GORIS}']").scroll_into_view_if_needed()
            page.screenshot(path=os.path.join(SHOTS, f"popup-{width}-details.png"))
        if width == 800:
            assert map_box["width"] >= 450, map_box  # not 282 px
            assert details["y"] >= map_box["y"] + map_box["height"], (details, map_box)  # below the map
        else:
            assert details["x"] >= map_box["x"] + map_box["width"], (details, map_box)  # beside it
