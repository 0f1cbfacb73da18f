"""Add report in headless Chromium, walk47:

- a point clicked on the preview map zoomed out (the map opens at zoom 8 or less) is "near", for the
  claim and for the alias its name is remembered at alike; one clicked close in (zoom 13) is "exact" (a
  click was "exact" for the claim and "near" for the alias, at any zoom);
- after a click places a row, "A click on the map sets the point of" moves to the next row still without
  a point (it stayed on the row just placed, so the next click moved it again);
- "Propose incidents" pressed with a publication date that is no date ("2025-02-30") says at the button
  why nothing was proposed (the press gave no feedback; only the field above said it was no date).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, click_spot, propose_report, sized_page, wait_idle
from tests.browser.test_add_report_quick_edits_browser import _select
from tests.browser.test_add_report_walk43_browser import _rows_once

# Two places the gazetteer lacks: two rows without a point.
REPORT = """published: 2025-07-25
outlet: Walk47 Click Wire

The Thai army said Cambodian troops fired artillery at Ban Wqyxkhok on Thursday, wounding two Thai soldiers.
Separately, the Cambodian defence ministry said Thai forces shelled Phum Wqorvat on Wednesday.
"""
FIRST, SECOND = (14.41, 103.52), (14.35, 103.60)


def _target(page):
    return page.locator("[data-testid=stSelectbox]").filter(has_text="A click on the map sets the point of")


def _click(page, lat_lon: tuple[float, float], zoom: int) -> None:
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_function("() => window.map !== undefined", timeout=60_000)
    page.locator(MAP_IFRAME).scroll_into_view_if_needed()
    click_spot(page, frame, lat_lon, zoom=zoom)
    wait_idle(page)


def test_a_click_is_as_precise_as_the_maps_zoom_for_claim_and_alias_and_moves_on(browser, app_url, app_db):
    from mapdata.geo.placebook import PlaceBook
    from mapdata.store import Store

    with sized_page(browser, 2300, 1300) as page:
        page.goto(f"{app_url}/Add_report")
        propose_report(page, REPORT)
        page.get_by_text("2 proposed incidents").wait_for(timeout=300_000)
        wait_idle(page)
        expect(_target(page).get_by_role("combobox")).to_have_value("row 1: Ban Wqyxkhok", timeout=30_000)

        _click(page, FIRST, zoom=8)  # a map zoomed out: a few km a click
        page.get_by_text("Row 1: placed at 14.4").wait_for(timeout=60_000)
        rows = _rows_once(page, lambda rows: rows[0]["latitude"] != "")
        assert rows[0]["geo precision"] == "near", rows
        # the next click is the next row's
        expect(_target(page).get_by_role("combobox")).to_have_value("row 2: Phum Wqorvat", timeout=30_000)

        _click(page, SECOND, zoom=13)  # close in: the spot itself
        page.get_by_text("Row 2: placed at 14.35").wait_for(timeout=60_000)  # (~20 m a pixel)
        rows = _rows_once(page, lambda rows: rows[1]["latitude"] != "")
        assert (rows[0]["geo precision"], rows[1]["geo precision"]) == ("near", "exact"), rows
        assert abs(float(rows[0]["latitude"]) - FIRST[0]) < 0.01, rows  # row 1 not moved by the second click

        page.locator("[data-testid=stDataFrame]").first.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        _select(page, 0, 0)  # row 1's date, then its "save" box to the left: a space ticks it
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("Space")
        wait_idle(page)
        assert _rows_once(page, lambda rows: rows[0]["save"] == "true")[0]["save"] == "true"
        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Saved 1 incident").first.wait_for(timeout=60_000)
        [saved] = [i for i in Store(app_db).incidents() if i.source == "Walk47 Click Wire"]
        assert (saved.place, saved.geo_precision) == ("Ban Wqyxkhok", "near")
        aliases = PlaceBook(Store(app_db)).aliases("thailand-cambodia")
        [alias] = [place for name, place in aliases.items() if "wqyxkhok" in name]
        assert alias.precision == "near"  # one point, one precision
        expect(page.locator("[data-testid=stException]")).to_have_count(0)


def test_propose_with_a_date_that_is_no_date_says_why_at_the_button(browser, app_url):
    with sized_page(browser, 1400, 1000) as page:
        page.goto(f"{app_url}/Add_report")
        box = page.get_by_label("Report text")
        box.fill("Azerbaijani forces opened fire near Sotk on 3 March, the ministry said.")
        box.press("Control+Enter")
        date = page.get_by_role("textbox", name="Publication date (YYYY-MM-DD)")
        date.fill("2025-02-30")
        date.press("Enter")
        wait_idle(page)
        said = page.get_by_text("Nothing was proposed: correct the publication date above")
        expect(said).to_have_count(0)
        page.get_by_role("button", name="Propose incidents").click()
        wait_idle(page)
        expect(said).to_have_count(1)
        # at the button: right under it (the field's own error is far above, by the date)
        button = page.get_by_role("button", name="Propose incidents").bounding_box()
        box = said.bounding_box()
        assert 0 <= box["y"] - (button["y"] + button["height"]) < 60, (button, box)
        expect(page.get_by_text("proposed incident")).to_have_count(0)
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
