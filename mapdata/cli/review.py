"""``python -m mapdata review ID … --status verified [--note TEXT]``: set the review status of claims.

The review status is what people decided after reading a claim (unreviewed, reviewed,
verified, disputed); it is kept apart from the computed clash status and in the history.
"""

from __future__ import annotations

import argparse

from mapdata.cli.options import add_db_and_by, existing_store, print_json
from mapdata.model import REVIEW_STATUSES

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "review": ('python -m mapdata review ID1 ID2 --status verified --note "matches the OSCE report"',)
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("review", help="set the review status (and note) of claims")
    parser.add_argument("ids", nargs="+", metavar="ID", help="claim ids (the id column of an export)")
    parser.add_argument("--status", required=True, choices=REVIEW_STATUSES)
    parser.add_argument("--note", help="a note for the review (replaces the claim's previous note)")
    add_db_and_by(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    entries = existing_store(args.db).review(args.ids, args.status, args.note, who=args.by)
    print_json({"changed": [entry.incident_id for entry in entries], "status": args.status})
    return 0
