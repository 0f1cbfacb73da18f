"""The Gazetteer page's new-place map in a real browser (round 45): a click fills the country the point is
clearly in, and a click that gives none (at sea, or just across a coarse border) leaves the country the user
chose by hand; it cleared it to "not said"."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from maptools import MAP_IFRAME, click_spot, look_up_name, wait_idle

pytestmark = pytest.mark.browser

SOTK = (40.20007, 45.86951)  # Armenia, far from any border
CASPIAN = (40.3, 51.0)  # at sea


def country_box(page):
    return page.get_by_role("combobox", name="Country", exact=True)


def test_a_click_at_sea_keeps_the_country_chosen_by_hand(page, app_url, outside_requests):
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Zodk", "Not found")
    iframe = page.wait_for_selector(MAP_IFRAME, timeout=60_000)
    frame = iframe.content_frame()
    frame.wait_for_function("() => window.map && window.map.getSize().x > 0", timeout=90_000)
    latitude = page.get_by_label("Latitude", exact=True)

    click_spot(page, frame, SOTK, zoom=10)
    expect(latitude).to_have_value(re.compile(r"^40\.(19|20)"), timeout=60_000)  # (to a pixel)
    expect(country_box(page)).to_have_value(re.compile(r"\(AM\)"), timeout=60_000)  # the click's country
    wait_idle(page)

    country_box(page).click()
    page.keyboard.type("Azerbaijan")  # the user's own choice
    page.keyboard.press("Enter")
    expect(country_box(page)).to_have_value(re.compile(r"\(AZ\)"))
    wait_idle(page)

    frame = page.wait_for_selector(MAP_IFRAME, timeout=60_000).content_frame()
    frame.wait_for_function("() => window.map && window.map.getSize().x > 0", timeout=90_000)
    click_spot(page, frame, CASPIAN, zoom=8)
    expect(latitude).to_have_value(re.compile(r"^40\.(29|30)"), timeout=60_000)  # the point follows the click
    wait_idle(page)
    expect(country_box(page)).to_have_value(re.compile(r"\(AZ\)"))  # it said "not said"
    assert outside_requests.not_tiles() == []
