"""Helpers the browser tests share: where the map component is, where a place is on screen, and
the steps of the map page (open it, click a spot, read the spot's list, open a claim), of the Table
page (pick a row, show it on the map), of Add report and of the Gazetteer's look-up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlparse

from playwright.sync_api import expect

MAP_IFRAME = "iframe[title='streamlit_folium.st_folium']"


@contextmanager
def sized_page(browser, width: int, height: int) -> Iterator:
    """A fresh page of a given window size that can only reach this machine (the ``page`` fixture's
    rules, at another size: a walk-through's window rather than the suite's 1500 x 1000)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost") else route.abort()
        ),
    )
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        yield page
    except BaseException:
        print_page_text(page)
        raise
    finally:
        context.close()


def print_page_text(page, limit: int = 4000) -> None:
    """What the page showed when a test failed, to the test's captured output (CI of round 49 timed out
    waiting for "2 proposed incidents" and said nothing of what was on the page instead)."""
    try:
        text = page.locator("[data-testid=stApp]").inner_text(timeout=5_000)
    except Exception as exc:  # the page may be gone: say so rather than hide the test's own error
        text = f"(could not read the page: {type(exc).__name__})"
    print(f"--- the page at {page.url} when the test failed ---\n{text[:limit]}")


def page_point(page, frame, lat: float, lon: float) -> tuple[float, float]:
    """The page (viewport) position of ``lat, lon`` on the map inside the component's iframe."""
    x, y = frame.evaluate(
        """([lat, lon]) => {
            const p = window.map.latLngToContainerPoint([lat, lon]);
            const r = window.map.getContainer().getBoundingClientRect();
            return [r.x + p.x, r.y + p.y];
        }""",
        [lat, lon],
    )
    box = page.query_selector(MAP_IFRAME).bounding_box()
    return box["x"] + x, box["y"] + y


def open_map(page, url: str):
    """Open the page and return the map's frame once the incident layer has drawn."""
    page.goto(url)
    # The first visit after the server starts loads everything (slow on a busy machine).
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    frame.wait_for_selector(".leaflet-container[data-incidents-total]", timeout=120_000)
    return frame


def wait_total(frame, total: int) -> None:
    """Wait until the map has drawn ``total`` claims (the layer says how many it holds)."""
    frame.wait_for_function(
        "n => document.querySelector('.leaflet-container')?.getAttribute('data-incidents-total') === String(n)",
        arg=total,
    )


def tooltip_at(page, frame, lat_lon: tuple[float, float]) -> str:
    """The tooltip of the marker under ``lat_lon`` (hovered like a user would)."""
    page.locator(MAP_IFRAME).scroll_into_view_if_needed()
    page.mouse.move(*page_point(page, frame, *lat_lon))
    tooltip = frame.locator(".leaflet-tooltip")
    tooltip.first.wait_for()
    return tooltip.first.inner_text()


def click_spot(page, frame, lat_lon: tuple[float, float], zoom: int = 13) -> None:
    """Centre the map on ``lat_lon`` at ``zoom`` and click there, as a user clicks a marker."""
    frame.evaluate("([lat, lon, z]) => window.map.setView([lat, lon], z, {animate: false})", [*lat_lon, zoom])
    page.wait_for_timeout(300)
    page.mouse.click(*page_point(page, frame, *lat_lon))


def wait_idle(page, timeout_ms: float = 90_000) -> None:
    """Until the app has finished its runs (a fragment's too): the script state is "notRunning" on three
    polls in a row. A click sent while a run still draws the panel can land on an element the run replaces."""
    root = page.locator("[data-testid=stApp]")
    quiet, waited = 0, 0.0
    while quiet < 3:
        quiet = quiet + 1 if root.get_attribute("data-test-script-state") == "notRunning" else 0
        page.wait_for_timeout(150)
        waited += 150
        assert waited < timeout_ms, f"the app was still running after {timeout_ms / 1000:.0f} s"


def next_frames(page) -> None:
    """Until the page has drawn two more frames: the grid's cell editor reads what was typed into it
    from the React state of its last render, and Enter sent in the frame of the last key committed the
    cell's old value (the CI of round 43 lost a typed date 1 time in 2; no person presses Enter within
    a few milliseconds of a key)."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")


def type_into_cell(page, editor, value: str) -> None:
    """Type ``value`` over what the grid's open cell ``editor`` holds and commit it with Enter."""
    editor.press("Control+a")
    editor.type(value)
    next_frames(page)
    editor.press("Enter")


def click_tab(scope, name: str) -> None:
    """Click the tab named ``name`` once the page holds one: while a rerun redraws the tabs, the old and
    the new tab bar are both in the page for a moment (CI of 420021f saw "resolved to 2 elements")."""
    tab = scope.get_by_role("tab", name=name)
    tab.first.wait_for()  # (the page's own timeout: the page may still be drawing its first run)
    expect(tab).to_have_count(1)
    tab.click()


def open_expander(page, expander, timeout_ms: float = 30_000) -> None:
    """Open ``expander`` (a ``[data-testid=stExpander]`` locator), unless it is open, and wait until
    it has stopped moving; then a click inside it lands where it is aimed.

    Streamlit animates an expander's height as it opens or closes (500 ms, its ``<details>`` clipped
    meanwhile) and again when its content grows. A click inside it during that time can be lost:
    Playwright scrolls the clipped box to reach the button and presses it there, the box grows, the
    browser slides its content down, and the button is released elsewhere. It then gets no click and
    no run of the page follows (seen under CPU load on "Save changes" and "Undo this edit", pressed
    on the button and released 112 and 131 px below it)."""
    details = expander.locator("details").first
    details.wait_for(state="attached", timeout=timeout_ms)
    settled = "d => d.getAnimations().length === 0 && d.style.height === ''"
    quiet, waited = 0, 0.0
    while quiet < 3:  # three polls in a row: open, and neither animating nor held at a height
        if details.evaluate(settled):
            if details.evaluate("d => d.open"):
                quiet += 1
            else:
                expander.locator("summary").click()
                quiet = 0
        else:
            quiet = 0
        page.wait_for_timeout(100)
        waited += 100
        assert waited < timeout_ms, f"the expander did not open and settle in {timeout_ms / 1000:.0f} s"


def main(page):
    """The page's main column (the details panel and the spot's list are there)."""
    return page.locator("[data-testid=stMain]")


def list_header(page):
    """The spot list's header ("N claims at PLACE", "1 claim at PLACE")."""
    return main(page).locator("[data-testid=stMarkdownContainer]", has_text=re.compile(r"\d claims? at "))


def list_caption(page) -> str:
    return main(page).locator("[data-testid=stCaptionContainer]", has_text="Tick a row").inner_text()


def list_rows(page) -> list[list[str]]:
    """The visible rows of the spot list as cell texts (the grid draws on a canvas; read its a11y table)."""
    grid = main(page).locator("[data-testid=stDataFrame]").first
    grid.locator("[role=gridcell]").first.wait_for(state="attached")
    # The grid redraws its a11y table when the page of the list changes: wait for a data row with
    # cells, not only a cell, so a read between two draws does not come back empty.
    page.wait_for_function(
        "() => { const g = document.querySelector('[data-testid=stMain] [data-testid=stDataFrame]');"
        " return !!g && [...g.querySelectorAll('[role=row]')].slice(1)"
        ".some(r => r.querySelector('[role=gridcell]')); }"
    )
    rows = grid.locator("[role=row]").all()
    return [[(c.text_content() or "").strip() for c in row.locator("[role=gridcell]").all()] for row in rows[1:]]


def wait_first_cell(page, text: str) -> None:
    """Wait until the spot list's first data row starts with ``text`` (a sort or a page change
    redraws the grid a moment after the caption changes)."""
    page.wait_for_function(
        "(t) => { const g = document.querySelector('[data-testid=stMain] [data-testid=stDataFrame]');"
        " if (!g) return false; const r = g.querySelectorAll('[role=row]')[1];"
        " const c = r && r.querySelector('[role=gridcell]'); return !!c && c.textContent.trim() === t; }",
        arg=text,
    )


def opened_claim(page) -> str:
    """The id of the claim the details panel shows (waits for the panel)."""
    claim = main(page).locator("[data-claim-id]").first
    claim.wait_for()
    return claim.get_attribute("data-claim-id")


def first_page_of_list(page, count: int, place: str) -> list[list[str]]:
    """Check the spot's list as a user first sees it: ``count`` claims at ``place``, the first 25
    of them, newest first. Returns the visible rows."""
    header = list_header(page)
    header.wait_for()
    assert header.inner_text() == f"{count} claims at {place}"
    pages = -(-count // 25)
    assert list_caption(page).startswith(
        f"Claims 1–25 of {count} (page 1 of {pages})." if pages > 1 else f"Claims 1–{count} of {count}."
    )
    rows = list_rows(page)
    assert len(rows) >= 5
    dates = [r[0] for r in rows]
    assert dates == sorted(dates, reverse=True)  # newest first
    return rows


def click_first_row(page, grid, x: int = 18) -> None:
    """Click the first data row of ``grid`` (drawn on a canvas, so by position: below the 36 px
    header, in the middle of the 36 px row); at ``x`` = 18, its selection box, which ticks the row."""
    box = grid.bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + 36 + 18)


def tick_first_row(page) -> None:
    """Tick the first row of the spot's list (its checkbox column), which opens that claim. The list is
    brought into the window first, as a user scrolls back up to it from the claim open under it."""
    grid = main(page).locator("[data-testid=stDataFrame]").first
    grid.scroll_into_view_if_needed()
    click_first_row(page, grid)


def show_first_table_row_on_map(page, app_url: str) -> None:
    """On the Table page: tick the first row and press "Show on map"; waits for the map's URL naming the claim."""
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for()
    page.wait_for_timeout(500)
    click_first_row(page, grid)
    page.get_by_role("button", name="Show on map").click()
    page.wait_for_url(re.compile(re.escape(app_url) + r"/(Map)?\?.*claim="))


def filtered_spot_list(page, url: str, lat_lon: tuple[float, float], place: str, total: int) -> list[list[str]]:
    """Open the map at ``url`` (filters in its query) and click the spot of ``total`` claims at ``place``:
    its list counts fewer and says how many the filters hide. Returns the list's visible rows."""
    frame = open_map(page, url)
    click_spot(page, frame, lat_lon)
    header = list_header(page)
    header.wait_for()
    count = int(re.match(rf"(\d+) claims at {place}", header.inner_text()).group(1))
    assert 0 < count < total
    # The caption under the header is a separate element, drawn a moment later: wait for it.
    expect(main(page)).to_contain_text(f"{total - count} more here are hidden by the filters")
    return list_rows(page)


def propose_report(page, text: str) -> None:
    """On the Add report page: paste ``text`` and press Propose (the box's value committed first)."""
    box = page.get_by_label("Report text")
    box.wait_for()
    wait_idle(page)  # the page's first run done: a run still drawing it can replace the box after filling
    box.fill(text)
    box.press("Control+Enter")  # commit the text area's value before clicking
    wait_idle(page)  # (a press sent while that commit's run draws the button can be lost)
    page.get_by_role("button", name="Propose incidents").click()


def look_up_name(page, name: str, shown: str, timeout_ms: float = 120_000) -> None:
    """On the Gazetteer page: type ``name`` into the look-up box and wait for ``shown`` on the page.

    Waits for one box first: while a rerun redraws the page, the old tab panel can still be there."""
    box = page.get_by_label("Place name as written")
    expect(box).to_have_count(1, timeout=timeout_ms)
    box.fill(name)
    box.press("Enter")
    page.get_by_text(shown).first.wait_for(timeout=timeout_ms)


def click_settled(page, locator, timeout_ms: float = 30_000) -> None:
    """Click ``locator`` once its box has stayed put for three polls in a row. A map drawn above a button grows
    when its frame's content loads and moves the button down: a click sent just before lands on the map (the
    CI-like run of round 55, two test workers on two cores, placed a row by a click meant for "Save")."""
    locator.scroll_into_view_if_needed()
    last, quiet, waited = None, 0, 0.0
    while quiet < 3:
        box = locator.bounding_box()
        quiet = quiet + 1 if box is not None and box == last else 0
        last = box
        page.wait_for_timeout(150)
        waited += 150
        assert waited < timeout_ms, f"the element kept moving for {timeout_ms / 1000:.0f} s"
    locator.click()
