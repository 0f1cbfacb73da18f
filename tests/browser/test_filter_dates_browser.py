"""The sidebar's date range in a real browser, on the Thailand–Cambodia example claims (first claim
2025-07-24, last 2025-11-12), as walk40 used it.

Item 2: a range typed from the first claim's day gave a link without ``from`` ("Dates: the first claim
to 2025-07-31"), so a colleague's database, or one with an earlier claim added, showed more claims
from the same link. Item 8: a ceasefire's real start, 2025-07-20, was refused by the widget with a
reason shown only on hovering its "!" icon. The AppTest of the same is ``tests/pages/test_filter_dates.py``.
"""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from mapdata.store.bundled import EXAMPLES_ENV, bundled_incidents
from maptools import MAP_IFRAME, open_map, sized_page, wait_idle, wait_total

THAI_CAMBODIAN = bundled_incidents(["thailand-cambodia"])
LINK = "/?conflict=thailand-cambodia"
SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    """A user's machine: every conflict's example claims (the suite keeps Armenia–Azerbaijan's only)."""
    return {EXAMPLES_ENV: None}


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def sidebar(page):
    return page.locator("[data-testid=stSidebar]")


def wait_shown(page, shown: int) -> None:
    # (of the conflict chosen, Thailand–Cambodia, as its Conflict box counts: 8bac15c, walk51)
    page.get_by_text(f"{shown:,} of {len(THAI_CAMBODIAN):,} incidents shown", exact=True).wait_for()


def filtered_line(page) -> str:
    return page.locator("[data-testid=stMarkdownContainer]", has_text="Filtered:").first.inner_text()


def type_date(page, which: str, iso: str) -> None:
    """Type ``iso`` (YYYY-MM-DD) into the date range's ``which`` ("start" or "end") date, segment by segment."""
    for part, text in zip(("year", "month", "day"), iso.split("-"), strict=True):
        sidebar(page).get_by_role("spinbutton", name=f"{part}, Date range {which} date").click()
        page.keyboard.type(text, delay=20)


def choose_side(page, side: str) -> None:
    sidebar(page).get_by_label("Reporting side", exact=True).click()
    page.get_by_role("option", name=side, exact=True).click()
    page.keyboard.press("Escape")


def rows_on_map(page, total: int) -> list[tuple[str, str, str, str]]:
    """The claims the map holds, as (date, place, claimant, reporting side), sorted."""
    frame = page.wait_for_selector(MAP_IFRAME).content_frame()
    wait_total(frame, total)
    rows = frame.evaluate(
        """() => {
            const layer = window.mapdataIncidentLayer, d = layer._data, rows = [];
            for (let i = 0; i < layer.total(); i++) {
                const day = new Date(layer._base + d.day[i] * 86400000).toISOString().slice(0, 10);
                rows.push([day, layer._text("place", i), layer._text("claimant", i), d.sides[d.side[i]]]);
            }
            return rows;
        }"""
    )
    return sorted(tuple(row) for row in rows)


def expected_rows(first: str, last: str, side: str | None = None) -> list[tuple[str, str, str, str]]:
    return sorted(
        (c.date.isoformat(), c.place, c.claimant, c.reporting_side)
        for c in THAI_CAMBODIAN
        if first <= c.date.isoformat() <= last and side in (None, c.reporting_side)
    )


def test_a_range_typed_from_the_first_claims_day_is_in_the_shared_link(page, browser, app_url, outside_requests):
    assert min(c.date for c in THAI_CAMBODIAN).isoformat() == "2025-07-24"
    open_map(page, app_url + LINK)
    wait_shown(page, len(THAI_CAMBODIAN))
    wait_idle(page)
    type_date(page, "start", "2025-07-24")
    type_date(page, "end", "2025-07-31")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]from=2025-07-24&to=2025-07-31(&|$)"))
    wait_idle(page)
    choose_side(page, "Thailand")
    expect(page).to_have_url(re.compile(r"[?&]side=Thailand(&|$)"))
    wanted = expected_rows("2025-07-24", "2025-07-31", "Thailand")
    assert len(wanted) == 2
    wait_shown(page, len(wanted))
    assert query(page) == {
        "conflict": ["thailand-cambodia"],
        "from": ["2025-07-24"],
        "to": ["2025-07-31"],
        "side": ["Thailand"],
    }
    line = filtered_line(page)
    assert "Dates: 2025-07-24 to 2025-07-31" in line and "first claim" not in line
    assert rows_on_map(page, len(wanted)) == wanted
    link = page.url

    with sized_page(browser, 1400, 900) as colleague:  # the link pasted into another browser (no session of ours)
        open_map(colleague, link)
        wait_shown(colleague, len(wanted))
        assert query(colleague)["from"] == ["2025-07-24"]
        assert "Dates: 2025-07-24 to 2025-07-31" in filtered_line(colleague)
        assert rows_on_map(colleague, len(wanted)) == wanted
        dates = [i.input_value() for i in sidebar(colleague).locator("[data-testid=stDateInput] input").all()]
        assert dates == ["2025-07-24", "2025-07-31"]
    assert outside_requests.not_tiles() == []


def test_a_date_before_the_first_claim_is_applied_and_an_impossible_one_says_why(page, app_url):
    open_map(page, app_url + LINK)
    wait_shown(page, len(THAI_CAMBODIAN))
    wait_idle(page)
    type_date(page, "start", "2025-07-20")  # the ceasefire's real dates, before the first claim
    type_date(page, "end", "2025-07-31")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]from=2025-07-20&to=2025-07-31(&|$)"))
    wanted = expected_rows("2025-07-20", "2025-07-31")
    assert len(wanted) == 3
    wait_shown(page, len(wanted))
    assert "Dates: 2025-07-20 to 2025-07-31" in filtered_line(page)
    assert rows_on_map(page, len(wanted)) == wanted
    dates_box = sidebar(page).locator("[data-testid=stDateInput]")
    assert dates_box.locator("[role=alert]").count() == 0  # no error, nothing to hover
    assert dates_box.locator("[data-invalid=true]").count() == 0

    # A year no claim can have: not applied, and the reason is on screen, under the field (no hover).
    wait_idle(page)
    sidebar(page).get_by_role("spinbutton", name="year, Date range start date").click()
    page.keyboard.type("18500720", delay=20)  # as typed: the segments move on by themselves
    page.keyboard.press("Enter")
    alert = dates_box.locator("[role=alert]")
    expect(alert).to_have_text(re.compile(r"outside allowed range.*on or after 1900-01-01"))
    page.mouse.move(800, 450)  # away from the field and its icon
    box, field = alert.bounding_box(), dates_box.locator("[data-testid=stDateInputField]").bounding_box()
    assert box is not None and field is not None
    assert box["width"] >= 150 and box["height"] >= 14, box  # readable, not the 1 px screen-reader box
    assert box["y"] >= field["y"] + field["height"] - 1, (box, field)  # under the field, not over the dates
    hint = sidebar(page).get_by_text("Press Enter or click outside the calendar to apply typed dates.")
    hint_box = hint.bounding_box()
    assert hint_box is not None and hint_box["y"] >= box["y"] + box["height"] - 1, (hint_box, box)  # not covered
    if SHOTS:
        sidebar(page).screenshot(path=f"{SHOTS}/impossible_date.png")
    assert query(page)["from"] == ["2025-07-20"]  # the view stays as it was
    wait_shown(page, len(wanted))
