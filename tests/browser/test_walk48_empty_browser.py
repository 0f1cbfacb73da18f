"""walk48 item 3: a first start on a database with no claims (``MAPDATA_EXAMPLES=none``) said "No
incidents match these filters. Widen the date range or clear some filters." though no filter was set
and no claim stored; a conflict with no claims said the same. The Map, Timeline and Table pages now
say the database (or the conflict) holds no claims yet, with the ways in: links to Import and Add
report, and a button that adds the example claims."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from mapdata.store.bundled import EXAMPLES_ENV, bundled_incidents
from maptools import MAP_IFRAME, main, wait_idle

NOTE = ".st-key-no_claims"


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    return {EXAMPLES_ENV: "none"}


def note_of(page):
    note = page.locator(NOTE)
    expect(note).to_be_visible(timeout=120_000)
    return note


def test_a_database_with_no_claims_says_so_and_where_claims_come_from(page, app_url, outside_requests):
    page.goto(f"{app_url}/")
    note = note_of(page)
    expect(note).to_contain_text("No claims in this database yet.")
    expect(main(page).get_by_text("No incidents match")).to_have_count(0)
    expect(page.locator(MAP_IFRAME)).to_have_count(1)  # the map is still drawn
    expect(note.get_by_role("link", name="Import a file")).to_have_attribute("href", re.compile(r"(^|/)Import(\?|$)"))
    expect(note.get_by_role("link", name="Add a report")).to_have_attribute(
        "href", re.compile(r"(^|/)Add_report(\?|$)")
    )
    expect(note.get_by_role("button", name="Add the example claims")).to_be_enabled()

    for path in ("Timeline", "Table"):
        page.goto(f"{app_url}/{path}")
        expect(note_of(page)).to_contain_text("No claims in this database yet.")
        expect(main(page).get_by_text("No incidents match")).to_have_count(0)

    note_of(page).get_by_role("link", name="Import a file").click()
    page.wait_for_url(re.compile(r"/Import$"))
    expect(page.get_by_role("heading", name="Import incidents")).to_be_visible()
    assert outside_requests.not_tiles() == []


def test_a_conflict_with_no_claims_says_so_and_adds_its_examples(page, app_url, outside_requests):
    examples = len(bundled_incidents(["israel-lebanon"]))
    page.goto(f"{app_url}/?conflict=israel-lebanon")
    note = note_of(page)
    expect(note).to_contain_text("No claims of Israel–Lebanon in this database yet.")
    wait_idle(page)
    note.get_by_role("button", name="Add this conflict's example claims").click()
    page.get_by_text(f"{examples} of {examples} incidents shown").wait_for()
    expect(page.locator(NOTE)).to_have_count(0)

    page.goto(f"{app_url}/Table?conflict=thailand-cambodia")  # another conflict: still none of its own
    expect(note_of(page)).to_contain_text("No claims of Thailand–Cambodia in this database yet.")

    page.goto(f"{app_url}/?q=nothing+matches+this")  # claims stored, the filters leave none: said as before
    expect(main(page).get_by_text("No incidents match these filters")).to_be_visible(timeout=120_000)
    expect(page.locator(NOTE)).to_have_count(0)
    assert outside_requests.not_tiles() == []
