"""``python -m mapdata edit ID field=value …``: correct a claim, validated as on entry, with its history entry;
``undo ID N``: undo edit N of its history (a new entry; the edit stays listed).

A new ``place=`` is resolved with the gazetteer (your aliases first; online only when
``MAPDATA_ONLINE_GEOCODER`` is on), preferring namesakes near the old point, unless you give
``latitude=`` and ``longitude=`` yourself. ``review_status=`` and ``review_note=`` set the
review. An empty value (``killed=``) means "not stated". Prints what changed, old → new. An edit with
mistakes saves nothing and names every one (an ``error:`` line each, in the order typed; exit 1), as
the app's "Correct this claim" form lists them all. An edit that leaves a claimant the conflict's
profile gives another side (``claimant="Azerbaijani MoD"`` on a claim whose side is ``media``) is not
saved either: a ``warning:`` line says which side the profile gives (exit 1); ``--side-ok`` saves it
as typed, as the app's second press of "Save changes" does.
"""

from __future__ import annotations

import argparse
import sys

from mapdata.cli.options import add_db_and_by, existing_store, print_json
from mapdata.curation.edits import checked_edit, parse_assignments
from mapdata.errors import MapdataError, UnknownRecordError, ValidationError
from mapdata.model import FIELDS, REVIEW_STATUSES, Incident, profile_of
from mapdata.profiles import claimant_side, side_warning

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "undo": ('python -m mapdata history ID --text; python -m mapdata undo ID 2 --note "the first date was right"',),
    "edit": (
        'python -m mapdata edit ID date=2023-05-13 place=Jermuk --note "wire story had the wrong day"',
        'python -m mapdata edit ID killed= --note "no count was stated"   # an empty value: not stated',
        'python -m mapdata edit ID claimant="Azerbaijani MoD" --side-ok   # keep its side, which the profile does not give it',
    ),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("edit", help="change fields of a claim (kept in its history)")
    parser.add_argument("id", help="the claim's id (see the Table page or an export)")
    parser.add_argument(
        "changes",
        nargs="+",
        metavar="FIELD=VALUE",
        help=f"fields: {', '.join(f for f in FIELDS if f not in ('id', 'origin', 'batch'))}, "
        f"review_status ({'/'.join(REVIEW_STATUSES)}), review_note",
    )
    parser.add_argument("--note", help="why (kept in the history)")
    parser.add_argument(
        "--side-ok",
        action="store_true",
        help="save a claimant under a reporting side its conflict's profile does not give it (without it such "
        'an edit is refused with a warning naming the profile\'s side: e.g. claimant="Thai army" with side media)',
    )
    add_db_and_by(parser)
    parser.set_defaults(handler=run)
    undo = subparsers.add_parser("undo", help="undo one edit of a claim: its fields go back (kept in its history)")
    undo.add_argument("id", help="the claim's id")
    undo.add_argument("change", type=int, help="the edit's number in `history ID` (1 is the claim's creation)")
    undo.add_argument("--note", help="why (kept in the history)")
    add_db_and_by(undo)
    undo.set_defaults(handler=run_undo)


def run(args: argparse.Namespace) -> int:
    assignments = dict(parse_assignments(args.changes))
    store = existing_store(args.db)
    checked = checked_edit(store, args.id, dict[str, object](assignments))
    # every problem at once, one line each as main() prints a ValidationError, and its exit code
    typed = list(assignments)
    for problem in sorted(checked.problems, key=lambda p: typed.index(p.field) if p.field in typed else len(typed)):
        print(f"error: {problem}", file=sys.stderr)
    warning = None if args.side_ok else _side_warning(store.get(args.id), checked.changes)
    if warning:
        print(f"warning: {warning}", file=sys.stderr)
    if checked.problems or warning:
        return 1
    saved, entries = store.edit(args.id, checked.changes, who=args.by, note=args.note)
    print_json({"id": saved.id, "changed": bool(entries), "entries": [entry.to_dict() for entry in entries]})
    return 0


# an edit of these is checked against the profile (and against a party accusing itself, walk41)
_SIDE_FIELDS = ("claimant", "reporting_side", "accused_side", "conflict")


def _side_warning(incident: Incident | None, changes: dict[str, object]) -> str | None:
    """What :func:`side_warning` says of the claim as an edit of its claimant, side or conflict would
    leave it, with how to save it anyway; None for an edit of other fields or one the profile agrees with."""
    if incident is None or not set(_SIDE_FIELDS) & changes.keys():
        return None
    try:
        # only what decides the side: a mistake elsewhere in the edit does not hide the warning
        edited = incident.replace(**{name: changes[name] for name in _SIDE_FIELDS if name in changes})
        profile = profile_of(edited.conflict)
    except (MapdataError, ValueError, TypeError):
        return None  # an edit with mistakes: they are named as errors
    warning = side_warning(profile, edited.claimant, edited.reporting_side, edited.accused_side)
    if warning is None:
        return None
    named = claimant_side(profile, edited.claimant)
    if named is not None and named != edited.reporting_side:
        fix = f"give reporting_side={named} too"
    else:  # (the side is the claimant's own: the accused side is what to change)
        fix = f"give accused_side={profile.opponent_of(str(edited.reporting_side)) or 'the other side'}"
    return f"{warning}; nothing was saved: {fix}, or --side-ok to save it as typed"


def run_undo(args: argparse.Namespace) -> int:
    """As the History's "Undo this edit" in the app: the fields one edit changed go back, as a new entry."""
    store = existing_store(args.db)
    entries = store.history(args.id)
    if not 1 <= args.change <= len(entries):
        raise UnknownRecordError(
            f"claim {args.id!r} has no change {args.change} (`history {args.id} --text` numbers its "
            f"{len(entries)}); nothing was changed"
        )
    seq = entries[args.change - 1].seq
    if seq is None:
        raise ValidationError("change", f"{args.change} is the claim's creation, not an edit; nothing was changed")
    saved, entry = store.undo_edit(args.id, seq, who=args.by, note=args.note)
    print_json({"id": saved.id, "undid": args.change, "entry": entry.to_dict()})
    return 0
