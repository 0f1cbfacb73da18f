"""The append-only history of the record: who changed which claim, when, from what to what, and why.

Entries are written only inside the store's own write transactions, beside the change they
describe, so a change without its entry (or an entry without its change) cannot be saved.
The table refuses UPDATE and DELETE (triggers in ``schema.DDL``): no command or page edits it.
A claim's creation is the import batch that created it (``incidents.created_batch`` joined
to ``batches``), so an import of 100,000 rows does not write 100,000 history rows.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from mapdata.preferences import NAME_VARIABLE, clean_name, saved_name
from mapdata.store.rows import in_chunks

__all__ = [
    "ACTIONS",
    "UNKNOWN_WHO",
    "Change",
    "HistoryEntry",
    "changed_parts",
    "current_user",
    "entries_for",
    "now",
    "record",
    "record_many",
    "shown_time",
]

# What an entry can say happened. Entries made by a batch operation carry its batch id.
ACTIONS: tuple[str, ...] = (
    "create",  # synthesised from the batch that created the claim
    "edit",  # fields changed (by a person, an import updating the claim, or a merge)
    "retract",
    "restore",
    "review",  # review status or note changed
    "retract batch",  # one entry for the batch itself (its claims get their own "retract")
    "restore batch",
    "kept correction",  # an import met a field a person corrected, the source's value changed: theirs was kept
    "undo edit",  # an edit's fields put back as they were before it (the edit stays listed)
)
UNKNOWN_WHO = "unknown"
Change = Mapping[str, tuple[Any, Any]]  # field -> (old, new)


def current_user() -> str:
    """Who is making changes: ``$MAPDATA_USER``, else the name saved on the Settings page (the
    user's settings file, :mod:`mapdata.preferences`), else the operating-system user."""
    name = clean_name(os.environ.get(NAME_VARIABLE, "")) or saved_name()
    if name:
        return name
    try:
        return getpass.getuser() or UNKNOWN_WHO
    except (KeyError, OSError):  # no user name in the environment or the password database
        return UNKNOWN_WHO


def now() -> str:
    """The time stamp of an entry: UTC, to the second, ISO 8601."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def shown_time(stamp: object) -> str:
    """A stored stamp (:func:`now`'s "2026-12-03T12:06:38+00:00") as a person reads a time in UTC,
    "2026-12-03 12:06:38": Past imports showed the ISO form, "T" and offset included (walk26).
    Text that is no such stamp is returned as it is."""
    text = "" if stamp is None else str(stamp)
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc)
    return when.strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded change. ``changes`` maps a field to its (old, new) values."""

    at: str
    who: str
    action: str
    incident_id: str | None = None
    batch: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    note: str | None = None
    seq: int | None = None  # None for the synthesised "create" entry

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "who": self.who,
            "action": self.action,
            "incident_id": self.incident_id,
            "batch": self.batch,
            "changes": {name: {"old": old, "new": new} for name, (old, new) in self.changes.items()},
            "note": self.note,
        }

    def describe(self) -> str:
        """One line a person reads: ``2024-01-02T10:00:00+00:00 ana edit: date 2023-05-12 → 2023-05-13 (why)``."""
        parts = [f"{self.at} {self.who} {self.action}"]
        if self.changes:
            parts.append(
                "; ".join(f"{name} {_shown(old)} → {_shown(new)}" for name, old, new in changed_parts(self.changes))
            )
        text = ": ".join(parts)
        return f"{text} ({self.note})" if self.note else text


def _object(value: Any) -> Any:
    """A JSON object given as text, read (an ``extra`` may be kept as its stored text); anything else as it is."""
    if isinstance(value, str) and value.lstrip().startswith("{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _flat(value: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Nested keys as ``extra.place_key`` paths, each with its value (an empty object is a value)."""
    flat: dict[str, Any] = {}
    for key, item in value.items():
        path = f"{prefix}.{key}"
        if isinstance(item, dict) and item:
            flat.update(_flat(item, path))
        else:
            flat[path] = item
    return flat


def changed_parts(changes: Mapping[str, tuple[Any, Any]]) -> list[tuple[str, Any, Any]]:
    """Each change as (name, old, new); a change of an object (``extra``) as only its keys that changed,
    ``("extra.place_key", None, "geonames:1167718")``: walk47's History showed the whole object twice,
    cut at the same point, and not what changed."""
    parts: list[tuple[str, Any, Any]] = []
    for name, (old, new) in changes.items():
        before, after = _object(old), _object(new)
        if isinstance(before, dict | None) and isinstance(after, dict | None) and (before or after):
            was, now = _flat(before or {}, name), _flat(after or {}, name)
            keys = dict.fromkeys([*was, *now])
            changed = [(key, was.get(key), now.get(key)) for key in keys if was.get(key) != now.get(key)]
            parts.extend(changed or [(name, old, new)])
        else:
            parts.append((name, old, new))
    return parts


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _row(entry: HistoryEntry) -> tuple:
    changes = {name: [old, new] for name, (old, new) in entry.changes.items()}
    return (
        entry.at,
        entry.who,
        entry.action,
        entry.incident_id,
        entry.batch,
        json.dumps(changes, ensure_ascii=False, default=str),  # in field order, as the change listed them
        entry.note,
    )


_INSERT = "INSERT INTO history(at, who, action, incident_id, batch, changes, note) VALUES (?,?,?,?,?,?,?)"


def record(con: sqlite3.Connection, entry: HistoryEntry) -> None:
    """Append one entry (inside the caller's write transaction)."""
    con.execute(_INSERT, _row(entry))


def record_many(con: sqlite3.Connection, entries: Iterable[HistoryEntry]) -> None:
    con.executemany(_INSERT, (_row(entry) for entry in entries))


def _entry(row: tuple) -> HistoryEntry:
    seq, at, who, action, incident_id, batch, changes, note = row
    parsed = json.loads(changes) if changes else {}
    return HistoryEntry(
        at=at,
        who=who,
        action=action,
        incident_id=incident_id,
        batch=batch,
        changes={name: (pair[0], pair[1]) for name, pair in parsed.items()},
        note=note,
        seq=seq,
    )


def entries_for(con: sqlite3.Connection, incident_ids: list[str]) -> dict[str, list[HistoryEntry]]:
    """Each claim's whole history, oldest first: its creating batch, then every recorded change."""
    found: dict[str, list[HistoryEntry]] = {}
    for chunk, marks in in_chunks(incident_ids):
        created = con.execute(
            "SELECT i.id, b.created, b.who, b.id, b.label FROM incidents i JOIN batches b ON b.id = i.created_batch "
            f"WHERE i.id IN ({marks})",
            chunk,
        )
        for incident_id, at, who, batch, label in created:
            found.setdefault(incident_id, []).append(
                HistoryEntry(at, who or UNKNOWN_WHO, "create", incident_id, batch, note=label)
            )
        rows = con.execute(
            "SELECT seq, at, who, action, incident_id, batch, changes, note FROM history "
            f"WHERE incident_id IN ({marks}) ORDER BY seq",
            chunk,
        )
        for row in rows:
            found.setdefault(row[4], []).append(_entry(row))
    return found
