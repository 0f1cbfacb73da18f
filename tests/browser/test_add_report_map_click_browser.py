"""Add report in headless Chromium: a click on the preview map that sets a proposal's point shows
that point in the proposals grid at once (latitude, longitude, geo precision), the other edits made
in the grid are kept, and the save stores what the grid shows. A walk-through found the marker
moved and the save stored the clicked point while the grid still showed the gazetteer's point."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, click_spot, next_frames, sized_page, wait_idle

# The walk-through's report (its dateline gives no year: the publication date is typed).
REPORT = (
    "YEREVAN, March 14 — Azerbaijani forces opened fire on Armenian positions near the village of Sotk in "
    "the Gegharkunik province late on Wednesday, Armenia's Defence Ministry said."
)
OUTLET = "Click Wire"  # an outlet: the save is not held back for a claim with no source
# The grid's columns in order (its accessible table holds the cells in view: the window is wide
# enough for all of them).
COLUMNS = [
    "save",
    "date",
    "place",
    "claimant",
    "side",
    "accused",
    "event type",
    "killed",
    "wounded",
    "weapons",
    "place found",
    "geo precision",
    "latitude",
    "longitude",
]


def _grid(page):
    return page.locator("[data-testid=stDataFrame]").first


def _first_row(page) -> dict[str, str]:
    grid = _grid(page)
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    headings = [(h.text_content() or "").strip() for h in grid.locator("[role=columnheader]").all()]
    row = grid.locator("[role=row]").nth(1)
    cells = [(c.text_content() or "").strip() for c in row.locator("[role=gridcell]").all()]
    return dict(zip(headings, cells, strict=False))


def _row_once(page, check, tries: int = 80) -> dict[str, str]:
    """The grid's first row once ``check(row)`` holds (its accessible table follows a redraw)."""
    row: dict[str, str] = {}
    for _ in range(tries):
        row = _first_row(page)
        if check(row):
            return row
        page.wait_for_timeout(250)
    return row


def test_a_map_click_shows_its_point_in_the_grid_keeps_its_edits_and_is_saved(browser, app_url, app_db):
    from mapdata.store import Store

    with sized_page(browser, 2300, 1300) as page:
        page.goto(f"{app_url}/Add_report")
        box = page.get_by_label("Report text")
        box.fill(REPORT)
        box.press("Control+Enter")
        wait_idle(page)
        published = page.get_by_role("textbox", name="Publication date (YYYY-MM-DD)")
        published.fill("2024-03-14")
        published.press("Enter")
        outlet = page.get_by_role("textbox", name="Outlet", exact=True)
        outlet.fill(OUTLET)
        outlet.press("Enter")
        wait_idle(page)
        page.get_by_role("button", name="Propose incidents").click()
        page.get_by_text("1 proposed incident").wait_for(timeout=300_000)
        wait_idle(page)

        before = _row_once(page, lambda r: r.get("longitude", "") != "")
        assert [h for h in COLUMNS if h in before] == COLUMNS, before  # every column in view
        assert (before["place"], before["geo precision"], before["wounded"]) == ("Sotk", "near", ""), before
        old = (float(before["latitude"]), float(before["longitude"]))

        # The reviewer states a count in the grid first: 2 wounded (typed into the grid's canvas).
        grid = _grid(page)
        # (the columns are wider than their set widths in this wide window: the date cell is
        # selected, then the wounded cell by the keyboard, seven columns to its right)
        grid.click(position={"x": 150, "y": 36 + 18})
        for _ in range(7):
            page.keyboard.press("ArrowRight")
        page.keyboard.type("2")
        page.locator("textarea.gdg-input, input.gdg-input").first.wait_for()  # the cell's editor is open
        next_frames(page)
        page.keyboard.press("Enter")
        assert _row_once(page, lambda r: r.get("wounded") == "2")["wounded"] == "2"
        wait_idle(page)

        # "A click on the map sets the point of": row 1, then a click on the map away from its marker.
        page.locator("[data-testid=stSelectbox]").filter(has_text="A click on the map sets the point of").click()
        page.get_by_role("option", name="row 1: Sotk", exact=True).click()
        wait_idle(page)
        frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
        frame.wait_for_function("() => window.map !== undefined", timeout=60_000)
        target = (old[0] - 0.03, old[1] + 0.04)  # about 4 km south-east of the marker
        page.locator(MAP_IFRAME).scroll_into_view_if_needed()
        click_spot(page, frame, target, zoom=12)
        wait_idle(page)
        # the click took: the row's marker is drawn where it was clicked
        frame = page.wait_for_selector(MAP_IFRAME).content_frame()
        frame.wait_for_function(
            """([lat, lon]) => {
                let moved = false;
                window.map && window.map.eachLayer(l => {
                    if (l instanceof L.CircleMarker) {
                        const p = l.getLatLng();
                        moved = moved || (Math.abs(p.lat - lat) < 0.002 && Math.abs(p.lng - lon) < 0.002);
                    }
                });
                return moved;
            }""",
            arg=list(target),
            timeout=60_000,
        )

        after = _row_once(page, lambda r: r.get("latitude") != before["latitude"])
        clicked = (float(after["latitude"]), float(after["longitude"]))
        assert abs(clicked[0] - target[0]) < 0.002 and abs(clicked[1] - target[1]) < 0.002, (after, target)
        # the precision the save records for the point (a clicked point is the user's own: "exact"); the edit kept
        assert (after["place"], after["geo precision"], after["wounded"]) == ("Sotk", "exact", "2"), after
        assert after["save"] == "true", after

        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
        [saved] = [i for i in Store(app_db).incidents() if i.source == OUTLET]
        assert (round(saved.latitude, 5), round(saved.longitude, 5)) == clicked  # what the grid showed
        assert (saved.place, saved.geo_precision, saved.wounded) == ("Sotk", "exact", 2)
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
