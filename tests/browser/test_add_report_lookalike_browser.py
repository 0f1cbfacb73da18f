"""Add report in headless Chromium: a proposal that is a claim already stored says so beside the
proposals, with a link to that claim, before anything is saved (a reviewer corrected a re-pasted
report's claims before the save found them stored)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import propose_report

# Our own wording of a ministry's statement (invented facts, a day no example claim is near).
REPORT = """url: https://example.org/wire/lookalike-2031
published: 2021-05-14
outlet: Example Wire

Armenian forces opened fire on Azerbaijani positions in the direction of Tovuz district on Thursday, Azerbaijan's Defence Ministry said.
"""
NOTE = "looks like a stored claim:"


def test_a_report_pasted_again_says_which_proposal_is_stored_before_saving(page, app_url, outside_requests):
    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    # Nothing like it is stored yet: no note.
    expect(page.get_by_text(NOTE)).to_have_count(0)
    page.get_by_role("button", name="Save ticked incidents").click()
    page.get_by_text("Saved 1 incident: 1 new").first.wait_for()

    # The same report again, in a new session: the note is there once proposed, before any save.
    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    note = page.locator("[data-testid=stMarkdownContainer]").filter(has_text=NOTE)
    expect(note).to_have_count(1)
    expect(note).to_contain_text("Row 1 (2021-05-13 · Tovuz · Azerbaijani MoD)")
    expect(note).to_contain_text("(the same claim, already saved)")
    link = note.get_by_role("link", name=re.compile(r"^2021-05-13 · Tovuz · Azerbaijani MoD · article:"))
    expect(link).to_have_count(1)
    expect(link).to_have_attribute("href", re.compile(r"^\./\?claim=article%3A[0-9a-f]{16}$"))
    expect(page.get_by_text("Saved 1 incident")).to_have_count(0)  # nothing was saved this time

    # The link opens the stored claim on the map, in a new tab: the review here stays as it is.
    with page.context.expect_page() as opened:
        link.click()
    claim_tab = opened.value
    claim_tab.wait_for_load_state()
    assert re.search(r"/\?claim=article%3A[0-9a-f]{16}$", claim_tab.url), claim_tab.url
    claim_tab.get_by_text("Azerbaijani MoD").first.wait_for()
    claim_tab.close()
    expect(page.get_by_text("1 proposed incident")).to_be_visible()
    assert outside_requests.not_tiles() == []


# Our own words (invented facts): a report whose claim is saved, then retracted, then pasted again.
RETRACTED_REPORT = """url: https://example.org/wire/retracted-2031
published: 2021-07-14
outlet: Example Wire

Armenian forces opened fire on Azerbaijani positions in the direction of Tovuz district on Tuesday, Azerbaijan's Defence Ministry said.
"""


def test_a_report_pasted_again_names_its_retracted_claim_and_restores_it_when_asked(
    page, app_url, app_db, outside_requests
):
    """walk39: the same report pasted after its claim was retracted said nothing before the save,
    then "Saved … 0 new, 0 updated, 1 unchanged" while the claim stayed hidden."""
    from mapdata.store import Store
    from maptools import wait_idle

    page.goto(f"{app_url}/Add_report")
    propose_report(page, RETRACTED_REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Save ticked incidents").click()
    page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
    [saved] = [i for i in Store(app_db).incidents() if i.source_url == "https://example.org/wire/retracted-2031"]
    Store(app_db).retract([saved.id], "wrong district", who="test")

    page.goto(f"{app_url}/Add_report")
    propose_report(page, RETRACTED_REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    note = page.locator("[data-testid=stMarkdownContainer]").filter(has_text="looks like a claim retracted")
    expect(note).to_have_count(1)
    expect(note).to_contain_text("(“wrong district”)")
    expect(note).to_contain_text("(the same claim, saved before)")
    link = note.get_by_role("link")
    expect(link).to_have_attribute("href", re.compile(r"^\./\?retracted=1&claim=article%3A[0-9a-f]{16}$"))
    wait_idle(page)

    page.get_by_role("button", name="Save ticked incidents").click()
    page.get_by_text("Before saving").wait_for()
    page.get_by_text("is, or looks like, a claim retracted earlier").wait_for()
    wait_idle(page)
    page.get_by_text("Restore it (back in every view, with this report's values)").click()
    wait_idle(page)
    page.get_by_role("button", name="Save with these choices").click()
    said = "Saved 1 incident: 0 new, 0 updated, 0 unchanged, 1 restored (retracted before)."
    page.locator("[data-testid=stAlert]").filter(has_text=said).first.wait_for()
    assert saved.id in set(Store(app_db).frame()["id"])  # back in every view
    expect(page.get_by_text("Before saving")).to_have_count(0)
    assert outside_requests.not_tiles() == []
