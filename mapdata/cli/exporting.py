"""``python -m mapdata export``: CSV or GeoJSON of the incidents the filters let through, to stdout.

Uses the same filter code as the app, so a script and the app agree on what a filter means, and
the same clash statuses: found over every live claim in the store (as the app finds them), so a
clash cut by a filter keeps its status in the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import pandas as pd

from mapdata.claims.cache import CLASHES_SUFFIX, cached_clashes
from mapdata.cli.options import DB_HELP, add_profile_option, catalog_from
from mapdata.errors import MapdataError, ValidationError
from mapdata.filters import FilterState, apply_filters
from mapdata.formats.exporter import to_csv, to_geojson
from mapdata.model import REVIEW_STATUSES, normalize_side
from mapdata.profiles import Catalog, Profile
from mapdata.store import open_store

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "export": (
        "python -m mapdata export --format csv --conflict armenia-azerbaijan --from 2022-09-12 --to 2022-09-14 > sept.csv",
        "python -m mapdata export --format geojson --side Armenia Azerbaijan --review verified > verified.geojson",
        "python -m mapdata export --format csv --include-retracted --with-history > everything.csv",
    )
}


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
        help="reporting side(s), as the conflict names them: a party (Armenia, India, Hezbollah, ...), "
        "'third party' or 'media'",
    )
    exporter.add_argument("--conflict", metavar="ID", help="only this conflict's claims (a profile id)")
    add_profile_option(exporter)
    exporter.add_argument(
        "--source", nargs="+", action="extend", default=[], metavar="S", help="source(s), exactly as stored"
    )
    exporter.add_argument(
        "--review", nargs="+", action="extend", default=[], choices=REVIEW_STATUSES, help="review status(es) to keep"
    )
    exporter.add_argument(
        "--include-retracted", action="store_true", help="also export retracted claims (with when and why)"
    )
    exporter.add_argument(
        "--with-history",
        action="store_true",
        help="add each claim's review status and note, retraction, and history (who changed what, when, why)",
    )
    exporter.add_argument("--db", help=DB_HELP)
    exporter.set_defaults(handler=run)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def _side(text: str, profiles: tuple[Profile, ...]) -> str:
    """A side as a conflict names it: the first of ``profiles`` that knows the spelling decides."""
    for profile in profiles:
        if profile.side_for(text) is not None:
            return normalize_side(text, profile=profile)
    if len(profiles) == 1:
        return normalize_side(text, profile=profiles[0])  # raises, naming that conflict's sides
    known = dict.fromkeys(side for profile in profiles for side in profile.reporting_sides)
    raise ValidationError("reporting_side", f"unknown side {text[:60]!r}; expected one of: {', '.join(known)}", text)


def run(args: argparse.Namespace) -> int:
    catalog: Catalog = catalog_from(args)
    profiles = (catalog.require(args.conflict),) if args.conflict else tuple(catalog)
    try:
        sides = tuple(dict.fromkeys(_side(side, profiles) for side in args.side))
    except ValidationError as exc:
        raise MapdataError(f"--side: {str(exc).split(': ', 1)[-1]}") from None
    state = FilterState(
        date_from=args.date_from,
        date_to=args.date_to,
        sides=sides,
        sources=tuple(args.source),
        review=tuple(args.review),
        show_retracted=args.include_retracted,
    )
    store = open_store(args.db)
    live = store.frame()
    every = store.frame(include_retracted=True) if args.include_retracted else live
    clashes = cached_clashes(live, store.cache_path(CLASHES_SUFFIX))  # over live claims, as the app does
    by_id = pd.Series(clashes.status.astype(object).to_numpy(), index=live["id"].to_numpy())
    frame = apply_filters(every, state)
    status = pd.Series(frame["id"].map(by_id).to_numpy(), index=frame.index)  # a retracted claim: none
    if args.conflict:
        frame = frame[frame["conflict"] == profiles[0].id]
    if args.with_history:
        histories = store.histories(frame["id"])
        frame = frame.assign(history=[[e.to_dict() for e in histories.get(i, [])] for i in frame["id"]])
    curation = bool(args.with_history)
    if args.format == "csv":
        text = to_csv(frame, curation=curation, status=status)
    else:
        text = to_geojson(frame, curation=curation, status=status) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the terminal's locale
    sys.stdout.flush()
    return 0
