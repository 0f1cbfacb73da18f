"""The database's schema: its tables, its version number, and the steps that upgrade older files.

Kept apart from reads and writes (``database.py``) so a schema change is one place to look:
bump ``SCHEMA_VERSION``, add ``MIGRATIONS[old]`` (it runs inside the upgrade transaction,
after the backup copy), and extend ``DDL`` for new files. Migrations only add what a file
lacks (:func:`add_missing_columns`), so a v0 file that ``DDL`` brought up to date is fine too.

Version 2 added the curation columns (review status, retraction, the batch that created a
claim), who ran each batch, and the append-only ``history`` table (triggers refuse any
UPDATE or DELETE of it). Version 3 added each claim's conflict (a profile id; claims saved
before are ``armenia-azerbaijan``). Version 4 records the data version that last wrote each
claim (``changed_version``) and a random token per data version (``versions``), so the columnar
snapshot beside the file (:mod:`mapdata.store.snapshot`) reads only the claims changed since it
was made, and knows it was made from this very file's history. Version 5 records, per import
batch, the file it read (``file_digest``: sha256 of its bytes; ``read_with``: how it was read;
``rows``, ``rejected``) and the data version it committed (``data_version``), so a re-import of
the very same file can say "unchanged" without reading every row (:mod:`mapdata.store.imports`).
Version 6 stores every claim's country in one form, its two-letter code (``model.normalize_country``):
ACLED and UCDP imports had kept the dataset's name ("Armenia") beside the bundled claims' "AM";
and the user's own places (``place_aliases``, :mod:`mapdata.geo.placebook`) record their source.
Version 7 records the conflict a name no gazetteer placed was met in (``unresolved_places.conflict``, a
profile id) as its own field: it had been kept only as a title at the end of the name's free-text note, cut
at 500 characters, so a report with a long address lost it (review of round 42, item 14).
Version 8 keys a user's alias by its name and the conflict it was saved in (``place_aliases.conflict``, a profile
id; ``''``: every conflict): an alias was global, so a name remembered while reading one conflict's report ("Hill
1234", "the factory") placed another conflict's mention of the same words there, hundreds of km away. Aliases
saved before apply everywhere as they did, kept with ``''`` (round 43).
Version 9 keeps Add report's draft (``drafts``, one row at most: :mod:`mapdata.store.drafts`): the report pasted
and the fields beside it, which a reload of the page had lost (fix53).
Version 10 keeps the review with it (``drafts.review``, JSON): the proposals read from the draft's text as the reviewer
left them (the grid's rows with their edits, the claims added, the points set), which a reload had lost (fix54).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from mapdata.errors import StoreError
from mapdata.model import DEFAULT_PROFILE_ID, FIELDS, normalize_country
from mapdata.profiles import default_catalog

__all__ = [
    "CHANGED_DDL",
    "CREATED_NAME",
    "DDL",
    "DRAFTS_DDL",
    "MIGRATIONS",
    "NEXT_DATA_VERSION",
    "PLACE_ALIASES_DDL",
    "SCHEMA_VERSION",
    "add_missing_columns",
    "backup_copy",
    "bump_data_version",
    "conflict_named_in",
    "create_tables",
    "run_ddl",
    "token_current_version",
]

SCHEMA_VERSION = 10

# The user's aliases (mapdata.geo.placebook makes the table on first use; kept here for the v8 migration, which
# rebuilds it): one row per folded name and conflict (a profile id; '' = every conflict, as aliases of before v8).
PLACE_ALIASES_DDL = """
CREATE TABLE IF NOT EXISTS place_aliases (
    name_key TEXT NOT NULL,
    name TEXT NOT NULL,
    place_key TEXT NOT NULL,
    place_name TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    country TEXT,
    admin1 TEXT,
    precision TEXT NOT NULL,
    created TEXT NOT NULL,
    source TEXT,
    conflict TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (name_key, conflict)
);
"""
ALIAS_COLUMNS = (
    "name_key, name, place_key, place_name, latitude, longitude, country, admin1, precision, created, source"
)

# v9: Add report's draft (mapdata.store.drafts), one row at most (slot 1): one draft per database; v10: the review of
# its proposals (JSON, NULL: none kept).
DRAFTS_DDL = """
CREATE TABLE IF NOT EXISTS drafts (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    saved_at TEXT NOT NULL,
    text TEXT NOT NULL,
    published TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    conflict TEXT NOT NULL DEFAULT '',
    review TEXT
);
"""

DDL = """
CREATE TABLE IF NOT EXISTS incidents (
    id TEXT PRIMARY KEY,
    conflict TEXT NOT NULL DEFAULT 'armenia-azerbaijan',
    date TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    place TEXT,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    geo_precision TEXT NOT NULL,
    admin1 TEXT,
    country TEXT,
    claimant TEXT NOT NULL,
    reporting_side TEXT NOT NULL,
    accused_side TEXT NOT NULL,
    event_type TEXT NOT NULL,
    weapons TEXT NOT NULL DEFAULT '[]',
    killed INTEGER,
    wounded INTEGER,
    summary TEXT,
    source TEXT,
    source_url TEXT,
    published TEXT,
    origin TEXT NOT NULL,
    batch TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    created_batch TEXT,
    review_status TEXT NOT NULL DEFAULT 'unreviewed',
    review_note TEXT,
    retracted_at TEXT,
    retracted_reason TEXT,
    changed_version INTEGER
);
CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date);
CREATE INDEX IF NOT EXISTS incidents_side ON incidents(reporting_side);
CREATE INDEX IF NOT EXISTS incidents_source ON incidents(source);
CREATE TABLE IF NOT EXISTS batches (
    id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    label TEXT,
    created TEXT NOT NULL,
    new INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    who TEXT,
    retracted_at TEXT,
    retracted_reason TEXT,
    file_digest TEXT,
    read_with TEXT,
    rows INTEGER,
    rejected INTEGER,
    data_version INTEGER
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    incident_id TEXT,
    batch TEXT,
    changes TEXT NOT NULL DEFAULT '{}',
    note TEXT
);
CREATE INDEX IF NOT EXISTS history_incident ON history(incident_id);
CREATE TABLE IF NOT EXISTS versions (
    version INTEGER PRIMARY KEY,
    token TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only: entries cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only: entries cannot be deleted'); END;
"""

# The object a "CREATE [UNIQUE] TABLE|INDEX IF NOT EXISTS name" statement creates.
CREATED_NAME = re.compile(r"CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX)\s+IF\s+NOT\s+EXISTS\s+[\"`\[]?(\w+)", re.I)

# v3 added the claim's conflict (a profile id); every older claim is Armenia–Azerbaijan's.
# Its index is apart from DDL: earlier migrations run DDL on files that lack the column yet.
CONFLICT_COLUMN = f"TEXT NOT NULL DEFAULT '{DEFAULT_PROFILE_ID}'"
CONFLICT_DDL = "CREATE INDEX IF NOT EXISTS incidents_conflict ON incidents(conflict);"
# v4: which data version last wrote a claim (NULL: not written since the upgrade). Apart from DDL
# for the same reason as the conflict's index.
CHANGED_DDL = "CREATE INDEX IF NOT EXISTS incidents_changed ON incidents(changed_version);"
# The data version the open write transaction will commit (the store bumps meta's data_version at
# its end): written into each claim the transaction writes.
NEXT_DATA_VERSION = "(SELECT COALESCE(MAX(CAST(value AS INTEGER)), 0) + 1 FROM meta WHERE key = 'data_version')"

# Columns a pre-versioning (v0) file may lack, with the definition that adds them. Columns
# without a safe default (date, coordinates, claimant, ...) cannot be invented: such a file
# is refused rather than guessed at.
ADDABLE_COLUMNS: dict[str, str] = {
    "conflict": CONFLICT_COLUMN,
    "date_precision": "TEXT NOT NULL DEFAULT 'day'",
    "place": "TEXT",
    "geo_precision": "TEXT NOT NULL DEFAULT 'exact'",
    "admin1": "TEXT",
    "country": "TEXT",
    "accused_side": "TEXT NOT NULL DEFAULT 'unknown'",
    "event_type": "TEXT NOT NULL DEFAULT 'other'",
    "weapons": "TEXT NOT NULL DEFAULT '[]'",
    "killed": "INTEGER",
    "wounded": "INTEGER",
    "summary": "TEXT",
    "source": "TEXT",
    "source_url": "TEXT",
    "published": "TEXT",
    "origin": "TEXT NOT NULL DEFAULT 'manual'",
    "batch": "TEXT",
    "extra": "TEXT NOT NULL DEFAULT '{}'",
}


def run_ddl(con: sqlite3.Connection, ddl: str) -> None:
    """Run DDL statements one by one (``executescript`` would commit).

    Split where SQLite says a statement is complete, so a trigger's ``BEGIN …; END`` stays whole.
    """
    pending = ""
    for piece in ddl.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip().strip(";").strip():
                con.execute(pending)
            pending = ""


def add_missing_columns(con: sqlite3.Connection, table: str, columns: dict[str, str]) -> None:
    """``ALTER TABLE … ADD COLUMN`` for each of ``columns`` (name → definition) the table lacks."""
    present = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
    for name, definition in columns.items():
        if name not in present:
            con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {definition}")


def create_tables(con: sqlite3.Connection) -> None:
    """A new file's tables, stamped with the current schema version (inside the caller's transaction)."""
    run_ddl(con, DDL + CONFLICT_DDL + CHANGED_DDL + DRAFTS_DDL)
    token_current_version(con)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate_0_to_1(con: sqlite3.Connection) -> None:
    """v0 = files from before the schema was versioned: add what they lack, keep every row."""
    present = {row[1] for row in con.execute("PRAGMA table_info(incidents)")}
    missing_required = [name for name in FIELDS if name not in present and name not in ADDABLE_COLUMNS and name != "id"]
    if "id" not in present or missing_required:
        raise StoreError(
            "cannot upgrade this file: its incidents table lacks required columns "
            f"({', '.join(['id'] if 'id' not in present else missing_required)}); it was left untouched"
        )
    add_missing_columns(con, "incidents", ADDABLE_COLUMNS)
    run_ddl(con, DDL)


def _migrate_1_to_2(con: sqlite3.Connection) -> None:
    """v2: curation (review status, retraction, creating batch), who ran a batch, the history.

    A claim's creating batch was not recorded before: its last batch is the best known
    (the same, unless a later import updated it). Every claim starts unreviewed and live.
    """
    add_missing_columns(
        con,
        "incidents",
        {
            "created_batch": "TEXT",
            "review_status": "TEXT NOT NULL DEFAULT 'unreviewed'",
            "review_note": "TEXT",
            "retracted_at": "TEXT",
            "retracted_reason": "TEXT",
        },
    )
    add_missing_columns(con, "batches", {"who": "TEXT", "retracted_at": "TEXT", "retracted_reason": "TEXT"})
    con.execute("UPDATE incidents SET created_batch = batch WHERE created_batch IS NULL")
    run_ddl(con, DDL)


def _migrate_2_to_3(con: sqlite3.Connection) -> None:
    """v3: every claim records its conflict; claims made before are the default conflict's."""
    add_missing_columns(con, "incidents", {"conflict": CONFLICT_COLUMN})
    run_ddl(con, CONFLICT_DDL)


def _migrate_3_to_4(con: sqlite3.Connection) -> None:
    """v4: each claim's last writing data version, and a token per data version (see the module)."""
    add_missing_columns(con, "incidents", {"changed_version": "INTEGER"})
    run_ddl(con, DDL + CHANGED_DDL)
    token_current_version(con)


# v5: what an import batch read (see the module); NULL for batches made before, and for writes that
# read no file (a report added by hand, a merge).
FILE_COLUMNS: dict[str, str] = {
    "file_digest": "TEXT",
    "read_with": "TEXT",
    "rows": "INTEGER",
    "rejected": "INTEGER",
    "data_version": "INTEGER",
}


def _migrate_4_to_5(con: sqlite3.Connection) -> None:
    """v5: each import batch's file digest, how it was read, and the data version it committed."""
    add_missing_columns(con, "batches", FILE_COLUMNS)


def _migrate_5_to_6(con: sqlite3.Connection) -> None:
    """v6: every country in one stored form, the two-letter code ("Armenia" -> "AM"); and where
    the coordinates of a user's own place come from (``place_aliases.source``).

    Each distinct (conflict, country) is read once with the claim's profile (a conflict whose
    profile is not loaded now: the first loaded profile that knows the spelling); the claims
    changed are rewritten in one pass and marked with a new data version, so the snapshot and
    the clashes beside the file are read again.
    """
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'place_aliases'").fetchone():
        # The user's own places (mapdata.geo.placebook) say where their coordinates come from.
        add_missing_columns(con, "place_aliases", {"source": "TEXT"})
    catalog = default_catalog()
    forms = []
    for conflict, country in con.execute("SELECT DISTINCT conflict, country FROM incidents WHERE country IS NOT NULL"):
        profile = catalog.get(conflict)
        if profile is not None:
            code = normalize_country(country, profile)
        else:
            code = next((c for c in (p.country_code(country) for p in catalog) if c), None) or country
        if code != country:
            forms.append((conflict, country, code))
    if not forms:
        return
    con.execute(
        "CREATE TEMP TABLE country_forms (conflict TEXT, country TEXT, code TEXT, PRIMARY KEY (conflict, country))"
    )
    con.executemany("INSERT INTO temp.country_forms VALUES (?, ?, ?)", forms)
    con.execute(
        "UPDATE incidents SET country = f.code, changed_version = "
        f"{NEXT_DATA_VERSION} FROM temp.country_forms AS f "
        "WHERE f.conflict = incidents.conflict AND f.country = incidents.country"
    )
    con.execute("DROP TABLE temp.country_forms")
    bump_data_version(con)


def conflict_named_in(note: str | None) -> str | None:
    """The id of the conflict a note of an unresolved name ends with ("report: <address> · Thailand–Cambodia",
    "import: a.csv · Armenia–Azerbaijan", or the title alone), as the notes of before schema 7 kept it;
    None when it names none. Only the last part counts: an outlet or a file name that holds a title is
    no conflict."""
    last = (note or "").rsplit(" · ", 1)[-1].strip()
    return next((profile.id for profile in default_catalog() if profile.title == last), None) if last else None


def _migrate_6_to_7(con: sqlite3.Connection) -> None:
    """v7: the conflict an unresolved name was met in, its own column, read once from the notes of before
    (NULL where a note names none: the Gazetteer page says "conflict not recorded")."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'unresolved_places'").fetchone():
        return  # made with the column when first used (mapdata.geo.placebook)
    add_missing_columns(con, "unresolved_places", {"conflict": "TEXT"})
    found = [
        (conflict, key)
        for key, note in con.execute("SELECT name_key, context FROM unresolved_places WHERE conflict IS NULL")
        if (conflict := conflict_named_in(note)) is not None
    ]
    con.executemany("UPDATE unresolved_places SET conflict = ? WHERE name_key = ?", found)


def _migrate_7_to_8(con: sqlite3.Connection) -> None:
    """v8: an alias is keyed by its name and the conflict it was saved in. SQLite cannot change a primary key,
    so the table is rebuilt (inside the upgrade's transaction, after the backup copy); every alias of before is
    kept, for every conflict (``''``), as it applied."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'place_aliases'").fetchone():
        return  # made with the column when first used (mapdata.geo.placebook)
    add_missing_columns(con, "place_aliases", {"source": "TEXT"})
    con.execute("ALTER TABLE place_aliases RENAME TO place_aliases_v7")
    run_ddl(con, PLACE_ALIASES_DDL)
    con.execute(
        f"INSERT INTO place_aliases({ALIAS_COLUMNS}, conflict) SELECT {ALIAS_COLUMNS}, '' FROM place_aliases_v7"
    )
    con.execute("DROP TABLE place_aliases_v7")


def _migrate_8_to_9(con: sqlite3.Connection) -> None:
    """v9: the table of Add report's draft (empty: no file of before kept one)."""
    run_ddl(con, DRAFTS_DDL)


def _migrate_9_to_10(con: sqlite3.Connection) -> None:
    """v10: the draft's review of its proposals (NULL: a draft kept before has none; its text and fields stay)."""
    run_ddl(con, DRAFTS_DDL)  # (a file that lacks the table gets it whole)
    add_missing_columns(con, "drafts", {"review": "TEXT"})


def bump_data_version(con: sqlite3.Connection) -> None:
    """End of a write: the next data version, with a new token (see :mod:`mapdata.store.snapshot`)."""
    con.execute(
        "INSERT INTO meta(key, value) VALUES('data_version', '1') "
        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )
    # A token per data version: a snapshot made at version n knows it was made from
    # this file's history (not a restored copy's that reached n again), see snapshot.py.
    token_current_version(con, uuid.uuid4().hex)


def token_current_version(con: sqlite3.Connection, token: str | None = None) -> None:
    """Give the file's current data version a random token (a new one if ``token`` is given,
    after a write; else only if it has none, for a new or upgraded file)."""
    verb = "INSERT OR IGNORE" if token is None else "INSERT OR REPLACE"
    con.execute(
        f"{verb} INTO versions(version, token) "
        "SELECT COALESCE(MAX(CAST(value AS INTEGER)), 0), ? FROM meta WHERE key = 'data_version'",
        (token or uuid.uuid4().hex,),
    )


# Schema upgrades: MIGRATIONS[n] turns a version-n file into version n+1, inside the open
# transaction (so a failed upgrade changes nothing) and after the backup copy.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    0: _migrate_0_to_1,
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
    5: _migrate_5_to_6,
    6: _migrate_6_to_7,
    7: _migrate_7_to_8,
    8: _migrate_8_to_9,
    9: _migrate_9_to_10,
}


def backup_copy(path: Path, version: int, timeout: float) -> Path:
    """Copy the whole database beside itself as ``<name>.bak-v<version>-<UTC stamp>``.

    SQLite's backup API gives a consistent copy even while others read. Raises sqlite3.Error
    (the caller words it) after removing a partial copy.
    """
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak-v{version}-{stamp}-{n}")
    source = sqlite3.connect(path, timeout=timeout)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    except sqlite3.Error:
        copy.close()
        target.unlink(missing_ok=True)
        raise
    finally:
        source.close()
        copy.close()
    return target
