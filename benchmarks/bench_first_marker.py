"""Time to the map's first marker in headless Chromium (review43 item 16: "the map is blank for 3–8 s").

Usage: python3 benchmarks/bench_first_marker.py [--visits N] [--only bundled|acled]

For each database — a fresh one with the bundled example claims, and the real ACLED export for
Armenia (3,994 events; skipped when ../shared is absent) — starts the app as ``ceasefire-map app``
does (``ui.serve``), opens the Map page N times (the first visit after the
server started, then later ones, each in a new page) and prints one JSON line a visit: seconds from
navigation to the page loaded, the websocket frame that carries the map (and its size), the map's
iframe there, the incident layer attached, the first marker drawn and the borders outline drawn, and at the
last two the seconds the page's renderer main thread had worked (``*_main_thread_seconds``, CDP TaskDuration:
less at the mercy of a busy machine than the seconds it waited); and, by the map's frame's own clock, the
milliseconds from its map's container to the first marker and to the borders (``map_to_marker_ms``,
``map_to_borders_ms``) and from navigation to the first marker (``first_marker_frame_seconds``). The server's own steps of a
visit: ``benchmarks/map_probe.py`` (``MAPDATA_TIMING=1``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
from browserbench import MAP_IFRAME, chromium, new_page, serve

from mapdata.store import Store

ACLED = REPO.parent / "shared" / "data" / "acled_hdx_armenia_conflict_2018-2020.csv"
MAP_MARK = "streamlit_folium"  # the websocket frame that carries the map names its component


def bundled_db(folder: Path) -> Path:
    path = folder / "bundled.db"
    Store(path)  # a new file is seeded with the example claims of every bundled conflict
    return path


def acled_db(folder: Path) -> Path | None:
    if not ACLED.exists():
        return None
    from mapdata.formats.importer import preview_path

    path = folder / "acled.db"
    preview_path(ACLED).commit(Store(path, seed=False))
    return path


# Installed in every frame before its scripts: when (the frame's own clock, ms; looked at every 5 ms) its map's container appeared and
# first said its markers were drawn and its borders; the map's own steps, apart from the app's before them.
CLOCK = """(() => {
    const at = {};
    window.mapdataClock = at;
    const look = setInterval(() => {  // polled: an observer on the component's document saw nothing
        const map = document.querySelector(".leaflet-container");
        if (!map) return;
        const now = performance.now();
        if (at.map === undefined) at.map = now, at.origin = performance.timeOrigin;
        if (at.marker === undefined && Number(map.getAttribute("data-incidents-drawn")) > 0) at.marker = now;
        if (at.borders === undefined && map.getAttribute("data-borders") !== null) at.borders = now;
        if (at.marker !== undefined && at.borders !== undefined) clearInterval(look);
    }, 5);
})();"""


def _task_seconds(cdp) -> float:
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    return round(metrics.get("TaskDuration", 0.0), 2)


def visit(browser, url: str) -> dict:
    page = new_page(browser)
    page.set_viewport_size({"width": 1400, "height": 1000})
    start = time.time()
    events: dict[str, object] = {}

    def on_frame(payload) -> None:
        text = payload.decode("latin-1") if isinstance(payload, bytes) else payload
        # (until 01c53db: the first frame over 20 KB, the map's 174 KB; now the map's frame is ~14 KB)
        if MAP_MARK in text and "map_div" in text and "map_frame_seconds" not in events:
            events["map_frame_seconds"] = round(time.time() - start, 2)
            events["map_frame_kb"] = round(len(payload) / 1024)

    def on_request(request) -> None:
        # the component's page asked for: the iframe is there (the selector below sees it later, on a busy main thread)
        if "index.html?streamlitUrl=" in request.url and "iframe_requested_seconds" not in events:
            events["iframe_requested_seconds"] = round(time.time() - start, 2)

    # the renderer's main-thread time (CDP Performance.TaskDuration): less at the mercy of a busy machine than seconds
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.add_init_script(CLOCK)
    page.on("websocket", lambda ws: ws.on("framereceived", on_frame))
    page.on("request", on_request)
    page.goto(url)
    events["page_loaded_seconds"] = round(time.time() - start, 2)
    frame = page.wait_for_selector(MAP_IFRAME, timeout=300_000).content_frame()
    events["iframe_seconds"] = round(time.time() - start, 2)
    frame.wait_for_function("() => window.mapdataIncidentLayer", timeout=300_000)
    events["layer_attached_seconds"] = round(time.time() - start, 2)
    frame.wait_for_function(
        "() => Number(document.querySelector('.leaflet-container')?.getAttribute('data-incidents-drawn')) > 0",
        timeout=300_000,
        polling=50,
    )
    events["first_marker_seconds"] = round(time.time() - start, 2)
    events["first_marker_main_thread_seconds"] = _task_seconds(cdp)
    # the borders outline: inline in the map's script until 01c53db, fetched by the map since (data-borders)
    frame.wait_for_function(
        "() => Number(document.querySelector('.leaflet-container')?.getAttribute('data-borders')) > 0"
        " || document.querySelectorAll('.leaflet-container path[stroke=\"#222\"]').length > 0",
        timeout=300_000,
        polling=50,
    )
    events["borders_seconds"] = round(time.time() - start, 2)
    events["borders_main_thread_seconds"] = _task_seconds(cdp)
    # what the borders waited for (since round 45: "incidents", or "wait" when none came); None before
    events["borders_after"] = frame.evaluate(
        "() => document.querySelector('.leaflet-container').getAttribute('data-borders-after')"
    )
    clock = frame.evaluate("() => window.mapdataClock")
    events["map_to_marker_ms"] = round(clock["marker"] - clock["map"])
    events["map_to_borders_ms"] = round(clock["borders"] - clock["map"])
    # the first marker by the frame's clock, from navigation: the wait above only sees it once the frame's
    # main thread is free again, after whatever task came next (the borders, drawn just after the markers)
    events["first_marker_frame_seconds"] = round((clock["origin"] + clock["marker"]) / 1000 - start, 2)
    page.close()
    return events


def run(name: str, db: Path, visits: int) -> None:
    started = time.time()
    with serve(db) as (url, _server):
        healthy = round(time.time() - started, 2)
        with chromium() as browser:
            for number in range(visits):
                record: dict[str, object] = {"data": name, "visit": "first" if number == 0 else "later"}
                if number == 0:
                    record["server_healthy_seconds"] = healthy
                record.update(visit(browser, url))
                record["load_average"] = round(os.getloadavg()[0], 2)
                print(json.dumps(record), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=3)
    parser.add_argument("--only", choices=["bundled", "acled"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        databases = {"bundled": bundled_db, "acled": acled_db}
        for name, make in databases.items():
            if args.only and name != args.only:
                continue
            db = make(Path(folder))
            if db is None:
                print(json.dumps({"data": name, "skipped": f"{ACLED} is absent"}), flush=True)
                continue
            run(name, db, args.visits)


if __name__ == "__main__":
    main()
