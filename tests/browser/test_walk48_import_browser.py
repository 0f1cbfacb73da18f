"""walk48 item 5: the ACLED preview warned "38 rows name no actor of the other party (ARM4900, ARM4892,
ARM4657, ARM3845, ARM3673, …): check them before importing" and gave no way to see the other 33. Under
the warning an expander now lists every such row (its line, id, date, place, actors, notes; the first
1,000 of a huge file) and offers them all as a CSV file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import main, open_expander, wait_idle

FIXTURE = Path(__file__).parents[1] / "fixtures" / "acled_one_country_synthetic.csv"  # 8 such rows of 10


def test_every_row_the_warning_names_can_be_seen_and_downloaded(page, app_url, outside_requests):
    page.goto(f"{app_url}/Import")
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(FIXTURE))
    page.get_by_text("Format: ACLED export").wait_for(timeout=120_000)
    expect(main(page).get_by_text("8 rows name no actor of the other party (ARM95001")).to_be_visible()
    wait_idle(page)

    rows = (
        main(page)
        .locator("[data-testid=stExpander]")
        .filter(has=page.locator("summary", has_text="The 8 rows that name no actor of the other party"))
    )
    open_expander(page, rows)
    grid = rows.locator("[data-testid=stDataFrame]")
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    cells = [(cell.text_content() or "").strip() for cell in grid.locator("[role=gridcell]").all()]
    for n in range(1, 9):  # the three the warning left out among them
        assert f"ARM95{n:03d}" in cells, cells
    assert "ARM95009" not in cells and "ARM95010" not in cells  # clashes of both sides: not listed

    with page.expect_download() as info:
        rows.get_by_role("button", name="Download the 8 rows to check (CSV)").click()
    download = info.value
    assert download.suggested_filename == "acled_one_country_synthetic_rows-to-check.csv"
    table = list(csv.reader(io.StringIO(Path(download.path()).read_text("utf-8-sig"))))
    assert table[0] == ["line", "id", "date", "place", "actors", "notes"]
    assert [row[1] for row in table[1:]] == [f"ARM95{n:03d}" for n in range(1, 9)]
    assert outside_requests.urls == []
