"""walk44 item 12: a correction saved to a claim added from a report (Add report → Save) was seen with
no confirmation, while a bundled claim's was ("Saved: …" in a toast, test_curation_browser.py). It did
not reproduce (round 44: on the walk's own database and at the walk's commit too); this keeps the two
alike: a claim saved from a report, opened from the link its save gives and then again from a fresh
page at its address (the walk's way), is corrected and the toast says what was saved, each time."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from test_curation_browser import expander, typed

from maptools import open_expander, propose_report, wait_idle

# Our own words (invented facts): a report no stored claim looks like, so it is saved at once.
REPORT = """url: https://example.org/toast-2024
published: 2024-08-10
outlet: Toast Wire

Azerbaijani forces fired at Armenian positions near Sotk on 9 August 2024, the Armenian Defence Ministry said.
"""


def _correct_wounded(page, value: str, was: str) -> None:
    """Correct this claim → Wounded = ``value``, Save; the toast says what was saved."""
    open_expander(page, expander(page, "Correct this claim"))
    typed(page, "Wounded (empty = not stated)", value)
    typed(page, "Why (kept in the history)", "a second report gives the number")
    page.get_by_role("button", name="Save changes").click()
    toast = page.get_by_test_id("stToast").filter(has_text=f"Saved: wounded {was} → {value}.")
    expect(toast).to_have_count(1, timeout=60_000)
    expect(toast).to_be_in_viewport()


def test_a_correction_to_a_claim_added_from_a_report_is_confirmed_in_a_toast(page, app_url, app_db):
    from mapdata.store import Store

    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Save ticked incidents").click()
    page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
    wait_idle(page)
    [saved] = [i for i in Store(app_db).incidents() if i.source == "Toast Wire"]

    page.get_by_role("link", name=re.compile(re.escape(f"2024-08-09 · Sotk · Armenian MoD · {saved.id}"))).click()
    page.wait_for_url(re.compile(r"[?&]claim="))
    page.locator(f"[data-claim-id='{saved.id}']").wait_for()
    wait_idle(page)
    _correct_wounded(page, "2", "not stated")

    page.goto(f"{app_url}/?claim={saved.id}")  # the walk's way: the claim's address in a page of its own
    page.locator(f"[data-claim-id='{saved.id}']").wait_for()
    wait_idle(page)
    _correct_wounded(page, "3", "2")
    history = [e for e in Store(app_db).history(saved.id) if e.action == "edit"]
    assert len(history) == 2
