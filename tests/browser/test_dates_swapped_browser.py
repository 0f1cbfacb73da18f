"""walk41: a link with its dates the wrong way round (``?from=2023-05-12&to=2023-05-10``) was read in
order, but the address bar kept the reversed pair, so a link copied from the page said other than what
it showed. The address now says what the page shows, and a note says once that the dates were swapped."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, wait_idle

SIDEBAR = "[data-testid=stSidebar]"


def address_dates(page) -> tuple[list[str], list[str]]:
    query = parse_qs(urlparse(page.url).query)
    return query.get("from", []), query.get("to", [])


@pytest.mark.parametrize("path", ["", "Table"])
def test_a_reversed_link_is_put_in_order_in_the_address(page, app_url, outside_requests, path):
    page.goto(f"{app_url}/{path}?from=2023-05-12&to=2023-05-10")
    page.locator(SIDEBAR).get_by_text("incidents shown").wait_for(timeout=120_000)
    if not path:
        page.wait_for_selector(MAP_IFRAME, timeout=120_000)
    wait_idle(page)
    for _ in range(40):  # (the address is written with the page's run; give the browser a moment)
        if address_dates(page) != (["2023-05-12"], ["2023-05-10"]):
            break
        page.wait_for_timeout(250)
    assert address_dates(page) == (["2023-05-10"], ["2023-05-12"])  # was from=2023-05-12&to=2023-05-10
    note = page.locator("[data-testid=stAlert]").filter(has_text="Dates swapped:")
    expect(note).to_have_count(1)
    expect(note).to_contain_text(
        "from=2023-05-12 was after to=2023-05-10, so the view and the address show 2023-05-10 to 2023-05-12"
    )
    fields = page.locator(SIDEBAR).locator("[data-testid=stDateInput] input")
    fields.first.wait_for()  # (widgets are drawn lazily)
    assert [field.input_value() for field in fields.all()] == ["2023-05-10", "2023-05-12"]
    # reloaded, the address gives the range in order: nothing was swapped, nothing is said
    page.reload()
    page.locator(SIDEBAR).get_by_text("incidents shown").wait_for(timeout=120_000)
    wait_idle(page)
    assert address_dates(page) == (["2023-05-10"], ["2023-05-12"])
    expect(page.locator("[data-testid=stAlert]").filter(has_text="Dates swapped:")).to_have_count(0)
    assert outside_requests.not_tiles() == []


def test_back_from_a_link_put_in_order_never_lands_between(page, app_url, outside_requests):
    """The two dates are written back in one change of the address: written one by one, Back from the
    corrected link landed on "from=2023-05-10&to=2023-05-10", a view of one day nobody asked for."""
    page.goto(f"{app_url}/Table?side=Armenia")
    page.locator(SIDEBAR).get_by_text("incidents shown").wait_for(timeout=120_000)
    wait_idle(page)
    page.goto(f"{app_url}/Table?from=2023-05-12&to=2023-05-10")
    page.locator("[data-testid=stAlert]").filter(has_text="Dates swapped:").wait_for(timeout=120_000)
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"\?from=2023-05-10&to=2023-05-12$"))
    page.go_back()  # the link's own entry: read again, put in order in place (Streamlit replaces it)
    page.wait_for_timeout(1000)
    wait_idle(page)
    expect(page).to_have_url(re.compile(r"\?from=2023-05-10&to=2023-05-12$"))
    page.go_back()
    expect(page).to_have_url(re.compile(r"\?side=Armenia$"))
    assert outside_requests.not_tiles() == []
