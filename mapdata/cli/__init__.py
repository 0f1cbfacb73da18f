"""``python -m mapdata`` / ``ceasefire-map``: the same core as the app, for scripts and batch work.

One module per command, each exposing ``register(subparsers)``; the handler it sets returns
the process exit code. :data:`COMMAND_MODULES` is the one registry (it also orders ``--help``).
Output is JSON (one object per line) unless stated; every failure is one ``error:`` line on stderr
(exit 1; 2 a usage error; 130 Ctrl-C; 143 SIGTERM), never a traceback: scripts and cron jobs rely on it.
``geocode`` alone has one more: 3, a name not found (every name still printed).
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading
from collections.abc import Sequence
from typing import NoReturn

from mapdata.errors import MapdataError

# Subcommand modules, in the order `--help` lists them.
COMMAND_MODULES = (
    "mapdata.cli.importing",  # import
    "mapdata.cli.exporting",  # export
    "mapdata.cli.geocode",  # geocode
    "mapdata.cli.gazetteer",  # gazetteer add|files|alias|aliases|unalias
    "mapdata.cli.extract",  # extract
    "mapdata.cli.info",  # info
    "mapdata.cli.edit",  # edit, undo
    "mapdata.cli.retract",  # retract, restore
    "mapdata.cli.review",  # review
    "mapdata.cli.history",  # history
    "mapdata.cli.batches",  # batches, batch retract|restore
    "mapdata.cli.profiles",  # profiles
    "mapdata.cli.app",  # app
)


class _Parser(argparse.ArgumentParser):
    """A usage error is one line too (argparse prints the whole usage block first), exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {self.prog}: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ceasefire-map",
        description="Ceasefire incident map: import, export, geocode, extract and correct the record from the command line.",
    )
    parser.add_argument(
        "--db",
        dest="db_before_command",
        metavar="DB",
        help="database file, for a command that takes one (the same as its own --db after the command)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(subparsers)
        for command, examples in module.EXAMPLES.items():
            _describe(subparsers.choices[command], module.__doc__ or "", examples)
    return parser


def _describe(parser: argparse.ArgumentParser, doc: str, examples: tuple[str, ...]) -> None:
    """``COMMAND --help`` says what the command does (its module's docstring) and shows examples;
    an action of it (``batch retract``) shows its own one-line help and the same examples."""
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.description = parser.description or doc.replace("``", "").strip()
    parser.epilog = "examples:\n" + "\n".join(f"  {line}" for line in examples)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                sub.formatter_class = argparse.RawDescriptionHelpFormatter
                sub.description = sub.description or helps.get(name)
                sub.epilog = parser.epilog


SAFE_STOP = (
    "every write is one transaction, so the database holds the whole of a write that "
    "finished and nothing of one that did not; `info` and `batches` show what it holds"
)


class Terminated(KeyboardInterrupt):
    """SIGTERM (``timeout``, a cron job's limit, ``kill``) as an interrupt, so it ends as Ctrl-C does:
    the transaction rolled back, one line said (a KeyboardInterrupt, so no ``except Exception`` swallows it)."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def _db_before_command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """``--db FILE`` before the command (``ceasefire-map --db FILE import x.csv``) is the command's
    own ``--db``: argparse read FILE as the command ("invalid choice"). A usage error for a command
    that takes no database, or for two different files."""
    before = args.db_before_command
    if before is None:
        return
    if not hasattr(args, "db"):
        parser.error(f"--db: the {args.command} command uses no database")
    if args.db is not None and args.db != before:
        parser.error(f"--db given twice, before and after the command, with different files ({before}, {args.db})")
    args.db = before


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure a scripting user can cause is one ``error:`` line on stderr.

    Exit codes: 0 done, 1 refused or failed (the line says why), 2 a usage error (argparse's), 130
    interrupted (Ctrl-C), 143 stopped by SIGTERM (as a shell reports those signals).
    """
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help()
            return 2
        _db_before_command(parser, args)
        if sys.stdout is None and args.command != "app":
            # `python -m mapdata info >&-`: Python makes print() to a closed standard output a no-op,
            # so the command "succeeded" with nothing written (walk6); refuse before doing anything.
            # (`app` only logs there; its page is what it serves.)
            raise MapdataError("standard output is closed: nothing was done; send the output to a file or a pipe")
        return int(args.handler(args) or 0)
    except MapdataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Terminated:
        print(f"error: stopped (SIGTERM): {SAFE_STOP}", file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print(f"error: interrupted (Ctrl-C): {SAFE_STOP}", file=sys.stderr)
        return 130
    except OSError as exc:  # a file that cannot be read, output that cannot be written (a full disk)
        where = f": {exc.filename}" if exc.filename else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
