"""Table page (AppTest): search narrows rows, a picked row goes to the map, downloads hold the shown rows."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.testing.v1 import AppTest

from apptools import open_page, open_page_without_error, shown_and_total
from factories import make_claim
from mapdata.store import Store

TABLE = "app_pages/2_Table.py"


@pytest.fixture
def table(db_path: Path) -> AppTest:
    return open_page_without_error(TABLE)


def test_every_claim_is_listed_newest_first(table: AppTest):
    rows = table.dataframe[0].value
    assert shown_and_total(table) == (18, 18)
    assert len(rows) == 18
    assert rows["date"].is_monotonic_decreasing
    assert {"place", "claimant", "reporting_side", "accused_side", "source", "clash_status", "id"} <= set(rows.columns)


def test_text_search_narrows_rows_and_is_kept_in_the_url(table: AppTest):
    table.sidebar.text_input(key="flt_text").input("Tovuz").run()
    rows = table.dataframe[0].value
    assert len(rows) == 3
    assert set(rows["place"]) == {"Tovuz"}
    assert shown_and_total(table) == (3, 18)
    assert table.query_params["q"] == "Tovuz"

    table.sidebar.text_input(key="flt_text").input("Tovuz artillery").run()  # every word must match
    assert 0 < len(table.dataframe[0].value) < 3

    table.sidebar.text_input(key="flt_text").input("no such claim anywhere").run()
    assert len(table.dataframe[0].value) == 0
    assert "No incidents match" in table.info[0].value


def test_search_covers_claimant_and_source(table: AppTest):
    table.sidebar.text_input(key="flt_text").input("Artsakh").run()  # in a claimant (and another name of Karabakh)
    rows = table.dataframe[0].value
    assert "Stepanakert" in set(rows["place"])
    assert set(rows["place"]) <= {"Stepanakert", "Nagorno-Karabakh"}
    table.sidebar.text_input(key="flt_text").input("commonspace").run()  # only in a source
    assert set(table.dataframe[0].value["place"]) == {"Tegh", "Digh"}


def test_contested_status_lists_both_sides_of_each_clash(table: AppTest):
    table.sidebar.multiselect(key="flt_status").set_value(["contested"]).run()
    rows = table.dataframe[0].value
    assert set(rows["clash_status"]) == {"contested"}
    assert set(rows["place"]) >= {"Tegh", "Digh", "Sotk"}
    assert len(rows) == 5


def test_filters_set_on_another_page_apply_here(db_path: Path):
    """The filters live in the URL: a link made on the timeline narrows the table the same way."""
    timeline = open_page("app_pages/1_Timeline.py")
    timeline.sidebar.date_input[0].set_value((dt.date(2022, 9, 1), dt.date(2022, 9, 30))).run()
    shown_there = shown_and_total(timeline)

    by_link = open_page(TABLE, timeline.query_params)
    assert shown_and_total(by_link) == shown_there == (6, 18)
    assert set(by_link.dataframe[0].value["date"].dt.strftime("%Y-%m")) == {"2022-09"}


def _pick_row(at: AppTest, position: int) -> AppTest:
    """What the browser sends when the user ticks a row of the table."""
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [position], "columns": [], "cells": []}}
    return at.run()


def test_picking_a_row_shows_it_and_offers_the_map(table: AppTest):
    table.sidebar.text_input(key="flt_text").input("Tegh").run()
    chosen = table.dataframe[0].value.iloc[0]["id"]
    _pick_row(table, 0)
    assert not table.exception
    assert chosen == "bundled:2023-04-11-am-mod-tegh"
    assert any("Tegh" in t.value for t in table.text)
    assert "Show on map" in [b.label for b in table.button]


def test_a_row_picked_before_the_filter_changed_is_not_reused(table: AppTest):
    _pick_row(table, 0)
    table.sidebar.text_input(key="flt_text").input("Tovuz").run()
    assert "Show on map" not in [b.label for b in table.button]


def test_show_on_map_opens_the_map_page_with_the_claim_and_the_filters(db_path: Path):
    at = open_page("app.py")
    at.switch_page("app_pages/2_Table.py").run()
    at.sidebar.multiselect(key="flt_sides").set_value(["Azerbaijan"]).run()
    _pick_row(at, 0)
    picked = at.dataframe[0].value.iloc[0]["id"]
    [show] = [b for b in at.button if b.label == "Show on map"]
    show.click().run()
    assert not at.exception
    assert at.title[0].value == "Ceasefire Incident Map"
    assert at.query_params["claim"] == picked
    assert at.query_params["side"] == "Azerbaijan"
    assert shown_and_total(at) == (6, 18)


@pytest.fixture
def media(monkeypatch: pytest.MonkeyPatch) -> list:
    """Each AppTest run's media manager, so a download can be fetched the way the browser does."""
    made: list = []

    class Recording(app_test_module.MediaFileManager):
        def __init__(self, storage) -> None:
            super().__init__(storage)
            self.storage_for_tests = storage
            made.append(self)

    monkeypatch.setattr(app_test_module, "MediaFileManager", Recording)
    return made


def downloaded(media: list, at: AppTest, label_start: str) -> bytes:
    """The bytes a click on the download button labelled ``label_start…`` delivers."""
    [button] = [b for b in at.download_button if b.label.startswith(label_start)]
    manager = media[-1]
    url = manager.execute_deferred(button.proto.deferred_file_id)
    return manager.storage_for_tests.get_file(url.rsplit("/", 1)[-1]).content


def test_downloads_hold_exactly_the_shown_rows(db_path: Path, media: list):
    at = open_page(TABLE, {"q": "Armenian MoD", "from": "2022-01-01"})
    shown_ids = set(at.dataframe[0].value["id"])
    assert 0 < len(shown_ids) < 18 and shown_and_total(at) == (len(shown_ids), 18)

    csv_rows = pd.read_csv(io.BytesIO(downloaded(media, at, "Download CSV")), encoding="utf-8-sig")
    assert set(csv_rows["id"]) == shown_ids and len(csv_rows) == len(shown_ids)
    features = json.loads(downloaded(media, at, "Download GeoJSON"))["features"]
    assert {f["id"] for f in features} == shown_ids and len(features) == len(shown_ids)


def test_nothing_to_download_when_nothing_matches(table: AppTest):
    table.sidebar.text_input(key="flt_text").input("no such claim anywhere").run()
    assert not table.download_button


UNSAFE_URLS = {
    "csv:js": "javascript:alert(document.cookie)",
    "csv:js-spaced": " JaVaScRiPt:alert(1)",
    "csv:data": "data:text/html,<script>alert(1)</script>",
    "csv:vbscript": "vbscript:msgbox(1)",
    "csv:relative": "/etc/passwd",
}


def test_the_link_column_links_only_web_addresses(db_path: Path):
    claims = {**UNSAFE_URLS, "csv:https": "https://example.org/report?id=1"}
    Store(db_path).save(
        [
            make_claim(id=incident_id, place="Link test", source_url=url, origin="csv")
            for incident_id, url in claims.items()
        ],
        origin="csv",
    )
    at = open_page(TABLE)
    rows = at.dataframe[0].value.set_index("id")
    links = {i: rows.loc[i, "source_url"] for i in claims}
    assert links["csv:https"] == "https://example.org/report?id=1"
    assert all(links[i] is None or pd.isna(links[i]) for i in UNSAFE_URLS), links


def _tick_rows(at: AppTest, positions: list[int]) -> AppTest:
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": positions, "columns": [], "cells": []}}
    return at.run()


def test_review_status_is_bulk_set_on_ticked_rows_or_on_every_row_shown(table: AppTest, db_path: Path):
    rows = table.dataframe[0].value
    assert set(rows["review_status"]) == {"unreviewed"}
    _tick_rows(table, [0, 2])
    table.selectbox(key="bulk_status").set_value("verified")
    table.text_input(key="bulk_note").set_value("checked against the OSCE report")
    table.button(key="bulk_set").click().run()
    assert not table.exception
    assert any("verified set on 2 claims" in s.value for s in table.success)
    store = Store(db_path)
    verified = store.frame().query("review_status == 'verified'")
    assert sorted(verified["id"]) == sorted(rows["id"].iloc[[0, 2]])
    assert set(verified["review_note"]) == {"checked against the OSCE report"}
    assert {e.action for i in verified["id"] for e in store.history(i)[1:]} == {"review"}
    table.sidebar.text_input(key="flt_text").input("Tegh").run()
    shown_ids = set(table.dataframe[0].value["id"])
    assert 0 < len(shown_ids) < 18
    table.radio(key="bulk_scope").set_value("shown").run()
    table.selectbox(key="bulk_status").set_value("disputed")
    table.button(key="bulk_set").click().run()
    assert set(store.frame().query("review_status == 'disputed'")["id"]) == shown_ids
    table.sidebar.multiselect(key="flt_review").set_value(["disputed"]).run()
    assert set(table.dataframe[0].value["review_status"]) == {"disputed"}


def test_the_history_download_carries_review_retraction_and_history(db_path: Path, media: list):
    store = Store(db_path)
    store.edit("bundled:2023-04-11-am-mod-tegh", {"killed": 5}, who="ana", note="ministry update")
    at = open_page(TABLE)
    rows = pd.read_csv(io.BytesIO(downloaded(media, at, "Download with review and history")), encoding="utf-8-sig")
    assert len(rows) == 18 and {"review_status", "retracted_reason", "history"} <= set(rows.columns)
    tegh = rows.set_index("id").loc["bundled:2023-04-11-am-mod-tegh"]
    create, edit = tegh["history"].split("\n")  # a line per entry a person reads, oldest first
    assert " create" in create and edit.endswith(" ana edit: killed 4 → 5 (ministry update)")


def test_search_finds_a_place_by_its_other_spellings(table: AppTest):
    """Issue 13: "Zod" found nothing while "Sotk" found 4; the gazetteer knows they are one village."""
    table.sidebar.text_input(key="flt_text").input("Zod").run()
    rows = table.dataframe[0].value
    assert len(rows) == 4 and all("Sotk" in place for place in rows["place"])


def test_new_filters_narrow_the_table_and_show_in_the_filter_line(table: AppTest):
    table.sidebar.multiselect(key="flt_types").set_value(["drone strike"]).run()
    rows = table.dataframe[0].value
    assert 0 < len(rows) < 18 and set(rows["event_type"]) == {"drone strike"}
    assert table.query_params["type"] == "drone strike"
    table.sidebar.multiselect(key="flt_types").set_value([]).run()
    table.sidebar.multiselect(key="flt_casualties").set_value(["killed"]).run()
    assert (table.dataframe[0].value["killed"] > 0).all() and len(table.dataframe[0].value) == 5
    table.sidebar.multiselect(key="flt_precisions").set_value(["region"]).run()
    rows = table.dataframe[0].value
    assert set(rows["geo_precision"]) == {"region"} and (rows["killed"] > 0).all()
    line = " ".join(m.value for m in table.markdown if "Filtered:" in m.value)
    assert "Casualties stated: any killed" in line and "Location precision: region" in line


def download_names(at: AppTest, media: list) -> list[str]:
    """The file names the page's download buttons give, fetched the way the browser does."""
    manager = media[-1]
    return sorted(
        manager.storage_for_tests.get_file(
            manager.execute_deferred(b.proto.deferred_file_id).rsplit("/", 1)[-1]
        ).filename
        for b in at.download_button
    )


def test_download_names_say_what_they_hold(db_path: Path, media: list):
    at = open_page(TABLE, {"from": "2023-05-11", "to": "2023-05-12", "side": "Armenia"})
    names = download_names(at, media)
    assert names == [
        "ceasefire-incidents_2023-05-11_to_2023-05-12_side-Armenia.csv",
        "ceasefire-incidents_2023-05-11_to_2023-05-12_side-Armenia.geojson",
        "ceasefire-incidents_2023-05-11_to_2023-05-12_side-Armenia_with-history.csv",
    ]


def test_download_names_have_no_dates_when_no_date_filter_is_set(db_path: Path, media: list):
    """walk40: a conflict and a side chosen, no dates, gave "…_2025-07-24_to_2025-11-12_side-Thailand.csv":
    the claims' first and last days, read by a colleague as a date filter."""
    at = open_page(TABLE, {"conflict": "armenia-azerbaijan", "side": "Armenia"})
    assert not at.exception
    assert download_names(at, media) == [
        "ceasefire-incidents_armenia-azerbaijan_side-Armenia.csv",
        "ceasefire-incidents_armenia-azerbaijan_side-Armenia.geojson",
        "ceasefire-incidents_armenia-azerbaijan_side-Armenia_with-history.csv",
    ]
    since = open_page(TABLE, {"conflict": "armenia-azerbaijan", "from": "2023-05-11"})
    assert download_names(since, media)[0] == "ceasefire-incidents_armenia-azerbaijan_from-2023-05-11.csv"
    everything = open_page(TABLE)
    assert download_names(everything, media)[0] == "ceasefire-incidents_all.csv"
