"""Which file an import batch read, so that a re-import of the very same file can skip its rows.

A batch that imported a file records the file's digest (sha256 of its bytes), how it was read
(``read_with``: a digest of the format, the options and the reading code and profiles), how many
rows it had and rejected, and the data version its transaction committed. Reading the same bytes
the same way again gives the same claims; if no claim at all was written since that commit (no
import, edit, retraction, review or merge: each sets ``changed_version``), every one of them is
still stored exactly as the file says, so the row-by-row comparison would find every row
unchanged. :func:`same_import` finds such a batch; anything else (another file imported since,
one claim edited or retracted) sends the import down the row path, which never undoes a person's
decision.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from mapdata.store.schema import NEXT_DATA_VERSION

__all__ = ["FileStamp", "PastImport", "record_file", "same_import"]


@dataclass(frozen=True)
class FileStamp:
    """A file as one import read it: its bytes' digest, how it was read, its rows and rejected rows."""

    digest: str
    read_with: str
    rows: int = 0
    rejected: int = 0


@dataclass(frozen=True)
class PastImport:
    """The batch that last imported the same file read the same way, and what it found."""

    batch: str
    created: str
    label: str | None
    rows: int
    rejected: int
    claims: int  # the valid rows, all stored as the file says (new + updated + unchanged then)


def record_file(con: sqlite3.Connection, batch: str, stamp: FileStamp) -> None:
    """Note on ``batch`` (inside its own write transaction) the file it read and the version it commits."""
    con.execute(
        f"UPDATE batches SET file_digest = ?, read_with = ?, rows = ?, rejected = ?, data_version = {NEXT_DATA_VERSION} "
        "WHERE id = ?",
        (stamp.digest, stamp.read_with, stamp.rows, stamp.rejected, batch),
    )


def same_import(con: sqlite3.Connection, digest: str, read_with: str) -> PastImport | None:
    """The batch that imported this file read this way, if no claim has been written since its commit.

    Only the latest such batch counts, and only while the whole store is as it left it: one
    indexed look-up for any claim with a later ``changed_version``.
    """
    row = con.execute(
        "SELECT id, created, label, rows, rejected, new + updated + unchanged, data_version FROM batches "
        "WHERE file_digest = ? AND read_with = ? AND retracted_at IS NULL ORDER BY data_version DESC LIMIT 1",
        (digest, read_with),
    ).fetchone()
    if row is None:
        return None
    *found, version = row
    if con.execute("SELECT 1 FROM incidents WHERE changed_version > ? LIMIT 1", (version,)).fetchone():
        return None
    return PastImport(*found)
