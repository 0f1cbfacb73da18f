"""Our own CSV: one column per model field (``mapdata.model.FIELDS``), what the exporter writes.

``weapons`` is plain text ("mortar; drone") or, when a term holds ``;`` or ``,``, a JSON list, and
``extra`` readable text, ``key: value; key: value`` (:func:`extra_text`; nested keys joined with
"."), exact enough to read back as the same object; a JSON object (what older exports wrote) is
read too. So nothing is lost on the way back.
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
import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

from mapdata.errors import ValidationError
from mapdata.formats.common import ParseOutcome, RowError, Text, every_problem, parse_csv_rows
from mapdata.formats.conflicts import ConflictRules
from mapdata.formats.placing import ALSO, Locate, not_placed
from mapdata.geo.borders import country_after_move
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
# What an export that can hold retracted claims adds (with history too): whether each claim is retracted,
# when and why. An import leaves them out, and refuses a row they mark retracted (never a live claim again).
RETRACTED_COLUMN = "retracted"
RETRACTION_COLUMNS: tuple[str, ...] = (RETRACTED_COLUMN, "retracted_at", "retracted_reason")
_NOT_IMPORTED = frozenset((*CURATION_COLUMNS, *RETRACTION_COLUMNS))
RETRACTED_IN_FILE = "marked retracted in the file"
# What every export adds after FIELDS: each claim's clash status as the exporting database found it.
STATUS_COLUMN = "clash_status"


def escape_cell(text: str) -> str:
    """Guard a free-text cell against spreadsheet formula execution (reversible)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def unescape_cell(text: str) -> str:
    """Undo :func:`escape_cell`."""
    return text[1:] if text.startswith("'") else text


_NOT_BARE_START = frozenset('"[{')


# Control characters and line/paragraph separators never stand bare (written as JSON escapes).
_NOT_BARE_KEY = re.compile('[.:;"\\\\\x00-\x1f\x7f-\x9f\u2028\u2029]')
_NOT_BARE_VALUE = re.compile("[;\x00-\x1f\x7f-\x9f\u2028\u2029]")
_JSON_LIKE_START = frozenset("-0123456789tfnNI")  # what json.loads may read as a number, true/false/null, NaN
_JSON_WORDS = frozenset(("true", "false", "null", "NaN", "Infinity"))


def _bare(text: str, forbidden: re.Pattern[str]) -> bool:
    """Whether ``text`` can stand in the cell as it is and read back the same."""
    return (
        text != ""
        and text == text.strip()
        and not text.startswith(FORMULA_START)
        and text[0] not in _NOT_BARE_START
        and forbidden.search(text) is None
    )


# Keys and text values repeat across claims (ACLED's actor, admin and code values): each is
# worked out once; longer text is not cached (bounded memory).
_CACHED_TEXT = 200


@lru_cache(maxsize=65_536)
def _key_text_cached(key: str) -> str:
    return key if _bare(key, _NOT_BARE_KEY) else json.dumps(key, ensure_ascii=False)


@lru_cache(maxsize=65_536)
def _text_value_cached(value: str) -> str:
    if _bare(value, _NOT_BARE_VALUE):
        if value[0] not in _JSON_LIKE_START:
            return value
        try:
            json.loads(value)  # "3", "true", "null", "NaN": text that would read back as something else
        except ValueError:
            return value
    return json.dumps(value, ensure_ascii=False)


def _key_text(key: str) -> str:
    return _key_text_cached(key) if len(key) <= _CACHED_TEXT else _key_text_cached.__wrapped__(key)


def _value_text(value: object) -> str:
    if isinstance(value, str):
        return _text_value_cached(value) if len(value) <= _CACHED_TEXT else _text_value_cached.__wrapped__(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


def _pairs(extra: Mapping[str, object], prefix: str) -> Iterator[str]:
    for key, value in extra.items():
        path = prefix + _key_text(str(key))
        if isinstance(value, dict) and value:
            yield from _pairs(value, path + ".")
        else:
            yield f"{path}: {_value_text(value)}"


def extra_text(extra: Mapping[str, object]) -> str:
    """A claim's ``extra`` as a person reads it: ``acled.actor1: Military Forces of …; acled.iso3: ARM``.

    Nested keys are joined with "."; a key or text that would not read back as itself (holding
    ``.`` ``:`` ``;`` or quotes, empty, starting like a spreadsheet formula or like JSON, or text
    that reads as a number, true/false or null: ``"7002534"``) is written as a JSON string, and a
    value that is not text (a number, a list) as JSON. :func:`read_extra` reads it back exactly."""
    return "; ".join(_pairs(extra, ""))


_DECODER = json.JSONDecoder()


def _token(text: str, at: int, stops: str) -> tuple[object, int, bool]:
    """A JSON value at ``at`` (quoted: True), or bare text up to the first of ``stops`` (False)."""
    if text[at : at + 1] in ('"', "[", "{"):
        value, end = _DECODER.raw_decode(text, at)
        return value, end, True
    ends = [found for stop in stops if (found := text.find(stop, at)) >= 0]
    end = min(ends) if ends else len(text)
    return text[at:end], end, False


# The common cell at regex speed: bare keys, values bare or quoted without escapes. Linear: each
# part is one character class (a quoted value's cannot hold its closing quote).
_SIMPLE_PAIR = re.compile(
    r'([^.:;"\\\[\]{}\x00-\x1f]+(?:\.[^.:;"\\\[\]{}\x00-\x1f]+)*): ("[^"\\\x00-\x1f]*"|[^;"\[{\x00-\x1f][^;\x00-\x1f]*)(?:; |\Z)'
)


def _simple_extra(text: str) -> dict[str, object] | None:
    """:func:`read_extra` of a cell of simple pairs, or None (the general reader then reads it)."""
    extra: dict[str, object] = {}
    at = 0
    while at < len(text):
        pair = _SIMPLE_PAIR.match(text, at)
        if pair is None:
            return None
        *groups, key = pair[1].split(".")
        raw = pair[2]
        value: object = raw[1:-1] if raw[0] == '"' else raw
        if raw[0] != '"' and (raw[0] in "-0123456789" or raw in _JSON_WORDS):
            return None  # maybe a number, true/false or null: the general reader
        where = extra
        for group in groups:
            inner = where.setdefault(group, {})
            if not isinstance(inner, dict):
                return None
            where = inner
        if key in where:
            return None
        where[key] = value
        at = pair.end()
        if at == len(text) and text.endswith("; "):
            return None
    return extra


def read_extra(text: str) -> object:
    """The ``extra`` cell read back: "" -> {}; a JSON object as older exports wrote it; else
    :func:`extra_text`'s ``key: value; …``. RowError when it is neither."""
    if not text.strip():
        return {}
    try:
        if text.lstrip()[0] in "{[":
            return json.loads(text)  # the model says when it is not an object
        simple = _simple_extra(text)
        if simple is not None:
            return simple
        extra: dict[str, object] = {}
        at = 0
        while True:
            path: list[str] = []
            while True:
                key, at, quoted = _token(text, at, ".:")
                if not isinstance(key, str) or not (quoted or _bare(key, _NOT_BARE_KEY)):
                    raise ValueError("not a key")
                path.append(key)
                if text.startswith(".", at):
                    at += 1
                    continue
                if not text.startswith(": ", at):
                    raise ValueError("no ': ' after a key")
                at += 2
                break
            value, at, quoted = _token(text, at, ";")
            if not quoted and isinstance(value, str):
                try:
                    value = json.loads(value)  # a number, true/false or null (text that reads so was quoted)
                except ValueError:
                    pass
            where = extra
            for key in path[:-1]:
                inner = where.setdefault(key, {})
                if not isinstance(inner, dict):
                    raise ValueError("a key both a value and a group")
                where = inner
            if path[-1] in where:
                raise ValueError("a key given twice")
            where[path[-1]] = value
            if at == len(text):
                return extra
            if not text.startswith("; ", at):
                raise ValueError("no '; ' between two keys")
            at += 2
    except ValueError:
        raise RowError(
            "extra", "neither 'key: value; key: value' text (as this tool exports it) nor a JSON object"
        ) from None


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
        elif value not in (None, "") and name not in _NOT_IMPORTED and name != STATUS_COLUMN:
            unknown[name] = value
    _refuse_retracted(row)
    if isinstance(record.get("extra"), str):
        record["extra"] = read_extra(str(record["extra"]))
    if unknown:
        extra = record.get("extra")
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


def _refuse_retracted(row: Mapping[str, object]) -> None:
    """A row our export marks retracted (``retracted`` true, or a ``retracted_at``) is refused, saying so:
    imported, it would be a live claim again, silently (walk47). A stored claim it names keeps its state."""
    flag = row.get(RETRACTED_COLUMN)
    marked = flag is True or (isinstance(flag, str) and flag.strip().lower() in ("true", "yes", "1"))
    at = row.get("retracted_at")
    if not marked and _blank(at):
        return
    when = "" if _blank(at) else f" on {str(at).strip()[:10]}"
    reason = row.get("retracted_reason")
    why = "" if _blank(reason) else f" because “{unescape_cell(str(reason).strip())[:80]}”"
    identifier = row.get("id")
    raise RowError(
        RETRACTED_COLUMN if flag is not None else "retracted_at",
        f"{RETRACTED_IN_FILE}{when}{why}: not imported, so it does not come back as a live claim; "
        "clear its 'retracted' and 'retracted_at' cells to import it anyway",
        None if _blank(identifier) else str(identifier).strip(),
    )


def with_country_of_point(record: dict[str, object]) -> dict[str, object]:
    """A row with coordinates, from a file with no country column, takes the country its point is clearly in (the
    borders' policy, :func:`mapdata.geo.borders.country_after_move`; none near a border or at sea): such a row was
    saved with no country, left out of the country filter and the export's country column (walk46)."""
    if "country" in record:
        return record  # (a country column, blank or not, is the file's word: an export imports back as it was)
    try:
        latitude, longitude = float(str(record.get("latitude")).strip()), float(str(record.get("longitude")).strip())
    except ValueError:
        return record  # the model reports the coordinate that is no number
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return record
    country = country_after_move(latitude, longitude)
    return dict(record, country=country) if country else record


def place_record(record: dict[str, object], locate: Locate | None, column: str = "latitude") -> dict[str, object]:
    """Fill coordinates from the place name when both are missing and placing is on; with placing
    off, such a row is rejected with what would place it (``column``: where the file lacks them)."""
    if not (_blank(record.get("latitude")) and _blank(record.get("longitude"))):
        return with_country_of_point(record)
    place = record.get("place")
    if _blank(place):
        return record  # nothing to place by: the model reports the missing coordinates
    if locate is None:
        raise not_placed(str(place).strip(), column, None if _blank(record.get("id")) else str(record["id"]).strip())
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
        record = rules.fill(record_from_mapping(values, NAME))
        try:
            record = place_record(record, locate)
        except RowError as exc:
            raise with_other_problems(exc, record, rules) from None
    except json.JSONDecodeError:
        raise RowError("extra", "not a valid JSON object") from None
    try:
        return Incident.from_values(record, rules.catalog)
    except ValidationError as exc:
        raise every_problem(exc, record, rules.catalog, FIELD_COLUMNS) from None


def with_other_problems(error: RowError, record: Mapping[str, object], rules: ConflictRules) -> RowError:
    """A row rejected for its place, with the row's other problems said too (walk44: a row told only
    "no coordinates" was rejected anew, once placed, for its event type): the model's checks with
    stand-in coordinates."""
    trial = {**record, "latitude": 0.0, "longitude": 0.0}
    others = [str(problem) for problem in Incident.problems(trial, rules.catalog)]
    return RowError(error.column, error.message + "".join(f"{ALSO}{other}" for other in others), error.incident_id)


def parse(text: Text, locate: Locate | None = None, rules: ConflictRules | None = None) -> ParseOutcome:
    """Every row of our CSV, good ones as incidents, bad ones as problems."""
    rules = rules or ConflictRules()
    outcome = ParseOutcome(format=NAME, column_mapping=dict(FIELD_COLUMNS))
    if locate is not None:
        outcome.column_mapping.update(
            latitude="latitude (or found from place)", longitude="longitude (or found from place)"
        )
    return parse_csv_rows(text, outcome, lambda row: parse_row(row, locate, rules), FIELD_COLUMNS)
