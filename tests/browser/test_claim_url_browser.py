"""The claim open on the map is in the URL, as the filters are (walk 5: one opened from a spot's list
was not): reloading or sharing the link opens the same claim; closing it takes it out of the URL."""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from test_map_browser import SOTK_UAV, field_rows, open_map, open_sotk_uav

from maptools import main

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")


def claim_in_url(page) -> list[str]:
    return parse_qs(urlparse(page.url).query).get("claim", [])


def test_a_claim_opened_from_a_spots_list_is_in_the_url_until_closed(page, app_url, outside_requests):
    frame = open_map(page, f"{app_url}/?side=Armenia")
    open_sotk_uav(page, frame)  # the stack at Sotk, then the first row of its list
    page.wait_for_url(re.compile(r"[?&]claim="))
    assert claim_in_url(page) == [SOTK_UAV]
    assert parse_qs(urlparse(page.url).query)["side"] == ["Armenia"]  # beside the filters

    page.reload()  # as a shared link opens
    expect(page.locator(f"[data-claim-id='{SOTK_UAV}']")).to_be_visible(timeout=90_000)
    assert field_rows(page)["id"] == SOTK_UAV
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, "claim-reopened.png"), full_page=True)

    page.get_by_role("button", name="Close this claim").click()
    page.wait_for_url(lambda url: "claim=" not in url)
    expect(main(page).get_by_text("Click or tap a marker on the map to read the claim here")).to_be_visible()
    expect(page.locator(f"[data-claim-id='{SOTK_UAV}']")).to_have_count(0)
    assert parse_qs(urlparse(page.url).query)["side"] == ["Armenia"]  # the filters stay
    page.reload()
    expect(main(page).get_by_text("Click or tap a marker on the map to read the claim here")).to_be_visible(
        timeout=90_000
    )
    assert outside_requests.not_tiles() == []


def test_a_link_to_a_claim_not_here_says_so(page, app_url, outside_requests):
    # walk9: "?claim=<an id this database does not hold>" (a link from another monitor's database, or
    # to a claim retracted since) showed the bare map, with no word that the linked claim was not opened.
    open_map(page, f"{app_url}/?claim=bundled:does-not-exist&side=Azerbaijan")
    note = main(page).get_by_text("The claim this link names")
    note.wait_for(timeout=90_000)
    assert "bundled:does-not-exist" in note.inner_text()
    assert "No claim with this id is stored." in note.inner_text()
    assert claim_in_url(page) == ["bundled:does-not-exist"]  # the link stays as it was shared
    assert outside_requests.not_tiles() == []
