"""One real Streamlit server and one headless Debian Chromium per test module, with no internet.

Every request to a host other than this machine is blocked and recorded, so a test can assert
that nothing but map tiles ever tried to leave (CDN scripts, fonts, telemetry would show here).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from mapdata.errors import StoreError
from mapdata.mapview.basemap import prepare_basemap
from mapdata.store import Store

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# The online base layers of the map (only with MAPDATA_ONLINE_TILES=1); the only outside hosts a page may ask for.
TILE_HOST_SUFFIXES = ("tile.openstreetmap.org", "tile.opentopomap.org", "server.arcgisonline.com")


def free_port() -> int:
    """A free port: the first free one of ``MAPDATA_TEST_PORTS`` ("8721-8729") when set (a shared machine that
    gives a run its ports), else any the system gives. Under pytest-xdist each worker takes its own share of
    the range, so two workers never pick the same port between its test and its server's start."""
    first, _, last = os.environ.get("MAPDATA_TEST_PORTS", "").partition("-")
    candidates: Sequence[int] = range(int(first), int(last or first) + 1) if first.strip() else [0]
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    if first.strip() and workers > 1:
        candidates = candidates[worker::workers] or candidates
    for port in candidates:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError(f"no free port in MAPDATA_TEST_PORTS={os.environ['MAPDATA_TEST_PORTS']}")


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not become healthy at {url} within {timeout:.0f} s")


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database file the server uses (created and seeded by the app on first use)."""
    return tmp_path_factory.mktemp("browser-db") / "incidents.db"


@pytest.fixture(scope="module")
def streamlit_options() -> tuple[str, ...]:
    """Extra ``streamlit run`` options; a test module overrides this fixture to start the app differently."""
    return ()


@pytest.fixture(scope="module")
def app_env() -> dict[str, str | None]:
    """Environment the server gets on top of the test process's (None: unset); a module overrides it."""
    return {}


@dataclass
class AppServer:
    url: str
    process: subprocess.Popen
    log: Path | None = None


@pytest.fixture(scope="module")
def app_url(app_server: AppServer) -> str:
    return app_server.url


@pytest.fixture(scope="session", autouse=True)
def offline_basemap() -> None:
    """Write the offline tiles and place labels before the first server starts, as `ceasefire-map app`
    does. `streamlit run` alone writes them on a first start while the map page waits for them
    (test_first_basemap_browser.py checks that, in a folder of its own); here no server waits."""
    prepare_basemap()


@contextmanager
def running_app(
    db: Path,
    log_path: Path,
    options: Sequence[str] = (),
    extra_env: Mapping[str, str | None] | None = None,
    checkout: Path = REPO,
) -> Iterator[AppServer]:
    """``streamlit run app.py`` (through ``ui.serve``, as ``ceasefire-map app`` does) on a free port with its own database; killed on leaving.

    ``extra_env``: variables set for the server (None: removed); ``checkout``: the folder it runs from (a
    copy of the app's files, for a test that changes them while the server runs)."""
    port = free_port()
    env = dict(os.environ, MAPDATA_DB=str(db), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    # The user's settings file of a server of its own (the Settings page writes it): never the developer's.
    env["XDG_CONFIG_HOME"] = str(log_path.parent / "config")
    for name, value in (extra_env or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui.serve",  # as `ceasefire-map app` starts it: streamlit, the map's libraries imported first
                "run",
                "app.py",
                "--server.headless",
                "true",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                *options,
            ],
            cwd=checkout,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, process)
            yield AppServer(url, process, log_path)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """A failed browser test's report ends with its server's last log lines (a traceback, a reader that
    did not start): what the page waited for may never have come because the server failed."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.stash[CALL_FAILED] = report.failed
    server = getattr(item, "funcargs", {}).get("app_server")
    log = getattr(server, "log", None)
    if report.failed and isinstance(log, Path) and log.exists():
        tail = log.read_text(errors="replace").splitlines()[-60:]
        report.sections.append(("streamlit server log (last 60 lines)", "\n".join(tail)))


@pytest.fixture(scope="module")
def app_server(
    app_db: Path,
    tmp_path_factory: pytest.TempPathFactory,
    streamlit_options: tuple[str, ...],
    app_env: dict[str, str | None],
):
    """The app on this module's database, for every test of the module."""
    log = tmp_path_factory.mktemp("streamlit-log") / "server.log"
    with running_app(app_db, log, streamlit_options, app_env) as server:
        yield server


@pytest.fixture(autouse=True)
def no_draft_left(request: pytest.FixtureRequest) -> None:
    """Each test opens Add report as a new visitor to the module's server: the draft an earlier test of the module
    left in its database (kept across sessions by design, fix53: a reload gives the paste back) is removed first,
    so a report, a date or a notice of another test is never in the form a test starts from."""
    if "app_server" not in request.fixturenames:
        return
    db: Path = request.getfixturevalue("app_db")
    if not db.exists():
        return
    try:
        store = Store(db, seed=False)
        if store.draft() is not None:
            store.discard_draft()
    except StoreError:
        pass  # (a database the module opens read-only: no test wrote a draft into it)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class OutsideRequests:
    """Requests the page tried to send off this machine (all were blocked)."""

    urls: list[str] = field(default_factory=list)

    def hosts(self) -> set[str]:
        return {urlparse(url).hostname or "" for url in self.urls}

    def not_tiles(self) -> list[str]:
        return [u for u in self.urls if not (urlparse(u).hostname or "").endswith(TILE_HOST_SUFFIXES)]


@pytest.fixture
def outside_requests() -> OutsideRequests:
    return OutsideRequests()


@pytest.fixture
def page(browser, outside_requests: OutsideRequests, request: pytest.FixtureRequest):
    """A fresh page (own cookies/session) that can only reach this machine; what it shows is printed
    when the test fails."""
    context = browser.new_context(viewport={"width": 1500, "height": 1000})

    def route(request_route):
        host = urlparse(request_route.request.url).hostname
        if host in LOCAL_HOSTS:
            request_route.continue_()
        else:
            outside_requests.urls.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.set_default_timeout(90_000)  # the machine is shared: a first page load can take a minute
    yield page
    if request.node.stash.get(CALL_FAILED, False):
        print_page_text(page)
    context.close()


from maptools import MAP_IFRAME, print_page_text


@pytest.fixture
def map_frame():
    """``map_frame(page)`` → the map component's frame once its incident layer has drawn.

    Go through the iframe element: this Chromium does not list the component's frame in
    ``page.frames`` until something asks for its content frame.
    """

    def find(page, timeout_ms: float = 30_000):
        frame = page.wait_for_selector(MAP_IFRAME, timeout=timeout_ms).content_frame()
        frame.wait_for_selector(".leaflet-container[data-incidents-total]", timeout=timeout_ms)
        return frame

    return find
