"""At world zoom the borders layer outlines every country, not only the Caucasus (walk45 item 17: the app
monitors India-Pakistan, Israel-Lebanon, Thailand-Cambodia and Russia-Ukraine too)."""

from __future__ import annotations

import pytest

from maptools import open_map

pytestmark = pytest.mark.browser

SEEN = """() => {
    const pane = window.map.getPane("mapdataBorders");
    const box = window.map.getContainer().getBoundingClientRect();
    return [...pane.querySelectorAll("path")].filter((p) => {
        const r = p.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
    }).length;
}"""


def test_world_zoom_outlines_the_countries_of_every_monitored_conflict(page, app_url, tmp_path):
    frame = open_map(page, app_url)
    frame.wait_for_function(
        "() => Number(document.querySelector('.leaflet-container').getAttribute('data-borders')) > 0"
    )
    assert int(frame.evaluate("() => window.map.getContainer().getAttribute('data-borders')")) > 200
    frame.evaluate("() => window.map.setView([30, 60], 2, {animate: false})")
    frame.wait_for_function(f"() => ({SEEN})() > 100")
    page.screenshot(path=str(tmp_path / "world_borders.png"))
