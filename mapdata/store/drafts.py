"""Add report's draft: the report pasted and the fields beside it, kept in the database until saved or discarded.

A browser reload, a tab that crashed or the page opened again later (a new session, a restarted app) had lost
the paste: the text lived only in the browser's session (fix53). The page now writes what is in the form here
whenever it changes (one row: one draft per database, the last form written wins), reads it back when a new
session opens the page, and removes it when the proposals are saved as claims or the form is cleared. It stays
on this machine, in the file of record (not in the address, where a long report does not fit, nor in a file
beside the app). A draft is bounded as the page's report is: :data:`MAX_DRAFT_BYTES`, the size of the largest
report file the page takes.

The table is ``drafts`` (schema 9, :mod:`mapdata.store.schema`). Functions take an open connection: :class:`~mapdata.store.database.Store` runs each in one transaction of its
own (one that leaves the data version alone: a draft is no claim, and the pages' views of the claims stay).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from mapdata.errors import ValidationError

__all__ = ["MAX_DRAFT_BYTES", "Draft", "clear_draft", "load_draft", "save_draft"]

MAX_DRAFT_BYTES = 2 * 1024 * 1024  # Add report's cap on a report (its upload's too), in UTF-8 bytes

_FIELDS = ("text", "published", "outlet", "url", "conflict")


@dataclass(frozen=True)
class Draft:
    """The report form as it was left: the text and the fields beside it (``conflict``: a profile id, or the
    page's "detect"), and when it was written (``saved_at``, UTC; None for one not stored)."""

    text: str = ""
    published: str = ""
    outlet: str = ""
    url: str = ""
    conflict: str = ""
    saved_at: dt.datetime | None = None

    @property
    def empty(self) -> bool:
        """No report to keep: the text is empty or blank (the fields alone are no work lost)."""
        return not self.text.strip()

    def size(self) -> int:
        """Its UTF-8 bytes, as the cap counts them (every field: a text input can be pasted into too)."""
        return sum(len(getattr(self, name).encode("utf-8", "replace")) for name in _FIELDS)

    def same_form(self, other: Draft | None) -> bool:
        """Whether ``other`` holds the same form (whenever each was written)."""
        return other is not None and all(getattr(self, n) == getattr(other, n) for n in _FIELDS)


def save_draft(con: sqlite3.Connection, draft: Draft, now: dt.datetime | None = None) -> Draft:
    """Keep ``draft`` in place of any other (an empty one removes it: :func:`clear_draft`); the draft as stored.

    Raises ValidationError ("text": its size and the cap) for a draft over :data:`MAX_DRAFT_BYTES`, and writes
    nothing then: the caller says so, and clears the draft of an earlier text if it wants."""
    if draft.empty:
        clear_draft(con)
        return Draft()
    size = draft.size()
    if size > MAX_DRAFT_BYTES:
        raise ValidationError(
            "text",
            f"is {size / 1048576:.1f} MB; a draft holds at most {MAX_DRAFT_BYTES // 1048576} MB, "
            "the size of the largest report the page reads",
        )
    when = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(microsecond=0)
    con.execute(
        f"INSERT OR REPLACE INTO drafts(slot, saved_at, {', '.join(_FIELDS)}) VALUES (1, ?, ?, ?, ?, ?, ?)",
        (when.isoformat(), *(getattr(draft, name) for name in _FIELDS)),
    )
    return Draft(**{name: getattr(draft, name) for name in _FIELDS}, saved_at=when)


def load_draft(con: sqlite3.Connection) -> Draft | None:
    """The draft kept, or None."""
    row = con.execute(f"SELECT saved_at, {', '.join(_FIELDS)} FROM drafts WHERE slot = 1").fetchone()
    if row is None:
        return None
    try:
        when: dt.datetime | None = dt.datetime.fromisoformat(row[0])
    except (TypeError, ValueError):
        when = None
    text, published, outlet, url, conflict = (str(value or "") for value in row[1:])
    return Draft(text=text, published=published, outlet=outlet, url=url, conflict=conflict, saved_at=when)


def clear_draft(con: sqlite3.Connection) -> bool:
    """Remove the draft; whether there was one."""
    return con.execute("DELETE FROM drafts").rowcount > 0
