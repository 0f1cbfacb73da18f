"""The store of record: one SQLite file holding every claim, written one transaction at a time.

* ``database`` — :class:`Store`: opening (read-only, locked, damaged files), reads, writes;
* ``schema`` — tables, the schema version and the migrations that upgrade older files;
* ``rows`` — a claim as a table row and back; ``frames`` — rows as a typed DataFrame;
* ``snapshot`` — the columnar copy of the claims beside the file, refreshed by what changed;
* ``checked`` — whether the file was found whole in its present state (skips re-reading every page);
* ``curation`` — edit, retract, restore, review, merge, undo an import batch (inside a write);
* ``history`` — the append-only record of every change: who, when, old → new, why;
* ``imports`` — which file an import batch read, so the same file again needs no row read;
* ``drafts`` — Add report's draft: the report pasted and its fields, kept until saved or discarded;
* ``failures`` — SQLite errors worded for users; ``bundled`` — the claims a new file is seeded with.
"""

from mapdata.store.database import (
    DEFAULT_TIMEOUT,
    Store,
    WriteResult,
    db_timeout,
    default_db_path,
    open_store,
    stored_row,
)
from mapdata.store.frames import incidents_frame_from_records
from mapdata.store.history import HistoryEntry, current_user, shown_time
from mapdata.store.schema import SCHEMA_VERSION
from mapdata.store.snapshot import STAMP_ATTR

__all__ = [
    "DEFAULT_TIMEOUT",
    "SCHEMA_VERSION",
    "STAMP_ATTR",
    "HistoryEntry",
    "Store",
    "WriteResult",
    "current_user",
    "db_timeout",
    "default_db_path",
    "incidents_frame_from_records",
    "open_store",
    "shown_time",
    "stored_row",
]
