"""``python -m mapdata history ID``: every change to a claim, oldest first — who, when, old → new, why.

One JSON object per entry, or ``--text`` for one readable line each, numbered as the app lists them
(``change``; 1 is the claim's creation). The history can only be read here: nothing in the command
line or the app edits it (an undo is a new entry).
"""

from __future__ import annotations

import argparse

from mapdata.cli.options import DB_HELP, existing_store, print_json

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "history": ("python -m mapdata history ID --text", "python -m mapdata history ID > history.jsonl")
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("history", help="print a claim's history (who changed what, when, why)")
    parser.add_argument("id", help="the claim's id")
    parser.add_argument("--text", action="store_true", help="readable lines instead of JSON")
    parser.add_argument("--db", help=DB_HELP)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # numbered as the app lists them (1 = the claim's creation): `undo ID N` names an edit so
    for number, entry in enumerate(existing_store(args.db).history(args.id), 1):
        if args.text:
            print(f"{number}. {entry.describe()}")
        else:
            print_json({"change": number, **entry.to_dict()})
    return 0
