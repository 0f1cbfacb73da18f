"""Add report in real Streamlit with a 300,000-character paste: what the page proposes from it is
saved (walk40: "Row 1: extra: the extra fields are 208,881 characters as JSON; at most 100,000 …
Nothing was saved", about a field the user can neither see nor edit), a very long claim's
sentences past what a claim keeps are said before the save and noted in the claim, and a look-alike
of a stored claim is named under the proposals for the long paste too (it vanished there)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapdata.model import MAX_EXTRA_CHARS, extra_fields
from mapdata.store import Store
from tests.pages.test_page_add_report import _button, _propose, open_add_report

HEADER = "url: https://example.org/long-paste\npublished: 2025-07-25\noutlet: Long Wire\n\n"
SENTENCE = "Thai army said Cambodian troops fired at Ta Muen Thom on 24 July 2025."
REPEATED = HEADER + " ".join([SENTENCE] * 4300)  # the walk's paste (298,201 characters there)
DISTINCT = HEADER + " ".join(
    f"Thai army said Cambodian troops fired at Ta Muen Thom on 24 July 2025 with {i} shells." for i in range(3600)
)


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)
    return open_add_report()


def plain(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _articles(db_path: Path):
    return Store(db_path).frame().query("origin == 'article'")


def test_a_300000_character_paste_is_proposed_and_saved(page: AppTest, db_path: Path) -> None:
    assert len(REPEATED) > 300_000
    _propose(page, REPEATED)
    assert any("only the first 200,000 were read" in w.value for w in page.warning)
    grid = page.dataframe[0].value
    assert list(grid["claimant"]) == ["Thai army"] and list(grid["save"]) == [True]
    assert not [i for i in page.info if "sentences this claim was read from" in i.value]  # nothing is cut
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception and not page.error
    assert "1 new" in page.success[0].value
    [saved] = _articles(db_path).to_dict("records")
    assert (saved["date"].isoformat()[:10], saved["place"], saved["claimant"], saved["reporting_side"]) == (
        "2025-07-24",
        "Ta Muen Thom",
        "Thai army",
        "Thailand",
    )
    assert (saved["source"], saved["source_url"]) == ("Long Wire", "https://example.org/long-paste")
    assert extra_fields(saved["extra"])["evidence"]["claim"][0] == SENTENCE


def test_a_long_claim_is_saved_with_its_first_sentences_and_says_so(page: AppTest, db_path: Path) -> None:
    _propose(page, DISTINCT)
    [cut] = [plain(i.value) for i in page.info if "sentences this claim was read from" in plain(i.value)]
    assert re.match(r"Row 1: [\d,]+ of the [\d,]+ sentences this claim was read from are kept with it", cut), cut
    _button(page, "Save ticked incidents").click().run()
    assert not page.exception and not page.error
    said = plain(page.success[0].value)
    assert "1 new" in said and "Row 1: " in said and "sentences this claim was read from are kept" in said
    [saved] = _articles(db_path).to_dict("records")
    extra = extra_fields(saved["extra"])
    assert extra["evidence_cut"] in cut and len(json.dumps(extra, ensure_ascii=False)) <= MAX_EXTRA_CHARS
    assert extra["evidence"]["claim"][0].endswith("with 0 shells.")


def test_the_long_paste_names_the_stored_claim_it_looks_like(page: AppTest, db_path: Path) -> None:
    """walk40: the same sentence pasted 50 times named the stored claim; pasted 4,000 times, nothing
    (its claim could not be made, so it was looked up nowhere)."""
    _propose(page, HEADER + SENTENCE)
    _button(page, "Save ticked incidents").click().run()
    [stored] = _articles(db_path)["id"]
    again = _propose(open_add_report(), REPEATED)
    notes = [plain(m.value) for m in again.markdown if "looks like a stored claim" in m.value]
    assert len(notes) == 1 and notes[0].startswith("**Row 1** (2025-07-24 · Ta Muen Thom · Thai army)"), notes
    assert stored.replace(":", "%3A") in notes[0]
