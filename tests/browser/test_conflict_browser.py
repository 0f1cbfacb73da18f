"""Switching conflicts in headless Chromium: the sidebar box redraws the map with that conflict's claims,
colours and legend, the URL keeps the choice, and a link opens on it."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

from mapdata.profiles import default_catalog
from mapdata.store import Store
from maptools import MAP_IFRAME
from tests.factories import make_india_claim

INDIA = default_catalog().require("india-pakistan").party("India")


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled claims (one conflict) plus one claim of India–Pakistan."""
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    Store(path).save([make_india_claim(id="manual:poonch-browser")])
    return path


def wait_total(page, total: int):
    """The map once it draws ``total`` claims. A new conflict is a new base map, so the component
    remounts and for a moment the old map's frame is still on the page: find the one that drew."""
    index = page.wait_for_function(
        """([selector, total]) => {
            const frames = [...document.querySelectorAll(selector)];
            const found = frames.findIndex((f) =>
                f.contentDocument?.querySelector(`.leaflet-container[data-incidents-total="${total}"]`));
            return found >= 0 ? String(found) : null;
        }""",
        arg=[MAP_IFRAME, total],
    ).json_value()
    return page.frame_locator(f"{MAP_IFRAME} >> nth={index}")


def choose_conflict(page, label: str) -> None:
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.locator("[data-testid=stSelectbox]").filter(has_text="Conflict").click()
    page.get_by_role("option", name=label).click()


def test_choosing_a_conflict_redraws_the_map_with_its_claims_and_colours(page, app_url, outside_requests):
    page.goto(app_url)
    wait_total(page, 19)
    page.get_by_text("19 of 19 incidents shown").wait_for()

    choose_conflict(page, "India–Pakistan (1)")
    page.get_by_text("1 of 1 incident shown").wait_for()  # of the conflict chosen (walk51: of 19, the database)
    page.wait_for_url("**conflict=india-pakistan**")
    frame = wait_total(page, 1)
    legend = page.locator("[data-testid=stMain] details.mapdata-legend").text_content()  # beside the map, folded
    assert "India" in legend and "Armenia" not in legend
    assert frame.locator(f".leaflet-overlay-pane path[fill='{INDIA.colour}']").count() == 1

    choose_conflict(page, "All conflicts (19)")
    page.get_by_text("19 of 19 incidents shown").wait_for()
    wait_total(page, 19)
    assert "conflict=" not in page.url
    assert outside_requests.not_tiles() == []


def test_a_link_opens_on_its_conflict(page, app_url, outside_requests):
    page.goto(f"{app_url}/?conflict=armenia-azerbaijan")
    page.get_by_text("18 of 18 incidents shown").wait_for()  # of the conflict (walk51: of 19)
    wait_total(page, 18)
    assert outside_requests.not_tiles() == []
