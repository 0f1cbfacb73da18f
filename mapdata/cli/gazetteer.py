"""``python -m mapdata gazetteer add FILE`` / ``gazetteer files``: the user's GeoNames country files.

``add`` checks a GeoNames country file (``AZ.txt`` or the ``AZ.zip`` GeoNames publishes, CC BY
4.0), keeps its populated places, heights and areas, and saves them in the user's data folder;
the offline gazetteer includes them from the next look-up on (its index is rebuilt once). Prints
one JSON object: the country, how many places were kept, how many rows were skipped and why.
``files`` lists each file by the name it was added under, with its country and the file its places
are kept in (one per country: ``KH.txt`` is kept as ``KH.tsv``).

``alias NAME`` saves one of your aliases, as the Gazetteer page does: NAME means a place the gazetteer knows
(``--as``) or a point (``--at LAT,LON``, with ``--source``), in the conflict ``--conflict`` names, else in every
conflict. ``aliases`` lists them (one JSON object a line, each with the conflict it applies in), ``unalias NAME``
removes the one of ``--conflict`` (else the one for every conflict). Each write is one transaction.

``unresolved`` lists the names an import or a pasted report could not place, waiting to be placed on the
Gazetteer page's Unresolved places list (the same list, most often met first): each with how many times
it was noted (``seen``, the page's column: once for each import or report that met it, however many of
its rows named it; rows without a place are not saved, so there is no count of claims), the conflict it was met in, when, where and why. One JSON
object a line, or ``--text`` for a readable line each; ``--conflict ID`` keeps the names met in that
conflict. Resolve one with ``gazetteer alias NAME --as PLACE`` (or ``--at``), then import the file again.
"""

from __future__ import annotations

import argparse

from mapdata.cli.options import DB_HELP, add_profile_option, catalog_from, existing_store, print_json
from mapdata.errors import MapdataError
from mapdata.geo.dumps import add_dump, dumps_dir, saved_files
from mapdata.model import GEO_PRECISIONS

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "gazetteer": (
        "python -m mapdata gazetteer add ~/Downloads/AZ.zip",
        "python -m mapdata gazetteer files",
        "python -m mapdata gazetteer alias Zod --as Sotk",
        "python -m mapdata gazetteer alias 'Hill 1234' --at 33.2721,35.5012 --source 'UNIFIL map' "
        "--conflict israel-lebanon",
        "python -m mapdata gazetteer aliases",
        "python -m mapdata gazetteer unalias 'Hill 1234' --conflict israel-lebanon",
        "python -m mapdata gazetteer unresolved --text",
        "python -m mapdata gazetteer unresolved --conflict thailand-cambodia > unplaced.jsonl",
    )
}
EVERY_CONFLICT_SAID = "all conflicts"  # as the Gazetteer page lists an alias saved with no conflict
NOT_RECORDED_SAID = "conflict not recorded"  # as the page lists a name noted without its conflict (before round 42)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gazetteer", help="add GeoNames country files (every village) to the gazetteer; save and list your aliases"
    )
    actions = parser.add_subparsers(dest="gazetteer_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a GeoNames country file (e.g. AZ.zip or AZ.txt from GeoNames)")
    add.add_argument("file", help="the downloaded file (.zip or .txt, tab-separated, 19 columns)")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("files", help="list the country files added so far")
    listing.set_defaults(handler=run_files)

    alias = actions.add_parser("alias", help="save an alias: a name means a known place or a point, in one conflict")
    alias.add_argument("name", help="the name as written in reports (e.g. Zod, 'Hill 1234')")
    means = alias.add_mutually_exclusive_group(required=True)
    means.add_argument("--as", dest="as_place", metavar="PLACE", help="a place the gazetteer knows (e.g. Sotk)")
    means.add_argument("--at", metavar="LAT,LON", help="a point: its latitude and longitude (e.g. 33.2721,35.5012)")
    alias.add_argument("--source", help="with --at: where the coordinates come from (required)")
    alias.add_argument("--precision", choices=GEO_PRECISIONS, default="near", help="with --at (default: near)")
    _conflict_option(alias, "the conflict it applies in (default: every conflict)")
    alias.set_defaults(handler=run_alias)

    aliases = actions.add_parser("aliases", help="list your aliases, each with the conflict it applies in")
    _conflict_option(aliases, "only the aliases that apply in this conflict (its own and those for every conflict)")
    aliases.set_defaults(handler=run_aliases)

    unresolved = actions.add_parser(
        "unresolved", help="list the place names imports and reports could not place, each with how often it was seen"
    )
    _conflict_option(unresolved, "only the names met in this conflict")
    unresolved.add_argument("--text", action="store_true", help="readable lines instead of JSON")
    unresolved.set_defaults(handler=run_unresolved)

    unalias = actions.add_parser("unalias", help="remove an alias")
    unalias.add_argument("name", help="the alias's name")
    _conflict_option(unalias, "the conflict it was saved for (default: the alias for every conflict)")
    unalias.set_defaults(handler=run_unalias)


def _conflict_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--conflict", metavar="ID", help=f"{help_text}; a profile id such as israel-lebanon")
    parser.add_argument("--db", help=DB_HELP)
    add_profile_option(parser)


def _conflict(args: argparse.Namespace) -> str | None:
    """The ``--conflict`` id, checked against the known profiles (None: every conflict)."""
    if args.conflict is None:
        return None
    catalog = catalog_from(args)
    if args.conflict not in catalog:
        raise MapdataError(f"--conflict: unknown conflict {args.conflict!r}; known: {', '.join(catalog.ids)}")
    return str(args.conflict)


def _applies_in(conflict: str | None, args: argparse.Namespace) -> str:
    if not conflict:
        return EVERY_CONFLICT_SAID
    profile = catalog_from(args).get(conflict)
    return profile.title if profile is not None else conflict


def run_alias(args: argparse.Namespace) -> int:
    from mapdata.geo.gazetteer import Gazetteer
    from mapdata.geo.placebook import PlaceBook, user_place

    conflict = _conflict(args)
    if args.as_place is not None:
        if args.source is not None:
            raise MapdataError("--source goes with --at: a place the gazetteer knows keeps its own source")
        profile = catalog_from(args).get(conflict) if conflict else None
        gazetteer = Gazetteer.for_profile(profile) if profile is not None else Gazetteer.default()
        found = gazetteer.geocode(args.as_place)
        if found.place is None:
            raise MapdataError(f"--as: {args.as_place!r} is not in the gazetteer ({found.reason})")
        place = found.place
    else:
        try:
            latitude, longitude = (float(part) for part in args.at.split(","))
        except ValueError:
            raise MapdataError(f"--at wants LAT,LON (e.g. 33.2721,35.5012), not {args.at!r}") from None
        if not (args.source or "").strip():
            raise MapdataError("--source is required with --at: say where the coordinates come from")
        place = user_place(args.name, latitude, longitude, precision=args.precision, source=args.source)
    PlaceBook(existing_store(args.db)).save_alias(args.name, place, conflict)
    print_json(
        {
            "saved": args.name.strip(),
            "conflict": conflict,
            "applies_in": _applies_in(conflict, args),
            "place": place.name,
            "latitude": round(place.latitude, 5),
            "longitude": round(place.longitude, 5),
            "country": place.country,
            "precision": place.precision,
            "source": place.coord_source,
        }
    )
    return 0


def run_aliases(args: argparse.Namespace) -> int:
    from mapdata.geo.placebook import PlaceBook

    conflict = _conflict(args)
    for row in PlaceBook(existing_store(args.db)).alias_rows():
        if conflict is not None and row["conflict"] not in (None, conflict):
            continue
        said = row["conflict"] if isinstance(row["conflict"], str) else None
        print_json({"name": row["name"], "conflict": said, "applies_in": _applies_in(said, args)} | row)
    return 0


def run_unresolved(args: argparse.Namespace) -> int:
    """The Unresolved places list, as the Gazetteer page shows it (the same rows, the same order)."""
    from mapdata.geo.placebook import PlaceBook

    conflict = _conflict(args)
    catalog = catalog_from(args)
    places = [
        place
        for place in PlaceBook(existing_store(args.db)).unresolved()
        if conflict is None or place.conflict == conflict
    ]
    for place in places:
        profile = catalog.get(place.conflict) if place.conflict else None
        met_in = profile.title if profile is not None else place.conflict or NOT_RECORDED_SAID
        if not args.text:
            print_json(
                {
                    "name": place.name,
                    "seen": place.seen,
                    "conflict": place.conflict,
                    "met_in": met_in,
                    "first_seen": place.first_seen,
                    "last_seen": place.last_seen,
                    "where": place.context,
                    "why": place.reason,
                }
            )
            continue
        times = f"{place.seen:,} time{'s' if place.seen != 1 else ''}"
        details = "; ".join(part for part in (place.context, place.reason) if part)
        said = met_in if met_in == NOT_RECORDED_SAID else f"in {met_in}"
        print(
            f"{place.name} — seen {times}, last {place.last_seen[:10]}, {said}" + (f" ({details})" if details else "")
        )
    if args.text:
        count = (
            f"{len(places):,} unresolved place{'s' if len(places) != 1 else ''}" if places else "No unresolved places"
        )
        where = f" met in {_applies_in(conflict, args)}" if conflict else ""
        hint = "; place one with `gazetteer alias NAME --as PLACE` (or --at LAT,LON)" if places else ""
        print(f"{count}{where}{hint}")
    return 0


def run_unalias(args: argparse.Namespace) -> int:
    from mapdata.geo.placebook import PlaceBook

    conflict = _conflict(args)
    if not PlaceBook(existing_store(args.db)).remove_alias(args.name, conflict):
        hint = "" if conflict else " (an alias saved for one conflict is removed with --conflict ID)"
        raise MapdataError(
            f"no alias {args.name!r} saved for {_applies_in(conflict, args)}{hint}; `gazetteer aliases` lists them"
        )
    print_json({"removed": args.name.strip(), "conflict": conflict, "applies_in": _applies_in(conflict, args)})
    return 0


def run_add(args: argparse.Namespace) -> int:
    from mapdata.geo.gazetteer import Gazetteer

    summary = add_dump(args.file)
    Gazetteer.reload()
    print_json(
        {
            "added": summary.country,
            "places": summary.places,
            "skipped_rows": summary.skipped_rows,
            "other_features": summary.other_features,
            "added_from": summary.added_from,
            "saved_to": summary.saved_to,
            "note": "the gazetteer index is rebuilt with these places at its next use (once, offline)",
        }
    )
    return 0


def run_files(args: argparse.Namespace) -> int:
    """Each file as added ("KH.txt"), its country, how many places were kept and where: the kept file is
    named by its country ("KH.tsv"; walk40 read that as the wrong file). ``added_from`` is null for a
    file added before the name was kept."""
    print_json(
        {
            "folder": str(dumps_dir()),
            "files": [
                {
                    "added_from": saved.added_from,
                    "country": saved.country,
                    "places": saved.places,
                    "kept_as": saved.path.name,
                }
                for saved in saved_files()
            ],
        }
    )
    return 0
