"""The ways back to the full view, alike on every page (walk42 item 17).

Before: the Map had "Close this claim", the Timeline a "Show all dates" button of its own under the
filter line, the Table only its ticked rows, and every page "Clear all filters". Two kinds of thing are
undone there, each now named and placed alike on every page: a filter, in the filter line under the
title ("Clear the dates" when other filters are set too, "Clear all filters"); the claim a page has
open, where it is shown ("Close this claim", on the Map and now on the Table).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import click_first_row, wait_idle

FILTERS = "from=2022-01-01&to=2023-12-31&side=Armenia"  # over the bundled claims


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


@pytest.mark.parametrize("path", ["/", "/Timeline", "/Table"])
def test_every_page_clears_the_dates_in_its_filter_line_keeping_the_other_filters(page, app_url, path):
    page.goto(f"{app_url}{path}?{FILTERS}")
    clear_all = page.get_by_role("button", name="Clear all filters")
    expect(clear_all).to_be_visible(timeout=120_000)
    dates = page.get_by_role("button", name="Clear the dates")
    expect(dates).to_be_visible()
    # beside "Clear all filters", on the filter line's row (not a button of the page's own elsewhere)
    assert abs(dates.bounding_box()["y"] - clear_all.bounding_box()["y"]) < 4
    expect(page.get_by_role("button", name="Show all dates")).to_have_count(0)
    wait_idle(page)
    dates.click()
    page.wait_for_url(lambda url: "from=" not in url and "to=" not in url)
    wait_idle(page)
    assert query(page) == {"side": ["Armenia"]}
    expect(page.get_by_text("Filtered: Reporting side: Armenia")).to_be_visible()
    expect(page.get_by_role("button", name="Clear the dates")).to_have_count(0)  # no dates left to clear


@pytest.mark.parametrize("path", ["/Timeline", "/Table"])
def test_with_the_dates_alone_one_button_clears_them(page, app_url, path):
    """The dates the only filter: "Clear the dates" would do what "Clear all filters" does; one is shown."""
    page.goto(f"{app_url}{path}?from=2022-01-01&to=2023-12-31")
    expect(page.get_by_role("button", name="Clear all filters")).to_be_visible(timeout=120_000)
    wait_idle(page)
    expect(page.get_by_role("button", name="Clear the dates")).to_have_count(0)
    page.get_by_role("button", name="Clear all filters").click()
    page.wait_for_url(lambda url: "from=" not in url)


def test_the_tables_ticked_claim_closes_as_the_maps_does(page, app_url):
    page.goto(f"{app_url}/Table?side=Armenia")
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for(timeout=120_000)
    wait_idle(page)
    click_first_row(page, grid)
    close = page.get_by_role("button", name="Close this claim")
    expect(close).to_be_visible()
    expect(page.get_by_role("button", name="Show on map")).to_be_visible()
    wait_idle(page)
    close.click()
    expect(page.get_by_role("button", name="Show on map")).to_have_count(0)
    expect(page.get_by_role("button", name="Close this claim")).to_have_count(0)
    wait_idle(page)
    # the row is unticked: no selected row in the grid's table, and the filters are as they were
    assert not page.locator("[data-testid='stDataFrame'] [role=row][aria-selected=true]").count()
    assert query(page) == {"side": ["Armenia"]}
    # the Map's claim closes with the same words, where it is shown
    page.goto(f"{app_url}/?claim=bundled:2023-05-12-am-mod-sotk-uav")
    expect(page.get_by_role("button", name="Close this claim")).to_be_visible(timeout=120_000)
    assert re.search(r"claim=", page.url)
