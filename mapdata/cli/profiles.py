"""``python -m mapdata profiles``: the conflict profiles this run knows, and whether a file is valid.

One JSON line per profile (id, title, parties with colours, third parties, countries, where it
was read from), then one line per user file that could not be read. ``--profile FILE`` checks
a file before it goes into the profiles folder: an invalid one fails with its file and key.
"""

from __future__ import annotations

import argparse
import json

from mapdata.cli.options import add_profile_option, catalog_from

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "profiles": (
        "python -m mapdata profiles",
        "python -m mapdata profiles --profile my-conflict.toml   # check a file first",
    )
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("profiles", help="list the conflict profiles (bundled, yours, --profile FILE)")
    add_profile_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    catalog = catalog_from(args)
    for profile in catalog:
        print(
            json.dumps(
                {
                    "id": profile.id,
                    "title": profile.title,
                    "default": profile.id == catalog.default_id,
                    "parties": {p.name: p.colour for p in profile.parties},
                    "third_parties": [t.claimant for t in profile.third_parties],
                    "countries": list(profile.countries),
                    "from": profile.origin,
                },
                ensure_ascii=False,
            )
        )
    for problem in catalog.problems:
        print(json.dumps({"problem": str(problem)}, ensure_ascii=False))
    return 1 if catalog.problems else 0
