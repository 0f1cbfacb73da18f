"""``python -m mapdata import FILE`` and ``python -m mapdata export``: the app's import and export for scripts.

``import`` prints one JSON summary (new / updated / unchanged / rejected, the first errors)
and exits non-zero when nothing could be imported. ``export`` writes CSV or GeoJSON of the
incidents the filters let through to stdout, using the same filter code as the app.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from mapdata.errors import MapdataError, ValidationError
from mapdata.exporter import to_csv, to_geojson
from mapdata.filters import FilterState, apply_filters
from mapdata.formats import FORMATS
from mapdata.importer import preview_path
from mapdata.model import REPORTING_SIDES, normalize_side
from mapdata.store import open_store

_DB_HELP = "database file (default: $MAPDATA_DB or the per-user file)"


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser("import", help="import an ACLED, UCDP GED, CSV or GeoJSON file")
    importer.add_argument("file", help="the file to import")
    importer.add_argument("--format", choices=sorted(FORMATS), help="skip detection and read the file as this format")
    importer.add_argument("--db", help=_DB_HELP)
    importer.add_argument(
        "--all-or-nothing", action="store_true", help="import nothing if any row is rejected (default: import the valid rows)"
    )
    importer.add_argument("--dry-run", action="store_true", help="only report what would be imported")
    importer.add_argument(
        "--place-by-name", action="store_true",
        help="our CSV / GeoJSON: place rows without coordinates by their place name (offline gazetteer)",
    )
    importer.set_defaults(handler=run_import)

    exporter = subparsers.add_parser("export", help="write the (filtered) incidents as CSV or GeoJSON to stdout")
    exporter.add_argument("--format", choices=("csv", "geojson"), required=True)
    exporter.add_argument("--from", dest="date_from", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)")
    exporter.add_argument("--to", dest="date_to", type=_day, metavar="DATE", help="last day (YYYY-MM-DD)")
    exporter.add_argument(
        "--side", nargs="+", action="extend", default=[], metavar="SIDE",
        help=f"reporting side(s): {', '.join(REPORTING_SIDES)}",
    )
    exporter.add_argument("--source", nargs="+", action="extend", default=[], metavar="S", help="source(s), exactly as stored")
    exporter.add_argument("--db", help=_DB_HELP)
    exporter.set_defaults(handler=run_export)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def _print(summary: dict[str, object]) -> None:
    print(json.dumps(summary, ensure_ascii=False))


def run_import(args: argparse.Namespace) -> int:
    store = open_store(args.db)
    try:
        preview = preview_path(args.file, store, fmt=args.format, place_by_name=args.place_by_name)
    except MapdataError as exc:
        _print({"file": args.file, "imported": False, "error": str(exc)})
        return 1
    summary = {**preview.summary(), "file": args.file}
    if args.dry_run:
        _print({**summary, "imported": False, "dry_run": True})
        return 0 if preview.valid_count else 1
    mode = "all_or_nothing" if args.all_or_nothing else "valid"
    try:
        result = preview.commit(store, mode=mode)
    except MapdataError as exc:
        _print({**summary, "new": 0, "updated": 0, "unchanged": 0, "imported": False, "error": str(exc)})
        return 1
    # The write's own counts are authoritative (the store may have changed since the preview).
    _print({**summary, **result.counts(), "updated_ids": result.updated[:10], "imported": True, "batch": result.batch})
    return 0


def run_export(args: argparse.Namespace) -> int:
    try:
        sides = tuple(dict.fromkeys(normalize_side(side) for side in args.side))
    except ValidationError as exc:
        raise MapdataError(f"--side: {str(exc).split(': ', 1)[-1]}") from None
    state = FilterState(date_from=args.date_from, date_to=args.date_to, sides=sides, sources=tuple(args.source))
    frame = apply_filters(open_store(args.db).frame(), state)
    text = to_csv(frame) if args.format == "csv" else to_geojson(frame) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the terminal's locale
    sys.stdout.flush()
    return 0
