"""walk47 in a real browser: a claim's save notice belongs to that claim, and the claim's History says the change.

* Item 13: "Saved: …" after a correction was said in a toast that stayed ten seconds over the details, also
  over another claim the user had opened meanwhile (a save notice read as said of the claim shown). The toast
  now goes as soon as another claim is opened (or the claim is closed); it still fades by itself.
* No browser test opened a claim's History after a correction made in the panel and read it there; this one
  does: the field, old → new, in words.
Screenshots go to MAPDATA_TEST_SHOTS when it is set.
"""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from test_curation_browser import expander, said, typed, wait_field
from test_details_layout_browser import GORIS, GORIS_POINT
from test_map_browser import SOTK_UAV, open_map, open_sotk_uav

from maptools import MAP_IFRAME, click_spot, open_expander, opened_claim, wait_idle, wait_total

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"{name}.png"))


def toasts(page):
    return page.locator("[data-testid=stToast]")


def test_a_save_notice_goes_when_another_claim_is_opened_and_the_history_says_the_change(page, app_url):
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    open_sotk_uav(page, frame)
    open_expander(page, expander(page, "Correct this claim"))
    typed(page, "Wounded (empty = not stated)", "4")
    typed(page, "Why (kept in the history)", "the ministry's later statement")
    page.get_by_role("button", name="Save changes").click()
    said(page, "Saved: wounded ")
    wait_field(page, "wounded", "4")
    wait_idle(page)

    # The History, opened in the panel, lists the change in words: the field, old → new, and why.
    history = expander(page, "History (")
    open_expander(page, history)
    text = history.inner_text()
    assert "edit — wounded: 2 → 4" in text, text
    assert "the ministry's later statement" in text
    shot(page, "walk47-history")

    # Another claim opened within the toast's ten seconds: the notice about Sotk's claim is not left over it.
    expect(toasts(page).filter(has_text="Saved: wounded")).to_have_count(1)
    frame = page.query_selector(MAP_IFRAME).content_frame()
    page.locator(MAP_IFRAME).scroll_into_view_if_needed()  # the History was far below it
    click_spot(page, frame, GORIS_POINT, zoom=12)  # a claim alone at its spot
    page.locator(f"[data-claim-id='{GORIS}']").wait_for()
    assert opened_claim(page) == GORIS
    wait_idle(page)
    shot(page, "walk47-other-claim")
    expect(toasts(page).filter(has_text="Saved: wounded")).to_have_count(0, timeout=3_000)
    assert SOTK_UAV != GORIS
