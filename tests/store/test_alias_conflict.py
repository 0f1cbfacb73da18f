"""Schema 8: a user's alias belongs to the conflict it was saved in. "Hill 1234" remembered while reading an
Israel–Lebanon report placed an Armenia–Azerbaijan report's "Hill 1234" there, hundreds of km away, silently
(round 43). An alias saved with no conflict (every alias of before) still applies everywhere; a schema-7 file
is upgraded in place after a backup copy, keeping its aliases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mapdata.geo.placebook import PlaceBook, resolve_place, user_place
from mapdata.store import SCHEMA_VERSION, Store

LEBANON_HILL = (33.2721, 35.5012)  # a point in south Lebanon


def _book(db_path: Path) -> PlaceBook:
    return PlaceBook(Store(db_path))


def test_an_alias_saved_for_one_conflict_is_not_used_in_another(db_path: Path) -> None:
    book = _book(db_path)
    book.save_alias("Hill 1234", user_place("Hill 1234", *LEBANON_HILL, source="a map click"), "israel-lebanon")

    assert "hill 1234" in book.aliases("israel-lebanon")
    assert "hill 1234" not in book.aliases("armenia-azerbaijan")
    assert "hill 1234" not in book.aliases()  # no conflict known: only the aliases for every conflict

    there = resolve_place("Hill 1234", book.store, online=False, conflict="israel-lebanon")
    assert there.place is not None and (there.place.latitude, there.place.longitude) == LEBANON_HILL
    elsewhere = resolve_place("Hill 1234", book.store, online=False, conflict="armenia-azerbaijan")
    assert elsewhere.place is None or (elsewhere.place.latitude, elsewhere.place.longitude) != LEBANON_HILL
    assert [(r["name"], r["conflict"]) for r in book.alias_rows()] == [("Hill 1234", "israel-lebanon")]


def test_an_alias_for_every_conflict_applies_everywhere_and_the_conflicts_own_wins(db_path: Path) -> None:
    book = _book(db_path)
    book.save_alias("the factory", user_place("the factory", 40.1, 45.1))  # every conflict
    book.save_alias("the factory", user_place("the factory", 33.1, 35.4), "israel-lebanon")

    assert book.aliases("armenia-azerbaijan")["factory"].latitude == 40.1
    assert book.aliases()["factory"].latitude == 40.1
    assert book.aliases("israel-lebanon")["factory"].latitude == 33.1  # its own conflict's alias wins
    assert {(r["conflict"], r["latitude"]) for r in book.alias_rows()} == {(None, 40.1), ("israel-lebanon", 33.1)}

    assert book.remove_alias("the factory", "israel-lebanon")
    assert book.aliases("israel-lebanon")["factory"].latitude == 40.1  # the one for every conflict stays
    assert not book.remove_alias("the factory", "israel-lebanon")


def test_resolving_a_name_in_one_conflict_leaves_it_unresolved_in_another(db_path: Path) -> None:
    book = _book(db_path)
    book.note_unresolved([("Post 41", "report: pasted text", "not in the gazetteer")], conflict="india-pakistan")
    book.save_alias("Post 41", user_place("Post 41", 33.2, 35.5), "israel-lebanon")
    assert [u.name for u in book.unresolved()] == ["Post 41"]
    book.resolve("Post 41", user_place("Post 41", 34.0, 74.0), "india-pakistan")
    assert book.unresolved() == []


# place_aliases as schema 7 made it (mapdata.geo.placebook before the conflict): keyed by the name alone.
V7_ALIASES = """
CREATE TABLE place_aliases (
    name_key TEXT PRIMARY KEY, name TEXT NOT NULL, place_key TEXT NOT NULL, place_name TEXT NOT NULL,
    latitude REAL NOT NULL, longitude REAL NOT NULL, country TEXT, admin1 TEXT, precision TEXT NOT NULL,
    created TEXT NOT NULL, source TEXT
)
"""


def _v7_file(path: Path) -> None:
    Store(path)
    con = sqlite3.connect(path)
    with con:
        con.execute("DROP TABLE IF EXISTS place_aliases")
        con.execute(V7_ALIASES)
        con.executemany(
            "INSERT INTO place_aliases VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, '2026-01-01T00:00:00+00:00', ?)",
            [
                ("zodk", "Zodk", "user:zodk:40.20000,45.80000", "Zodk", 40.2, 45.8, "AM", "near", "my notes"),
                ("hill 9", "Hill 9", "user:hill-9:33.10000,35.40000", "Hill 9", 33.1, 35.4, "LB", "exact", None),
            ],
        )
        con.execute("PRAGMA user_version = 7")
    con.close()


def test_a_schema_7_file_keeps_its_aliases_for_every_conflict_after_a_backup_copy(db_path: Path) -> None:
    _v7_file(db_path)

    store = Store(db_path)

    assert store.backup_path is not None and store.backup_path.name.startswith("incidents.db.bak-v7-")
    backup = sqlite3.connect(store.backup_path)
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 7
        assert backup.execute("SELECT COUNT(*) FROM place_aliases").fetchone()[0] == 2
    finally:
        backup.close()
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        kept = con.execute(
            "SELECT name_key, conflict, latitude, source FROM place_aliases ORDER BY name_key"
        ).fetchall()
    finally:
        con.close()
    assert kept == [("hill 9", "", 33.1, None), ("zodk", "", 40.2, "my notes")]
    book = PlaceBook(store)
    for conflict in (None, "armenia-azerbaijan", "israel-lebanon"):
        assert set(book.aliases(conflict)) == {"hill 9", "zodk"}
    assert {r["name"]: r["conflict"] for r in book.alias_rows()} == {"Hill 9": None, "Zodk": None}
    # the name and a conflict are the key now: the same name saved for one conflict is a second alias
    book.save_alias("Zodk", user_place("Zodk", 39.0, 46.0), "armenia-azerbaijan")
    assert book.aliases("armenia-azerbaijan")["zodk"].latitude == 39.0
    assert book.aliases("israel-lebanon")["zodk"].latitude == 40.2
