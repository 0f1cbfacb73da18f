"""Exports of exactly the frame given (the caller filters first): our CSV and GeoJSON.

Rows go out newest first (date, then id), the order of the app's lists and Table, whatever order
the frame is in (the store reads oldest first).

Each claim's clash status (single source / corroborated / contested / denied) goes out as
``clash_status`` when the caller passes it: it is found over the whole store
(:mod:`mapdata.claims`, an analysis above this module), not from the rows exported, so a clash
cut by a filter keeps its status. The importer leaves the column out.

Both read back through the importer with nothing lost: every field, weapons lists, nulls,
``extra`` and any Unicode. The CSV writes weapons as a reader does ("mortar; drone"; the
importer splits at ``;``), and as a JSON list only when a term holds a ``;`` or ``,`` or would
start a cell as a formula or a list would; ``extra`` as ``key: value; …`` text
(:func:`mapdata.formats.ourcsv.extra_text`) and the history a line per entry, where GeoJSON keeps
their structure (an object, a list of entries). The CSV guards free-text cells against spreadsheet formulas
(see :mod:`mapdata.formats.ourcsv`); GeoJSON is RFC 7946 (Points, [longitude, latitude]).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from typing import Any

import pandas as pd

from mapdata.formats.ourcsv import (
    FORMULA_START,
    RETRACTED_COLUMN,
    RETRACTION_COLUMNS,
    STATUS_COLUMN,
    TEXT_COLUMNS,
    escape_cell,
    extra_text,
)
from mapdata.model import CURATION_FIELDS, FIELDS
from mapdata.store.history import HistoryEntry

__all__ = [
    "CSV_MIME",
    "GEOJSON_MIME",
    "history_text",
    "newest_first",
    "records",
    "to_csv",
    "to_csv_bytes",
    "to_geojson",
    "weapons_cell",
]

CSV_MIME = "text/csv"
GEOJSON_MIME = "application/geo+json"
_DATE_COLUMNS = ("date", "published")
_COUNT_COLUMNS = ("killed", "wounded")
WEAPONS_SEPARATOR = "; "
# A weapons cell in plain text must read back as the same terms (the model splits at ";" and ","),
# must not start as a JSON list, nor as a spreadsheet formula.
_NOT_PLAIN = (";", ",")
_NOT_PLAIN_START = ("[", *FORMULA_START)


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _day(value: Any) -> str | None:
    if _missing(value):
        return None
    if hasattr(value, "date") and callable(value.date):
        return value.date().isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)[:10] or None


def _count(value: Any) -> int | None:
    return None if _missing(value) else int(value)


def _list(value: Any) -> list[str]:
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()  # a numpy array from a DataFrame cell
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if _missing(value):
        return []
    if isinstance(value, str):
        return json.loads(value) if value.strip().startswith("[") else [value]
    return [str(value)]


def _dict(value: Any) -> dict[str, Any]:
    if isinstance(value, str) and value.strip():
        value = json.loads(value)
    return _finite(value) if isinstance(value, dict) else {}


def _finite(value: Any) -> Any:
    """``value`` with NaN and ±Infinity as None: JSON has no such numbers, and an export must be JSON.

    The model refuses them, but a database written by another tool (or an older version) may hold them.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_finite(item) for item in value]
    return value


def _column(frame: pd.DataFrame, name: str) -> list[Any]:
    """One column as plain Python values (converted column-wise: cheap on 100,000 rows)."""
    values = frame[name].tolist()
    if name in _DATE_COLUMNS:
        return [_day(v) for v in values]
    if name in _COUNT_COLUMNS:
        return [_count(v) for v in values]
    if name == "weapons":
        return [_list(v) for v in values]
    if name == "extra":
        return [_dict(v) for v in values]
    if name == "history":
        return [v if isinstance(v, list) else [] for v in values]
    if name in ("latitude", "longitude"):
        return [None if _missing(v) else float(v) for v in values]
    if name == RETRACTED_COLUMN:
        return [bool(v) for v in values]
    return [None if _missing(v) else (v if isinstance(v, str) else str(v)) for v in values]


# the review's own columns: the curation fields but the retraction's (which an export of retracted claims adds alone)
_REVIEW_COLUMNS = tuple(name for name in CURATION_FIELDS if name not in RETRACTION_COLUMNS)


def _columns(curation: bool, status: bool, retracted: bool = False) -> tuple[str, ...]:
    """Our fields; with ``status``, the clash status; with ``curation``, then the review; with
    ``curation`` or ``retracted`` (the export can hold retracted claims), whether each claim is
    retracted, when and why; with ``curation``, last, ``history`` (a column of entry dicts the caller
    adds, e.g. from ``Store.histories``)."""
    return (
        *FIELDS,
        *((STATUS_COLUMN,) if status else ()),
        *(_REVIEW_COLUMNS if curation else ()),
        *(RETRACTION_COLUMNS if curation or retracted else ()),
        *(("history",) if curation else ()),
    )


def _with_retracted(frame: pd.DataFrame, names: tuple[str, ...]) -> pd.DataFrame:
    """``frame`` with the ``retracted`` flag (a claim with a ``retracted_at``) when ``names`` export it."""
    if RETRACTED_COLUMN not in names:
        return frame
    if "retracted_at" not in frame:
        return frame.assign(**{RETRACTED_COLUMN: False})
    return frame.assign(**{RETRACTED_COLUMN: frame["retracted_at"].notna().to_numpy()})


def _with_status(frame: pd.DataFrame, status: pd.Series | None) -> pd.DataFrame:
    """``frame`` with the ``clash_status`` column from ``status`` (aligned by index; a claim it
    lacks, such as a retracted one, which is in no clash, gets none)."""
    if status is None:
        return frame
    values = status.reindex(frame.index).astype(object)
    return frame.assign(**{STATUS_COLUMN: values.where(values.notna(), None).to_numpy()})


def newest_first(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` in the order a user sees claims: newest date first, then by id (as the Table)."""
    if frame.empty or "date" not in frame or "id" not in frame:
        return frame
    return frame.sort_values(["date", "id"], ascending=[False, True], kind="stable", na_position="last")


def weapons_cell(weapons: list[str]) -> str:
    """A claim's weapons as a reader writes them ("mortar; drone"), or a JSON list when plain
    text would not read back as the same terms."""
    plain = WEAPONS_SEPARATOR.join(weapons)
    if any(mark in w for w in weapons for mark in _NOT_PLAIN) or plain.startswith(_NOT_PLAIN_START):
        return json.dumps(weapons, ensure_ascii=False)
    return plain


def records(
    frame: pd.DataFrame, *, curation: bool = False, status: pd.Series | None = None, retracted: bool = False
) -> Iterator[dict[str, Any]]:
    """Plain, JSON-friendly records (our FIELDS, in order; then the clash status from ``status``,
    indexed like ``frame``; then the curation and, with ``retracted``, the retraction: see
    :func:`_columns`) for every row of ``frame``, newest first."""
    names = _columns(curation, status is not None, retracted)
    frame = newest_first(_with_retracted(_with_status(frame, status), names)).reindex(columns=list(names))
    columns = [_column(frame, name) for name in names]
    for values in zip(*columns):
        yield dict(zip(names, values))


def to_csv(
    frame: pd.DataFrame, *, curation: bool = False, status: pd.Series | None = None, retracted: bool = False
) -> str:
    """Our CSV (columns = FIELDS; weapons as "a; b", extra as "key: value; …") of exactly the rows of
    ``frame``, newest first: no cell holds JSON a person must read (a weapons term or an extra value
    that plain text cannot carry is the exception, as JSON within the text).

    ``status`` (each row's clash status, indexed like ``frame``) adds the ``clash_status`` column;
    ``curation`` adds the review status and note, when and why a claim was retracted, and
    its history, a line per entry (the importer leaves such columns out, never reads them as the claim);
    ``retracted`` (the export can hold retracted claims: "Show retracted claims" is on) adds
    ``retracted`` (true/false), ``retracted_at`` and ``retracted_reason``, as ``curation`` does too
    (a row marked retracted is refused by the importer, saying so).
    """
    names = _columns(curation, status is not None, retracted)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180; and a lone \r in a value gets quoted
    writer.writerow(names)
    for record in records(frame, curation=curation, status=status, retracted=retracted):
        row = []
        for name in names:
            value = record[name]
            if name == "weapons":
                row.append(weapons_cell(value))
            elif name == "history":
                row.append(escape_cell(history_text(value)))
            elif name == "extra":
                row.append(extra_text(value))
            elif value is None:
                row.append("")
            elif name == RETRACTED_COLUMN:
                row.append("true" if value else "false")
            elif name in TEXT_COLUMNS or name in CURATION_FIELDS:
                row.append(escape_cell(value))
            elif isinstance(value, float):
                row.append(repr(value))
            else:
                row.append(str(value))
        writer.writerow(row)
    return out.getvalue()


def history_text(entries: list[dict[str, Any]]) -> str:
    """A claim's history as a person reads it in a spreadsheet cell: a line per entry, oldest first
    (``2024-01-02T10:00:00+00:00 ana edit: date 2023-05-12 → 2023-05-13 (why)``)."""
    lines = []
    for entry in entries:
        changes = entry.get("changes") or {}
        lines.append(
            HistoryEntry(
                at=str(entry.get("at") or ""),
                who=str(entry.get("who") or ""),
                action=str(entry.get("action") or ""),
                changes={name: (change.get("old"), change.get("new")) for name, change in changes.items()},
                note=entry.get("note"),
            ).describe()
        )
    return "\n".join(lines)


def to_csv_bytes(
    frame: pd.DataFrame, *, curation: bool = False, status: pd.Series | None = None, retracted: bool = False
) -> bytes:
    """:func:`to_csv` as UTF-8 with a byte-order mark, so Excel shows Armenian and Azerbaijani letters."""
    return ("\ufeff" + to_csv(frame, curation=curation, status=status, retracted=retracted)).encode("utf-8")


def to_geojson(
    frame: pd.DataFrame, *, curation: bool = False, status: pd.Series | None = None, retracted: bool = False
) -> str:
    """A GeoJSON FeatureCollection of Points, one per row of ``frame``, our fields (and the clash
    status from ``status``, the retraction with ``retracted`` or ``curation``: see :func:`records`)
    as properties (``retracted`` a JSON true/false)."""
    features = []
    for record in records(frame, curation=curation, status=status, retracted=retracted):
        latitude, longitude = record.pop("latitude"), record.pop("longitude")
        geometry = (
            None if latitude is None or longitude is None else {"type": "Point", "coordinates": [longitude, latitude]}
        )
        features.append({"type": "Feature", "id": record["id"], "geometry": geometry, "properties": record})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, allow_nan=False)
