"""Clash status colours as a user sees them: "single source" (most claims' normal state) is no
alarm, so it is written in a neutral grey; contested and denied keep their own colours; each is
readable on its background (contrast at least 4.5:1, WCAG AA for text).

A walk-through saw every status line of the details panel in the alarm red of a contested clash.
"""

from __future__ import annotations

import re

import pytest

from mapdata.claims import CLASH_STATUSES, find_clashes
from mapdata.store import Store
from maptools import MAP_IFRAME, main

pytestmark = pytest.mark.browser

# The computed text colour of an element and the first opaque background behind it.
COLOURS = """(node) => {
    const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
    let back = null;
    for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) { back = c.slice(0, 3); break; }
    }
    return {text: rgb(getComputedStyle(node).color).slice(0, 3), back: back || [255, 255, 255]};
}"""


def luminance(rgb: list[float]) -> float:
    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: list[float], b: list[float]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_grey(rgb: list[float]) -> bool:
    return max(rgb) - min(rgb) <= 16


def _claims_by_status(app_db) -> dict[str, str]:
    frame = Store(app_db).frame()
    statuses = find_clashes(frame).status.astype(str)
    return {status: frame["id"].iloc[list(statuses).index(status)] for status in set(statuses)}


def test_details_panel_writes_single_source_in_grey_and_contested_apart(page, app_url, app_db):
    page.goto(app_url)
    page.wait_for_selector(MAP_IFRAME, timeout=120_000)  # the app has seeded its database
    seen = {}
    for status, claim in sorted(_claims_by_status(app_db).items()):
        page.goto(f"{app_url}/?claim={claim}")
        line = main(page).locator(".mapdata-claim .status")
        line.wait_for()
        assert re.match(rf"Clash status: {status} — ", line.inner_text())
        seen[status] = line.evaluate(COLOURS)
    assert {"single source", "contested"} <= set(seen)
    for status, colour in seen.items():
        assert contrast(colour["text"], colour["back"]) >= 4.5, (status, colour)
    assert is_grey(seen["single source"]["text"]), seen["single source"]
    assert not is_grey(seen["contested"]["text"])
    assert seen["contested"]["text"] != seen["single source"]["text"]


def test_popup_status_colours_are_neutral_for_single_source_and_distinct_otherwise(page, app_url):
    page.goto(app_url)
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_selector(".leaflet-container[data-incidents-total]", timeout=120_000)
    # The popup's status line as incident_layer.js builds it, in a popup of the loaded map's CSS.
    colours = frame.evaluate(
        """([statuses, colours]) => {
            const wrap = document.createElement('div');
            wrap.className = 'leaflet-popup-content-wrapper';
            document.querySelector('.leaflet-container').appendChild(wrap);
            const found = {};
            for (const s of statuses) {
                const line = document.createElement('div');
                line.className = 'mapdata-popup-status mapdata-status-' + s.replace(' ', '-');
                line.textContent = 'Clash status: ' + s;
                wrap.appendChild(line);
                found[s] = eval(colours)(line);
            }
            wrap.remove();
            return found;
        }""",
        [list(CLASH_STATUSES), COLOURS],
    )
    for status, colour in colours.items():
        assert contrast(colour["text"], colour["back"]) >= 4.5, (status, colour)
    assert is_grey(colours["single source"]["text"])
    distinct = [tuple(colours[s]["text"]) for s in ("single source", "contested", "denied", "corroborated")]
    assert len(set(distinct)) == 4, colours
