"""Gazetteer → Look up a name in headless Chromium with "All conflicts" chosen (walk45 item 2): the alias's
"Applies in" starts on the conflict whose countries hold the place found. "Ta Muen Thom (TH)" was offered as
"Armenia–Azerbaijan only", the first conflict; with a conflict chosen in the sidebar, that conflict stays."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from maptools import look_up_name, wait_idle

pytestmark = pytest.mark.browser


def _applies_in(page):
    return page.get_by_role("combobox", name="Applies in").first


def test_all_conflicts_applies_in_the_conflict_of_the_place_found(page, app_url) -> None:
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Ta Muen Thom", "Ta Muen Thom")
    wait_idle(page)
    expect(page.get_by_text("(TH)").first).to_be_visible()
    expect(_applies_in(page)).to_have_value("Thailand–Cambodia only")
    expect(page.locator("[data-testid=stException]")).to_have_count(0)


def test_a_place_of_both_sides_of_one_conflict_applies_in_it(page, app_url) -> None:
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Vardenis", "Gegharkunik")
    wait_idle(page)
    expect(_applies_in(page)).to_have_value("Armenia–Azerbaijan only")


def test_the_conflict_chosen_in_the_sidebar_stays_the_default(page, app_url) -> None:
    page.goto(f"{app_url}/Gazetteer?conflict=armenia-azerbaijan")
    look_up_name(page, "Ta Muen Thom", "Ta Muen Thom")
    wait_idle(page)
    expect(_applies_in(page)).to_have_value("Armenia–Azerbaijan only")
