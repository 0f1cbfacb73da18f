"""The details panel in a real browser, at a wide and a narrow window: the claims about one clash
fit the panel's column (walk 5: a table of one column per claim was 1,253 px wide in a 360 px
column and widened the whole page to 1,913 px)."""

from __future__ import annotations

import os

import pytest

from maptools import MAP_IFRAME, main

pytestmark = pytest.mark.browser

SOTK_UAV = "bundled:2023-05-12-am-mod-sotk-uav"  # a clash of three claims among the bundled ones
SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


@pytest.mark.parametrize("width", [1400, 800])
def test_the_claims_of_a_clash_fit_the_details_column(page, app_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{app_url}/?claim={SOTK_UAV}")
    page.wait_for_selector(MAP_IFRAME, timeout=120_000)
    cards = main(page).locator("table[data-table=compared]")
    cards.first.wait_for(timeout=120_000)
    cards.first.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    shot(page, f"clash-{width}")
    # Streamlit scrolls its main area itself: a table too wide for its column makes that area (not
    # the document) scroll sideways, as the walk saw (1,913 px at 1400).
    widths = cards.first.evaluate(
        """t => Object.fromEntries([['document', document.documentElement],
            ['main area', document.querySelector('[data-testid=stMain]')],
            ['details column', t.closest('[data-testid=stColumn]')]].map(([n, e]) => [n, [e.scrollWidth, e.clientWidth]]))"""
    )
    for name, (scroll, client) in widths.items():
        assert scroll <= client, f"the {name} is {scroll} px wide in {client} px at a {width} px window"
    assert widths["document"][0] <= width
    assert cards.count() == 3 and "(selected)" in cards.first.inner_text()  # one small table per claim
