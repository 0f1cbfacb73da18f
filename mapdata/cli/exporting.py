"""``python -m mapdata export``: CSV or GeoJSON of the incidents the filters let through, to stdout.

Uses the same filter code as the app, so a script and the app agree on what a filter means.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from mapdata.cli.options import DB_HELP
from mapdata.errors import MapdataError, ValidationError
from mapdata.filters import FilterState, apply_filters
from mapdata.formats.exporter import to_csv, to_geojson
from mapdata.model import REPORTING_SIDES, normalize_side
from mapdata.store import open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    exporter = subparsers.add_parser("export", help="write the (filtered) incidents as CSV or GeoJSON to stdout")
    exporter.add_argument("--format", choices=("csv", "geojson"), required=True)
    exporter.add_argument("--from", dest="date_from", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)")
    exporter.add_argument("--to", dest="date_to", type=_day, metavar="DATE", help="last day (YYYY-MM-DD)")
    exporter.add_argument(
        "--side",
        nargs="+",
        action="extend",
        default=[],
        metavar="SIDE",
        help=f"reporting side(s): {', '.join(REPORTING_SIDES)}",
    )
    exporter.add_argument(
        "--source", nargs="+", action="extend", default=[], metavar="S", help="source(s), exactly as stored"
    )
    exporter.add_argument("--db", help=DB_HELP)
    exporter.set_defaults(handler=run)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def run(args: argparse.Namespace) -> int:
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
