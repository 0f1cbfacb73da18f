"""walk44 item 18: at a phone's 420 px, a page chosen in the sidebar's page list opened under the
sidebar, which stayed open over it: the user saw the menu, not the page. Streamlit lays the sidebar
over the page below 768 px; a page chosen there now closes it (as Streamlit's own page list does on a
phone), the filters kept in the address and in the sidebar's widgets. In a wide window, where the
sidebar is beside the page, it stays open."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import sized_page, wait_idle

SIDEBAR = "section[data-testid=stSidebar]"


def _open_sidebar(page) -> None:
    sidebar = page.locator(SIDEBAR)
    if sidebar.get_attribute("data-collapsed") == "true":
        page.get_by_test_id("stExpandSidebarButton").click()
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    expect(sidebar.get_by_role("link", name="Table", exact=True)).to_be_in_viewport()


def _choose_page(page, app_url: str, name: str, path: str) -> None:
    page.locator(SIDEBAR).get_by_role("link", name=name, exact=True).click()
    page.wait_for_url(re.compile(re.escape(app_url + path) + r"\?"))


def _expect_side_chip(page, side: str) -> None:
    """The sidebar's Reporting side shows ``side`` chosen (its chip), once drawn."""
    box = page.locator(SIDEBAR).locator("[data-testid=stMultiSelect]", has_text="Reporting side")
    expect(box.locator("[data-tag] span[title]")).to_have_text([side])


def _seen(page, heading: str) -> bool:
    """Whether the page's heading is what the window shows at its centre (not under the sidebar)."""
    return page.get_by_role("heading", name=heading, exact=True).evaluate(
        """h => { const r = h.getBoundingClientRect();
                  const at = document.elementFromPoint(r.left + Math.min(r.width, 120) / 2, r.top + r.height / 2);
                  return r.width > 0 && at !== null && h.contains(at); }"""
    )


def test_at_420_px_a_page_chosen_in_the_sidebar_is_shown_with_the_sidebar_closed(browser, app_url):
    with sized_page(browser, 420, 860) as page:
        page.goto(f"{app_url}/Timeline?side=Armenia")
        page.get_by_role("heading", name="Timeline", exact=True).wait_for(timeout=120_000)
        sidebar = page.locator(SIDEBAR)
        expect(sidebar).to_have_attribute("data-collapsed", "true")  # a phone opens on the page
        _open_sidebar(page)
        _expect_side_chip(page, "Armenia")

        _choose_page(page, app_url, "Table", "/Table")
        expect(sidebar).to_have_attribute("data-collapsed", "true")  # before: "false", over the Table
        page.get_by_role("heading", name="Incidents table", exact=True).wait_for()
        wait_idle(page)
        assert _seen(page, "Incidents table")
        assert parse_qs(urlparse(page.url).query)["side"] == ["Armenia"]

        # The filters still work from the sidebar opened again: the chip is there, a choice is carried on
        _open_sidebar(page)
        _expect_side_chip(page, "Armenia")
        sidebar.get_by_label("Search place, claimant, source, summary", exact=True).fill("Sotk")
        sidebar.get_by_label("Search place, claimant, source, summary", exact=True).press("Enter")
        page.wait_for_url(re.compile(r"[?&]q=Sotk"))
        wait_idle(page)
        expect(sidebar).to_have_attribute("data-collapsed", "false")  # a filter changed is no page chosen

        _choose_page(page, app_url, "Timeline", "/Timeline")
        expect(sidebar).to_have_attribute("data-collapsed", "true")
        page.get_by_role("heading", name="Timeline", exact=True).wait_for()
        wait_idle(page)
        assert _seen(page, "Timeline")
        query = parse_qs(urlparse(page.url).query)
        assert query["side"] == ["Armenia"] and query["q"] == ["Sotk"], page.url
        _open_sidebar(page)
        _expect_side_chip(page, "Armenia")
        expect(sidebar.get_by_label("Search place, claimant, source, summary", exact=True)).to_have_value("Sotk")


def test_in_a_wide_window_the_sidebar_stays_open_beside_the_page_chosen(browser, app_url):
    with sized_page(browser, 1280, 900) as page:
        page.goto(f"{app_url}/Timeline?side=Armenia")
        page.get_by_role("heading", name="Timeline", exact=True).wait_for(timeout=120_000)
        sidebar = page.locator(SIDEBAR)
        expect(sidebar).to_have_attribute("data-collapsed", "false")
        _choose_page(page, app_url, "Table", "/Table")
        page.get_by_role("heading", name="Incidents table", exact=True).wait_for()
        wait_idle(page)
        expect(sidebar).to_have_attribute("data-collapsed", "false")
        assert _seen(page, "Incidents table")
