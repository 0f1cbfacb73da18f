"""Add report's preview map on a first start (a fresh database), in headless Chromium: a short
report pasted and proposed draws the map under the proposals, with the offline basemap's tiles
and a marker for the proposal, and no exception box. Nothing leaves the machine."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, propose_report, tooltip_at

# Our own wording (invented facts); Sotk is in the offline gazetteer.
REPORT = "The Armenian Defence Ministry said Azerbaijani forces opened fire on positions near Sotk on 12 May 2023."
SOTK = (40.2, 45.9)  # roughly: the marker must be drawn near there


def test_a_first_proposal_draws_the_preview_map_with_its_basemap_and_marker(page, app_url, outside_requests):
    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    page.get_by_text("1 proposed incident").wait_for(timeout=300_000)  # a first start builds the index

    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_selector(".leaflet-container", timeout=60_000)
    # the basemap: at least its first tile loaded (an image of 256 px, from this app's offline tiles)
    frame.wait_for_function(
        """() => [...document.querySelectorAll('.leaflet-tile-pane img.leaflet-tile')].some(
              t => t.src.includes('/app/static/basemap') && t.complete && t.naturalWidth === 256)""",
        timeout=60_000,
    )
    # the proposal's marker: a circle marker with the row's tooltip, near Sotk
    frame.wait_for_function("() => window.map !== undefined", timeout=30_000)
    markers = frame.evaluate(
        """() => {
            const found = [];
            window.map.eachLayer(l => {
                if (l instanceof L.CircleMarker && l.getTooltip && l.getTooltip()) {
                    const p = l.getLatLng();
                    found.push([p.lat, p.lng]);
                }
            });
            return found;
        }"""
    )
    assert len(markers) == 1, markers
    lat, lon = markers[0]
    assert abs(lat - SOTK[0]) < 0.3 and abs(lon - SOTK[1]) < 0.3, markers
    # hovered as a user would: the marker names the row it shows
    assert tooltip_at(page, frame, (lat, lon)).startswith("row 1: Sotk · 2023-05-12 ·")
    assert frame.locator(".leaflet-overlay-pane path.leaflet-interactive").count() >= 1
    expect(page.locator("[data-testid=stException]")).to_have_count(0)
    assert outside_requests.not_tiles() == []
