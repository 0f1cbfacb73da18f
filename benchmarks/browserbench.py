"""What the browser benchmarks share: a database of synthetic claims, the app served on it, the
map opened in headless Chromium with no internet, and the server's memory.

Not a benchmark itself (no ``main``); ``bench_map.py`` and ``bench_claims.py`` import it.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "browser"))

from mapdata.model import Incident
from mapdata.store import Store

MAP_IFRAME = "iframe[title='streamlit_folium.st_folium']"


def write_db(frame: pd.DataFrame, path: Path, seed: bool = False) -> None:
    """Save the synthetic claims of ``frame`` (model columns) into a new database at ``path``."""
    store = Store(path, seed=seed)
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    incidents = [Incident.create(**{**r, "date": r["date"].date().isoformat(), "origin": "csv"}) for r in records]
    store.save(incidents, origin="csv", label="synthetic benchmark")


@contextlib.contextmanager
def serve(db: Path, script: str = "app.py") -> Iterator[tuple[str, subprocess.Popen]]:
    """``streamlit run SCRIPT`` on ``db`` as ``ceasefire-map app`` starts it (``ui.serve``: the
    libraries imported before the server listens; the peer's page gets the same start): yields
    (url, server process); stopped afterwards."""
    from conftest import free_port, wait_healthy  # type: ignore

    port = free_port()
    env = dict(os.environ, MAPDATA_DB=str(db), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    command = [sys.executable, "-m", "ui.serve", "run", script, "--server.headless", "true"]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    server = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, server)
        yield url, server
    finally:
        server.terminate()
        server.wait(timeout=20)


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Headless Debian Chromium (the flags the browser tests use)."""
    from conftest import CHROMIUM, CHROMIUM_ARGS  # type: ignore
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def local_only(route) -> None:
    host = route.request.url.split("/")[2].split(":")[0]
    route.continue_() if host in {"127.0.0.1", "localhost"} else route.abort()


def new_page(browser):
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    page.set_default_timeout(120_000)
    page.route("**/*", local_only)
    return page


def wait_markers(page, n: int):
    """The map frame, once its layer holds all ``n`` incidents and has drawn markers/clusters."""
    map_frame = page.wait_for_selector(MAP_IFRAME).content_frame()
    map_frame.wait_for_function(
        "n => { const c = document.querySelector('.leaflet-container');"
        " return c && c.getAttribute('data-incidents-total') === String(n) && Number(c.getAttribute('data-incidents-drawn')) > 0; }",
        arg=n,
        timeout=120_000,
    )
    return map_frame


def open_map(browser, url: str, n: int) -> tuple[object, object, float]:
    """A new page at ``url``: (page, map frame, seconds from navigation to markers)."""
    page = new_page(browser)
    start = time.perf_counter()
    page.goto(url)
    frame = wait_markers(page, n)
    return page, frame, time.perf_counter() - start


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")
