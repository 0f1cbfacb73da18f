"""Round 49's walk, in headless Chromium, on a database that starts with no claims (``MAPDATA_EXAMPLES=none``):

- item 6: the first screen's date range read today–today; it is empty (and the range of claims once added).
- item 5: the Table says its files are newest first (the grid sorts in the browser, unseen by the server).
- item 2: Add report's map for placing an India–Pakistan row (Balnoi, not in the gazetteer) opened on Armenia.
- item 3: the Gazetteer said "Not found" for 'Balnoi' just remembered for India–Pakistan; it now says whose alias
  it is, and its link switches to India–Pakistan, where the name is found (with the country its point is in).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from mapdata.profiles import default_catalog
from mapdata.store.bundled import EXAMPLES_ENV
from maptools import MAP_IFRAME, main, propose_report, wait_idle

SIDEBAR = "[data-testid=stSidebar]"
POONCH = """published: 2021-01-12
outlet: Walk Wire

Pakistani troops violated the ceasefire along the Line of Control near Balnoi village in Poonch district on Monday evening, an Indian Army spokesperson said. Two Indian soldiers were injured.
"""
BALNOI = (33.67978, 74.10004)


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    return {EXAMPLES_ENV: "none"}


def date_fields(page) -> list[str]:
    fields = page.locator(SIDEBAR).locator("[data-testid=stDateInput] input")
    fields.first.wait_for()  # (widgets are drawn lazily)
    return [field.input_value() for field in fields.all()]


def test_no_claims_show_no_dates_and_the_table_says_its_files_order(page, app_url, outside_requests):
    page.goto(f"{app_url}/")
    expect(page.locator(".st-key-no_claims")).to_contain_text("No claims in this database yet.", timeout=120_000)
    wait_idle(page)
    assert set(date_fields(page)) <= {""}  # was 2026-12-06 – 2026-12-06 (today)

    page.get_by_role("button", name="Add the example claims").click()
    page.locator(SIDEBAR).get_by_text("incidents shown").wait_for(timeout=120_000)
    expect(page.locator(".st-key-no_claims")).to_have_count(0, timeout=60_000)
    wait_idle(page)
    for _ in range(40):  # the range of the claims now stored
        if all(re.fullmatch(r"\d{4}-\d\d-\d\d", value) for value in date_fields(page)):
            break
        page.wait_for_timeout(250)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", value) for value in date_fields(page))

    page.goto(f"{app_url}/Table")
    page.locator("[data-testid=stDataFrame]").first.wait_for(timeout=120_000)
    expect(main(page).get_by_text("The files list these claims newest first (then by id)")).to_be_visible()
    assert outside_requests.not_tiles() == []


def test_the_point_picking_map_opens_on_the_reports_conflict(page, app_url):
    page.goto(f"{app_url}/Add_report")
    propose_report(page, POONCH)
    page.get_by_text("“Balnoi” is not in the gazetteer").first.wait_for(timeout=300_000)
    wait_idle(page)
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_function("() => window.map !== undefined", timeout=60_000)
    extent = default_catalog()["india-pakistan"].extent
    # the map's centre once drawn, in the report's conflict (it was the Armenia–Azerbaijan border's)
    frame.wait_for_function(
        "([s, w, n, e]) => { const c = window.map.getCenter(); return c.lat > s && c.lat < n && c.lng > w && c.lng < e; }",
        arg=[extent.south, extent.west, extent.north, extent.east],
        timeout=60_000,
    )


def test_a_name_remembered_for_another_conflict_is_said_and_its_link_finds_it(page, app_url, app_db):
    from mapdata.geo.placebook import PlaceBook
    from mapdata.store import Store

    assert PlaceBook(Store(app_db)).remember_placed_name("Balnoi", *BALNOI, conflict="india-pakistan") is not None
    page.goto(f"{app_url}/Gazetteer")  # the conflict in view: the default one
    box = page.get_by_label("Place name as written")
    expect(box).to_have_count(1, timeout=120_000)
    box.fill("Balnoi")
    box.press("Enter")
    note = main(page).get_by_text("“Balnoi” is your alias in India–Pakistan, not in Armenia–Azerbaijan")
    expect(note).to_be_visible(timeout=120_000)
    expect(main(page)).to_contain_text("Balnoi (IN) at 33.6798, 74.1000, precision near")
    page.get_by_role("link", name="Look it up in India–Pakistan").click()
    # (the page's links then carry the conflict: the view switched)
    expect(page.locator(SIDEBAR).get_by_role("link", name="Table")).to_have_attribute(
        "href", re.compile(r"conflict=india-pakistan"), timeout=120_000
    )
    expect(main(page).get_by_text(re.compile(r"Balnoi \(IN\) · precision near .* from alias"))).to_be_visible(
        timeout=120_000
    )
    expect(page.get_by_label("Place name as written")).to_have_value("Balnoi")
    expect(main(page).get_by_text("is your alias in")).to_have_count(0)
