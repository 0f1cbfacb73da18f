"""walk45 item 14: the Timeline's two charts, one above the other, had their time axes about 35 px
apart — the same date was not under the same date — because each chart's legend, beside it, had its
own width (the reporting sides' names against "killed"/"wounded"), and so did each y-axis' labels.
A monitor reads these charts by looking straight down from one to the other. The plot areas now
start and end at the same x in both charts, so a date's tick sits at the same x in both, in a wide
window and at a phone's 420 px."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import sized_page, wait_idle

# Both charts drawn: every conflict's claims (the most sides in the claims chart's legend), and one
# month of the bundled claims (a day's bars, the casualties they state).
VIEWS = {"all": "/Timeline", "month": "/Timeline?from=2023-05-01&to=2023-05-31"}

# Streamlit's theme draws no axis baseline and no ticks: the plot area is where the y-axis' grid lines
# run (from its left edge to its right), and a date's place is the centre of its label on the x-axis.
AXIS_GEOMETRY = """chart => {
    const grid = chart.querySelector("g.role-axis-grid").getBoundingClientRect();
    const axis = chart.querySelector("g.role-axis[aria-label^='X-axis']");
    const labels = Object.fromEntries(Array.from(axis.querySelectorAll("g.role-axis-label text"), t => {
        const r = t.getBoundingClientRect();
        return [t.textContent, r.x + r.width / 2];
    }));
    const legends = Array.from(chart.querySelectorAll("g.role-legend"), g => {
        const r = g.getBoundingClientRect();
        return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
    });
    const svg = chart.querySelector("svg").getBoundingClientRect();
    return {left: grid.left, right: grid.right, labels, legends,
            svg: {left: svg.left, right: svg.right}, page: document.documentElement.clientWidth};
}"""


def _charts_geometry(page) -> list[dict]:
    charts = page.locator("[data-testid='stVegaLiteChart']")
    expect(charts).to_have_count(2)  # the claims, and the casualties they state
    for chart in charts.all():
        chart.locator("g.role-axis[aria-label^='X-axis'] g.role-axis-label text").first.wait_for()
    wait_idle(page)
    page.wait_for_timeout(800)  # Vega lays a chart out again once it knows its container's width
    return [chart.evaluate(AXIS_GEOMETRY) for chart in charts.all()]


@pytest.mark.parametrize("width", [1400, 420])
@pytest.mark.parametrize("view", sorted(VIEWS))
def test_the_same_date_is_at_the_same_x_in_both_charts(app_url, browser, width, view):
    with sized_page(browser, width, 1000) as page:
        page.goto(app_url + VIEWS[view])
        page.get_by_text("Claims per").first.wait_for()
        claims, casualties = _charts_geometry(page)
        if os.environ.get("MAPDATA_TEST_SHOTS"):
            shot = os.path.join(os.environ["MAPDATA_TEST_SHOTS"], f"timeline-axes-{view}-{width}.png")
            page.screenshot(path=shot, full_page=True)
        # The plot areas start and end at the same x.
        assert abs(claims["left"] - casualties["left"]) <= 2, (claims["left"], casualties["left"])
        assert abs(claims["right"] - casualties["right"]) <= 2, (claims["right"], casualties["right"])
        # The same date at the same x: every date both axes label.
        shared = sorted(set(claims["labels"]) & set(casualties["labels"]))
        assert shared, (claims["labels"], casualties["labels"])
        for label in shared:
            assert abs(claims["labels"][label] - casualties["labels"][label]) <= 2, label
        # Nothing spills out of the window: each chart and its legend lie within the page.
        for chart in (claims, casualties):
            assert chart["svg"]["right"] <= chart["page"] + 1, chart["svg"]
            for legend in chart["legends"]:
                assert chart["svg"]["left"] - 1 <= legend["left"] and legend["right"] <= chart["svg"]["right"] + 1
