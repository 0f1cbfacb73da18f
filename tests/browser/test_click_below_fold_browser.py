"""A mouse click on a marker opens it when the map runs past the bottom of the window (walk 6: with
the markers focusable for the keyboard, a mousedown focused the marker, the browser scrolled the
page to show the map's frame, and the mouseup landed beside the marker: a 1400 x 900 window never
opened a single claim)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from test_details_layout_browser import GORIS, GORIS_POINT
from test_map_browser import field_rows

from maptools import MAP_IFRAME, open_map, page_point, sized_page, wait_total


def test_a_click_on_a_claim_opens_it_when_the_map_runs_below_the_window(browser, app_url):
    with sized_page(browser, 1400, 700) as page:
        frame = open_map(page, app_url)
        wait_total(frame, 18)
        frame.evaluate("p => window.map.setView(p, 12, {animate: false})", list(GORIS_POINT))
        page.wait_for_timeout(300)
        box = page.query_selector(MAP_IFRAME).bounding_box()
        assert box["y"] + box["height"] > 700, box  # the map's frame runs past the window's bottom
        page.mouse.click(*page_point(page, frame, *GORIS_POINT))
        page.wait_for_url(re.compile(r"[?&]claim="))
        expect(page.locator(f"[data-claim-id='{GORIS}']")).to_be_visible()
        assert field_rows(page)["id"] == GORIS
