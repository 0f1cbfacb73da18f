"""``python -m mapdata retract ID … --reason TEXT`` / ``restore ID …``: hide a claim, or bring it back.

A retracted claim stays in the file with the reason; every view and export leaves it out
until asked for (``export --include-retracted``). Nothing is ever deleted.
"""

from __future__ import annotations

import argparse

from mapdata.cli.options import add_db_and_by, existing_store, print_json

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "retract": ('python -m mapdata retract ID1 ID2 --reason "same claim pasted twice"',),
    "restore": ('python -m mapdata restore ID1 --note "it was not a duplicate"',),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    retract = subparsers.add_parser("retract", help="hide claims from every view and export (kept, with the reason)")
    retract.add_argument("ids", nargs="+", metavar="ID", help="claim ids (the id column of an export)")
    retract.add_argument("--reason", required=True, help="why (shown with the claim, kept in its history)")
    add_db_and_by(retract)
    retract.set_defaults(handler=run_retract)
    restore = subparsers.add_parser("restore", help="bring retracted claims back")
    restore.add_argument("ids", nargs="+", metavar="ID", help="claim ids (the id column of an export)")
    restore.add_argument("--note", help="why (kept in the history)")
    add_db_and_by(restore)
    restore.set_defaults(handler=run_restore)


def run_retract(args: argparse.Namespace) -> int:
    changed = existing_store(args.db).retract(args.ids, args.reason, who=args.by)
    print_json({"retracted": changed, "already_retracted": [i for i in dict.fromkeys(args.ids) if i not in changed]})
    return 0


def run_restore(args: argparse.Namespace) -> int:
    changed = existing_store(args.db).restore(args.ids, who=args.by, note=args.note)
    print_json({"restored": changed, "were_not_retracted": [i for i in dict.fromkeys(args.ids) if i not in changed]})
    return 0
