"""A claim's point corrected across a border takes the new country (walk45 fix 46): Tavush's drone
claim, moved on "Correct this claim"'s small map to Tovuz, was still Armenia's in the details panel,
the filters, the table and the exports."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_curation_browser import expander, said, wait_field
from test_map_browser import field_rows

from maptools import MAP_IFRAME, open_expander, open_map, wait_idle

pytestmark = pytest.mark.browser

TAVUSH = "bundled:2020-09-27-am-mod-tavush-drone"  # Tavush, AM (40.95, 45.2)
TOVUZ = (40.99249, 45.62838)  # in Azerbaijan


def test_a_point_picked_across_the_border_changes_the_claims_country(page, app_url, outside_requests):
    open_map(page, f"{app_url}/?claim={TAVUSH}")
    page.locator(f"[data-claim-id='{TAVUSH}']").wait_for(timeout=90_000)
    assert (field_rows(page)["country"], field_rows(page)["admin1"]) == ("AM", "Tavush")

    correct = expander(page, "Correct this claim")
    open_expander(page, correct)
    correct.get_by_text("Pick the new point on a map").click()
    picker = page.locator(MAP_IFRAME).nth(1)  # the map page's own, then the picker's
    picker.wait_for(timeout=90_000)
    frame = picker.element_handle().content_frame()
    frame.wait_for_function("() => window.map && window.map.getSize().x > 0", timeout=90_000)
    expect(correct.get_by_text("Saved in another country, the claim takes that country.")).to_be_visible()
    # the picker opens on the claim at zoom 10; a user pans to Tovuz and clicks it
    frame.evaluate("([lat, lon]) => window.map.setView([lat, lon], 10, {animate: false})", list(TOVUZ))
    picker.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    x, y = frame.evaluate(
        """([lat, lon]) => {
            const p = window.map.latLngToContainerPoint([lat, lon]);
            const r = window.map.getContainer().getBoundingClientRect();
            return [r.x + p.x, r.y + p.y];
        }""",
        list(TOVUZ),
    )
    box = picker.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[aria-label=Latitude]')].some(i => i.value.startsWith('40.99'))",
        timeout=90_000,
    )
    wait_idle(page)
    page.get_by_role("button", name="Save changes").click()
    said(page, "country AM → AZ")  # the toast says the country changed with the point

    wait_field(page, "country", "AZ")
    assert field_rows(page)["admin1"] in ("", "—", "not stated")  # Tavush is a province of Armenia
    history = expander(page, "History (2)")
    open_expander(page, history)
    text = history.inner_text()
    assert "country: AM → AZ" in text and "latitude: 40.95 →" in text  # one edit says both
    assert outside_requests.not_tiles() == []
