"""walk42 item 1 in a real browser: after a second import, Past imports' "Import batch" picker shows that
import, the one "Retract this whole import" undoes (it showed the first import's batch: the wrong one)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import click_tab, wait_idle

HEADER = "conflict,date,place,latitude,longitude,claimant,reporting_side,accused_side,event_type,summary,source\n"
FIRST = HEADER + "armenia-azerbaijan,2025-04-02,Sotk,40.2,45.87,Armenian MoD,Armenia,Azerbaijan,shelling,One.,Wire\n"
SECOND = (
    HEADER + "armenia-azerbaijan,2025-04-20,Tegh,39.5586,46.4764,Armenian MoD,Armenia,Azerbaijan,shelling,Two.,Wire\n"
)


def import_sheet(page, sheet: Path) -> None:
    click_tab(page, "Import a file")
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(sheet))
    page.get_by_text("Format: Ceasefire map CSV").wait_for(timeout=120_000)
    wait_idle(page)
    page.get_by_role("button", name="Import 1 row", exact=True).click()
    page.get_by_text(f"Imported {sheet.name}").wait_for(timeout=120_000)
    wait_idle(page)


def test_the_batch_picker_shows_the_newest_import_after_a_second_one(page, app_url, tmp_path, outside_requests):
    first, second = tmp_path / "first_walk.csv", tmp_path / "second_walk.csv"
    first.write_text(FIRST, encoding="utf-8")
    second.write_text(SECOND, encoding="utf-8")
    page.goto(f"{app_url}/Import")
    import_sheet(page, first)
    click_tab(page, "Past imports")
    panel = page.get_by_role("tabpanel", name="Past imports")
    picker = panel.locator("[data-testid=stSelectbox]").filter(has_text="Import batch").get_by_role("combobox")
    expect(picker).to_have_value(re.compile(r" · first_walk\.csv \(Ceasefire map CSV\) · 1 claim$"))
    import_sheet(page, second)
    click_tab(page, "Past imports")
    expect(picker).to_have_value(re.compile(r" · second_walk\.csv \(Ceasefire map CSV\) · 1 claim$"))
    assert outside_requests.not_tiles() == []
