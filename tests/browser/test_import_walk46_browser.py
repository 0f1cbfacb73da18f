"""walk46 on the Import page in a real browser: a row naming "Verin Karmiraghbyur Hill" is not placed at the
village (it was, "exact", Rejected 0); the other row, placed by name and imported, is stored already when the same
file comes again with the box unticked (it was "Rejected 1 … placing rows by their place name is off"); a story
saved as .csv is told its first line is no header (it was told its whole first line, lower-cased, as columns)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import wait_idle

SHEET = (
    "id,conflict,date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
    "h1,armenia-azerbaijan,2025-07-24,Verin Karmiraghbyur Hill,,,AM,Armenian MoD,Armenia,Azerbaijan,shelling,notes\n"
    "n1,armenia-azerbaijan,2025-07-25,Nerkin Karmiraghbyur,,,AM,Armenian MoD,Armenia,Azerbaijan,shelling,notes\n"
)
STORY = (
    "On 14 November 2025, the Armenian Ministry of Defence said that Azerbaijani forces opened fire on Armenian "
    "positions near the village of Tegh in the Syunik province overnight.\nNo one was hurt, the ministry said.\n"
)
BOX = "Place rows without coordinates by their place name"


def upload(page, path) -> None:
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(path))


def box(page, label: str):
    return page.locator("[data-testid=stMetric]").filter(has_text=label).locator("[data-testid=stMetricValue]")


def test_a_hill_is_not_its_village_and_a_placed_row_is_stored_already(page, app_url, app_db, tmp_path) -> None:
    sheet = tmp_path / "hill.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    page.goto(f"{app_url}/Import")
    upload(page, sheet)
    page.get_by_text("Format: Ceasefire map CSV").wait_for(timeout=120_000)
    page.get_by_role("button", name="Place them by their place name").click()
    expect(page.get_by_role("checkbox", name=BOX)).to_be_checked()
    page.get_by_text("Not in the gazetteer: “Verin Karmiraghbyur Hill”").wait_for(timeout=120_000)
    expect(page.get_by_text("the closest is Verin Karmiraghbyur (Tavush, AM), spelt differently")).to_be_visible()
    expect(box(page, "Rejected")).to_have_text("1")
    wait_idle(page)
    page.get_by_role("button", name="Import 1 row", exact=True).click()
    page.get_by_text("Imported hill.csv: 1 new").wait_for(timeout=120_000)
    assert [i.id for i in Store(app_db).incidents() if i.id in ("h1", "n1")] == ["n1"]

    upload(page, sheet)  # the same file again, the box unticked as every new file's
    page.get_by_text("Format: Ceasefire map CSV").wait_for(timeout=120_000)
    expect(page.get_by_role("checkbox", name=BOX)).not_to_be_checked()
    page.get_by_text("1 row has no coordinates but the id of a claim stored already").wait_for(timeout=60_000)
    expect(box(page, "Unchanged")).to_have_text("1")
    expect(box(page, "Rejected")).to_have_text("1")  # the hill's row, still unknown
    expect(page.get_by_text("Row 2", exact=True)).to_be_visible()  # the hill's row, the only one listed
    expect(page.get_by_text("Row 3", exact=True)).to_have_count(0)


def test_a_story_saved_as_csv_is_told_its_first_line_is_no_header(page, app_url, tmp_path) -> None:
    story = tmp_path / "story.csv"
    story.write_text(STORY, encoding="utf-8")
    page.goto(f"{app_url}/Import")
    upload(page, story)
    said = page.get_by_text("the first line is not a header row: it reads like text, not column names")
    said.wait_for(timeout=120_000)
    expect(said).to_contain_text("“On 14 November 2025, the Armenian Ministry of Defence said that Azerbaijani…”")
    expect(said).not_to_contain_text("on 14 november")
