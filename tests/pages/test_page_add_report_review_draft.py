"""fix54: the review of Add report's proposals, kept with the draft, in real Streamlit. A new session (a reload, a
new tab, the app restarted) draws the proposals as the reviewer left them (a row unticked, a count typed, a claim
added from a passed-over sentence) with a notice saying so; saving the claims or discarding removes them with the
draft; a text changed since they were read gets the text alone; a review over the cap is said not kept."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from mapdata.store import Store
from tests.pages.test_page_add_report import LEFTOVER_REPORT
from tests.pages.test_page_add_report_draft import PAGE, _button, _notices
from ui.proposals import editor_key

# Our own words (invented facts): three claims at places the gazetteer knows, with a source.
REPORT = """url: https://example.org/wire/review-54
published: 2024-03-20
outlet: Review Wire

Armenia's Defence Ministry said Azerbaijani units fired mortars at Armenian posts near Tegh on 18 March.
On 17 March Azerbaijani troops shelled a village near Berd, wounding two civilians, according to the ministry.
Azerbaijan's Defence Ministry accused Armenian units of firing at its positions near Tovuz on 19 March.
"""


@pytest.fixture
def store(db_path: Path) -> Store:
    return Store(db_path)


def _session() -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=90)
    at.run()
    assert not at.exception
    return at


def _proposed(text: str) -> AppTest:
    at = _session()
    at.text_area(key="ar_text").set_value(text).run()
    _button(at, "Propose incidents").click().run()
    assert not at.exception
    return at


def _edit(at: AppTest, edits: dict[int, dict]) -> AppTest:
    """The grid's edits as the browser sends them (AppTest cannot type into a data editor)."""
    digest, result = at.session_state["ar_result"]
    key = editor_key(digest, len(result.proposals))
    at.session_state[key] = {"edited_rows": edits, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.exception
    return at


def _grid(at: AppTest) -> list[tuple]:
    table = at.dataframe[0].value
    killed = [None if pd.isna(k) else int(k) for k in table["killed"]]
    return list(zip(table["save"], table["place"], killed))


def test_the_proposals_as_edited_come_back_in_a_new_session_until_saved(store: Store) -> None:
    first = _edit(_proposed(REPORT), {0: {"save": False}, 1: {"killed": 4}})
    edited = [(False, "Tegh", None), (True, "Berd", 4), (True, "Tovuz", None)]
    assert [(r["save"], r["place"], r["killed"]) for r in first.session_state["ar_rows"][1]] == edited
    assert _grid(first) != edited  # (AppTest shows the rows the grid is given; the edits are on top of them)
    kept = store.draft()
    assert kept is not None and kept.review is not None

    again = _session()  # (before fix54: the text alone, no proposals)
    assert again.text_area(key="ar_text").value == REPORT
    assert _grid(again) == edited
    [notice] = _notices(again)
    assert "restored, with your edits to 2 proposals" in notice and "3 proposed incidents" in notice
    assert again.subheader[0].value == "3 proposed incidents"

    before = store.count()
    _button(again, "Save ticked incidents").click().run()
    assert not again.exception
    assert store.count() == before + 2  # the two ticked, the count typed kept
    saved = sorted((i for i in store.incidents() if i.source == "Review Wire"), key=lambda i: i.place or "")
    assert [(i.place, i.killed) for i in saved] == [("Berd", 4), ("Tovuz", None)]
    assert store.draft() is None
    later = _session()
    assert later.text_area(key="ar_text").value == "" and _notices(later) == [] and not later.dataframe


def test_a_claim_added_from_a_passed_over_sentence_comes_back(store: Store) -> None:
    at = _proposed(LEFTOVER_REPORT)
    _button(at, "Add as a claim").click().run()
    assert not at.exception
    assert list(at.dataframe[0].value["place"]) == ["Sotk", "Kut"]

    again = _session()
    assert list(again.dataframe[0].value["place"]) == ["Sotk", "Kut"]
    assert not [e for e in again.expander if "gave no claim" in e.label]  # (its sentence is the claim now)
    [notice] = _notices(again)
    assert "2 proposed incidents" in notice


def test_a_text_changed_since_the_reading_comes_back_alone(store: Store) -> None:
    at = _edit(_proposed(REPORT), {0: {"save": False}})
    at.text_area(key="ar_text").set_value(REPORT + "A sentence added after the reading.\n").run()
    kept = store.draft()
    assert kept is not None and kept.text.endswith("after the reading.\n") and kept.review is None

    again = _session()
    assert again.text_area(key="ar_text").value.endswith("after the reading.\n")
    assert not again.dataframe  # (the proposals were another text's: propose again)
    [notice] = _notices(again)
    assert "Propose again" in notice


def test_discarding_removes_the_review_with_the_draft(store: Store) -> None:
    _edit(_proposed(REPORT), {1: {"killed": 4}})
    at = _session()
    assert at.dataframe
    _button(at, "Discard the draft").click().run()
    assert not at.exception and not at.dataframe
    assert store.draft() is None
    again = _session()
    assert again.text_area(key="ar_text").value == "" and not again.dataframe


def test_a_review_over_the_cap_is_said_not_kept_and_the_text_is(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import mapdata.store.drafts as drafts

    at = _proposed(REPORT)
    assert store.draft().review is not None  # type: ignore[union-attr]
    monkeypatch.setattr(drafts, "MAX_REVIEW_BYTES", 2_000)  # (a review of 3 proposals is some kB)
    _edit(at, {0: {"save": False}})
    assert any("not kept with the draft" in c.value and "at most" in c.value for c in at.caption), [
        c.value for c in at.caption
    ]
    kept = store.draft()
    assert kept is not None and kept.text == REPORT and kept.review is None  # (the one before: dropped)
    again = _session()
    assert again.text_area(key="ar_text").value == REPORT and not again.dataframe
