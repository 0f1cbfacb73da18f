"""Add report in real Streamlit: the "A click on the map sets the point of" selector keeps the row it
points at when another row's place is edited (walk44: row 3's place edited switched it from row 1,
the only flagged row, so a click meant for row 1 moved row 3). It may point at a row an edit leaves
without a point only while it points at no row and the reviewer has not chosen one."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from mapdata.store import Store
from tests.pages.test_page_add_report import _button, _propose, open_add_report
from tests.pages.test_page_add_report_points import _edit, _editor, _grid
from tests.pages.test_page_add_report_renamed import PreviewMap, preview  # noqa: F401 (a fixture)

# Our own words (invented facts): two claims, two rows, both placed.
TWO = """url: https://example.org/click-target-2031
published: 2024-02-13
outlet: Click Target Wire

Azerbaijani forces opened fire on Armenian positions near Nerkin Hand in Syunik on 12 February, Armenia's Defence Ministry said.
Separately, Azerbaijani forces shelled Armenian positions near Khachik on 10 February, wounding two soldiers, the ministry said.
"""


def _place(at: AppTest, row: int, name: str) -> None:
    _edit(at, _editor(at), {row: {"place": name}})
    assert not at.exception


def test_an_edit_of_another_row_never_moves_the_map_clicks_row(db_path: Path, preview: PreviewMap) -> None:  # noqa: F811
    Store(db_path)
    page = _propose(open_add_report(), TWO)
    assert len(_grid(page)) == 2 and _grid(page)["latitude"].notna().all()
    assert page.selectbox(key="ar_click_target").value == "nothing"  # no row needs a point yet

    _place(page, 0, "Qqzxvorn")  # not in the gazetteer: row 1 needs a point
    assert page.selectbox(key="ar_click_target").value == "0"  # (a default: nothing was chosen)

    _place(page, 1, "Zzqqvorn")  # row 2 needs one too: the selector stays on row 1
    assert page.selectbox(key="ar_click_target").value == "0"


def _stored(db_path: Path) -> list:
    return [i for i in Store(db_path).incidents() if i.source == "Click Target Wire"]


def _said(at: AppTest) -> str:
    return " ".join(str(e.value).replace("\\", "") for e in [*at.success, *at.info, *at.warning, *at.caption])


def test_a_placed_row_left_unticked_is_said_at_save_and_can_be_saved_after(db_path: Path, preview: PreviewMap) -> None:  # noqa: F811
    """walk44 item 9: a row placed by a map click but not ticked was dropped at Save with no word, and
    "Save ticked incidents" went off until the report was proposed again."""
    Store(db_path)
    page = _propose(open_add_report(), TWO)
    _place(page, 0, "Qqzxvorn")  # row 1 needs a point: the map click places it
    preview.click = {"lat": 39.2, "lng": 46.3}
    page.run()
    assert (_grid(page).iloc[0]["latitude"], _grid(page).iloc[0]["longitude"]) == (39.2, 46.3)
    _edit(page, _editor(page), {0: {"save": False}})  # ... then unticked

    _button(page, "Save ticked incidents").click().run()
    assert [i.place for i in _stored(db_path)] == ["Khachik"]
    said = _said(page)
    assert "Saved 1 incident: 1 new" in said
    assert "Row 1 (Armenian MoD) is placed but not ticked: tick it and save again." in said
    assert not _button(page, "Save ticked incidents").disabled

    _edit(page, _editor(page), {0: {"save": True}})
    _button(page, "Save ticked incidents").click().run()  # row 2 ticked too: saved once, not again
    assert sorted(i.place for i in _stored(db_path)) == ["Khachik", "Qqzxvorn"]
    assert _button(page, "Save ticked incidents").disabled
