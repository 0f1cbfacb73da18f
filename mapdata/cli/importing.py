"""``python -m mapdata import FILE``: the app's import for scripts.

Prints one JSON summary (new / updated / unchanged / rejected, the first errors). Exit codes:
0 imported, or the very same file was imported before and nothing was written since
(``unchanged_file``: nothing to do, no row read); 1 nothing was imported (``error`` says why); 2
the incidents were imported but a follow-up write failed (``follow_up_error`` says which and why).
"""

from __future__ import annotations

import argparse
import json
import sys

from mapdata.cli.options import BY_HELP, DB_HELP, add_profile_option, catalog_from
from mapdata.curation.duplicates import DECISIONS
from mapdata.errors import MapdataError
from mapdata.formats import FORMATS
from mapdata.formats.importer import (
    CommitMode,
    PastImport,
    max_upload_bytes,
    preview_import,
    preview_path,
    unchanged_import,
)
from mapdata.store import open_store

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "import": (
        'python -m mapdata import acled_export.csv --by "Ana" > summary.json',
        "python -m mapdata import events.csv --format ucdp --conflict india-pakistan --dry-run",
        'python -m mapdata import mine.csv --duplicates merge || echo "import failed" >&2   # the reason is on stderr',
    )
}


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser("import", help="import an ACLED, UCDP GED, CSV or GeoJSON file")
    importer.add_argument("file", help="the file to import, or - for standard input")
    importer.add_argument("--format", choices=sorted(FORMATS), help="skip detection and read the file as this format")
    importer.add_argument("--db", help=DB_HELP)
    importer.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing if any row is rejected (default: import the valid rows)",
    )
    importer.add_argument("--dry-run", action="store_true", help="only report what would be imported")
    importer.add_argument(
        "--duplicates",
        choices=DECISIONS,
        default="skip",
        help="rows that look like stored claims (same claimant, date within a day, same or near place; or the "
        "same source URL): skip them (default), keep both, or merge them into the stored claim",
    )
    importer.add_argument("--by", metavar="NAME", help=BY_HELP)
    importer.add_argument(
        "--place-by-name",
        action="store_true",
        help="our CSV / GeoJSON: place rows without coordinates by their place name (offline gazetteer)",
    )
    importer.add_argument(
        "--conflict",
        metavar="ID",
        help="put every row in this conflict (default: each row's conflict from its country and actors; our CSV/"
        "GeoJSON: its conflict column, else the parties its sides name; rows of no known conflict are rejected)",
    )
    importer.add_argument(
        "--no-prepare",
        action="store_true",
        help="do not bring the map's snapshot and counter-claim groups up to date after the import "
        "(the app then does it on its first page)",
    )
    importer.add_argument(
        "--reread",
        action="store_true",
        help="read and compare every row even when this very file was imported before and nothing changed since",
    )
    add_profile_option(importer)
    importer.set_defaults(handler=run)


def _print(summary: dict[str, object]) -> None:
    """The summary on stdout; a failure's reason also as one ``error:`` line on stderr (what cron mails)."""
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    problem = summary.get("error") or summary.get("follow_up_error")
    if problem:
        file = str(summary.get("file", ""))
        where = "" if file and file in str(problem) else f"{file}: "
        print(f"error: {where}{problem}", file=sys.stderr)


def _unchanged(file: str, past: PastImport) -> dict[str, object]:
    """The summary of a re-import that found the very same file already imported, nothing changed since."""
    return {
        "file": file,
        "rows": past.rows,
        "valid": past.claims,
        "new": 0,
        "updated": 0,
        "unchanged": past.claims,
        "rejected": past.rejected,
        "imported": False,
        "unchanged_file": True,
        "same_as_batch": past.batch,
        "message": (
            f"unchanged: the same file, read the same way, was imported as batch {past.batch} ({past.created}) "
            f"and no claim has changed since; {past.rows:,} rows ({past.claims:,} claims, {past.rejected:,} rejected), "
            "nothing to do (--reread reads every row again)"
        ),
    }


def _numbered(summary: dict[str, object]) -> dict[str, object]:
    """The summary with each rejection numbered as its file counts: a CSV's ``row`` (its line, the header
    line 1), a GeoJSON's ``feature`` (its place among the features, the first 1), as the Import page
    says "feature 3" (the JSON said "row" of both)."""
    errors = summary.get("errors")
    if summary.get("format") != "geojson" or not isinstance(errors, list):
        return summary
    numbered = [
        {("feature" if name == "row" else name): value for name, value in error.items()}
        if isinstance(error, dict)
        else error
        for error in errors
    ]
    return {**summary, "errors": numbered}


def _read_stdin() -> bytes:
    """``import -``: the file piped in (``export ... | import - --db other.db``), up to the upload limit."""
    if sys.stdin is None or sys.stdin.closed:
        raise MapdataError("standard input is closed: pipe the file in, or give its name")
    return sys.stdin.buffer.read(max_upload_bytes() + 1)


def run(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        how = {
            "fmt": args.format,
            "place_by_name": args.place_by_name,
            "catalog": catalog_from(args),
            "conflict": args.conflict,
        }
        if args.file == "-":
            preview = preview_import(
                _read_stdin(), store, filename="standard input", max_bytes=max_upload_bytes(), **how
            )
        else:
            past = None if args.reread else unchanged_import(args.file, store, **how)
            # All-or-nothing refuses a file with rejected rows: the rows are read to say which.
            if past is not None and not (args.all_or_nothing and past.rejected):
                _print({**_unchanged(args.file, past), "dry_run": args.dry_run})
                return 0
            preview = preview_path(args.file, store, **how)
    except MapdataError as exc:
        _print({"file": args.file, "imported": False, "error": str(exc)})
        return 1
    summary = {**_numbered(preview.summary()), "file": args.file}
    if args.dry_run:
        if not preview.valid_count:
            summary["error"] = f"no valid rows in {args.file}; nothing would be imported"
        _print({**summary, "imported": False, "dry_run": True})
        return 0 if preview.valid_count else 1
    mode: CommitMode = "all_or_nothing" if args.all_or_nothing else "valid"
    try:
        result = preview.commit(store, mode=mode, duplicates=args.duplicates, who=args.by)
    except MapdataError as exc:
        _print({**summary, "new": 0, "updated": 0, "unchanged": 0, "imported": False, "error": str(exc)})
        return 1
    # The write's own counts are authoritative (the store may have changed since the preview).
    report = {
        **summary,
        **result.counts(),
        "updated_ids": result.updated[:10],
        "skipped_duplicates": len(result.skipped),
        "merged_duplicates": len(result.merged),
        "imported": True,
        "batch": result.batch,
    }
    if result.follow_up_error:
        _print({**report, "follow_up_error": result.follow_up_error, "message": result.summary()})
        return 2
    # The parsed claims are saved: let go of them before the map's preparation reads the store
    # (at 1,000,000 rows both at once made the peak memory their sum).
    del preview, result
    if not args.no_prepare:
        # Imported here: the map's modules (scipy among them) take a second to load, which a
        # re-import of an unchanged file or a rejected one does not need.
        from mapdata.claims.cache import prepare_views

        report["prepared_seconds"] = round(prepare_views(store), 2)
    _print(report)
    return 0
