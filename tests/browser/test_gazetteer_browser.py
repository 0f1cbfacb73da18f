"""The Gazetteer page's "GeoNames files" tab in a real browser: a user uploads a country file of
GeoNames' format (a small file of our own), adds it, and then finds a village only that file has.

The server gets its own GeoNames folder (never the developer's), set before it starts.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from maptools import MAP_IFRAME, click_tab, look_up_name

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).parents[1] / "fixtures" / "geonames" / "AZ_sample.txt"
SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")  # a folder for screenshots to look at, when set


@pytest.fixture(scope="module", autouse=True)
def own_geonames_folder(tmp_path_factory: pytest.TempPathFactory):
    """Module scope and autouse: in place before the module's server starts (it copies the environment)."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("browser-geonames")
        patch.setenv("MAPDATA_GEONAMES", str(folder))
        yield folder


def test_a_country_file_uploaded_on_the_page_is_added_and_its_villages_found(page, app_url, own_geonames_folder):
    page.goto(f"{app_url}/Gazetteer")
    click_tab(page, "GeoNames files")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(SAMPLE))
    add = page.get_by_role("button", name="Add to the gazetteer")
    add.wait_for()
    add.click()
    # Adding indexes the new places there and then: a minute or more on a busy machine.
    page.get_by_text("Added 3 places of AZ from AZ_sample.txt").wait_for(timeout=400_000)
    assert [p.name for p in own_geonames_folder.glob("*.tsv")] == ["AZ.tsv"]
    # walk40 item 13: the page went back to "Look up a name", the list of files out of view, and named
    # the file by the one its places are kept in ("KH.tsv" for KH.txt)
    expect(page.get_by_role("tab", name="GeoNames files")).to_have_attribute("aria-selected", "true")
    listed = page.get_by_text("AZ_sample.txt (AZ: 3 places, kept as AZ.tsv)")
    expect(listed).to_be_visible()
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "geonames-added.png"), full_page=True)
    click_tab(page, "Look up a name")
    box = page.get_by_label("Place name as written")
    box.fill("Upper Qalaboyun")
    box.press("Enter")
    page.get_by_text("Qalaboyun Yuxari").first.wait_for(timeout=120_000)


def test_looking_up_a_name_draws_its_map_without_asking_any_outside_server(page, app_url, outside_requests):
    # The candidates' map fetched OpenStreetMap's online tiles (40 for "Zod"), sending the region looked at.
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Zod", "Sotk")
    frame = page.wait_for_selector(MAP_IFRAME, timeout=60_000).content_frame()
    frame.wait_for_selector(".leaflet-container .leaflet-interactive", timeout=60_000)  # the candidates drawn
    page.wait_for_timeout(1500)  # tiles are asked for once the map is laid out
    assert outside_requests.urls == []
    assert "offline copy" in frame.inner_text(".leaflet-control-attribution")


def test_a_link_naming_the_conflict_twice_gives_the_examples_of_the_conflict_the_filters_read(page, app_url):
    """review41: the page read the link's last ``conflict`` by hand (an unknown one: the default conflict's
    examples); the filters, as every other page, read the first conflict they know."""
    page.goto(f"{app_url}/Gazetteer?conflict=thailand-cambodia&conflict=nope")
    box = page.get_by_label("Place name as written")
    box.wait_for(timeout=120_000)
    expect(box).to_have_attribute("placeholder", re.compile(r"Ta Muen Thom"))
