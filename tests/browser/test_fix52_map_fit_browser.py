"""walk51, the map on the real ACLED export for Armenia: a filter down to one spot (a place searched for, a
date range of one day) left the map at the offline tiles' zoom 6, the whole country and its neighbours
around one marker. A fit of one spot, or of spots close together, now zooms in to at least the zoom the
gazetteer's town names show from (9), so the map says where the spot is; the user's own view is kept while
claims are in it (test_fit_results_browser.py).

Skipped when ../shared is absent (ACLED's terms forbid copying the file into the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.formats.importer import preview_path
from mapdata.mapview.base import SPOT_FIT_ZOOM
from mapdata.store import Store
from tests.conftest import shared_file

pytestmark = [pytest.mark.browser, pytest.mark.shared]

from maptools import open_map, wait_idle, wait_total

ACLED = ("data", "acled_hdx_armenia_conflict_2018-2020.csv")
ARENI = (39.7259, 45.185)  # 351 events at one spot, all "Areni"
JIL = (40.4529, 45.4497)  # the only event of 2018-01-12


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("acled-db") / "incidents.db"
    preview_path(shared_file(*ACLED)).commit(Store(path))
    return path


def view(frame) -> dict[str, float]:
    return frame.evaluate(
        "() => { const b = window.map.getBounds(); return {zoom: window.map.getZoom(), "
        "width: b.getEast() - b.getWest(), height: b.getNorth() - b.getSouth()}; }"
    )


def framed(frame, lat_lon: tuple[float, float], zoom: int) -> None:
    """Until the map shows ``lat_lon`` (clear of its edges) at ``zoom`` or closer."""
    frame.wait_for_function(
        "([lat, lon, z]) => window.map.getZoom() >= z && window.map.getBounds().pad(-0.1).contains([lat, lon])",
        arg=[*lat_lon, zoom],
    )


def test_a_search_down_to_one_spot_zooms_the_map_in_on_it(page, app_url):
    frame = open_map(page, app_url)
    wait_idle(page)
    first = view(frame)
    assert first["zoom"] < SPOT_FIT_ZOOM  # the whole file: the country
    box = page.get_by_label("Search place, claimant, source, summary", exact=True)
    box.fill("Areni")
    box.press("Enter")
    wait_total(frame, 351)
    wait_idle(page)
    framed(frame, ARENI, SPOT_FIT_ZOOM)  # was zoom 6: 20 degrees of longitude around one marker
    assert view(frame)["width"] < 2.5, view(frame)
    # the map's zoom stays within what a fit may take (the page's 11)
    assert view(frame)["zoom"] <= 11


def test_a_link_whose_dates_leave_one_spot_opens_zoomed_in_on_it(page, app_url):
    frame = open_map(page, f"{app_url}/?from=2018-01-12&to=2018-01-12")
    wait_total(frame, 1)
    wait_idle(page)
    framed(frame, JIL, SPOT_FIT_ZOOM)
    assert view(frame)["width"] < 2.5, view(frame)
