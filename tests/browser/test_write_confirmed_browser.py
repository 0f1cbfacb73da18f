"""walk43: "Correct this claim → Save changes" gave no confirmation a user saw: the section closed, the
page moved, and "Saved: weapons changed." was said at the top of the details, out of view; only
"History (2)" becoming "History (3)" told of the save. Every write on a claim is now said the same way,
once, in a toast in view, with what it changed; and an undo's toast is one short line (its long
sentence was cut to "… view more" over the very row it reported)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import main, open_expander, open_map, sized_page, wait_idle

TOVUZ = "bundled:2020-07-12-az-mod-tovuz-artillery"  # weapons: artillery; wounded: not stated


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database the server opens (the bundled claims)."""
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    Store(path)
    return path


def expander(page, label: str):
    return page.locator("[data-testid=stExpander]").filter(has=page.locator("summary", has_text=label)).last


def typed(page, label: str, value: str) -> None:
    field = page.get_by_role("textbox", name=label)
    field.fill(value)
    field.press("Tab")


def toast_of(page, text: str):
    """The toasts that say ``text``, once one does (else fail with what the page says)."""
    toasts = page.locator("[data-testid=stToast]").filter(has_text=text)
    try:
        toasts.first.wait_for(timeout=90_000)
    except PlaywrightTimeout:
        pytest.fail(f"{text!r} never shown in a toast; the page said: {main(page).inner_text()[:3000]}")
    return toasts


def test_a_correction_is_confirmed_in_view_once_with_what_it_changed(browser, app_url, app_db):
    with sized_page(browser, 1400, 900) as page:  # the walk's window
        open_map(page, f"{app_url}/?claim={TOVUZ}")
        page.locator(f"[data-claim-id='{TOVUZ}']").wait_for(timeout=120_000)
        wait_idle(page)
        open_expander(page, expander(page, "Correct this claim"))
        typed(page, "Weapons (comma-separated)", "artillery, drone")
        typed(page, "Wounded (empty = not stated)", "2")
        wait_idle(page)
        page.get_by_role("button", name="Save changes").click()
        saved = "Saved: weapons artillery → artillery, drone; wounded not stated → 2."
        toasts = toast_of(page, saved)
        expect(toasts.first).to_be_in_viewport()  # was: at the details' top, above the window
        wait_idle(page)
        page.wait_for_timeout(1500)  # the map's own run after the redraw
        wait_idle(page)
        expect(toasts).to_have_count(1)  # once
        expect(page.locator("[data-testid=stAlert]").filter(has_text="Saved:")).to_have_count(0)  # not also in the page
        expect(expander(page, "History (2)")).to_have_count(1)

        # Its undo: one line, whole (walk43: "… view more" over the weapons row it reported)
        history = expander(page, "History (2)")
        open_expander(page, history)
        history.get_by_role("button", name="Undo this edit").click()
        undone = toast_of(page, "Undone: change 2 — weapons artillery, drone → artillery; wounded 2 → not stated.")
        expect(undone.first).to_be_in_viewport()
        expect(undone.first).not_to_contain_text("The claim is as in version")  # the History says that
        expect(undone.first.get_by_text("view more")).to_have_count(0)
        wait_idle(page)
        expect(undone).to_have_count(1)
    history = Store(app_db).history(TOVUZ)
    assert [e.action for e in history] == ["create", "edit", "undo edit"]
