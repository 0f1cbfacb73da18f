"""The user's own places: saved with where their coordinates come from, in the user's database;
a schema-5 database's aliases gain that column in the upgrade (after the backup copy), and keep every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mapdata.geo.placebook import USER_SOURCE, PlaceBook, PlaceResolver, user_place
from mapdata.store import Store


def test_a_user_place_keeps_its_source(db_path: Path) -> None:
    book = PlaceBook(Store(db_path))
    book.save_alias("Zodk", user_place("Zodk", 40.2, 45.9, country="AM", source="  my own\nGPS reading "))
    place = PlaceResolver(Store(db_path), online=False).geocode("Zodk").place
    assert (place.name, place.country, place.coord_source) == ("Zodk", "AM", "my own GPS reading")
    assert user_place("Hill 1234", 40.0, 45.0).coord_source == USER_SOURCE  # said nothing: "placed by a user"


def test_a_schema_5_place_book_gains_the_source_column_and_keeps_its_aliases(db_path: Path) -> None:
    store = Store(db_path)
    PlaceBook(store).save_alias("Hill 1234", user_place("Hill 1234", 40.25, 45.91, precision="near"))
    con = sqlite3.connect(db_path)
    with con:  # the table as schema 5 made it: no source column
        con.execute("ALTER TABLE place_aliases DROP COLUMN source")
        con.execute("PRAGMA user_version = 5")
    con.close()

    upgraded = Store(db_path)
    assert upgraded.backup_path is not None
    columns = {row[1] for row in sqlite3.connect(db_path).execute("PRAGMA table_info(place_aliases)")}
    assert "source" in columns
    place = PlaceBook(upgraded).aliases()["hill 1234"]
    assert (place.latitude, place.longitude, place.precision, place.coord_source) == (40.25, 45.91, "near", USER_SOURCE)
