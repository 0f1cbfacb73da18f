"""The app on a bad database (real Streamlit, AppTest): a clear message, never a crash or a changed file.

A damaged or newer file stops each page with the store's message; a read-only file still
shows every incident, and an import into it (or into a file another program is writing)
says why nothing was saved and writes nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from pathlib import Path

import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.store import SCHEMA_VERSION, Store

CSV = (
    b"date,place,latitude,longitude,claimant,reporting_side,accused_side,summary\n"
    # a day of no stored claim: a look-alike of the example Sotk claim is skipped, and nothing is to import
    b"2022-02-03,Sotk,40.2,45.9,Armenian MoD,Armenia,Azerbaijan,app safety claim\n"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def no_map_component(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """AppTest cannot render the map component; record how many incidents the page would draw."""
    drawn: list[int] = []

    def stub(fig, *args, feature_group_to_add=None, **kwargs):
        drawn.append(1)
        return {}

    monkeypatch.setattr(streamlit_folium, "st_folium", stub)
    return drawn


def errors(at: AppTest) -> str:
    return " ".join(e.value for e in at.error).replace("\\", "")


@pytest.mark.parametrize("page", ["app.py", "app_pages/2_Table.py", "app_pages/1_Timeline.py"])
def test_damaged_database_shows_the_reason_and_stays_untouched(db_path: Path, page: str) -> None:
    db_path.write_bytes(b"not a database at all " + os.urandom(3000))
    before = digest(db_path)
    at = open_page_without_error(page)
    assert "damaged or not an incident database" in errors(at)
    assert str(db_path) in errors(at)
    assert digest(db_path) == before


CRAFTED_TABLE = "[click](http://evil.example/x) ![pixel](http://evil.example/t.png) :red[alarm] **bold** <b>b</b>"
UNESCAPED_MARKUP = re.compile(r"(?<!\\)(\]\(|:red\[|\*\*|<b>)")


@pytest.mark.parametrize(
    "page", ["app.py", "app_pages/2_Table.py", "app_pages/1_Timeline.py", "app_pages/5_Gazetteer.py"]
)
def test_another_programs_table_names_are_shown_as_literal_text(db_path: Path, page: str) -> None:
    """The message quotes the file's table names: a crafted name must not become a link or a tracking image."""
    con = sqlite3.connect(db_path)
    con.execute(f'CREATE TABLE "{CRAFTED_TABLE}" (a)')
    con.close()
    at = open_page_without_error(page)
    shown = " ".join(e.value for kind in (at.error, at.warning, at.markdown, at.caption, at.info) for e in kind)
    assert "another program" in shown and "evil" in shown  # the name is shown …
    assert not UNESCAPED_MARKUP.search(shown), shown  # … as text


def test_newer_database_shows_the_reason(db_path: Path) -> None:
    Store(db_path)
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    assert "newer version" in errors(open_page_without_error("app.py"))


def test_read_only_database_still_shows_every_incident(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, no_map_component
) -> None:
    count = Store(db_path).count()
    monkeypatch.setenv("MAPDATA_DB_READONLY", "1")
    at = open_page_without_error("app.py")
    assert not at.error
    assert no_map_component  # the map was drawn
    assert f"{count:,} of {count:,} incidents shown" in " ".join(m.value for m in at.sidebar.markdown)


def _upload_and_import(at: AppTest) -> AppTest:
    at.file_uploader[0].set_value(("claims.csv", CSV, "text/csv"))
    at.run()
    assert not at.exception, at.exception
    at.button[0].click().run()
    assert not at.exception, at.exception
    return at


def test_import_into_a_read_only_database_says_so_and_writes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(db_path)
    count, version = store.count(), store.data_version()
    monkeypatch.setenv("MAPDATA_DB_READONLY", "1")
    at = _upload_and_import(open_page_without_error("app_pages/4_Import.py"))
    assert "read-only" in errors(at) and "Nothing was imported" in errors(at)
    assert (store.count(), store.data_version()) == (count, version)


def test_import_while_another_program_writes_says_so_and_writes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(db_path)
    count = store.count()
    monkeypatch.setenv("MAPDATA_DB_TIMEOUT", "0.2")
    at = open_page_without_error("app_pages/4_Import.py")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        _upload_and_import(at)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "locked by another program" in errors(at)
    assert store.count() == count
