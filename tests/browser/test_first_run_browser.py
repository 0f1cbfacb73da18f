"""A new user's first run in headless Chromium: the app creates its database with every bundled
conflict's example claims, the map draws them all, and each conflict opens from the sidebar box
with its own claims and legend. Nothing leaves the machine."""

from __future__ import annotations

import itertools
import os

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from mapdata.profiles import default_catalog
from mapdata.store.bundled import EXAMPLES_ENV, bundled_incidents
from maptools import MAP_IFRAME
from tests.browser.test_conflict_browser import choose_conflict, wait_total
from tests.profiles.test_party_colours import MIN_APART, ciede2000, lab

TOTAL = len(bundled_incidents())
SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set


def wait_painted(page, total: int, colours: list[str]) -> None:
    """Until a map frame draws ``total`` claims, markers (circles or stacks' rings) in one of ``colours`` among them (while a conflict's map
    replaces another's, the old frame may still be there, and two conflicts may have as many claims)."""
    page.wait_for_function(
        """([selector, total, colours]) => [...document.querySelectorAll(selector)].some((f) => {
            const doc = f.contentDocument;
            if (!doc?.querySelector(`.leaflet-container[data-incidents-total="${total}"]`)) return false;
            const fills = new Set([...doc.querySelectorAll(".leaflet-overlay-pane path")].map((p) => p.getAttribute("fill")));
            // a stack's ring is split by side: its colours are in its gradient
            const rings = [...doc.querySelectorAll(".mapdata-stack div")].map((d) => d.getAttribute("style") || "").join(" ");
            return colours.some((c) => fills.has(c) || rings.includes(c));
        })""",
        arg=[MAP_IFRAME, total, colours],
    )


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    """A user's machine: no MAPDATA_EXAMPLES (the suite sets it for the tests that count 18 claims)."""
    return {EXAMPLES_ENV: None}


def test_the_first_run_shows_every_conflict_and_opens_each(page, app_url, app_db, outside_requests):
    assert not app_db.exists()  # the app creates it
    page.goto(app_url)
    page.get_by_text(f"{TOTAL} of {TOTAL} incidents shown").wait_for()
    wait_total(page, TOTAL)
    for profile in default_catalog():
        examples = len(bundled_incidents([profile.id]))
        choose_conflict(page, f"{profile.title} ({examples})")
        page.get_by_text(f"{examples} of {examples} incidents shown").wait_for()  # of the conflict (walk51: of {TOTAL})
        page.wait_for_url(f"**conflict={profile.id}**")
        # Its legend (two conflicts may have as many claims: the legend tells the new map from the old)
        legend = page.locator("[data-testid=stMain] details.mapdata-legend")
        sides = {claim.reporting_side for claim in bundled_incidents([profile.id])}
        for side in sides:
            expect(legend).to_contain_text(side)
        colours = sorted(party.colour for party in profile.parties if party.name in sides)
        wait_painted(page, examples, colours)
    assert outside_requests.not_tiles() == []


def test_all_conflicts_legend_gives_every_party_its_own_colour(page, app_url):
    """walk7: in "All conflicts" Armenia and Ukraine were both blue, Russia close to Azerbaijan and
    Lebanon, Pakistan close to Cambodia. Each side's swatch is drawn in its profile's colour, and every
    two parties' swatches are far apart (CIEDE2000, as tests/profiles/test_party_colours.py measures)."""
    page.goto(app_url)
    page.get_by_text(f"{TOTAL} of {TOTAL} incidents shown").wait_for()
    wait_total(page, TOTAL)
    legend = page.locator("[data-testid=stMain] details.mapdata-legend")
    legend.locator("summary").click()
    drawn = dict(
        legend.evaluate(
            """legend => {
                const title = [...legend.querySelectorAll('b')].find((b) => b.textContent === 'Reporting side');
                return [...title.parentElement.children].filter((row) => row.tagName === 'DIV').map((row) => {
                    const img = row.querySelector('img.mapdata-swatch');
                    const c = document.createElement('canvas'); c.width = c.height = 14;
                    const g = c.getContext('2d'); g.drawImage(img, 0, 0);
                    const [r, gr, b] = g.getImageData(7, 7, 1, 1).data;
                    return [row.textContent.trim(), '#' + [r, gr, b].map((v) => v.toString(16).padStart(2, '0')).join('')];
                });
            }"""
        )
    )
    parties = {party.name: party.colour for profile in default_catalog() for party in profile.parties}
    shown = {side for claim in bundled_incidents() for side in [claim.reporting_side] if side in parties}
    assert len(shown) >= 10, shown  # every conflict's parties are in the bundled claims
    for side in shown:
        assert drawn[side] == parties[side], (side, drawn)
    too_close = [
        (one, two, round(ciede2000(lab(drawn[one]), lab(drawn[two])), 1))
        for one, two in itertools.combinations(sorted(shown), 2)
        if ciede2000(lab(drawn[one]), lab(drawn[two])) < MIN_APART
    ]
    assert too_close == []  # as drawn, not only as written in the profiles
    if SHOTS:
        legend.screenshot(path=os.path.join(SHOTS, "all-conflicts-legend.png"))
