"""Round 51's walk on the Table page (AppTest): a retracted claim shown with "Show retracted claims" is marked
where a row starts, and a link naming a retracted claim says so, as the Map does."""

from __future__ import annotations

from pathlib import Path

from apptools import open_page_without_error
from mapdata.store import Store

TABLE = "app_pages/2_Table.py"
SOTK_UAV = "bundled:2023-05-12-am-mod-sotk-uav"


def test_a_retracted_row_is_marked_in_the_tables_first_column(db_path: Path) -> None:
    Store(db_path).retract([SOTK_UAV], reason="pasted twice", who="test")
    at = open_page_without_error(TABLE, {"retracted": "1"})
    rows = at.dataframe[0].value
    assert rows.columns[0] == "retracted"  # was only "Retracted because", the far-right column but one
    marked = rows[rows["retracted"].notna()]
    assert marked["id"].tolist() == [SOTK_UAV]
    assert marked["retracted"].iloc[0].startswith("RETRACTED 20")
    assert rows["retracted"].isna().sum() == len(rows) - 1


def test_with_no_retracted_row_shown_there_is_no_mark_column(db_path: Path) -> None:
    Store(db_path)
    rows = open_page_without_error(TABLE, {"retracted": "1"}).dataframe[0].value
    assert "retracted" not in rows.columns and rows.columns[0] == "date"


def test_a_link_naming_a_retracted_claim_says_it_is_retracted(db_path: Path) -> None:
    Store(db_path).retract([SOTK_UAV], reason="pasted twice", who="test")
    at = open_page_without_error(TABLE, {"claim": SOTK_UAV})
    said = [w.value for w in at.warning if "The claim this link names" in w.value]
    assert len(said) == 1, [w.value for w in at.warning]  # the Table said nothing
    assert "is not in the table" in said[0] and "This claim was retracted" in said[0] and "pasted twice" in said[0]


def test_a_link_naming_a_live_claim_says_nothing_more(db_path: Path) -> None:
    Store(db_path)
    at = open_page_without_error(TABLE, {"claim": SOTK_UAV})
    assert not [w.value for w in at.warning if "The claim this link names" in w.value]
