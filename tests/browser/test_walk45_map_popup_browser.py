"""walk45 item 3: at 420 px, a claim's popup opened under the map's controls: the layers button covered
the popup's close "×" and the zoom and full-screen buttons its left edge. The popup is now panned clear of
the controls (autoPan's padding is the controls' height at the top and at the bottom of the map)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

from maptools import open_map, page_point, sized_page, wait_idle

ARTANISH = (40.49731, 45.36389)  # one claim (Armenian MoD, 2022-09-13): a single marker at zoom 13

# Each control's box and the popup's, in the map's frame; and what is on top at the close button's centre.
BOXES = """() => {
  const box = (node) => { const r = node.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const popup = document.querySelector('.leaflet-popup-content-wrapper');
  const close = document.querySelector('.leaflet-popup-close-button');
  const c = close.getBoundingClientRect();
  const atClose = document.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2);
  const controls = [...document.querySelectorAll('.leaflet-top .leaflet-control, .leaflet-bottom .leaflet-control')]
    .filter((node) => node.offsetWidth > 0).map(box);
  return {popup: box(popup), controls, closeOnTop: close.contains(atClose)};
}"""


def overlaps(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("width", [420, 1400])
def test_a_claims_popup_opens_clear_of_the_maps_controls(browser, app_url, width):
    with sized_page(browser, width, 900) as page:
        frame = open_map(page, app_url)
        wait_idle(page)
        # The marker in the map's upper part (as in the walk): its popup, opened upward, reaches the top controls.
        frame.evaluate(
            "([lat, lon]) => { window.map.setView([lat, lon], 13, {animate: false});"
            " window.map.panBy([0, 80], {animate: false}); }",
            list(ARTANISH),
        )
        page.wait_for_timeout(300)
        page.mouse.click(*page_point(page, frame, *ARTANISH))
        frame.locator(".leaflet-popup", has_text="Artanish").wait_for()
        page.wait_for_timeout(800)  # autoPan's pan (0.25 s) is over
        boxes = frame.evaluate(BOXES)
        assert len(boxes["controls"]) >= 3, boxes  # zoom, full screen, layers (and the scale, the attribution)
        covered = [c for c in boxes["controls"] if overlaps(boxes["popup"], c)]
        assert covered == [], boxes
        assert boxes["closeOnTop"], boxes  # the "×" can be clicked (was under the layers button at 420 px)
