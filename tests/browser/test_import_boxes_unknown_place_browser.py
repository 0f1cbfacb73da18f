"""walk41 on the Import page, in a real browser.

1. The summary boxes count what the import button writes: a sheet of one new claim and two look-alikes of
   stored claims showed "New 3" over "Import 1 row (2 look-alikes skipped)"; now "New 1" and "Look-alikes
   skipped 2", and every row read is in one box.
2. A file whose only row names a place the gazetteer does not know (no coordinates) said "Nothing to
   import", and the Gazetteer page's Unresolved places stayed 0: now the page names the place, lists it on
   the Gazetteer page with one click, says how to bring the row in, and the name is there to be placed.
3. review41: with "All or nothing" ticked, a file of an unknown place and a good row still said "Importing
   lists it on the Gazetteer page" over a disabled import button, and offered no button to list it: now the
   page says the row cannot be imported and the button lists the name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.geo.placebook import PlaceBook
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import click_tab, wait_idle

HEADER = "date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
# Two look-alikes of bundled claims (same claimant, day and place) and one new claim.
LOOKALIKES = (
    HEADER + "2023-05-12,Sotk,40.20007,45.86951,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    "2023-05-12,Sotk-Kalbajar border,40.15,45.95,AZ,Azerbaijani MoD,Azerbaijan,Armenia,shelling,My notes\n"
    "2021-03-02,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
)
UNKNOWN = HEADER + "2021-03-04,Qwxzzlebrook,,,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"


def upload(page, app_url: str, sheet: Path) -> None:
    page.goto(f"{app_url}/Import")
    page.get_by_role("heading", name="Import incidents").wait_for(timeout=120_000)
    wait_idle(page)
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(sheet))
    page.get_by_text("Format: Ceasefire map CSV").wait_for(timeout=120_000)
    wait_idle(page)


def upload_placing(page, app_url: str, tmp_path: Path, name: str, text: str) -> None:
    """Upload ``text`` as the file ``name`` and press the button that places its rows by their place name."""
    sheet = tmp_path / name
    sheet.write_text(text, encoding="utf-8")
    upload(page, app_url, sheet)
    page.get_by_role("button", name="Place them by their place name").click()


def boxes(page) -> dict[str, str]:
    metrics = page.locator("[data-testid=stMetric]")
    return {
        metrics.nth(i).locator("[data-testid=stMetricLabel]").inner_text().strip(): metrics.nth(i)
        .locator("[data-testid=stMetricValue]")
        .inner_text()
        .strip()
        for i in range(metrics.count())
    }


def test_the_boxes_add_up_to_what_the_button_imports(page, app_url, app_db, tmp_path, outside_requests):
    sheet = tmp_path / "lookalikes.csv"
    sheet.write_text(LOOKALIKES, encoding="utf-8")
    upload(page, app_url, sheet)
    button = page.get_by_role("button", name="Import 1 row (2 look-alikes skipped)", exact=True)
    button.wait_for(timeout=60_000)
    assert boxes(page) == {  # walk41: "New 3"
        "Rows": "3",
        "New": "1",
        "Updated": "0",
        "Look-alikes skipped": "2",
        "Unchanged": "0",
        "Rejected": "0",
    }
    page.get_by_text("Keep both", exact=False).first.click()
    page.get_by_role("button", name="Import 3 rows", exact=True).wait_for(timeout=60_000)
    wait_idle(page)
    assert boxes(page)["New"] == "3" and "Look-alikes skipped" not in boxes(page)
    assert outside_requests.not_tiles() == []


def test_a_file_of_one_unknown_place_leads_to_the_gazetteer(page, app_url, app_db, tmp_path, outside_requests):
    before = Store(app_db).count()
    upload_placing(page, app_url, tmp_path, "unknown.csv", UNKNOWN)
    said = page.get_by_text("Not in the gazetteer: “Qwxzzlebrook”, so the row that names it cannot be imported")
    said.wait_for(timeout=120_000)
    expect(said).to_contain_text("List it on the Gazetteer page")
    wait_idle(page)
    page.get_by_role("button", name="List “Qwxzzlebrook” on the Gazetteer page").click()
    told = page.get_by_text("“Qwxzzlebrook” is now listed on the Gazetteer page")
    told.wait_for(timeout=60_000)
    expect(told).to_contain_text("import unknown.csv again")
    page.get_by_role("link", name="Place it on the Gazetteer page").click()
    page.get_by_role("heading", name="Gazetteer").wait_for(timeout=60_000)
    wait_idle(page)
    click_tab(page, "Unresolved places (1)")  # walk41: "Unresolved places (0)"
    panel = page.get_by_role("tabpanel").filter(has_text="Place “Qwxzzlebrook” at coordinates")
    panel.wait_for(timeout=60_000)
    expect(panel.get_by_role("combobox", name="Resolve")).to_have_value("Qwxzzlebrook")
    assert Store(app_db).count() == before
    assert outside_requests.not_tiles() == []


GOOD_AND_UNKNOWN = (
    HEADER + "2021-03-04,Wobblethorpe Qx,,,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    "2021-03-02,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
)


def test_all_or_nothing_ticked_still_leads_to_the_gazetteer(page, app_url, app_db, tmp_path, outside_requests):
    before = Store(app_db).count()
    upload_placing(page, app_url, tmp_path, "good_and_unknown.csv", GOOD_AND_UNKNOWN)
    page.get_by_text("Importing lists it on the Gazetteer page").wait_for(timeout=120_000)
    page.get_by_role("button", name="Import 1 row", exact=True).wait_for(timeout=60_000)
    wait_idle(page)
    page.get_by_text("All or nothing: import nothing if any row is rejected").click()
    said = page.get_by_text("Not in the gazetteer: “Wobblethorpe Qx”, so the row that names it cannot be imported")
    said.wait_for(timeout=60_000)  # review41: "Importing lists it …" over a disabled button
    expect(said).to_contain_text("List it on the Gazetteer page (“Unresolved places”) with the button below")
    expect(page.get_by_text("Importing lists it on the Gazetteer page")).to_have_count(0)
    expect(page.get_by_role("button", name="Nothing to import (all or nothing)", exact=True)).to_be_disabled()
    wait_idle(page)
    page.get_by_role("button", name="List “Wobblethorpe Qx” on the Gazetteer page").click()
    page.get_by_text("“Wobblethorpe Qx” is now listed on the Gazetteer page").wait_for(timeout=60_000)
    assert "Wobblethorpe Qx" in [place.name for place in PlaceBook(Store(app_db)).unresolved()]
    assert Store(app_db).count() == before
    assert outside_requests.not_tiles() == []
