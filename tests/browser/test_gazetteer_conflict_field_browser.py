"""Gazetteer → Unresolved places in headless Chromium with claims of every conflict stored (review of round
42, item 14): a name from a report with no outlet and a long address is listed with its conflict (the
title had been cut off with the note: "conflict not recorded"), and a name of no recorded conflict opens
its pick map on the default conflict, not on every stored claim at once (Lebanon to Cambodia)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from mapdata.geo.placebook import PlaceBook
from mapdata.profiles import default_catalog
from mapdata.store import Store
from mapdata.store.bundled import EXAMPLES_ENV

pytestmark = pytest.mark.browser

from maptools import click_tab, sized_page, wait_idle
from tests.browser.test_gazetteer_unresolved_conflict_browser import _view

THAI = "Ban Zzyxkhok"
OLD = "Post 41"
LONG_URL = "https://news.example.org/" + "a-very-long-slug-" * 40 + "?utm_source=feed"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser-db") / "incidents.db"
    before = os.environ.get(EXAMPLES_ENV)
    os.environ[EXAMPLES_ENV] = "all"  # a user's first database: every conflict's examples
    try:
        book = PlaceBook(Store(path))
    finally:
        if before is None:
            os.environ.pop(EXAMPLES_ENV, None)
        else:
            os.environ[EXAMPLES_ENV] = before
    # as Add report notes a name of a report with no outlet: the address, then the conflict (600 characters)
    for _ in range(2):  # seen more often: listed first
        book.note_unresolved([(THAI, f"report: {LONG_URL} · Thailand–Cambodia", "not in the gazetteer")])
    book.note_unresolved([(OLD, "report: Old Wire", "not in the gazetteer")])  # a note of before: no conflict
    return path


def test_the_conflict_is_listed_and_framed_from_the_data(browser, app_url) -> None:
    catalog = default_catalog()
    thai, default = catalog["thailand-cambodia"].extent, catalog.default.extent
    with sized_page(browser, 1400, 1000) as page:
        page.goto(f"{app_url}/Gazetteer")
        click_tab(page, "Unresolved places (2)")
        wait_idle(page)
        panel = page.get_by_role("tabpanel").filter(has_text="Click a candidate, or place it below")
        # the list: the long address's name with its conflict (it said "conflict not recorded"), the old one without
        for said in ("Thailand–Cambodia", "conflict not recorded"):
            expect(panel.locator("[role=gridcell]").filter(has_text=re.compile(f"^{said}$"))).to_have_count(1)
        lat, lon, zoom = _view(page)
        assert thai.contains(lat, lon) and zoom >= 6, (lat, lon, zoom)

        panel.locator("[data-testid=stSelectbox]").filter(has_text="Resolve").click()
        page.get_by_role("option", name=OLD, exact=True).click()
        wait_idle(page)
        box = panel.get_by_role("combobox", name="Conflict (the map's area, and which namesakes come first)")
        expect(box).to_have_value("conflict not recorded")
        lat, lon, zoom = _view(page)
        # the default conflict's area; it opened between Lebanon and Cambodia (about 32.5, 69.4, zoom 3)
        assert default.contains(lat, lon) and zoom >= 6, (lat, lon, zoom)
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
