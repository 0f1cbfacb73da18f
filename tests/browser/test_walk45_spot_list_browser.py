"""walk45 items 7 and 8, on a busy spot like ACLED's Chinari (298 claims at one point), at 1400 x 900 and 420 px wide.

* Item 7: a row ticked in the spot's list opened its claim *above* the list, and the list the user was reading
  jumped 1,800 px down, out of the window. The claim now opens under the list; the page scrolls at most to show
  the claim's start, and the list (its grid, the row just ticked) stays in the window.
* Item 8: the list's pager sat in a 165 px column beside "Sort by" and showed "‹ 1 ›" for 12 pages, a pager
  with nothing to page. It now has the list's width and shows the last page too; a spot of one page has none.

Screenshots go to MAPDATA_TEST_SHOTS when it is set.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.model import Incident
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import click_spot, list_caption, list_header, list_rows, main, open_map, sized_page, wait_idle

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")
SPOT = (40.8552, 45.5761)  # ACLED's Chinari
COUNT = 300  # 12 pages of 25
NEIGHBOUR = (40.8912, 45.5761)  # 4 km north: a spot of its own at zoom 11, of one page
FEW = 3
FIRST_DAY = dt.date(2015, 3, 1)
HEADER, ROW = 36, 66  # the grid's header and its rows (ui/details.py LIST_ROW_HEIGHT), in px


def _claim(n: int, spot: tuple[float, float], place: str) -> Incident:
    return Incident.create(
        id=f"csv:walk45-{place.lower()}-{n:03d}",
        date=(FIRST_DAY + dt.timedelta(days=5 * n)).isoformat(),
        place=place,
        latitude=spot[0],
        longitude=spot[1],
        geo_precision="near",
        claimant="Ministry of Defence of Armenia",
        reporting_side="Armenia",
        accused_side="Azerbaijan",
        event_type="armed clash",
        summary=f"On day {n}, military forces of Azerbaijan fired with small arms at the positions of the military "
        f"forces of Armenia located near {place}, Tavush. No casualties were reported.",
        source="Fixture outlet",
        origin="csv",
    )


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("walk45-spot-list-db") / "incidents.db"
    claims = [_claim(n, SPOT, "Chinari") for n in range(COUNT)] + [_claim(n, NEIGHBOUR, "Aygepar") for n in range(FEW)]
    Store(path).save(claims, origin="csv", label="busy spot fixture")
    return path


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"))


def open_list(page, app_url: str, spot: tuple[float, float], count: int, place: str):
    frame = open_map(page, app_url)
    wait_idle(page)
    click_spot(page, frame, spot, zoom=11)
    header = list_header(page)
    expect(header).to_have_text(f"{count} claims at {place}")
    wait_idle(page)
    grid = main(page).locator("[data-testid=stDataFrame]").first
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    return grid


def settled_top(page, locator) -> float:
    """The top of ``locator`` in the window once the page has stopped scrolling (a smooth scroll takes a moment)."""
    last = None
    for _ in range(40):
        top = locator.bounding_box()["y"]
        if top == last:
            return top
        last = top
        page.wait_for_timeout(150)
    return last


@pytest.mark.parametrize("width", [1400, 420])
def test_a_row_ticked_opens_its_claim_under_the_list_which_stays_in_the_window(browser, app_url, width):
    with sized_page(browser, width, 900) as page:
        grid = open_list(page, app_url, SPOT, COUNT, "Chinari")
        grid.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        rows = list_rows(page)
        box = grid.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 901, box  # (scrolled into view: at its bottom)
        page.mouse.click(box["x"] + 18, box["y"] + HEADER + ROW + ROW // 2)  # the second row's tick box
        claim = main(page).locator("[data-claim-id]").first
        claim.wait_for()
        wait_idle(page)
        expect(claim.locator("h4")).to_have_text(f"Chinari — {rows[1][0]}")  # the row ticked
        grid_top = settled_top(page, grid)
        shot(page, f"walk45-spot-claim-{width}")
        # the list kept its place in the window (it was pushed 1,800 px down, out of view), the row ticked too
        assert 0 <= grid_top <= box["y"], f"the list went from y={box['y']:.0f} to y={grid_top:.0f}"
        ticked = grid_top + HEADER + ROW
        assert ticked + ROW <= 900, f"the row ticked is at y={ticked:.0f}, below the window"
        assert list_rows(page)[:3] == rows[:3]  # the same rows, the list's own scroll as it was
        # and the claim opened under the list, its start in the window
        close = main(page).get_by_role("button", name="Close this claim")
        assert close.bounding_box()["y"] > grid_top + grid.bounding_box()["height"]
        assert claim.bounding_box()["y"] + 40 <= 900, "the claim opened is out of the window"
        # another row: its claim replaces the first under the list, the list still in the window
        page.mouse.click(box["x"] + 18, grid_top + HEADER + 3 * ROW + ROW // 2)
        expect(claim.locator("h4")).to_have_text(f"Chinari — {rows[3][0]}")
        wait_idle(page)
        assert 0 <= settled_top(page, grid) <= grid_top + 1


@pytest.mark.parametrize("width", [1400, 420])
def test_the_pager_shows_its_pages_and_a_spot_of_one_page_has_none(browser, app_url, width):
    with sized_page(browser, width, 900) as page:
        grid = open_list(page, app_url, SPOT, COUNT, "Chinari")
        pager = main(page).locator("[data-testid=stPagination]")
        expect(pager).to_have_count(1)
        pager.scroll_into_view_if_needed()
        shot(page, f"walk45-spot-pager-{width}")
        # more than "‹ 1 ›": the next pages and the last one are there to click
        for number in (1, 2, 12):
            expect(pager.get_by_role("button", name=f"Page {number}", exact=True)).to_be_visible()
        list_width = grid.bounding_box()["width"]
        assert pager.bounding_box()["width"] <= list_width + 1
        pager.get_by_role("button", name="Page 12", exact=True).click()
        expect(main(page).locator("[data-testid=stCaptionContainer]", has_text="Tick a row")).to_contain_text(
            f"Claims 276–300 of {COUNT} (page 12 of 12)."
        )
        pager.get_by_role("button", name="Previous page").click()
        expect(main(page).locator("[data-testid=stCaptionContainer]", has_text="Tick a row")).to_contain_text(
            "(page 11 of 12)."
        )

        # a spot whose claims fit one page: no pager at all
        open_list(page, app_url, NEIGHBOUR, FEW, "Aygepar")
        assert list_caption(page).startswith(f"Claims 1–{FEW} of {FEW}.")
        expect(main(page).locator("[data-testid=stPagination]")).to_have_count(0)
