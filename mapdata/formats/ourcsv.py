"""Our own CSV: one column per model field (``mapdata.model.FIELDS``), what the exporter writes.

``weapons`` is plain text ("mortar; drone") or, when a term holds ``;`` or ``,``, a JSON list, and
``extra`` a JSON object, so nothing is lost on the way back.
Free-text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
are written with a leading apostrophe, and a leading apostrophe is itself doubled; the
importer removes exactly one, so the round trip is exact and opening the file is safe.
Columns we do not know are kept in ``extra`` under their own names, except the curation
columns an export "with history" adds (review, retraction, history) and the clash status every
export carries: they are the exporting database's record or reading of the claim, not the
claim, and are not imported (the importing database finds the clash status again).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from mapdata.formats.common import ParseOutcome, RowError, Text, parse_csv_rows
from mapdata.formats.conflicts import ConflictRules
from mapdata.formats.placing import Locate
from mapdata.model import CURATION_FIELDS, FIELDS, Incident

NAME = "csv"
LABEL = "Ceasefire map CSV"
REQUIRED_COLUMNS = ("date",)
COORDINATE_COLUMNS = ("latitude", "longitude")

# Free-text columns that may start with anything (and so get the formula guard).
# fmt: off
TEXT_COLUMNS: tuple[str, ...] = ("id", "place", "admin1", "country", "claimant", "summary", "source", "source_url", "batch")
# fmt: on
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")

FIELD_COLUMNS: dict[str, str] = {name: name for name in FIELDS}
# What an export "with history" adds after FIELDS (and an import leaves out).
CURATION_COLUMNS: tuple[str, ...] = (*CURATION_FIELDS, "history")
# What every export adds after FIELDS: each claim's clash status as the exporting database found it.
STATUS_COLUMN = "clash_status"


def escape_cell(text: str) -> str:
    """Guard a free-text cell against spreadsheet formula execution (reversible)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell`."""
    return text[1:] if text.startswith("'") else text


def matches(header: Sequence[str]) -> bool:
    """Our date column, who reports (claimant or reporting side), and coordinates or a place."""
    where = all(name in header for name in COORDINATE_COLUMNS) or "place" in header
    return "date" in header and ("claimant" in header or "reporting_side" in header) and where


def record_from_mapping(row: Mapping[str, object], default_origin: str) -> dict[str, object]:
    """Our fields from a row or GeoJSON properties; unknown keys move into ``extra``."""
    record: dict[str, object] = {}
    unknown: dict[str, object] = {}
    for name, value in row.items():
        if name in FIELD_COLUMNS:
            record[name] = value
        elif value not in (None, "") and name not in CURATION_COLUMNS and name != STATUS_COLUMN:
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


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def place_record(record: dict[str, object], locate: Locate | None) -> dict[str, object]:
    """Fill coordinates from the place name when both are missing and placing is on."""
    if locate is None or not (_blank(record.get("latitude")) and _blank(record.get("longitude"))):
        return record
    place = record.get("place")
    if _blank(place):
        return record  # nothing to place by: the model reports the missing coordinates
    country = None if _blank(record.get("country")) else str(record["country"])
    conflict = None if _blank(record.get("conflict")) else str(record["conflict"])
    found = locate(str(place), country, conflict)
    geocoded = found.pop("geocoded")
    placed = dict(record, latitude=found["latitude"], longitude=found["longitude"])
    for name in ("geo_precision", "admin1", "country"):
        if _blank(placed.get(name)) and found.get(name):
            placed[name] = found[name]
    extra = placed.get("extra")
    if isinstance(extra, str):
        try:
            extra = json.loads(extra) if extra.strip() else {}
        except ValueError:
            return placed  # invalid JSON: the model reports it
    if extra is None:
        extra = {}
    if isinstance(extra, dict):  # anything else is not an object: the model reports it
        placed["extra"] = {**extra, "geocoded": geocoded}
    return placed


def parse_row(row: Mapping[str, str], locate: Locate | None = None, rules: ConflictRules | None = None) -> Incident:
    """One row of our CSV -> one Incident (placed by name when ``locate`` is given)."""
    rules = rules or ConflictRules()
    values = {name: (unescape_cell(value) if name in TEXT_COLUMNS else value) for name, value in row.items()}
    try:
        record = place_record(rules.fill(record_from_mapping(values, NAME)), locate)
    except json.JSONDecodeError:
        raise RowError("extra", "not a valid JSON object") from None
    return Incident.from_values(record, rules.catalog)


def parse(text: Text, locate: Locate | None = None, rules: ConflictRules | None = None) -> ParseOutcome:
    """Every row of our CSV, good ones as incidents, bad ones as problems."""
    rules = rules or ConflictRules()
    outcome = ParseOutcome(format=NAME, column_mapping=dict(FIELD_COLUMNS))
    if locate is not None:
        outcome.column_mapping.update(
            latitude="latitude (or found from place)", longitude="longitude (or found from place)"
        )
    return parse_csv_rows(text, outcome, lambda row: parse_row(row, locate, rules), FIELD_COLUMNS)
