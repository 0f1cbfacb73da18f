"""Round 51's walk, the items fix51 fixed, in headless Chromium (the bundled example claims):

- the hand form started with "shelling" as the event type and the conflict's first party as the reporting side,
  and a Poonch entry whose type was never chosen was saved as shelling. Both start empty and are asked for.
- the sidebar said "N of <the whole database> incidents shown" beside the Conflict box's count of the conflict.
- on a phone, the claim's extra field names broke mid-word ("acled.event_typ / e").
- with "Show retracted claims" on, only a far-right column told a retracted row of the Table from a live one, and
  ``/Table?claim=<a retracted claim>`` said nothing. (Last: it retracts a claim of the module's database.)
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from maptools import MAP_IFRAME, click_tab, main, opened_claim, sized_page, wait_idle

pytestmark = pytest.mark.browser

SIDEBAR = "[data-testid=stSidebar]"
EXTRA_CLAIM = "csv:walk51-extra"
EXTRA = {
    "acled": {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "disorder_type": "Political violence",
        "interaction": "Military versus military",
    }
}
# Where a label's line breaks fell: the text before each break (a break is where a character's top moves down).
BREAKS = """() => Array.from(document.querySelectorAll('.mapdata-extra .key'), key => {
    const text = key.textContent, before = [];
    const walker = document.createTreeWalker(key, NodeFilter.SHOW_TEXT);
    let top = null, seen = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.length; i++) {
            const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
            const rect = range.getBoundingClientRect();
            if (top !== null && rect.top > top + 2) before.push(seen);
            if (top === null || rect.top > top + 2) top = rect.top;
            seen += node.data[i];
        }
    }
    return {text, before, width: key.getBoundingClientRect().width};
})"""


def test_the_hand_form_asks_for_the_event_type_and_side_it_does_not_fill_in(page, app_url, app_db):
    from mapdata.store import Store

    before = Store(app_db).count()
    page.goto(f"{app_url}/Add_report")
    click_tab(page, "Enter one incident by hand")
    panel = page.get_by_role("tabpanel", name="Enter one incident by hand")
    panel.locator("[data-testid=stSelectbox]").filter(has_text="Conflict").first.click()
    page.get_by_role("option", name="India–Pakistan", exact=True).click()
    wait_idle(page)
    expect(panel.get_by_role("combobox", name="Reporting side")).to_have_value("")  # was "India"
    expect(panel.get_by_role("combobox", name="Event type")).to_have_value("")  # was "shelling"
    for label, value in {
        "Date (YYYY-MM-DD)": "2025-05-07",
        "Place": "Poonch",
        "Latitude": "33.77",
        "Longitude": "74.09",
        "Claimant (who says so)": "Pakistan army (ISPR)",
        "Source (outlet)": "Example Wire",
        "Source URL": "https://example.org/poonch",
    }.items():
        panel.get_by_label(label, exact=True).fill(value)
    panel.get_by_role("button", name="Save this incident").click()
    alert = panel.locator("[data-testid=stAlertContentError]").filter(has_text="2 problems to fix")
    expect(alert).to_be_visible(timeout=60_000)  # it was saved as shelling, said by India
    items = alert.locator("li").all_inner_texts()
    assert items[0].startswith("event type: choose one (“other” if the report does not say)"), items
    assert items[1].startswith("reporting side: choose the side the claimant speaks for"), items
    wait_idle(page)
    expect(panel.locator("[data-testid=stAlertContentSuccess]")).to_have_count(0)
    assert Store(app_db).count() == before


def test_the_count_is_of_the_conflict_chosen(page, app_url, app_db):
    from factories import make_india_claim
    from mapdata.store import Store

    store = Store(app_db)
    store.save([make_india_claim(id="manual:walk51-poonch")])
    frame = store.frame()
    everything, of_conflict = len(frame), int((frame["conflict"] == "armenia-azerbaijan").sum())
    assert everything > of_conflict
    page.goto(f"{app_url}/Table?conflict=armenia-azerbaijan&q=Sotk")
    count = page.locator(SIDEBAR).get_by_text(re.compile(r"of [\d,]+ incidents? shown"))
    expect(count).to_have_text(re.compile(rf"^\d+ of {of_conflict:,} incidents shown$"), timeout=120_000)  # was of all
    box = page.locator(SIDEBAR).get_by_role("combobox", name="Conflict")
    expect(box).to_have_value(f"Armenia–Azerbaijan ({of_conflict:,})")


def test_extra_field_names_wrap_at_dots_and_underscores_on_a_phone(browser, app_url, app_db):
    from factories import make_claim
    from mapdata.store import Store

    Store(app_db).save([make_claim(id=EXTRA_CLAIM, origin="csv", extra=EXTRA)], origin="csv", label="walk51")
    with sized_page(browser, 390, 844) as page:
        page.goto(f"{app_url}/?claim={EXTRA_CLAIM}")
        page.wait_for_selector(MAP_IFRAME, timeout=120_000)
        assert opened_claim(page) == EXTRA_CLAIM
        keys = main(page).locator(".mapdata-extra .key")
        expect(keys.filter(has_text="acled.sub_event_type")).to_have_count(1, timeout=60_000)
        wait_idle(page)
        labels = page.evaluate(BREAKS)
        assert any(label["before"] for label in labels), labels  # the column is narrow: some labels wrap
        for label in labels:  # each break after a "." or "_" (it fell inside "event_type": "event_typ / e")
            assert all(before[-1] in "._" for before in label["before"]), label


def test_a_retracted_claim_is_marked_where_its_table_row_starts_and_a_link_to_it_says_so(page, app_url, app_db):
    from mapdata.store import Store

    store = Store(app_db)
    frame = store.frame().sort_values(["date", "id"], ascending=[False, True])
    newest = str(frame["id"].iloc[0])  # the table's first row
    store.retract([newest], reason="walk51 test", who="test")

    page.goto(f"{app_url}/Table?claim={newest.replace(':', '%3A')}")  # retracted, and the filter hides it
    said = main(page).get_by_text("The claim this link names")
    expect(said).to_be_visible(timeout=120_000)  # the Table said nothing; the Map says it
    expect(said).to_contain_text("is not in the table. This claim was retracted")
    expect(said).to_contain_text("walk51 test")

    page.goto(f"{app_url}/Table?retracted=1")
    grid = main(page).locator("[data-testid=stDataFrame]").first
    headers = grid.locator("[role=columnheader]")
    expect(headers.filter(has_text=re.compile(r"^Retracted$"))).to_have_count(1, timeout=120_000)
    wait_idle(page)
    page.wait_for_function(
        "() => { const g = document.querySelector('[data-testid=stMain] [data-testid=stDataFrame]');"
        " const r = g && g.querySelectorAll('[role=row]')[1];"
        " return !!r && [...r.querySelectorAll('[role=gridcell]')].some(c => c.textContent.trim()); }",
        timeout=60_000,
    )
    names = [(h.text_content() or "").strip() for h in headers.all()]
    texts = [(h or "").strip() for h in names if (h or "").strip()]
    assert texts[0] == "Retracted" and texts[1] == "Date", texts  # first, where a row starts
    first_row = grid.locator("[role=row]").nth(1).locator("[role=gridcell]").all_text_contents()
    cells = [c.strip() for c in first_row if c.strip()]
    assert cells[0].startswith("RETRACTED 20"), first_row
