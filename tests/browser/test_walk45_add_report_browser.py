"""Add report in headless Chromium, walk45's findings:

- item 4: going to Map and back keeps the report's text and publication date with the proposals they
  produced (the form came back empty under the proposals);
- item 6: a publication date that is not one is said under its field, in view in a 900 px window (it was said
  under the button, at the window's bottom edge);
- item 12: a row placed by a place picked from the list says so (it said "click the map again");
- item 19: a day and month without a year and no publication date: the warning says the year is missing and
  asks for the publication date (it said "No date could be read").
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import propose_report, sized_page, wait_idle

DATED = """published: 2026-12-04
outlet: Walk45 Wire

On 3 December, Armenia's Defence Ministry said Azerbaijani units fired mortars at Armenian positions near Sotk overnight, wounding one contract soldier.
"""
ORIKHOV = """On 2 December, Ukraine's General Staff said Russian forces shelled Orikhiv with artillery, wounding three civilians.
Russia's defence ministry said Ukrainian drones attacked its positions near Tokmak on 2 December.
On 3 December, Ukrainian officials said a guided bomb hit a school in Orikhov, killing one teacher.
"""
NO_YEAR = (
    "On 5 December, Armenia's Defence Ministry said Azerbaijani forces fired mortars at Armenian positions near Sotk."
)


def _proposed(page, app_url: str, text: str, count: int) -> None:
    page.goto(f"{app_url}/Add_report")
    propose_report(page, text)
    page.get_by_text(f"{count:d} proposed {'incident' if count == 1 else 'incidents'}").wait_for(timeout=300_000)
    wait_idle(page)


def test_the_form_is_kept_with_its_proposals_after_a_visit_to_the_map(browser, app_url) -> None:
    with sized_page(browser, 1400, 900) as page:
        page.goto(f"{app_url}/Add_report")
        box = page.get_by_label("Report text")
        box.fill(DATED)
        box.press("Control+Enter")
        # the date read from the text's header is in its field before Propose sends the form
        expect(page.get_by_role("textbox", name="Publication date (YYYY-MM-DD)")).to_have_value("2026-12-04")
        page.get_by_role("button", name="Propose incidents").click()
        page.get_by_text("1 proposed incident").wait_for(timeout=300_000)
        wait_idle(page)
        page.locator("[data-testid=stSidebar]").get_by_role("link", name="Map", exact=True).click()
        wait_idle(page)
        page.locator("[data-testid=stSidebar]").get_by_role("link", name="Add report", exact=True).click()
        wait_idle(page)
        expect(page.get_by_text("1 proposed incident")).to_be_visible()
        expect(page.get_by_label("Report text")).to_have_value(DATED)
        expect(page.get_by_role("textbox", name="Publication date (YYYY-MM-DD)")).to_have_value("2026-12-04")
        expect(page.get_by_role("textbox", name="Outlet")).to_have_value("Walk45 Wire")


def test_a_date_that_is_not_one_is_said_under_its_field_in_view(browser, app_url) -> None:
    with sized_page(browser, 1400, 900) as page:
        page.goto(f"{app_url}/Add_report")
        propose_report(page, NO_YEAR)
        wait_idle(page)
        field = page.get_by_role("textbox", name="Publication date (YYYY-MM-DD)")
        field.fill("2026-02-30")
        field.press("Enter")
        page.get_by_role("button", name="Propose incidents").click()
        wait_idle(page)
        said = page.get_by_text("Publication date 2026-02-30 is not a date")
        expect(said).to_have_count(1)
        field_box, said_box = field.bounding_box(), said.bounding_box()
        assert field_box and said_box
        assert field_box["y"] < said_box["y"] < field_box["y"] + 200, (field_box, said_box)  # right under the field
        assert said_box["y"] + said_box["height"] < 900, said_box  # in view without scrolling


def test_a_row_placed_from_the_list_says_so(browser, app_url) -> None:
    with sized_page(browser, 420, 900) as page:
        _proposed(page, app_url, ORIKHOV, 3)
        boxes = page.locator("[data-testid=stSelectbox]")
        said = [boxes.nth(n).inner_text() for n in range(boxes.count())]
        box = boxes.filter(has_text="Row 3:")
        assert box.count() == 1, said
        combo = box.get_by_role("combobox")
        combo.scroll_into_view_if_needed()
        combo.click()
        combo.fill("Orikhiv")  # the list filtered to the place meant, as typed
        options = page.get_by_role("option")
        options.first.wait_for()
        assert "Orikhiv (" in options.first.inner_text(), (said, options.all_inner_texts())
        options.first.click()
        wait_idle(page)
        expect(page.get_by_text("picked from the list").first).to_be_visible()
        expect(page.get_by_text("click the map again")).to_have_count(0)


def test_a_day_without_its_year_asks_for_the_publication_date(browser, app_url) -> None:
    with sized_page(browser, 1400, 900) as page:
        _proposed(page, app_url, NO_YEAR, 1)
        expect(page.get_by_text("No date could be read")).to_have_count(0)
        expect(page.get_by_text("the day and month (“5 December”) were read but not the year").first).to_be_visible()
