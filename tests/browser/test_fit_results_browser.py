"""A filter that leaves only claims outside the view brings them into it (walk34 item 12: three
matches were left at a view that showed none of them); a filter whose claims are in view keeps it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

from maptools import open_map, wait_total

SOTK = (40.20007, 45.86951)
TOVUZ_AREA = (40.9, 45.6)  # the bundled Tovuz claims (July 2020)


def in_view(frame, lat_lon: tuple[float, float]) -> bool:
    return frame.evaluate("([lat, lon]) => window.map.getBounds().contains([lat, lon])", list(lat_lon))


def search(page, text: str) -> None:
    box = page.get_by_label("Search place, claimant, source, summary", exact=True)
    box.fill(text)
    box.press("Enter")


def test_a_filter_whose_claims_are_all_out_of_view_fits_the_map_to_them(page, app_url):
    frame = open_map(page, app_url)
    frame.evaluate("([lat, lon]) => window.map.setView([lat, lon], 12, {animate: false})", list(SOTK))
    page.wait_for_timeout(500)
    assert in_view(frame, SOTK) and not in_view(frame, TOVUZ_AREA)

    search(page, "Tovuz")
    wait_total(frame, 3)
    frame.wait_for_function(
        "([lat, lon]) => window.map.getBounds().pad(-0.05).contains([lat, lon])", arg=list(TOVUZ_AREA)
    )
    # (Sotk, 80 km away, may stay in view: the fit goes no closer than the offline tiles' zoom 6, walk42)

    # claims still in view: the view stays where the user put it
    frame.evaluate("() => window.map.setZoom(window.map.getZoom() + 1, {animate: false})")
    page.wait_for_timeout(500)
    before = frame.evaluate("() => [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]")
    search(page, "")
    frame.wait_for_function(
        "n => Number(document.querySelector('.leaflet-container').getAttribute('data-incidents-total')) > n", arg=3
    )
    page.wait_for_timeout(1000)
    after = frame.evaluate("() => [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]")
    assert after == before
