"""walk45 items 1 and 11, in headless Chromium: a report saved through Add report whose second sentence
is the other side's response to the first ("Azerbaijan's Defence Ministry rejected the statement and
said that Armenian forces had fired … near Kalbajar").

Item 1: the reader saves the Sotk claim with that sentence as its response (denied) and a Kalbajar
claim read from the same sentence, 15.7 km away, so not grouped with it. The Kalbajar claim read
"single source — one account. No other reporting side's account is within a day and 15 km of this
claim." and named no claim it answers. Now each names the other, from the same report, and opens it.

Item 11: the popup said "single source — one account, or only one side says who fired", the panel
"single source — one account": the panel's status line is now the popup's words.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import click_settled, main, open_map, opened_claim, propose_report, wait_idle

REPORT = """url: https://example.org/walk45
published: 2026-12-04
outlet: Walk Test News

On 3 December, Armenia's Defence Ministry said Azerbaijani units fired mortars at Armenian positions near Sotk overnight, wounding one contract soldier.
Azerbaijan's Defence Ministry rejected the statement and said that Armenian forces had fired small arms at Azerbaijani positions near Kalbajar on 3 December.
On 4 December, the Armenian ministry said a drone dropped a grenade on a farm outside the village of Verin Tsaghkavan Dzor, close to Sodk, killing two cows; no people were hurt.
"""
SINGLE_SOURCE = (
    "Clash status: single source — one account, or no independent account of the same day and spot agrees on who fired"
)


def _claim(page, claim_id: str):
    claim = main(page).locator(f"[data-claim-id='{claim_id}']")
    expect(claim).to_be_visible(timeout=90_000)
    return claim


def test_a_response_and_the_claim_it_answers_name_and_open_each_other(page, app_url, app_db, outside_requests):
    from mapdata.store import Store

    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    page.get_by_text("3 proposed incidents").wait_for(timeout=300_000)
    wait_idle(page)
    click_settled(page, page.get_by_role("button", name="Save ticked incidents"))
    page.get_by_text(re.compile(r"Saved \d incidents?")).first.wait_for(timeout=60_000)
    wait_idle(page)
    saved = {i.place: i for i in Store(app_db).incidents() if i.source == "Walk Test News"}
    sotk, kalbajar = saved["Sotk"], saved["Kalbajar"]

    open_map(page, f"{app_url}/?claim={kalbajar.id}")
    claim = _claim(page, kalbajar.id)
    expect(claim.locator("[data-status]")).to_have_text(SINGLE_SOURCE)  # the popup's words (item 11)
    expect(claim.locator("[data-status-why=rule]")).to_have_text("Here: one account.")
    _names_and_opens(
        page,
        claim,
        "From the same report, this claim answers the claim of Armenian MoD [Armenia], 2026-12-03 at Sotk "
        "(15.7 km away): it denies that claim. The two are not grouped as one clash",
        "Armenian MoD's claim at Sotk, 2026-12-03 (denied by this one)",
        sotk.id,
    )
    claim = _claim(page, sotk.id)
    expect(claim.locator("[data-status]")).to_have_text(
        "Clash status: denied — a party's denial of one of the claims is on record"
    )
    _names_and_opens(
        page,
        claim,
        "From the same report, the claim of Azerbaijani MoD [Azerbaijan], 2026-12-03 at Kalbajar (15.7 km away) "
        "answers this one: it is the response quoted below.",
        "Azerbaijani MoD's claim at Kalbajar, 2026-12-03 (denies this one)",
        kalbajar.id,
    )
    expect(main(page).locator("[data-testid=stException]")).to_have_count(0)
    assert outside_requests.not_tiles() == []


def _names_and_opens(page, claim, said: str, button: str, other: str) -> None:
    """The open claim's status names the other claim of the report (``said``), and its button opens it."""
    answers = " ".join(claim.locator("[data-status-why=answers]").inner_text().split())
    assert answers.startswith(said), answers
    opens = main(page).get_by_role("button", name=button)
    expect(opens).to_have_count(1)
    opens.click()
    page.wait_for_url(re.compile(rf"[?&]claim={re.escape(quote(other, safe=''))}"))
    wait_idle(page)
    assert opened_claim(page) == other
