"""walk40 item 12: "Undo this edit" in the History of a claim opened from its link, in a session of its
own (the edit was made earlier, elsewhere). The page must say what was undone, value by value, as an edit
and a retraction say what they did; the walk saw the History close and no message at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import main, open_expander, open_map, wait_idle

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set
TOVUZ = "bundled:2020-07-12-az-mod-tovuz-artillery"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database the server opens: one claim edited before (in another session, as in the walk)."""
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    store = Store(path)
    store.edit(TOVUZ, {"date": "2020-07-13", "wounded": "4"}, who="walk40", note="a wire story's day")
    return path


def expander(page, label: str):
    return page.locator("[data-testid=stExpander]").filter(has=page.locator("summary", has_text=label)).last


def test_an_undo_in_a_claim_opened_by_its_link_says_what_it_undid(page, app_url, app_db, outside_requests):
    before = Store(app_db).history(TOVUZ)[0]
    open_map(page, f"{app_url}/?claim={TOVUZ}")
    page.locator(f"[data-claim-id='{TOVUZ}']").wait_for(timeout=120_000)
    wait_idle(page)
    history = expander(page, "History (2)")
    open_expander(page, history)
    history.get_by_role("button", name="Undo this edit").click()
    message = "Undone: change 2 — date 2020-07-13 → 2020-07-12; wounded 4 → not stated."
    try:
        page.get_by_text(message).first.wait_for(timeout=90_000)
    except PlaywrightTimeout:
        pytest.fail(f"{message!r} never shown; the page said: {main(page).inner_text()[:3000]}")
    # said once, in a toast, over the page wherever it is scrolled (walk42: said under the History, it
    # went 1,300 px below the window when the undo put the claim back into a clash of three)
    toast = page.locator("[data-testid=stToast]").filter(has_text="Undone: change 2")
    expect(toast.first).not_to_contain_text("The claim is as in version 1")  # one short line (walk43)
    expect(toast.first).to_be_in_viewport()
    wait_idle(page)
    expect(toast).to_have_count(1)
    expect(page.locator("[data-testid=stAlert]").filter(has_text="Undone: change 2")).to_have_count(0)
    assert Store(app_db).get(TOVUZ).date.isoformat() == "2020-07-12"
    assert [e.action for e in Store(app_db).history(TOVUZ)] == [before.action, "edit", "undo edit"]
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "undo-said.png"))
    assert outside_requests.not_tiles() == []
