"""Add report in real Streamlit: a claimant the conflict's profile names (a party's voice, a monitor)
under another side than the profile's is warned of before it is saved, in the proposals grid and in
the hand form, and saved so only when the user confirms (walk40: a row's claimant changed to "Thai
army", the profile's own voice of Thailand, kept the side "media" and was saved as "Thai army
[media]"; "Cambodian MoD" set to "third party" raised no note). A claimant typed into the grid takes
the profile's side unless the side was chosen by hand. AppTest cannot type into a data editor: the
edits the browser would send are set as the editor's state (tests/browser/ types them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from apptools import choose_hand_choices
from mapdata.store import Store
from tests.pages.test_page_add_report import _button, _fill_manual, _propose, open_add_report
from tests.pages.test_page_add_report_points import _edit, _editor, _grid

# Our own words: an outlet telling it in its own voice (claimant "Side Wire", side "media").
MEDIA = """published: 2025-07-25
outlet: Side Wire
url: https://example.org/side-wire

Cambodian troops fired rockets at Kantharalak district on 24 July 2025, killing two civilians.
"""
WARNED = "profile names “Thai army” a voice of Thailand"


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)
    at = _propose(open_add_report(), MEDIA)
    row = _grid(at).iloc[0]
    assert (row["claimant"], row["reporting_side"]) == ("Side Wire", "media")
    return at


def plain(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def warnings(at: AppTest) -> list[str]:
    return [plain(w.value) for w in at.warning]


def _saved(db_path: Path) -> list[tuple[str, str]]:
    frame = Store(db_path).frame().query("origin == 'article'")
    return list(zip(frame["claimant"], frame["reporting_side"]))


def test_a_claimant_typed_in_takes_the_profiles_side_and_says_so(page: AppTest, db_path: Path) -> None:
    _edit(page, _editor(page, 0), {0: {"claimant": "Thai army"}})
    assert not page.exception
    row = _grid(page).iloc[0]
    assert (row["claimant"], row["reporting_side"]) == ("Thai army", "Thailand")  # written into the grid
    assert any(
        "Row 1: side set to Thailand, the side the Thailand–Cambodia profile gives “Thai army”" in plain(c.value)
        for c in page.caption
    )
    assert not [w for w in warnings(page) if WARNED in w]
    _button(page, "Save ticked incidents").click().run()
    assert "1 new" in page.success[0].value
    assert _saved(db_path) == [("Thai army", "Thailand")]


def test_a_side_chosen_by_hand_is_kept_warned_of_and_saved_on_a_second_press(page: AppTest, db_path: Path) -> None:
    _edit(page, _editor(page, 0), {0: {"claimant": "Thai army"}})
    _edit(page, _editor(page), {0: {"reporting_side": "media"}})  # the reviewer sets it back by hand
    assert "ar_grid_revision" not in page.session_state  # not overwritten again (no new grid)
    [warned] = [w for w in warnings(page) if WARNED in w]
    assert warned.startswith("**Row 1** (Thai army [media]) — the Thailand–Cambodia profile names")
    assert "but the reporting side is “media”" in warned
    assert any(b.label == "Set row 1's side to Thailand" for b in page.button)

    _button(page, "Save ticked incidents").click().run()
    assert not page.exception and _saved(db_path) == []  # asked first
    assert any("Nothing was saved yet" in w and "press “Save ticked incidents” again" in w for w in warnings(page))
    _button(page, "Save ticked incidents").click().run()  # confirmed: saved as it is
    assert "1 new" in page.success[0].value
    assert _saved(db_path) == [("Thai army", "media")]


def test_the_button_sets_the_profiles_side(page: AppTest, db_path: Path) -> None:
    """The walk's other case: the side set by hand first ("third party"), then the claimant to
    "Cambodian MoD": the side stays the reviewer's, and the warning offers Cambodia."""
    _edit(page, _editor(page, 0), {0: {"reporting_side": "third party"}})
    _edit(page, _editor(page, 0), {0: {"reporting_side": "third party", "claimant": "Cambodian MoD"}})
    assert "ar_grid_revision" not in page.session_state  # the side stays the reviewer's: no new grid
    assert any(
        "“Cambodian MoD” a voice of Cambodia, but the reporting side is “third party”" in w for w in warnings(page)
    )
    next(b for b in page.button if b.label == "Set row 1's side to Cambodia").click().run()
    assert not page.exception
    row = _grid(page).iloc[0]
    assert (row["claimant"], row["reporting_side"]) == ("Cambodian MoD", "Cambodia")
    assert not [w for w in warnings(page) if "Cambodian MoD" in w]
    _button(page, "Save ticked incidents").click().run()
    assert _saved(db_path) == [("Cambodian MoD", "Cambodia")]


def test_a_claimant_put_back_takes_the_proposals_side_back(page: AppTest) -> None:
    _edit(page, _editor(page, 0), {0: {"claimant": "Thai army"}})
    _edit(page, _editor(page), {0: {"claimant": "Side Wire"}})
    assert "ar_grid_revision" not in page.session_state  # one grid: the side written into it
    row = _grid(page).iloc[0]
    assert (row["claimant"], row["reporting_side"]) == ("Side Wire", "media")


def hand_sent(db_path: Path, claimant: str, side: str, accused: str | None = None) -> AppTest:
    """The hand form of a new page, sent once with a Thailand–Cambodia claim of ``claimant``."""
    Store(db_path)
    at = open_add_report()
    at.selectbox(key="m_conflict").set_value("thailand-cambodia").run()
    choose_hand_choices(at, side=side)
    if accused is not None:
        at.selectbox(key="m_accused_thailand-cambodia").set_value(accused)
    _fill_manual(at, date="2025-07-24", place="Kantharalak", claimant=claimant, source="Hand Wire")
    return at.button(key="FormSubmitter:ar_manual-Save this incident").click().run()


def test_the_hand_form_warns_once_and_saves_when_sent_again(db_path: Path) -> None:
    at = hand_sent(db_path, "Thai army", "media")
    assert not at.exception and not at.success
    [warned] = [w for w in warnings(at) if WARNED in w]
    assert warned.startswith("Not saved yet:") and "press “Save this incident” again" in warned
    assert Store(db_path).frame().query("origin == 'manual'").empty
    at.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not at.exception and at.success
    saved = Store(db_path).frame().query("origin == 'manual'")
    assert list(zip(saved["claimant"], saved["reporting_side"])) == [("Thai army", "media")]


def test_followed_sides_follows_a_new_claimant_unless_the_side_was_chosen_by_hand() -> None:
    from ui.proposals import followed_sides

    def side_of(claimant: str) -> str | None:
        return {"thai army": "Thailand", "cambodian mod": "Cambodia"}.get(claimant.casefold())

    proposed = [("Side Wire", "media")] * 5
    rows = [
        {"claimant": "Thai army", "reporting_side": "media"},  # changed, side as proposed: follows
        {"claimant": "thai ARMY ", "reporting_side": "media"},  # the claimant seen, respelt: no change
        {"claimant": "Cambodian MoD", "reporting_side": "third party"},  # side chosen by hand: kept
        {"claimant": "Cambodian MoD", "reporting_side": "Thailand"},  # side the page wrote: follows
        {"claimant": "Local residents", "reporting_side": "media"},  # not in the profile: stays
    ]
    seen = ["Side Wire", "Thai army", "Side Wire", "Thai army", "Side Wire"]
    found = followed_sides(rows, seen, proposed, {3: "Thailand"}, side_of)
    assert found == {0: "Thailand", 2: None, 3: "Cambodia", 4: None}
    # back to the proposal's claimant: its own side again
    assert followed_sides(
        [{"claimant": "Side Wire", "reporting_side": "Thailand"}], ["Thai army"], proposed, {0: "Thailand"}, side_of
    ) == {0: "media"}
