"""At world zoom the borders layer outlines every country, not only the Caucasus (walk45 item 17: the app
monitors India-Pakistan, Israel-Lebanon, Thailand-Cambodia and Russia-Ukraine too); drawn after the
markers, not before them (round 45), and on a map with no markers too."""

from __future__ import annotations

import pytest

from maptools import MAP_IFRAME, look_up_name, open_map

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


# Installed in every frame before its own scripts (the map's iframe included): the order in which the map's
# container first said its markers were drawn (data-incidents-drawn) and its borders (data-borders), looked at
# every 5 ms (a MutationObserver on the component's document saw nothing); the borders are drawn at least a
# frame (~16 ms) after the markers.
ORDER = """(() => {
    const seen = [];
    window.mapdataOrder = seen;
    const look = setInterval(() => {
        const map = document.querySelector(".leaflet-container");
        if (!map) return;
        for (const name of ["data-incidents-drawn", "data-borders"]) {
            if (!seen.includes(name) && map.getAttribute(name) !== null) seen.push(name);
        }
        if (seen.length === 2) clearInterval(look);
    }, 5);
})();"""


def test_the_markers_are_drawn_before_the_borders(page, app_url):
    """round 45: the whole world's outline (252 countries) was read and drawn before the incident layer
    attached, holding back the first marker; now the borders wait for the markers to be painted."""
    page.add_init_script(ORDER)
    frame = open_map(page, app_url)
    frame.wait_for_function(
        "() => Number(document.querySelector('.leaflet-container').getAttribute('data-borders')) > 200"
    )
    assert frame.evaluate("() => window.mapdataOrder") == ["data-incidents-drawn", "data-borders"]
    assert frame.evaluate("() => window.map.getContainer().getAttribute('data-borders-after')") == "incidents"
    assert frame.evaluate("() => window.map.getPane('mapdataBorders').querySelectorAll('path').length") > 200


def test_a_map_with_no_incident_layer_still_draws_its_borders(page, app_url):
    """The Gazetteer's map of a name's candidates has no incident layer: its borders come after a short wait."""
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Zod", "Sotk")
    frame = page.wait_for_selector(MAP_IFRAME, timeout=60_000).content_frame()
    frame.wait_for_function(
        "() => Number(document.querySelector('.leaflet-container')?.getAttribute('data-borders')) > 200", timeout=60_000
    )
    assert frame.evaluate("() => window.map.getContainer().getAttribute('data-borders-after')") == "wait"
