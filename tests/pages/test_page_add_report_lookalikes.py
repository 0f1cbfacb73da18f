"""Add report in real Streamlit: a proposal that is, or looks like, a stored claim says so under the
proposals before anything is saved, looked up once per set of proposals; the save is as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import ui.curation
from mapdata.store import Store
from tests.pages.test_page_add_report import REPORT, RESTATED, _button, _propose, open_add_report

NOTE = "looks like a stored claim:"


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)
    return open_add_report()


def notes(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if NOTE in m.value]


def plain(text: str) -> str:
    """Markdown as read: the escapes taken out."""
    return re.sub(r"\\(.)", r"\1", text)


def test_a_report_pasted_again_names_its_stored_claim_before_saving(page: AppTest, db_path: Path) -> None:
    _propose(page, REPORT)
    assert notes(page) == []  # nothing like it stored yet
    _button(page, "Save ticked incidents").click().run()
    [saved] = Store(db_path).frame().query("origin == 'article'")["id"]
    version = Store(db_path).data_version()

    again = _propose(open_add_report(), REPORT)
    [note] = notes(again)
    assert plain(note).startswith(f"**Row 1** (2021-05-13 · Tovuz · Azerbaijani MoD) — {NOTE} ")
    assert f"(./?claim={saved.replace(':', '%3A')})" in plain(note)  # the Map page, that claim open
    assert plain(note).endswith("(the same claim, already saved)")
    assert Store(db_path).data_version() == version  # looking wrote nothing
    # The save is what it was: the same claim, not added twice.
    _button(again, "Save ticked incidents").click().run()
    assert not again.exception
    assert "0 new, 0 updated, 1 unchanged" in again.success[0].value
    assert notes(again) == []  # saved: the links to the claims saved say the rest


def test_a_report_restating_stored_claims_names_them_and_the_save_still_asks(page: AppTest, db_path: Path) -> None:
    before = Store(db_path).count()
    _propose(page, RESTATED)
    shown = [plain(n) for n in notes(page)]
    assert [n.split(" (")[0] for n in shown] == ["**Row 1**", "**Row 2**"]
    assert "(./?claim=bundled%3A2022-09-13-am-mod-goris)" in shown[0]
    assert "(./?claim=bundled%3A2022-09-13-am-mod-kapan)" in shown[1]
    assert all(n.endswith("(same claimant, same date, same place)") for n in shown)
    assert any("held back to ask whether to skip it, keep both or merge it" in c.value for c in page.caption)
    _button(page, "Save ticked incidents").click().run()
    assert any("look like claims already stored" in m.value for m in page.markdown)  # the save-time check, as before
    assert Store(db_path).count() == before


def test_the_stored_claims_are_looked_up_once_per_set_of_proposals(
    page: AppTest, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = ui.curation.stored_lookalikes

    def counted(store, incidents):
        calls.append(len(incidents))
        return real(store, incidents)

    monkeypatch.setattr(ui.curation, "stored_lookalikes", counted)
    _propose(page, RESTATED)
    assert calls == [2] and len(notes(page)) == 2
    page.selectbox(key="ar_click_target").set_value("1").run()  # a rerun that changes no row
    page.run()
    assert calls == [2] and len(notes(page)) == 2
    Store(db_path).retract(["bundled:2022-09-13-am-mod-kapan"], "test", who="test")  # the store changed
    page.run()
    assert calls == [2, 2]
    assert [plain(n).split(" (")[0] for n in notes(page)] == ["**Row 1**"]
