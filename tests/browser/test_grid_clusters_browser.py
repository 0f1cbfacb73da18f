"""More spots than Supercluster indexes quickly (issue 17): the map clusters them on a grid per
zoom level, and every claim is still a marker you can reach, click and read.

60,000 claims of our own at distinct points (a lattice ~200 m apart) plus one lone claim far
from them; above 50,000 spots the incident layer switches to the grid (static/mapdata/incident_layer.js).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

from factories import at, make_claim
from mapdata.store import Store
from maptools import MAP_IFRAME, click_spot, opened_claim

ROWS, COLUMNS = 200, 300  # 60,000 points
LONELY = (39.55, 46.3)
LONELY_ID = "csv:grid-lonely"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled claims, a lattice of claims at distinct points and one lone claim."""
    path = tmp_path_factory.mktemp("grid-db") / "incidents.db"
    claims = [
        make_claim(
            id=f"csv:grid-{row}-{column}",
            place=f"Lattice point {row}/{column}",
            **at((40.0 + 0.002 * row, 44.8 + 0.002 * column)),
            origin="csv",
        )
        for row in range(ROWS)
        for column in range(COLUMNS)
    ]
    claims.append(make_claim(id=LONELY_ID, date="2023-05-13", place="A lone village", **at(LONELY), origin="csv"))
    Store(path).save(claims, origin="csv", label="grid lattice")
    return path


def layer(frame, expression: str):
    return frame.evaluate(f"() => window.mapdataIncidentLayer.{expression}")


def test_many_spots_are_clustered_on_a_grid_and_every_claim_stays_clickable(page, app_server, app_db):
    total = Store(app_db).count()
    page.goto(app_server.url)
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_function(
        "n => { const c = document.querySelector('.leaflet-container');"
        " return c && c.getAttribute('data-incidents-total') === String(n) && Number(c.getAttribute('data-incidents-drawn')) > 0; }",
        arg=total,
        timeout=120_000,
    )
    container = frame.locator(".leaflet-container")
    assert container.get_attribute("data-clustering") == "grid"
    # The first view shows every claim, in clusters whose counts add up to all of them.
    assert layer(frame, "shownInView") == total
    counts = [int(t.replace(",", "")) for t in frame.locator(".mapdata-cluster").all_inner_texts()]
    assert counts and max(counts) > 1000 and sum(counts) <= total
    # A click on a cluster zooms in on it: more, smaller clusters.
    zoom = frame.evaluate("() => window.map.getZoom()")
    frame.locator(".mapdata-cluster").first.click()
    frame.wait_for_function("z => window.map.getZoom() > z && !window.map._animatingZoom", arg=zoom, timeout=30_000)
    # The lone claim is its own marker at a cluster zoom level; a click on it opens the claim.
    click_spot(page, frame, LONELY, zoom=11)
    assert opened_claim(page) == LONELY_ID
    page.get_by_text("Every field of this claim").first.wait_for(timeout=60_000)
