"""Every way out of the app guards spreadsheet formulas: the grids' own export is off.

``st.dataframe``'s toolbar has its own "Download as CSV" (and copy to clipboard) that writes
cells as they are, so ``=HYPERLINK(…)``, ``+cmd|…`` or ``@SUM…`` from an imported file would
run in the spreadsheet that opens it. Our own download buttons guard formulas; the grid's
export is turned off. The server here is started as someone would from another folder —
without our ``.streamlit/config.toml`` settings (``client.disableDataExport=false`` on the
command line) — so the test proves the app turns it off itself.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

from maptools import click_first_row

TOOLBAR_LABELS = "() => [...document.querySelectorAll('[data-testid=stElementToolbar] button')].map(b => b.getAttribute('aria-label'))"


@pytest.fixture(scope="module")
def streamlit_options() -> tuple[str, ...]:
    """Data export explicitly left on by the command line, as when started without our config file."""
    return ("--client.disableDataExport=false",)


def _toolbar_of_first_grid(page) -> list[str]:
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for()
    page.wait_for_timeout(800)
    grid.hover()
    page.locator("[data-testid='stElementToolbar'] button").first.wait_for()
    return page.evaluate(TOOLBAR_LABELS)


def test_the_table_grid_offers_no_unguarded_csv_download(page, app_url):
    page.goto(f"{app_url}/Table")
    labels = _toolbar_of_first_grid(page)
    assert "Search" in labels  # the toolbar is there …
    assert "Download as CSV" not in labels  # … without its own export
    # Our guarded downloads are still offered.
    assert page.get_by_role("button", name="Download CSV", exact=False).first.is_visible()


def test_the_grid_cannot_be_copied_to_the_clipboard_either(page, app_url):
    """Copying cells into a spreadsheet runs a pasted formula just like opening a file."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{app_url}/Table")
    _toolbar_of_first_grid(page)
    grid = page.locator("[data-testid='stDataFrame']").first
    click_first_row(page, grid, x=140)  # a cell of the first row, not its selection box
    page.evaluate("() => navigator.clipboard.writeText('untouched')")
    page.keyboard.press("Control+C")
    page.wait_for_timeout(300)
    assert page.evaluate("() => navigator.clipboard.readText()") == "untouched"
