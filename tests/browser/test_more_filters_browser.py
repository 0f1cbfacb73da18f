"""The sidebar's "More filters" in a real browser: open by itself whenever a filter inside it is set,
after a switch of page and on a link's first load, so an active choice is never hidden (walk39:
with Source the only one, it stayed closed; only the "Filtered:" line said a source was chosen).

On the bundled claims and one claim of the walk's source.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from factories import make_claim
from mapdata.store import Store
from maptools import open_expander, wait_idle

pytestmark = pytest.mark.browser

SOURCE = "Ministry of Foreign Affairs of Armenia"  # the walk's source (ACLED's)
LINK_QUERY = "source=Ministry+of+Foreign+Affairs+of+Armenia"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("more-filters-db") / "incidents.db"
    Store(path).save([make_claim(id="csv:mfa", source=SOURCE, origin="csv")], origin="csv", label="one source")
    return path


def sidebar(page):
    return page.locator("[data-testid=stSidebar]")


def more_filters(page):
    return sidebar(page).locator("[data-testid=stExpander]").filter(has_text="More filters")


def assert_source_shown(page, where: str) -> None:
    """The sidebar's "More filters" is open (by itself: nothing here clicks it) and shows the Source chosen."""
    page.get_by_text(re.compile("incidents shown")).first.wait_for()
    wait_idle(page)
    details = more_filters(page).locator("details").first
    expect(details, f"More filters is open {where}").to_have_js_property("open", True, timeout=15_000)
    source = sidebar(page).locator("[data-testid=stMultiSelect]").filter(has_text="Source")
    expect(source.locator(f'[data-tag] span[title="{SOURCE}"]'), where).to_be_visible()


def go_to(page, app_url: str, name: str, path: str) -> None:
    sidebar(page).get_by_role("link", name=name, exact=True).click()
    page.wait_for_url(re.compile(re.escape(app_url + path) + r"\?" + re.escape(LINK_QUERY) + "$"))


def test_a_source_chosen_stays_in_view_after_switching_pages_and_reloading(page, app_url):
    page.goto(f"{app_url}/Table")
    page.get_by_text(re.compile("incidents shown")).first.wait_for()
    wait_idle(page)
    open_expander(page, more_filters(page))
    box = sidebar(page).get_by_label("Source", exact=True)
    box.click()
    page.keyboard.type("Foreign Affairs")  # the list is long and drawn lazily: the options that name it
    page.get_by_role("option", name=SOURCE, exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(re.escape(LINK_QUERY)))
    assert_source_shown(page, "on the page it was chosen on")

    go_to(page, app_url, "Timeline", "/Timeline")
    assert_source_shown(page, "after switching to the Timeline")
    go_to(page, app_url, "Map", "/")
    assert_source_shown(page, "after switching to the Map")
    page.reload()
    assert_source_shown(page, "after reloading the Map")


@pytest.mark.parametrize("path", ["/", "/Table"])
def test_a_link_with_only_a_source_opens_more_filters(page, app_url, path):
    """The walk's link: `/?…&source=Ministry+of+Foreign+Affairs+of+Armenia`, opened in a new tab."""
    page.goto(f"{app_url}{path}?{LINK_QUERY}")
    assert_source_shown(page, f"on loading {path}?{LINK_QUERY}")
    line = page.locator("[data-testid=stMarkdownContainer]", has_text="Filtered:").first
    expect(line).to_contain_text(f"Source: {SOURCE}")
    expect(page.get_by_text(re.compile(r"^1 of \d+ incidents shown$"))).to_be_visible()  # the claim of that source
