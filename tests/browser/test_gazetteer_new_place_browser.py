"""The Gazetteer page in a real browser: a name the gazetteer lacks ("Zodk") is placed by a click on
the map, given its source and saved; looking it up again finds the user's place. Nothing leaves the machine."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from maptools import MAP_IFRAME, look_up_name

pytestmark = pytest.mark.browser


def test_a_name_the_gazetteer_lacks_is_placed_on_the_map_and_saved(page, app_url, outside_requests):
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Zodk", "Not found")
    iframe = page.wait_for_selector(MAP_IFRAME, timeout=60_000)
    frame = iframe.content_frame()
    frame.wait_for_selector(".leaflet-container", timeout=60_000)
    page.wait_for_timeout(1000)
    box_on_page = iframe.bounding_box()
    page.mouse.click(box_on_page["x"] + box_on_page["width"] * 0.6, box_on_page["y"] + box_on_page["height"] * 0.4)
    latitude = page.get_by_label("Latitude", exact=True)
    expect(latitude).not_to_have_value("", timeout=60_000)  # the click filled the typed boxes
    picked = (float(latitude.input_value()), float(page.get_by_label("Longitude", exact=True).input_value()))
    assert -90 <= picked[0] <= 90 and -180 <= picked[1] <= 180
    page.get_by_label("Where the coordinates come from").fill("a ministry map of May 2023")
    page.get_by_role("button", name="Save as a new place").click()
    page.get_by_text("Saved: “Zodk” at").wait_for(timeout=60_000)
    expect(page.get_by_text("a ministry map of May 2023").first).to_be_visible()

    # another name first, its answer awaited: typing "Zodk" again right after clearing the box can
    # race the clearing rerun, and a box whose value did not change sends nothing
    look_up_name(page, "Zod", "Sotk")
    look_up_name(page, "Zodk", "from alias")
    assert outside_requests.not_tiles() == []
