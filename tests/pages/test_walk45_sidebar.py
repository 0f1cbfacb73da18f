"""walk45, the sidebar (AppTest): a search pasted over 200 characters is kept up to the limit and the cut is
said (item 5: the field refused it whole, "0/200", and said nothing); the address note on one value it did not
read says "without it", not "without them" (item 18). The browser test of the paste is
``tests/browser/test_walk45_search_paste_browser.py``."""

from __future__ import annotations

from pathlib import Path

from apptools import open_page_without_error, shown_and_total
from mapdata.filters import MAX_TEXT
from mapdata.store import Store
from ui.common import search_cut_note, search_kept, unread_message

TABLE = "app_pages/2_Table.py"


def test_a_long_search_is_kept_up_to_the_limit():
    assert search_kept("  Sotk   shelling ") == ("Sotk shelling", None)
    text, given = search_kept("Sotk " * 1000)
    assert given == 5000 and len(text) <= MAX_TEXT and text.startswith("Sotk Sotk") and not text.endswith(" ")
    huge, given = search_kept("x" * 200_000)
    assert huge == "x" * MAX_TEXT and given == 200_000
    assert search_cut_note(huge, given) == (
        "Search cut to its first 200 characters: the text given had 200,000 characters (a search keeps at most 200)."
    )


def test_a_pasted_search_over_the_limit_is_applied_cut_and_said(db_path: Path):
    Store(db_path)
    at = open_page_without_error(TABLE)
    total = shown_and_total(at)[1]
    box = at.sidebar.text_input(key="flt_text")
    assert not box.max_chars  # the browser field takes the whole paste (max_chars refused it whole)
    box.input("Sotk " + "z" * 295).run()
    assert not at.exception
    kept = "Sotk " + "z" * (MAX_TEXT - 5)
    assert at.query_params["q"] == [kept] or at.query_params["q"] == kept
    assert at.sidebar.text_input(key="flt_text").value == kept
    notes = [c.value for c in at.sidebar.caption if "Search cut" in c.value]
    assert notes == [
        "Search cut to its first 200 characters: the text given had 300 characters (a search keeps at most 200)."
    ]
    assert shown_and_total(at) == (0, total)
    # Another search: the note goes.
    at.sidebar.text_input(key="flt_text").input("Sotk").run()
    assert not [c.value for c in at.sidebar.caption if "Search cut" in c.value]
    assert shown_and_total(at)[0] > 0


def test_one_value_not_read_is_it_several_are_them(db_path: Path):
    assert unread_message(["from=1850-01-01 (outside)"]).endswith("The page shows the view without it.")
    assert unread_message(["a=1 (x)", "b=2 (y)"]).endswith("The page shows the view without them.")
    six = unread_message([f"k{i}=v (no such filter)" for i in range(6)])
    assert "and 1 more. The page shows the view without them." in six
    Store(db_path)
    at = open_page_without_error(TABLE, {"from": "1850-01-01"})
    notes = [w.value for w in at.warning if "Not read from the address" in w.value]
    assert len(notes) == 1 and notes[0].endswith("The page shows the view without it."), notes
