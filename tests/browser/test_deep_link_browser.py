"""A shared link to a page other than the map, opened first on a server just started: the app's own
menu (the links that keep the filters) is there, Streamlit's default page list is not, and the
link's filters apply. With the pages in a folder named ``pages/``, Streamlit ran such a first
request as a stand-alone page of that folder: no menu of ours, its own list with an "app" entry."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

from maptools import wait_idle


def test_a_deep_link_is_the_first_request_the_server_sees(page, app_url, outside_requests):
    page.goto(f"{app_url}/Table?conflict=armenia-azerbaijan&side=Azerbaijan")
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.locator("[data-testid=stPageLink]").first.wait_for()
    assert sidebar.locator("[data-testid=stPageLink]").all_inner_texts() == [
        "Map",
        "Timeline",
        "Table",
        "Add report",
        "Import",
        "Gazetteer",
        "Settings",
    ]
    assert sidebar.locator("[data-testid=stSidebarNav]").count() == 0
    page.get_by_text("of 18 incidents shown").first.wait_for()
    shown = sidebar.get_by_text("incidents shown").inner_text()
    assert not shown.startswith("18 of"), shown  # the link's side filter applies
    assert outside_requests.not_tiles() == []


@pytest.mark.parametrize(
    ("typed", "heading", "path"),
    [
        ("Map", "Ceasefire Incident Map", ""),  # the Map page is served at "/", its name was no address
        ("map", "Ceasefire Incident Map", ""),
        ("table", "Incidents table", "Table"),  # Streamlit matches a page's address by case
        ("add_report", "Add a report", "Add_report"),
    ],
)
def test_a_page_typed_by_its_name_or_in_lower_case_opens_with_the_links_filters(
    page, app_url, outside_requests, typed, heading, path
):
    # Seen before: "Page not found. The page that you have requested does not seem to exist", then the Map page.
    page.goto(f"{app_url}/{typed}?side=Azerbaijan&side=Armenia&from=2023-01-01")
    page.locator("h1", has_text=heading).wait_for()
    wait_idle(page)
    # Served at the address typed, no switch to another (a history entry Back landed on, e144d3f).
    assert page.url == f"{app_url}/{typed}?side=Azerbaijan&side=Armenia&from=2023-01-01"
    assert "Page not found" not in page.locator("body").inner_text()
    links = page.locator("[data-testid=stSidebar] [data-testid=stPageLink] a")
    assert links.first.get_attribute("href").endswith("?from=2023-01-01&side=Azerbaijan&side=Armenia")
    if path in ("", "Table"):  # a page with the filters: the link's apply
        sidebar = page.locator("[data-testid=stSidebar]")
        assert not sidebar.get_by_text("incidents shown").inner_text().startswith("18 of")
    assert outside_requests.not_tiles() == []


def test_back_from_a_lower_case_address_goes_to_the_page_before(page, app_url):
    # The alias page switched to /Table, a history entry of its own: Back landed on /table, which
    # switched forward to /Table again, and the page before could not be reached with Back.
    page.goto(f"{app_url}/Timeline?side=Armenia")
    page.locator("h1", has_text="Timeline").wait_for()
    wait_idle(page)
    page.goto(f"{app_url}/table?side=Azerbaijan")
    page.locator("h1", has_text="Incidents table").wait_for()
    wait_idle(page)
    page.go_back()
    page.wait_for_url(f"{app_url}/Timeline?side=Armenia", timeout=20_000)
    page.locator("h1", has_text="Timeline").wait_for()
    wait_idle(page)
    assert page.url == f"{app_url}/Timeline?side=Armenia"
    assert page.locator("h1", has_text="Incidents table").count() == 0


def test_the_menu_marks_the_page_shown_at_a_lower_case_address(page, app_url):
    # Seen after e56dde9: at /table the menu left "Table" unmarked (it marks /Table's)
    page.goto(f"{app_url}/table?side=Azerbaijan")
    page.locator("h1", has_text="Incidents table").wait_for()
    wait_idle(page)
    page.mouse.move(0, 0)  # (a hovered link has a shade of its own)
    links = page.locator("[data-testid=stSidebar] [data-testid=stPageLink] a")
    shade: dict[str, str] = {}
    for _ in range(20):  # the menu may still be drawing its links (failed once in three runs, walk9)
        shade = {
            links.nth(i).inner_text().strip(): links.nth(i).evaluate("e => getComputedStyle(e).backgroundColor")
            for i in range(links.count())
        }
        if {"Table", "Map"} <= shade.keys() and shade["Table"] != shade["Map"] and len(set(shade.values())) == 2:
            break
        page.wait_for_timeout(500)
    assert shade["Table"] != shade["Map"] and len(set(shade.values())) == 2, shade


def test_an_unknown_address_lands_on_the_map_with_a_note_and_keeps_the_filters(page, app_url, outside_requests):
    # walk9: "/Nope" showed Streamlit's "Page not found" dialog over the map, which hid the page
    # until closed and did not say where the user was.
    page.goto(f"{app_url}/Nope?side=Azerbaijan&from=2023-01-01")
    page.locator("h1", has_text="Ceasefire Incident Map").wait_for()
    wait_idle(page)
    page.get_by_text("There is no page at /Nope").wait_for()
    assert "Page not found" not in page.locator("body").inner_text()
    assert page.get_by_role("dialog").count() == 0
    assert page.url == f"{app_url}/?side=Azerbaijan&from=2023-01-01"
    sidebar = page.locator("[data-testid=stSidebar]")
    assert not sidebar.get_by_text("incidents shown").inner_text().startswith("18 of")  # the filters apply
    assert outside_requests.not_tiles() == []


@pytest.mark.parametrize("path", ["", "Table"])
def test_a_links_value_no_filter_takes_is_named_not_dropped_in_silence(page, app_url, outside_requests, path):
    # walk9: "?from=2020-13-45" showed every claim, with no word that the date was not read.
    page.goto(f"{app_url}/{path}?from=2020-13-45&side=Narnia&side=Azerbaijan")
    note = page.get_by_text("Not read from the address:")
    note.wait_for()
    wait_idle(page)
    assert "from=2020-13-45 (not a date: YYYY-MM-DD)" in note.inner_text()
    assert "side=Narnia (no such reporting side)" in note.inner_text()
    sidebar = page.locator("[data-testid=stSidebar]")
    assert not sidebar.get_by_text("incidents shown").inner_text().startswith("18 of")  # side=Azerbaijan applies
    assert outside_requests.not_tiles() == []
