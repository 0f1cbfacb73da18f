"""Schema 7: the conflict an unresolved name was met in is its own column. A schema-6 file is upgraded in
place after a backup copy; each old row's conflict is read once from the title its note ended with (NULL
where it named none). Review of round 42, item 14."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mapdata.geo.placebook import PlaceBook
from mapdata.store import SCHEMA_VERSION, Store

# The place tables as schema 6 made them (mapdata.geo.placebook before the column).
V6_UNRESOLVED = """
CREATE TABLE unresolved_places (
    name_key TEXT PRIMARY KEY, name TEXT NOT NULL, seen INTEGER NOT NULL DEFAULT 1, first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL, context TEXT, reason TEXT, resolved_key TEXT, resolved_at TEXT
)
"""
OLD_NOTES = {
    "ban zzyxkhok": "report: Bangkok Wire · Thailand–Cambodia",
    "qwxzzlebrook": "import: one.csv · Armenia–Azerbaijan",
    "post 41": "report: Old Wire",  # a report's note of before round 42: no conflict
    "hill 9": "report: Thailand–Cambodia Daily",  # a title inside an outlet's name is no conflict
    "hill 10": None,
}


def _v6_file(path: Path, *, names: bool = True) -> None:
    """A schema-6 file: its unresolved names as it kept them (``names``), or no place tables at all."""
    Store(path)
    con = sqlite3.connect(path)
    with con:
        con.execute("DROP TABLE IF EXISTS unresolved_places")
        if names:
            con.execute(V6_UNRESOLVED)
            con.executemany(
                "INSERT INTO unresolved_places(name_key, name, first_seen, last_seen, context, reason)"
                " VALUES (?, ?, '2026-01-01', '2026-01-01', ?, 'not in the gazetteer')",
                [(key, key.title(), note) for key, note in OLD_NOTES.items()],
            )
        con.execute("PRAGMA user_version = 6")
    con.close()


def test_a_schema_6_file_gets_the_column_filled_from_its_notes(db_path: Path) -> None:
    _v6_file(db_path)

    store = Store(db_path)

    assert store.backup_path is not None and store.backup_path.name.startswith("incidents.db.bak-v6-")
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        stored = dict(con.execute("SELECT name_key, conflict FROM unresolved_places"))
    finally:
        con.close()
    assert stored == {
        "ban zzyxkhok": "thailand-cambodia",
        "qwxzzlebrook": "armenia-azerbaijan",
        "post 41": None,
        "hill 9": None,
        "hill 10": None,
    }
    listed = {u.name: u.conflict for u in PlaceBook(store).unresolved()}
    assert listed["Ban Zzyxkhok"] == "thailand-cambodia" and listed["Post 41"] is None


def test_a_file_without_the_place_tables_is_upgraded_and_makes_them_with_the_column(db_path: Path) -> None:
    _v6_file(db_path, names=False)
    book = PlaceBook(Store(db_path))
    book.note_unresolved([("Post 41", "report: pasted text", "no such place")], conflict="india-pakistan")
    assert [(u.name, u.conflict) for u in book.unresolved()] == [("Post 41", "india-pakistan")]
