"""``python -m mapdata gazetteer add FILE`` / ``gazetteer files``: the user's GeoNames country files.

``add`` checks a GeoNames country file (``AZ.txt`` or the ``AZ.zip`` GeoNames publishes, CC BY
4.0), keeps its populated places, heights and areas, and saves them in the user's data folder;
the offline gazetteer includes them from the next look-up on (its index is rebuilt once). Prints
one JSON object: the country, how many places were kept, how many rows were skipped and why.
``files`` lists each file by the name it was added under, with its country and the file its places
are kept in (one per country: ``KH.txt`` is kept as ``KH.tsv``).
"""

from __future__ import annotations

import argparse

from mapdata.cli.options import print_json
from mapdata.geo.dumps import add_dump, dumps_dir, saved_files

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "gazetteer": ("python -m mapdata gazetteer add ~/Downloads/AZ.zip", "python -m mapdata gazetteer files")
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gazetteer", help="add GeoNames country files (every village) to the gazetteer")
    actions = parser.add_subparsers(dest="gazetteer_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a GeoNames country file (e.g. AZ.zip or AZ.txt from GeoNames)")
    add.add_argument("file", help="the downloaded file (.zip or .txt, tab-separated, 19 columns)")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("files", help="list the country files added so far")
    listing.set_defaults(handler=run_files)


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
