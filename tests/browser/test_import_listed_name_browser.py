"""walk44 in a real browser: the same sheet read again after an import listed its unknown place name. The
page offered "List “X” on the Gazetteer page" again; now it says the name is listed there already and its
link opens the Gazetteer page's Unresolved places on that name. The row's "small arms fire" is read as
"small-arms fire" (it rejected the row once the name was placed)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import wait_idle

SHEET = (
    "date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
    "2021-03-02,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    "2021-03-04,Qwxzzlebrook,,,AM,Armenian MoD,Armenia,Azerbaijan,small arms fire,My notes\n"
)
BOX = "Place rows without coordinates by their place name"


def read(page, sheet) -> None:
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(sheet))
    page.get_by_text("Format: Ceasefire map CSV").wait_for(timeout=120_000)
    page.get_by_role("checkbox", name=BOX).check(force=True)  # its label covers the input
    page.get_by_text("“Qwxzzlebrook”").first.wait_for(timeout=120_000)
    wait_idle(page)


def test_a_name_listed_by_an_earlier_import_is_not_offered_again(page, app_url, app_db, tmp_path, outside_requests):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    page.goto(f"{app_url}/Import")
    read(page, sheet)
    expect(page.get_by_text("event_type")).to_have_count(0)  # "small arms fire" is a known event type
    page.get_by_role("button", name="Import 1 row", exact=True).click()
    page.get_by_text("1 place name could not be placed").wait_for(timeout=120_000)
    read(page, sheet)
    page.get_by_text("listed on the Gazetteer page (“Unresolved places”) already").wait_for(timeout=60_000)
    expect(page.get_by_role("button", name="List “Qwxzzlebrook” on the Gazetteer page")).to_have_count(0)
    page.get_by_role("link", name="Place it on the Gazetteer page").click()
    expect(page.get_by_role("tab", name="Unresolved places (1)")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("combobox", name="Resolve")).to_have_value("Qwxzzlebrook")
    assert [i.place for i in Store(app_db).incidents() if i.place == "Vardenis" and i.date.day == 2]
