"""The borders outline is fetched by the map and drawn as before: under the incident markers, over the
name labels, the parties darker, and gone with its layer switched off (review43 item 16).

Until round 43 the outline (mapdata/data/borders.geojson) was inlined into the map's script: the
websocket message carrying the map was 174 KB whatever the data. Now the map fetches it from this
app (static/payloads/borders-<digest>.geojson.gz) and its message is ~14 KB; its scripts are asked
for at once (static/mapdata/preload.js), not one after another.
"""

from __future__ import annotations

import pytest

from maptools import open_map

pytestmark = pytest.mark.browser

MAP_MESSAGE_BOUND = 40_000  # bytes: 174 KB with the outline inline

BORDERS = """() => {
    const map = window.map, container = map.getContainer();
    const pane = map.getPane("mapdataBorders");
    const paths = pane ? [...pane.querySelectorAll("path")] : [];
    const z = (name) => Number(getComputedStyle(map.getPane(name)).zIndex);
    const seen = paths.filter((p) => { const r = p.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
    return {
        drawn: container.getAttribute("data-borders"),
        paths: paths.length,
        seen: seen.length,
        strokes: [...new Set(paths.map((p) => p.getAttribute("stroke")))].sort(),
        interactive: paths.filter((p) => p.classList.contains("leaflet-interactive")).length,
        paneZ: pane ? z("mapdataBorders") : null,
        overlayZ: z("overlayPane"),
        labelsZ: z("mapdataCountryLabels"),
        preloads: [...document.querySelectorAll('link[rel="preload"]')].map((l) => l.getAttribute("href")),
    };
}"""


def test_the_map_fetches_the_borders_and_draws_them_under_the_markers(page, app_url):
    sizes: list[int] = []

    def on_frame(payload) -> None:
        text = payload.decode("latin-1") if isinstance(payload, bytes) else payload
        if "streamlit_folium" in text and "map_div" in text:
            sizes.append(len(payload))

    page.on("websocket", lambda ws: ws.on("framereceived", on_frame))
    frame = open_map(page, app_url)
    frame.wait_for_function(
        "() => Number(document.querySelector('.leaflet-container').getAttribute('data-borders')) > 0"
    )
    found = frame.evaluate(BORDERS)
    assert int(found["drawn"]) == found["paths"] >= 5  # AM, AZ, GE, IR, TR
    assert found["seen"] >= 2  # Armenia and Azerbaijan at the first view, at least
    assert found["strokes"] == ["#222", "#666"]  # the parties darker, as before
    assert found["interactive"] == 0  # a click goes through to the map
    assert found["labelsZ"] < found["paneZ"] < found["overlayZ"]  # over the names, under the markers
    assert any("/vendor/leaflet/leaflet.js" in href for href in found["preloads"])
    assert any("/mapdata/incident_layer.js" in href for href in found["preloads"])
    assert sizes and max(sizes) < MAP_MESSAGE_BOUND, f"map messages of {sizes} bytes"


def test_the_borders_layer_switch_still_hides_the_fetched_outline(page, app_url):
    frame = open_map(page, app_url)
    frame.wait_for_function(
        "() => Number(document.querySelector('.leaflet-container').getAttribute('data-borders')) > 0"
    )
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_text("Borders (Natural Earth)").click()
    frame.wait_for_function("() => window.map.getPane('mapdataBorders').querySelectorAll('path').length === 0")
    frame.get_by_text("Borders (Natural Earth)").click()
    frame.wait_for_function("() => window.map.getPane('mapdataBorders').querySelectorAll('path').length >= 5")
