"""A million claims (issue 17): import, the app server's memory, page → markers, filter, click,
with the same page drawn by ``st.pydeck_chart`` measured beside ours in one browser run. JSON lines.

Usage: python3 benchmarks/bench_scale.py [--sizes 10000,100000,1000000] [--no-browser] [--no-peer] [--import-only]
       python3 benchmarks/bench_scale.py --db EXISTING.db [--no-browser] [--no-peer]

For each size, the claims are the rows of the real ACLED export for Armenia (../shared/data,
required) repeated with up to 5 km of jitter and fresh event ids, written as an ACLED CSV in a
temporary folder (never stored elsewhere), so the density is real: many claims per village per
day. Then:

* ``import``   - ``python -m mapdata import FILE --db DB`` in a child process: seconds, CPU
  seconds (user + system: steadier than seconds on a loaded machine) and the child's peak
  resident memory; then the same file again: the very same file with nothing written since is
  answered from its import batch's record without reading a row (``reimport_unchanged_file``);
* ``data path`` - in a child process, what the server does before the first page can draw:
  open the store, read its frame, get the clashes, build the map payload; seconds and peak
  memory; ``_cold`` without the caches beside the database (the snapshot and the clashes: as
  after an upgrade or ``import --no-prepare``), ``_prepared`` with them (after an import);
* ``browser``  - ``streamlit run app.py`` on that database in headless Chromium, no internet:
  page open → markers on the first visit after the server starts and on a later visit; a date
  filter (one year) → the map's updated count; a click on a marker → its details; the server's
  peak resident memory (VmHWM) at the end (killed above ``--server-limit-mb``, and said so);
* ``peer``     - ``streamlit run benchmarks/pydeck_peer.py`` (same loading and filters, the
  filtered points drawn as one deck.gl ScatterplotLayer): page open → points painted, first
  visit and later; and ours / peer.

Targets at 1,000,000: import ≤ 60 s and ≤ 2 GB, re-import ≤ 30 s, server ≤ 4 GB, page →
markers ≤ 10 s first / ≤ 5 s later, filter ≤ 1.5 s, click ≤ 1 s; at 100,000 first visit ≤ 4 s.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import math
import os
import platform
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from browserbench import chromium, new_page, peak_rss_mb, serve, wait_markers

from mapdata.store import Store
from maptools import page_point

ACLED = REPO.parent / "shared" / "data" / "acled_hdx_armenia_conflict_2018-2020.csv"
KM_PER_DEGREE = 111.195
FILTER_YEAR = 2019


def acled_csv(n: int, path: Path, seed: int = 17) -> None:
    """``n`` ACLED rows: the real export's rows repeated, each copy moved up to 5 km, new ids."""
    with ACLED.open(encoding="utf-8", newline="") as source:
        reader = csv.reader(source)
        header = next(reader)
        hxl = next(reader)
        rows = list(reader)
    col = {name: k for k, name in enumerate(header)}
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(rows), n)
    distance = 5.0 * np.sqrt(rng.uniform(0, 1, n))
    angle = rng.uniform(0, 2 * math.pi, n)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerow(hxl)
        for k in range(n):
            row = list(rows[pick[k]])
            lat = float(row[col["latitude"]])
            lon = float(row[col["longitude"]])
            row[col["latitude"]] = f"{lat + distance[k] * math.cos(angle[k]) / KM_PER_DEGREE:.5f}"
            row[col["longitude"]] = (
                f"{lon + distance[k] * math.sin(angle[k]) / (KM_PER_DEGREE * math.cos(math.radians(lat))):.5f}"
            )
            row[col["event_id_cnty"]] = f"{row[col['event_id_cnty']]}-{k}"
            writer.writerow(row)


def timed_child(command: list[str]) -> tuple[float, float, str, float]:
    """(seconds, peak resident MiB, stdout, CPU seconds) of one child process (its own rusage, via
    wait4). The CPU seconds vary less than the wall-clock ones when other programs load the machine."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        # A million rows make a ~460 MB CSV: over the importer's default 200 MB limit.
        env = dict(os.environ, MAPDATA_MAX_UPLOAD_MB=os.environ.get("MAPDATA_MAX_UPLOAD_MB", "4096"))
        child = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode:
            raise RuntimeError(f"{command} failed: {err.read()[-2000:]}")
        return seconds, usage.ru_maxrss / 1024, out.read(), usage.ru_utime + usage.ru_stime


def bench_import(csv_path: Path, db: Path) -> dict:
    command = [sys.executable, "-m", "mapdata", "import", str(csv_path), "--db", str(db)]
    first_s, first_mb, out, first_cpu = timed_child(command)
    again_s, again_mb, again_out, again_cpu = timed_child(command)
    return {
        "import_seconds": round(first_s, 1),
        "import_cpu_seconds": round(first_cpu, 1),
        "import_peak_rss_mb": round(first_mb),
        "reimport_seconds": round(again_s, 1),
        "reimport_cpu_seconds": round(again_cpu, 1),
        "reimport_peak_rss_mb": round(again_mb),
        "imported": json.loads(out.splitlines()[-1]).get("new"),
        # Of the import's seconds: bringing the snapshot and the clashes up to date for the app.
        "import_of_which_prepare_seconds": json.loads(out.splitlines()[-1]).get("prepared_seconds"),
        "reimport_of_which_prepare_seconds": json.loads(again_out.splitlines()[-1]).get("prepared_seconds"),
        "reimport_unchanged": json.loads(again_out.splitlines()[-1]).get("unchanged"),
        # True when the re-import found the very same file imported and nothing written since.
        "reimport_unchanged_file": json.loads(again_out.splitlines()[-1]).get("unchanged_file", False),
    }


def data_path(db: Path) -> dict:
    """What the app server does before the first page can draw, timed step by step in this
    process: open the store, read its frame, get the clashes (as the server does: from the file
    beside the database when it holds them), build the map payload (unfiltered)."""
    from mapdata.claims.cache import CLASHES_SUFFIX, cached_clashes
    from mapdata.mapview import incident_payload

    start = time.perf_counter()
    store = Store(db)
    opened = time.perf_counter()
    frame = store.frame()
    read = time.perf_counter()
    clashes = cached_clashes(frame, store.cache_path(CLASHES_SUFFIX))
    grouped = time.perf_counter()
    payload = incident_payload(frame, status=clashes.status)
    built = time.perf_counter()
    return {
        "open_store_seconds": round(opened - start, 2),
        "read_frame_seconds": round(read - opened, 2),
        "clashes_seconds": round(grouped - read, 2),
        "payload_seconds": round(built - grouped, 2),
        "payload_mb": round(len(payload) / 2**20, 1),
    }


CACHES = ("-snapshot.arrow", "-snapshot.json", "-clashes.npz")  # beside the database (README)


@contextlib.contextmanager
def caches_aside(db: Path) -> Iterator[None]:
    """The database without its caches (moved aside meanwhile; those made meanwhile are removed
    and the old ones put back)."""
    paths = [db.with_name(db.name + suffix) for suffix in CACHES]
    moved = []
    for path in paths:
        if path.exists():
            path.rename(path.with_name(path.name + ".aside"))
            moved.append(path)
    try:
        yield
    finally:
        for path in paths:
            path.unlink(missing_ok=True)
        for path in moved:
            path.with_name(path.name + ".aside").replace(path)


def bench_data_path(db: Path) -> dict:
    """:func:`data_path` in a child process, without the caches beside the database (cold: as
    after an upgrade, or an import run with --no-prepare) and with them (after an import); the
    figures and each child's peak resident memory."""
    record: dict[str, object] = {}
    for kind in ("cold", "prepared"):
        with caches_aside(db) if kind == "cold" else contextlib.nullcontext():
            _, peak_mb, out, _ = timed_child([sys.executable, str(Path(__file__).resolve()), "--data-path", str(db)])
        figures = json.loads(out.splitlines()[-1])
        record.update({f"{name}_{kind}": value for name, value in figures.items()})
        record[f"data_path_peak_rss_mb_{kind}"] = round(peak_mb)
    return record


@contextlib.contextmanager
def rss_guard(pid: int, limit_mb: float) -> Iterator[dict]:
    """Kill process ``pid`` if its resident memory passes ``limit_mb`` (the issue saw a server grow
    past 24 GB): the machine is shared. Yields a dict that says whether it had to."""
    state: dict[str, object] = {"killed": False}
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.5):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                return
            rss_mb = next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0)
            if rss_mb > limit_mb:
                state["killed"] = round(rss_mb)
                os.kill(pid, signal.SIGKILL)
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield state
    finally:
        done.set()
        watcher.join()


def _set_year(page, year: int) -> None:
    sidebar = page.locator("[data-testid=stSidebar]")
    for which, (month, day) in (("start", (1, 1)), ("end", (12, 31))):
        for part, text in (("year", f"{year}"), ("month", f"{month:02d}"), ("day", f"{day:02d}")):
            sidebar.get_by_role("spinbutton", name=f"{part}, Date range {which} date").click()
            page.keyboard.type(text)
    page.keyboard.press("Escape")


def _total(frame) -> int:
    return int(frame.evaluate("document.querySelector('.leaflet-container').getAttribute('data-incidents-total')"))


def bench_ours(browser, url: str, n: int, server, record: dict[str, object]) -> None:
    """Fill ``record`` step by step (a step that fails leaves the figures before it)."""
    for visit in ("first", "later"):
        page = new_page(browser)
        start = time.perf_counter()
        page.goto(url)
        frame = wait_markers(page, n)
        record[f"page_to_markers_seconds_{visit}"] = round(time.perf_counter() - start, 2)
        if visit == "first":
            page.close()
    _set_year(page, FILTER_YEAR)
    start = time.perf_counter()
    page.locator("[data-testid=stSidebar]").get_by_text(
        "Filters", exact=True
    ).first.click()  # leaving the field commits it
    frame.wait_for_function(
        "n => Number(document.querySelector('.leaflet-container').getAttribute('data-incidents-total')) < n",
        arg=n,
        timeout=120_000,
    )
    record["filter_to_map_seconds"] = round(time.perf_counter() - start, 2)
    record["incidents_after_filter"] = _total(frame)
    record.update(_click_a_marker(page, frame))


def _click_a_marker(page, frame) -> dict:
    """Zoom onto one claim and click it; seconds until the details panel shows it.

    Large sets are drawn on a canvas (no element per marker), so the click is at the claim's
    position on screen, with the legend folded away first.
    """
    if frame.locator("details.mapdata-legend[open]").count():
        frame.locator("details.mapdata-legend summary").click()
    lat, lon = frame.evaluate(
        """() => { const d = window.mapdataIncidentLayer._data;
        window.map.setView([d.lat[0], d.lon[0]], window.map.getMaxZoom(), {animate: false});
        return [d.lat[0], d.lon[0]]; }"""
    )
    frame.wait_for_timeout(1000)  # the layer redraws for the new view
    start = time.perf_counter()
    page.mouse.click(*page_point(page, frame, lat, lon))
    page.get_by_text("Every field of this claim").first.wait_for(timeout=120_000)
    return {"click_to_details_seconds": round(time.perf_counter() - start, 2)}


def bench_peer(browser, url: str) -> dict:
    record: dict[str, object] = {}
    for visit in ("first", "later"):
        page = new_page(browser)
        start = time.perf_counter()
        page.goto(url)
        chart = page.locator("[data-testid=stDeckGlJsonChart]")
        chart.wait_for(timeout=300_000)
        page.get_by_text(" points").first.wait_for(timeout=300_000)
        _wait_painted(chart)
        record[f"peer_page_to_points_seconds_{visit}"] = round(time.perf_counter() - start, 2)
        page.close()
    return record


def _wait_painted(chart, timeout: float = 300.0) -> None:
    """Until the deck.gl canvas shows coloured points (a screenshot of the chart, polled)."""
    from io import BytesIO

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        png = chart.screenshot()
        try:
            from PIL import Image

            pixels = np.asarray(Image.open(BytesIO(png)).convert("RGB"), dtype=np.int16)
            coloured = (np.abs(pixels[..., 0] - pixels[..., 2]) > 60).sum()  # blue or red points
        except ImportError:  # no Pillow: the PNG grows with what is drawn
            coloured = len(png) > 20_000
        if coloured > 50:
            return
        time.sleep(0.2)
    raise TimeoutError("the deck.gl chart drew nothing")


def run(
    n: int,
    browser_too: bool,
    peer_too: bool,
    server_limit_mb: float = 8000,
    data_path_too: bool = True,
    existing: Path | None = None,
) -> dict:
    record: dict[str, object] = {"benchmark": "scale", "incidents": n}
    with tempfile.TemporaryDirectory() as tmp:
        if existing is None:
            csv_path, db = Path(tmp) / "acled.csv", Path(tmp) / "scale.db"
            acled_csv(n, csv_path)
            record["csv_mb"] = round(csv_path.stat().st_size / 2**20)
            record.update(bench_import(csv_path, db))
        else:  # a database made earlier (e.g. by an import of this script's CSV): no import
            db = existing
        total = Store(db).count()  # the imported claims and the bundled ones
        record["incidents"] = total
        if data_path_too:
            record.update(bench_data_path(db))
        if browser_too:
            with chromium() as browser:
                with serve(db) as (url, server), rss_guard(server.pid, server_limit_mb) as guard:
                    try:
                        bench_ours(browser, url, total, server, record)
                    except Exception as exc:  # report what failed, keep the other figures
                        record["ours_failed"] = f"{type(exc).__name__}: {str(exc)[:200]}"
                    with contextlib.suppress(OSError):
                        record["server_peak_rss_mb"] = round(peak_rss_mb(server.pid), 0)
                    if guard["killed"]:
                        record["server_killed_at_rss_mb"] = guard["killed"]
                        return record
                if peer_too:
                    with serve(db, script="benchmarks/pydeck_peer.py") as (url, _server):
                        record.update(bench_peer(browser, url))
                    for visit in ("first", "later"):
                        ours, peer = (
                            record.get(f"page_to_markers_seconds_{visit}"),
                            record.get(f"peer_page_to_points_seconds_{visit}"),
                        )
                        if ours and peer:
                            record[f"ours_over_peer_{visit}"] = round(ours / peer, 2)  # type: ignore[operator]
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument(
        "--import-only", action="store_true", help="only the import and re-import (implies --no-browser)"
    )
    parser.add_argument("--server-limit-mb", type=float, default=8000, help="kill the app server above this RSS")
    parser.add_argument("--data-path", type=Path, help=argparse.SUPPRESS)  # child mode: time data_path(DB)
    parser.add_argument(
        "--db", type=Path, help="measure this existing database (data path, browser) instead of importing --sizes"
    )
    args = parser.parse_args()
    if args.data_path:
        print(json.dumps(data_path(args.data_path)), flush=True)
        return
    if not ACLED.exists():
        raise SystemExit(f"{ACLED} is needed (the real ACLED export the claims are made from)")
    print(
        json.dumps(
            {
                "benchmark": "machine",
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "load_average": os.getloadavg(),
                "platform": platform.platform(),
            }
        ),
        flush=True,
    )
    browser_too = not (args.no_browser or args.import_only)
    if args.db:
        print(json.dumps(run(0, browser_too, not args.no_peer, args.server_limit_mb, existing=args.db)), flush=True)
        return
    for n in (int(s) for s in args.sizes.split(",")):
        record = run(n, browser_too, not args.no_peer, args.server_limit_mb, data_path_too=not args.import_only)
        print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
