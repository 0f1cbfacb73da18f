"""The Import page in headless Chromium: a file uploaded, previewed and imported; the same file again
is said to be stored already, with nothing to press (it showed "Import N valid rows" and then
listed an import of 0 claims)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.formats.importer import preview_import
from mapdata.store import Store
from tests.conftest import shared_file

pytestmark = pytest.mark.browser

from maptools import click_tab

FIXTURE = Path(__file__).parents[1] / "fixtures" / "acled_current_synthetic.csv"


def _upload(page) -> None:
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(FIXTURE))
    page.get_by_text("Format: ACLED export").wait_for(timeout=120_000)


def test_a_file_imported_on_the_page_then_again_is_stored_once(page, app_url, outside_requests):
    page.goto(f"{app_url}/Import")
    _upload(page)
    page.get_by_role("button", name="Import 5 rows").click()
    page.get_by_text("5 new, 0 updated").wait_for(timeout=120_000)

    _upload(page)
    page.get_by_text("All 5 valid rows are stored already, unchanged: nothing to import.").wait_for()
    expect(page.get_by_role("button", name="Nothing to import")).to_be_disabled()
    click_tab(page, "Past imports")
    # One import of the file listed (the grid's cells are in the page for screen readers), not two.
    listed = page.locator("[role=gridcell]").filter(has_text="acled_current_synthetic.csv (ACLED export)")
    expect(listed).to_have_count(1)
    assert outside_requests.urls == []


def test_a_reimport_keeps_a_hand_correction_and_the_preview_says_so(page, app_url, app_db, tmp_path, outside_requests):
    """Walk 5: a re-import said "Updated 1" and put wounded back to empty. Runs after the test above
    (same app and file: the 5 claims are stored)."""
    Store(app_db).edit("acled:ARM90002", {"killed": "5"}, who="ana", note="checked")
    changed = tmp_path / "acled_current_synthetic.csv"
    changed.write_bytes(FIXTURE.read_bytes().replace(b"near Tegh.,0,", b"near Tegh.,1,"))
    page.goto(f"{app_url}/Import")
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(changed))
    page.get_by_text("What this import changes").wait_for(timeout=120_000)
    line = page.get_by_text("acled:ARM90002: updates extra; kept your correction of killed (5; the source now says 1)")
    expect(line).to_be_visible()
    page.screenshot(path=str(tmp_path / "reimport-preview.png"), full_page=True)
    # the one claim the source changed is written; the 4 unchanged are not (the button said "Import 5 valid rows")
    page.get_by_role("button", name="Import 1 row", exact=True).click()
    page.get_by_text("kept your corrections in 1 claim.").wait_for(timeout=120_000)
    assert Store(app_db).get("acled:ARM90002").killed == 5
    assert outside_requests.urls == []


@pytest.mark.shared
def test_a_rejection_reason_is_readable_in_full(page, app_url, tmp_path, outside_requests):
    """Walk 5: the UCDP sample's rejection reason was cut off in the grid's cell. Now a line per
    reason, wrapped in the page's width, every word of it on screen."""
    ucdp = shared_file("data", "ucdp_ged_api_v24_1_sample_afghanistan.csv")
    reason = preview_import(ucdp.read_bytes(), None, filename="ucdp.csv").rejected[0].message
    page.set_viewport_size({"width": 1000, "height": 900})
    page.goto(f"{app_url}/Import")
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(ucdp))
    page.get_by_text("Rejected rows").wait_for(timeout=120_000)
    item = page.locator("li").filter(has_text="Rows 2–6")
    expect(item).to_have_count(1)
    item.scroll_into_view_if_needed()
    assert " ".join(item.inner_text().split()) == f"Rows 2–6 · country: {reason}"
    # Wrapped, not cut: the line is no wider than the main column, and its end is on screen.
    box, column = item.bounding_box(), page.locator("[data-testid=stMainBlockContainer]").bounding_box()
    assert box["x"] + box["width"] <= column["x"] + column["width"] + 1
    assert item.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    expect(item.get_by_text("only if its rows belong to it)")).to_be_visible()
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["MAPDATA_TEST_SHOTS"], "ucdp-rejected.png"), full_page=True)
    assert outside_requests.urls == []
