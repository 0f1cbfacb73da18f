"""The Source filter in a real browser: a source naming several outlets ("RFE/RL; Ministry of
Defence of Armenia", as ACLED writes them) is offered as its outlets, and choosing one outlet shows
every claim that names it (walk 5: the ministry alone missed the combined ones)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from factories import make_claim
from mapdata.store import Store
from maptools import MAP_IFRAME, open_expander, wait_total

pytestmark = pytest.mark.browser

MINISTRY = "Fixture Ministry of Defence"
SOURCES = (MINISTRY, f"Fixture Radio; {MINISTRY}", f"Fixture Radio (radio.example); {MINISTRY} (mod.example)")
# One body, two spellings (a typed source and ACLED's): one option, the profile's name for it.
BODY_SPELLINGS = ("Armenian MoD", "Fixture Radio; Ministry of Defence of Armenia")
# ACLED's spelling of the bundled claims' "PanARMENIAN.Net": one outlet, one option (walk6).
OUTLET_SPELLING = "Panarmenian"


@pytest.fixture(scope="module")
def app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outlets-db") / "incidents.db"
    claims = (
        [
            make_claim(id=f"csv:outlet-{n}", date=f"2023-05-1{n}", source=source, origin="csv")
            for n, source in enumerate(SOURCES)
        ]
        + [
            make_claim(id=f"csv:body-{n}", date=f"2023-06-1{n}", source=source, origin="csv")
            for n, source in enumerate(BODY_SPELLINGS)
        ]
        + [make_claim(id="csv:pan-0", date="2023-07-10", source=OUTLET_SPELLING, origin="csv")]
    )
    Store(path).save(claims, origin="csv", label="combined sources")
    return path


def test_choosing_one_outlet_shows_the_claims_of_combined_sources_too(page, app_url):
    page.goto(app_url)
    page.wait_for_selector(MAP_IFRAME, timeout=120_000)
    sidebar = page.locator("[data-testid=stSidebar]")
    open_expander(page, sidebar.locator("[data-testid=stExpander]").filter(has_text="More filters"))
    source = sidebar.get_by_label("Source", exact=True)
    source.click()
    page.keyboard.type("Fixture")  # the options that name it (the list is long and drawn lazily)
    expect(page.get_by_role("option", name="Fixture Radio", exact=True)).to_be_visible()
    options = page.locator("[role=option]", has_text="Fixture")
    offered = sorted(options.all_inner_texts())
    assert offered == [MINISTRY, "Fixture Radio"], offered  # each outlet once, no ";", no site
    page.get_by_role("option", name=MINISTRY, exact=True).click()
    page.keyboard.press("Escape")
    expect(page.get_by_text("3 of 24 incidents shown", exact=True)).to_be_visible(timeout=60_000)
    source.click()  # (after the page's rerun for the first choice, as a person would go on)
    page.keyboard.type("Armenia")  # the two spellings of the Armenian ministry: one option
    # (the list redraws row by row as it filters: wait for the filtered rows before reading them)
    expect(page.get_by_role("option", name="PanARMENIAN.Net", exact=True)).to_be_visible()
    options = page.locator("[role=option]", has_text=re.compile("Armenian M|Ministry of Defen[cs]e of Armenia"))
    offered = sorted(options.all_inner_texts())
    assert offered == ["Armenian MoD"], offered
    # "PanARMENIAN.Net" and "Panarmenian": one outlet, one option (walk6)
    assert page.locator("[role=option]", has_text=re.compile("panarmenian", re.I)).all_inner_texts() == [
        "PanARMENIAN.Net"
    ]
    # no "Select N matches" first in the list, to be chosen by mistake (walk6: seven sources at once)
    listed = page.locator("[role=option]").all_inner_texts()
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["MAPDATA_TEST_SHOTS"], "source-armenia-list.png"))
    assert listed and not [o for o in listed if re.match(r"Select (all|\d+ matches)", o)], listed
    page.get_by_role("option", name="Armenian MoD", exact=True).click()
    page.keyboard.press("Escape")
    expect(page.get_by_text("5 of 24 incidents shown", exact=True)).to_be_visible(timeout=60_000)
    wait_total(page.wait_for_selector(MAP_IFRAME).content_frame(), 5)  # the map draws those five
    page.wait_for_timeout(500)
    if os.environ.get("MAPDATA_TEST_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["MAPDATA_TEST_SHOTS"], "source-outlet.png"))
