"""walk48 item 2, the rest: every write a user starts says why when the database refuses it. The
Gazetteer's "Save as alias" and "Save as a new place" (and its resolve, dismiss and remove buttons)
called the store bare: on a read-only database (or a locked one) its StoreError came out as a
traceback. They now say "Nothing was saved: …" under the button, and the page goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from mapdata.store import Store
from maptools import look_up_name, main, wait_idle


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database made (with the suite's example claims) before the app opens it read-only."""
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    Store(path)
    return path


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    return {"MAPDATA_DB_READONLY": "1"}


def refused(page) -> None:
    """The page says the write was refused, and why, with no traceback."""
    message = main(page).get_by_text("Nothing was saved:")
    expect(message).to_be_visible()
    assert "read-only" in message.inner_text()
    assert page.locator("[data-testid=stException]").count() == 0, main(page).inner_text()[:2000]


def test_saving_an_alias_on_a_read_only_database_says_why(page, app_url, outside_requests):
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Zod", "Sotk")
    wait_idle(page)
    page.get_by_role("button", name="Save as alias").click()
    refused(page)
    expect(page.get_by_text("Saved: “Zod”")).to_have_count(0)


def test_saving_a_new_place_on_a_read_only_database_says_why(page, app_url, outside_requests):
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Zodk", "Not found")
    wait_idle(page)
    page.get_by_label("Latitude", exact=True).fill("40.2")
    page.get_by_label("Longitude", exact=True).fill("45.9")
    page.get_by_label("Where the coordinates come from").fill("a ministry map of May 2023")
    page.get_by_label("Where the coordinates come from").press("Tab")
    wait_idle(page)
    page.get_by_role("button", name="Save as a new place").click()
    refused(page)
    expect(page.get_by_text("Saved: “Zodk”")).to_have_count(0)
    assert outside_requests.not_tiles() == []
