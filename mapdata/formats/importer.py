"""The import pipeline: bytes -> checked text -> format -> incidents -> preview -> one commit.

Nothing is written until :meth:`ImportPreview.commit`, and the commit is one store
transaction: the valid rows (or, in "all_or_nothing" mode, every row or none) land together
or not at all. The preview's new/updated/unchanged counts are computed against the store by
reading only, so the user sees what an import will do before confirming it.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import functools
import gc
import hashlib
import io
import math
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Literal, NamedTuple

from mapdata.curation.duplicates import Decision, DuplicateMatch, find_duplicates, lacking_source, save_with_decisions
from mapdata.environment import number_setting_or_default
from mapdata.errors import MapdataError
from mapdata.formats import (
    FORMATS,
    FileFormatError,
    ParseOutcome,
    RowProblem,
    acled,
    check_columns,
    detect_format,
    get_format,
    read_header,
)
from mapdata.formats.common import STREAM_BLOCK, Text, TextStream
from mapdata.formats.conflicts import ConflictRules, Uncovered
from mapdata.formats.geojson import looks_like_json
from mapdata.formats.ourcsv import RETRACTED_IN_FILE, escape_cell
from mapdata.formats.placing import ALSO, gazetteer_locator, not_found_rows, unplaced
from mapdata.model import Incident
from mapdata.profiles import Catalog, default_catalog, user_profiles_dir
from mapdata.safety import counted
from mapdata.store import Store, WriteResult
from mapdata.store.imports import FileStamp, PastImport
from mapdata.store.rows import by_ids

__all__ = [
    "DEFAULT_MAX_UPLOAD_MB",
    "FORMATS",
    "PLACEABLE_FORMATS",
    "BoxKey",
    "CountBox",
    "FileFormatError",
    "ImportPreview",
    "ImportRejected",
    "ImportResult",
    "PastImport",
    "decode_text",
    "file_digest",
    "max_upload_bytes",
    "preview_import",
    "preview_path",
    "reading_of",
    "unchanged_import",
]

DEFAULT_MAX_UPLOAD_MB = 200
STREAM_MIN_BYTES = 16 * 1024 * 1024  # files from this size are decoded as they are parsed (TextStream)
PLACEABLE_FORMATS = ("csv", "geojson")  # formats whose rows may lack coordinates and be placed by name
CommitMode = Literal["valid", "all_or_nothing"]

# Signatures of files people upload by mistake instead of a CSV export.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive or an Excel workbook (.xlsx): save the sheet as CSV (UTF-8) first"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls): save the sheet as CSV (UTF-8) first"),
    (b"%PDF", "a PDF document, not a data file"),
    (b"\x1f\x8b", "a gzip archive: unpack it first"),
    (b"\xff\xfe", "UTF-16 text: save it as UTF-8"),
    (b"\xfe\xff", "UTF-16 text: save it as UTF-8"),
)


@dataclass
class ImportResult(WriteResult):
    """What a committed import wrote, and what failed after the commit (None when nothing did)."""

    follow_up_error: str | None = None

    def summary(self) -> str:
        """One sentence for people: what was saved, and what then failed."""
        counts = self.counts()
        total = sum(counts.values())
        said = (
            f"committed {total:,} incident{'s' if total != 1 else ''} ({counts['new']:,} new, "
            f"{counts['updated']:,} updated, {counts['unchanged']:,} unchanged)"
        )
        return f"{said}; then {self.follow_up_error}" if self.follow_up_error else said


class ImportRejected(MapdataError):
    """An all-or-nothing import met rejected rows (or there was nothing valid): nothing was written."""


def max_upload_bytes() -> int:
    """The size limit from ``$MAPDATA_MAX_UPLOAD_MB`` (default 200 MB, like Streamlit's uploader)."""
    megabytes = number_setting_or_default("MAPDATA_MAX_UPLOAD_MB", DEFAULT_MAX_UPLOAD_MB, highest=math.inf, unit="MB")
    return int(megabytes * 1024 * 1024)


def _check_size(size: int, limit: int | None) -> None:
    limit = max_upload_bytes() if limit is None else limit
    if size > limit:
        raise FileFormatError(
            f"the file is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit "
            "(set MAPDATA_MAX_UPLOAD_MB to allow more, or split the file)"
        )


def _refuse_binary(data: bytes) -> None:
    """What the first bytes (or, for emptiness, all the bytes) of a file say it is, when not text."""
    if not data.strip():
        raise FileFormatError("the file is empty")
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise FileFormatError(f"this is {what}")
    if b"\x00" in data[:8192]:
        raise FileFormatError("this is a binary file, not CSV or GeoJSON text")


def _refuse_markup(text: str) -> None:
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype", "<html", "<?xml", "<head", "<body", "<")):
        raise FileFormatError(
            "this is an HTML or XML page, not CSV (perhaps a login or error page was saved instead of the export)"
        )


def decode_text(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is fine), or a clear error saying what the bytes are."""
    _refuse_binary(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileFormatError(
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
            "save it as UTF-8 (in Excel: 'CSV UTF-8') and try again"
        ) from None
    _refuse_markup(text)
    return text


# What a preview carries over from the parser's outcome, under the same names.
_FROM_OUTCOME = ("column_mapping", "incidents", "incident_rows", "rows", "skipped", "warnings", "one_country")
# What the Import page lists of each row a warning asks to check, and the file it offers of them.
CHECK_COLUMNS = ("line", "id", "date", "place", "actors", "notes")


def _shown(value: object) -> str:
    """A field's value in a sentence: an empty one as "empty"."""
    return "empty" if value is None or value == "" else str(value)


BoxKey = Literal["rows", "new", "updated", "merged", "skipped", "unchanged", "rejected"]


class CountBox(NamedTuple):
    """One of the Import page's counts: ``key`` stays the same whatever ``label`` says (the page's help
    for a box is looked up by its key, never by its words)."""

    key: BoxKey
    label: str
    value: int


@dataclass
class ImportPreview:
    """What an import would do, computed without writing; :meth:`commit` writes it."""

    filename: str
    format: str
    format_label: str
    column_mapping: dict[str, str]
    incidents: list[Incident]
    incident_rows: list[int]
    rejected: list[RowProblem]
    rows: int
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # (name, conflict title, reason, conflict id) of each name placing by name did not find
    unresolved_places: list[tuple[str, str | None, str | None, str | None]] = field(default_factory=list)
    duplicates: list[DuplicateMatch] = field(default_factory=list)  # new rows that look like stored claims
    retracted: list[str] = field(default_factory=list)  # rows matching claims a person retracted
    # ids of rows without coordinates, read with placing by name off, whose claim is stored already (placed
    # by name when first imported): counted with the unchanged rows, never rejected (walk46)
    stored_unplaced: list[str] = field(default_factory=list)
    # ACLED: claim ids of the rows that name no actor of the other party (a warning names five; rows_to_check)
    one_country: list[str] = field(default_factory=list)
    planned: WriteResult | None = field(default=None, repr=False)  # the store's classification, reused by commit
    file: FileStamp | None = field(default=None, repr=False)  # the file read, for the batch (None: not recorded)

    @property
    def valid_count(self) -> int:
        return len(self.incidents)

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.rows,
            "valid": len(self.incidents),
            "new": len(self.new),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "rejected": len(self.rejected),
            "duplicates": len(self.duplicates),
            "retracted": len(self.retracted),
        }

    def summary(self, max_errors: int = 10) -> dict[str, object]:
        """A JSON-friendly report: counts, warnings, the first errors and updated ids."""
        return {
            "file": self.filename,
            "format": self.format,
            **self.counts(),
            "skipped_metadata_rows": self.skipped,
            "conflicts": self.conflict_counts(),
            "warnings": list(self.warnings),
            "errors": self.rejected_rows(max_errors),
            "updated_ids": self.updated[:max_errors],
            "duplicate_matches": [match.to_dict() for match in self.duplicates[:max_errors]],
            "retracted_ids": self.retracted[:max_errors],
            "changes": self.change_lines(max_errors),
        }

    def planned_writes(self, duplicates: Decision = "skip") -> dict[str, int]:
        """What :meth:`commit` would write with this decision on the look-alikes: claims saved as new,
        stored claims updated, look-alikes merged into the stored claim or skipped, rows left unchanged
        (walk40: "Import 3 valid rows" while 2 of the 3 were look-alikes to be skipped, and 1 was saved)."""
        lookalikes = len({match.incoming.id for match in self.duplicates})
        skipped = lookalikes if duplicates == "skip" else 0
        merged = lookalikes if duplicates == "merge" else 0
        return {
            "new": len(self.new) - skipped - merged,
            "updated": len(self.updated),
            "merged": merged,
            "skipped": skipped,
            "unchanged": len(self.unchanged),
        }

    def count_boxes(self, duplicates: Decision = "skip") -> list[CountBox]:
        """The Import page's counts of what importing with this decision on the look-alikes writes:
        new claims and look-alikes merged count what the import button counts, look-alikes skipped
        are a box of their own (walk41: "New 3" over "Import 1 row (2 look-alikes skipped)"). Every
        row read is in one box after "Rows" (a row's id met twice is rejected)."""
        plan = self.planned_writes(duplicates)
        boxes = [
            CountBox("rows", "Rows", self.rows),
            CountBox("new", "New", plan["new"]),
            CountBox("updated", "Updated", plan["updated"]),
        ]
        if plan["merged"]:
            boxes.append(CountBox("merged", "Merged into stored claims", plan["merged"]))
        if plan["skipped"]:
            boxes.append(CountBox("skipped", "Look-alikes skipped", plan["skipped"]))
        return [
            *boxes,
            CountBox("unchanged", "Unchanged", plan["unchanged"]),
            CountBox("rejected", "Rejected", len(self.rejected)),
        ]

    def unresolved_names(self) -> list[str]:
        """The place names placing by name did not find, each once, in the file's order."""
        return list(dict.fromkeys(name for name, *_ in self.unresolved_places))

    def unresolved_rows(self) -> int:
        """How many rows were rejected because the gazetteer did not know their place."""
        return not_found_rows(self.rejected)

    def unlisted_names(self, store: Store) -> list[str]:
        """:meth:`unresolved_names` not on the Gazetteer page's list yet (an earlier import or the
        page's button listed the others)."""
        from mapdata.geo.placebook import PlaceBook, name_key

        listed = {name_key(place.name) for place in PlaceBook(store).unresolved()}
        return [name for name in self.unresolved_names() if name_key(name) not in listed]

    def list_unresolved(self, store: Store) -> int:
        """Put the names placing by name did not find on the Gazetteer page's list (*Unresolved
        places*), noted with this file and each name's conflict; done by :meth:`commit`, and on its
        own when no row can be imported (walk41: a file whose one row named an unknown place listed
        nothing). Raises MapdataError when the list cannot be written."""
        from mapdata.geo.placebook import PlaceBook

        # "import: FILE · CONFLICT": which file to import again once the name is placed; the conflict's
        # id, recorded with the name: the conflict whose map the Gazetteer page opens to place it on
        return PlaceBook(store).note_unresolved(
            (name, f"import: {self.filename or 'upload'}" + (f" · {title}" if title else ""), reason, conflict)
            for name, title, reason, conflict in self.unresolved_places
        )

    @property
    def kept(self) -> dict[str, dict[str, tuple[object, object, object]]]:
        """Claims whose source changed a field a person corrected: the person's value stays."""
        return self.planned.kept if self.planned is not None else {}

    def change_lines(self, limit: int = 50) -> list[str]:
        """What the import would change, one line per claim (at most ``limit``): the fields it
        updates, and every correction of a person's it keeps although the source's value changed."""
        changed = self.planned.changed if self.planned is not None else {}
        lines: list[str] = []
        for incident_id in dict.fromkeys([*self.updated, *self.kept]):
            if len(lines) == limit:
                break
            parts = []
            if changed.get(incident_id):
                parts.append("updates " + ", ".join(changed[incident_id]))
            for name, (_, now, yours) in self.kept.get(incident_id, {}).items():
                parts.append(f"kept your correction of {name} ({_shown(yours)}; the source now says {_shown(now)})")
            lines.append(f"{incident_id}: " + "; ".join(parts or ["updates"]))
        return lines

    def conflict_counts(self) -> dict[str, int]:
        """Valid rows per conflict: which profiles the rows were assigned to."""
        counts: dict[str, int] = {}
        for incident in self.incidents:
            counts[incident.conflict] = counts.get(incident.conflict, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: -item[1]))

    def side_counts(self) -> dict[str, int]:
        """Valid rows per reporting side: a quick check of how claims were attributed."""
        counts: dict[str, int] = {}
        for incident in self.incidents:
            counts[incident.reporting_side] = counts.get(incident.reporting_side, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: -item[1]))

    def mapping_rows(self) -> list[dict[str, str]]:
        """Which column of the file fills which of our fields (what the user checks first)."""
        return [{"our field": name, "from the file": column} for name, column in self.column_mapping.items()]

    def rows_to_check(self) -> list[dict[str, object]]:
        """The rows the warning "N rows name no actor of the other party" is about (ACLED), in file order, as
        a person checks them (:data:`CHECK_COLUMNS`: the file's line, ACLED's id, date, place, the actors
        named, the notes). walk48: the warning named 5 of 38, with no way to see the other 33."""
        wanted = set(self.one_country)
        return [
            {
                "line": line,
                "id": incident.id.split(":", 1)[-1],
                "date": incident.date.isoformat(),
                "place": incident.place or "",
                "actors": acled.actors_of(incident),
                "notes": incident.summary or "",
            }
            for incident, line in zip(self.incidents, self.incident_rows)
            if incident.id in wanted
        ]

    def rows_to_check_csv(self) -> bytes:
        """:meth:`rows_to_check` as a CSV file: UTF-8 with a byte-order mark (as every export, for Excel), a
        text cell that a spreadsheet would run as a formula guarded (:func:`ourcsv.escape_cell`)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CHECK_COLUMNS)
        for row in self.rows_to_check():
            writer.writerow([value if isinstance(value, int) else escape_cell(str(value)) for value in row.values()])
        return ("\ufeff" + out.getvalue()).encode("utf-8")

    def rejected_rows(self, limit: int = 50) -> list[dict[str, object]]:
        """The first rejected rows as plain records (row as in the file, column, reason)."""
        return [problem.to_dict() for problem in self.rejected[:limit]]

    def commit(
        self,
        store: Store,
        mode: CommitMode = "valid",
        *,
        duplicates: Decision | Mapping[str, Decision] = "skip",
        who: str | None = None,
    ) -> ImportResult:
        """Write the valid incidents as ONE store transaction (one import batch).

        ``all_or_nothing`` refuses, writing nothing, when any row was rejected. ``duplicates``
        says what to do with rows that look like stored claims: skip them (the default),
        keep both, or merge them into the stored claim; one decision, or one per row id.
        Once the incidents are committed, a failure of the follow-up write (the names the
        import could not place, for the Gazetteer page) does not raise: the incidents are
        saved, and the result's ``follow_up_error`` says what failed, so no caller reports
        "nothing saved".
        """
        if mode not in ("valid", "all_or_nothing"):
            raise ValueError(f"unknown commit mode {mode!r}")
        if mode == "all_or_nothing" and self.rejected:
            raise ImportRejected(
                f"{len(self.rejected)} of {self.rows} rows were rejected; nothing was imported (all-or-nothing)"
            )
        if not self.incidents:
            raise ImportRejected(f"no valid rows in {self.filename or 'the file'}; nothing was imported")
        label = f"{self.filename or 'upload'} ({self.format_label})"
        # A batch that saved every valid row as the file says records the file: the same file read the
        # same way again is then known to be unchanged (a skipped or merged duplicate is not saved as is).
        as_read = not self.duplicates or (isinstance(duplicates, str) and duplicates == "keep")
        stamp = self.file if as_read else None
        with without_cycle_collection():
            saved = save_with_decisions(
                store,
                self.incidents,
                self.duplicates,
                duplicates,
                origin=self.format,
                label=label,
                who=who,
                planned=self.planned,
                file=None if stamp is None else FileStamp(stamp.digest, stamp.read_with, self.rows, len(self.rejected)),
            )
        # Every field the store reports, plus what may fail after the commit.
        result = ImportResult(**{f.name: getattr(saved, f.name) for f in fields(saved)})
        if self.unresolved_places:
            # After the import's own transaction: the list of names to place on the Gazetteer page.
            try:
                self.list_unresolved(store)
            except MapdataError as exc:
                count = len(self.unresolved_places)
                result.follow_up_error = (
                    f"the {count:,} name{'s' if count != 1 else ''} it could not place were not recorded for the "
                    f"Gazetteer page: {exc}"
                )
        return result


@contextlib.contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a file's claims are made or written.

    It runs every few hundred new objects and then walks the live ones: over the 100,000 claims
    an import builds, it took 40% of the chunked ACLED reading (9.4 s CPU with it, 5.7 s
    without). Parsing and writing make no reference cycles: nothing is left for it to collect.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


_COUNT_LIMIT = 2**63 - 1  # SQLite's INTEGER: a bigger count would fail the whole commit


def _screen(outcome: ParseOutcome) -> None:
    """Reject what the model accepts but one import must not contain.

    A second row with an id already seen in the file (the store would keep only the first),
    and casualty counts too large for the database (they would abort the whole commit).
    """
    first_row: dict[str, int] = {}
    keep_incidents, keep_rows = [], []
    for incident, row in zip(outcome.incidents, outcome.incident_rows):
        too_big = (
            None
            if (incident.killed or 0) <= _COUNT_LIMIT and (incident.wounded or 0) <= _COUNT_LIMIT
            else next(n for n in ("killed", "wounded") if (getattr(incident, n) or 0) > _COUNT_LIMIT)
        )
        if too_big:
            column = outcome.column_mapping.get(too_big, too_big)
            outcome.problems.append(RowProblem(row, column, f"{getattr(incident, too_big)} is not a plausible count"))
            continue
        if incident.id in first_row:
            unit = "feature" if outcome.format == "geojson" else "row"  # a GeoJSON's problems count features
            outcome.problems.append(
                RowProblem(
                    row, None, f"same id {incident.id!r} as {unit} {first_row[incident.id]}; only the first is imported"
                )
            )
            continue
        first_row[incident.id] = row
        keep_incidents.append(incident)
        keep_rows.append(row)
    outcome.incidents, outcome.incident_rows = keep_incidents, keep_rows
    outcome.problems.sort(key=lambda problem: problem.row)


def preview_import(
    data: bytes,
    store: Store | None = None,
    *,
    filename: str = "",
    fmt: str | None = None,
    max_bytes: int | None = None,
    place_by_name: bool = False,
    catalog: Catalog | None = None,
    conflict: str | None = None,
) -> ImportPreview:
    """Check, decode, detect (unless ``fmt`` forces one) and parse ``data``; write nothing.

    ``place_by_name``: rows of our CSV / GeoJSON with a place but no coordinates are placed
    with the offline gazetteer (see :mod:`mapdata.formats.placing`) instead of rejected.
    ``catalog``: the conflict profiles (default: bundled and the user's); ``conflict``: one
    conflict for every row, instead of each row's own (see :mod:`mapdata.formats.conflicts`).
    Raises FileFormatError for a file that cannot be imported at all (empty, too large, not
    text, not UTF-8, HTML, unrecognised or missing columns, no data rows).
    """
    _check_size(len(data), max_bytes)
    rules = ConflictRules(catalog or default_catalog(), conflict)
    read_with = reading_of(fmt, place_by_name, rules)
    stamp = None if read_with is None else FileStamp(hashlib.sha256(data).hexdigest(), read_with)
    return _preview_text(
        decode_text(data), store, filename=filename, fmt=fmt, place_by_name=place_by_name, rules=rules, file=stamp
    )


@without_cycle_collection()
def _preview_text(
    text: Text,
    store: Store | None,
    *,
    filename: str,
    fmt: str | None,
    place_by_name: bool = False,
    rules: ConflictRules | None = None,
    file: FileStamp | None = None,
) -> ImportPreview:
    rules = rules or ConflictRules()
    start = text.head if isinstance(text, TextStream) else text  # the file's start: enough to know its kind
    name = fmt.strip().lower() if fmt else detect_format(start)
    module = get_format(name)
    if name == "geojson" and isinstance(text, TextStream):
        text = "".join(text.lines())  # JSON is parsed as a whole
    if name != "geojson":
        if looks_like_json(start):
            raise FileFormatError(f"this is JSON, not a {module.LABEL} CSV file")
        header = read_header(start)
        check_columns(module, header)
        if name == "csv" and not place_by_name and not all(c in header for c in ("latitude", "longitude")):
            raise FileFormatError(
                "the file has no latitude/longitude columns; switch on placing rows by their place name to import it"
            )
    locator = gazetteer_locator(store, rules.catalog) if place_by_name and name in PLACEABLE_FORMATS else None
    outcome = (
        module.parse(text, locate=locator, rules=rules) if locator is not None else module.parse(text, rules=rules)
    )
    del text, start  # only the incidents matter from here on; keeps peak memory down on big files
    if outcome.rows == 0:
        raise FileFormatError(
            "the file has no data rows" + (" (only a header)" if name != "geojson" else " (no features)")
        )
    _screen(outcome)
    duplicates: list[DuplicateMatch] = []
    retracted: list[str] = []
    stored_unplaced: list[str] = []
    planned = None
    if store is None:
        new, updated, unchanged = [i.id for i in outcome.incidents], [], []
    else:  # compared exactly as Store.save will compare them, by the store itself
        planned = store.classify(outcome.incidents)
        new, updated, unchanged, retracted = planned.new, planned.updated, planned.unchanged, planned.retracted
        fresh = set(new)  # only claims not stored under their own id can be duplicates of stored ones
        duplicates = find_duplicates(store, [i for i in outcome.incidents if i.id in fresh], unstored=True)
        outcome.problems, stored_unplaced, retracted_unplaced = _stored_already(store, outcome.problems)
        unchanged, retracted = [*unchanged, *stored_unplaced], [*retracted, *retracted_unplaced]
    if rules.outside:
        counted = ", ".join(f"{country}: {count:,}" for country, count in sorted(rules.outside.items()))
        total = sum(rules.outside.values())
        outcome.warnings.append(
            f"{total:,} row{'s' if total != 1 else ''} in countries that on their own would not be "
            f"{rules.forced} claims ({counted}): the chosen conflict takes them anyway; check that they "
            "belong to it before importing"
        )
    uncovered = uncovered_note(outcome.problems, rules, name)
    if uncovered:
        outcome.warnings.append(uncovered)
    unsourced = len(lacking_source(outcome.incidents))
    if unsourced:
        outcome.warnings.append(
            f"{unsourced:,} row{'s have' if unsourced != 1 else ' has'} no source (no outlet and no URL): "
            "nobody will be able to check where such a claim came from"
        )
    return ImportPreview(
        filename=filename,
        format=name,
        format_label=module.LABEL,
        rejected=outcome.problems,
        **{name: getattr(outcome, name) for name in _FROM_OUTCOME},
        new=new,
        updated=updated,
        unchanged=unchanged,
        unresolved_places=locator.unresolved if locator is not None else [],
        duplicates=duplicates,
        retracted=retracted,
        stored_unplaced=stored_unplaced,
        planned=planned,
        file=file,
    )


# How each dataset names a party's forces in a profile (the key a profile for its rows needs)
_PARTY_KEYS_OF = {
    "ucdp": "`ucdp_sides` (UCDP's side_a / side_b names)",
    "acled": "`acled_actors` (ACLED's actor names)",
}
UNCOVERED_LISTED = 5  # conflicts no profile covers named in the note; the rest counted


def _uncovered_said(uncovered: Uncovered, rows: int) -> str:
    """ "UCDP's “Afghanistan: Government” in Afghanistan (Government of Afghanistan, Taleban): 5 rows"."""
    names = list(uncovered.names)
    named = "“" + "”, “".join(names[:3]) + "”" + (f" and {len(names) - 3:,} more" if len(names) > 3 else "")
    actors = [", ".join(group) for group in list(uncovered.actors)[:3]]
    more = len(uncovered.actors) - len(actors)
    who = "; ".join(actors) + (f"; and {more:,} more" if more > 0 else "")
    head = f"{named} in {uncovered.country}" if names else uncovered.country
    return f"{head}{f' ({who})' if who else ''}: {rows:,} row{'s' if rows != 1 else ''}"


def uncovered_note(problems: list[RowProblem], rules: ConflictRules, fmt: str) -> str | None:
    """What to do with the rows rejected because no conflict profile covers their conflict (walk48: the UCDP
    sample of Afghanistan's war was rejected row by row, "add one", with no word of how): which conflicts they
    are, as the rows name them, how many rows each, and how a profile for them is written and put in place. The
    rows stay rejected: no profile takes any conflict's rows (a bundled one would put them in another war)."""
    if not rules.uncovered:
        return None
    rows: dict[str, int] = {}
    for problem in problems:
        if problem.message in rules.uncovered:
            rows[problem.message] = rows.get(problem.message, 0) + 1
    if not rows:
        return None
    total = sum(rows.values())
    said = [_uncovered_said(rules.uncovered[reason], count) for reason, count in rows.items()]
    listed = "; ".join(said[:UNCOVERED_LISTED]) + (
        f"; and {len(said) - UNCOVERED_LISTED:,} more" if len(said) > UNCOVERED_LISTED else ""
    )
    one_row, one_conflict = total == 1, len(said) == 1
    its = "its" if one_conflict else "their"
    them = "it" if one_row else "them"
    known = ", ".join(profile.title for profile in rules.catalog)
    key = _PARTY_KEYS_OF.get(fmt, "the names the file gives their forces")
    return (
        f"{counted(total, 'row')} of {'a conflict' if one_conflict else f'{len(said):,} conflicts'} no conflict "
        f"profile covers {'is' if one_row else 'are'} rejected: {listed}. The profiles known ({known}) have neither "
        f"{its} country nor {its} parties, and no generic profile takes any conflict's rows. To import {them}, write "
        f"a profile for {'that conflict' if one_conflict else 'each conflict'}: a small TOML file naming its parties, "
        f"their countries, the map's extent and, for each party, {key}; put it in your profiles folder "
        f"({user_profiles_dir()}), restart the app and import this file again. The README's section “Conflict "
        "profiles: any ceasefire, as data” has an example to copy and the steps; `python -m mapdata profiles "
        f"--profile mine.toml` checks a file. (Choosing a bundled conflict for the whole file would file {them} under "
        f"a war {'it is' if one_row else 'they are'} not part of.)"
    )


def _stored_already(store: Store, problems: list[RowProblem]) -> tuple[list[RowProblem], list[str], list[str]]:
    """The rows rejected only for having no coordinates (read with placing by name off) whose id is a
    stored claim's: (the other problems, the ids of such rows stored, those retracted). Such a row was
    placed by name when first imported; reading the file again without placing leaves its claim as it
    is (walk46: the same file again said "Rejected 1 … placing rows by their place name is off" of it).
    A row the file marks retracted whose claim is retracted here too is counted with the retracted
    (our own export read back: it stays retracted, as it is); any other such row stays a problem."""
    waiting = [p for p in problems if p.incident_id and unplaced(p.message) and ALSO not in p.message]
    withdrawn = [p for p in problems if p.incident_id and p.message.startswith(RETRACTED_IN_FILE)]
    if not waiting and not withdrawn:
        return problems, [], []
    with store.reading() as con:
        ids = list(dict.fromkeys(str(p.incident_id) for p in [*waiting, *withdrawn]))
        found = by_ids(con, ids, "retracted_at")
    if not found:
        return problems, [], []
    taken = {id(p) for p in waiting if p.incident_id in found}
    taken |= {id(p) for p in withdrawn if p.incident_id in found and found[p.incident_id][0] is not None}
    ids = list(dict.fromkeys(str(p.incident_id) for p in [*waiting, *withdrawn] if id(p) in taken))
    return (
        [p for p in problems if id(p) not in taken],
        [i for i in ids if found[i][0] is None],
        [i for i in ids if found[i][0] is not None],
    )


def preview_path(
    path: str | os.PathLike[str],
    store: Store | None = None,
    *,
    fmt: str | None = None,
    place_by_name: bool = False,
    catalog: Catalog | None = None,
    conflict: str | None = None,
) -> ImportPreview:
    """:func:`preview_import` for a file on disk (its size is checked before reading it)."""
    rules = ConflictRules(catalog or default_catalog(), conflict)
    path = Path(path)
    read_with = reading_of(fmt, place_by_name, rules)
    text, digest = _read_text(path)
    # The text is handed over, not kept here: _preview_text lets go of it once parsed (on a big
    # file, as much memory as the claims made from it until the preview is done).
    return _preview_text(
        text,
        store,
        filename=path.name,
        fmt=fmt,
        place_by_name=place_by_name,
        rules=rules,
        file=None if read_with is None else FileStamp(digest, read_with),
    )


def _read_text(path: Path) -> tuple[Text, str]:
    """The file's checked text and the sha256 of its bytes; the bytes are let go of once decoded
    (big files: half the memory). A file of :data:`STREAM_MIN_BYTES` or more that is plainly UTF-8
    text is checked now and decoded as it is parsed (:class:`TextStream`): its text is never held whole."""
    try:
        size = path.stat().st_size
        _check_size(size, None)
        if size >= STREAM_MIN_BYTES and (stream := _stream(path)) is not None:
            return stream, stream.digest
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return decode_text(data), hashlib.sha256(data).hexdigest()


def _stream(path: Path) -> TextStream | None:
    """The file as a :class:`TextStream` when it passes :func:`decode_text`'s checks (read a block at
    a time: its digest, every byte decoded, its start looked at); None when any fails, so that
    reading it whole words the problem exactly as for a small file."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    first, head = b"", ""
    with open(path, "rb") as handle:
        while block := handle.read(STREAM_BLOCK):
            digest.update(block)
            try:
                text = decoder.decode(block)
            except UnicodeDecodeError:
                return None
            if not first:
                first, head = block, text
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None
    try:
        _refuse_binary(first)
        _refuse_markup(head)
    except FileFormatError:
        return None
    if not head.strip() or "\n" not in head:  # all blanks so far, or a first line longer than a block
        return None
    return TextStream(path, head, digest.hexdigest())


def _unreadable(path: Path, exc: OSError) -> FileFormatError:
    return FileFormatError(f"cannot read {path}: {exc.strerror or exc}")


@functools.cache
def _reading_code() -> str:
    """A digest of this package's code: another version of it may read the same bytes differently."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def reading_of(fmt: str | None, place_by_name: bool, rules: ConflictRules) -> str | None:
    """How a file is read, as a digest: the format asked for, the conflict chosen for every row, the
    conflict profiles and the code that reads. The same bytes read the same way give the same claims.

    None when placing rows by name: that also depends on the gazetteer and on the names people
    placed since, so such an import always reads its rows.
    """
    if place_by_name:
        return None
    chosen = (fmt.strip().lower() if fmt else None, rules.forced, sorted(rules.catalog.profiles.items()))
    return hashlib.sha256(f"{_reading_code()}\n{chosen!r}".encode()).hexdigest()


def file_digest(path: str | os.PathLike[str]) -> str:
    """The sha256 of a file's bytes, read in pieces (a file of any size in bounded memory)."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise _unreadable(Path(path), exc) from None


def unchanged_import(
    path: str | os.PathLike[str],
    store: Store,
    *,
    fmt: str | None = None,
    place_by_name: bool = False,
    catalog: Catalog | None = None,
    conflict: str | None = None,
) -> PastImport | None:
    """The earlier import of this very file, read the same way, when nothing was written since: then
    importing it again would find every row unchanged, and need not read them (see
    :mod:`mapdata.store.imports`). None otherwise: the rows must be read and compared."""
    read_with = reading_of(fmt, place_by_name, ConflictRules(catalog or default_catalog(), conflict))
    if read_with is None:
        return None
    return store.same_import(file_digest(path), read_with)
