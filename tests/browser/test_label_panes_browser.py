"""Place and country names sit under the incident markers, never over them.

A walk-through saw "Majdal Shams" (a place label) written over a claim's circle: the label panes
(z-index 440-450) were above Leaflet's overlay pane (400), where the incident layer draws its
circles, rings and areas. Here the bundled Hermel claim is drawn exactly where the place label
"El Hermel" is, and Mount Dov's beside "Majdal Shams".
"""

from __future__ import annotations

import pytest

from mapdata.store.bundled import EXAMPLES_ENV
from maptools import open_map

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    """Every conflict's examples (the suite seeds Armenia–Azerbaijan's only)."""
    return {EXAMPLES_ENV: None}


HERMEL = (34.39417, 36.38472)  # the bundled claim and the label "El Hermel" at one point
MOUNT_DOV = (33.28, 35.71)  # beside "Majdal Shams"

# Each place label over an incident marker, with the stacking order of the two: the z-index of
# each one's pane (the panes are siblings in the map pane, so theirs decide which is drawn on top).
LABELS_OVER_MARKERS = """() => {
    const map = window.map;
    const paneZ = (node) => {
        const pane = node.closest('.leaflet-pane:not(.leaflet-map-pane)');
        return Number(getComputedStyle(pane).zIndex);
    };
    const markers = [...map.getContainer().querySelectorAll(
        '.leaflet-overlay-pane path.leaflet-interactive, .mapdata-stack, .mapdata-cluster')];
    const labels = [...map.getContainer().querySelectorAll('.mapdata-place-label')];
    const hits = [];
    for (const label of labels) {
        const a = label.getBoundingClientRect();
        for (const marker of markers) {
            const b = marker.getBoundingClientRect();
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                hits.push({label: label.textContent, labelZ: paneZ(label), markerZ: paneZ(marker)});
            }
        }
    }
    const countries = [...document.querySelectorAll('.leaflet-mapdataCountryLabels-pane')].map(paneZ);
    return {hits, countries, paths: paneZ(map.getPane("overlayPane")), labels: labels.length};
}"""


@pytest.mark.parametrize(("where", "zoom", "name"), [(HERMEL, 11, "El Hermel"), (MOUNT_DOV, 9, "Majdal Shams")])
def test_place_labels_are_drawn_under_the_markers_they_cross(page, app_url, where, zoom, name):
    frame = open_map(page, f"{app_url}/?conflict=israel-lebanon")
    frame.evaluate("([lat, lon, z]) => window.map.setView([lat, lon], z, {animate: false})", [*where, zoom])
    # the label is drawn across a marker here (labels come once places.json has loaded)
    frame.wait_for_function(f"name => ({LABELS_OVER_MARKERS})().hits.some((hit) => hit.label === name)", arg=name)
    found = frame.evaluate(LABELS_OVER_MARKERS)
    assert all(hit["labelZ"] < hit["markerZ"] for hit in found["hits"]), found["hits"]
    # the country names' pane is under the incident layer's circles too
    assert found["countries"] and all(z < found["paths"] for z in found["countries"]), found
