"""walk40 item 10 in a real browser: a row of a Thailand–Cambodia sheet names a place the gazetteer lacks and
has no coordinates. The Import page names the box that places rows by name (and ticks it); after the import
it says the row was left out and leads to the Gazetteer page, whose pick map opens on Thailand and Cambodia;
placing the name says how to bring the row in, and doing so imports it.

Before: "Row 3 · latitude: is required", the pick map on Armenia and Azerbaijan, and only "Resolved: …".
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.profiles import default_catalog
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, wait_idle

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set
SHEET = (
    "conflict,date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
    "thailand-cambodia,2025-07-24,Ta Muen Thom,14.349,103.264,TH,Thai army,Thailand,Cambodia,shelling,My notes\n"
    "thailand-cambodia,2025-07-26,Phu Makhuea,,,TH,Thai army,Thailand,Cambodia,drone strike,My notes\n"
)


def shot(page, name: str) -> None:
    """The whole page (Streamlit scrolls inside its main block: the window is made as tall for the shot)."""
    if not SHOTS:
        return
    size = page.viewport_size
    height = page.evaluate("() => document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(max(height, size["height"]), 6000)})
    page.wait_for_timeout(500)
    page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))
    page.set_viewport_size(size)


def upload(page, sheet: Path) -> None:
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(sheet))
    page.get_by_text("Format: Ceasefire map CSV").wait_for(timeout=120_000)


def test_a_row_placed_by_name_after_the_import_is_brought_in(page, app_url, app_db, tmp_path, outside_requests):
    sheet = tmp_path / "th_kh.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    page.goto(f"{app_url}/Import")
    upload(page, sheet)
    page.get_by_text("no coordinates, and placing rows by their place name is off").wait_for()
    hint = page.get_by_text("1 row (row 3) names a place but has no coordinates")
    expect(hint).to_contain_text("Place rows without coordinates by their place name")
    shot(page, "unplaced-hint")
    page.get_by_role("button", name="Place them by their place name").click()
    expect(page.get_by_role("checkbox", name="Place rows without coordinates by their place name")).to_be_checked()
    page.get_by_text("Not in the gazetteer: “Phu Makhuea”").wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Import 1 row", exact=True).click()
    told = page.get_by_text("1 place name could not be placed, so the row that names it was not imported")
    told.wait_for(timeout=120_000)
    expect(told).to_contain_text("import th_kh.csv again")
    assert [i.place for i in Store(app_db).incidents() if i.conflict == "thailand-cambodia"] == ["Ta Muen Thom"]
    shot(page, "unplaced-imported")

    page.get_by_role("link", name="Place it on the Gazetteer page").click()
    # walk42 item 3: the link opens Unresolved places on the name (it opened "Look up a name")
    expect(page.get_by_role("tab", name="Unresolved places (1)")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("combobox", name="Resolve")).to_have_value("Phu Makhuea")
    panel = page.get_by_role("tabpanel").filter(has_text="Place “Phu Makhuea” at coordinates")
    conflict = panel.get_by_role("combobox", name=re.compile(r"^Conflict"))
    expect(conflict).to_have_value("Thailand–Cambodia")  # from the import's note of the name
    frame = panel.locator(MAP_IFRAME).element_handle(timeout=60_000).content_frame()
    frame.wait_for_selector(".leaflet-container", timeout=60_000)
    frame.wait_for_function("() => window.map && window.map.getCenter()")
    page.wait_for_timeout(500)  # fitted to the conflict's area once laid out
    center = frame.evaluate("() => { const c = window.map.getCenter(); return [c.lat, c.lng]; }")
    assert default_catalog()["thailand-cambodia"].extent.contains(*center), center  # not Armenia (39.95, 45.85)
    shot(page, "unplaced-gazetteer")

    panel.get_by_label("Latitude").fill("14.37")
    panel.get_by_label("Longitude").fill("104.64")
    source = panel.get_by_label("Where the coordinates come from")
    source.fill("my own map")
    source.press("Tab")
    wait_idle(page)
    panel.get_by_role("button", name="Place it at these coordinates").click()
    page.get_by_text("Resolved: “Phu Makhuea” placed at 14.37000, 104.64000").wait_for(timeout=60_000)
    then = page.get_by_text("The rows of th_kh.csv that named it were not imported")
    expect(then).to_contain_text("import th_kh.csv again on the Import page")
    # still on the tab used (it went back to "Look up a name")
    expect(page.get_by_role("tab", name="Unresolved places (0)")).to_have_attribute("aria-selected", "true")
    shot(page, "unplaced-placed")

    page.get_by_role("link", name="Go to Import").click()
    page.get_by_role("heading", name="Import incidents").wait_for()  # (the Gazetteer page has an uploader too)
    wait_idle(page)
    upload(page, sheet)
    # walk42 item 2: the box comes ticked, as the Gazetteer page said to import (it came unticked)
    expect(page.get_by_role("checkbox", name="Place rows without coordinates by their place name")).to_be_checked()
    page.get_by_role("button", name="Import 1 row", exact=True).wait_for(timeout=60_000)
    wait_idle(page)
    page.get_by_role("button", name="Import 1 row", exact=True).click()
    page.get_by_text("1 new, 0 updated, 1 unchanged").wait_for(timeout=120_000)
    placed = [i for i in Store(app_db).incidents() if i.place == "Phu Makhuea"]
    assert [(i.latitude, i.longitude) for i in placed] == [(14.37, 104.64)]
    assert outside_requests.not_tiles() == []
