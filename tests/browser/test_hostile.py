"""Hostile text everywhere a user looks: map tooltips and popups, the details panel, the table.

Claims whose every text field is an attack (script tags, event-handler attributes, template
literals, backticks, quote-breaking, javascript: URLs, markdown links and Streamlit markup)
are saved to the app's database; the test hovers and clicks each one on the live map, reads
the details panel, then opens the table page and picks a row. It asserts that nothing ran
(no dialog, ``window.__pwned`` unset in every frame, no element carrying an injected event
handler) and that each text is visible exactly as typed. A source link exists only for an
http(s) URL.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mapdata.model import Incident
from mapdata.store import Store

pytestmark = pytest.mark.browser

from maptools import click_first_row, open_map, page_point, propose_report, wait_total

BUNDLED = 18

# Each payload tries to set window.__pwned (checked in every frame) and to open a dialog.
ATTACKS: dict[str, str] = {
    "script": "<script>window.__pwned='script';alert('script')</script>",
    "img": "<img src=x onerror=\"window.__pwned='img';alert('img')\">",
    "template": "${window.__pwned='tpl'} and ${alert('tpl')}",
    "backtick": "one ` two `${window.__pwned='tick'}` three \\` four",
    "quotes": "\"'><svg onload=\"window.__pwned='svg';alert('svg')\">",
    "markdown": "[click me](javascript:window.__pwned='md') :red[red] $x^2$ **bold** <b>b</b>",
    "frame": "</textarea></div><iframe src=\"javascript:window.top.__pwned='iframe'\"></iframe>",
}
JS_URL = "javascript:window.__pwned='link';alert('link')"
TRICKY_HTTP_URL = "https://example.org/report?q=\"><script>alert('q')</script>&x=`${1}`"


def _spot(n: int) -> tuple[float, float]:
    return (39.62 + 0.12 * n, 44.45)  # west of the bundled claims, one spot per attack


def _hostile_incidents() -> list[Incident]:
    incidents = []
    for n, (name, attack) in enumerate(ATTACKS.items()):
        lat, lon = _spot(n)
        incidents.append(
            Incident.create(
                id=f"csv:hostile-{name}",
                date="2023-06-01",
                place=f"P-{name} {attack}",
                latitude=lat,
                longitude=lon,
                claimant=f"C-{name} {attack}",
                reporting_side="media",
                accused_side="unknown",
                summary=f"S-{name} {attack}",
                source=f"Src-{name} {attack}",
                admin1=attack,
                source_url=JS_URL if n % 2 == 0 else TRICKY_HTTP_URL,
                weapons=[attack],
                extra={"note": attack},
                origin="csv",
            )
        )
    return incidents


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled claims plus one hostile claim per attack (the server fixture reads this file)."""
    path = tmp_path_factory.mktemp("hostile-db") / "incidents.db"
    Store(path).save(_hostile_incidents(), origin="csv", label="hostile test file")
    return path


@pytest.fixture
def dialogs(page) -> list[str]:
    opened: list[str] = []
    page.on("dialog", lambda dialog: (opened.append(dialog.message), dialog.dismiss()))
    return opened


def assert_nothing_ran(page, dialogs: list[str]) -> None:
    page.wait_for_timeout(300)  # give a late onerror/onload a chance to fire
    assert dialogs == []
    for frame in page.frames:
        if frame.is_detached():
            continue
        state = frame.evaluate(
            """() => ({
                pwned: window.__pwned === undefined ? null : String(window.__pwned),
                handlers: [...document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]')]
                    .map(e => e.outerHTML.slice(0, 120)),
                jsLinks: [...document.querySelectorAll('a[href]')]
                    .filter(a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:'))
                    .map(a => a.outerHTML.slice(0, 120)),
                jsFrames: [...document.querySelectorAll('iframe[src^="javascript:" i]')].length,
            })"""
        )
        assert state == {"pwned": None, "handlers": [], "jsLinks": [], "jsFrames": 0}, frame.url


def _marker_point(page, frame, lat: float, lon: float) -> tuple[float, float]:
    """Centre the map on a spot, zoomed in past clustering, and return the marker's page position."""
    frame.evaluate("([lat, lon]) => window.map.setView([lat, lon], 13, {animate: false})", [lat, lon])
    frame.wait_for_timeout(150)
    return page_point(page, frame, lat, lon)


def _details_text(page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def test_map_tooltips_popups_and_details_show_hostile_text_as_text(page, app_url, dialogs):
    frame = open_map(page, app_url)
    wait_total(frame, BUNDLED + len(ATTACKS))
    assert_nothing_ran(page, dialogs)  # a popup's <img onerror> would run at load, before any click

    for n, (name, attack) in enumerate(ATTACKS.items()):
        x, y = _marker_point(page, frame, *_spot(n))
        page.mouse.move(x, y)
        tooltip = frame.locator(".leaflet-tooltip")
        tooltip.wait_for()
        assert f"P-{name} {attack}" in tooltip.inner_text()
        page.mouse.click(x, y)
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for()
        popup_text = popup.inner_text()
        assert f"S-{name} {attack}" in popup_text and f"C-{name} {attack}" in popup_text

        # The click reaches the app: the details panel shows every field as typed.
        page.get_by_text(f"csv:hostile-{name}").first.wait_for()
        page.wait_for_function(
            "t => document.querySelector(\"[data-testid='stMain']\").innerText.includes(t)", arg=f"C-{name}"
        )
        details = _details_text(page)
        for text in (f"P-{name} {attack}", f"C-{name} {attack}", f"S-{name} {attack}", f"Src-{name} {attack}"):
            assert text in details, f"{name}: {text!r} not shown as typed"
        source_links = page.locator("[data-testid='stMain'] a", has_text="Open the source report")
        if n % 2 == 0:
            assert source_links.count() == 0  # javascript: is shown as text, never as a link
        else:
            assert source_links.first.get_attribute("href") == TRICKY_HTTP_URL
        frame.locator(".leaflet-popup-close-button").click()
        assert_nothing_ran(page, dialogs)


def test_table_page_shows_hostile_text_inertly(page, app_url, dialogs):
    page.goto(f"{app_url}/Table")
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for()
    page.wait_for_timeout(500)
    assert_nothing_ran(page, dialogs)

    # Narrow the table to one hostile claim with the sidebar search, then pick its row.
    search = page.get_by_label("Search place, claimant, source, summary", exact=True)
    search.fill("P-img")
    search.press("Enter")
    page.get_by_text("1 of", exact=False).first.wait_for()
    grid.wait_for(state="visible")
    page.wait_for_timeout(500)
    click_first_row(page, grid)
    picked = page.locator("[data-testid='stText']", has_text="C-img")
    picked.wait_for()
    shown = "\n".join(page.locator("[data-testid='stText']").all_inner_texts())
    assert f"P-img {ATTACKS['img']}" in shown and f"C-img {ATTACKS['img']}" in shown
    assert_nothing_ran(page, dialogs)


def test_timeline_page_runs_nothing(page, app_url, dialogs):
    page.goto(f"{app_url}/Timeline")
    page.locator("[data-testid='stVegaLiteChart'], [data-testid='stArrowVegaLiteChart']").first.wait_for()
    assert_nothing_ran(page, dialogs)


# Real tags in a pasted report are stripped by design (it may be a saved web page); entity-encoded
# tags become literal text after unescaping, and must then be shown, not parsed.
REPORT = (
    "On 12 May 2023 the Armenian Ministry of Defence said that Azerbaijani forces fired mortars at "
    "Sotk <img src=x onerror=\"window.__pwned='report';alert('report')\"> and ${window.__pwned='tpl'} "
    "`tick` [link](javascript:window.__pwned='md') <script>window.__pwned='script'</script> "
    "&lt;img src=x onerror=&quot;window.__pwned='entity'&quot;&gt; a < b."
)


def test_pasted_report_evidence_is_shown_as_text(page, app_url, dialogs):
    page.goto(f"{app_url}/Add_report")
    propose_report(page, REPORT)
    expander = page.locator("[data-testid='stExpander'] summary").first
    expander.wait_for()
    expander.click()
    evidence = page.locator(".ar-evidence li").first
    evidence.wait_for()
    shown = evidence.inner_text()
    for piece in (
        "${window.__pwned='tpl'}",
        "`tick`",
        "[link](javascript:window.__pwned='md')",
        "<img src=x onerror=\"window.__pwned='entity'\">",
        "a < b",
    ):
        assert piece in shown
    assert_nothing_ran(page, dialogs)
