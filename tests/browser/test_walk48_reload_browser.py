"""walk48 items 1 and 2: a file of the app changed while the server ran (another person's commit in the
checkout, a ``git pull``), and a page then showed a traceback where it says why: a link to a claim the
database lacks showed ``UnknownRecordError`` and no map, "Retract this claim" with no reason showed
``MissingReasonError`` (and "Retract this whole import" the same).

Why: Streamlit's file watcher drops every module of the app from ``sys.modules`` when one of its files
changes, and the next run imports them anew, while the store it keeps (``st.cache_resource``) was made
by the old ones: its errors were of the old classes, which the pages' ``except`` clauses (of the new
ones) did not catch. The app now runs with the watcher off (``.streamlit/config.toml``,
``ceasefire-map app``): its code is the code it started with. A developer who turns the watcher on gets
a store of the new code after a reload (``ui.common.get_store``).

Each test runs the app from a copy of its files, changes one of them while a page is open, has that
page run again (the run that imports the modules anew when the watcher is on) and then opens the
link and the two retractions."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from conftest import REPO, running_app
from test_curation_browser import expander
from test_details_layout_browser import GORIS

from maptools import MAP_IFRAME, click_tab, main, open_expander, open_map, wait_idle

APP_FILES = ("app.py", "app_pages", "ui", "mapdata", ".streamlit")
PROMPT = "Click or tap a marker on the map to read the claim here"  # in ui/details.py
CHANGED = "Click or tap a marker on the map (code changed) to read the claim here"


def copy_of_the_app(folder: Path) -> Path:
    """The app's files in ``folder`` (its served files, ``static/``, linked: they are large and not changed)."""
    folder.mkdir()
    for name in APP_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, folder / name)
    (folder / "static").symlink_to(REPO / "static", target_is_directory=True)
    return folder


def change_a_module(checkout: Path) -> None:
    """Edit ui/details.py of the copy, as a commit would: its prompt says the new code is running."""
    details = checkout / "ui" / "details.py"
    text = details.read_text("utf-8")
    assert PROMPT in text
    details.write_text(text.replace(PROMPT, CHANGED), "utf-8")


def no_traceback(page) -> None:
    assert page.locator("[data-testid=stException]").count() == 0, main(page).inner_text()[:2000]


def walk(browser, url: str, checkout: Path, code_reloaded: bool) -> None:
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost") else route.abort()
        ),
    )
    try:
        first = context.new_page()
        first.set_default_timeout(90_000)
        open_map(first, f"{url}/?side=Armenia")
        expect(main(first).get_by_text(PROMPT)).to_be_visible()
        wait_idle(first)
        first.wait_for_timeout(1500)  # the server watches the modules this run imported once it has ended
        change_a_module(checkout)
        first.wait_for_timeout(2000)  # (the watcher sees the change)
        search = first.get_by_role("textbox", name="Search place, claimant, source, summary")
        search.fill("Sotk")
        search.press("Enter")  # a run of the open page: with the watcher on, it imports the app's modules anew
        first.get_by_text(re.compile(r"\d+ of 18 incidents shown")).first.wait_for()
        wait_idle(first)
        changed = main(first).get_by_text(CHANGED)
        if code_reloaded:
            expect(changed).to_be_visible()
        else:
            first.goto(f"{url}/?side=Armenia")  # a new visit too runs the code the server started with
            expect(main(first).get_by_text(PROMPT)).to_be_visible()
            expect(changed).to_have_count(0)

        page = context.new_page()
        page.set_default_timeout(90_000)
        # item 1: a link naming a claim this database lacks; its other filters kept
        open_map(page, f"{url}/?claim=acled%3AARM4701&side=Armenia")
        note = main(page).get_by_text("The claim this link names")
        note.wait_for()
        assert "No claim with this id is stored." in note.inner_text()
        no_traceback(page)
        query = parse_qs(urlparse(page.url).query)
        assert query.get("side") == ["Armenia"] and query.get("claim") == ["acled:ARM4701"]
        page.get_by_text(re.compile(r"^\d+ of 18 incidents shown")).first.wait_for()  # the map drawn, as linked
        assert page.locator(MAP_IFRAME).count() == 1

        # item 2: "Retract this claim" with the reason left empty
        open_map(page, f"{url}/?claim={GORIS}")
        page.locator(f"[data-claim-id='{GORIS}']").wait_for()
        wait_idle(page)
        correct = expander(page, "Correct this claim")
        open_expander(page, correct)
        click_tab(correct, "Retract")
        correct.get_by_role("button", name="Retract this claim").click()
        expect(main(page).get_by_text("Give a reason").first).to_be_visible()
        no_traceback(page)
        expect(main(page).get_by_text("This claim was retracted")).to_have_count(0)

        # and "Retract this whole import" with the reason left empty
        page.goto(f"{url}/Import")
        click_tab(page, "Past imports")
        panel = page.get_by_role("tabpanel", name="Past imports")
        panel.get_by_role("button", name="Retract this whole import").click()
        expect(panel.get_by_text("Give a reason")).to_be_visible()
        no_traceback(page)
        assert panel.get_by_text("Retracted:").count() == 0
    finally:
        context.close()


def test_a_changed_file_leaves_the_running_app_as_it_started(browser, tmp_path):
    """As shipped: the watcher is off, so the running app keeps its code; a link and the retractions say why."""
    checkout = copy_of_the_app(tmp_path / "app")
    with running_app(tmp_path / "incidents.db", tmp_path / "server.log", checkout=checkout) as server:
        walk(browser, server.url, checkout, code_reloaded=False)


def test_with_the_file_watcher_on_a_reload_still_says_why(browser, tmp_path):
    """A developer's choice (``--server.fileWatcherType auto``): the new code runs, with a store of its own."""
    checkout = copy_of_the_app(tmp_path / "app")
    options = ("--server.fileWatcherType", "auto")
    with running_app(tmp_path / "incidents.db", tmp_path / "server.log", options, checkout=checkout) as server:
        walk(browser, server.url, checkout, code_reloaded=True)
