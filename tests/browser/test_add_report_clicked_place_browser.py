"""Add report in headless Chromium (1,400 px), round 42's walk: a Thai–Cambodian report's place the gazetteer
lacks, set by a click on the preview map and saved, is not listed under Gazetteer → Unresolved places (it was,
though saved with the clicked coordinates), and the unknown place is said once before that (it was said
twice: above the grid and on its row)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, click_first_row, click_spot, sized_page, wait_idle

REPORT = """published: 2025-07-25
outlet: Bangkok Wire

The Thai army said Cambodian troops fired artillery at Ban Zzyxkhok near the border on Thursday, wounding two Thai soldiers.
"""
TARGET = (14.41, 103.52)


def test_a_clicked_place_is_saved_and_not_listed_as_unresolved(browser, app_url, app_db) -> None:
    from mapdata.geo.placebook import PlaceBook
    from mapdata.store import Store

    with sized_page(browser, 1400, 1100) as page:
        page.goto(f"{app_url}/Add_report")
        box = page.get_by_label("Report text")
        box.fill(REPORT)
        box.press("Control+Enter")
        wait_idle(page)
        page.get_by_role("button", name="Propose incidents").click()
        page.get_by_text("1 proposed incident").wait_for(timeout=300_000)
        wait_idle(page)
        expect(page.get_by_text("Ban Zzyxkhok” is not in the gazetteer")).to_have_count(1)
        expect(page.get_by_text("The place 'Ban Zzyxkhok' is not in the gazetteer")).to_have_count(0)

        # row 1 is the click's target (the row without a point); a click on the map places it
        frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
        frame.wait_for_function("() => window.map !== undefined", timeout=60_000)
        page.locator(MAP_IFRAME).scroll_into_view_if_needed()
        click_spot(page, frame, TARGET, zoom=12)
        wait_idle(page)
        page.get_by_text("Row 1: placed at 14.41").wait_for(timeout=60_000)
        grid = page.locator("[data-testid=stDataFrame]").first
        grid.scroll_into_view_if_needed()
        page.wait_for_timeout(500)
        click_first_row(page, grid, x=35)  # its "save" box
        wait_idle(page)
        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Saved 1 incident").first.wait_for(timeout=60_000)

        [saved] = [i for i in Store(app_db).incidents() if i.source == "Bangkok Wire"]
        assert abs(saved.latitude - TARGET[0]) < 0.002 and abs(saved.longitude - TARGET[1]) < 0.002
        assert "Ban Zzyxkhok" not in [u.name for u in PlaceBook(Store(app_db)).unresolved()]
        page.goto(f"{app_url}/Gazetteer")
        page.get_by_role("tab", name="Unresolved places (0)").wait_for(timeout=120_000)
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
