"""``python -m mapdata geocode NAME [NAME…]``: one JSON object per name, unknown names included.

Each line has the chosen place (name, latitude, longitude, country code, admin1, precision),
the alternatives and how it decided. An unknown name prints a "not_found" record and the
command goes on with the rest: a batch is never stopped by one odd name, but it ends with exit
status 3 when any name was not found (its record's status "not_found", or "error" when the online
service failed), 0 when every name was found, so a script can tell (walk47); 1 is still a failure
(an ``error:`` line says why), 2 a usage error. The user's own
places and aliases answer first, from ``--db`` or else the app's database ($MAPDATA_DB or the
per-user file), so a name placed on the Gazetteer page is found here too.

A look-up writes nothing to that database: the app's file is opened read-only (unless ``--online``
asks for answers to be cached in it), and a name not found is not added to the Unresolved places
list, which is for the names an import or a report could not place (review40: a batch of look-ups
filled it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from mapdata.cli.options import add_profile_option, catalog_from, existing_store
from mapdata.errors import MapdataError, StoreError
from mapdata.geo.gazetteer import Gazetteer, GeocodeResult
from mapdata.store import Store, default_db_path, open_store

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "geocode": (
        'python -m mapdata geocode Zod Khankendi "village of Digh"',
        "printf 'Tovuz\\nGazakh\\n' | python -m mapdata geocode --conflict armenia-azerbaijan",
        "python -m mapdata geocode Sotk > found.jsonl || echo 'a name was not found (exit 3) or failed (exit 1)'",
    )
}
# The exit status when every name was looked up and at least one was not found (1 stays "failed", 2 a usage error).
NOT_FOUND_EXIT = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "geocode", help=f"resolve place names with the offline gazetteer (exit {NOT_FOUND_EXIT}: a name not found)"
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="place names (read from stdin, one a line, if none)")
    parser.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="ISO2",
        help="a country named in the same text (preferred among namesakes); repeatable",
    )
    parser.add_argument(
        "--near",
        action="append",
        default=[],
        metavar="LAT,LON",
        help="a place in the same report (the closest namesake is preferred); repeatable",
    )
    parser.add_argument(
        "--conflict",
        metavar="ID",
        help="the conflict whose countries and map area decide among namesakes (default: armenia-azerbaijan)",
    )
    add_profile_option(parser)
    parser.add_argument(
        "--db",
        help="database whose aliases (and online cache, when enabled) apply "
        "(default: $MAPDATA_DB or the per-user file, as the app, read and never written to; "
        "none if that file does not exist yet); a name not found is never added to its Unresolved places list",
    )
    parser.add_argument(
        "--online",
        action="store_true",
        help="ask Nominatim for names the gazetteer lacks (needs MAPDATA_GEOCODER_USER_AGENT)",
    )
    parser.set_defaults(handler=run)


def _parse_near(values: list[str]) -> list[tuple[float, float]]:
    points = []
    for value in values:
        try:
            lat, lon = (float(part) for part in value.split(","))
        except ValueError:
            raise SystemExit(f"error: --near wants LAT,LON (e.g. 40.2,45.87), not {value!r}") from None
        points.append((lat, lon))
    return points


def _record(result: GeocodeResult) -> dict[str, object]:
    record = result.to_dict()
    place = result.place
    record["chosen"] = (
        None
        if place is None
        else {
            "name": place.name,
            "latitude": round(place.latitude, 5),
            "longitude": round(place.longitude, 5),
            "country": place.country,
            "admin1": place.admin1,
            "precision": result.precision,
            "key": place.key,
        }
    )
    del record["place"]
    record["alternatives"] = [
        {
            "name": c.name,
            "latitude": round(c.latitude, 5),
            "longitude": round(c.longitude, 5),
            "country": c.country,
            "admin1": c.admin1,
            "precision": c.precision,
            "key": c.key,
        }
        for c in result.candidates
        if place is None or c.key != place.key
    ]
    del record["candidates"]
    return record


def run(args: argparse.Namespace) -> int:
    if not args.names and (sys.stdin is None or sys.stdin.closed):
        raise MapdataError("no names: give them as arguments, or one a line on standard input (it is closed)")
    names = args.names or [line.strip() for line in sys.stdin if line.strip()]
    countries = [c.upper() for c in args.country]
    near = _parse_near(args.near)
    profile = catalog_from(args).require(args.conflict)
    gazetteer = Gazetteer.for_profile(profile)
    store = _store(args.db, online=args.online)
    if store is not None:
        from mapdata.geo.placebook import PlaceResolver
        from mapdata.geo.settings import file_settings_notice

        notice = file_settings_notice(store)
        if notice:
            print(f"note: {notice}", file=sys.stderr)
        # Not a context manager and never flushed: the names not found stay off the Unresolved list.
        # the aliases saved for the conflict (the default one without --conflict) or for every conflict
        resolver = PlaceResolver(store, online=True if args.online else None, gazetteer=gazetteer, conflict=profile.id)
        results = [_print(resolver.geocode(name, countries=countries, near=near)) for name in names]
    else:
        results = [_print(gazetteer.geocode(name, countries=countries, near=near)) for name in names]
    return 0 if all(result.found for result in results) else NOT_FOUND_EXIT


def _store(db: str | None, *, online: bool) -> Store | None:
    """The database whose aliases answer first: ``--db`` (which must exist), else the app's own file
    ($MAPDATA_DB or the per-user one), so the command answers as the app does (walk40: with MAPDATA_DB
    set, a name the user had placed on the Gazetteer page was "not_found" here).

    The app's file is opened read-only: a look-up neither writes to it nor upgrades an older one (a
    file that cannot be read so is named on stderr and the gazetteer alone answers). ``--online``
    opens it for writing, as its answers are cached there, and makes it if it does not exist; without
    ``--online``, no database is made just to look a name up."""
    if db is not None:
        return existing_store(db)
    path = default_db_path()
    if online:
        return open_store(path)
    if not path.exists():
        if os.environ.get("MAPDATA_DB"):
            print(f"note: no database at {path} ($MAPDATA_DB): the gazetteer alone answers", file=sys.stderr)
        return None
    try:
        return open_store(path, read_only=True)
    except StoreError as exc:
        print(f"note: your places were not read ({exc}): the gazetteer alone answers", file=sys.stderr)
        return None


def _print(result: GeocodeResult) -> GeocodeResult:
    print(json.dumps(_record(result), ensure_ascii=False), flush=True)
    return result
