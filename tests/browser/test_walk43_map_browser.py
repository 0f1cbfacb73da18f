"""walk43, a new user's walk of the map page: a claim the filters hide stayed open beside the map with
no word of it, and a shared link (``?claim=…``) whose own filters hide its claim framed the map on
that claim, which the map did not draw; at 420 px the attribution covered the scale bar."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import main, open_map, sized_page, wait_idle

KAPAN = "bundled:2022-09-13-am-mod-kapan"  # Armenia's MoD: hidden by "Reporting side: Azerbaijan"
HIDDEN_NOTE = "The current filters hide this claim"


def view_of(frame) -> list[float]:
    return frame.evaluate("() => [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]")


def test_a_link_whose_filters_hide_its_claim_frames_what_is_shown_and_says_why(page, app_url, outside_requests):
    frame = open_map(page, f"{app_url}/?side=Azerbaijan")
    wait_idle(page)
    fitted = view_of(frame)

    frame = open_map(page, f"{app_url}/?side=Azerbaijan&claim={KAPAN}")
    page.locator(f"[data-claim-id='{KAPAN}']").wait_for(timeout=90_000)  # the claim is open in the panel
    wait_idle(page)
    note = main(page).get_by_text(HIDDEN_NOTE)
    expect(note).to_be_visible()
    assert "Reporting side: Azerbaijan" in note.inner_text()
    # framed on the claims drawn, as the same link without the claim (was: centred on Kapan, not drawn)
    assert view_of(frame) == pytest.approx(fitted, abs=0.05)

    main(page).get_by_role("button", name="Clear that filter").click()
    page.wait_for_url(lambda url: "side=" not in url)
    wait_idle(page)
    expect(note).to_have_count(0)
    # the whole page follows, not only the address (walk44: the sidebar kept "Azerbaijan", the count and the
    # "Filtered:" line the old filter, until a reload)
    sidebar = page.locator("[data-testid='stSidebar']")
    expect(sidebar.get_by_text("Azerbaijan", exact=True)).to_have_count(0)
    expect(main(page).get_by_text("Filtered:")).to_have_count(0)
    expect(page.locator(f"[data-claim-id='{KAPAN}']").first).to_be_visible()
    assert parse_qs(urlparse(page.url).query)["claim"] == [KAPAN]  # still open, now on the map
    assert outside_requests.not_tiles() == []


def test_a_filter_set_while_a_claim_is_open_says_it_hides_it(page, app_url):
    open_map(page, f"{app_url}/?claim={KAPAN}")
    page.locator(f"[data-claim-id='{KAPAN}']").wait_for(timeout=90_000)
    wait_idle(page)
    expect(main(page).get_by_text(HIDDEN_NOTE)).to_have_count(0)  # shown: nothing to say
    search = page.get_by_label("Search place, claimant, source, summary", exact=True)
    search.fill("Tovuz")
    search.press("Enter")
    note = main(page).get_by_text(HIDDEN_NOTE)
    expect(note).to_be_visible(timeout=60_000)
    assert "Search: Tovuz" in note.inner_text()
    wait_idle(page)
    expect(page.locator(f"[data-claim-id='{KAPAN}']").first).to_be_visible()  # still open, as the user left it


CONTROLS = """() => {
  const box = s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  return {scale: box('.leaflet-control-scale-line'), attribution: box('.leaflet-control-attribution')};
}"""


@pytest.mark.parametrize("width", [420, 1400])
def test_the_attribution_is_one_line_clear_of_the_scale_bar(browser, app_url, width):
    with sized_page(browser, width, 900) as page:
        frame = open_map(page, app_url)
        wait_idle(page)
        controls = frame.evaluate(CONTROLS)
        scale, attribution = controls["scale"], controls["attribution"]
        # one line (was two at 420 px, 16 px type, with the scale bar sitting on it)
        assert attribution[3] - attribution[1] < 20, controls
        apart = scale[3] <= attribution[1] - 4 or scale[2] <= attribution[0] - 4
        assert apart, controls
