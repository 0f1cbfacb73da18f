"""Gazetteer → Aliases in headless Chromium: each alias is listed with the conflict it applies in ("Hill 1234",
placed by a click while reading an Israel–Lebanon report: Israel–Lebanon; an alias of before: all conflicts),
and removing one by its name and conflict removes that one only. Round 43: an alias was global, listed with no
conflict, and placed an Armenia–Azerbaijan report's "Hill 1234" in south Lebanon."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.geo.placebook import PlaceBook, user_place
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import click_tab, wait_idle

HILL = "Hill 1234"
OLD = "Zzyxkhok post"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    book = PlaceBook(Store(path))
    # as Add report remembers a name the reader clicked the map for, in an Israel–Lebanon report
    assert book.remember_placed_name(HILL, 33.2721, 35.5012, conflict="israel-lebanon") is not None
    book.save_alias(OLD, user_place(OLD, 40.3, 45.6, source="my notes"))  # saved with no conflict
    return path


def _cells(panel) -> list[str]:
    grid = panel.locator("[data-testid=stDataFrame]").first
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    return [(c.text_content() or "").strip() for c in grid.locator("[role=gridcell]").all()]


def test_aliases_are_listed_with_their_conflict_and_removed_one_by_one(page, app_url, app_db) -> None:
    page.goto(f"{app_url}/Gazetteer")
    click_tab(page, "Aliases")
    wait_idle(page)
    panel = page.get_by_role("tabpanel").filter(has_text="Remove an alias")
    cells = _cells(panel)
    assert "Israel–Lebanon" in cells and "all conflicts" in cells, cells

    panel.locator("[data-testid=stSelectbox]").filter(has_text="Remove an alias").click()
    page.get_by_role("option", name=f"{HILL} (Israel–Lebanon)", exact=True).click()
    wait_idle(page)
    panel.get_by_role("button", name="Remove alias").click()
    page.get_by_text(f"Removed the alias “{HILL} (Israel–Lebanon)”").wait_for()
    wait_idle(page)
    rows = PlaceBook(Store(app_db)).alias_rows()
    assert [(r["name"], r["conflict"]) for r in rows] == [(OLD, None)]
    click_tab(page, "Aliases")
    wait_idle(page)
    cells = _cells(page.get_by_role("tabpanel").filter(has_text="Remove an alias"))
    assert "all conflicts" in cells and HILL not in cells and "Israel–Lebanon" not in cells, cells
    expect(page.locator("[data-testid=stException]")).to_have_count(0)
