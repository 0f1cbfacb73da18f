"""walk48 item 7: a link's ``q=`` longer than a search keeps (200 characters) was cut to 200 in the
search box with no word of it (a paste into the box is said: walk45). The page now says above the view
that the search from the address was cut, and the address holds the search the page applies."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from mapdata.filters import MAX_TEXT
from maptools import main

LONG = " ".join(["Sotk"] * 60)  # 299 characters


@pytest.mark.parametrize("path", ["/", "/Table"])
def test_a_links_search_longer_than_a_search_keeps_is_cut_and_said(page, app_url, path, outside_requests):
    page.goto(f"{app_url}{path}?q={quote(LONG)}&side=Armenia")
    note = main(page).get_by_text("Search from the address cut to its first")
    expect(note).to_be_visible(timeout=120_000)
    assert f"it had {len(LONG)} characters" in note.inner_text()
    box = page.get_by_role("textbox", name="Search place, claimant, source, summary")
    expect(box).not_to_have_value("")  # (the sidebar may still be drawing)
    kept = box.input_value()
    assert 0 < len(kept) <= MAX_TEXT and LONG.startswith(kept)
    page.wait_for_function("kept => new URL(location.href).searchParams.get('q') === kept", arg=kept)
    assert parse_qs(urlparse(page.url).query)["side"] == ["Armenia"]  # the rest of the link as it was
    assert outside_requests.not_tiles() == []


def test_a_search_within_the_limit_says_nothing(page, app_url):
    page.goto(f"{app_url}/Table?q=Sotk")
    page.get_by_role("textbox", name="Search place, claimant, source, summary").wait_for(timeout=120_000)
    page.get_by_text("incidents shown").first.wait_for()
    expect(main(page).get_by_text("Search from the address cut")).to_have_count(0)
