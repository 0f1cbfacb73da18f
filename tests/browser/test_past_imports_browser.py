"""Import → Past imports in headless Chromium: the first view of the batch grid, in a 1,500 px
window, says which import is undone and how many of its claims are still shown (walk26 item 2:
those columns came after "By" and "Format", off to the right behind the canvas grid's scrollbar,
so a retracted import's row looked like a live one)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.formats.importer import preview_import
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import click_tab

FIXTURE = Path(__file__).parents[1] / "fixtures" / "acled_current_synthetic.csv"
REASON = "wrong file: the test export"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled claims, the fixture's 5 ACLED rows imported, and that import retracted."""
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    store = Store(path)
    preview_import(FIXTURE.read_bytes(), store, filename=FIXTURE.name).commit(store)
    batches = store.batches()
    store.retract_batch(batches.loc[batches["origin"] == "acled", "id"].iloc[0], REASON, who="ana")
    return path


def test_the_first_view_of_past_imports_says_which_import_is_retracted(page, app_url, outside_requests):
    page.goto(f"{app_url}/Import")
    click_tab(page, "Past imports")
    grid = page.get_by_role("tabpanel", name="Past imports").locator("[data-testid=stDataFrame]")
    grid.locator("[role=columnheader]").first.wait_for(state="attached")
    page.wait_for_timeout(500)
    # The grid draws on a canvas; its accessible table holds the columns in view (one cut by the edge too).
    headings = [(h.text_content() or "").strip() for h in grid.locator("[role=columnheader]").all()]
    assert headings[:4] == ["Time (UTC)", "File / source", "Claims shown", "Retracted because"], headings
    row = grid.locator("[role=row]").filter(has_text=f"{FIXTURE.name} (ACLED export)")
    expect(row.locator("[role=gridcell]").filter(has_text=REASON)).to_have_count(1)
    expect(row.locator("[role=gridcell]").filter(has_text="0 of 5")).to_have_count(1)
    assert outside_requests.urls == []


def test_past_imports_says_when_as_a_date_and_a_time(page, app_url, outside_requests):
    """walk26 item 5: the Time (UTC) column and the batch picker showed "2026-12-03T12:06:38+00:00";
    they now read "2026-12-03 12:06:38"."""
    page.goto(f"{app_url}/Import")
    click_tab(page, "Past imports")
    panel = page.get_by_role("tabpanel", name="Past imports")
    grid = panel.locator("[data-testid=stDataFrame]")
    row = grid.locator("[role=row]").filter(has_text=f"{FIXTURE.name} (ACLED export)")
    cell = row.locator("[role=gridcell]").first
    expect(cell).to_have_text(re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$"))
    picker = panel.locator("[data-testid=stSelectbox]").filter(has_text="Import batch").get_by_role("combobox")
    expect(picker).to_have_value(re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d · " + re.escape(FIXTURE.name)))
    assert outside_requests.urls == []


def test_the_batch_picker_says_retracted_once_its_batch_is_retracted(page, app_url, outside_requests):
    """walk26 item 6: after "Retract this whole import" the box below said "Retracted: …" while the
    closed picker above still read "… · 2 claims", without the "(retracted)" its list then had
    (Streamlit kept the label it showed: the batch picked was the same)."""
    from maptools import wait_idle

    page.goto(f"{app_url}/Import")
    click_tab(page, "Past imports")
    panel = page.get_by_role("tabpanel", name="Past imports")
    picker = panel.locator("[data-testid=stSelectbox]").filter(has_text="Import batch")
    picker.click()
    page.get_by_role("option", name=re.compile(r"bundled incidents · \d+ claims$")).click()
    wait_idle(page)
    expect(picker.get_by_role("combobox")).to_have_value(re.compile(r"bundled incidents · \d+ claims$"))
    panel.get_by_label("Why retract it (kept with each claim and in the history)").fill("the examples are in the way")
    panel.get_by_role("button", name="Retract this whole import").click()
    panel.get_by_text("Retracted: the examples are in the way").wait_for()
    wait_idle(page)
    expect(picker.get_by_role("combobox")).to_have_value(re.compile(r"bundled incidents · \d+ claims \(retracted\)$"))
    assert outside_requests.urls == []
