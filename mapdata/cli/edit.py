"""``python -m mapdata edit ID field=value …``: correct a claim, validated as on entry, with its history entry.

A new ``place=`` is resolved with the gazetteer (your aliases first; online only when
``MAPDATA_ONLINE_GEOCODER`` is on), preferring namesakes near the old point, unless you give
``latitude=`` and ``longitude=`` yourself. ``review_status=`` and ``review_note=`` set the
review. An empty value (``killed=``) means "not stated". Prints what changed, old → new.
"""

from __future__ import annotations

import argparse

from mapdata.cli.options import add_db_and_by, existing_store, print_json
from mapdata.curation.edits import parse_assignments, with_resolved_place
from mapdata.model import FIELDS, REVIEW_STATUSES

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "edit": (
        'python -m mapdata edit ID date=2023-05-13 place=Jermuk --note "wire story had the wrong day"',
        'python -m mapdata edit ID killed= --note "no count was stated"   # an empty value: not stated',
    )
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
    add_db_and_by(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    assignments = dict(parse_assignments(args.changes))
    store = existing_store(args.db)
    changes = with_resolved_place(store, args.id, dict[str, object](assignments))
    saved, entries = store.edit(args.id, changes, who=args.by, note=args.note)
    print_json({"id": saved.id, "changed": bool(entries), "entries": [entry.to_dict() for entry in entries]})
    return 0
