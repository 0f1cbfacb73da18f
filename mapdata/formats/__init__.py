"""The import formats we read, and how a file's format is recognised.

Each format is a module with ``NAME``, ``LABEL``, ``FIELD_COLUMNS`` (our field <- its
column, shown to the user) and ``parse(text) -> ParseOutcome``; CSV formats also have
``REQUIRED_COLUMNS`` and ``matches(header)``. Detection looks at the header only, so it is
instant for any file size; the user can always force a format instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from types import ModuleType

from mapdata.formats import acled, geojson, ourcsv, ucdp
from mapdata.formats.common import FileFormatError, ParseOutcome, RowProblem, sniff_delimiter
from mapdata.safety import summary_of

__all__ = [
    "CSV_FORMATS",
    "FORMATS",
    "FileFormatError",
    "ParseOutcome",
    "RowProblem",
    "check_columns",
    "detect_format",
    "get_format",
    "read_header",
    "reads_like_text",
]

# Detection order matters: ACLED and UCDP headers are specific; ours is the fallback.
CSV_FORMATS: tuple[ModuleType, ...] = (acled, ucdp, ourcsv)
FORMATS: dict[str, ModuleType] = {module.NAME: module for module in (*CSV_FORMATS, geojson)}


def get_format(name: str) -> ModuleType:
    """The format module called ``name`` (acled, ucdp, csv, geojson)."""
    try:
        return FORMATS[name.strip().lower()]
    except KeyError:
        raise FileFormatError(f"unknown format {name!r}; choose one of: {', '.join(FORMATS)}") from None


def read_header(text: str) -> list[str]:
    """The lower-cased column names of a CSV text's first line (delimiter sniffed)."""
    first_line = text.split("\n", 1)[0].rstrip("\r")
    try:
        row = next(csv.reader(io.StringIO(first_line), delimiter=sniff_delimiter(first_line)))
    except (StopIteration, csv.Error):
        return []
    return [name.strip().lower() for name in row]


QUOTED_CHARS = 80  # of a first line that is not a header, quoted in the message
TEXT_WORDS = 6  # a "column name" of this many words or more is a sentence's part


def reads_like_text(header: Sequence[str]) -> bool:
    """Whether a first line's cells read like prose, not column names: one of them is a run of words
    (a column name is a word or three: "event_date", "Event date (UTC)")."""
    return any(len(name.split()) >= TEXT_WORDS for name in header)


def detect_format(sample: bytes | str | Sequence[str]) -> str:
    """The format name for a file's start (bytes or text) or for a CSV header (list of names).

    Raises FileFormatError listing what each format needs when nothing matches.
    """
    first_line = ""
    if isinstance(sample, bytes):
        sample = sample[:65536].decode("utf-8-sig", errors="replace")
    if isinstance(sample, str):
        if geojson.looks_like_json(sample):
            return geojson.NAME
        header = read_header(sample.lstrip("\ufeff"))
        first_line = sample.lstrip("\ufeff").split("\n", 1)[0].strip()
    else:
        header = [str(name).strip().lower() for name in sample]
    for module in CSV_FORMATS:
        if module.matches(header):
            return module.NAME
    if reads_like_text(header):
        # (walk46: a news story saved as .csv was told "unrecognised columns (on 14 november 2025, the armenian
        # ministry of defence said …)": its whole first line, lower-cased, as if it were column names)
        quoted = summary_of(" ".join((first_line or ", ".join(header)).split()), QUOTED_CHARS)
        raise FileFormatError(
            f"the first line is not a header row: it reads like text, not column names (“{quoted}”). A file to "
            "import starts with its column names: an ACLED or UCDP export, our CSV (date, claimant, place or "
            "latitude and longitude, …) or GeoJSON"
        )
    shown = ", ".join(name for name in header[:8] if name) or "(none)"
    raise FileFormatError(
        f"unrecognised columns ({shown}{', …' if len(header) > 8 else ''}). Expected an ACLED export "
        "(event_id_cnty, event_date, …), a UCDP GED file (id, date_start, where_prec, best, …), "
        "our CSV (date, latitude, longitude, claimant, …) or GeoJSON; or choose the format yourself"
    )


def check_columns(module: ModuleType, header: Sequence[str]) -> None:
    """Fail early, naming the missing columns, when a forced CSV format does not fit the file."""
    required = getattr(module, "REQUIRED_COLUMNS", ())
    missing = [name for name in required if name not in header]
    if missing:
        raise FileFormatError(f"not a {module.LABEL} file: missing column(s) {', '.join(missing)}")
