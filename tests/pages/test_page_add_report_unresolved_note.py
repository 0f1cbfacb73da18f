"""Add report in real Streamlit, round 42's walk: what "Save" lists on the Gazetteer page as unresolved keeps
the report's conflict, a row the reviewer placed by a map click is not listed, an unknown place is said
once (on its row), and a saved claim's evidence holds each sentence once. AppTest cannot click a map: a
stub st_folium returns the click the browser would send."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from mapdata.geo.placebook import PlaceBook
from mapdata.model import extra_fields
from mapdata.store import Store
from tests.pages.test_page_add_report import _button, _propose, open_add_report
from ui.proposals import editor_key, evidence_once

SENTENCE_1 = (
    "The Thai army said Cambodian troops fired artillery at Ban Zzyxkhok near the border on Thursday, "
    "wounding two Thai soldiers."
)
SENTENCE_2 = "On Wednesday the Thai army said Cambodian troops shelled Ban Qwvornthap with rockets."
REPORT = f"""published: 2025-07-25
outlet: Bangkok Wire

{SENTENCE_1}
{SENTENCE_2}
"""
CLICK = {"lat": 14.41, "lng": 103.52}


@pytest.fixture
def page(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    Store(db_path)
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: {"last_clicked": None})
    return open_add_report()


def _save_with(at: AppTest, revision: int, row: dict) -> None:
    """Row 1 edited in the grid (as the browser would send it; AppTest cannot type into it), then saved."""
    digest = at.session_state["ar_result"][0]
    at.session_state[editor_key(digest, 2, revision)] = {"edited_rows": {0: row}, "added_rows": [], "deleted_rows": []}
    at.run()
    _button(at, "Save ticked incidents").click().run()
    assert not at.exception


def _places(at: AppTest) -> list[str]:
    return list(at.dataframe[0].value["place"])


def test_an_unknown_place_is_said_once_on_its_row(page: AppTest) -> None:
    _propose(page, REPORT)
    assert _places(page) == ["Ban Zzyxkhok", "Ban Qwvornthap"]
    said = [w.value for w in page.warning] + [c.value for c in page.caption]
    for name in ("Ban Zzyxkhok", "Ban Qwvornthap"):
        about = [text for text in said if name in text and "gazetteer" in text]
        assert len(about) == 1, about  # (before: "The place … is not in the gazetteer" above the grid too)
        assert about[0].startswith("Row "), about
    # the one word on it is a warning, not small print
    assert any(w.value.startswith("Row 1: “Ban Zzyxkhok” is not in the gazetteer") for w in page.warning)


def test_save_lists_the_unplaced_name_with_the_conflict_and_not_the_clicked_one(
    page: AppTest, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _propose(page, REPORT)
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: {"last_clicked": CLICK})
    page.selectbox(key="ar_click_target").set_value("0").run()  # row 1 placed by a click on the map
    assert not page.exception
    _save_with(page, 0, {"save": True})  # (the click is written into the same grid)
    [saved] = [i for i in Store(db_path).incidents() if i.source == "Bangkok Wire"]
    assert (saved.place, saved.latitude, saved.longitude) == ("Ban Zzyxkhok", 14.41, 103.52)
    listed = {u.name: u for u in PlaceBook(Store(db_path)).unresolved()}
    assert "Ban Zzyxkhok" not in listed  # the user placed it (before: listed as unresolved)
    # the row left without a point is listed, with the report's conflict (before: "report: Bangkok Wire")
    assert listed["Ban Qwvornthap"].context == "report: Bangkok Wire · Thailand–Cambodia"


def test_a_saved_claim_holds_each_evidence_sentence_once(page: AppTest, db_path: Path) -> None:
    _propose(page, REPORT)
    _save_with(page, 0, {"save": True, "latitude": 14.41, "longitude": 103.52})
    [saved] = [i for i in Store(db_path).incidents() if i.source == "Bangkok Wire"]
    extra = extra_fields(saved.extra) if isinstance(saved.extra, str) else saved.extra
    text = str(extra)
    assert text.count(SENTENCE_1) == 1, extra  # (before: 7 times, once per value it gave)
    assert extra["evidence"]["claim"] == [SENTENCE_1]
    assert extra["evidence_gave"]["wounded"] == [0] and extra["evidence_gave"]["place"] == [0]


def test_evidence_once_keeps_which_sentence_gave_what() -> None:
    extra = {
        "evidence": {"claim": ["a", "b"], "date": ["b"], "place": ["c"], "wounded": ["a", "c"]},
        "responses": ["r"],
    }
    once = evidence_once(extra)
    assert once["evidence"] == {"claim": ["a", "b", "c"]}
    assert once["evidence_gave"] == {"date": [1], "place": [2], "wounded": [0, 2]}
    assert once["responses"] == ["r"]
    assert evidence_once({"evidence": {}}) == {"evidence": {}}
    assert evidence_once(None) == {}


def test_a_name_placed_by_a_click_is_remembered_for_the_next_report(
    page: AppTest, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # review42 finding 13: the click placed one claim and the next report naming the village was unknown again
    _propose(page, REPORT)
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *a, **k: {"last_clicked": CLICK})
    page.selectbox(key="ar_click_target").set_value("0").run()
    _save_with(page, 0, {"save": True})
    said = " ".join(s.value for s in page.success)
    assert "Remembered “Ban Zzyxkhok” at the point you gave" in said, said
    book = PlaceBook(Store(db_path))
    assert "ban zzyxkhok" in book.aliases("thailand-cambodia")  # remembered for the report's conflict only
    assert "ban zzyxkhok" not in book.aliases("armenia-azerbaijan")
    again = open_add_report()
    _propose(again, REPORT)
    rows = again.dataframe[0].value
    assert bool(rows["place found"][0]) and round(float(rows["latitude"][0]), 2) == 14.41
