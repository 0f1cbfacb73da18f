"""One filter state in the URL, on every page, in a real browser: page links, reload, Back/Forward,
"Clear all filters", and the Table's "Show on map" (which crashed under st.navigation).

Runs on our own dense fixture (hundreds of claims at one spot) plus the bundled claims.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from dense import dense_incidents
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from mapdata.filters import FilterState, apply_filters
from mapdata.mapview.base import claim_zoom
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, show_first_table_row_on_map, wait_idle, wait_total

# Every filter at once: dates, side, source, event type, casualties, precision, search, contested.
EVERY_FILTER = (
    "from=2019-01-01&to=2021-12-31&side=Armenia&side=media&source=Fixture+outlet+0&type=shelling"
    "&type=armed+clash&casualties=killed&casualties=wounded&precision=near&q=Chinari"
)
TOTAL = 18 + 323


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dense-db") / "incidents.db"
    Store(path).save(dense_incidents(), origin="csv", label="dense fixture")
    return path


def shown(page) -> tuple[int, int]:
    text = page.get_by_text(re.compile(r"incidents shown")).first.inner_text()
    first, total = re.search(r"([\d,]+) of ([\d,]+) incidents shown", text).groups()
    return int(first.replace(",", "")), int(total.replace(",", ""))


def wait_shown(page, expected: tuple[int, int]) -> None:
    page.get_by_text(f"{expected[0]:,} of {expected[1]:,} incidents shown", exact=True).wait_for()


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def open_more_filters(sidebar) -> None:
    """Open "More filters" unless it is open or opening.

    The expander opens by itself when a filter inside it is set, with an animation; whether
    its content is visible at one instant says nothing (a click then would close it again).
    A collapsed expander marks its content ``inert``: click only then, and only once it has
    stayed so for a moment.
    """
    details = sidebar.locator("[data-testid=stExpanderDetails]").first
    details.wait_for(state="attached")
    inner = sidebar.get_by_label("Location precision", exact=True)
    for _ in range(3):
        try:
            inner.wait_for(state="visible", timeout=3_000)
            return
        except PlaywrightTimeoutError:
            if details.get_attribute("inert") is not None:
                sidebar.get_by_text("More filters").click()
    inner.wait_for(state="visible")


def sidebar_state(page) -> dict[str, object]:
    """What the sidebar's filter widgets show (the chips of each multiselect, the search, the dates)."""
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.locator("[data-testid=stDateInput] input").first.wait_for()  # widgets are drawn lazily
    sidebar.get_by_label("Reporting side", exact=True).wait_for()
    open_more_filters(sidebar)
    chips = {}
    for label in ("Reporting side", "Source", "Event type", "Casualties stated", "Location precision"):
        box = sidebar.locator("[data-testid=stMultiSelect]", has_text=label)
        # textContent, not innerText: the expander may still be opening (innerText of a hidden chip is "").
        chips[label] = sorted(t.strip() for t in box.locator("[data-tag] span[title]").all_text_contents())
    chips["search"] = sidebar.get_by_label("Search place, claimant, source, summary", exact=True).input_value()
    chips["dates"] = [i.input_value() for i in sidebar.locator("[data-testid=stDateInput] input").all()]
    return chips


def filtered_line(page) -> str:
    return page.locator("[data-testid=stMarkdownContainer]", has_text="Filtered:").first.inner_text()


def assert_kept_on_every_page(page, app_url: str, on_map: tuple[int, int]) -> None:
    """Table, Timeline, then Map by the page menu, each reloaded too: the URL, the sidebar and the
    count shown stay what they are now."""
    expected_query, expected_sidebar = query(page), sidebar_state(page)
    for name, path in (("Table", "/Table"), ("Timeline", "/Timeline"), ("Map", "/")):
        page.locator("[data-testid=stSidebarNav], [data-testid=stSidebar]").get_by_role(
            "link", name=name, exact=True
        ).click()
        page.wait_for_url(re.compile(re.escape(app_url + path) + r"\?"))
        wait_shown(page, on_map)
        assert query(page) == expected_query, name
        assert sidebar_state(page) == expected_sidebar, name
        page.reload()
        wait_shown(page, on_map)
        assert query(page) == expected_query, f"{name} after reload"
        assert sidebar_state(page) == expected_sidebar, f"{name} after reload"


def test_every_filter_survives_page_switches_reloads_and_back(page, app_url):
    page.goto(f"{app_url}/?{EVERY_FILTER}")
    page.get_by_text(re.compile("incidents shown")).first.wait_for()
    on_map = shown(page)
    assert 0 < on_map[0] < TOTAL and on_map[1] == TOTAL
    expected_query = query(page)
    # The page's first run can be followed at once by another (the map's first report): under load
    # CI read the search box between the two, empty. Wait until it shows the link's search.
    search = page.locator("[data-testid=stSidebar]").get_by_label("Search place, claimant, source, summary", exact=True)
    expect(search).to_have_value("Chinari", timeout=30_000)
    expected_sidebar = sidebar_state(page)
    assert expected_sidebar["Reporting side"] == ["Armenia", "media"]
    assert expected_sidebar["Event type"] == ["armed clash", "shelling"]
    assert expected_sidebar["Casualties stated"] == ["anyone killed", "anyone wounded"]
    assert expected_sidebar["search"] == "Chinari"
    line = filtered_line(page)
    for words in (
        "Dates: 2019-01-01 to 2021-12-31",
        "Reporting side: Armenia, media",
        "Event type:",
        "Search: Chinari",
    ):
        assert words in line

    assert_kept_on_every_page(page, app_url, on_map)

    page.go_back()  # to the Timeline, filters and all
    page.wait_for_url(re.compile(re.escape(app_url) + r"/Timeline\?"))
    wait_shown(page, on_map)
    assert query(page) == expected_query


def test_clear_all_then_back_and_forward_restore_the_view(page, app_url):
    page.goto(f"{app_url}/Table?side=Azerbaijan")
    page.get_by_text(re.compile("incidents shown")).first.wait_for()
    narrowed = shown(page)
    assert narrowed[0] < TOTAL
    assert "Reporting side: Azerbaijan" in filtered_line(page)
    page.get_by_role("button", name="Clear all filters").click()
    wait_shown(page, (TOTAL, TOTAL))
    assert "side" not in query(page)
    page.get_by_role("button", name="Clear all filters").wait_for(state="detached")  # nothing left to clear
    assert sidebar_state(page)["Reporting side"] == []

    page.go_back()
    wait_shown(page, narrowed)
    assert query(page)["side"] == ["Azerbaijan"] and sidebar_state(page)["Reporting side"] == ["Azerbaijan"]
    page.go_forward()
    wait_shown(page, (TOTAL, TOTAL))
    assert sidebar_state(page)["Reporting side"] == []


def test_a_filter_set_in_the_sidebar_goes_into_the_url_and_to_the_next_page(page, app_url):
    page.goto(f"{app_url}/Timeline")
    wait_shown(page, (TOTAL, TOTAL))
    search = page.get_by_label("Search place, claimant, source, summary", exact=True)
    search.fill("Tovuz")
    search.press("Enter")
    wait_shown(page, (3, TOTAL))
    assert query(page)["q"] == ["Tovuz"]
    page.locator("[data-testid=stSidebar]").get_by_role("link", name="Map", exact=True).click()
    wait_shown(page, (3, TOTAL))  # the search box is on the map page too: no hidden filter
    # (the Timeline's line may still be on screen while the map page draws: wait for its box)
    expect(page.get_by_label("Search place, claimant, source, summary", exact=True)).to_have_value("Tovuz")
    wait_total(page.wait_for_selector(MAP_IFRAME).content_frame(), 3)


def test_show_on_map_from_the_table_opens_the_claim_on_the_map(page, app_url):
    page.goto(f"{app_url}/Table?q=Tegh")
    wait_shown(page, (2, TOTAL))  # Tegh, and Digh: the Azerbaijani spelling of the same village
    show_first_table_row_on_map(page, app_url)
    assert query(page)["q"] == ["Tegh"] and query(page)["claim"] == ["bundled:2023-04-11-am-mod-tegh"]
    main = page.locator("[data-testid=stMain]")
    main.get_by_text("bundled:2023-04-11-am-mod-tegh").first.wait_for()
    assert page.get_by_text("StreamlitPageNotFoundError").count() == 0
    assert page.locator("[data-testid=stException]").count() == 0
    frame = page.wait_for_selector(MAP_IFRAME).content_frame()
    frame.wait_for_function(f"window.map && window.map.getZoom() >= {claim_zoom()}")  # centred on the claim


def type_date(page, which: str, iso: str) -> None:
    """Type ``iso`` (YYYY-MM-DD) into the sidebar's date range, ``which`` "start" or "end", segment by segment."""
    sidebar = page.locator("[data-testid=stSidebar]")
    for part, text in zip(("year", "month", "day"), iso.split("-"), strict=True):
        sidebar.get_by_role("spinbutton", name=f"{part}, Date range {which} date").click()
        page.keyboard.type(text, delay=20)


def expected_count(app_db: Path, **changes) -> int:
    """How many claims the filters ``changes`` let through, by the library (what the page must say)."""
    return len(apply_filters(Store(app_db).frame(), FilterState(**changes)))


JULY_TO_OCTOBER = {"date_from": dt.date(2020, 7, 1), "date_to": dt.date(2020, 10, 31)}


def test_a_typed_date_range_applies_on_enter(page, app_url, app_db):
    """walk24 item 4: a range typed into the field and confirmed with Enter left "N of N" until a click
    elsewhere (Streamlit applies typed dates only when its calendar closes; Enter did nothing)."""
    page.goto(f"{app_url}/Table")
    wait_shown(page, (TOTAL, TOTAL))
    sidebar = page.locator("[data-testid=stSidebar]")
    expect(sidebar).to_contain_text("Press Enter or click outside the calendar to apply typed dates.")
    type_date(page, "start", "2020-07-01")
    type_date(page, "end", "2020-10-31")
    page.keyboard.press("Enter")
    in_range = expected_count(app_db, **JULY_TO_OCTOBER)
    assert 0 < in_range < TOTAL
    expect(sidebar.get_by_text(re.compile(r"incidents shown"))).to_have_text(
        f"{in_range:,} of {TOTAL:,} incidents shown"
    )
    expect(page).to_have_url(re.compile(r"[?&]from=2020-07-01&to=2020-10-31(&|$)"))


def test_a_half_typed_date_range_keeps_the_other_filters(page, app_url, app_db):
    """One date typed and the other cleared, then Enter: nothing is applied yet (the one date is held),
    nothing raised, and the side chosen before stays; the second date then applies both."""
    page.goto(f"{app_url}/Table?side=Armenia")
    armenia = expected_count(app_db, sides=("Armenia",))
    wait_shown(page, (armenia, TOTAL))
    type_date(page, "start", "2020-07-01")
    sidebar = page.locator("[data-testid=stSidebar]")
    for part in ("day", "month", "year"):  # the end date emptied, segment by segment
        sidebar.get_by_role("spinbutton", name=f"{part}, Date range end date").click()
        for _ in range(4):  # a year's four digits go one at a time
            page.keyboard.press("Backspace")
    page.keyboard.press("Enter")
    wait_idle(page)
    assert page.locator("[data-testid=stException]").count() == 0
    assert query(page) == {"side": ["Armenia"]}
    wait_shown(page, (armenia, TOTAL))
    type_date(page, "end", "2020-10-31")
    page.keyboard.press("Enter")
    both = expected_count(app_db, sides=("Armenia",), **JULY_TO_OCTOBER)
    expect(sidebar.get_by_text(re.compile(r"incidents shown"))).to_have_text(f"{both:,} of {TOTAL:,} incidents shown")
    expect(page).to_have_url(re.compile(r"side=Armenia"))
    assert query(page) == {"side": ["Armenia"], "from": ["2020-07-01"], "to": ["2020-10-31"]}
    assert page.locator("[data-testid=stException]").count() == 0
