"""walk44 item 19: in a 420 px window, Add report's preview map cut the proposals' markers at its edges
(it was centred on their mean at zoom 8, whatever its width). Every marker now sits whole inside the
map, also after the map has taken its final width."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, propose_report, sized_page, wait_idle

# Our own wording (invented facts); three places of the offline gazetteer, 180 km apart west to east.
REPORT = """The Armenian Defence Ministry said Azerbaijani forces opened fire on positions near Sotk on 12 May 2023.
The Azerbaijani Defence Ministry said Armenian forces shelled Tartar on 12 May 2023.
The Armenian Defence Ministry said Azerbaijani forces fired on Yeraskh on 13 May 2023."""

MARKERS = """() => {
  const size = window.map.getSize(), found = [];
  window.map.eachLayer(l => {
    if (l instanceof L.CircleMarker && l.getTooltip && l.getTooltip()) {
      const p = window.map.latLngToContainerPoint(l.getLatLng());
      found.push([p.x, p.y, l.getRadius()]);
    }
  });
  return {width: size.x, height: size.y, markers: found};
}"""


@pytest.mark.parametrize("width", [420, 1400])
def test_the_preview_map_shows_every_proposal_whole(browser, app_url, width):
    with sized_page(browser, width, 900) as page:
        page.goto(f"{app_url}/Add_report")
        propose_report(page, REPORT)
        page.get_by_text("3 proposed incidents").wait_for(timeout=300_000)
        frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
        frame.wait_for_function(
            "() => { let n = 0; window.map && window.map.eachLayer(l => { if (l instanceof L.CircleMarker) n++; }); return n === 3; }",
            timeout=60_000,
        )
        wait_idle(page)
        page.wait_for_timeout(1000)  # the frame's last resize, if any
        seen = frame.evaluate(MARKERS)
        assert len(seen["markers"]) == 3, seen
        for x, y, radius in seen["markers"]:
            # whole, with a margin (was: Yeraskh's and Tartar's markers cut by the left and right edges)
            assert radius + 2 <= x <= seen["width"] - radius - 2, seen
            assert radius + 2 <= y <= seen["height"] - radius - 2, seen
