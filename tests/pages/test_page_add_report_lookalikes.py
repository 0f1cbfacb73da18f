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


RETRACTED_NOTE = "looks like a claim retracted "


def _saved_and_retracted(page: AppTest, db_path: Path) -> str:
    """REPORT's first claim saved, then retracted (as from its details on the map): its id."""
    _propose(page, REPORT)
    _button(page, "Save ticked incidents").click().run()
    [saved] = Store(db_path).frame().query("origin == 'article'")["id"]
    Store(db_path).retract([saved], "wrong day", who="test")
    return saved


def _choice(at: AppTest):
    [radio] = [r for r in at.radio if r.key == "ar_decision_0"]
    return radio


def test_a_report_pasted_again_names_its_retracted_claim_and_restores_it_when_asked(
    page: AppTest, db_path: Path
) -> None:
    """walk39: the page said nothing before saving, then "Saved 2 incidents: 0 new, 0 updated, 2
    unchanged" while the claim stayed hidden."""
    saved = _saved_and_retracted(page, db_path)
    again = _propose(open_add_report(), REPORT)
    [note] = [plain(m.value) for m in again.markdown if RETRACTED_NOTE in plain(m.value)]
    assert note.startswith("**Row 1** (2021-05-13 · Tovuz · Azerbaijani MoD) — looks like a claim retracted 20")
    assert "(“wrong day”)" in note and note.endswith("(the same claim, saved before)")
    assert f"(./?retracted=1&claim={saved.replace(':', '%3A')})" in note  # opens it on the map, shown
    assert any("whether to restore it or keep it retracted" in c.value for c in again.caption)

    _button(again, "Save ticked incidents").click().run()
    assert any("retracted earlier" in m.value for m in again.markdown)  # held back: restore, or keep retracted?
    radio = _choice(again)
    assert radio.options == [
        "Keep it retracted (do not save this row)",
        "Restore it (back in every view, with this report's values)",
    ]
    assert radio.value == "skip"  # nothing changes unless asked
    radio.set_value("restore")
    again.button(key="ar_pending_save").click().run()
    assert not again.exception
    said = " ".join(plain(s.value) for s in again.success)
    assert "Saved 1 incident: 0 new, 0 updated, 0 unchanged, 1 restored (retracted before)." in said
    assert saved in set(Store(db_path).frame()["id"])  # back in every view
    assert [e.action for e in Store(db_path).history(saved)][-1] == "restore"


def test_a_retracted_claim_kept_retracted_is_said_so_not_unchanged(page: AppTest, db_path: Path) -> None:
    saved = _saved_and_retracted(page, db_path)
    again = _propose(open_add_report(), REPORT)
    _button(again, "Save ticked incidents").click().run()
    again.button(key="ar_pending_save").click().run()  # (the choice left as offered: keep it retracted)
    said = " ".join(plain(s.value) for s in again.success)
    assert "Saved 0 of 1 incident: 0 new, 0 updated, 0 unchanged, 1 kept retracted (not saved)." in said
    assert saved not in set(Store(db_path).frame()["id"])


def test_a_corrected_copy_of_a_retracted_claim_asks_before_it_is_saved_beside_it(page: AppTest, db_path: Path) -> None:
    """The row's date corrected gives another claim (another id): it looks like the retracted one of
    the same report (same claimant, same URL), and the save asks (walk39: it was saved beside it)."""
    saved = _saved_and_retracted(page, db_path)
    again = _propose(open_add_report(), REPORT)
    digest = again.session_state["ar_result"][0]
    again.session_state[f"ar_editor_{digest[:10]}_2"] = {
        "edited_rows": {0: {"date": "2021-05-12"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    again.run()
    [note] = [plain(m.value) for m in again.markdown if RETRACTED_NOTE in plain(m.value)]
    assert note.startswith("**Row 1** (2021-05-12 · Tovuz · Azerbaijani MoD) — looks like a claim retracted")
    assert "same claimant" in note and "same source URL" in note
    before = Store(db_path).count(include_retracted=True)
    _button(again, "Save ticked incidents").click().run()
    assert Store(db_path).count(include_retracted=True) == before  # held back
    radio = _choice(again)
    assert radio.options == [
        "Keep the stored claim retracted and do not save this row",
        "Restore the stored claim instead (this row is not saved)",
        "Save this row as a new claim (the stored one stays retracted)",
    ]
    radio.set_value("keep")
    again.button(key="ar_pending_save").click().run()
    said = " ".join(plain(s.value) for s in again.success)
    assert "Saved 1 incident: 1 new, 0 updated, 0 unchanged." in said
    assert saved not in set(Store(db_path).frame()["id"])


def test_a_save_that_leaves_a_claim_retracted_says_so() -> None:
    """Whatever the path: a claim saved while retracted is said to stay hidden, not only "unchanged"."""
    from mapdata.store import WriteResult
    from ui.curation import save_outcome

    said = save_outcome(2, WriteResult(unchanged=["a", "b"], retracted=["b"]))
    assert said.startswith("Saved 2 incidents: 0 new, 0 updated, 1 unchanged. 1 of them was retracted before")
    assert "stays hidden: restore from the claim's details on the map" in said
