"""The Import page in headless Chromium: a file uploaded, previewed and imported; the same file again
is said to be stored already, with nothing to press (it showed "Import N valid rows" and then
listed an import of 0 claims)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.store import Store

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).parents[1] / "fixtures" / "acled_current_synthetic.csv"


def _upload(page) -> None:
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(FIXTURE))
    page.get_by_text("Format: ACLED export").wait_for(timeout=120_000)


def test_a_file_imported_on_the_page_then_again_is_stored_once(page, app_url, outside_requests):
    page.goto(f"{app_url}/Import")
    _upload(page)
    page.get_by_role("button", name="Import 5 valid rows").click()
    page.get_by_text("5 new, 0 updated").wait_for(timeout=120_000)

    _upload(page)
    page.get_by_text("All 5 valid rows are stored already, unchanged: nothing to import.").wait_for()
    expect(page.get_by_role("button", name="Nothing to import")).to_be_disabled()
    page.get_by_role("tab", name="Past imports").click()
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
    page.get_by_role("button", name="Import 5 valid rows").click()
    page.get_by_text("kept your corrections in 1 claim.").wait_for(timeout=120_000)
    assert Store(app_db).get("acled:ARM90002").killed == 5
    assert outside_requests.urls == []
