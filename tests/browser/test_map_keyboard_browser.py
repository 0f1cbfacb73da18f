"""The map by keyboard (walk 5: cluster badges took focus but Enter and Space did nothing; a single
claim's marker was not in the tab order): Enter or Space on a focused cluster zooms in, on a stack
lists its claims, on a single claim opens it beside the map, as a click does."""

from __future__ import annotations

import os
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

from test_details_layout_browser import GORIS, GORIS_POINT
from test_map_browser import SOTK, field_rows

from maptools import list_header, open_map, page_point, wait_total

SHOTS = os.environ.get("MAPDATA_TEST_SHOTS")


def view(frame, lat_lon: tuple[float, float], zoom: int) -> None:
    frame.evaluate("([lat, lon, z]) => window.map.setView([lat, lon], z, {animate: false})", [*lat_lon, zoom])
    frame.page.wait_for_timeout(300)


def focused(frame) -> dict:
    return frame.evaluate(
        """() => { const e = document.activeElement;
                   return {tag: e.tagName.toLowerCase(), cls: e.getAttribute('class') || '',
                           role: e.getAttribute('role'), label: e.getAttribute('aria-label') || ''}; }"""
    )


def test_enter_on_a_cluster_zooms_in(page, app_url, outside_requests):
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    view(frame, SOTK, 5)  # the Armenia-Azerbaijan claims gathered in clusters
    cluster = frame.locator(".mapdata-cluster").first
    cluster.focus()
    if SHOTS:
        box = cluster.bounding_box()  # on the page already
        page.screenshot(
            path=os.path.join(SHOTS, "keyboard-cluster.png"),
            clip={"x": box["x"] - 20, "y": box["y"] - 20, "width": 80, "height": 80},
        )
    assert focused(frame)["role"] == "button" and "incidents" in focused(frame)["label"]
    before = frame.evaluate("window.map.getZoom()")
    page.keyboard.press("Enter")
    frame.wait_for_function("z => window.map.getZoom() > z", arg=before)
    assert outside_requests.not_tiles() == []


def test_space_on_a_stack_lists_its_claims(page, app_url):
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    view(frame, SOTK, 13)
    stack = frame.locator(".mapdata-stack[aria-label^='2 claims at Sotk ']")
    stack.focus()
    assert focused(frame)["label"].startswith("2 claims at Sotk · 2022-09-13 to 2023-05-12"), focused(frame)
    page.keyboard.press("Space")
    list_header(page).filter(has_text="2 claims at Sotk").wait_for()


def test_a_single_claim_is_reached_with_tab_and_opened_with_enter(page, app_url):
    frame = open_map(page, app_url)
    wait_total(frame, 18)
    view(frame, GORIS_POINT, 12)  # a claim alone at its spot
    frame.locator(".leaflet-container").focus()  # the map itself, then Tab through what is on it
    for _ in range(40):
        page.keyboard.press("Tab")
        now = focused(frame)
        if now["tag"] == "path":
            break
    assert now["tag"] == "path" and now["role"] == "button" and "Goris" in now["label"], now
    if SHOTS:  # the focused circle, close up: its blue edge says where the keyboard is
        x, y = page_point(page, frame, *GORIS_POINT)
        page.screenshot(
            path=os.path.join(SHOTS, "keyboard-single.png"), clip={"x": x - 40, "y": y - 40, "width": 80, "height": 80}
        )
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"[?&]claim="))
    expect(page.locator(f"[data-claim-id='{GORIS}']")).to_be_visible()
    assert field_rows(page)["id"] == GORIS
