"""walk45 item 15: a screen reader read a widget's label with the escapes Markdown needs, "Closest spelling:
Verin Tsaghkavan \\(Tavush, AM\\)". Streamlit draws a label as Markdown, so names in it are escaped
(safety.escape_markdown), and gives the same text, escapes and all, to the widget as its aria-label. The page
now reads every aria-label back to plain text (ui/navigation.py PLAIN_ARIA_LABELS): here on Add report's
"Closest spelling" box (the walk's) and the Gazetteer's "“…” means" choice, and no aria-label of either page
holds an escape."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import look_up_name, sized_page, wait_idle
from tests.browser.test_add_report_quick_edits_browser import _type
from tests.browser.test_add_report_walk43_browser import VILLAGE, _proposed

# What safety.escape_markdown puts before a character, as found in any aria-label (and title) of the page.
ESCAPED = r"\\[\\`*_{}\[\]()<>#+\-.!|:~$=]"
ESCAPES_IN_LABELS = """(pattern) => {
  const escaped = new RegExp(pattern);
  return [...document.querySelectorAll('[aria-label], [title]')]
    .flatMap(e => ['aria-label', 'title'].map(a => e.getAttribute(a)))
    .filter(v => v && escaped.test(v));
}"""


def test_the_gazetteers_choice_of_places_is_named_without_escapes(browser, app_url):
    with sized_page(browser, 1400, 900) as page:
        page.goto(f"{app_url}/Gazetteer")
        look_up_name(page, "Chinar (Tavush)", "“Chinar (Tavush)” means")
        wait_idle(page)
        choice = page.get_by_role("radiogroup", name="“Chinar (Tavush)” means", exact=True)
        expect(choice).to_have_count(1)  # was "“Chinar \(Tavush\)” means"
        assert page.evaluate(ESCAPES_IN_LABELS, ESCAPED) == []


def test_add_reports_closest_spelling_box_is_named_without_escapes(browser, app_url):
    with sized_page(browser, 2300, 1300) as page:
        _proposed(page, app_url, VILLAGE, 2)
        _type(page, 1, 1, "Zorakhpyur")
        said = "Row 2: “Zorakhpyur” is not in the gazetteer. Closest spelling: Dzoraghbyur (Kotayk, AM)"
        page.get_by_text(said).wait_for(timeout=60_000)  # shown as before
        wait_idle(page)
        box = page.get_by_role("combobox", name=re.compile(re.escape(said)))
        expect(box).to_have_count(1)  # was "… Closest spelling: Dzoraghbyur \(Kotayk, AM\) — pick it …"
        assert "\\" not in (box.get_attribute("aria-label") or "")
        assert page.evaluate(ESCAPES_IN_LABELS, ESCAPED) == []
