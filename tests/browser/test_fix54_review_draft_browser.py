"""fix54: Add report keeps the reviewer's edits to the proposals across a reload. After "Propose incidents" the
reviewer unticked a row and corrected another's place or killed count; a reload (F5, a crashed tab, the app
restarted) gave the text back (fix53's draft) but no proposals and none of those edits: the review was lost. The
review is now kept with the draft (``drafts.review``, schema 10) and drawn again as it was left; saving the claims
removes it with the draft."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import main, propose_report, sized_page, type_into_cell, wait_idle
from tests.browser.test_add_report_quick_edits_browser import EDITOR, ROW, _grid, _rows, _select
from tests.browser.test_add_report_walk43_browser import _rows_once

# Our own words (invented facts): three claims, three rows.
REPORT = """url: https://example.org/review-draft-2054
published: 2024-03-20
outlet: Review Draft Wire

Armenia's Defence Ministry said Azerbaijani units fired mortars at Armenian posts near Tegh on 18 March.
On 17 March Azerbaijani troops shelled a village near Berd, wounding two civilians, according to the ministry.
Azerbaijan's Defence Ministry accused Armenian units of firing at its positions near Tovuz on 19 March.
"""
OUTLET = "Review Draft Wire"


def _key(rows: list[dict[str, str]]) -> list[tuple[str, str, str, str]]:
    return [(r["save"], r["date"], r["place"], r["killed"]) for r in rows]


def test_the_proposals_as_edited_come_back_after_a_reload_until_saved(browser, app_url, app_db):
    from mapdata.store import Store

    started = time.monotonic()
    with sized_page(browser, 2300, 1300) as page:
        page.goto(f"{app_url}/Add_report")
        propose_report(page, REPORT)
        page.get_by_text("3 proposed incidents").wait_for(timeout=300_000)
        wait_idle(page)
        page.get_by_text("A click on the map sets the point of").wait_for()
        wait_idle(page)
        before = _rows(page)
        assert _key(before) == [
            ("true", "2024-03-18", "Tegh", ""),
            ("true", "2024-03-17", "Berd", ""),
            ("true", "2024-03-19", "Tovuz", ""),
        ], before

        # Row 1 unticked (its save box, on the grid's canvas); row 2's killed count typed; row 3 renamed.
        # (the grid stretches its columns in a wide window: the box is drawn in the middle of the save column)
        header = _grid(page).locator("[role=columnheader]").first.bounding_box()
        _grid(page).click(position={"x": header["width"] / 2 if header else 50, "y": 36 + ROW * 0 + 18})
        edited = _rows_once(page, lambda rows: rows[0]["save"] == "false")
        assert edited[0]["save"] == "false", edited
        wait_idle(page)
        _select(page, 1, 6)  # date + 6: killed
        page.keyboard.press("Enter")
        type_into_cell(page, page.locator(EDITOR).first, "4")
        wait_idle(page)
        _select(page, 2, 1)  # date + 1: place
        page.keyboard.press("Enter")
        type_into_cell(page, page.locator(EDITOR).first, "Jermuk")
        wait_idle(page)
        want = [
            ("false", "2024-03-18", "Tegh", ""),
            ("true", "2024-03-17", "Berd", "4"),
            ("true", "2024-03-19", "Jermuk", ""),
        ]
        edited = _rows_once(page, lambda rows: _key(rows) == want)
        assert _key(edited) == want, edited
        jermuk = (edited[2]["latitude"], edited[2]["longitude"])

        page.reload()
        page.get_by_label("Report text").wait_for()
        wait_idle(page)
        expect(page.get_by_label("Report text")).to_have_value(REPORT)
        notice = main(page).get_by_text(re.compile(r"Draft from .+ restored, with your edits to 3 proposals"))
        expect(notice).to_be_visible()  # (before fix54: the text alone, and no proposals until proposed again)
        page.get_by_text("3 proposed incidents", exact=True).wait_for(timeout=60_000)
        wait_idle(page)
        restored = _rows_once(page, lambda rows: _key(rows) == want)
        assert _key(restored) == want, restored
        assert (restored[2]["latitude"], restored[2]["longitude"]) == jermuk, restored  # the renamed place's point

        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Saved 2 incidents: 2 new").first.wait_for(timeout=60_000)
        wait_idle(page)
        saved = sorted((i for i in Store(app_db).incidents() if i.source == OUTLET), key=lambda i: i.date.isoformat())
        assert [(i.date.isoformat(), i.place, i.killed, i.wounded) for i in saved] == [
            ("2024-03-17", "Berd", 4, 2),
            ("2024-03-19", "Jermuk", None, None),
        ]
        assert Store(app_db).draft() is None

        page.reload()
        page.get_by_label("Report text").wait_for()
        wait_idle(page)
        expect(page.get_by_label("Report text")).to_have_value("")
        expect(main(page).get_by_text(re.compile(r"Draft from .+ restored"))).to_have_count(0)
        expect(page.get_by_text("proposed incident")).to_have_count(0)
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
    print(f"fix54 review draft walk: {time.monotonic() - started:.1f} s")
