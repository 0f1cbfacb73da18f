"""walk47 item 15 in a real browser: Import → Past imports draws its grid readable at once.

The grid was drawn in its tab while that tab was hidden (no width): on the first view of the tab after an
import it showed one column cut to "Time (U" (its canvas 50 px wide in a 940 px box) until it measured itself
again (in the walk, long enough for a screenshot). The tab's content is now drawn only while it is shown. Every
frame from the click on the tab on is sampled: the grid, once there, draws across its whole box.
Screenshots go to MAPDATA_TEST_SHOTS when it is set.
"""

from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.browser

from test_past_imports_follow_browser import FIRST, import_sheet

from maptools import click_tab

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")

# Each animation frame: the Past imports grid's box and its widest canvas (the cells drawn), in CSS px.
SAMPLE = """() => {
    window.__gridSamples = [];
    const started = performance.now();
    const sample = () => {
        const panel = [...document.querySelectorAll('[role=tabpanel]')].find(p => p.offsetParent !== null
            && p.querySelector('[data-testid=stDataFrame]'));
        const grid = panel && panel.querySelector('[data-testid=stDataFrame]');
        if (grid) {
            const box = grid.getBoundingClientRect().width;
            const canvas = Math.max(0, ...[...grid.querySelectorAll('canvas')].map(c => c.getBoundingClientRect().width));
            if (box > 0 && canvas > 0) window.__gridSamples.push({box, canvas});
        }
        if (performance.now() - started < 4000) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
}"""


def test_past_imports_draws_its_columns_on_the_first_view_after_an_import(page, app_url, tmp_path):
    sheet = tmp_path / "first_walk.csv"
    sheet.write_text(FIRST, encoding="utf-8")
    page.goto(f"{app_url}/Import")
    import_sheet(page, sheet)  # (the walk: an import, then Past imports)
    page.evaluate(SAMPLE)
    click_tab(page, "Past imports")
    page.get_by_role("tabpanel", name="Past imports").locator("[data-testid=stDataFrame]").wait_for()
    page.wait_for_timeout(4_500)
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, "walk47-past-imports.png"))
    samples = page.evaluate("() => window.__gridSamples")
    assert samples, "the grid was never drawn"
    cut = [s for s in samples if s["canvas"] < s["box"] - 4]
    assert not cut, f"frames with the grid drawn narrower than its box: {cut[:5]} of {len(samples)}"
