"""Add report in headless Chromium: a place renamed in the proposals grid is looked up at once. The
grid shows the new place's coordinates and "place found", the preview map's dot moves there, the
evidence heading names it, and the save stores exactly that; a name the gazetteer lacks leaves the
row with no point (no dot, the grid's coordinates empty) and the save asks for one (walk39:
"Nerkin Hand" renamed "Berdavan" kept Nerkin Hand's point in the grid and on the map, and the save
stored Berdavan's, 240 km away)."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import MAP_IFRAME, propose_report, sized_page, type_into_cell, wait_idle
from tests.browser.test_add_report_map_click_browser import _grid, _row_once

# Our own words (invented facts).
REPORT = """url: https://example.org/rename-browser-2031
published: 2024-02-13
outlet: Rename Browser Wire

Azerbaijani forces opened fire on Armenian positions near Nerkin Hand in Syunik on 12 February, killing four soldiers, Armenia's Defence Ministry said.
"""
BERDAVAN = (41.20503, 44.99967)
KECHUT = (39.80427, 45.67072)


def _open_place_cell(page, old: str) -> bool:
    """The first row's place cell (drawn on the grid's canvas) open in its editor, holding ``old``:
    the date cell is selected, then the place cell by the keyboard, one column to its right, and its
    editor opened with Enter."""
    editor = page.locator("textarea.gdg-input, input.gdg-input").first
    _grid(page).click(position={"x": 150, "y": 36 + 18})
    page.wait_for_timeout(300)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    try:
        editor.wait_for(timeout=5_000)
    except PlaywrightTimeout:
        return False
    if editor.input_value() == old:
        return True
    page.keyboard.press("Escape")
    return False


def _rename(page, old: str, new: str) -> None:
    """Type ``new`` over ``old`` in the first row's place cell. A key pressed before a grid just drawn
    again takes the keyboard is lost, and a run the preview map starts as it loads can close the
    cell's editor before Enter: then once more, until the grid holds the name typed."""
    _dots(page)  # (the preview map drawn, its first run done)
    for _ in range(4):
        wait_idle(page)
        if not _open_place_cell(page, old):
            continue
        editor = page.locator("textarea.gdg-input, input.gdg-input").first
        type_into_cell(page, editor, new)
        wait_idle(page)
        if _row_once(page, lambda r: r.get("place") == new, tries=12).get("place") == new:
            return
    raise AssertionError(f"{new!r} could not be typed over {old!r} in the place cell")


def _dots(page) -> list[tuple[float, float]]:
    """The preview map's markers (rounded), once it is drawn."""
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_function("() => window.map !== undefined", timeout=60_000)
    return [
        tuple(point)
        for point in frame.evaluate(
            """() => { const out = [];
                window.map.eachLayer(l => { if (l instanceof L.CircleMarker) {
                    const p = l.getLatLng(); out.push([Math.round(p.lat * 1e5) / 1e5, Math.round(p.lng * 1e5) / 1e5]); } });
                return out; }"""
        )
    ]


def _dots_once(page, wanted: list[tuple[float, float]], tries: int = 60) -> list[tuple[float, float]]:
    dots: list[tuple[float, float]] = []
    for _ in range(tries):
        dots = _dots(page)
        if dots == wanted:
            return dots
        page.wait_for_timeout(500)
    return dots


def test_a_renamed_place_shows_its_own_point_everywhere_and_is_saved_there(browser, app_url, app_db, outside_requests):
    from mapdata.store import Store

    with sized_page(browser, 2300, 1300) as page:
        page.goto(f"{app_url}/Add_report")
        propose_report(page, REPORT)
        page.get_by_text("1 proposed incident").wait_for(timeout=300_000)
        wait_idle(page)
        before = _row_once(page, lambda r: r.get("longitude", "") != "")
        assert before["place"] == "Nerkin Hand", before
        assert (float(before["latitude"]), float(before["longitude"])) == (39.11, 46.46), before
        assert _dots_once(page, [(39.11, 46.46)]) == [(39.11, 46.46)]

        # A place the gazetteer knows: its point in the grid and on the map, its heading.
        _rename(page, "Nerkin Hand", "Berdavan")
        row = _row_once(page, lambda r: r.get("place") == "Berdavan" and r.get("latitude", "") != "39.11")
        assert (float(row["latitude"]), float(row["longitude"])) == BERDAVAN, row
        assert (row["place found"], row["geo precision"]) == ("true", "near"), row
        assert _dots_once(page, [BERDAVAN]) == [BERDAVAN]
        page.get_by_text("#1 · 2024-02-12 · Berdavan · Armenian MoD").wait_for()

        # A name the gazetteer lacks: no point in the grid, no dot, the page says what to do, and the
        # save refuses the row (never at Berdavan's point, nor Nerkin Hand's).
        _rename(page, "Berdavan", "Qqzxvorn")
        row = _row_once(page, lambda r: r.get("place") == "Qqzxvorn" and r.get("latitude") == "")
        assert (row["latitude"], row["longitude"], row["place found"]) == ("", "", "false"), row
        page.get_by_text("Row 1: “Qqzxvorn” is not in the gazetteer").wait_for()
        assert _dots_once(page, []) == []
        page.get_by_text("#1 · 2024-02-12 · Qqzxvorn · Armenian MoD").wait_for()
        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Row 1: place: 'Qqzxvorn' is not in the gazetteer").wait_for()
        assert not [i for i in Store(app_db).incidents() if i.source == "Rename Browser Wire"]

        # Another known place: saved exactly where the grid and the map show it.
        _rename(page, "Qqzxvorn", "Kechut")
        row = _row_once(page, lambda r: r.get("place") == "Kechut" and r.get("latitude", "") != "")
        assert (float(row["latitude"]), float(row["longitude"]), row["place found"]) == (*KECHUT, "true"), row
        assert _dots_once(page, [KECHUT]) == [KECHUT]
        expect(page.get_by_text("Row 1: “Qqzxvorn” is not in the gazetteer")).to_have_count(0)
        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
        [saved] = [i for i in Store(app_db).incidents() if i.source == "Rename Browser Wire"]
        assert (saved.place, saved.latitude, saved.longitude, saved.admin1) == ("Kechut", *KECHUT, "Vayots Dzor")
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
        assert outside_requests.not_tiles() == []
