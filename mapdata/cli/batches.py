"""``python -m mapdata batches`` and ``batch retract|restore BATCH``: every import, and undoing one.

Each import (and each save from the app) is a batch with its file name, format, time, who
ran it and its counts. Retracting a batch hides every claim it created, in one transaction;
restoring it brings back what that retraction hid. Claims the batch only updated existed
before it and are left as they are (their history shows what it changed).
"""

from __future__ import annotations

import argparse

import pandas as pd

from mapdata.cli.options import DB_HELP, add_db_and_by, existing_store, print_json

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "batches": ("python -m mapdata batches | head -1   # the newest import",),
    "batch": (
        'python -m mapdata batch retract BATCH --reason "wrong file"   # BATCH: an id from `batches`',
        'python -m mapdata batch restore BATCH --note "it was the right file"',
    ),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser("batches", help="list every import batch, newest first")
    listing.add_argument("--db", help=DB_HELP)
    listing.set_defaults(handler=run_list)
    batch = subparsers.add_parser("batch", help="retract or restore a whole import batch")
    actions = batch.add_subparsers(dest="batch_action", metavar="ACTION", required=True)
    retract = actions.add_parser("retract", help="hide every claim the batch created (one transaction)")
    retract.add_argument("batch", help="the batch id (see `batches`)")
    retract.add_argument("--reason", required=True, help="why (kept with each claim and in the history)")
    add_db_and_by(retract)
    retract.set_defaults(handler=run_retract)
    restore = actions.add_parser("restore", help="bring back what the batch's retraction hid")
    restore.add_argument("batch", help="the batch id (see `batches`)")
    restore.add_argument("--note", help="why (kept in the history)")
    add_db_and_by(restore)
    restore.set_defaults(handler=run_restore)


def run_list(args: argparse.Namespace) -> int:
    for record in existing_store(args.db).batches().to_dict("records"):
        print_json({key: _plain(value) for key, value in record.items()})
    return 0


def _plain(value: object) -> object:
    """A count read through pandas (a float where a column has gaps) as the whole number it is."""
    if pd.isna(value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def run_retract(args: argparse.Namespace) -> int:
    changed = existing_store(args.db).retract_batch(args.batch, args.reason, who=args.by)
    print_json({"batch": args.batch, "retracted": len(changed)})
    return 0


def run_restore(args: argparse.Namespace) -> int:
    changed = existing_store(args.db).restore_batch(args.batch, who=args.by, note=args.note)
    print_json({"batch": args.batch, "restored": len(changed)})
    return 0
