"""Add report: what a save says counts what it wrote (walk40: "Saved 2 incidents: 1 new, 0
updated, 0 unchanged, 1 skipped as duplicates" when one claim was saved)."""

from __future__ import annotations

import re
from pathlib import Path

from mapdata.store import Store, WriteResult
from tests.pages.test_page_add_report import RESTATED, _button, _propose, open_add_report
from ui.curation import save_outcome


def plain(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def test_a_save_with_a_duplicate_skipped_counts_the_one_saved(db_path: Path) -> None:
    Store(db_path)
    before = Store(db_path).count()
    at = _propose(open_add_report(), RESTATED)  # two claims, each like a bundled one
    _button(at, "Save ticked incidents").click().run()
    radios = sorted((r for r in at.radio if str(r.key).startswith("ar_decision_")), key=lambda r: r.key)
    assert len(radios) == 2
    radios[0].set_value("skip")
    radios[1].set_value("keep")
    at.button(key="ar_pending_save").click().run()
    assert not at.exception
    said = " ".join(plain(s.value) for s in at.success)
    assert "Saved 1 of 2 incidents: 1 new, 0 updated, 0 unchanged, 1 skipped as a duplicate." in said, said
    assert Store(db_path).count() == before + 1


def test_the_headline_counts_what_was_written() -> None:
    assert save_outcome(2, WriteResult(new=["a", "b"])).startswith("Saved 2 incidents: 2 new,")
    said = save_outcome(3, WriteResult(new=["a"], skipped=["b", "c"], kept_retracted=["c"]))
    assert said.startswith("Saved 1 of 3 incidents: 1 new, 0 updated, 0 unchanged, 1 kept retracted (not saved)")
    assert ", 1 skipped as a duplicate." in said
