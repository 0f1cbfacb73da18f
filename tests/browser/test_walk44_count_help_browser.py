"""The sidebar's count says what an incident is (walk44 item 13): the sidebar counted "incidents" while the
details panel listed "claims", and a new user took them for two things. Hovering the count's help mark tells
that each incident is one claim, and that two sides' accounts of one clash are two."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from maptools import wait_idle

pytestmark = pytest.mark.browser


def test_the_count_of_incidents_says_each_is_one_claim(page, app_url):
    page.goto(app_url)
    sidebar = page.locator("[data-testid=stSidebar]")
    count = sidebar.get_by_text("of 18 incidents shown")
    count.wait_for(timeout=120_000)
    wait_idle(page)
    mark = (
        sidebar.locator("[data-testid=stMarkdown]")
        .filter(has_text="of 18 incidents shown")
        .locator("[data-testid=stTooltipIcon]")
    )
    expect(mark).to_have_count(1)
    mark.hover()
    tip = page.locator("[data-testid=stTooltipContent]")
    expect(tip).to_contain_text("Each incident is one claim")
    expect(tip).to_contain_text("Two sides' accounts of one clash are two incidents")
