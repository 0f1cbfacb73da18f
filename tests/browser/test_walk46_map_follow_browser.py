"""walk46 items 3, 4 and 5, on a busy spot like ACLED's Chinari (300 claims at one point, a smaller spot 4 km away).

* Item 3: "Correct this claim" moved a claim ticked in Chinari's list to another point; the ring stayed on the
  old stack, the claim was an un-ringed dot at its new point, and its details stayed under the old spot's list.
  Now the claim opens alone, ringed at its new point, the map centred there.
* Item 4: the save's toast said "country AM → AZ; and 1 more field": the region cleared was the field not said.
* Item 5: a link to one claim (?claim=, the Table's "Show on map") opened at zoom 6 inside a ringed cluster of
  every claim around. Now the map zooms in until the claim's own stack stands apart, and rings it.

Screenshots go to MAPDATA_TEST_SHOTS when it is set.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_curation_browser import expander, said, typed, wait_field
from test_walk45_spot_list_browser import _claim as walk45_claim

from mapdata.model import Incident
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import (
    click_spot,
    list_header,
    main,
    open_expander,
    open_map,
    opened_claim,
    show_first_table_row_on_map,
    sized_page,
    tick_first_row,
    wait_idle,
)

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")
SPOT = (40.8552, 45.5761)  # ACLED's Chinari
COUNT = 300
NEIGHBOUR = (40.8912, 45.5761)  # 4 km north: one cluster with SPOT at zoom 6
FEW = 3
MOVED = (40.95, 45.65)  # where the walk moved its claim (in Azerbaijan)


def _claim(n: int, spot: tuple[float, float], place: str) -> Incident:
    """walk45's busy-spot claim, in Tavush, Armenia: a move into Azerbaijan drops the region."""
    return dataclasses.replace(
        walk45_claim(n, spot, place), id=f"csv:walk46-{place.lower()}-{n:03d}", admin1="Tavush", country="AM"
    )


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("walk46-follow-db") / "incidents.db"
    claims = [_claim(n, SPOT, "Chinari") for n in range(COUNT)] + [_claim(n, NEIGHBOUR, "Aygepar") for n in range(FEW)]
    Store(path).save(claims, origin="csv", label="busy spot fixture")
    return path


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"))


RINGED = """() => {
    const map = window.map, layer = window.mapdataIncidentLayer, chosen = map._mapdataSelected;
    const ring = map._mapdataSelection;
    if (!layer || !chosen || !ring || !map.hasLayer(ring)) return null;
    const marker = layer._drawnFor(chosen);
    const at = ring.getLatLng();
    return {
        zoom: map.getZoom(),
        ring: [at.lat, at.lng],
        inView: map.getBounds().contains(at),
        cluster: !!(marker && marker.clusterId !== undefined),
        count: marker && marker.getElement && marker.getElement() ? marker.getElement().textContent.trim() : "",
        selected: map.getContainer().getAttribute("data-selected"),
    };
}"""


def ringed(frame) -> dict:
    """What the map rings once it has settled: the ring's point, the marker under it, the zoom."""
    last = None
    for _ in range(60):
        seen = frame.evaluate(RINGED)
        if seen is not None and seen == last:
            return seen
        last = seen
        frame.page.wait_for_timeout(250)
    raise AssertionError(f"the map's ring did not settle: {last}")


@pytest.mark.parametrize("how", ["link", "table"])
def test_a_claim_opened_from_a_link_is_shown_apart_from_its_cluster_and_ringed(browser, app_url, how):
    with sized_page(browser, 1400, 900) as page:
        claim = f"csv:walk46-chinari-{COUNT - 1:03d}"
        if how == "link":
            frame = open_map(page, f"{app_url}/?claim={claim}")
        else:
            page.goto(f"{app_url}/Table?q=Fixture+outlet")  # both spots: one cluster at zoom 6
            show_first_table_row_on_map(page, app_url)
            frame = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']").content_frame()
            frame.wait_for_selector(".leaflet-container[data-incidents-total]")
            claim = opened_claim(page)
        assert opened_claim(page) == claim  # its details open
        frame.wait_for_selector(".leaflet-container[data-revealed]", timeout=60_000)
        seen = ringed(frame)
        shot(page, f"walk46-reveal-{how}")
        # was: zoom 6, the ring around one cluster of every claim here ("303"), the claim's own stack not drawn
        assert not seen["cluster"], seen
        # the claim's own stack, ringed: Chinari's (or Aygepar's, for the Table's first row)
        place, count = (SPOT, COUNT) if claim.startswith("csv:walk46-chinari") else (NEIGHBOUR, FEW)
        assert seen["count"] == str(count), seen
        assert seen["zoom"] > 6 and seen["inView"], seen
        assert seen["ring"] == pytest.approx(list(place), abs=1e-4)


def test_a_claim_moved_by_its_correction_is_followed_to_its_new_point(browser, app_url):
    with sized_page(browser, 1400, 900) as page:
        frame = open_map(page, f"{app_url}/?q=Chinari")
        wait_idle(page)
        click_spot(page, frame, SPOT, zoom=11)
        expect(list_header(page)).to_have_text(f"{COUNT} claims at Chinari")
        wait_idle(page)
        tick_first_row(page)
        claim = opened_claim(page)
        wait_idle(page)
        correct = expander(page, "Correct this claim")
        open_expander(page, correct)
        typed(page, "Latitude", str(MOVED[0]))
        typed(page, "Longitude", str(MOVED[1]))
        page.get_by_role("button", name="Save changes").click()
        # item 4: the region cleared is said, not counted as "1 more field"
        said(page, "country AM → AZ")
        said(page, "region Tavush cleared: it is in Armenia")
        expect(page.get_by_text("more field")).to_have_count(0)
        expect(page.get_by_text("view more")).to_have_count(0)  # the toast's whole line in its three lines
        wait_field(page, "latitude", str(MOVED[0]))
        wait_idle(page)
        shot(page, "walk46-moved")
        # item 3: the claim open alone, out of Chinari's list (it no longer holds it) ...
        assert opened_claim(page) == claim
        expect(list_header(page)).to_have_count(0)
        assert main(page).locator(f"[data-claim-id='{claim}']").count() == 1
        # ... ringed at its new point, in view; the old stack has no ring
        seen = ringed(frame)
        assert seen["ring"] == pytest.approx(list(MOVED), abs=1e-4), seen
        assert seen["inView"] and not seen["cluster"], seen
        assert seen["selected"] == f"{MOVED[0]:.5f},{MOVED[1]:.5f}"
