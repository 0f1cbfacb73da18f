"""Add report: a denial of one incident the reader split into two places is both halves', said so above
the proposals and saved with both (walk49: only the vaguer half was denied). Our own words."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from mapdata.model import extra_fields
from mapdata.store import Store
from tests.claims.test_spread_denials import DENIAL, TWO_PLACES
from tests.pages.test_page_add_report import _button, _propose, page  # noqa: F401  (the fixture)


def test_the_denial_is_said_of_both_rows_and_saved_with_both(page: AppTest, db_path: Path) -> None:  # noqa: F811
    _propose(page, f"published: 2026-12-01\noutlet: Our Wire\n\n{TWO_PLACES}")
    said = [i.value for i in page.info if i.value.startswith("Denial by")]
    assert len(said) == 1 and "of rows 1 and 2:" in said[0], said  # was "of row 2"
    shown = [h.proto.body for h in page.get("html") if "The other side's response" in h.proto.body]
    assert len(shown) == 2  # each row's evidence quotes it
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception
    frame = Store(db_path).frame().query("origin == 'article'")
    assert sorted(frame["place"]) == ["Gegharkunik", "Sotk"]
    assert [extra_fields(e).get("responses") for e in frame["extra"]] == [[DENIAL], [DENIAL]]
