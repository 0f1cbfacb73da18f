"""Correcting the record: edit (and undo an edit), retract, restore, review, merge, and undo a whole import batch.

Each function runs inside one of the store's write transactions (the caller's ``con``) and
writes its history entries there too, so a change and its record land together or not at
all. Nothing is ever deleted: a retracted claim stays in the file with its reason, hidden
from views and exports until asked for, and can be restored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from mapdata.errors import UnknownRecordError, ValidationError
from mapdata.model import FIELDS, REVIEW_STATUSES, Incident, check_not_in_future, optional_text, parse_date
from mapdata.store import history
from mapdata.store.history import HistoryEntry
from mapdata.store.rows import COLUMNS, by_ids, in_chunks, incident_from_row, row_record, stored_row
from mapdata.store.schema import NEXT_DATA_VERSION

# Every UPDATE of a claim says which data version wrote it: the columnar snapshot reads what changed.
CHANGED = f"changed_version = {NEXT_DATA_VERSION}"

__all__ = [
    "FIXED_FIELDS",
    "KEPT",
    "MAX_NOTE",
    "REASON_REQUIRED",
    "REVIEW_FIELDS",
    "UNDO",
    "UNDOABLE",
    "MissingReasonError",
    "corrections",
    "edit",
    "edit_problems",
    "keep_corrections",
    "merge",
    "restore",
    "restore_batch",
    "retract",
    "retract_batch",
    "review",
    "row_changes",
    "undo_edit",
]

FIXED_FIELDS = ("id", "origin", "batch")  # provenance: who first recorded the claim, never edited
REVIEW_FIELDS = ("review_status", "review_note")
MAX_NOTE = 2000  # characters of a reason or note
_POINT = ("latitude", "longitude")
# what a claim's extra says of the gazetteer entry its place was found as (stale once the place moves)
PLACE_LINKS = ("place_key", "geocoded")
KEPT = "kept correction"  # the history action of an import that kept a person's value over the source's
UNDO = "undo edit"  # the history action that puts an edit's fields back (the edit itself stays listed)
UNDOABLE = ("edit", UNDO)  # the changes undo_edit can put back (an undo too: that redoes the edit)
# Fields a merge may fill when the stored claim leaves them empty (never overwriting a value).
_FILLABLE = ("place", "admin1", "country", "killed", "wounded", "summary", "source", "source_url", "published")


REASON_REQUIRED = "is required: say why, for whoever reads the history later"


class MissingReasonError(ValidationError):
    """A retraction with no reason: ``reason: is required: say why, …`` (the message the command
    line prints). A ValidationError like any other; its own class so the app can ask for the
    reason in a sentence of its own instead of showing the field's rule."""

    def __init__(self, what: str = "reason") -> None:
        super().__init__(what, REASON_REQUIRED)


def _note(text: object, what: str = "note", required: bool = False) -> str | None:
    value = " ".join(str(text).split()) if text is not None else ""
    if not value:
        if required:
            raise MissingReasonError(what)
        return None
    if len(value) > MAX_NOTE:
        raise ValidationError(what, f"is {len(value):,} characters; at most {MAX_NOTE:,}")
    return value


def _stored(con: sqlite3.Connection, incident_id: str) -> Incident:
    row = con.execute(f"SELECT {COLUMNS} FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        raise UnknownRecordError(f"no claim with id {incident_id!r}; nothing was changed")
    return incident_from_row(row)


def _field_changes(old: Incident, new: Incident) -> dict[str, tuple[Any, Any]]:
    before, after = old.to_record(), new.to_record()
    return {name: (before[name], after[name]) for name in FIELDS if name != "batch" and before[name] != after[name]}


def row_changes(old: tuple, new: tuple) -> dict[str, tuple[Any, Any]]:
    """Field -> (old, new) between two stored rows (FIELDS order), the import batch left out."""
    before, after = row_record(old), row_record(new)
    return {name: (before[name], after[name]) for name in FIELDS if name != "batch" and before[name] != after[name]}


def corrections(con: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Claim id -> {field a person corrected: the source's value it replaced, or last sent since}.

    Read from the history, so that no claim ever corrected costs anything: a person's edit (an
    ``edit`` entry without a batch, or an ``undo edit``) marks its fields, the first one keeping the
    source's value (an undo that puts that value back ends the correction); a
    ``kept correction`` entry (an import that met a changed source value) moves that value on; an
    import or merge that wrote the field (an ``edit`` with a batch) ends the correction.
    """
    found: dict[str, dict[str, Any]] = {}
    for chunk, marks in in_chunks(ids):
        rows = con.execute(
            f"SELECT incident_id, action, batch, changes FROM history WHERE incident_id IN ({marks}) "
            "AND action IN ('edit', ?, ?) ORDER BY seq",
            [*chunk, KEPT, UNDO],
        )
        for incident_id, action, batch, changes in rows:
            fields = found.setdefault(incident_id, {})
            for name, (old, new) in (json.loads(changes) if changes else {}).items():
                if action == KEPT:
                    fields[name] = new
                elif action == UNDO and name in fields and _plain(fields[name]) == _plain(new):
                    del fields[name]  # an undo that put the source's value back: the source leads again
                elif batch is None:
                    fields.setdefault(name, old)
                else:
                    fields.pop(name, None)
    return {incident_id: fields for incident_id, fields in found.items() if fields}


def _plain(value: Any) -> Any:
    """A value as the history keeps it (JSON), so that a stored row and an entry compare alike."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def keep_corrections(
    old: tuple, new: tuple, corrected: Mapping[str, Any]
) -> tuple[tuple, dict[str, tuple[Any, Any, Any]]]:
    """The incoming row ``new`` with the stored value of every corrected field put back.

    Returns that row and, for each field whose source value changed since (``corrected`` gives
    the value the person replaced), ``(source before, source now, the person's value)``: the
    import keeps the person's value and says so.
    """
    if not corrected:
        return new, {}
    before, after = row_record(old), row_record(new)
    values = list(new)
    kept: dict[str, tuple[Any, Any, Any]] = {}
    for name, source in corrected.items():
        if name not in before or name in FIXED_FIELDS:
            continue
        now, yours = _plain(after[name]), _plain(before[name])
        if now != _plain(source) and now != yours:
            kept[name] = (source, now, yours)
        index = FIELDS.index(name)
        values[index] = old[index]
    return tuple(values), kept


def _write_fields(con: sqlite3.Connection, incident: Incident, names: list[str]) -> None:
    values = dict(zip(FIELDS, stored_row(incident)))
    assignments = ", ".join(f"{name} = ?" for name in names)
    con.execute(
        f"UPDATE incidents SET {assignments}, {CHANGED} WHERE id = ?", [values[name] for name in names] + [incident.id]
    )


def _refused_fields(changes: Mapping[str, object]) -> list[ValidationError]:
    """The changes no edit makes: a field of provenance, a name that is no field."""
    refused = [
        ValidationError(name, "cannot be edited: it records where the claim came from")
        for name in sorted(set(changes) & set(FIXED_FIELDS))
    ]
    refused += [
        ValidationError(name, "is not a field of a claim")
        for name in sorted(set(changes) - set(FIELDS) - set(REVIEW_FIELDS))
    ]
    return refused


def _unknown_status(status: object) -> ValidationError | None:
    """The problem of a review status that is none of ``REVIEW_STATUSES`` (None: keep the status)."""
    if status is None or str(status).strip().lower() in REVIEW_STATUSES:
        return None
    return ValidationError(
        "review_status", f"unknown value {str(status)[:40]!r}; expected one of: {', '.join(REVIEW_STATUSES)}"
    )


def _review_problems(changes: Mapping[str, object]) -> list[ValidationError]:
    """What :func:`review` would refuse of an edit's ``review_status`` and ``review_note``."""
    problems = []
    if "review_status" in changes:
        unknown = _unknown_status(changes["review_status"])
        if unknown is not None:
            problems.append(unknown)
    if "review_note" in changes:
        try:
            _note(changes["review_note"], "review_note")
        except ValidationError as exc:
            problems.append(exc)
    return problems


def edit_problems(old: Incident, changes: Mapping[str, object]) -> list[ValidationError]:
    """Every problem of an edit of ``old`` at once, first the one :func:`edit` raises (empty: it saves).

    For a person's form, as :meth:`Incident.problems` is for a claim typed by hand: one message per
    press of "Save changes" took four presses to see four mistakes (walk39). The field checks are
    the model's, run over the claim as the edit would leave it; then a date after tomorrow (only
    when the edit changes the date: a person's date, as in Add report, 2099-01-01 is a typo, not
    news) and a new place without its point (the caller resolves a name, so a claim is never saved
    at the old place's coordinates). A review status or note :func:`review` would refuse is one of
    them too (it was named only once every other mistake was put right, round 40).
    """
    problems = _refused_fields(changes) + _review_problems(changes)
    typed = {name: value for name, value in changes.items() if name in FIELDS and name not in FIXED_FIELDS}
    record = {**old.to_record(), **typed}
    invalid = Incident.problems(record)
    problems += invalid
    if "date" not in {p.field for p in invalid}:
        day = parse_date(record["date"])
        if day != old.date:
            try:
                check_not_in_future(day)
            except ValidationError as exc:
                problems.append(exc)
    place = optional_text(record["place"])
    if "place" not in {p.field for p in invalid} and place != old.place and not all(n in changes for n in _POINT):
        problems.append(
            ValidationError(
                "place",
                f"changed to {place!r} without its point: give latitude and longitude too "
                "(resolve the name with the gazetteer, or pick the point on the map)",
            )
        )
    return problems


def edit(
    con: sqlite3.Connection, incident_id: str, changes: Mapping[str, object], *, who: str, note: object = None
) -> tuple[Incident, list[HistoryEntry]]:
    """Change fields of one claim, validated by the model exactly as on entry.

    A new ``place`` must come with its point (``latitude`` and ``longitude``): the caller
    resolves it with the gazetteer or a click on the map, so a claim is never saved at the
    old place's coordinates. ``review_status`` / ``review_note`` may be changed alongside.
    Returns the claim as saved and the history entries written (none if nothing changed).
    """
    refused = _refused_fields(changes)
    if refused:
        raise refused[0]
    note_text = _note(note)
    old = _stored(con, incident_id)
    problems = edit_problems(old, changes)
    if problems:
        raise problems[0]
    claim_changes = {name: value for name, value in changes.items() if name in FIELDS}
    new = old.replace(**claim_changes) if claim_changes else old
    moved = new.place != old.place or (new.latitude, new.longitude) != (old.latitude, old.longitude)
    if moved and "extra" not in changes and any(key in (old.extra or {}) for key in PLACE_LINKS):
        # the gazetteer entry the old place was found as no longer names the claim's place
        new = new.replace(extra={k: v for k, v in (old.extra or {}).items() if k not in PLACE_LINKS})
    entries: list[HistoryEntry] = []
    at = history.now()
    diff = _field_changes(old, new)
    if diff:
        _write_fields(con, new, list(diff))
        entries.append(HistoryEntry(at, who, "edit", incident_id, changes=diff, note=note_text))
        history.record(con, entries[-1])
    if any(name in changes for name in REVIEW_FIELDS):
        entries += review(
            con,
            [incident_id],
            changes.get("review_status"),
            changes.get("review_note"),
            who=who,
            at=at,
            keep_note="review_note" not in changes,
        )
    return new, entries


def undo_edit(
    con: sqlite3.Connection, incident_id: str, seq: int, *, who: str, note: object = None
) -> tuple[Incident, HistoryEntry]:
    """Put the fields that one edit changed back as they were before it, as a new ``undo edit``
    entry (the edit stays in the history: nothing is erased, and the undo can be undone too).

    ``seq`` is the edit's history entry. Its number in the claim's history as listed (1 = its
    creation) is change N, and the note says the fields are as in version N-1, the claim before it.
    Refused, with nothing changed, when a later change has touched one of those fields (undo that
    one first), so no later correction is lost without a word.
    """
    current = _stored(con, incident_id)
    entries = history.entries_for(con, [incident_id]).get(incident_id, [])
    number = next((n for n, entry in enumerate(entries, 1) if entry.seq == seq), None)
    if number is None:
        raise UnknownRecordError(f"claim {incident_id!r} has no recorded change {seq}; nothing was changed")
    target = entries[number - 1]
    if target.action not in UNDOABLE or not target.changes:
        raise ValidationError(
            "change",
            f"{number} is a {target.action}, not an edit: only an edit can be undone here; nothing was changed",
        )
    now = current.to_record()
    for name, (_, new) in target.changes.items():
        if _plain(now.get(name)) != _plain(new):
            later = next((n for n, e in enumerate(entries, 1) if n > number and name in e.changes), None)
            since = f"by change {later}" if later else "since"
            raise ValidationError(
                name, f"was changed again {since}: undo that change first, or edit it by hand; nothing was changed"
            )
    restored = current.replace(**{name: old for name, (old, _) in target.changes.items() if name in now})
    diff = _field_changes(current, restored)
    said = f"undid change {number} ({target.action} of {target.at} by {target.who}): as in version {number - 1}"
    extra = _note(note)
    entry = HistoryEntry(
        history.now(), who, UNDO, incident_id, changes=diff, note=f"{said}; {extra}" if extra else said
    )
    if diff:
        _write_fields(con, restored, list(diff))
        history.record(con, entry)
    return restored, entry


def review(
    con: sqlite3.Connection,
    ids: list[str],
    status: object,
    note: object = None,
    *,
    who: str,
    at: str | None = None,
    keep_note: bool = False,
) -> list[HistoryEntry]:
    """Set the review status (and note) of claims; one history entry per claim that changed.

    ``status`` None keeps each claim's status (only the note changes); ``keep_note`` keeps notes.
    """
    unknown = _unknown_status(status)
    if unknown is not None:
        raise unknown
    new_status = None if status is None else str(status).strip().lower()
    new_note = _note(note, "review_note")
    stored = by_ids(con, list(dict.fromkeys(ids)), "review_status, review_note")
    missing = [i for i in ids if i not in stored]
    if missing:
        raise UnknownRecordError(f"no claim with id {missing[0]!r}; nothing was changed")
    at = at or history.now()
    entries = []
    for incident_id, (old_status, old_note) in stored.items():
        status_after = old_status if new_status is None else new_status
        note_after = old_note if keep_note else new_note
        diff = {
            name: (old, new)
            for name, old, new in (("review_status", old_status, status_after), ("review_note", old_note, note_after))
            if old != new
        }
        if diff:
            entries.append(HistoryEntry(at, who, "review", incident_id, changes=diff))
            con.execute(
                f"UPDATE incidents SET review_status = ?, review_note = ?, {CHANGED} WHERE id = ?",
                (status_after, note_after, incident_id),
            )
    history.record_many(con, entries)
    return entries


def _set_retraction(
    con: sqlite3.Connection, ids: list[str], retract_it: bool, reason: str | None, who: str, batch: str | None
) -> list[str]:
    """Retract (or restore) those of ``ids`` not already so; their history entries; the ids changed."""
    stored = by_ids(con, list(dict.fromkeys(ids)), "retracted_at")
    missing = [i for i in ids if i not in stored]
    if missing:
        raise UnknownRecordError(f"no claim with id {missing[0]!r}; nothing was changed")
    changed = [i for i, (retracted_at,) in stored.items() if (retracted_at is None) == retract_it]
    at = history.now()
    for chunk, marks in in_chunks(changed):
        con.execute(
            f"UPDATE incidents SET retracted_at = ?, retracted_reason = ?, {CHANGED} WHERE id IN ({marks})",
            [at if retract_it else None, reason if retract_it else None, *chunk],
        )
    action = "retract" if retract_it else "restore"
    history.record_many(con, (HistoryEntry(at, who, action, i, batch=batch, note=reason) for i in changed))
    return changed


def retract(con: sqlite3.Connection, ids: list[str], reason: object, *, who: str) -> list[str]:
    """Hide claims from every view and export, keeping them (and why) in the file."""
    return _set_retraction(con, ids, True, _note(reason, "reason", required=True), who, None)


def restore(con: sqlite3.Connection, ids: list[str], *, who: str, note: object = None) -> list[str]:
    """Bring retracted claims back into every view."""
    return _set_retraction(con, ids, False, _note(note), who, None)


def _batch(con: sqlite3.Connection, batch: str) -> tuple[str | None, str | None]:
    row = con.execute("SELECT retracted_at, retracted_reason FROM batches WHERE id = ?", (batch,)).fetchone()
    if row is None:
        raise UnknownRecordError(f"no import batch with id {batch!r}; nothing was changed")
    return row


def retract_batch(con: sqlite3.Connection, batch: str, reason: object, *, who: str) -> list[str]:
    """Retract every live claim the batch created (the ``undo`` of an import), in this transaction.

    Claims the batch only updated existed before it and stay (their history shows what it changed).
    """
    text = _note(reason, "reason", required=True)
    _batch(con, batch)
    ids = [
        row[0]
        for row in con.execute("SELECT id FROM incidents WHERE created_batch = ? AND retracted_at IS NULL", (batch,))
    ]
    changed = _set_retraction(con, ids, True, text, who, batch)
    at = history.now()
    con.execute("UPDATE batches SET retracted_at = ?, retracted_reason = ? WHERE id = ?", (at, text, batch))
    history.record(
        con, HistoryEntry(at, who, "retract batch", batch=batch, changes={"claims": (0, len(changed))}, note=text)
    )
    return changed


def restore_batch(con: sqlite3.Connection, batch: str, *, who: str, note: object = None) -> list[str]:
    """Restore the claims the batch's last retraction hid (not claims retracted on their own since)."""
    text = _note(note)
    _batch(con, batch)
    # Claims whose latest retraction is this batch's, and which are still retracted.
    rows = con.execute(
        "SELECT h.incident_id FROM history h JOIN incidents i ON i.id = h.incident_id "
        "WHERE h.batch = ? AND h.action = 'retract' AND i.retracted_at IS NOT NULL "
        "AND h.seq = (SELECT MAX(seq) FROM history WHERE incident_id = h.incident_id AND action = 'retract')",
        (batch,),
    )
    ids = [row[0] for row in rows]
    changed = _set_retraction(con, ids, False, text, who, batch)
    at = history.now()
    con.execute("UPDATE batches SET retracted_at = NULL, retracted_reason = NULL WHERE id = ?", (batch,))
    history.record(
        con, HistoryEntry(at, who, "restore batch", batch=batch, changes={"claims": (0, len(changed))}, note=text)
    )
    return changed


def merge(
    con: sqlite3.Connection,
    stored_id: str,
    incoming: Incident,
    *,
    who: str,
    note: object = None,
    batch: str | None = None,
) -> list[HistoryEntry]:
    """Fold a duplicate into the stored claim: fill what the stored one leaves empty, never overwrite.

    The duplicate is not saved as a claim of its own; its source is kept in the stored claim's
    ``extra["merged_sources"]`` when it differs, so no outlet that reported it is lost.
    """
    old = _stored(con, stored_id)
    fills: dict[str, object] = {
        name: getattr(incoming, name)
        for name in _FILLABLE
        if getattr(old, name) is None and getattr(incoming, name) is not None
    }
    if incoming.weapons and set(incoming.weapons) - set(old.weapons):
        fills["weapons"] = list(dict.fromkeys(old.weapons + incoming.weapons))
    if old.accused_side == "unknown" and incoming.accused_side != "unknown":
        fills["accused_side"] = incoming.accused_side
    if old.event_type == "other" and incoming.event_type != "other":
        fills["event_type"] = incoming.event_type
    source = {"source": incoming.source, "source_url": incoming.source_url, "claimant": incoming.claimant}
    if (incoming.source, incoming.source_url) != (old.source, old.source_url) and any(source.values()):
        merged = list(old.extra.get("merged_sources", [])) if isinstance(old.extra.get("merged_sources"), list) else []
        if source not in merged:
            fills["extra"] = {**old.extra, "merged_sources": merged + [source]}
    if "published" in fills and fills["published"] is not None:
        fills["published"] = str(fills["published"])
    new = old.replace(**fills) if fills else old
    diff = _field_changes(old, new)
    if diff:
        _write_fields(con, new, list(diff))
    label = incoming.source or incoming.source_url or incoming.claimant
    text = _note(note) or f"merged with a duplicate from {label}" + ("" if diff else " (it added nothing)")
    entry = HistoryEntry(history.now(), who, "edit", stored_id, batch=batch, changes=diff, note=text)
    history.record(con, entry)
    return [entry]
