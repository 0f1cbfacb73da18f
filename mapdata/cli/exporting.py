"""``python -m mapdata export``: CSV or GeoJSON of the incidents the filters let through, to stdout or a file.

``--output FILE`` writes the very bytes the app's download button gives for the same claims (the same
library call, ``exporter.to_csv_bytes``): a CSV file starts with a UTF-8 byte-order mark, so Excel shows
Armenian and Azerbaijani letters, as the app's does (walk47: the "same" export differed byte for byte).
Standard output gets no byte-order mark (in a pipe it would become part of the first column's name for
``csvcut``, ``cut`` or ``awk``; ``import`` reads a file with or without one), and a GeoJSON on stdout
ends with a newline.

Uses the same filter code as the app, so a script and the app agree on what a filter means, and
the same clash statuses: found over every live claim in the store (as the app finds them), so a
clash cut by a filter keeps its status in the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pandas as pd

from mapdata.claims import CLASH_STATUSES
from mapdata.claims.cache import CLASHES_SUFFIX, cached_clashes
from mapdata.cli.options import DB_HELP, add_profile_option, catalog_from, existing_store, print_json
from mapdata.errors import MapdataError, ValidationError
from mapdata.filters import CASUALTY_OPTIONS, CHOICE_FILTERS, URL_KEYS, FilterState, apply_filters, place_spellings
from mapdata.formats.exporter import to_csv, to_csv_bytes, to_geojson
from mapdata.model import EVENT_TYPES, GEO_PRECISIONS, REVIEW_STATUSES, normalize_side
from mapdata.profiles import Catalog, Profile
from mapdata.store import Store

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "export": (
        "python -m mapdata export --format csv --conflict armenia-azerbaijan --from 2022-09-12 --to 2022-09-14 > sept.csv",
        "python -m mapdata export --format csv --side Armenia --output armenia.csv   # as the app's download (for Excel)",
        "python -m mapdata export --format geojson --side Armenia Azerbaijan --review verified > verified.geojson",
        "python -m mapdata export --format csv --include-retracted --with-history > everything.csv",
    )
}


def register(subparsers: argparse._SubParsersAction) -> None:
    exporter = subparsers.add_parser(
        "export", help="write the (filtered) incidents as CSV or GeoJSON to stdout, or to a file (--output)"
    )
    exporter.add_argument("--format", choices=("csv", "geojson"), required=True)
    exporter.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE (replaced if it exists) the bytes the app's download button gives: a CSV file "
        "starts with a UTF-8 byte-order mark, for Excel; standard output (the default) never does",
    )
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
    many = {"nargs": "+", "action": "extend", "default": []}
    exporter.add_argument(
        "--type",
        dest="event_types",
        choices=EVENT_TYPES,
        metavar="TYPE",
        **many,
        help=f"event type(s): {', '.join(EVENT_TYPES)}",
    )
    exporter.add_argument(
        "--casualties", choices=CASUALTY_OPTIONS, **many, help="claims that state at least one person killed / wounded"
    )
    exporter.add_argument(
        "--precision", dest="precisions", choices=GEO_PRECISIONS, **many, help="location precision(s)"
    )
    exporter.add_argument(
        "--status",
        dest="clash_statuses",
        choices=CLASH_STATUSES,
        **many,
        help="clash status(es), found over every live claim as the app finds them",
    )
    exporter.add_argument(
        "--search",
        metavar="TEXT",
        help="words that place, claimant, source or summary all contain (a place's other "
        "spellings and your aliases count, as in the app's search box)",
    )
    exporter.add_argument(
        "--filters",
        metavar="LINK",
        help="the filters of an app link (the page's address, or the part after '?'); options given here add to them",
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


def _linked_filters(link: str | None) -> FilterState:
    """The filters of an app link (``http://…/Table?side=Armenia&from=…`` or ``side=Armenia&…``).

    A key the app does not know is refused by name (a typo must not export everything).
    """
    if not link:
        return FilterState()
    query = urlsplit(link).query if "?" in link or "://" in link else link
    pairs = parse_qs(query, keep_blank_values=False)
    unknown = [key for key in pairs if key not in URL_KEYS]
    if unknown:
        raise MapdataError(
            f"--filters: unknown key(s) {', '.join(map(repr, unknown))}; the app's are: {', '.join(URL_KEYS)}"
        )
    state = FilterState.from_query(pairs)
    # The app ignores a value it cannot use; a script is told (it would export more than asked).
    kept: dict[str, tuple[object, ...]] = {c.url_key: getattr(state, c.field) for c in CHOICE_FILTERS}
    kept |= {"from": (state.date_from,), "to": (state.date_to,), "conflict": (state.conflict,)}
    for key, values in pairs.items():
        if key not in kept:
            continue
        wrong = [v for v in values if v.strip() and not any(v == str(k) or v.strip()[:10] == str(k) for k in kept[key])]
        if wrong:
            raise MapdataError(f"--filters: {key}={wrong[0]!r} is not a value the app knows")
    if state.dates_reversed:
        # (the app reads such a link in order and says so; the script does the same, on stderr)
        print(
            f"note: --filters: from={state.date_from} is after to={state.date_to}; exporting "
            f"{state.date_to} to {state.date_from}",
            file=sys.stderr,
        )
    return state.in_order()


def _spellings(store: Store, text: str) -> dict[str, tuple[str, ...]] | None:
    """Other spellings of the searched place names, as the app's search box finds them."""
    if not text:
        return None
    from mapdata.geo.gazetteer import Gazetteer
    from mapdata.geo.placebook import PlaceBook

    aliases = PlaceBook(store).aliases(every_conflict=True)  # spellings to search by, whatever the conflict
    places = Gazetteer.default()
    return place_spellings(text, lambda name: places.geocode(name, aliases=aliases))


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
    linked = _linked_filters(args.filters)
    conflict = args.conflict or linked.conflict
    profiles = (catalog.require(conflict),) if conflict else tuple(catalog)
    try:
        sides = tuple(dict.fromkeys(_side(side, profiles) for side in args.side))
    except ValidationError as exc:
        raise MapdataError(f"--side: {str(exc).split(': ', 1)[-1]}") from None

    def joined(field: str, given: list[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*getattr(linked, field), *given]))

    state = linked.with_changes(
        conflict="",  # applied below, with the profile's id
        date_from=args.date_from or linked.date_from,
        date_to=args.date_to or linked.date_to,
        sides=joined("sides", list(sides)),
        sources=joined("sources", args.source),
        event_types=joined("event_types", args.event_types),
        casualties=joined("casualties", args.casualties),
        precisions=joined("precisions", args.precisions),
        clash_statuses=joined("clash_statuses", args.clash_statuses),
        review=joined("review", args.review),
        text=" ".join((args.search or linked.text).split()),
        show_retracted=args.include_retracted or linked.show_retracted,
    )
    if state.dates_reversed:
        # walk47: --from after --to exported a header and no row, silently; the app swaps such dates and says so
        print(
            f"note: --from {state.date_from} is after --to {state.date_to}; exporting "
            f"{state.date_to} to {state.date_from}",
            file=sys.stderr,
        )
        state = state.in_order()
    store = existing_store(args.db)
    output = _output_path(args.output, store)
    live = store.frame()
    every = store.frame(include_retracted=True) if state.show_retracted else live
    clashes = cached_clashes(live, store.cache_path(CLASHES_SUFFIX))  # over live claims, as the app does
    by_id = pd.Series(clashes.status.astype(object).to_numpy(), index=live["id"].to_numpy())
    statuses = pd.Series(every["id"].map(by_id).to_numpy(), index=every.index)  # a retracted claim: none
    frame = apply_filters(every, state, statuses, synonyms=_spellings(store, state.text))
    status = pd.Series(frame["id"].map(by_id).to_numpy(), index=frame.index)
    if conflict:
        frame = frame[frame["conflict"] == profiles[0].id]
    if args.with_history:
        histories = store.histories(frame["id"])
        frame = frame.assign(history=[[e.to_dict() for e in histories.get(i, [])] for i in frame["id"]])
    curation = bool(args.with_history)
    # With retracted claims in, every row says whether it is retracted, when and why (as the app's downloads).
    retracted = state.show_retracted
    if output is not None:
        # the app's download bytes (ui/downloads.py calls the same two functions): a CSV file with the BOM
        if args.format == "csv":
            data = to_csv_bytes(frame, curation=curation, status=status, retracted=retracted)
        else:
            data = to_geojson(frame, curation=curation, status=status, retracted=retracted).encode("utf-8")
        output.write_bytes(data)
        print_json({"output": str(output), "format": args.format, "incidents": len(frame), "bytes": len(data)})
        return 0
    if args.format == "csv":
        text = to_csv(frame, curation=curation, status=status, retracted=retracted)
    else:
        text = to_geojson(frame, curation=curation, status=status, retracted=retracted) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the terminal's locale; no BOM in a pipe
    sys.stdout.flush()
    return 0


def _output_path(given: str | None, store: Store) -> Path | None:
    """``--output FILE`` checked before anything is read: never the database itself (nor a file of its
    own beside it), never a folder, and in a folder that exists."""
    if given is None:
        return None
    path = Path(given).expanduser()
    if not given.strip():
        raise MapdataError("--output: an empty file name")
    if path.is_dir():
        raise MapdataError(f"--output: {given} is a folder; name a file in it (e.g. {path / 'incidents.csv'})")
    if not path.parent.is_dir():
        raise MapdataError(f"--output: no folder {path.parent}; make it first, or name a file in a folder that exists")
    database = store.path.resolve()
    target = path.resolve()
    if target == database or (target.name.startswith(f"{database.name}-") and target.parent == database.parent):
        raise MapdataError(f"--output: {given} is the database (or a file beside it): nothing was written")
    return path
