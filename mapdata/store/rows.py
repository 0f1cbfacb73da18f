"""A claim as a row of the ``incidents`` table, and back: the one place that knows the column form."""

from __future__ import annotations

import datetime as dt
import json
import operator
import sqlite3
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring

from mapdata.errors import StoreError
from mapdata.model import FIELDS, Incident

__all__ = [
    "COLUMNS",
    "by_ids",
    "extra_json",
    "in_chunks",
    "incident_from_row",
    "row_record",
    "same_claim",
    "stored_incident",
    "stored_row",
]

COLUMNS = ", ".join(FIELDS)
_INT64_MAX = 2**63 - 1
_BATCH = FIELDS.index("batch")
CHUNK = 900  # ids per "IN (…)" list: under SQLite's default limit of host parameters


# Made once: ``json.dumps`` with options builds a new encoder on every call, once per row of an import.
_EXTRA_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False)
_WEAPONS_JSON = json.JSONEncoder(ensure_ascii=False)
_DATE = FIELDS.index("date")
_PUBLISHED = FIELDS.index("published")
_WEAPONS = FIELDS.index("weapons")
_EXTRA = FIELDS.index("extra")
_FIELD_VALUES = operator.attrgetter(*FIELDS)
# The JSON of an extra of one shape - {"source": {text keys: text values}}, as every ACLED row
# has - made by a template per shape, its values picked in key order by one C call: 5 µs a row
# instead of the encoder's 7.5 (a million rows: ~2.5 s). Any other value takes the encoder.
_SHAPES: dict[tuple, tuple[Callable[[dict], tuple], str] | None] = {}
_MAX_SHAPES = 64  # shapes remembered (a file's rows have one or a few)


def stored_row(incident: Incident) -> tuple:
    """The values :meth:`Store.save` writes for ``incident``, in column order (FIELDS)."""
    values = list(_FIELD_VALUES(incident))  # one C call for every field (a million rows: ~1 s less)
    values[_DATE] = incident.date.isoformat()
    values[_PUBLISHED] = incident.published.isoformat() if incident.published else None
    values[_WEAPONS] = _WEAPONS_JSON.encode(list(incident.weapons)) if incident.weapons else "[]"
    try:
        values[_EXTRA] = extra_json(incident.extra)
    except (TypeError, ValueError) as exc:
        raise StoreError(f"cannot save incident {incident.id}: its extra fields are not plain JSON ({exc})") from None
    for name in ("killed", "wounded"):
        count = getattr(incident, name)
        if count is not None and abs(count) > _INT64_MAX:
            raise StoreError(f"cannot save incident {incident.id}: {name} = {count} is too large")
    return tuple(values)


def extra_json(extra: dict) -> str:
    """The stored text of a claim's extra: ``json.dumps(extra, ensure_ascii=False, sort_keys=True)``
    (keys sorted, so that the same fields always read the same), made faster for rows of one shape."""
    if len(extra) == 1:
        [(source, fields)] = extra.items()
        if type(fields) is dict and fields:
            key = (source, *fields)
            if key in _SHAPES:
                shape = _SHAPES[key]
            else:
                shape = _shape(source, fields)
                if len(_SHAPES) < _MAX_SHAPES:
                    _SHAPES[key] = shape
            if shape is not None:
                pick, template = shape
                try:
                    return template % tuple(map(encode_basestring, pick(fields)))
                except TypeError:  # a value that is not text
                    pass
    return _EXTRA_JSON.encode(extra)


def _shape(source: object, fields: dict) -> tuple[Callable[[dict], tuple], str] | None:
    """What :func:`extra_json` needs for extras of this shape; None where it does not apply."""
    if type(source) is not str or not all(type(name) is str for name in fields) or len(fields) < 2:
        return None
    names = sorted(fields)
    quoted = [encode_basestring(text).replace("%", "%%") for text in (source, *names)]
    template = "{" + quoted[0] + ": {" + ", ".join(f"{name}: %s" for name in quoted[1:]) + "}}"
    return operator.itemgetter(*names), template


def incident_from_row(row: Iterable[object]) -> Incident:
    """The Incident a stored row (FIELDS in order) holds (see :meth:`Incident.from_stored`)."""
    return Incident.from_stored(dict(zip(FIELDS, row)))


def row_record(row: Iterable[object]) -> dict[str, object]:
    """A stored row as plain values (what :meth:`Incident.to_record` gives), without re-validating it."""
    record = dict(zip(FIELDS, row))
    weapons, extra = record["weapons"], record["extra"]
    record["weapons"] = json.loads(weapons) if isinstance(weapons, str) and weapons != "[]" else []
    record["extra"] = json.loads(extra) if isinstance(extra, str) and extra != "{}" else {}
    return record


def stored_incident(row: Iterable[object]) -> Incident:
    """The Incident a row written by this store holds, trusted as validated when it was saved.

    ~50x cheaper than :func:`incident_from_row`: for showing many stored claims (duplicates).
    """
    record = row_record(row)
    record["date"] = dt.date.fromisoformat(str(record["date"])[:10])
    record["published"] = dt.date.fromisoformat(str(record["published"])[:10]) if record["published"] else None
    record["weapons"] = tuple(record["weapons"])  # type: ignore[arg-type]
    return Incident(**record)  # type: ignore[arg-type]


def same_claim(old: tuple, new: tuple) -> bool:
    """Stored row and new row hold the same claim (the import batch does not count)."""
    return old[:_BATCH] + old[_BATCH + 1 :] == new[:_BATCH] + new[_BATCH + 1 :]


def in_chunks(ids: list[str]) -> Iterable[tuple[list[str], str]]:
    """``ids`` in slices small enough for one statement, each with its ``?, ?, …`` list."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        yield chunk, ", ".join("?" for _ in chunk)


def by_ids(con: sqlite3.Connection, ids: list[str], columns: str = COLUMNS) -> dict[str, tuple]:
    """Stored rows (``id`` first, then ``columns``) of those ``ids`` that exist."""
    found: dict[str, tuple] = {}
    for chunk, marks in in_chunks(ids):
        for row in con.execute(f"SELECT id, {columns} FROM incidents WHERE id IN ({marks})", chunk):
            found[row[0]] = row[1:]
    return found
