"""Round 51's walk, the items fixed by the reader's engineer, in headless Chromium:

- the Gazetteer showed a misspelling ("Jermukk", name match 72 %) in the same green box as an exact name, and
  "Zod" without saying it is another name of Sotk. A spelling now says it is one, in a blue box, and asks the user
  to check; another name of a place says so.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from maptools import look_up_name, main

pytestmark = pytest.mark.browser


def test_the_gazetteer_says_a_misspelling_is_read_as_a_spelling_and_names_another_name(page, app_url):
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Jermukk", "is another spelling of")
    said = main(page).get_by_text("“Jermukk” is another spelling of")
    expect(said).to_contain_text("Jermuk")
    expect(said).to_contain_text("Check it is the place you mean")
    expect(main(page).locator("[data-testid=stAlertContentSuccess]")).to_have_count(0)
    look_up_name(page, "Zod", "is another name of Sotk")
    expect(main(page).locator("[data-testid=stAlertContentSuccess]")).to_contain_text("Sotk")
