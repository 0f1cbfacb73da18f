"""``python -m mapdata extract FILE``: the incidents a report describes, as JSON, for review.

Reads ``url:`` / ``published:`` / ``outlet:`` header lines when present; options override them.
Nothing is saved: the output is a proposal (``-`` reads the report from standard input).
Several reports give one JSON object per line (with its ``file``); one that cannot be read is
named on stderr and the rest are read (exit 1). ``--csv`` prints, as our CSV for ``import``, the
proposals the Add report page would save as they stand (a day and a place found), validated
the same way; the others are named on stderr.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from mapdata.claims.answers import spread_denials
from mapdata.cli.options import add_profile_option, catalog_from
from mapdata.errors import MapdataError
from mapdata.extract import MAX_CHARS, extract
from mapdata.extract.dates import report_date
from mapdata.extract.lexicon import detect_profile
from mapdata.extract.llm import LLM_MODEL_ENV, LLM_URL_ENV, model_settings, read_with_model
from mapdata.extract.pipeline import ExtractionResult
from mapdata.extract.review import proposal_rows, rows_to_incidents
from mapdata.formats.exporter import to_csv
from mapdata.model import FIELDS, Incident, parse_date
from mapdata.profiles import Catalog
from mapdata.store import default_db_path
from mapdata.store.frames import incidents_frame_from_records

if TYPE_CHECKING:
    from mapdata.geo.placebook import PlaceBook

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "extract": (
        "python -m mapdata extract report.txt --published 2023-05-12 > proposals.json",
        "python -m mapdata extract - --conflict india-pakistan < report.txt",
        "python -m mapdata extract reports/*.txt > proposals.jsonl   # several: one JSON object per line",
        "python -m mapdata extract reports/*.txt --csv > review.csv && python -m mapdata import review.csv",
    )
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="propose incidents from a news report (prints JSON, saves nothing)")
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="plain-text reports (.txt), or - for standard input; several give one JSON object per line",
    )
    parser.add_argument(
        "--csv",
        action="store_true",
        help="print the proposals that can be saved as they stand (a day and a place found) as our CSV, "
        "for `import` after review; the others are named on stderr",
    )
    parser.add_argument("--published", help="publication date YYYY-MM-DD (default: the file's published: line)")
    parser.add_argument("--outlet", help="the outlet that published the report")
    parser.add_argument("--url", help="the report's address")
    parser.add_argument(
        "--conflict", help="the conflict profile to read it with (default: the one the text names most)"
    )
    add_profile_option(parser)
    parser.add_argument(
        "--reader",
        choices=("rules", "model"),
        default="rules",
        help="rules (default, offline) or the language model at $MAPDATA_LLM_URL ($MAPDATA_LLM_MODEL): the text is sent there",
    )
    parser.add_argument(
        "--db",
        help="use the place aliases saved in this database (opened read-only; default: $MAPDATA_DB or the per-user "
        "file, as the app; none if that file does not exist yet)",
    )
    parser.set_defaults(handler=run)


def _read(name: str) -> str:
    if name == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise MapdataError("standard input is closed: pipe the report in, or give its file")
        return sys.stdin.read(MAX_CHARS * 4 + 1)
    path = Path(name)
    if path.is_dir():
        raise MapdataError(f"{name}: is a folder, not a report; give one report's file")
    if not path.is_file():
        raise MapdataError(f"{name}: no such file")
    with path.open("rb") as handle:
        raw = handle.read(MAX_CHARS * 4 + 1)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _saved_aliases(db: str | None) -> PlaceBook | None:
    """The book of the user's aliases ("Zod" -> Sotk; each report reads those of its conflict) from ``--db`` (which must exist), else from the app's own
    database ($MAPDATA_DB or the per-user file), as the app, ``geocode`` and ``edit`` read them (walk40:
    without $MAPDATA_DB a name placed on the Gazetteer page was not found here); read-only, so
    extracting never writes, and none when that file does not exist yet (no database is made)."""
    if db is not None:
        path = Path(db).expanduser()
        if not path.is_file():
            raise MapdataError(
                f"no database at {db}; check the path (--db names the database whose place aliases apply)"
            )
    else:
        path = default_db_path()
        if not path.is_file():
            if os.environ.get("MAPDATA_DB"):
                print(f"note: no database at {path} ($MAPDATA_DB): no saved place aliases apply", file=sys.stderr)
            return None
    from mapdata.geo.placebook import PlaceBook
    from mapdata.store import Store

    return PlaceBook(Store(path, read_only=True))


def run(args: argparse.Namespace) -> int:
    published = parse_date(args.published, "--published", required=False) if args.published else None
    catalog = catalog_from(args)
    if args.conflict and args.conflict not in catalog:
        raise MapdataError(f"--conflict: unknown conflict {args.conflict!r}; known: {', '.join(catalog.ids)}")
    if args.files.count("-") > 1:
        raise MapdataError("standard input (-) can be read once")
    several = len(args.files) > 1
    aliases = _saved_aliases(args.db)  # opened once for every report
    incidents: list[Incident] = []
    failed = 0
    for name in args.files:
        try:
            result = _extract_one(name, args, catalog, published, aliases)
        except MapdataError as exc:
            if not several:
                raise
            print(f"error: {exc}", file=sys.stderr)  # the other reports are still read
            failed += 1
            continue
        label = f"{name}: " if several else ""
        for warning in result.warnings:
            print(f"warning: {label}{warning}", file=sys.stderr)
        if result.leftovers:
            where = "are not in the CSV" if args.csv else 'are under "leftovers", each with a draft claim'
            print(
                f"note: {label}{len(result.leftovers)} sentence(s) tell of fire or losses but gave no claim; they {where}",
                file=sys.stderr,
            )
        if args.csv:
            incidents.extend(_savable(name, result))
        elif several:
            print(json.dumps({"file": name, **result.to_dict()}, ensure_ascii=False), flush=True)
        else:
            print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    if args.csv:
        records = pd.DataFrame([incident.to_record() for incident in incidents], columns=list(FIELDS))
        sys.stdout.write(to_csv(incidents_frame_from_records(records)))
        sys.stdout.flush()
    return 1 if failed else 0


def _extract_one(
    name: str, args: argparse.Namespace, catalog: Catalog, published: dt.date | None, aliases: PlaceBook | None
) -> ExtractionResult:
    """The proposals of one report, read with the chosen conflict or the one its text names most."""
    text = _read(name)
    read = report_date(text) if published is None else None
    if read is not None:
        # "Yerevan, 14 March 2024." at its top and no date given: the report's own date, as on the
        # Add report page, so its "on Thursday" resolves
        published = read[0]
    if args.conflict:
        profile = catalog.require(args.conflict)
        reason = "chosen by the user"
    else:
        profile, reason = detect_profile(text, catalog)
    if args.reader == "model":
        settings = model_settings()
        if settings is None:
            raise MapdataError(f"--reader model needs {LLM_URL_ENV} and {LLM_MODEL_ENV} (your model server and model)")
        result = read_with_model(text, profile, settings, published=published, outlet=args.outlet, url=args.url)
    else:
        # the aliases saved for the report's conflict or for every conflict (one saved while reading another
        # conflict's report never places this one's names)
        known: dict | None = aliases.aliases(profile.id) if aliases is not None else None
        result = extract(text, published=published, outlet=args.outlet, url=args.url, aliases=known, profile=profile)
    result.conflict_reason = reason  # (walk4: a detected conflict was said to be the user's choice)
    if read is not None:
        result.warnings.insert(
            0, f"no publication date was given: the report's date was read as {read[0]} from its top ({read[1]!r})"
        )
    return spread_denials(result)  # as the Add report page saves them: a denial of an incident at two places is both's


def _savable(name: str, result: ExtractionResult) -> list[Incident]:
    """The proposals the Add report page ticks and would save as they stand, validated as it does;
    the others named on stderr (no day, no place found, or invalid) for the user to add by hand."""
    rows: list[Mapping[str, Any]] = list(proposal_rows(result.proposals))
    for index, row in enumerate(rows):
        if not row["save"]:
            proposal = result.proposals[index]
            if proposal.date is None:
                why = "no day"
            else:
                why = f"place {proposal.place!r} not found" if proposal.place else "no place named"
            print(f"warning: {name}: proposal {index + 1} ({proposal.claimant}) left out: {why}", file=sys.stderr)
    saved = []
    for outcome in rows_to_incidents(rows, result.proposals):
        if outcome.incident is None:
            print(f"warning: {name}: proposal {outcome.row + 1} left out: {outcome.error}", file=sys.stderr)
        else:
            saved.append(outcome.incident)
    return saved
