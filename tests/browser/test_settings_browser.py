"""The Settings page in headless Chromium: a user saves their name and turns the online geocoder on;
after the server restarts, in a new session, both are as they were, and the name is the one other
pages say the history records. Nothing leaves the machine (the geocoder asks nothing on this page)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from conftest import LOCAL_HOSTS, running_app

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set


def new_page(browser, outside: list[str]):
    context = browser.new_context(viewport={"width": 1300, "height": 1000})

    def route(request_route):
        if urlparse(request_route.request.url).hostname in LOCAL_HOSTS:
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.set_default_timeout(90_000)
    return context, page


def test_the_name_and_the_geocoder_switch_survive_a_restart(browser, tmp_path: Path) -> None:
    db, config, outside = tmp_path / "incidents.db", tmp_path / "config", []
    env = {"XDG_CONFIG_HOME": str(config), "MAPDATA_USER": None, "MAPDATA_ONLINE_GEOCODER": None}
    with running_app(db, tmp_path / "first.log", extra_env=env) as server:
        context, page = new_page(browser, outside)
        page.goto(f"{server.url}/Settings")
        switch = page.get_by_role("switch", name="Look up unknown place names online")
        # (the page's first run draws it: on a loaded machine that takes longer than expect's 5 s)
        expect(switch).to_be_visible(timeout=90_000)
        expect(switch).not_to_be_checked()  # off by default
        expect(page.get_by_text("nothing leaves this computer")).to_be_visible()
        expect(page.get_by_text("https://nominatim.openstreetmap.org/")).to_be_visible()  # where names would go
        page.get_by_role("textbox", name="Your name").fill("Monitor Ana")
        page.get_by_role("button", name="Save name").click()
        expect(page.get_by_text("changes are recorded as Monitor Ana")).to_be_visible()
        page.get_by_text("Look up unknown place names online").click()
        expect(switch).to_be_checked()
        page.get_by_role("textbox", name="User agent").fill("monitor (me@example.org)")
        page.get_by_role("button", name="Save online look-up").click()
        expect(page.get_by_text("online look-up on.")).to_be_visible()
        if SHOTS:
            page.screenshot(path=os.path.join(SHOTS, "settings-saved.png"), full_page=True)
        context.close()
    assert "Monitor Ana" in (config / "ceasefire-map" / "settings.toml").read_text("utf-8")

    with running_app(db, tmp_path / "second.log", extra_env=env) as server:  # a restart, a new session
        context, page = new_page(browser, outside)
        page.goto(f"{server.url}/Settings")
        expect(page.get_by_role("textbox", name="Your name")).to_be_visible(timeout=90_000)
        expect(page.get_by_role("textbox", name="Your name")).to_have_value("Monitor Ana")
        expect(page.get_by_role("switch", name="Look up unknown place names online")).to_be_checked()
        expect(page.get_by_role("textbox", name="User agent")).to_have_value("monitor (me@example.org)")
        page.get_by_role("link", name="Import").first.click()  # the page menu
        expect(page.get_by_text("Changes are recorded in the history as Monitor Ana")).to_be_visible()
        context.close()
    assert outside == []
