"""Import → Past imports: the batch picker follows a new import (walk42 item 1: after a second import it
still showed the first one, and "Retract this whole import" would have undone the wrong file)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.store import Store

HEADER = "conflict,date,place,latitude,longitude,claimant,reporting_side,accused_side,event_type,summary,source\n"


def csv_of(day: str, place: str, where: str) -> bytes:
    return (
        HEADER + f"armenia-azerbaijan,2025-04-{day},{place},{where},Armenian MoD,Armenia,Azerbaijan,"
        f"shelling,Shelling near {place} on the {day}th.,Test wire\n"
    ).encode()


def import_file(at: AppTest, name: str, data: bytes) -> None:
    """Import ``data`` on the first tab, then show Past imports (drawn only while its tab is shown), as a user does."""
    at.session_state["import_tabs"] = "Import a file"
    at.file_uploader[0].set_value((name, data, "text/csv"))
    at.run()
    at.button[0].click().run()
    assert not at.exception
    assert "Imported" in at.success[0].value
    at.session_state["import_tabs"] = "Past imports"
    at.run()


def test_the_batch_picker_follows_each_new_import(db_path: Path) -> None:
    Store(db_path)
    at = open_page_without_error("app_pages/4_Import.py")
    import_file(at, "first.csv", csv_of("02", "Sotk", "40.2,45.87"))
    first = Store(db_path).batches()["id"].iloc[0]
    assert at.selectbox(key="batch_pick").value == first
    import_file(at, "second.csv", csv_of("20", "Tegh", "39.5586,46.4764"))
    second = Store(db_path).batches()["id"].iloc[0]
    assert second != first
    assert at.selectbox(key="batch_pick").value == second  # it stayed on first.csv's batch


def test_a_batch_the_user_picked_stays_picked_while_no_batch_is_added(db_path: Path) -> None:
    Store(db_path)
    at = open_page_without_error("app_pages/4_Import.py")
    import_file(at, "first.csv", csv_of("02", "Sotk", "40.2,45.87"))
    older = Store(db_path).batches()["id"].iloc[1]
    at.selectbox(key="batch_pick").set_value(older).run()
    at.run()
    assert at.selectbox(key="batch_pick").value == older
