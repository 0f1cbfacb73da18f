"""``python -m mapdata extract FILE``: the incidents a report describes, as JSON, for review.

Reads ``url:`` / ``published:`` / ``outlet:`` header lines when present; options override them.
Nothing is saved: the output is a proposal (``-`` reads the report from standard input).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from mapdata.cli.options import add_profile_option, catalog_from
from mapdata.errors import MapdataError
from mapdata.extract import MAX_CHARS, extract
from mapdata.extract.lexicon import detect_profile
from mapdata.extract.llm import LLM_MODEL_ENV, LLM_URL_ENV, model_settings, read_with_model
from mapdata.model import parse_date

# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "extract": (
        "python -m mapdata extract report.txt --published 2023-05-12 > proposals.json",
        "python -m mapdata extract - --conflict india-pakistan < report.txt",
        'for f in reports/*.txt; do python -m mapdata extract "$f" > "${f%.txt}.json"; done',
    )
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="propose incidents from a news report (prints JSON, saves nothing)")
    parser.add_argument("file", help="a plain-text report (.txt), or - for standard input")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (default: the file's published: line)")
    parser.add_argument("--outlet", help="the outlet that published the report")
    parser.add_argument("--url", help="the report's address")
    parser.add_argument(
        "--conflict", help="the conflict profile to read it with (default: the one the text names most)"
    )
    add_profile_option(parser)
    parser.add_argument(
        "--reader",
        choices=("rules", "model"),
        default="rules",
        help="rules (default, offline) or the language model at $MAPDATA_LLM_URL ($MAPDATA_LLM_MODEL): the text is sent there",
    )
    parser.add_argument(
        "--db", help="use the place aliases saved in this database (opened read-only; default: $MAPDATA_DB when set)"
    )
    parser.set_defaults(handler=run)


def _read(name: str) -> str:
    if name == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise MapdataError("standard input is closed: pipe the report in, or give its file")
        return sys.stdin.read(MAX_CHARS * 4 + 1)
    path = Path(name)
    if path.is_dir():
        raise MapdataError(f"{name}: is a folder, not a report; give one report's file")
    if not path.is_file():
        raise MapdataError(f"{name}: no such file")
    with path.open("rb") as handle:
        raw = handle.read(MAX_CHARS * 4 + 1)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _saved_aliases(db: str | None) -> dict | None:
    """The user's aliases ("Zod" -> Sotk) from ``db``; read-only, so extracting never writes."""
    if not db or not Path(db).expanduser().is_file():
        return None
    from mapdata.geo.placebook import PlaceBook
    from mapdata.store import Store

    return PlaceBook(Store(Path(db).expanduser(), read_only=True)).aliases()


def run(args: argparse.Namespace) -> int:
    published = parse_date(args.published, "--published", required=False) if args.published else None
    catalog = catalog_from(args)
    text = _read(args.file)
    if args.conflict:
        if args.conflict not in catalog:
            raise MapdataError(f"--conflict: unknown conflict {args.conflict!r}; known: {', '.join(catalog.ids)}")
        profile = catalog.require(args.conflict)
        reason = "chosen by the user"
    else:
        profile, reason = detect_profile(text, catalog)
    if args.reader == "model":
        settings = model_settings()
        if settings is None:
            raise MapdataError(f"--reader model needs {LLM_URL_ENV} and {LLM_MODEL_ENV} (your model server and model)")
        result = read_with_model(text, profile, settings, published=published, outlet=args.outlet, url=args.url)
    else:
        result = extract(
            text,
            published=published,
            outlet=args.outlet,
            url=args.url,
            aliases=_saved_aliases(args.db or os.environ.get("MAPDATA_DB")),
            profile=profile,
        )
    result.conflict_reason = reason  # (walk4: a detected conflict was said to be the user's choice)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    return 0
