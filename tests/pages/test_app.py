"""The map page in a real Streamlit run (AppTest): filters change what is shown, a click shows the claim.

AppTest cannot click inside the map component, so ``streamlit_folium.st_folium`` is replaced by
a stub that records what the page sends and returns the click a user would make.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from pathlib import Path

import pandas as pd
import pytest
import streamlit_folium
from streamlit.testing.v1 import AppTest

import mapdata.mapview
from apptools import html_table, open_page, open_page_without_error
from factories import make_claim
from mapdata.mapview import claim_zoom, decode_payload, payload_rows, render_html
from mapdata.store import Store
from mapdata.store.bundled import bundled_incidents, seeded_conflicts

APP = "app.py"  # the entry point: navigation, then the map page
SOTK_UAV = "bundled:2023-05-12-am-mod-sotk-uav"
ATTACH = re.compile(r"MapdataIncidents\.attach\([\w.]+, (\{.*?\}), (\{[^{}]*\})\);", re.DOTALL)
LOAD = re.compile(r'MapdataIncidents\.load\([\w.]+, "([^"]+)", (\{[^{}]*\})\);')
STATIC = Path(__file__).resolve().parents[2] / "static"


class MapStub:
    """Stands in for st_folium: keeps the incident ids the page sent, returns a click like the browser's.

    The payload carries positions, not ids: the ids are those of the rows the page reads a click
    by (its ``payload_rows``, recorded by ``rows_seen``), checked against the payload's count.

    ``click(id)`` makes the next run return what our incident layer reports for a click on
    that claim's marker (``stack=True``: on the stack of claims at its spot); ``drawing`` can
    be set to anything, as a hostile browser could.
    """

    def __init__(self):
        self.drawing: object = None
        self.sent_ids: list[str] = []
        self.rows_ids: list[str] = []
        self.token = ""
        self.clicks = 0

    def click(self, incident_id: str, stack: bool = False) -> None:
        self.clicks += 1
        properties = {"mapdata": self.token, "i": self.sent_ids.index(incident_id), "click": f"c{self.clicks}"}
        if stack:
            properties["spot"] = 0
        self.drawing = {"type": "Feature", "properties": properties, "geometry": None}

    def __call__(self, fig, *args, feature_group_to_add=None, returned_objects=None, center=None, zoom=None, **kwargs):
        if feature_group_to_add is None:  # another map (the details panel's point picker)
            return {"last_active_drawing": None}
        self.center, self.zoom = center, zoom
        html = render_html(fig, feature_group_to_add)
        # The page publishes the payload as a file the browser fetches; read it where it is served from.
        found = [
            (gzip.decompress((STATIC / url.removeprefix("/app/static/")).read_bytes()).decode(), options)
            for url, options in LOAD.findall(html)
        ]
        found = found or ATTACH.findall(html)
        self.sent_ids = list(self.rows_ids) if found else []
        assert not found or decode_payload(found[0][0])["n"] == len(self.sent_ids)
        self.options = json.loads(found[0][1]) if found else {}  # what the incident layer is told (reveal, selected)
        self.token = self.options.get("token", "")
        self.returned_objects = returned_objects
        return {"last_active_drawing": self.drawing}

    def rows_seen(self, frame: pd.DataFrame) -> pd.DataFrame:
        rows = payload_rows(frame)
        self.rows_ids = list(rows["id"])
        return rows

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Stand in for st_folium, and see the rows the page reads a click by (it imports them on every run)."""
        monkeypatch.setattr(streamlit_folium, "st_folium", self)
        monkeypatch.setattr(mapdata.mapview, "payload_rows", self.rows_seen)


@pytest.fixture
def map_stub(monkeypatch: pytest.MonkeyPatch) -> MapStub:
    stub = MapStub()
    stub.install(monkeypatch)
    return stub


@pytest.fixture
def app(db_path, map_stub) -> AppTest:
    return open_page_without_error(APP)


def fields_shown(at: AppTest) -> dict[str, str]:
    """The details panel's "every field" table as field → value, as the user reads it."""
    return html_table(at, "fields")[0]


def shown_line(at: AppTest) -> str:
    lines = [m.value for m in at.sidebar.markdown if re.search(r"incidents? shown", m.value)]
    assert lines, "the sidebar shows the count"
    return lines[-1]


def test_all_incidents_shown_at_first(app, map_stub):
    assert shown_line(app) == "**18 of 18 incidents shown**"
    assert len(map_stub.sent_ids) == 18
    assert map_stub.returned_objects == ["last_active_drawing"]  # pan/zoom do not rerun


def test_date_range_narrows_count_and_map(app, map_stub):
    app.sidebar.date_input(key="flt_dates").set_value((dt.date(2023, 5, 11), dt.date(2023, 5, 11))).run()
    assert not app.exception
    assert shown_line(app) == "**1 of 18 incidents shown**"
    assert map_stub.sent_ids == ["bundled:2023-05-11-media-border-clash"]
    assert app.query_params["from"] == ["2023-05-11"] or app.query_params["from"] == "2023-05-11"


def test_reporting_side_narrows_count_and_map(app, map_stub):
    app.sidebar.multiselect(key="flt_sides").set_value(["Azerbaijan"]).run()
    assert not app.exception
    count = int(re.match(r"\*\*(\d+) of 18", shown_line(app)).group(1))
    assert 0 < count < 18
    assert len(map_stub.sent_ids) == count
    assert all(":" in i and "-az-" in i for i in map_stub.sent_ids)


def test_status_filter_shows_the_contested_clashes(app, map_stub):
    app.sidebar.multiselect(key="flt_status").set_value(["contested"]).run()
    assert not app.exception
    assert shown_line(app) == "**5 of 18 incidents shown**"  # Tegh/Digh and the three May 2023 claims
    assert SOTK_UAV in map_stub.sent_ids and len(map_stub.sent_ids) == 5
    assert app.query_params["status"] in ("contested", ["contested"])  # the URL keeps the filter


def test_no_match_says_so(app, map_stub):
    app.sidebar.date_input(key="flt_dates").set_value((dt.date(2021, 1, 1), dt.date(2021, 1, 2))).run()
    assert shown_line(app) == "**0 of 18 incidents shown**"
    assert any("No incidents match" in w.value for w in app.warning)
    assert map_stub.sent_ids == []


def test_clicked_marker_shows_the_claim_in_the_details_panel(app, map_stub):
    assert map_stub.returned_objects == ["last_active_drawing"]
    map_stub.click(SOTK_UAV)
    app.run()
    assert not app.exception
    fields = fields_shown(app)
    assert fields["id"] == SOTK_UAV
    assert fields["claimant"] == "Armenian MoD"
    assert fields["date"] == "2023-05-12"
    assert fields["wounded"] == "2"
    assert fields["killed"] == "not stated"  # null stays "not stated", never 0
    # The other claims about the same clash, each with its claimant, side by side (itself first).
    compared = html_table(app, "compared")
    columns = [c["claim"] for c in compared]
    assert columns[0] == "1. Armenian MoD (selected)"
    assert any("Azerbaijani MoD" in column for column in columns) and len(columns) == 3
    assert all("wounded" in c for c in compared)
    assert not app.get("link_button")  # this report has no link: no button to nowhere
    assert app.query_params["claim"] == SOTK_UAV  # the URL says which claim is open


def test_closing_the_claim_takes_it_out_of_the_url(app, map_stub):
    """walk5: the claim open was in the URL only sometimes, and nothing closed it. Closing shows the
    panel's first words again and removes ``claim`` from the URL (a reload opens nothing)."""
    map_stub.click(SOTK_UAV)
    app.run()
    assert app.query_params["claim"] == SOTK_UAV
    app.button(key="details_close").click().run()
    assert not app.exception
    assert "claim" not in app.query_params
    assert not app.get("html") or "every field" not in " ".join(m.value for m in app.markdown).lower()
    assert any("Click or tap a marker" in i.value for i in app.info)


def test_source_link_only_for_web_addresses(db_path, map_stub):
    store = Store(db_path)
    store.save(
        [
            make_claim(
                id="manual:js-link",
                date="2023-06-01",  # a spot of its own: no bundled claim there
                place="Hostile <b>place</b>",
                latitude=40.1,
                longitude=45.9,
                source="Somewhere",
                source_url="javascript:alert(1)",
                summary="**not bold** [not a link](http://x)",
            ),
            make_claim(
                id="manual:web-link",
                date="2023-06-02",
                place="Linked place",
                latitude=40.3,
                longitude=45.6,
                source="Somewhere",
                source_url="https://example.org/reports/2023/06/02/",
            ),
        ],
        origin="manual",
    )
    at = open_page(APP)
    map_stub.click("manual:js-link")
    at.run()
    assert not at.exception
    fields = fields_shown(at)
    assert fields["id"] == "manual:js-link"
    assert fields["place"] == "Hostile <b>place</b>"  # shown as typed, not as markup
    assert fields["summary"] == "**not bold** [not a link](http://x)"
    assert not at.get("link_button")
    map_stub.click("manual:web-link")
    at.run()
    assert [b.proto.url for b in at.get("link_button")] == ["https://example.org/reports/2023/06/02/"]


def test_anything_but_our_own_click_keeps_the_hint(app, map_stub):
    for drawing in (
        "3 incidents (click to zoom in)",
        "2023-05-12 · Sotk · " + SOTK_UAV,  # a tooltip's text: no longer trusted for anything
        {"type": "Feature", "properties": {"mapdata": "forged", "i": 0, "click": "x"}},
        {"type": "Feature", "properties": {"mapdata": map_stub.token, "i": 10_000, "click": "y"}},
        {"type": "Feature", "properties": {"mapdata": map_stub.token, "i": "3", "click": "z"}},
    ):
        map_stub.drawing = drawing
        app.run()
        assert not app.exception
        assert any("Click or tap a marker" in i.value for i in app.info), drawing


def test_a_click_on_a_stack_lists_the_claims_at_its_spot(db_path, map_stub):
    from dense import DENSE_COUNT, dense_incidents

    Store(db_path).save(dense_incidents(), origin="csv")
    at = open_page(APP)
    map_stub.click("csv:dense-0007", stack=True)
    at.run()
    assert not at.exception
    assert any(m.value == f"**{DENSE_COUNT} claims at Chinari**" for m in at.markdown)
    [grid] = [d for d in at.dataframe if d.key and d.key.startswith("spot_table_")]
    rows = grid.value
    assert len(rows) == 25 and rows["date"].is_monotonic_decreasing  # newest first, one page
    assert set(rows.columns) >= {"date", "claimant", "sides", "event_type", "casualties", "clash_status"}
    assert "claim" not in at.query_params  # a list, no single claim open
    at.selectbox(key="spot_sort").set_value("oldest first").run()
    [grid] = [d for d in at.dataframe if d.key and d.key.startswith("spot_table_")]
    assert grid.value["date"].iloc[0] == pd.Timestamp("2019-01-01")
    # Ticking a row opens that claim in full below the list.
    at.session_state[grid.key] = {"selection": {"rows": [2], "columns": [], "cells": []}}
    at.run()
    assert fields_shown(at)["id"] == "csv:dense-0002"
    # The same old click, replayed by the component on every rerun, changes nothing.
    at.run()
    assert fields_shown(at)["id"] == "csv:dense-0002"


def test_row_picked_in_the_table_opens_on_the_map(app, map_stub):
    app.query_params["claim"] = SOTK_UAV  # what the Table page's "Show on map" adds to the URL
    app.run()
    assert fields_shown(app)["id"] == SOTK_UAV
    # shown by the incident layer (401046f): centred from the offline basemap's own zoom (walk42: zoom 11 over tiles
    # of zoom 6 was a blur) in as far as its marker needs to stand apart from a cluster (walk46 item 5)
    assert map_stub.options.get("reveal") is True and map_stub.options.get("revealZoom") == claim_zoom()
    assert map_stub.center is None  # (the layer, not the page, moves the map: one move)
    app.run()  # centred once; later reruns leave the user's pan and zoom alone
    assert not map_stub.options.get("reveal") and fields_shown(app)["id"] == SOTK_UAV


def test_read_only_database_is_announced_and_still_shown(db_path, map_stub, monkeypatch):
    Store(db_path)  # created with write access once
    monkeypatch.setenv("MAPDATA_DB_READONLY", "1")
    at = open_page_without_error(APP)
    assert any("Read-only database" in w.value for w in at.sidebar.warning)
    assert "18 of 18" in shown_line(at)


def test_the_first_screen_says_each_marker_is_a_claim(app):
    """walk5: a new user saw colours and counts with nothing saying what a marker is."""
    captions = " ".join(c.value for c in app.caption)
    assert "Each marker is one claim:" in captions and "coloured by who reports it" in captions


def examples_line(at: AppTest) -> list[str]:
    return [c.value for c in at.caption if "bundled with the app" in c.value]


def test_the_map_says_how_many_claims_are_bundled_examples_until_they_are_retracted(db_path, map_stub):
    """walk38: a new user was not told on the map that its first claims are the app's examples."""
    examples = len(bundled_incidents(seeded_conflicts()))
    at = open_page_without_error(APP)  # a fresh database: the examples it is seeded with
    assert examples_line(at) == [
        f"{examples:,} claims in this database are examples bundled with the app — hide them under "
        "*Import → Past imports*."
    ]
    store = Store(db_path)
    store.save([make_claim(id="csv:own-1")], origin="csv", label="own claims")  # counted live: still the examples
    at.run()
    assert not at.exception and len(examples_line(at)) == 1 and examples_line(at)[0].startswith(f"{examples:,} claims")
    store.retract_batch(store.batches().set_index("origin").loc["bundled", "id"], "only our own data")
    at.run()  # hidden as the line says: nothing left to say
    assert not at.exception and examples_line(at) == []


def test_the_map_says_nothing_of_examples_a_database_never_held(db_path, map_stub):
    Store(db_path, seed=False).save([make_claim(id="csv:own-1")], origin="csv", label="own claims")
    at = open_page_without_error(APP)
    assert examples_line(at) == [] and "1 of 1" in shown_line(at)
