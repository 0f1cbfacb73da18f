"""walk45 item 5: a text of over 200 characters pasted into the sidebar's search left the field empty ("0/200")
and said nothing (the field's max_chars refused the paste whole). The field now takes the paste, the search keeps
its first 200 characters, and a note under the field says it was cut."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import open_map, wait_idle

SEARCH = "Search place, claimant, source, summary"


@pytest.mark.parametrize("length", [300, 5000, 200_000])
def test_a_long_paste_into_the_search_is_kept_cut_and_said(page, app_url, length):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_map(page, app_url)
    wait_idle(page)
    pasted = ("Artanish shelling " * (length // 18 + 1))[:length]
    page.evaluate("text => navigator.clipboard.writeText(text)", pasted)
    search = page.get_by_label(SEARCH, exact=True)
    search.click()
    page.keyboard.press("Control+V")
    search.press("Enter")
    sidebar = page.locator("[data-testid='stSidebar']")
    note = sidebar.get_by_text("Search cut to its first")
    expect(note).to_be_visible(timeout=60_000)
    assert f"the text given had {length:,} characters" in note.inner_text()
    wait_idle(page)
    kept = search.input_value()
    assert kept.startswith("Artanish shelling Artanish") and 190 <= len(kept) <= 200, kept
    assert parse_qs(urlparse(page.url).query)["q"] == [kept]
    # another search: the note goes
    search.fill("Artanish")
    search.press("Enter")
    expect(note).to_have_count(0, timeout=60_000)
