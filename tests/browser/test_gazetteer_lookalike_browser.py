"""The Gazetteer page in a real browser: a name that is an alternate name of several places is taken for the
place whose own name it is spelt like (walk48: "Chinar" in the Armenia–Azerbaijan conflict was taken for Çinarlı
in Gakh, the larger namesake, not for Chinari, the border village of Tavush it is spelt like; the page said
"Çinarlı (Gakh, AZ)" and ticked it as the choice to save as an alias). Both stay offered, each with its country.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from maptools import look_up_name

pytestmark = pytest.mark.browser


def test_chinar_is_chinari_in_tavush_and_cinarli_is_still_offered(page, app_url):
    page.goto(f"{app_url}/Gazetteer?conflict=armenia-azerbaijan")
    look_up_name(page, "Chinar", "Why:")
    result = page.locator("[data-testid=stAlert]").filter(has_text="precision").first
    expect(result).to_contain_text("Chinari (Tavush, AM)")
    expect(page.get_by_text("Why:").first).to_contain_text("its own name is spelt like the name looked up")
    # the choice to save as an alias starts on Chinari; Çinarlı of Gakh is offered beside it with its country
    picks = page.get_by_role("radiogroup")
    expect(picks.get_by_role("radio").first).to_be_checked()
    expect(picks.locator("label").first).to_contain_text("Chinari")
    expect(picks).to_contain_text("Çinarlı")
    expect(picks).to_contain_text("AZ")
