"""Retake the README's screenshots on real data, offline: the ACLED export for Armenia in ../shared.

    python3 scripts/screenshots.py [ACLED_CSV]

Imports the file into a temporary database, starts the app on it, and in headless Debian
chromium (every request off this machine blocked, so the pictures show what a user sees with no
internet) saves docs/screenshot.png: the map with the list of the densest spot (dates,
claimants, sides: facts, never ACLED's own note texts, which must not be copied into the
repository). Needs the test requirements and chromium.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "browser"), str(ROOT / "tests")]

from conftest import CHROMIUM, CHROMIUM_ARGS, LOCAL_HOSTS, running_app  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from mapdata.formats.importer import preview_path  # noqa: E402
from mapdata.mapview.basemap import prepare_basemap  # noqa: E402
from mapdata.store import Store  # noqa: E402
from maptools import click_spot, list_rows, main, open_map  # noqa: E402

DEFAULT_ACLED = ROOT.parent / "shared" / "data" / "acled_hdx_armenia_conflict_2018-2020.csv"
DENSEST = (39.7259, 45.185)  # 351 events near Areni


def main_script(acled: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "incidents.db"
        preview_path(acled).commit(Store(db))
        prepare_basemap()  # as `ceasefire-map app` does before the server starts
        with running_app(db, Path(tmp) / "server.log") as app, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 1500, "height": 950})
            context.route(
                "**/*", lambda r: r.continue_() if urlparse(r.request.url).hostname in LOCAL_HOSTS else r.abort()
            )
            page = context.new_page()
            page.set_default_timeout(120_000)
            frame = open_map(page, app.url)
            page.wait_for_timeout(3000)  # offline tiles drawn
            click_spot(page, frame, DENSEST)
            main(page).get_by_text("351 claims at Areni", exact=True).wait_for()
            list_rows(page)
            # Step back to the province around the spot, its list still open beside the map.
            frame.evaluate("([lat, lon]) => window.map.setView([lat, lon], 9, {animate: false})", list(DENSEST))
            page.mouse.move(5, 5)  # no tooltip over the picture
            page.wait_for_timeout(1500)
            page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
            browser.close()


if __name__ == "__main__":
    main_script(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ACLED)
