"""A claim's clash status says why, in headless Chromium: the rule that applied to this claim, the
accounts it is grouped with (claimant [side], date at place) and how far apart they are in days and
kilometres. walk40: every contested claim read one general rule, "… for the same day and place",
though the accounts were at two places over two days; the Thai army's denial at Prey Chan read as
if it told of wounded, under "contested"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from test_map_browser import SOTK_UAV, open_sotk_uav

from mapdata.profiles import BUNDLED_IDS
from mapdata.store import Store
from maptools import open_map

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")
PREY_CHAN_DENIAL = "bundled:2025-11-12-th-army-prey-chan-denial"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every bundled conflict's example claims (the Prey Chan denial is Thailand–Cambodia's)."""
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    Store(path, seed=False).add_bundled(BUNDLED_IDS)
    return path


def test_a_contested_claim_opened_from_the_map_says_whom_each_side_blames_where_and_when(
    page, app_url, outside_requests
):
    frame = open_map(page, f"{app_url}/?conflict=armenia-azerbaijan")
    open_sotk_uav(page, frame)  # click the stack at Sotk, tick the 12 May 2023 claim
    claim = page.locator(f"[data-claim-id='{SOTK_UAV}']")
    status = claim.locator("[data-status]")
    # worded as the map's popup words it (walk45 item 11), the part of the rule that applied under it
    expect(status).to_have_text(
        "Clash status: contested — the parties disagree on who fired: two parties' own accounts blame each other"
    )
    why = claim.locator("[data-status-why=reasons]")
    expect(why).to_be_visible()
    expect(why.locator("[data-status-why=rule]")).to_have_text("Here: Armenia and Azerbaijan blame each other.")
    text = " ".join(why.inner_text().split())
    assert "Azerbaijan is blamed by Armenian MoD [Armenia] (2023-05-12 at Sotk — this claim)." in text
    assert "Armenia is blamed by Daily Sabah [media] (2023-05-11 at Armenia–Azerbaijan border" in text
    assert "Grouped as one clash: 3 accounts at 2 places" in text
    assert "over 2 days (2023-05-11 to 2023-05-12)" in text and "may tell of different events" in text
    grouped = claim.locator("[data-status-why=grouped-with] li")
    expect(grouped).to_have_count(2)
    assert grouped.nth(1).inner_text().endswith("(8.8 km away, a day earlier)")
    # read beside the map: nothing of it runs out of the details column
    box, column = why.bounding_box(), claim.bounding_box()
    assert box["x"] >= column["x"] - 1 and box["x"] + box["width"] <= column["x"] + column["width"] + 1
    if SHOTS:
        claim.screenshot(path=os.path.join(SHOTS, "status-why-sotk.png"))
    assert outside_requests.not_tiles() == []


def test_the_prey_chan_denial_opened_from_a_link_is_denied_and_tells_of_no_wounded(page, app_url, outside_requests):
    open_map(page, f"{app_url}/?claim={PREY_CHAN_DENIAL}")
    claim = page.locator(f"[data-claim-id='{PREY_CHAN_DENIAL}']")
    expect(claim).to_be_visible(timeout=90_000)
    expect(claim.locator("[data-status]")).to_have_text(
        "Clash status: denied — a party's denial of one of the claims is on record"
    )
    assert "wounded not stated" in claim.inner_text() and "no number given" not in claim.inner_text()
    why = " ".join(claim.locator("[data-status-why=reasons]").inner_text().split())
    assert "A denial of the claim of Cambodian officials [Cambodia] (2025-11-12 at Prey Chan) is on record:" in why
    if SHOTS:
        claim.screenshot(path=os.path.join(SHOTS, "status-why-prey-chan.png"))
    assert outside_requests.not_tiles() == []
