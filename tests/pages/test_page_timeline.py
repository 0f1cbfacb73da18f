"""Timeline page (AppTest): bars count the shown claims, a brushed period narrows every page."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.runtime.state.common import user_key_from_element_id
from streamlit.testing.v1 import AppTest

from apptools import open_page, open_page_without_error, shown_and_total
from mapdata.store.bundled import EXAMPLES_ENV

TIMELINE = "app_pages/1_Timeline.py"


def charts(at: AppTest) -> list:
    return [element for element in at.main if getattr(element, "type", "") == "vega_lite_chart"]


def chart_data(chart) -> pd.DataFrame:
    return pa.ipc.open_stream(chart.proto.datasets[0].data.data).read_all().to_pandas()


def brush(at: AppTest, first: str, last: str) -> AppTest:
    """What the browser sends when the user drags across the claims chart from ``first`` to ``last``."""
    key = user_key_from_element_id(charts(at)[0].proto.id)
    millis = [pd.Timestamp(day).value // 10**6 for day in (first, last)]
    at.session_state[key] = {"selection": {"period": {"period": millis}}}
    return at.run()


@pytest.fixture
def timeline(db_path: Path) -> AppTest:
    return open_page_without_error(TIMELINE)


def test_bars_count_every_shown_claim_by_side_with_tooltips(timeline: AppTest):
    counts, casualties = charts(timeline)
    data = chart_data(counts)
    assert shown_and_total(timeline) == (18, 18)
    assert data["count"].sum() == 18
    assert set(data["reporting_side"]) == {"Armenia", "Azerbaijan", "media"}
    spec = json.loads(counts.proto.spec)
    assert {t["field"] for t in spec["encoding"]["tooltip"]} >= {"period", "reporting_side", "count"}
    assert spec["params"][0]["select"]["type"] == "interval"
    # Seven bundled claims state casualty numbers (4+3+3+1 killed, 2+4 wounded).
    stated = chart_data(casualties)
    assert stated.groupby("kind")["people"].sum().to_dict() == {"killed": 12, "wounded": 6}


def test_both_charts_label_their_time_axis_with_years_and_show_every_side(timeline: AppTest):
    # The browser labelled a six-year span "April, October, ..." with no year, and cut the
    # legend of every conflict's sides short at the chart's foot.
    for chart in charts(timeline):
        x = json.loads(chart.proto.spec)["encoding"]["x"]
        assert x["axis"]["format"] == "%Y" and x["axis"]["tickCount"] == {"interval": "year", "step": 1}
    color = json.loads(charts(timeline)[0].proto.spec)["encoding"]["color"]
    assert color["scale"]["domain"] == ["Armenia", "Azerbaijan", "media"]


def test_every_conflicts_sides_fit_the_legend_above_the_chart(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    # A legend beside the chart was cut at its foot (one column of 12 sides), and, beside it, took the
    # width of its longest name from the plot: the two charts' dates did not line up (walk45 item 14;
    # tests/browser/test_walk45_timeline_axes_browser.py measures them). Above the plot, it wraps into as
    # many columns as the plot's width holds, and the chart grows taller (fit-x), never narrower.
    monkeypatch.delenv(EXAMPLES_ENV, raising=False)  # a new user's database: every conflict's examples
    specs = [json.loads(chart.proto.spec) for chart in charts(open_page_without_error(TIMELINE))]
    assert len(specs[0]["encoding"]["color"]["scale"]["domain"]) > 9
    for spec in specs:
        legend = spec["encoding"]["color"]["legend"]
        assert legend["orient"] == "top" and "width" in legend["columns"]["expr"]
        assert spec["autosize"]["type"] == "fit-x"
    # Both count axes equally wide: the plot areas start at the same x.
    extents = {(s["encoding"]["y"]["axis"]["minExtent"], s["encoding"]["y"]["axis"]["maxExtent"]) for s in specs}
    assert len(extents) == 1


def test_both_count_axes_tick_at_whole_numbers(timeline: AppTest):
    # walk6: one claim a day gave the Claims axis 0.0, 0.2, ... 1.0 (the browser test reads the labels)
    for chart in charts(timeline):
        y = json.loads(chart.proto.spec)["encoding"]["y"]
        assert y["axis"]["tickMinStep"] == 1 and y["axis"]["format"] == "d"


def test_bar_width_follows_the_span(timeline: AppTest):
    assert chart_data(charts(timeline)[0])["period"].dt.day.eq(1).all()  # six years: months
    timeline.sidebar.date_input[0].set_value((dt.date(2023, 4, 1), dt.date(2023, 5, 31))).run()
    days = chart_data(charts(timeline)[0])["period"]
    assert sorted(days.dt.date.astype(str).unique()) == ["2023-04-11", "2023-05-11", "2023-05-12"]


def test_brushing_a_period_narrows_the_shared_filter_and_the_url(timeline: AppTest):
    brush(timeline, "2023-04-03", "2023-05-20")
    assert not timeline.exception
    assert shown_and_total(timeline) == (5, 18)
    # Snapped to whole monthly bars, kept for the other pages and in the link.
    assert timeline.query_params["from"] == "2023-04-01" and timeline.query_params["to"] == "2023-05-31"
    assert timeline.sidebar.date_input[0].value == (dt.date(2023, 4, 1), dt.date(2023, 5, 31))
    assert chart_data(charts(timeline)[0])["count"].sum() == 5

    # the dates are the only filter: the filter line's "Clear all filters" is the way back (walk42 item 17:
    # the Timeline's own "Show all dates" is gone; "Clear the dates" shows when other filters are set too)
    assert [b.label for b in timeline.button] == ["Clear all filters"]
    timeline.button[0].click().run()
    assert shown_and_total(timeline) == (18, 18)
    assert "from" not in timeline.query_params


def test_a_brushed_period_reaches_the_table_and_the_map_in_the_same_session(db_path: Path):
    at = open_page_without_error("app.py")
    at.switch_page("app_pages/1_Timeline.py").run()
    brush(at, "2022-09-05", "2022-09-20")
    assert shown_and_total(at) == (6, 18)

    at.switch_page("app_pages/2_Table.py").run()
    assert not at.exception
    assert shown_and_total(at) == (6, 18)
    assert len(at.dataframe[0].value) == 6

    at.switch_page("app_pages/0_Map.py").run()
    assert not at.exception
    assert shown_and_total(at) == (6, 18)


def test_a_link_with_dates_opens_the_timeline_narrowed(db_path: Path):
    at = open_page(TIMELINE, {"from": "2020-07-01", "to": "2020-07-31"})
    assert shown_and_total(at) == (3, 18)
    assert chart_data(charts(at)[0])["reporting_side"].unique().tolist() == ["Azerbaijan"]


def test_status_filter_keeps_the_contested_clashes(timeline: AppTest):
    timeline.sidebar.multiselect(key="flt_status").set_value(["contested"]).run()
    assert shown_and_total(timeline) == (5, 18)
    timeline.sidebar.multiselect(key="flt_status").set_value(["single source"]).run()
    assert shown_and_total(timeline) == (13, 18)


def test_no_matching_claims_says_so(timeline: AppTest):
    timeline.sidebar.date_input[0].set_value((dt.date(2021, 1, 1), dt.date(2021, 12, 31))).run()
    assert not timeline.exception
    assert shown_and_total(timeline) == (0, 18)
    assert "No incidents match" in timeline.info[0].value
    assert not charts(timeline)


def test_a_search_from_the_link_is_shown_and_can_be_cleared(db_path: Path):
    at = open_page(TIMELINE, {"q": "Tovuz", "side": "Azerbaijan"})
    assert shown_and_total(at) == (3, 18)
    assert at.sidebar.text_input(key="flt_text").value == "Tovuz"  # never a hidden filter
    assert any("Search: Tovuz" in m.value and "Reporting side: Azerbaijan" in m.value for m in at.markdown)
    [clear] = [b for b in at.button if b.label == "Clear all filters"]
    clear.click().run()
    assert shown_and_total(at) == (18, 18)
    assert "q" not in at.query_params and "side" not in at.query_params
    assert at.sidebar.text_input(key="flt_text").value == ""
