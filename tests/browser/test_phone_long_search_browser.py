"""closing48 / fix49 item 4: on a phone (390 x 844) a search of one unbroken word (a link's ``?q=``) was seen to run
past the screen's edge in the "Filtered:" line. Not so at d117e73: Streamlit's markdown breaks the word
(``overflow-wrap: break-word``), and the line's glyphs end at 373 px, inside the main column's 16 px margin. This guards
it, on the three pages that show the line, beside the date and filter buttons, in Latin and Cyrillic letters."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import main, sized_page

LONG = "x" * 120  # 120 letters, no space (walk48: one unbroken word)
WIDTH = 390


@pytest.mark.parametrize(
    ("path", "term"),
    [
        ("/?from=2020-01-01&to=2023-12-31&side=Armenia&", LONG),  # beside two buttons, after other filters
        ("/Table", LONG),
        ("/Timeline", "Ш" * 120),
    ],
)
def test_a_long_unbroken_search_wraps_within_a_phones_window(browser, app_url, path, term):
    with sized_page(browser, WIDTH, 844) as page:
        page.goto(f"{app_url}{path}{'' if path.endswith('&') else '?'}q={term}")
        line = main(page).locator("[data-testid=stMarkdownContainer]", has_text="Filtered:").first
        expect(line).to_contain_text(f"Search: {term}", timeout=120_000)
        text = line.locator("p").first
        text.scroll_into_view_if_needed()
        right = text.evaluate("e => e.getBoundingClientRect().right")
        assert right <= WIDTH, f"the line ends at {right:.0f} px, past the {WIDTH} px window"
        assert text.evaluate("e => e.scrollWidth <= e.clientWidth + 1")  # nothing cut inside it either
        glyphs = text.evaluate(
            "e => { const r = document.createRange(); r.selectNodeContents(e);"
            " return Math.max(...[...r.getClientRects()].map(x => x.right)); }"
        )
        assert glyphs <= WIDTH, f"the words end at {glyphs:.0f} px, past the {WIDTH} px window"
        button = main(page).get_by_role("button", name="Clear all filters")
        assert button.evaluate("e => e.getBoundingClientRect().right") <= WIDTH  # its button on screen too
