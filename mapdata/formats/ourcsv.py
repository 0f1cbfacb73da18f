"""Our own CSV: one column per model field (``mapdata.model.FIELDS``), what the exporter writes.

``weapons`` is a JSON list and ``extra`` a JSON object, so nothing is lost on the way back.
Free-text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
are written with a leading apostrophe, and a leading apostrophe is itself doubled; the
importer removes exactly one, so the round trip is exact and opening the file is safe.
Columns we do not know are kept in ``extra`` under their own names.
"""

from __future__ import annotations

import json
from typing import Mapping, Sequence

from mapdata.formats.common import ParseOutcome, RowError, parse_csv_rows
from mapdata.model import FIELDS, Incident

NAME = "csv"
LABEL = "Ceasefire map CSV"
REQUIRED_COLUMNS = ("date", "latitude", "longitude")

# Free-text columns that may start with anything (and so get the formula guard).
TEXT_COLUMNS: tuple[str, ...] = ("id", "place", "admin1", "country", "claimant", "summary", "source", "source_url", "batch")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")

FIELD_COLUMNS: dict[str, str] = {name: name for name in FIELDS}


def escape_cell(text: str) -> str:
    """Guard a free-text cell against spreadsheet formula execution (reversible)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell`."""
    return text[1:] if text.startswith("'") else text


def matches(header: Sequence[str]) -> bool:
    """Our date/coordinate columns plus who reports (claimant or reporting side)."""
    return all(name in header for name in REQUIRED_COLUMNS) and ("claimant" in header or "reporting_side" in header)


def record_from_mapping(row: Mapping[str, object], default_origin: str) -> dict[str, object]:
    """Our fields from a row or GeoJSON properties; unknown keys move into ``extra``."""
    record: dict[str, object] = {}
    unknown: dict[str, object] = {}
    for name, value in row.items():
        if name in FIELD_COLUMNS:
            record[name] = value
        elif value not in (None, ""):
            unknown[name] = value
    if unknown:
        extra = record.get("extra")
        if isinstance(extra, str):
            try:
                extra = json.loads(extra) if extra.strip() else {}
            except json.JSONDecodeError:
                raise RowError("extra", "not a valid JSON object") from None
        if extra is None:
            extra = {}
        if not isinstance(extra, dict):
            raise RowError("extra", "must be a JSON object")
        record["extra"] = {**unknown, **extra}
    if not record.get("origin"):
        record["origin"] = default_origin
    record.pop("batch", None)  # the store stamps its own import batch
    return record


def parse_row(row: Mapping[str, str]) -> Incident:
    """One row of our CSV -> one Incident."""
    values = {name: (unescape_cell(value) if name in TEXT_COLUMNS else value) for name, value in row.items()}
    return Incident.create(**record_from_mapping(values, NAME))


def parse(text: str) -> ParseOutcome:
    """Every row of our CSV, good ones as incidents, bad ones as problems."""
    outcome = ParseOutcome(format=NAME, column_mapping=dict(FIELD_COLUMNS))
    return parse_csv_rows(text, outcome, parse_row, FIELD_COLUMNS)
