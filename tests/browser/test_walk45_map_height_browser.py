"""walk45 item 16: at 1400 x 900 the map ran below the fold (its frame y=340..980: the scale and the attribution
cut off). The map's height now follows the window's: the whole map shows in a 900 px window, a taller window
gets a taller map, and a short one keeps a usable minimum (MAP_MIN)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, open_map, sized_page, wait_idle

SIZES = """() => {
  const box = (s) => { const r = document.querySelector(s).getBoundingClientRect(); return [r.top, r.bottom]; };
  return {map: window.map.getSize().y, container: box('.leaflet-container'), scale: box('.leaflet-control-scale'),
          attribution: box('.leaflet-control-attribution')};
}"""


def measure(page, frame) -> dict:
    sizes = frame.evaluate(SIZES)
    box = page.locator(MAP_IFRAME).bounding_box()
    sizes["frame"] = [box["y"], box["y"] + box["height"]]
    return sizes


@pytest.mark.parametrize(("width", "height"), [(1400, 900), (1200, 900), (1920, 1080)])
def test_the_whole_map_shows_in_the_window(browser, app_url, width, height):
    with sized_page(browser, width, height) as page:
        frame = open_map(page, app_url)
        wait_idle(page)
        sizes = measure(page, frame)
        top, bottom = sizes["frame"]
        assert bottom <= height, sizes  # was 980 in a 900 px window
        assert sizes["scale"][1] <= sizes["map"] and sizes["attribution"][1] <= sizes["map"], sizes
        assert sizes["map"] == pytest.approx(bottom - top, abs=2), sizes  # Leaflet's map fills the frame
        assert bottom - top >= 480, sizes


def test_a_short_window_keeps_a_usable_map_and_a_tall_one_a_taller_map(browser, app_url):
    with sized_page(browser, 1400, 600) as page:
        frame = open_map(page, app_url)
        wait_idle(page)
        short = measure(page, frame)
    assert short["frame"][1] - short["frame"][0] == pytest.approx(480, abs=2), short
    with sized_page(browser, 1400, 1200) as page:
        frame = open_map(page, app_url)
        wait_idle(page)
        tall = measure(page, frame)
    assert tall["frame"][1] - tall["frame"][0] > 640, tall
    assert tall["map"] == pytest.approx(tall["frame"][1] - tall["frame"][0], abs=2), tall
