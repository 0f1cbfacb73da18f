"""Where page open → markers goes (issue 17): the server's steps and the browser's, one JSON line a visit.

Usage: python3 benchmarks/map_probe.py DB

Serves the app on DB with ``MAPDATA_TIMING=1`` (the map page logs each step to stderr:
``ui/timing.py``), opens the map twice in headless Chromium (the first visit after the server
starts, then a later one), clicks a claim on the later visit, and prints for each visit the
seconds from navigation to: the websocket frame that carries the map (and its size), the map
component's frame starting, the incident layer attached, markers drawn; the layer's own build
time in the browser; and the server's steps of that visit's script run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from bench_scale import _click_a_marker
from browserbench import MAP_IFRAME, chromium, new_page
from conftest import free_port, wait_healthy  # type: ignore  # tests/browser (browserbench puts it on the path)

BIG_FRAME = 50_000  # websocket frames at least this large carry the map


def visit(browser, url: str, click: bool) -> dict:
    page = new_page(browser)
    start = time.time()
    events: dict[str, object] = {}

    def on_frame(payload) -> None:
        if len(payload) >= BIG_FRAME and "map_frame_seconds" not in events:
            events["map_frame_seconds"] = round(time.time() - start, 2)
            events["map_frame_mb"] = round(len(payload) / 2**20, 1)

    page.on("websocket", lambda ws: ws.on("framereceived", on_frame))
    page.goto(url)
    events["page_loaded_seconds"] = round(time.time() - start, 2)
    frame = page.wait_for_selector(MAP_IFRAME).content_frame()
    frame.wait_for_function("() => window.mapdataIncidentLayer", timeout=300_000)
    events["layer_attached_seconds"] = round(time.time() - start, 2)
    frame.wait_for_function(
        "() => Number(document.querySelector('.leaflet-container')?.getAttribute('data-incidents-drawn')) > 0",
        timeout=300_000,
    )
    events["markers_seconds"] = round(time.time() - start, 2)
    origin_ms, build_ms = frame.evaluate("() => [performance.timeOrigin, window.mapdataIncidentLayer.buildMs]")
    events["map_component_started_seconds"] = round(origin_ms / 1000 - start, 2)
    events["layer_build_ms"] = round(build_ms)
    if click:
        events.update(_click_a_marker(page, frame))
    page.close()
    return events


def main() -> None:
    db = Path(sys.argv[1]).resolve()
    port = free_port()
    env = dict(os.environ, MAPDATA_DB=str(db), MAPDATA_TIMING="1", STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    command = [sys.executable, "-m", "ui.serve", "run", "app.py", "--server.headless", "true"]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    with tempfile.TemporaryFile("w+") as log:
        server = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, server)
            with chromium() as browser:
                seen = 0
                for name in ("first", "later"):
                    record = {"visit": name, "load_average": os.getloadavg()[0], **visit(browser, url, name == "later")}
                    log.seek(0)
                    steps = [line.split() for line in log.read().splitlines() if line.startswith("mapdata-timing ")]
                    # "mapdata-timing <step name> <seconds> at <time>": this visit's steps (and its click's)
                    record["server_steps"] = [[" ".join(s[1:-3]), float(s[-3])] for s in steps[seen:]]
                    seen = len(steps)
                    print(json.dumps(record), flush=True)
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
