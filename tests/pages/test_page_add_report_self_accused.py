"""Add report never saves a party accusing itself without a word (walk41: claimant "Cambodian MoD"
typed over an outlet accusing Cambodia took the side Cambodia, kept the accused side Cambodia and
was saved as "Cambodian MoD [Cambodia], accuses Cambodia" with no warning). A side the page sets
turns such an accused side to the side's opponent and says so in the same line; a row or a hand-typed
claim whose side accuses itself is warned of, and saved so only on a second press."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapdata.store import Store
from tests.pages.test_page_add_report import _button
from tests.pages.test_page_add_report_points import _edit, _editor, _grid
from tests.pages.test_page_add_report_sides import hand_sent, page, plain, warnings  # noqa: F401  (the fixture)

ITSELF = "the reporting side “Cambodia” is also the accused side"


def _saved(db_path: Path, origin: str = "article") -> list[tuple[str, str, str]]:
    frame = Store(db_path).frame().query(f"origin == '{origin}'")
    return list(zip(frame["claimant"], frame["reporting_side"], frame["accused_side"]))


def test_a_side_set_from_the_claimant_never_accuses_itself(page: AppTest, db_path: Path) -> None:  # noqa: F811
    assert _grid(page).iloc[0]["accused_side"] == "Cambodia"  # "Cambodian troops fired rockets …"
    _edit(page, _editor(page, 0), {0: {"claimant": "Cambodian MoD"}})
    assert not page.exception
    row = _grid(page).iloc[0]
    assert (row["claimant"], row["reporting_side"], row["accused_side"]) == ("Cambodian MoD", "Cambodia", "Thailand")
    [said] = [plain(c.value) for c in page.caption if "side set to Cambodia" in plain(c.value)]
    assert "Row 1: side set to Cambodia, the side the Thailand–Cambodia profile gives “Cambodian MoD”" in said
    assert "and its accused side from Cambodia to Thailand" in said  # the same line says both
    assert not [w for w in warnings(page) if ITSELF in w]
    _button(page, "Save ticked incidents").click().run()
    assert "1 new" in page.success[0].value
    assert _saved(db_path) == [("Cambodian MoD", "Cambodia", "Thailand")]


def test_a_row_accusing_its_own_side_is_warned_of_and_saved_on_a_second_press(
    page: AppTest,  # noqa: F811
    db_path: Path,
) -> None:
    _edit(page, _editor(page, 0), {0: {"claimant": "Cambodian MoD"}})
    _edit(page, _editor(page), {0: {"accused_side": "Cambodia"}})  # the reviewer puts it back by hand
    [warned] = [w for w in warnings(page) if ITSELF in w]
    assert warned.startswith("**Row 1** (Cambodian MoD [Cambodia]) — ")
    assert "opponent of Cambodia is Thailand" in warned
    assert not [c for c in page.caption if "accused side from" in plain(c.value)]  # no longer the page's doing
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception and _saved(db_path) == []  # asked first
    assert any(ITSELF in w for w in warnings(page))
    assert any("Nothing was saved yet" in w for w in warnings(page))
    _button(page, "Save ticked incidents").click().run()  # confirmed: saved as it is
    assert "1 new" in page.success[0].value
    assert _saved(db_path) == [("Cambodian MoD", "Cambodia", "Cambodia")]


def test_the_button_sets_the_accused_side_to_the_opponent(page: AppTest, db_path: Path) -> None:  # noqa: F811
    _edit(page, _editor(page, 0), {0: {"reporting_side": "Cambodia"}})  # by hand; the outlet accuses Cambodia
    assert any(ITSELF in w for w in warnings(page))
    next(b for b in page.button if b.label == "Set row 1's accused side to Thailand").click().run()
    assert not page.exception
    row = _grid(page).iloc[0]
    assert (row["reporting_side"], row["accused_side"]) == ("Cambodia", "Thailand")
    assert not [w for w in warnings(page) if ITSELF in w]
    _button(page, "Save ticked incidents").click().run()
    assert _saved(db_path) == [("Side Wire", "Cambodia", "Thailand")]


def test_the_hand_form_warns_of_a_side_accusing_itself_once(db_path: Path) -> None:
    at = hand_sent(db_path, "Cambodian MoD", "Cambodia", "Cambodia")
    assert not at.exception and not at.success
    [warned] = [w for w in warnings(at) if ITSELF in w]
    assert warned.startswith("Not saved yet:") and "Choose Thailand as the accused side" in warned
    assert _saved(db_path, "manual") == []
    at.button(key="FormSubmitter:ar_manual-Save this incident").click().run()
    assert not at.exception and at.success
    assert _saved(db_path, "manual") == [("Cambodian MoD", "Cambodia", "Cambodia")]


@pytest.mark.parametrize(
    ("accused", "turned"),
    [("Cambodia", "Thailand"), ("Thailand", None), ("unknown", None), (None, None), (" Cambodia ", "Thailand")],
)
def test_turned_accused(accused: object, turned: str | None) -> None:
    from mapdata.profiles import default_catalog
    from ui.proposals import turned_accused

    profile = default_catalog().require("thailand-cambodia")
    assert turned_accused({"accused_side": accused}, "Cambodia", profile.opponent_of) == turned
