"""A cluster says whose claims it holds, at every zoom: with "All conflicts" (the bundled claims of
five conflicts) zoomed out to the world, each cluster's ring is split by the reporting sides of its
claims, in their colours, as a stack's is; its tooltip names them. Before, every cluster was a grey
disc (only stacks, claims at one spot, carried the sides' colours), so at world zoom the map said
nothing of who reported what. Checked on Supercluster's clusters and on the grid's (more than
50,000 spots), which count the sides of the clusters drawn only."""

from __future__ import annotations

import re
from collections import Counter

import pytest

pytestmark = pytest.mark.browser

from mapdata.store import Store
from maptools import open_map, page_point, wait_idle

# A ring's stops as incident_layer.js writes them: "#0072b2 0.00% 47.83%"
STOP = re.compile(r"(#[0-9a-f]{6}) ([\d.]+)% ([\d.]+)%")

RINGS = """() => [...document.querySelectorAll('.mapdata-cluster, .mapdata-stack')].map((icon) => ({
    cluster: icon.classList.contains('mapdata-cluster'),
    count: Number(icon.textContent.replace(/,/g, '')),
    background: icon.firstElementChild.getAttribute('style') || '',  // as written, not as CSS re-serialises it
}))"""


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    """Every conflict's example claims, as a first run has them (the suite sets one conflict's)."""
    return {"MAPDATA_EXAMPLES": None}


def claims_per_colour(rings: list[dict]) -> Counter:
    """How many claims each colour's share of the rings drawn stands for."""
    totals: Counter = Counter()
    for ring in rings:
        assert "conic-gradient" in ring["background"], ring
        for colour, start, end in STOP.findall(ring["background"]):
            totals[colour] += round((float(end) - float(start)) / 100 * ring["count"])
    return totals


def test_all_conflicts_clusters_at_world_zoom_carry_their_sides_colours(page, app_url, app_db, outside_requests):
    frame = open_map(page, app_url)
    wait_idle(page)
    frame.evaluate("() => window.map.setView([30, 40], 2, {animate: false})")
    frame.wait_for_function("() => document.querySelectorAll('.mapdata-cluster').length >= 3")
    layer = "window.mapdataIncidentLayer"
    assert frame.evaluate(f"() => {layer}.drawnMarkers") == 0  # every claim is in a cluster at this zoom
    sides, colours = frame.evaluate(f"() => [{layer}._data.sides, {layer}._data.colors]")
    colour_of = dict(zip(sides, colours, strict=True))
    stored = Store(app_db).frame()
    assert stored["conflict"].nunique() == 5
    expected = Counter({colour_of[side]: n for side, n in stored["reporting_side"].value_counts().items()})

    rings = frame.evaluate(RINGS)
    assert all(ring["cluster"] for ring in rings)
    assert claims_per_colour(rings) == expected  # each side's claims, in its colour, none grey

    # The biggest (Armenia–Azerbaijan with Russia–Ukraine at this zoom) names its sides in words too.
    big = frame.evaluate(
        """() => { const icons = [...document.querySelectorAll('.mapdata-cluster')];
            const icon = icons.sort((a, b) => Number(b.textContent) - Number(a.textContent))[0];
            const r = icon.getBoundingClientRect();
            const p = window.map.containerPointToLatLng([r.x + r.width / 2, r.y + r.height / 2]);
            return [p.lat, p.lng]; }"""
    )
    page.mouse.move(*page_point(page, frame, *big))
    tip = frame.locator(".leaflet-tooltip").first
    tip.wait_for()
    words = tip.inner_text()
    assert "incidents (click to zoom in)" in words
    for side in ("Armenia", "Azerbaijan", "Russia", "Ukraine"):
        assert re.search(rf"\b{side} \d+", words), words

    legend = page.locator("[data-testid=stMain] details.mapdata-legend").text_content()
    assert "cluster of nearby spots: the count on a dark disc, the ring split by reporting side" in legend

    # The same claims clustered on the grid (the layer's way above 50,000 spots): the same colours.
    grid = frame.evaluate(
        f"""() => {{
            const old = {layer};
            const data = Object.assign({{}}, old._data, {{gridAbove: 1}});
            const map = old._map;
            map.removeLayer(old);
            const grid = new MapdataIncidents.IncidentLayer(data, {{}});
            grid.addTo(map);
            map.setView([30, 40], 2, {{animate: false}});
            return grid.clustering;
        }}"""
    )
    assert grid == "grid"
    rings = frame.evaluate(RINGS)
    assert rings and all(ring["cluster"] for ring in rings)
    assert claims_per_colour(rings) == expected
    assert outside_requests.not_tiles() == []
