"""No row of a spot's list is cut off, at a phone's width or beside the map (walk42 item 21).

Each row is its date and one claim line the grid wraps into a row three lines high. The line was cut
to what three lines hold at a 1,400 px window (140 characters, a 324 px column); at a 420 px window
(the list below the map, its claim column 280 px) ACLED Armenia's lines took four, and the grid drew
the fourth in half under the row's edge. The grid draws on a canvas: the test reads the canvas's
pixels and asks that no text is drawn in the last pixels of a row (where only a fourth line reaches)
nor at the claim column's right edge, for every row of the list's first page.
Screenshots go to MAPDATA_TEST_SHOTS when it is set.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from factories import at
from mapdata.model import Incident
from mapdata.store import Store
from ui.details import LIST_ROW_HEIGHT, SPOT_ROWS_PER_PAGE

pytestmark = pytest.mark.browser

from maptools import click_spot, list_header, list_rows, main, open_map, sized_page

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")
SPOT = (39.7259, 45.185)  # where ACLED puts "Areni", 351 events on one point
COUNT = 30
HEADER_HEIGHT = 36  # px: the grid's header row, above the first claim
BOTTOM_BAND = 4  # px at a row's foot: three lines (centred) leave them empty; a fourth line's top is there
RIGHT_BAND = 6  # px at the claim column's right edge, inside the cell's 8 px padding
# Ink: the claim line's dark text; the date's grey, the tick boxes and the grid's lines are lighter.
INK = 140

# What ACLED writes of a day's fire, as its notes do: long, alike, each told apart by a few words.
WEAPONS = (
    "small arms/sniper rifles",
    "small arms/sniper rifles/heavy machine guns",
    "mortars and grenade launchers",
    "small arms/sniper rifles/large calibre machine guns",
)


def claims() -> list[Incident]:
    start = dt.date(2020, 8, 3)
    made = []
    for n in range(COUNT):
        day = start - dt.timedelta(days=3 * n)
        armenian = n % 5 != 4
        made.append(
            Incident.create(
                id=f"csv:areni-{n:03d}",
                date=day.isoformat(),
                place="Areni",
                **at(SPOT),
                geo_precision="near",
                claimant="Ministry of Defence of Armenia" if armenian else "Ministry of Defence of Azerbaijan",
                reporting_side="Armenia" if armenian else "Azerbaijan",
                accused_side="Azerbaijan" if armenian else "Armenia",
                event_type="armed clash",
                killed=n % 7 if n % 7 else None,
                wounded=n % 4 * 3 if n % 4 else None,
                summary=f"On {day.day} {day:%B %Y}, military forces of "
                + ("Azerbaijan" if armenian else "Armenia")
                + f" fired with {WEAPONS[n % len(WEAPONS)]} on the positions of "
                + ("Armenian" if armenian else "Azerbaijani")
                + " forces near Areni (Vayots Dzor). No casualties were reported by the ministry in its statement.",
                source="Fixture outlet",
                origin="csv",
            )
        )
    return made


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spot-rows-db") / "incidents.db"
    Store(path).save(claims(), origin="csv", label="spot list rows fixture")
    return path


# For each row of the grid's canvas in view: whether text is drawn in its last BOTTOM_BAND px, or in
# the last RIGHT_BAND px of the canvas (the claim column's right edge). Rows are read at each scroll
# position of the grid, so every row of the page is seen whole once.
CUT_ROWS = """([header, rowHeight, bottomBand, rightBand, ink]) => {
    const grid = document.querySelector('[data-testid=stMain] [data-testid=stDataFrame]');
    const canvas = [...grid.querySelectorAll('canvas')].sort((a, b) => b.height - a.height)[0];
    const scroller = grid.querySelector('.dvn-scroller');
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const dark = (x, y) => {
        const i = (Math.round(y * scale) * pixels.width + Math.round(x * scale)) * 4;
        return (pixels.data[i] + pixels.data[i + 1] + pixels.data[i + 2]) / 3 < ink;
    };
    const width = canvas.width / scale, height = canvas.height / scale;
    const rows = [];
    for (let row = 0; ; row++) {
        const top = header + row * rowHeight - scroller.scrollTop;
        if (top + rowHeight - 1 > height) break;  // (the row's last pixel is its border line)
        if (top < header) continue;
        let inked = 0, foot = 0, right = 0;
        for (let y = top; y < top + rowHeight - 1; y++) {
            for (let x = 0; x < width; x++) {
                if (!dark(x, y)) continue;
                inked++;
                if (y >= top + rowHeight - 1 - bottomBand) foot++;
                if (x >= width - rightBand) right++;
            }
        }
        rows.push({row, inked, foot, right});
    }
    return {rows, scrollTop: scroller.scrollTop, end: scroller.scrollHeight - scroller.clientHeight};
}"""


@pytest.mark.parametrize("width", [375, 420, 1001, 1400])
def test_no_row_of_a_spots_list_is_cut_off(browser, app_url, width):
    with sized_page(browser, width, 900) as page:
        frame = open_map(page, app_url)
        click_spot(page, frame, SPOT)
        list_header(page).wait_for()
        assert list_header(page).inner_text() == f"{COUNT} claims at Areni"
        assert len(list_rows(page)) >= 5  # (waits for the grid)
        grid = main(page).locator("[data-testid=stDataFrame]").first
        grid.scroll_into_view_if_needed()
        page.wait_for_timeout(800)
        if SHOTS:
            grid.screenshot(path=os.path.join(SHOTS, f"spot-list-rows-{width}.png"))
        seen: dict[int, dict] = {}
        scroll = 0
        while True:
            grid.evaluate("(g, y) => { g.querySelector('.dvn-scroller').scrollTop = y; }", scroll)
            page.wait_for_timeout(400)  # the grid redraws on the next frames
            found = page.evaluate(CUT_ROWS, [HEADER_HEIGHT, LIST_ROW_HEIGHT, BOTTOM_BAND, RIGHT_BAND, INK])
            for measured in found["rows"]:
                seen.setdefault(measured["row"], measured)
            if found["scrollTop"] >= found["end"]:
                break
            scroll = found["scrollTop"] + 3 * LIST_ROW_HEIGHT
        assert sorted(seen) == list(range(SPOT_ROWS_PER_PAGE)), sorted(seen)  # every row of the page, once whole
        assert all(m["inked"] > 200 for m in seen.values()), seen  # (the measure sees each row's text)
        cut = {row: m for row, m in seen.items() if m["foot"] or m["right"]}
        assert not cut, f"at a {width} px window, rows drawn past their box (text px at the foot / right edge): {cut}"
