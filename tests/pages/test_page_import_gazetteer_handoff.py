"""Import ⇄ Gazetteer (walk42 items 2 and 3): "Place it on the Gazetteer page" opens Unresolved places on the
name the import could not place; "Go to Import" after placing it brings the next file's "place by name" box
ticked, as the page said; and a file that would save nothing says why, true to its boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceBook
from mapdata.store import Store

IMPORT, GAZETTEER = "app_pages/4_Import.py", "app_pages/5_Gazetteer.py"
SHEET = (
    b"conflict,date,place,latitude,longitude,claimant,reporting_side,accused_side,event_type,summary,source\n"
    b"armenia-azerbaijan,2025-04-10,Tegh,39.5586,46.4764,Armenian MoD,Armenia,Azerbaijan,small-arms fire,"
    b"Fire near Tegh overnight.,Walk42 CSV\n"
    b"armenia-azerbaijan,2025-04-12,Verin Zorakhach,,,Azerbaijani MoD,Azerbaijan,Armenia,shelling,"
    b"Mortars from Verin Zorakhach.,Walk42 CSV\n"
)


@pytest.fixture(autouse=True)
def no_maps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streamlit_folium, "st_folium", lambda *args, **kwargs: {})


def upload(at: AppTest) -> AppTest:
    at.file_uploader[0].set_value(("walk42_import.csv", SHEET, "text/csv"))
    return at.run()


def test_the_gazetteer_link_opens_unresolved_places_on_the_name_the_import_could_not_place(db_path: Path) -> None:
    store = Store(db_path)
    PlaceBook(store).note_unresolved([("Kharbertsor", "report: Walk42 Wire", "no place called 'Kharbertsor'")])
    at = open_page_without_error(IMPORT)
    upload(at)
    at.checkbox(key="import_place_by_name_0").check().run()
    at.button[0].click().run()
    assert not at.exception
    assert any("Verin Zorakhach" in info.value for info in at.info)
    assert at.session_state["gazetteer_open_unresolved"] == "Verin Zorakhach"  # what the link is for
    at = AppTest.from_file(
        str(Path(__file__).parents[2] / GAZETTEER), default_timeout=60
    )  # the link, in a session that followed it
    at.session_state["gazetteer_open_unresolved"] = "Verin Zorakhach"
    at.run()
    assert not at.exception
    assert at.selectbox(key="gz_unresolved_pick").value == "Verin Zorakhach"  # it preselected Kharbertsor
    at.run()  # the user's own choice afterwards stays theirs
    at.selectbox(key="gz_unresolved_pick").set_value("Kharbertsor").run()
    assert at.selectbox(key="gz_unresolved_pick").value == "Kharbertsor"


def test_go_to_import_after_placing_the_name_brings_the_box_ticked(db_path: Path) -> None:
    Store(db_path)
    PlaceBook(Store(db_path)).note_unresolved(
        [("Verin Zorakhach", "import: walk42_import.csv · Armenia–Azerbaijan", "no place called 'Verin Zorakhach'")]
    )
    at = open_page_without_error(GAZETTEER)
    at.session_state["gz_tabs"] = "Unresolved places (1)"
    at.run()
    key = "::Verin Zorakhach"
    at.text_input(key=f"gz_res_lat{key}").set_value("39.95")
    at.text_input(key=f"gz_res_lon{key}").set_value("45.60")
    at.text_input(key=f"gz_res_source{key}").set_value("my own map")
    at.button(key="gz_resolve_click").click().run()
    assert any("with “Place rows without coordinates by their place name” ticked" in i.value for i in at.info)
    assert at.session_state["import_place_by_name_next"] is True  # "Go to Import" leads to it
    at = open_page_without_error(IMPORT)
    at.session_state["import_place_by_name_next"] = True
    upload(at)
    assert not at.exception and at.checkbox[0].label == "Place rows without coordinates by their place name"
    assert at.checkbox[0].value is True  # it came unticked
    assert {m.label: m.value for m in at.metric}["Rejected"] == "0"


def test_a_file_that_would_save_nothing_says_why_true_to_its_boxes(db_path: Path) -> None:
    Store(db_path)
    at = open_page_without_error(IMPORT)
    upload(at)
    next(
        b for b in at.button if b.label == "Import 1 row"
    ).click().run()  # Tegh imported; Verin Zorakhach rejected (no coordinates)
    # the same file again with a look-alike of Tegh's row (another summary): 1 unchanged, 1 skipped, 1 rejected
    first = SHEET.decode().splitlines()
    look_alike = first[1].replace("2025-04-10", "2025-04-11")
    at.file_uploader[0].set_value(("walk42_import.csv", (SHEET.decode() + look_alike + "\n").encode(), "text/csv"))
    at.run()
    boxes = {m.label: m.value for m in at.metric}
    assert (boxes["Unchanged"], boxes["Look-alikes skipped"], boxes["Rejected"]) == ("1", "1", "1"), boxes
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert (
        "Nothing would be saved: 1 row is stored already, unchanged, 1 row looks like a stored claim and is skipped "
        "and 1 row is rejected (listed above). To save the look-alike, choose *Keep both* or *Merge into the stored "
        "claim* above."
    ) in warnings, warnings
