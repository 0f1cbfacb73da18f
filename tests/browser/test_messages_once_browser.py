"""walk41: what a write did was said up to three times on the page (the details panel's top, again
under the History, and in a toast; Add report's save at the top and under its button), and
"Undone: …" stayed once the claim was closed. Each message is said once, where the action was, and
goes when the user moves on."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_curation_browser import expander, said, typed

from maptools import MAP_IFRAME, open_expander, open_map, propose_report, wait_idle

pytestmark = pytest.mark.browser

TOVUZ = "bundled:2020-07-12-az-mod-tovuz-artillery"
# Our own words (invented facts): a report no bundled claim looks like, saved at once.
REPORT = """url: https://example.org/once-2021
published: 2021-03-10
outlet: Once Wire

Azerbaijani forces fired at Armenian positions near Sotk on 9 March 2021, the Armenian Defence Ministry said.
"""


def times_said(page, text: str) -> int:
    """How many times the page says ``text``: in its alerts and its toasts."""
    alerts = page.locator("[data-testid=stAlert]").filter(has_text=text).count()
    return alerts + page.locator("[data-testid=stToast]").filter(has_text=text).count()


def alerts_said(page, text: str) -> int:
    """How many of the page's alerts say ``text`` (a toast, said once, goes by itself after 10 s)."""
    wait_idle(page)
    return page.locator("[data-testid=stAlert]").filter(has_text=text).count()


def settled_count(page, text: str) -> int:
    """:func:`times_said` once the app has finished its runs (the map's own run after a redraw too)."""
    wait_idle(page)
    page.wait_for_timeout(1500)
    wait_idle(page)
    return times_said(page, text)


def wounded_edited(page, app_url: str, wounded: str) -> None:
    """Open Tovuz's claim from its link and save another wounded count: said once."""
    open_map(page, f"{app_url}/?claim={TOVUZ}")
    page.locator(f"[data-claim-id='{TOVUZ}']").wait_for(timeout=120_000)
    wait_idle(page)
    open_expander(page, expander(page, "Correct this claim"))
    typed(page, "Wounded (empty = not stated)", wounded)
    page.get_by_role("button", name="Save changes").click()
    said(page, "Saved: wounded ")  # with its values, in a toast (walk43)
    assert settled_count(page, "Saved: wounded ") == 1  # (it was once before too)


def test_an_edit_and_its_undo_are_said_once_and_go_when_the_claim_is_closed(page, app_url, outside_requests):
    wounded_edited(page, app_url, "7")

    history = expander(page, "History (")
    open_expander(page, history)
    history.get_by_role("button", name="Undo this edit").click()
    said(page, "Undone: change 2")
    assert settled_count(page, "Undone: change 2") == 1  # was 3: the panel's top, under the History, a toast
    undone = page.locator("[data-testid=stToast]").filter(has_text="Undone: change 2")
    expect(undone).to_be_in_viewport()  # a toast, in view wherever the page is scrolled (walk42)
    assert alerts_said(page, "Saved: wounded ") == 0  # (never in the page: walk43)

    page.get_by_role("button", name="Close this claim").click()
    page.locator(f"[data-claim-id='{TOVUZ}']").wait_for(state="detached")
    assert alerts_said(page, "Undone: change 2") == 0  # was 2: at the top, and the toast
    assert outside_requests.not_tiles() == []


def test_a_message_goes_when_the_filters_change(page, app_url, outside_requests):
    wounded_edited(page, app_url, "5")
    search = page.get_by_role("textbox", name="Search place, claimant, source, summary")
    search.fill("Tovuz")
    search.press("Enter")
    page.wait_for_url("**q=Tovuz**")
    assert alerts_said(page, "Saved: wounded ") == 0
    assert outside_requests.not_tiles() == []


def test_a_saved_report_is_said_once_under_its_save_button(page, app_url, outside_requests):
    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    page.get_by_text("1 proposed incident").wait_for()
    wait_idle(page)
    # the preview map drawn (its frame has its height): a button scrolled to before it is pushed down by it
    page.wait_for_function(f'() => document.querySelector("{MAP_IFRAME}")?.getBoundingClientRect().height > 100')
    wait_idle(page)
    save = page.get_by_role("button", name="Save ticked incidents")
    save.click()
    message = "Saved 1 incident: 1 new"
    page.locator("[data-testid=stAlert]").filter(has_text=message).first.wait_for()
    assert settled_count(page, message) == 1  # was 2: at the page's top too
    shown = page.locator("[data-testid=stAlert]").filter(has_text=message)
    expect(shown).to_be_in_viewport()
    assert shown.bounding_box()["y"] > save.bounding_box()["y"]  # under the button pressed
    assert outside_requests.not_tiles() == []
