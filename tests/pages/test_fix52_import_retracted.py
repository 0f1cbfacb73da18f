"""walk51: the Import page said "1 row match claims that were retracted: they stay retracted (restore them ...)";
one row is said in the singular now, several as before."""

from __future__ import annotations

from pathlib import Path

from apptools import open_page_without_error
from mapdata.formats.importer import preview_import
from mapdata.store import Store
from tests.pages.test_page_import_counts import shown, upload

HEAD = b"id,conflict,date,place,latitude,longitude,country,claimant,reporting_side,accused_side,event_type,source\n"
ROWS = [
    b"r1,armenia-azerbaijan,2025-07-24,Tegh,39.56,46.48,AM,Armenian MoD,Armenia,Azerbaijan,shelling,notes\n",
    b"r2,armenia-azerbaijan,2025-07-25,Tegh,39.56,46.48,AM,Armenian MoD,Armenia,Azerbaijan,shelling,notes\n",
]


def said_of_retracted(db_path: Path, rows: list[bytes]) -> str:
    store = Store(db_path)
    preview = preview_import(HEAD + b"".join(rows), store, filename="first.csv")
    preview.commit(store)
    store.retract([i.id for i in preview.incidents], "wrong file")
    page = open_page_without_error("app_pages/4_Import.py")
    upload(page, "again.csv", HEAD + b"".join(rows))
    (note,) = [shown(i) for i in page.info if "retracted" in shown(i)]
    return note


def test_one_row_of_a_retracted_claim_is_said_in_the_singular(db_path: Path) -> None:
    assert said_of_retracted(db_path, ROWS[:1]) == (
        "1 row matches a claim that was retracted: it stays retracted (restore it from Past imports, or with "
        "`python -m mapdata restore ID`)."
    )


def test_several_rows_are_said_in_the_plural(db_path: Path) -> None:
    assert said_of_retracted(db_path, ROWS).startswith(
        "2 rows match claims that were retracted: they stay retracted (restore them from Past imports"
    )
