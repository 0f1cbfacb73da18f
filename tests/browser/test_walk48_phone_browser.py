"""walk48 item 6: on a phone (390 x 844) a tap on a busy spot filled its list below the map, off-screen,
and nothing scrolled to it or said so. A tap that opens a spot's list or a claim below the map now
brings it into the window; beside the map (a wide window) nothing moves."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from test_details_layout_browser import GORIS, GORIS_POINT
from test_map_browser import SOTK

from maptools import MAP_IFRAME, click_spot, list_header, main, open_map, sized_page, wait_idle, wait_total


def tap_on_a_phone(page, app_url: str, point: tuple[float, float]) -> None:
    """Open the map in a phone's window and tap ``point`` (the map scrolled into the window first)."""
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    wait_idle(page)
    page.locator(MAP_IFRAME).scroll_into_view_if_needed()
    click_spot(page, frame, point, zoom=12)


def test_a_tap_on_a_stack_on_a_phone_brings_its_list_into_view(browser, app_url):
    with sized_page(browser, 390, 844) as page:
        tap_on_a_phone(page, app_url, SOTK)
        header = list_header(page).filter(has_text="2 claims at Sotk")
        header.wait_for()
        expect(header).to_be_in_viewport()
        assert header.bounding_box()["y"] >= 40  # under Streamlit's top bar, not behind it


def test_a_tap_on_one_claim_on_a_phone_brings_it_into_view(browser, app_url):
    with sized_page(browser, 390, 844) as page:
        tap_on_a_phone(page, app_url, GORIS_POINT)
        main(page).locator(f"[data-claim-id='{GORIS}']").wait_for()
        expect(main(page).get_by_role("button", name="Close this claim")).to_be_in_viewport()


def test_beside_the_map_a_click_moves_nothing(browser, app_url):
    with sized_page(browser, 1500, 1000) as page:
        frame = open_map(page, app_url)
        wait_total(frame, 18)
        wait_idle(page)
        before = page.locator(MAP_IFRAME).bounding_box()["y"]
        click_spot(page, frame, SOTK, zoom=12)
        list_header(page).filter(has_text="2 claims at Sotk").wait_for()
        wait_idle(page)
        page.wait_for_timeout(500)
        assert abs(page.locator(MAP_IFRAME).bounding_box()["y"] - before) < 1
