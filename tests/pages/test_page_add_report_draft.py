"""fix53: Add report's draft in real Streamlit. A new session (a reload, a new tab, the app restarted) gets the
report pasted and its fields back with a notice; saving the proposals as claims, emptying the text or "Discard the
draft" removes it; a paste over the cap is said not kept (and no older draft stands in for it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapdata.store import Store
from mapdata.store.drafts import MAX_DRAFT_BYTES

REPO = Path(__file__).resolve().parents[2]
PAGE = str(REPO / "app_pages" / "3_Add_report.py")

# Our own words: one claim at a place the gazetteer knows, with a source (saved at once, nothing held back).
REPORT = """url: https://example.org/wire/draft-53
published: 2021-05-14
outlet: Draft Wire

Armenian forces opened fire on Azerbaijani positions near Tovuz on Thursday, Azerbaijan's Defence Ministry said.
"""


def _session() -> AppTest:
    """The page opened in a new session, as after a reload."""
    at = AppTest.from_file(PAGE, default_timeout=90)
    at.run()
    assert not at.exception
    return at


def _button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def _notices(at: AppTest) -> list[str]:
    return [i.value for i in at.info if "Draft from" in i.value]


@pytest.fixture
def store(db_path: Path) -> Store:
    return Store(db_path)


def test_a_paste_comes_back_in_a_new_session_and_saving_its_claims_removes_it(store: Store) -> None:
    first = _session()
    first.text_area(key="ar_text").set_value(REPORT).run()
    assert _notices(first) == []  # (the session's own form: nothing restored)
    kept = store.draft()
    assert kept is not None and (kept.text, kept.outlet, kept.published) == (REPORT, "Draft Wire", "2021-05-14")

    again = _session()
    assert again.text_area(key="ar_text").value == REPORT
    assert again.text_input(key="ar_outlet").value == "Draft Wire"
    assert again.text_input(key="ar_url").value == "https://example.org/wire/draft-53"
    [notice] = _notices(again)
    assert notice.startswith("Draft from ") and " UTC restored" in notice

    before = store.count()
    _button(again, "Propose incidents").click().run()
    _button(again, "Save ticked incidents").click().run()
    assert not again.exception
    assert store.count() == before + 1
    assert store.draft() is None  # saved as claims: no draft
    assert _notices(again) == []
    again.run()  # the form as it is (the report just saved) is not kept again
    assert store.draft() is None

    later = _session()
    assert later.text_area(key="ar_text").value == "" and _notices(later) == []


def test_discarding_clears_the_form_and_the_draft(store: Store) -> None:
    _session().text_area(key="ar_text").set_value(REPORT).run()
    at = _session()
    _button(at, "Discard the draft").click().run()
    assert not at.exception
    assert at.text_area(key="ar_text").value == ""
    assert at.text_input(key="ar_outlet").value == "" and at.selectbox(key="ar_conflict").value == "detect"
    assert _notices(at) == [] and store.draft() is None
    assert _session().text_area(key="ar_text").value == ""


def test_emptying_the_text_removes_the_draft(store: Store) -> None:
    at = _session()
    at.text_area(key="ar_text").set_value(REPORT).run()
    assert store.draft() is not None
    at.text_area(key="ar_text").set_value("").run()
    assert store.draft() is None


def test_a_paste_over_the_cap_is_said_not_kept(store: Store) -> None:
    at = _session()
    at.text_area(key="ar_text").set_value(REPORT).run()
    at.text_area(key="ar_text").set_value("x" * (MAX_DRAFT_BYTES + 1)).run()
    assert not at.exception
    assert any("not kept as a draft" in c.value and "at most 2 MB" in c.value for c in at.caption)
    assert store.draft() is None  # (the earlier, shorter text is no draft of this one)
