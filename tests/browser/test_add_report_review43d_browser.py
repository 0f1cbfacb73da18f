"""Add report in headless Chromium, review of round 43 (findings 14 and 17a):

- a place the reader found only by a close spelling ("the village of Zorakhpyur", 60 % like
  Dzoraghbyur, Kotayk) is not placed there unasked: the row has no point and no precision, the row's
  line says the closest spelling and offers it; picked, the row takes its point and precision "exact"
  (it was proposed "exact" at Dzoraghbyur with nothing said);
- a Propose refused (a publication date that is not a date, a file that is not text) leaves the error,
  the hand form, and no proposals or Save from the previous report (they stayed under the error).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import click_tab, sized_page, wait_idle
from tests.browser.test_add_report_quick_edits_browser import _rows
from tests.browser.test_add_report_walk43_browser import _proposed, _rows_once

CLOSE = """published: 2024-03-06
outlet: Review43 Close Wire

Azerbaijani forces shelled the village of Zorakhpyur on Monday, the Armenian Defence Ministry said.
"""


def test_a_close_spelling_read_from_a_report_is_offered_not_placed(browser, app_url):
    with sized_page(browser, 2300, 1300) as page:
        _proposed(page, app_url, CLOSE, 1)
        page.get_by_text("Closest spelling: Dzoraghbyur (Kotayk, AM)").wait_for(timeout=60_000)
        [row] = _rows(page)
        assert (row["place"], row["latitude"], row["place found"], row["geo precision"], row["save"]) == (
            "Zorakhpyur",
            "",
            "false",
            "",
            "false",
        ), row

        page.locator("[data-testid=stSelectbox]").filter(has_text="Closest spelling").click()
        page.get_by_role("option", name="Dzoraghbyur (Kotayk, AM)").click()
        wait_idle(page)
        [row] = _rows_once(page, lambda rows: rows[0]["latitude"] != "")
        assert (row["place found"], row["geo precision"]) == ("true", "exact"), row
        assert abs(float(row["latitude"]) - 40.2004) < 0.001, row
        expect(page.locator("[data-testid=stException]")).to_have_count(0)


def _no_stale_proposals(page) -> None:
    expect(page.get_by_text("proposed incident")).to_have_count(0)
    expect(page.get_by_role("button", name="Save ticked incidents")).to_have_count(0)
    click_tab(page, "Enter one incident by hand")
    page.get_by_role("textbox", name="Date (YYYY-MM-DD)").wait_for(timeout=10_000)
    expect(page.get_by_role("button", name="Save this incident")).to_have_count(1)
    expect(page.locator("[data-testid=stException]")).to_have_count(0)


def test_a_date_that_is_not_one_leaves_no_stale_proposals(browser, app_url):
    with sized_page(browser, 1400, 1000) as page:
        _proposed(page, app_url, CLOSE, 1)
        expect(page.get_by_role("button", name="Save ticked incidents")).to_have_count(1)
        date = page.get_by_role("textbox", name="Publication date (YYYY-MM-DD)")
        date.fill("not a date")
        date.press("Enter")
        wait_idle(page)
        page.get_by_role("button", name="Propose incidents").click()
        wait_idle(page)
        expect(page.get_by_text("is not a date")).to_have_count(1)
        _no_stale_proposals(page)


def test_a_refused_file_leaves_no_stale_proposals(browser, app_url, tmp_path):
    with sized_page(browser, 1400, 1000) as page:
        _proposed(page, app_url, CLOSE, 1)
        binary = tmp_path / "report.txt"
        binary.write_bytes(b"\x00\x01\x02 not text" * 50)
        page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(binary))
        page.get_by_text("report.txt is not a text file").wait_for(timeout=60_000)
        wait_idle(page)
        page.get_by_role("button", name="Propose incidents").click()
        wait_idle(page)
        expect(page.get_by_text("report.txt is not a text file")).to_have_count(1)
        _no_stale_proposals(page)
