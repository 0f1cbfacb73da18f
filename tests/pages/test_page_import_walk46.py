"""walk46 on the Import page: a hill is not its village (a name the gazetteer only spells close to a place's is
not placed there, "exact"); one word for look-alikes skipped; a row placed by name when first imported is stored
already, not rejected, when the file comes again; a story saved as .csv is told so in a short message."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.formats.importer import preview_import
from mapdata.store import Store
from tests.pages.test_page_import_counts import boxes, shown
from tests.pages.test_page_import_counts import upload as sheet

HEAD = b"id,conflict,date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
HILL = (
    b"h1,armenia-azerbaijan,2025-07-24,Verin Karmiraghbyur Hill,,,AM,Armenian MoD,Armenia,Azerbaijan,shelling,notes\n"
)
TEGH = b"t1,armenia-azerbaijan,2025-07-24,Tegh,39.56,46.48,AM,Armenian MoD,Armenia,Azerbaijan,shelling,notes\n"
NERKIN = b"n1,armenia-azerbaijan,2025-07-25,Nerkin Karmiraghbyur,,,AM,Armenian MoD,Armenia,Azerbaijan,shelling,notes\n"
STORY = (
    b"On 14 November 2025, the Armenian Ministry of Defence said that Azerbaijani forces opened fire on "
    b"Armenian positions near the village of Tegh in the Syunik province overnight.\n"
    b"No one was hurt, the ministry said.\n"
)


@pytest.fixture
def page(db_path: Path) -> AppTest:
    Store(db_path)
    return open_page_without_error("app_pages/4_Import.py")


def upload(at: AppTest, name: str, data: bytes, place_by_name: bool = False) -> AppTest:
    """The file chosen (and, asked, the box that places rows by name ticked)."""
    sheet(at, name, data)
    return at.checkbox(key="import_place_by_name_0").check().run() if place_by_name else at


def test_a_name_only_spelt_close_to_a_village_is_not_placed_at_it(page: AppTest, db_path: Path) -> None:
    """Before: "Verin Karmiraghbyur Hill" was placed at the village, precision "exact", Rejected 0."""
    upload(page, "hill.csv", HEAD + HILL + NERKIN, place_by_name=True)
    assert boxes(page)["Rejected"] == 1 and boxes(page)["New"] == 1
    said = " ".join(shown(m) for m in page.markdown)
    assert "the closest is Verin Karmiraghbyur (Tavush, AM), spelt differently" in said, said
    # listed as other unknown places are, for the Gazetteer page to place (its candidates shown there)
    assert any("Not in the gazetteer: “Verin Karmiraghbyur Hill”" in shown(i) for i in page.info)
    preview = preview_import(HEAD + HILL, Store(db_path), filename="hill.csv", place_by_name=True)
    assert not preview.incidents and preview.unresolved_names() == ["Verin Karmiraghbyur Hill"]


def test_the_result_line_calls_a_skipped_look_alike_what_the_box_does(page: AppTest, db_path: Path) -> None:
    """Before: the box said "Look-alikes skipped 1" and the result "1 skipped as a duplicate"."""
    sheet = (
        b"date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
        b"2023-05-12,Sotk,40.20007,45.86951,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
        b"2021-03-02,Vardenis,40.18,45.73,AM,Armenian MoD,Armenia,Azerbaijan,shelling,My notes\n"
    )
    upload(page, "dup.csv", sheet)
    assert boxes(page)["Look-alikes skipped"] == 1
    next(b for b in page.button if b.label.startswith("Import")).click().run()
    said = shown(page.success[0])
    assert "1 look-alike skipped" in said and "duplicate" not in said, said


def test_a_row_placed_by_name_before_is_stored_already_not_rejected(page: AppTest, db_path: Path) -> None:
    """Before: the same file again said "Rejected 1 (Row 3 · latitude: no coordinates, and placing rows by their
    place name is off…)" of a row whose claim the first import had placed and stored."""
    upload(page, "sheet.csv", HEAD + TEGH + NERKIN, place_by_name=True)
    assert boxes(page)["New"] == 2
    next(b for b in page.button if b.label == "Import 2 rows").click().run()
    assert Store(db_path).get("n1") is not None
    upload(page, "sheet.csv", HEAD + TEGH + NERKIN)  # the box comes unticked for the next file
    assert page.checkbox(key="import_place_by_name_1").value is False
    assert boxes(page) == {"Rows": 2, "New": 0, "Updated": 0, "Unchanged": 2, "Rejected": 0}
    assert not page.error and not any("placing rows by their place name is off" in shown(m) for m in page.markdown)
    assert any("2 rows are stored already: nothing to import." in shown(s) for s in page.success)
    caption = " ".join(shown(c) for c in page.caption)
    assert "1 row has no coordinates but the id of a claim stored already" in caption, caption


def test_a_story_saved_as_csv_is_told_its_first_line_is_not_a_header(page: AppTest) -> None:
    """Before: "unrecognised columns (on 14 november 2025, the armenian ministry of defence said that …)"."""
    upload(page, "story.csv", STORY)
    said = shown(page.error[0])
    assert "the first line is not a header row: it reads like text, not column names" in said, said
    assert "(“On 14 November 2025, the Armenian Ministry of Defence said that Azerbaijani…”)" in said, said
    assert "unrecognised columns" not in said and "on 14 november" not in said
