"""In the browser: brushing a period on the timeline narrows the map (same session, no reload)."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def shown_count(page) -> tuple[int, int]:
    text = page.get_by_text(re.compile(r"incidents shown")).first.inner_text()
    shown, total = re.search(r"([\d,]+) of ([\d,]+) incidents shown", text).groups()
    return int(shown.replace(",", "")), int(total.replace(",", ""))


def map_total(page, expected: int | None = None, timeout: float = 60.0) -> int:
    """The number of incidents the map's layer holds (its container's data-incidents-total)."""
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        for frame in page.frames:
            if "streamlit_folium" in frame.url:
                try:
                    totals = frame.evaluate(
                        "() => Array.from(document.querySelectorAll('[data-incidents-total]'), e => e.dataset.incidentsTotal)"
                    )
                except PlaywrightError:  # the frame went away while the page switched
                    continue
                value = int(totals[0]) if totals else value
        if value is not None and (expected is None or value == expected):
            return value
        page.wait_for_timeout(300)  # not time.sleep: playwright must keep processing page events
    raise AssertionError(f"the map's incident layer showed {value}, expected {expected}")


def test_brushing_a_period_on_the_timeline_narrows_the_map(app_url, page):
    page.goto(app_url)
    page.get_by_text(re.compile(r"incidents shown")).first.wait_for()
    shown, total = shown_count(page)
    assert shown == total == map_total(page, expected=total)

    page.get_by_role("link", name="Timeline").click()
    page.get_by_text("Claims per").first.wait_for()
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.locator("g.role-axis-grid").first.wait_for()
    box = chart.locator("g.role-axis-grid").first.bounding_box()  # the plot area: where the grid lines run
    # Drag across the middle of the claims chart's plot (July 2020 to August 2024: the bundled claims of
    # August to October 2022, those of September).
    y = box["y"] + box["height"] * 0.5
    page.mouse.move(box["x"] + box["width"] * 0.50, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.56, y, steps=8)
    page.mouse.up()
    page.wait_for_url(re.compile(r"[?&]from=\d{4}-\d{2}-\d{2}"))
    page.get_by_role("button", name="Clear all filters").wait_for()
    narrowed, _ = shown_count(page)
    assert 0 < narrowed < total

    page.get_by_role("link", name=re.compile("^(app|map)$", re.I)).first.click()
    page.get_by_text(f"{narrowed} of {total} incidents shown").wait_for()
    assert map_total(page, expected=narrowed) == narrowed


def test_the_count_axes_show_whole_numbers_only(app_url, page):
    """walk6: one or two claims a day gave the Claims axis 0.0, 0.2, … 1.0; counts have whole ticks."""
    import os

    page.goto(f"{app_url}/Timeline?from=2023-05-01&to=2023-05-31")  # a bundled month: one or two claims a day
    page.get_by_text("Claims per day").first.wait_for()
    charts = page.locator("[data-testid='stVegaLiteChart']")
    expect(charts).to_have_count(2)  # claims, and the casualties they state
    for chart in charts.all():
        chart.locator("svg").first.wait_for()
    page.wait_for_timeout(500)
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["MAPDATA_TEST_SHOTS"], "timeline-integer-ticks.png"))
    assert charts.count() == 2  # claims, and the casualties they state
    for chart in charts.all():
        axis = chart.locator("g.role-axis[aria-label^='Y-axis']")
        labels = [t.text_content() for t in axis.locator("g.role-axis-label text").all()]
        assert len(labels) >= 2 and all(re.fullmatch(r"\d+", label or "") for label in labels), labels


def test_the_time_axis_fits_the_claims_shown(app_url, page):
    """walk26 item 9: a side and a search (claims of a few days) drew their bars on an axis spanning
    every claim of the conflict (here 2020–2024: monthly bars, labels 2021 … 2024). The axis now fits
    the claims shown: three days of July 2020, one bar a day."""
    page.goto(f"{app_url}/Timeline?side=Azerbaijan&q=Tovuz")
    page.get_by_text("Claims per").first.wait_for()
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    axis = chart.locator("g.role-axis[aria-label^='X-axis']")
    axis.locator("g.role-axis-label text").first.wait_for()
    page.wait_for_timeout(500)
    labels = [t.text_content() or "" for t in axis.locator("g.role-axis-label text").all()]
    assert labels and all("2020" in label for label in labels), labels
    assert page.get_by_text("Claims per day").count() >= 1
