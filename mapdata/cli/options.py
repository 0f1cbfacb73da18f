"""Options several commands share, worded once."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mapdata.errors import MapdataError
from mapdata.profiles import Catalog, default_catalog
from mapdata.store import Store, open_store

DB_HELP = "database file (default: $MAPDATA_DB or the per-user file)"
BY_HELP = "your name in the history (default: $MAPDATA_USER, else the name saved on the Settings page, else the operating-system user)"
PROFILE_HELP = (
    "a conflict profile file (TOML) to use besides the bundled ones and those in your profiles folder "
    "($MAPDATA_PROFILES or ~/.config/ceasefire-map/profiles/); repeatable"
)


def add_profile_option(parser: argparse.ArgumentParser) -> None:
    """``--profile FILE`` (repeatable): profiles for this run only, without copying them anywhere."""
    parser.add_argument("--profile", action="append", default=[], metavar="FILE", help=PROFILE_HELP)


def catalog_from(args: argparse.Namespace) -> Catalog:
    """The profiles this run knows: bundled, the user's folder, and every ``--profile FILE``."""
    return default_catalog().with_files(getattr(args, "profile", None) or [])


def add_db_and_by(parser: argparse.ArgumentParser) -> None:
    """``--db`` and ``--by``: every command that changes the record takes both."""
    parser.add_argument("--db", help=DB_HELP)
    parser.add_argument("--by", metavar="NAME", help=BY_HELP)


def print_json(record: object) -> None:
    """One JSON object on one line (Unicode kept as typed)."""
    print(json.dumps(record, ensure_ascii=False, default=str))


def existing_store(db: str | None) -> Store:
    """The store at ``--db``, which must exist: a mistyped path must not answer from a new file
    seeded with the example claims (``import`` makes a new database; the default file is made on first use)."""
    if db is not None and not Path(db).expanduser().exists():
        raise MapdataError(f"no database at {db}; check the path (`import FILE --db {db}` makes a new one)")
    return open_store(db)
