"""A shared link to a page other than the map, opened first on a server just started: the app's own
menu (the links that keep the filters) is there, Streamlit's default page list is not, and the
link's filters apply. With the pages in a folder named ``pages/``, Streamlit ran such a first
request as a stand-alone page of that folder: no menu of ours, its own list with an "app" entry."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


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
