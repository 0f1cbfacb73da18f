"""Add report in headless Chromium: "A click on the map sets the point of" keeps its row when another
row's place is edited (walk44 item 8: row 3's place edited switched it from row 1, the only flagged
row, so a click meant for row 1 moved row 3)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import propose_report, sized_page, wait_idle
from tests.browser.test_add_report_quick_edits_browser import REPORT, _type

SELECTOR = "[data-testid=stSelectbox]"


def _target(page):
    return page.locator(SELECTOR).filter(has_text="A click on the map sets the point of").get_by_role("combobox")


def test_an_edit_of_row_3_leaves_the_map_click_on_row_1(browser, app_url, app_db):
    with sized_page(browser, 2300, 1300) as page:
        page.goto(f"{app_url}/Add_report")
        propose_report(page, REPORT)
        page.get_by_text("3 proposed incidents").wait_for(timeout=300_000)
        wait_idle(page)
        _type(page, 0, 1, "Qqzxvorn")  # row 1: a name the gazetteer lacks, flagged
        wait_idle(page)
        expect(_target(page)).to_have_value("row 1: Qqzxvorn", timeout=30_000)  # (a default: none chosen)

        _type(page, 2, 1, "Zzqqvorn")  # row 3 edited: it needs a point too
        wait_idle(page)
        page.get_by_text("“Zzqqvorn” is not in the gazetteer").first.wait_for(timeout=30_000)
        expect(_target(page)).to_have_value("row 1: Qqzxvorn")  # not switched to row 3
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
