"""``python -m mapdata info``: which database is in use and what it holds."""

from __future__ import annotations

import argparse
import json

from mapdata.cli.options import existing_store

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "info": ("python -m mapdata info", "python -m mapdata info --db ~/work/other.db")
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("info", help="show the database in use and its counts")
    parser.add_argument("--db", help="database file (default: $MAPDATA_DB or the per-user file)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = existing_store(args.db)
    frame = store.frame()
    print(
        json.dumps(
            {
                "db": str(store.path),
                "incidents": len(frame),
                "retracted": store.count(include_retracted=True) - len(frame),  # kept in the file, hidden
                "by_review_status": {str(k): int(v) for k, v in frame["review_status"].value_counts().items()},
                "by_conflict": {str(k): int(v) for k, v in frame["conflict"].value_counts().items()},
                "by_reporting_side": {str(k): int(v) for k, v in frame["reporting_side"].value_counts().items()},
                "first_date": frame["date"].min().date().isoformat() if len(frame) else None,
                "last_date": frame["date"].max().date().isoformat() if len(frame) else None,
            },
            ensure_ascii=False,
        )
    )
    return 0
