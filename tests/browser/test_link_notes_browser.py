"""A link's mistakes, said above the view (walk34). A date range the wrong way round is read in order:
the date picker, the "Filtered:" line, the count, the map and the page links show the range swapped,
and a note says so (it showed no claim, a picker of one day and "Widen the date range"). A key no
filter reads is named beside the values no filter takes ("Not read from the address: start=… (no such
filter; …)"; it was dropped without a word), and the keys the app writes in its own links are not."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

from test_map_browser import SOTK_UAV

from maptools import MAP_IFRAME, wait_idle

SIDEBAR = "[data-testid=stSidebar]"


def shown(page) -> tuple[int, int]:
    """The sidebar's "N of M incidents shown", once the page has finished its runs."""
    page.locator(SIDEBAR).get_by_text("incidents shown").wait_for()
    wait_idle(page)
    text = page.locator(SIDEBAR).get_by_text("incidents shown").inner_text()
    found = re.search(r"([\d,]+) of ([\d,]+) incidents shown", text)
    assert found, text
    return int(found[1].replace(",", "")), int(found[2].replace(",", ""))


def picker(page) -> list[str]:
    """What the sidebar's date range shows."""
    fields = page.locator(SIDEBAR).locator("[data-testid=stDateInput] input")
    fields.first.wait_for()  # widgets are drawn lazily
    return [field.input_value() for field in fields.all()]


def map_total(page) -> int:
    """How many claims the map's incident layer holds."""
    frame = page.wait_for_selector(MAP_IFRAME, timeout=120_000).content_frame()
    layer = frame.wait_for_selector(".leaflet-container[data-incidents-total]", timeout=120_000)
    wait_idle(page)
    return int(layer.get_attribute("data-incidents-total") or -1)


@pytest.mark.parametrize("path", ["", "Table"])
def test_a_reversed_date_range_is_read_in_order_and_the_page_says_so(page, app_url, outside_requests, path):
    page.goto(f"{app_url}/{path}?from=2020-09-01&to=2022-12-31")  # the same range, in order
    in_order = shown(page)
    assert 0 < in_order[0] < in_order[1]
    assert picker(page) == ["2020-09-01", "2022-12-31"]
    on_map = map_total(page) if not path else None

    page.goto(f"{app_url}/{path}?from=2022-12-31&to=2020-09-01")
    note = page.get_by_text("Dates swapped:")
    note.wait_for()
    assert shown(page) == in_order  # was 0 shown
    assert (
        "from=2022-12-31 was after to=2020-09-01, so the view and the address show 2020-09-01 to 2022-12-31"
        in note.inner_text()
    )
    assert picker(page) == ["2020-09-01", "2022-12-31"]  # was 2022-12-31 to 2022-12-31
    filtered = page.locator("[data-testid=stMarkdownContainer]", has_text="Filtered:").first.inner_text()
    assert "Dates: 2020-09-01 to 2022-12-31" in filtered  # was "2022-12-31 to 2020-09-01"
    link = page.locator(f"{SIDEBAR} [data-testid=stPageLink] a").first.get_attribute("href") or ""
    assert link.endswith("?from=2020-09-01&to=2022-12-31")  # the next page reads it in order too
    if not path:
        assert map_total(page) == on_map  # was 0, with "Widen the date range"
        assert page.get_by_text("Widen the date range").count() == 0
    assert outside_requests.not_tiles() == []


@pytest.mark.parametrize("path", ["", "Table"])
def test_a_links_key_no_filter_reads_is_named(page, app_url, outside_requests, path):
    page.goto(f"{app_url}/{path}")
    everything = shown(page)
    full_span = picker(page)

    page.goto(f"{app_url}/{path}?start=2020-13-45")
    note = page.get_by_text("Not read from the address:")
    note.wait_for()  # was no note at all
    assert shown(page) == everything and everything[0] == everything[1]  # the view without it
    assert picker(page) == full_span
    assert (
        "start=2020-13-45 (no such filter; the filters are conflict, from, to, side, source, type, "
        in note.inner_text()
    )
    assert outside_requests.not_tiles() == []


def test_the_keys_the_app_writes_in_its_links_are_not_named(page, app_url, outside_requests):
    # claim: the claim open in full; contested: an old link's clash status; embed_options: Streamlit's.
    page.goto(f"{app_url}/?side=Armenia&retracted=1&contested=1&claim={SOTK_UAV}&embed_options=light_theme")
    page.get_by_text("Clash status: contested").wait_for()
    page.locator(f"[data-claim-id='{SOTK_UAV}']").wait_for()
    wait_idle(page)
    assert page.get_by_text("Not read from the address").count() == 0
    assert page.get_by_text("no such filter").count() == 0
    assert outside_requests.not_tiles() == []
