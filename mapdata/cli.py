"""``python -m mapdata``: the same core as the app, for scripts and batch work.

Each subcommand lives in its own module exposing ``register(subparsers)``; the handler it
sets returns the process exit code. Output is JSON (one object per line) unless stated.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from mapdata.errors import MapdataError

# Subcommand modules, in the order `--help` lists them.
COMMAND_MODULES = (
    "mapdata.cli_io",        # import, export
    "mapdata.cli_geocode",   # geocode
    "mapdata.cli_extract",   # extract
    "mapdata.cli_info",      # info
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m mapdata",
        description="Ceasefire incident map: import, export, geocode and extract from the command line.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # not built yet
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except MapdataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
