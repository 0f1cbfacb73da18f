"""walk44's wording findings on the Map's details panel and the Table (AppTest): a spot's list header
said " · the filters apply" (to what?); a contested claim of one day and spot said that grouping three
times; "evidence_gave.claimant 0" under extra; the Table's two CSV buttons counted differently; and its
grid stood ~10 rows tall whatever it held (the 11th of 11 cut, empty page below)."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit
from test_details_evidence import no_map_component, panel, visible_text

from apptools import PAGE_TIMEOUT, REPO, open_page_without_error
from mapdata.profiles import BUNDLED_IDS
from mapdata.store import Store
from tests.factories import make_claim
from ui.details import SELECTION, Selection, extra_html

__all__ = ["no_map_component"]  # the map component stubbed out here too (an autouse fixture)
TEGH = "bundled:2023-04-11-am-mod-tegh"


def test_a_spots_list_header_does_not_say_the_filters_apply(db_path: Path) -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=PAGE_TIMEOUT).run()
    frame = Store(db_path).frame()
    tovuz = frame[frame["place"] == "Tovuz"].iloc[0]
    at.session_state[SELECTION] = Selection(spot=(float(tovuz["latitude"]), float(tovuz["longitude"])))
    at.run()
    assert not at.exception, at.exception
    captions = [c.value for c in at.caption]
    header = [c for c in captions if c.startswith(f"{float(tovuz['latitude']):.5f}")]
    assert header, captions
    assert "filters apply" not in header[0]  # nothing hidden: nothing said of the filters


def test_a_clash_of_one_day_and_spot_is_said_grouped_once(db_path: Path) -> None:
    Store(db_path, seed=False).add_bundled(BUNDLED_IDS)
    text = " ".join(visible_text(panel(TEGH)).split())
    assert "Different numbers killed on 2023-04-11 at Tegh / Digh" in text  # the difference, said once
    assert "Grouped as one clash with:Azerbaijani MoD [Azerbaijan], 2023-04-11 at Digh" in text
    assert "Grouped as one clash: 2 accounts" not in text and "Grouped with:" not in text
    assert text.count("own accounts blame each other") == 1  # the status line's (round 49's wording)
    assert text.count("Different numbers killed") == 1
    assert text.count("Grouped") == 1


def test_which_sentence_gave_a_field_is_said_in_words() -> None:
    extra = {"evidence": {"claim": ["A.", "B."]}, "evidence_gave": {"claimant": [0], "date": [0, 1]}}
    shown = " ".join(visible_text(extra_html(extra)).split())
    assert "evidence_gave" not in shown
    assert "claimant read fromsentence 1 of evidence.claim" in shown
    assert "date read fromsentences 1, 2 of evidence.claim" in shown
    odd = {"evidence_gave": {"claimant": "not positions"}}  # not what the reader writes: as stored
    assert "evidence_gave.claimant" in visible_text(extra_html(odd))


def test_the_tables_downloads_count_alike(db_path: Path) -> None:
    at = open_page_without_error("app_pages/2_Table.py", {"q": "Tovuz"})
    labels = [b.label for b in at.download_button]
    assert "Download CSV (3 incidents)" in labels
    assert "Download with review and history (CSV, 3 incidents)" in labels


@pytest.mark.parametrize(("claims", "rows_shown"), [(11, 11), (3, 3), (60, 25)])
def test_the_tables_grid_takes_the_rows_it_has(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, claims: int, rows_shown: int
) -> None:
    Store(db_path, seed=False).save(
        [make_claim(id=f"walk44:{n}", date=f"2024-01-{n % 28 + 1:02d}", summary=f"Claim {n}.") for n in range(claims)]
    )
    heights: list[object] = []
    drawn = streamlit.dataframe

    def recording(*args: object, **kwargs: object) -> object:
        heights.append(kwargs.get("height"))
        return drawn(*args, **kwargs)

    monkeypatch.setattr(streamlit, "dataframe", recording)
    at = open_page_without_error("app_pages/2_Table.py")
    assert len(at.dataframe[0].value) == claims
    [height] = heights
    assert isinstance(height, int)
    assert height == 35 * (rows_shown + 1) + 2  # the header and each row, 35 px (Streamlit's), no empty page
