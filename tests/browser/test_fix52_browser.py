"""walk51's smaller items, in a real browser: the Gazetteer's lookup was not in the address (a reload lost the
name looked up, and it could not be shared as a link); a GeoJSON Polygon was refused on the Import page."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from maptools import look_up_name, wait_idle


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_the_gazetteers_lookup_is_in_the_address_and_a_link_looks_it_up_again(page, app_url):
    page.goto(f"{app_url}/Gazetteer")
    look_up_name(page, "Zod", "is another name of Sotk")
    expect(page).to_have_url(re.compile(r"[?&]name=Zod(&|$)"))
    wait_idle(page)
    # a reload (or the link shared) looks the name up again
    page.reload()
    page.get_by_text("“Zod” is another name of Sotk.").first.wait_for(timeout=120_000)
    expect(page.get_by_label("Place name as written")).to_have_value("Zod")
    wait_idle(page)
    # another name typed replaces it; cleared, the address has no name either
    look_up_name(page, "Jermuk", "Jermuk")
    expect(page).to_have_url(re.compile(r"[?&]name=Jermuk(&|$)"))
    wait_idle(page)
    box = page.get_by_label("Place name as written")
    box.fill("")
    box.press("Enter")
    expect(page).not_to_have_url(re.compile(r"[?&]name="))
    wait_idle(page)
    assert "name" not in query(page)
    # a link with a name and the filters' conflict opens on the lookup, the conflict kept
    page.goto(f"{app_url}/Gazetteer?conflict=armenia-azerbaijan&name=Zod")
    page.get_by_text("“Zod” is another name of Sotk.").first.wait_for(timeout=120_000)
    wait_idle(page)
    assert query(page).get("conflict") == ["armenia-azerbaijan"] and query(page).get("name") == ["Zod"]


def test_a_geojson_polygon_is_imported_at_a_point_inside_it_and_the_preview_says_so(page, app_url, tmp_path):
    square = [[[45.8, 40.1], [46.0, 40.1], [46.0, 40.3], [45.8, 40.3], [45.8, 40.1]]]
    properties = {"date": "2026-11-20", "claimant": "Armenian MoD", "reporting_side": "Armenia"}
    properties |= {"event_type": "shelling", "source": "https://mil.am/x"}
    feature = {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": square}, "properties": properties}
    path = tmp_path / "area.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    page.goto(f"{app_url}/Import")
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(path))
    # was: "Rejected rows" with "geometry: must be a Point, got 'Polygon'"
    page.get_by_text("1 area (Polygon, MultiPolygon) placed at a point inside it, with location precision").wait_for(
        timeout=120_000
    )
    expect(page.get_by_text("Rejected rows")).to_have_count(0)
    expect(page.get_by_role("button", name="Import 1 row", exact=True)).to_be_enabled()
