"""Add report in headless Chromium: a claimant typed into the proposals grid that the conflict's
profile names takes the profile's side (said under the grid); a side chosen by hand that is not the
profile's is warned of, with a button that sets it, and "Save" asks once before saving it so
(walk40: "Thai army" typed over an outlet kept the side "media" and was saved as "Thai army
[media]"). And a 300,000-character paste is proposed, saved whole, and, pasted again, named as the
claim already stored (walk40: "Row 1: extra: … at most 100,000 … Nothing was saved", and no
look-alike note)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import propose_report, sized_page, type_into_cell, wait_idle
from tests.browser.test_add_report_map_click_browser import _grid, _row_once

# Our own words (invented facts): an outlet telling it in its own voice (side "media").
MEDIA = """published: 2025-07-25
outlet: Side Browser Wire
url: https://example.org/side-browser

Cambodian troops fired rockets at Kantharalak district on 24 July 2025, killing two civilians.
"""
SENTENCE = "Thai army said Cambodian troops fired at Ta Muen Thom on 24 July 2025."
LONG = "url: https://example.org/long-browser\npublished: 2025-07-25\noutlet: Long Browser Wire\n\n" + " ".join(
    [SENTENCE] * 4300
)


def _cell(page, right: int) -> None:
    """Select the first row's cell ``right`` columns right of its date (drawn on the grid's canvas)."""
    wait_idle(page)
    _grid(page).click(position={"x": 150, "y": 36 + 18})
    page.wait_for_timeout(300)
    for _ in range(right):
        page.keyboard.press("ArrowRight")


def _type_claimant(page, old: str, new: str) -> None:
    """Type ``new`` over ``old`` in the first row's claimant cell (two columns right of the date); once
    more while a run that redraws the grid swallowed the keys."""
    editor = page.locator("textarea.gdg-input, input.gdg-input").first
    for _ in range(4):
        _cell(page, 2)
        page.keyboard.press("Enter")
        editor.wait_for(timeout=5_000)
        if editor.input_value() != old:
            page.keyboard.press("Escape")
            continue
        type_into_cell(page, editor, new)
        wait_idle(page)
        if _row_once(page, lambda r: r.get("claimant") == new, tries=12).get("claimant") == new:
            return
    raise AssertionError(f"{new!r} could not be typed over {old!r}")


def _choose_side(page, side: str) -> None:
    """Choose ``side`` in the first row's side cell (three columns right of the date): its list opens
    with Enter, and the option is clicked."""
    _cell(page, 3)
    page.keyboard.press("Enter")
    page.get_by_role("option", name=side, exact=True).click()
    wait_idle(page)


def test_a_claimant_typed_in_takes_its_side_and_another_side_is_warned_of(browser, app_url, app_db, outside_requests):
    from mapdata.store import Store

    with sized_page(browser, 2300, 1300) as page:
        page.goto(f"{app_url}/Add_report")
        propose_report(page, MEDIA)
        page.get_by_text("1 proposed incident").wait_for(timeout=300_000)
        row = _row_once(page, lambda r: r.get("claimant") == "Side Browser Wire")
        assert row["side"] == "media", row

        _type_claimant(page, "Side Browser Wire", "Thai army")
        row = _row_once(page, lambda r: r.get("side") == "Thailand")
        assert (row["claimant"], row["side"]) == ("Thai army", "Thailand"), row
        page.get_by_text(
            "Row 1: side set to Thailand, the side the Thailand–Cambodia profile gives “Thai army”"
        ).wait_for()

        _choose_side(page, "media")  # the reviewer puts it back by hand: kept, and warned of
        row = _row_once(page, lambda r: r.get("side") == "media")
        assert (row["claimant"], row["side"]) == ("Thai army", "media"), row
        warning = page.locator("[data-testid=stAlert]").filter(has_text="profile names “Thai army” a voice of Thailand")
        expect(warning).to_have_count(1)
        expect(warning).to_contain_text("Row 1 (Thai army [media])")
        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Nothing was saved yet.").wait_for()
        assert not [i for i in Store(app_db).incidents() if i.source == "Side Browser Wire"]

        page.get_by_role("button", name="Set row 1's side to Thailand").click()
        row = _row_once(page, lambda r: r.get("side") == "Thailand")
        assert (row["claimant"], row["side"]) == ("Thai army", "Thailand"), row
        expect(warning).to_have_count(0)
        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
        [saved] = [i for i in Store(app_db).incidents() if i.source == "Side Browser Wire"]
        assert (saved.claimant, saved.reporting_side) == ("Thai army", "Thailand")
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
        assert outside_requests.not_tiles() == []


def test_a_300000_character_paste_is_saved_and_named_when_pasted_again(browser, app_url, app_db, outside_requests):
    from mapdata.store import Store

    assert len(LONG) > 300_000
    with sized_page(browser, 1400, 900) as page:
        page.goto(f"{app_url}/Add_report")
        propose_report(page, LONG)
        page.get_by_text("1 proposed incident").wait_for(timeout=300_000)
        page.get_by_text("only the first 200,000 were read").wait_for()
        wait_idle(page)
        page.get_by_role("button", name="Save ticked incidents").click()
        page.get_by_text("Saved 1 incident: 1 new").first.wait_for()
        expect(page.get_by_text("extra: the extra fields are")).to_have_count(0)
        [saved] = [i for i in Store(app_db).incidents() if i.source == "Long Browser Wire"]
        assert (saved.date.isoformat(), saved.place, saved.claimant, saved.reporting_side) == (
            "2025-07-24",
            "Ta Muen Thom",
            "Thai army",
            "Thailand",
        )
        assert (
            saved.source_url == "https://example.org/long-browser" and saved.extra["evidence"]["claim"][0] == SENTENCE
        )

        # pasted again, in a new session: the stored claim is named under the proposals
        page.goto(f"{app_url}/Add_report")
        propose_report(page, LONG)
        page.get_by_text("1 proposed incident").wait_for(timeout=300_000)
        note = page.locator("[data-testid=stMarkdownContainer]").filter(has_text="looks like a stored claim:")
        expect(note).to_have_count(1)
        expect(note).to_contain_text("Row 1 (2025-07-24 · Ta Muen Thom · Thai army)")
        expect(note).to_contain_text("(the same claim, already saved)")
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
        assert outside_requests.not_tiles() == []
