"""A spot's hover label (tooltip) opens beside the marker in headless Chromium: the count of a stack
or a cluster stays readable while the label is shown, wherever the spot is in the frame.

A walk-through saw the label drawn over the stack's number (it opened above the marker's middle).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import open_map, page_point, tooltip_at

SHOTS = os.environ.get("MAPDATA_SCREENSHOTS")  # a folder: each hovered view saved there, to look at
TOVUZ = (40.99249, 45.62838)  # three example claims at one spot

OVERLAP = """(selector) => {
    const tip = document.querySelector('.leaflet-tooltip').getBoundingClientRect();
    const count = [...document.querySelectorAll(selector)]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.left <= tip.right + 200 && tip.left - 200 <= r.right)
        .find((r) => r.left < tip.right && tip.left < r.right && r.top < tip.bottom && tip.top < r.bottom);
    const frame = document.querySelector('.leaflet-container').getBoundingClientRect();
    return {
        covered: Boolean(count),
        inside: tip.left >= frame.left && tip.right <= frame.right && tip.top >= frame.top && tip.bottom <= frame.bottom,
    };
}"""


def place_spot(frame, page, lat_lon: tuple[float, float], x: float, y: float, zoom: int = 13) -> None:
    """Move the map so the spot sits ``x``, ``y`` (fractions of the map's size) from its top left."""
    frame.evaluate(
        """([lat, lon, z, fx, fy]) => {
            window.map.setView([lat, lon], z, {animate: false});
            const size = window.map.getSize(), at = window.map.latLngToContainerPoint([lat, lon]);
            window.map.panBy([at.x - fx * size.x, at.y - fy * size.y], {animate: false});
        }""",
        [*lat_lon, zoom, x, y],
    )
    page.wait_for_timeout(400)


@pytest.mark.parametrize(
    "where", [(0.5, 0.5), (0.95, 0.5), (0.5, 0.03), (0.3, 0.9)], ids=["middle", "right edge", "top", "bottom"]
)
def test_a_stacks_label_leaves_its_count_readable(page, app_url, where):
    frame = open_map(page, app_url)
    place_spot(frame, page, TOVUZ, *where)  # (the bottom edge is the attribution's: no spot is hovered there)
    assert tooltip_at(page, frame, TOVUZ).startswith("3 claims at Tovuz")
    seen = frame.evaluate(OVERLAP, ".mapdata-stack span")
    assert not seen["covered"], "the label covers the stack's count"
    assert seen["inside"], "the label is cut off by the map's frame"
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"tooltip-{where[0]}-{where[1]}.png"))


def the_one_cluster(frame, page) -> dict:
    """The map on Armenia–Azerbaijan at zoom 6, where its claims are one cluster; the cluster's centre."""
    frame.evaluate("window.map.setView([40.2, 45.9], 6, {animate: false})")
    page.wait_for_timeout(400)
    return frame.evaluate(
        "() => { const r = document.querySelector('.mapdata-cluster').getBoundingClientRect(); "
        "const b = window.map.getContainer().getBoundingClientRect(); "
        "return window.map.containerPointToLatLng([r.left - b.left + r.width / 2, r.top - b.top + r.height / 2]); }"
    )


def test_a_clusters_label_leaves_its_count_readable(page, app_url):
    frame = open_map(page, app_url)
    at = the_one_cluster(frame, page)
    assert "incidents (click to zoom in)" in tooltip_at(page, frame, (at["lat"], at["lng"]))
    seen = frame.evaluate(OVERLAP, ".mapdata-cluster span")
    assert not seen["covered"], "the label covers the cluster's count"
    assert seen["inside"]


def test_a_stacks_label_tells_one_day_once_and_a_range_by_its_ends(page, app_url):
    frame = open_map(page, app_url)
    tegh = (39.55826, 46.48054)  # two claims of 2023-04-11 at one point (Tegh and Digh)
    place_spot(frame, page, tegh, 0.5, 0.5)
    label = tooltip_at(page, frame, tegh)
    assert "2023-04-11" in label and " to " not in label, label
    place_spot(frame, page, TOVUZ, 0.5, 0.5)
    assert "2020-07-12 to 2020-07-14" in tooltip_at(page, frame, TOVUZ)


def test_a_clusters_label_goes_when_its_click_zooms_in(page, app_url):
    """walk34 item 11: a click on a cluster zoomed in and redrew the map without it, but its label
    ("2,374 incidents (click to zoom in) Armenia 2,320 · …") stayed on screen over the new view,
    pointing at nothing, even after the mouse left the map: the marker it belonged to was gone, so
    the mouse never left it. The label now goes with the zoom."""
    frame = open_map(page, app_url)
    at = the_one_cluster(frame, page)
    label = tooltip_at(page, frame, (at["lat"], at["lng"]))
    count = label.split(" incidents (click to zoom in)")[0]
    assert count.replace(",", "").isdigit(), label
    page.mouse.click(*page_point(page, frame, at["lat"], at["lng"]))  # the mouse stays where the cluster was
    frame.wait_for_function("() => window.map.getZoom() > 6 && !window.map._animatingZoom")
    page.wait_for_timeout(800)  # the zoom's end: the layer redrawn for the new view
    theirs = frame.locator(
        ".leaflet-tooltip", has_text=re.compile(rf"^{re.escape(count)} incidents \(click to zoom in\)")
    )
    expect(theirs).to_have_count(0)
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "tooltip-after-cluster-click.png"))
    page.mouse.move(5, 5)  # and out of the map: no label at all is left behind
    expect(frame.locator(".leaflet-tooltip")).to_have_count(0)
