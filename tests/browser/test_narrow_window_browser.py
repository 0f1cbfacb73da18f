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
