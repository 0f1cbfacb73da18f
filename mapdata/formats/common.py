"""What every format parser shares: row problems, file-level errors, CSV reading, value helpers.

Parsers never stop at a bad row: they report it (row number as in the file, column, message)
and go on, so the user sees every defect at once and can still import the good rows.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import os
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from mapdata.errors import MapdataError, ValidationError
from mapdata.model import Incident, optional_text
from mapdata.profiles import Catalog

__all__ = [
    "ALSO",
    "CHUNK_ROWS",
    "MAX_COLUMNS",
    "MAX_ROW_CHARS",
    "ChunkParser",
    "CsvTable",
    "FileFormatError",
    "ParseOutcome",
    "RowError",
    "RowProblem",
    "Text",
    "TextStream",
    "clean",
    "coded",
    "every_problem",
    "extra_columns",
    "first_line",
    "parse_csv_rows",
    "read_csv_table",
    "sniff_delimiter",
    "whole_number_text",
]


MAX_COLUMNS = 1_000  # exports have a few dozen; a million columns would make every row a 16 MB claim
MAX_ROW_CHARS = 1_000_000  # one row of a file; each field is capped by the model (MAX_TEXT_CHARS)


class FileFormatError(MapdataError):
    """The file as a whole cannot be read as the format asked for (empty, binary, wrong layout)."""


class RowError(Exception):
    """One row is unusable; ``column`` names the file's column (not our field); ``incident_id``, the id
    the row gives its claim, when it gives one (a row left unread may be a claim stored already)."""

    def __init__(self, column: str | None, message: str, incident_id: str | None = None):
        self.column = column
        self.message = message
        self.incident_id = incident_id
        super().__init__(f"{column}: {message}" if column else message)


# Between a row's first problem and its others, all said at once (walk44: a row placed by name was then
# rejected for its event type, which the first read had not said; walk48: a bad date hid a bad count).
ALSO = "; besides, "


def every_problem(
    error: ValidationError, values: Mapping[str, object], catalog: Catalog, columns: Mapping[str, str]
) -> RowError:
    """A row whose ``values`` the model refuses (``error``, its first problem), told every problem it has,
    each by the file's column (``columns``: field -> column): the first as the rejection's column, the
    others after it (walk48: a row with the date "2023-13-45" and killed "two" was told its date; its count
    only once the date was corrected and the file read again). Only a rejected row costs the second look
    (:meth:`Incident.problems`)."""
    first, *others = Incident.problems(values, catalog) or [error]

    def said(problem: ValidationError) -> str:
        return str(problem).split(": ", 1)[-1]

    also = "".join(f"{ALSO}{columns.get(other.field, other.field)}: {said(other)}" for other in others)
    return RowError(columns.get(first.field, first.field), said(first) + also)


@dataclass(frozen=True)
class RowProblem:
    """A rejected row: ``row`` is its line number in the file (the header is line 1)."""

    row: int
    column: str | None
    message: str
    incident_id: str | None = None  # the id the row gives its claim (see RowError)

    def to_dict(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class ParseOutcome:
    """Everything a parser made of a file, before anything touches the database."""

    format: str
    incidents: list[Incident] = field(default_factory=list)
    incident_rows: list[int] = field(default_factory=list)  # file row of each incident
    problems: list[RowProblem] = field(default_factory=list)
    rows: int = 0  # data rows seen (not counting header or skipped metadata rows)
    skipped: int = 0  # metadata rows that are not events (ACLED's HXL hashtag row)
    warnings: list[str] = field(default_factory=list)
    column_mapping: dict[str, str] = field(default_factory=dict)
    # ACLED: claim ids of the rows that name no actor of the other party, in file order (a warning names five)
    one_country: list[str] = field(default_factory=list)


@dataclass
class CsvTable:
    """A CSV text split into its header and a lazy stream of (line number, values)."""

    header: list[str]
    rows: Iterator[tuple[int, list[str]]]
    delimiter: str


def sniff_delimiter(first_line: str) -> str:
    """Comma unless the header clearly uses ';' or tab (spreadsheets in some locales do)."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings, one at a time.

    Unlike ``io.StringIO`` (which keeps a 4-bytes-per-character copy), this holds no second
    copy of a 100 MB file.
    """
    start, length = 0, len(text)
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


STREAM_BLOCK = 1 << 22  # bytes of a file read and decoded at a time by TextStream


class TextStream:
    """A UTF-8 file's text decoded a block at a time as its lines are read, standing in for the text
    where a CSV parser takes one: a big file's text is never held whole (a million ACLED rows are
    486 MB of text, held beside every claim made from them until the last row was read; issue 17).

    ``head`` is the file's start as text (with its first line break: the header), ``digest`` the
    sha256 of its bytes read beforehand; the file is hashed again as it is read, and a file that
    changed in between is an error, not a mix of two files.
    """

    def __init__(self, path: str | os.PathLike[str], head: str, digest: str):
        self.path = path
        self.head = head
        self.digest = digest
        self.ends_with_break = False  # known once every line was read

    def lines(self) -> Iterator[str]:
        """The text's lines with their endings (split on "\n" only, as :func:`_lines` splits a text)."""
        decoder = codecs.getincrementaldecoder("utf-8-sig")()
        digest = hashlib.sha256()
        carry = ""
        try:
            with open(self.path, "rb") as handle:
                while block := handle.read(STREAM_BLOCK):
                    digest.update(block)
                    pieces = (carry + decoder.decode(block)).split("\n")
                    carry = pieces.pop()
                    for piece in pieces:
                        yield piece + "\n"
                carry += decoder.decode(b"", final=True)
        except (OSError, UnicodeDecodeError) as exc:
            raise FileFormatError(f"{self.path} could not be read again as it was checked: {exc}") from None
        if digest.hexdigest() != self.digest:
            raise FileFormatError(f"{self.path} changed while it was being read; import it again")
        if carry:
            yield carry
        self.ends_with_break = (carry or "\n").endswith(("\n", "\r"))


Text = str | TextStream  # what a CSV format's parse takes


def first_line(text: Text) -> str:
    """The text up to its first line break (without copying the rest, as ``split`` would)."""
    start = text.head if isinstance(text, TextStream) else text
    end = start.find("\n")
    return start if end < 0 else start[:end]


def _text_lines(text: Text) -> Iterator[str]:
    return text.lines() if isinstance(text, TextStream) else _lines(text)


def _ends_with_break(text: Text) -> bool:
    return text.ends_with_break if isinstance(text, TextStream) else text.endswith(("\n", "\r"))


def read_csv_table(text: Text) -> CsvTable:
    """Split ``text`` into header and rows; each row carries the file line it starts on."""
    delimiter = sniff_delimiter(first_line(text))
    reader = csv.reader(_text_lines(text), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise FileFormatError("the file is empty") from None
    except csv.Error as exc:
        raise FileFormatError(f"the first line is not a CSV header: {exc}") from None
    header = [name.strip().lower() for name in header]  # older exports shout (EVENT_DATE)
    if len(header) > MAX_COLUMNS:
        raise FileFormatError(
            f"the header has {len(header):,} columns; at most {MAX_COLUMNS:,} are accepted "
            "(exports have a few dozen): is this the right file?"
        )

    def rows() -> Iterator[tuple[int, list[str]]]:
        start = reader.line_num + 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                # An unterminated quote runs to the end of the text: the file was cut off.
                # Other quoting faults spoil only their own line; reading goes on after it.
                truncated = "unexpected end of data" in str(exc)
                reason = str(exc)
                if "field larger than field limit" in reason:
                    reason = f"a value is longer than {csv.field_size_limit():,} characters, the limit for one field"
                yield start, _BrokenRow(reason, truncated)
                if truncated:
                    return
                start = reader.line_num + 1
                continue
            if values:  # blank lines are not rows
                yield start, values
            start = reader.line_num + 1

    return CsvTable(header=header, rows=rows(), delimiter=delimiter)


class _BrokenRow(list):
    """Marker for a row the CSV reader could not finish (an unterminated quoted field)."""

    def __init__(self, reason: str, truncated: bool):
        super().__init__()
        self.reason = reason
        self.truncated = truncated


RowParser = Callable[[Mapping[str, str]], Incident]
# A format's fast reading of many rows at once (header, rows of values): each row's claim, or None
# where the row needs the per-row parser (a bad or unusual row: it alone gives the message).
ChunkParser = Callable[[Sequence[str], list[list[str]]], list[Incident | None]]
CHUNK_ROWS = 10_000  # rows read by a ChunkParser at a time


def parse_csv_rows(
    text: Text,
    outcome: ParseOutcome,
    parse_row: RowParser,
    field_columns: Mapping[str, str],
    is_metadata_row: Callable[[Sequence[str]], bool] | None = None,
    parse_chunk: ChunkParser | None = None,
) -> ParseOutcome:
    """Run ``parse_row`` over every data row of ``text``, collecting incidents and problems.

    ``field_columns`` maps our field names to the file's column names, so a
    ValidationError about ``date`` is reported against, say, ``event_date``. ``parse_chunk``
    (optional) reads :data:`CHUNK_ROWS` well-formed rows at a time; ``parse_row`` reads each row
    it leaves, so a bad row is reported exactly as without it, with its own line number.
    """
    table = read_csv_table(text)
    header = table.header
    width = len(header)
    last_line = None
    pending: list[tuple[int, list[str]]] = []

    def parse_one(line: int, values: list[str]) -> None:
        try:
            incident = parse_row(dict(zip(header, values)))
        except RowError as exc:
            outcome.problems.append(RowProblem(line, exc.column, exc.message, exc.incident_id))
            return
        except ValidationError as exc:
            column = field_columns.get(exc.field, exc.field)
            message = str(exc).split(": ", 1)[-1]
            outcome.problems.append(RowProblem(line, column, message))
            return
        outcome.incidents.append(incident)
        outcome.incident_rows.append(line)

    def flush() -> None:
        """Read the rows waiting for the chunk parser (before any later row's problem is noted)."""
        if not pending or parse_chunk is None:
            return
        made = parse_chunk(header, [values for _, values in pending])
        for (line, values), incident in zip(pending, made, strict=True):
            if incident is None:
                parse_one(line, values)
            else:
                outcome.incidents.append(incident)
                outcome.incident_rows.append(line)
        pending.clear()

    def problem(line: int, message: str) -> None:
        flush()
        outcome.problems.append(RowProblem(line, None, message))

    for line, values in table.rows:
        last_line = line
        if isinstance(values, _BrokenRow):
            outcome.rows += 1
            if values.truncated:
                problem(line, "a quoted value never ends: the file looks truncated here")
                outcome.warnings.append(
                    f"The row starting on line {line} is cut off: the file looks truncated (an interrupted download?)."
                )
            elif values.reason.startswith("a value is longer"):
                problem(line, values.reason)
            else:
                problem(line, f"malformed CSV quoting ({values.reason})")
            continue
        if is_metadata_row is not None and outcome.rows == outcome.skipped == 0 and is_metadata_row(values):
            outcome.skipped += 1  # only the row right under the header can be metadata (HXL)
            continue
        if not values[0].strip() and not any(v.strip() for v in values):
            continue  # a blank line or a row of bare separators (spreadsheets leave them): no event
        outcome.rows += 1
        if len(values) != width:
            problem(line, f"has {len(values)} values but the header has {width} columns")
            continue
        size = sum(map(len, values))
        if size > MAX_ROW_CHARS:
            problem(line, f"the row is {size:,} characters; at most {MAX_ROW_CHARS:,}")
            continue
        if parse_chunk is None:
            parse_one(line, values)
            continue
        pending.append((line, values))
        if len(pending) >= CHUNK_ROWS:
            flush()
    flush()
    if outcome.problems and last_line is not None and outcome.problems[-1].row == last_line:
        last = outcome.problems[-1]
        if last.message.startswith("has ") and not _ends_with_break(text):
            outcome.problems[-1] = RowProblem(last.row, last.column, last.message + "; the file looks truncated here")
            outcome.warnings.append(
                f"The last row (line {last_line}) is incomplete and the file does not end with a line break: "
                "the file looks truncated (an interrupted download?)."
            )
    return outcome


# A stripped string, or None for empty / NaN values: the model's own reading of an optional text.
clean = optional_text


def coded(value: str | None, column: str, table: Mapping[str, str], dataset: str) -> str:
    """A dataset's numeric code (``"2"``, ``"2.0"``) read through ``table``; a RowError naming the
    column and the codes the dataset uses when the value is not one of them."""
    code = whole_number_text(clean(value))
    if code is None or code not in table:
        raise RowError(column, f"unknown code {value!r}; {dataset} uses {', '.join(table)}")
    return table[code]


def extra_columns(row: Mapping[str, str], read_elsewhere: Collection[str]) -> Iterator[tuple[str, str]]:
    """The row's other non-blank columns, kept with the claim as the dataset wrote them."""
    return (
        (name, value) for name, value in row.items() if value and name not in read_elsewhere and not value.isspace()
    )


def whole_number_text(value: str | None) -> str | None:
    """'700.0' -> '700', '4' -> '4': API exports write integer codes as floats."""
    if value is None:
        return None
    if value.endswith(".0") and value[:-2].lstrip("-").isdigit():
        return value[:-2]
    return value
