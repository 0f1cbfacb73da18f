"""A busy spot in a real browser, as a new user met it at a 1400 x 900 window (closing37 walk-through):
60 claims at one point, like ACLED's Areni (351 there), with a smaller spot 4 km away.

* The spot's list in the Details panel showed "Clash status" cut to "single sourc" (a 75 px column)
  and "Casualties" cut off at the panel's edge (360 px wide); once they read whole (a 432 px panel),
  the Summary column was a 13 px sliver at the edge and the list scrolled sideways (walk38). A row
  now reads as its date and one wrapped line, sides · clash status — the start of the summary, which
  takes the rest of the list's width.
* The spot's label (tooltip) ran off the map's right edge, a 548 px map with no room on either side
  of the stack for the whole label: it now wraps to the room on the roomier side.
* A claim opened from the fanned-out stack (zoom 13 and closer) was ringed where its dot was drawn
  in the fan; zoomed out to 11 the fan folds and the ring was left empty beside the stack. The ring
  now sits on the claim's marker as drawn: its dot in the fan, its stack, or the cluster holding it.

Screenshots of each view go to MAPDATA_TEST_SHOTS when it is set.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import math
import os
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from mapdata.model import Incident
from mapdata.store import Store

pytestmark = pytest.mark.browser

from test_tooltip_browser import OVERLAP, place_spot

from maptools import MAP_IFRAME, click_spot, list_header, main, open_map, opened_claim, sized_page, tooltip_at

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")
SPOT = (39.7259, 45.185)  # ACLED's Areni
COUNT = 60  # a stack of at most 60 fans out at zoom 13 (incident_layer.js FAN_MAX): a spiral
NEIGHBOUR = (39.7619, 45.185)  # 4 km north: its own stack at zoom 11, one cluster with SPOT at zoom 10
FIRST_DAY = dt.date(2018, 5, 26)
# The list's columns (ui/details.py LIST_SHOWN), after the tick box.
SHOWN_COLUMNS = ["Date", "Claim"]


def _claim(n: int, spot: tuple[float, float], place: str) -> Incident:
    side, accused = ("Azerbaijan", "Armenia") if n % 10 == 3 else ("Armenia", "Azerbaijan")
    return Incident.create(
        id=f"csv:busy-{place.lower()}-{n:03d}",
        date=(FIRST_DAY + dt.timedelta(days=13 * n)).isoformat(),  # one claim a day: each a clash of its own
        place=place,
        latitude=spot[0],
        longitude=spot[1],
        geo_precision="near",
        claimant=f"{side} MoD",
        reporting_side=side,
        accused_side=accused,
        event_type="armed clash",
        # as long as ACLED's notes at Areni (147 to 341 characters): the list shows its start
        summary=f"On day {n}, military forces of {accused} fired with small arms and sniper rifles at the positions "
        f"of the military forces of {side} near {place}, in Vayots Dzor province. No casualties were reported.",
        source="Fixture outlet",
        origin="csv",
    )


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("busy-spot-db") / "incidents.db"
    claims = [_claim(n, SPOT, "Areni") for n in range(COUNT)] + [_claim(n, NEIGHBOUR, "Arpi") for n in range(3)]
    Store(path).save(claims, origin="csv", label="busy spot fixture")
    return path


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"))


def grid_columns(png: bytes) -> tuple[int, list[int], Image.Image]:
    """The grid's width and the x of each column's right border, read off its header row: the
    grid draws on a canvas, so the screenshot is what the reader sees. A border is a pixel column
    of one colour, not the header's, down the header's height (text never is)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width = image.size[0]
    background = max(set(row := [image.getpixel((x, 5)) for x in range(width)]), key=row.count)
    borders = [
        x
        for x in range(2, width - 2)
        if row[x] != background and all(image.getpixel((x, y)) == row[x] for y in range(3, 30))
    ]
    return width, borders, image


def ink_before(image: Image.Image, border: int) -> list[tuple[int, int]]:
    """Dark (text) pixels in the 2 px left of a column's border: the grid clips a word too long for
    its column at the border ("single sourc" ran up to it); a whole one ends 3 px or more before it
    (a date in its 75 px column, the snuggest)."""
    return [
        (x, y) for x in range(border - 2, border) for y in range(image.size[1]) if min(image.getpixel((x, y))) < 160
    ]


def clipped_rows(image: Image.Image, left: int) -> list[tuple[int, int]]:
    """Rows (top and bottom border) whose text, right of ``left``, is cut at the row's top or bottom
    edge: a wrapped line with more lines than the row holds runs into its borders (the grid draws the
    part that fits), a line that fits leaves a margin. A border is a pixel row of one colour."""
    width, height = image.size
    xs = range(left + 2, width - 3)
    borders = [
        y
        for y in range(height)
        if min(first := image.getpixel((left + 2, y))) < 250 and all(image.getpixel((x, y)) == first for x in xs)
    ]

    def ink(y: int) -> bool:
        return any(min(image.getpixel((x, y))) < 160 for x in xs)

    rows = [(top, bottom) for top, bottom in itertools.pairwise(borders) if bottom - top > 40]  # not the header's
    return [(top, bottom) for top, bottom in rows if any(ink(y) for y in (top + 1, top + 2, bottom - 2, bottom - 1))]


@pytest.mark.parametrize("width", [1400, 1500, 1000, 1100, 1280])
def test_a_busy_spots_list_reads_whole_without_scrolling_sideways(browser, app_url, width):
    """At 1400 and 1500 px the list is beside the map (432 px), at 1000 below it (568 px), at 1100 and
    1280 beside it again (420 and 422 px; 315 and 385 before, test_details_width_browser.py)."""
    with sized_page(browser, width, 900) as page:
        frame = open_map(page, app_url)
        click_spot(page, frame, SPOT, zoom=11)
        header = list_header(page)
        header.wait_for()
        assert header.inner_text() == f"{COUNT} claims at Areni"
        grid = main(page).locator("[data-testid=stDataFrame]").first
        grid.locator("[role=gridcell]").first.wait_for(state="attached")
        grid.scroll_into_view_if_needed()
        page.mouse.move(1, 1)  # no hover highlight on a row
        page.wait_for_timeout(500)
        shot(page, f"busy-spot-list-{width}")
        # nothing to scroll to: every column is in view (the list's own scroller is as wide as the list)
        scroller = grid.evaluate(
            "g => { const s = g.querySelector('.dvn-scroller'); return [s.scrollWidth, s.clientWidth]; }"
        )
        assert scroller[0] <= scroller[1], f"the list scrolls sideways: {scroller[0]} px of columns in {scroller[1]}"
        headings = grid.locator("[role=row]").first.locator("[role=columnheader]").all()
        assert [(h.text_content() or "").strip() for h in headings] == SHOWN_COLUMNS
        size, borders, image = grid_columns(grid.screenshot())
        # the tick box and the date, then the claim's line to the list's edge: most of its width
        assert len(borders) == 2, f"column borders at {borders} in {size} px"
        assert not ink_before(image, borders[1]), "the date runs into its border (cut off)"
        assert size - borders[1] >= 0.7 * size, f"the claim's line is {size - borders[1]} px of the list's {size}"
        assert not clipped_rows(image, borders[1]), "a claim's line has more lines than its row shows"
        first = [
            (c.text_content() or "").strip() for c in grid.locator("[role=row]").nth(1).locator("[role=gridcell]").all()
        ]
        last_day = FIRST_DAY + dt.timedelta(days=13 * (COUNT - 1))
        assert first[0] == last_day.isoformat()  # newest first
        assert first[1].startswith(f"Armenia → Azerbaijan · single source — On day {COUNT - 1}, military forces of")
        assert first[1].endswith(f" · busy-areni-{COUNT - 1:03d}")  # its id (walk47 item 16)
        # and nothing of the panel runs past the window
        assert page.evaluate("document.documentElement.scrollWidth") <= width


# How many lines of the open label each of the given words is drawn on.
LINES_OF = """(words) => {
    const walker = document.createTreeWalker(document.querySelector('.leaflet-tooltip'), NodeFilter.SHOW_TEXT);
    const lines = {};
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of words) {
            const at = node.data.indexOf(word);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            lines[word] = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }
    }
    return lines;
}"""


@pytest.mark.parametrize("where", [(0.5, 0.5), (0.95, 0.5), (0.05, 0.5)], ids=["middle", "right edge", "left edge"])
def test_a_busy_spots_label_stays_inside_the_map_at_1400_px(browser, app_url, where):
    with sized_page(browser, 1400, 900) as page:
        frame = open_map(page, app_url)
        place_spot(frame, page, SPOT, *where)
        label = tooltip_at(page, frame, SPOT)
        assert label.startswith(f"{COUNT} claims at Areni"), label
        seen = frame.evaluate(OVERLAP, ".mapdata-stack span")
        shot(page, f"busy-spot-label-{where[0]}")
        assert seen["inside"], "the label is cut off by the map's frame"
        assert not seen["covered"], "the label covers the stack's count"
        # and a day is never broken at its hyphens where the label wraps ("2018-" / "05-26")
        days = [FIRST_DAY.isoformat(), str(FIRST_DAY + dt.timedelta(days=13 * (COUNT - 1)))]
        assert frame.evaluate(LINES_OF, days) == dict.fromkeys(days, 1)


def ring(frame) -> dict:
    """The ring's centre and width in the map's frame (waits for it)."""
    frame.locator(".mapdata-selected").wait_for()
    box = frame.evaluate(
        "() => { const r = document.querySelector('.mapdata-selected').getBoundingClientRect();"
        " return {x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width}; }"
    )
    return box


def icon(frame, selector: str, count: int) -> dict:
    """Centre and width, in the map's frame, of the one ``selector`` icon (a stack or a cluster) showing ``count``."""
    found = frame.locator(selector).filter(has_text=f"{count:,}")
    expect(found).to_have_count(1)
    return found.evaluate(
        "e => { const r = e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2, width: r.width}; }"
    )


# A fanned dot's centre in the map's frame (its container is at the frame's top left) and its claim.
DOT = "{ const p = window.map.latLngToContainerPoint(l.getLatLng()); out.push([p.x, p.y, l.incidentIndex]); }"


def zoom_to(frame, page, zoom: int) -> None:
    frame.evaluate("z => window.map.setZoom(z, {animate: false})", zoom)
    frame.wait_for_function("z => window.map.getZoom() === z && !window.map._animatingZoom", arg=zoom)
    page.wait_for_timeout(500)


def test_the_ring_sits_on_a_fanned_claims_marker_as_drawn(page, app_url):
    frame = open_map(page, app_url)
    click_spot(page, frame, SPOT, zoom=13)  # zoom 13: the stack fans out, its list opens
    frame.wait_for_function(f"document.querySelector('.leaflet-container').getAttribute('data-fanned') === '{COUNT}'")
    list_header(page).filter(has_text=f"{COUNT} claims at Areni").wait_for()
    # the claim whose dot the fan draws farthest from the stack (its spiral's end)
    dots = frame.evaluate(
        f"() => {{ const out = []; window.map.eachLayer(l => {{ if (l.fanned && l._map) {DOT} }}); return out; }}"
    )
    sx, sy = frame.evaluate(
        "([lat, lon]) => { const p = window.map.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }", list(SPOT)
    )
    far = max((d for d in dots if 20 < d[0] < 580 and 20 < d[1] < 600), key=lambda d: math.dist(d[:2], (sx, sy)))
    assert math.dist(far[:2], (sx, sy)) > 90
    box = page.locator(MAP_IFRAME).bounding_box()
    page.mouse.click(box["x"] + far[0], box["y"] + far[1])
    claim = opened_claim(page)
    assert claim.startswith("csv:busy-areni-")
    container = frame.locator(".leaflet-container")
    frame.wait_for_function("() => !window.map._panAnim || !window.map._panAnim._inProgress")  # the popup's autoPan
    page.wait_for_timeout(300)

    # on the dot, while the fan is open (where it is now: the claim's popup panned the map)
    dot = frame.evaluate(
        f"i => {{ const out = []; window.map.eachLayer(l => {{ if (l.fanned && l._map && l.incidentIndex === i) {DOT} }});"
        " return out[0]; }",
        far[2],
    )
    here = ring(frame)
    shot(page, "busy-spot-ring-13")
    assert abs(here["x"] - dot[0]) <= 2 and abs(here["y"] - dot[1]) <= 2, f"ring {here}, the claim's dot {dot}"
    assert here["width"] < 40  # a dot's ring

    zoom_to(frame, page, 11)  # the fan folds: the claim is drawn in its stack
    assert container.get_attribute("data-fanned") is None
    stack = icon(frame, ".mapdata-stack", COUNT)
    here = ring(frame)
    shot(page, "busy-spot-ring-11")
    assert abs(here["x"] - stack["x"]) <= 2 and abs(here["y"] - stack["y"]) <= 2, f"ring {here}, stack {stack}"
    assert here["width"] > stack["width"] + 8  # around the stack, not hidden under it

    zoom_to(frame, page, 10)  # the stack and its neighbour are one cluster: the ring goes around it
    expect(frame.locator(".mapdata-stack").filter(has_text=str(COUNT))).to_have_count(0)
    cluster = icon(frame, ".mapdata-cluster", COUNT + 3)
    here = ring(frame)
    shot(page, "busy-spot-ring-10")
    assert abs(here["x"] - cluster["x"]) <= 2 and abs(here["y"] - cluster["y"]) <= 2, f"ring {here}, cluster {cluster}"
    assert here["width"] > cluster["width"] + 8
    assert frame.locator(".mapdata-selected").count() == 1
    # the spot the details show is the claim's own point (it named where the fan drew its dot)
    expect(container).to_have_attribute("data-selected", f"{SPOT[0]:.5f},{SPOT[1]:.5f}")
