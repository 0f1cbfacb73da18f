"""Add report's draft: the report pasted and the fields beside it, kept in the database until saved or discarded.

A browser reload, a tab that crashed or the page opened again later (a new session, a restarted app) had lost
the paste: the text lived only in the browser's session (fix53). The page now writes what is in the form here
whenever it changes (one row: one draft per database, the last form written wins), reads it back when a new
session opens the page, and removes it when the proposals are saved as claims or the form is cleared. It stays
on this machine, in the file of record (not in the address, where a long report does not fit, nor in a file
beside the app). A draft is bounded as the page's report is: :data:`MAX_DRAFT_BYTES`, the size of the largest
report file the page takes.

The review goes with it (fix54): the proposals read from the text as the reviewer left them (the grid's rows with
their edits, the claims added, the points set), a :class:`Review` in the draft's ``review`` column (JSON, schema 10),
tied to the text it was read from by a digest (:func:`text_digest`). A draft written with another text drops it; one
loaded whose review is not of its text (or not readable) gives none. It is bounded too (:data:`MAX_REVIEW_BYTES`).
What the page keeps in it is the page's (``ui/proposals.ReviewState``); the grid's rows are made plain JSON here
(:func:`plain`, :func:`restored`: a missing value, NaN or ``pd.NA`` as null, numpy numbers as numbers, a day as a
tagged ISO text) and compared (:func:`changed_rows`).

The table is ``drafts`` (schema 9, its ``review`` schema 10, :mod:`mapdata.store.schema`). Functions take an open
connection: :class:`~mapdata.store.database.Store` runs each in one transaction of its own (one that leaves the data
version alone: a draft is no claim, and the pages' views of the claims stay).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import numbers
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mapdata.errors import ValidationError

__all__ = [
    "MAX_DRAFT_BYTES",
    "MAX_REVIEW_BYTES",
    "Draft",
    "Review",
    "changed_rows",
    "clear_draft",
    "clear_review",
    "load_draft",
    "plain",
    "restored",
    "rows_from_json",
    "rows_to_json",
    "save_draft",
    "save_review",
    "text_digest",
]

MAX_DRAFT_BYTES = 2 * 1024 * 1024  # Add report's cap on a report (its upload's too), in UTF-8 bytes
MAX_REVIEW_BYTES = MAX_DRAFT_BYTES  # the review's JSON, in UTF-8 bytes: the same cap as the report's
REVIEW_FORMAT = 1  # the layout of a review's JSON; one of another layout is not read (none is restored)
_DAY, _TIME = "$date", "$datetime"  # the tags of a day and of a time in a review's JSON

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
    # the proposals read from ``text`` as the reviewer left them (None: none kept, or not of this text)
    review: Review | None = field(default=None, compare=False)

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


@dataclass(frozen=True)
class Review:
    """The proposals read from a draft's text as the reviewer left them: ``digest``, the :func:`text_digest` of the
    text they were read from; ``state``, what the page keeps of its review (stored as :func:`plain` makes it, and so
    read back: :func:`restored` gives its days back)."""

    digest: str
    state: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def to_json(self) -> str:
        """The review as stored. Raises ValidationError ("review": its size and the cap) over
        :data:`MAX_REVIEW_BYTES`, and TypeError for a value JSON does not hold (no :func:`plain` value)."""
        text = json.dumps(
            {"format": REVIEW_FORMAT, "digest": self.digest, "state": plain(self.state)},
            ensure_ascii=False,
            allow_nan=False,
            separators=(",", ":"),
        )
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_REVIEW_BYTES:
            raise ValidationError(
                "review",
                f"is {size / 1048576:.1f} MB; a draft keeps at most {MAX_REVIEW_BYTES / 1048576:g} MB of proposals",
            )
        return text

    @classmethod
    def from_json(cls, text: str | None) -> Review | None:
        """The review stored as ``text``, or None (none, not JSON, or of another layout)."""
        if not text:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or data.get("format") != REVIEW_FORMAT:
            return None
        digest, state = data.get("digest"), data.get("state")
        if not isinstance(digest, str) or not isinstance(state, dict):
            return None
        return cls(digest=digest, state=state)


def text_digest(text: str) -> str:
    """What ties a review to the report text its proposals were read from (sha256 of its UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def plain(value: Any) -> Any:
    """``value`` as plain JSON: None, NaN, ``pd.NA`` and ``NaT`` as null; numpy's numbers and booleans as
    Python's; a day and a time as ``{"$date": ISO}`` and ``{"$datetime": ISO}`` (:func:`restored` reads them back);
    mappings (text keys) and sequences item by item. Raises TypeError for anything else."""
    if value is None or isinstance(value, str):
        return value
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas' missing value and missing time
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, dt.datetime):  # (a pandas Timestamp is one; NaT is not: below)
        return {_TIME: value.isoformat()}
    if isinstance(value, dt.date):
        return {_DAY: value.isoformat()}
    if isinstance(value, Mapping):
        if not all(isinstance(key, str) for key in value):
            raise TypeError(f"a mapping with keys other than text: {list(value)[:3]!r}")
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (Sequence, np.ndarray)):
        return [plain(item) for item in value]
    raise TypeError(f"not kept in a draft: {type(value).__name__}")


def restored(value: Any) -> Any:
    """A :func:`plain` value read back (a tagged day or time as ``datetime.date``/``datetime.datetime``)."""
    if isinstance(value, dict):
        if len(value) == 1 and isinstance(tag := next(iter(value.values())), str):
            if _DAY in value:
                return dt.date.fromisoformat(tag)
            if _TIME in value:
                return dt.datetime.fromisoformat(tag)
        return {key: restored(item) for key, item in value.items()}
    if isinstance(value, list):
        return [restored(item) for item in value]
    return value


def rows_to_json(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The proposals grid's rows (as edited: ``DataFrame.to_dict("records")`` values) as plain JSON objects."""
    return [plain(row) for row in rows]


def rows_from_json(rows: Any) -> list[dict[str, Any]]:
    """Rows kept by :func:`rows_to_json`, read back; ValueError when they are not a list of objects."""
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ValueError("the proposals' rows are not a list of rows")
    return [restored(row) for row in rows]


def _same_cell(one: Any, other: Any) -> bool:
    """One cell as the reviewer sees it: an empty text, None and NaN are one empty cell; 2 and 2.0 one number."""
    one, other = plain(one), plain(other)
    if one == "" or other == "":
        one, other = one or None, other or None
    return bool(one == other)


def changed_rows(rows: Sequence[Mapping[str, Any]], before: Sequence[Mapping[str, Any]]) -> list[int]:
    """The rows (0-based) of ``rows`` that differ from the row at their place in ``before`` (a row ``before`` lacks,
    a claim added, is not one of them), cell by cell as :func:`_same_cell` sees them."""
    return [
        i
        for i, (row, was) in enumerate(zip(rows, before))
        if any(not _same_cell(row.get(name), was.get(name)) for name in {*row, *was})
    ]


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
    # (the review kept stays while the text is the same: a field typed beside it is no new report)
    con.execute(
        f"INSERT INTO drafts(slot, saved_at, {', '.join(_FIELDS)}) VALUES (1, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(slot) DO UPDATE SET saved_at = excluded.saved_at, "
        + ", ".join(f"{name} = excluded.{name}" for name in _FIELDS)
        + ", review = CASE WHEN drafts.text = excluded.text THEN drafts.review END",
        (when.isoformat(), *(getattr(draft, name) for name in _FIELDS)),
    )
    return Draft(**{name: getattr(draft, name) for name in _FIELDS}, saved_at=when)


def load_draft(con: sqlite3.Connection) -> Draft | None:
    """The draft kept, or None."""
    row = con.execute(f"SELECT saved_at, {', '.join(_FIELDS)}, review FROM drafts WHERE slot = 1").fetchone()
    if row is None:
        return None
    try:
        when: dt.datetime | None = dt.datetime.fromisoformat(row[0])
    except (TypeError, ValueError):
        when = None
    text, published, outlet, url, conflict = (str(value or "") for value in row[1:6])
    review = Review.from_json(row[6])
    if review is not None and review.digest != text_digest(text):
        review = None  # (read from another text: its rows are no review of this one)
    return Draft(
        text=text, published=published, outlet=outlet, url=url, conflict=conflict, saved_at=when, review=review
    )


def save_review(con: sqlite3.Connection, review: Review) -> bool:
    """Keep ``review`` with the draft whose text it was read from; whether it was kept (not: no draft, or the
    draft's text is another, as after the text was changed or the draft removed).

    Raises ValidationError for a review over :data:`MAX_REVIEW_BYTES` (and TypeError for one JSON cannot hold),
    writing nothing then: the caller says so, and removes the review kept before if it wants
    (:func:`clear_review`)."""
    stored = review.to_json()
    row = con.execute("SELECT text FROM drafts WHERE slot = 1").fetchone()
    if row is None or text_digest(str(row[0] or "")) != review.digest:
        return False
    con.execute("UPDATE drafts SET review = ? WHERE slot = 1", (stored,))
    return True


def clear_review(con: sqlite3.Connection) -> bool:
    """Remove the review kept with the draft (the draft stays); whether there was one."""
    return con.execute("UPDATE drafts SET review = NULL WHERE review IS NOT NULL").rowcount > 0


def clear_draft(con: sqlite3.Connection) -> bool:
    """Remove the draft; whether there was one."""
    return con.execute("DELETE FROM drafts").rowcount > 0
