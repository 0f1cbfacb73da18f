"""Binning for the timeline: bar width by span, counts per side, casualties only as stated."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from mapdata.timeline import (
    casualty_counts,
    chart_span,
    choose_bin,
    incident_counts,
    snap_to_periods,
    tallest_bar,
    time_axis,
)


def claims(*rows: tuple[str, str, object, object]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"date": pd.Timestamp(d), "reporting_side": s, "killed": k, "wounded": w} for d, s, k, w in rows],
        columns=["date", "reporting_side", "killed", "wounded"],
    ).astype({"killed": "Int64", "wounded": "Int64"})


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2023-05-12", "2023-05-12", "D"),
        ("2022-09-01", "2022-11-30", "D"),  # 91 days
        ("2022-09-01", "2022-12-31", "W"),
        ("2020-07-01", "2023-05-31", "W"),
        ("2018-01-01", "2024-08-15", "MS"),
    ],
)
def test_choose_bin_by_span(start: str, end: str, expected: str):
    assert choose_bin(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) == expected


def test_incident_counts_per_day_stacked_by_side():
    data = claims(
        ("2023-05-12", "Azerbaijan", None, None),
        ("2023-05-12", "Armenia", None, 2),
        ("2023-05-12", "Armenia", None, None),
        ("2023-05-11", "media", 1, 4),
    )
    counts = incident_counts(data, "D")
    assert list(counts.columns) == ["period", "period_end", "reporting_side", "count"]
    as_tuples = [
        (p.date().isoformat(), s, c)
        for p, s, c in counts[["period", "reporting_side", "count"]].itertuples(index=False)
    ]
    assert as_tuples == [("2023-05-11", "media", 1), ("2023-05-12", "Armenia", 2), ("2023-05-12", "Azerbaijan", 1)]
    assert counts["count"].sum() == len(data)


def test_weeks_start_on_monday_and_months_on_the_first():
    data = claims(
        ("2022-09-13", "Armenia", None, None),
        ("2022-09-18", "Armenia", None, None),
        ("2022-09-19", "Armenia", None, None),
    )
    weekly = incident_counts(data, "W")
    assert [p.date().isoformat() for p in weekly["period"]] == ["2022-09-12", "2022-09-19"]
    assert list(weekly["count"]) == [2, 1]
    assert weekly["period_end"].iloc[0] == pd.Timestamp("2022-09-19")
    monthly = incident_counts(data, "MS")
    assert monthly[["period", "count"]].values.tolist() == [[pd.Timestamp("2022-09-01"), 3]]
    assert monthly["period_end"].iloc[0] == pd.Timestamp("2022-10-01")


def test_casualties_count_only_stated_numbers():
    data = claims(
        ("2023-04-11", "Armenia", 4, None),
        ("2023-04-11", "Azerbaijan", 3, None),
        ("2023-04-12", "Armenia", None, None),
        ("2023-04-13", "Armenia", 0, 1),
    )
    out = casualty_counts(data, "D").set_index("period")
    assert out.loc["2023-04-11", "killed"] == 7
    assert pd.isna(out.loc["2023-04-11", "wounded"])  # nobody stated a number: unknown, not zero
    assert pd.isna(out.loc["2023-04-12", "killed"])
    assert out.loc["2023-04-13", "killed"] == 0  # a stated zero stays a zero
    assert out.loc["2023-04-13", "wounded"] == 1


def test_empty_frame_gives_empty_tables():
    empty = claims()
    assert incident_counts(empty, "W").empty
    assert casualty_counts(empty, "W").empty
    assert list(casualty_counts(empty, "D").columns) == ["period", "period_end", "killed", "wounded"]


def test_the_tallest_bar_of_either_chart():
    """Both charts' count axes get room for the labels of this number (walk45: plot areas lined up)."""
    data = claims(
        ("2023-04-11", "Armenia", 4, None),
        ("2023-04-11", "Azerbaijan", 3, 2),  # 9 people stated on the 11th, in two claims
        ("2023-04-12", "Armenia", None, None),
        ("2023-04-12", "Azerbaijan", None, None),
        ("2023-04-12", "media", None, None),  # 3 claims on the 12th
    )
    assert tallest_bar(incident_counts(data, "D"), casualty_counts(data, "D")) == 9
    assert tallest_bar(incident_counts(data, "MS"), casualty_counts(data.iloc[2:], "MS")) == 5  # no number stated
    assert tallest_bar(incident_counts(claims(), "D"), casualty_counts(claims(), "D")) == 0


def test_store_frame_counts_every_bundled_claim(store):
    data = store.frame()
    assert incident_counts(data, "MS")["count"].sum() == len(data)
    killed = casualty_counts(data, "MS")["killed"].sum()
    assert killed == data["killed"].sum()


def test_snap_to_periods_widens_a_brush_to_whole_bars():
    assert snap_to_periods("2022-09-14T10:00", "2022-09-20T03:00", "W") == (dt.date(2022, 9, 12), dt.date(2022, 9, 25))
    assert snap_to_periods("2023-05-12T12:00", "2023-05-11T01:00", "D") == (dt.date(2023, 5, 11), dt.date(2023, 5, 12))
    ms = pd.Timestamp("2022-09-10").value // 10**6
    assert snap_to_periods(ms, ms + 5 * 86_400_000, "MS") == (dt.date(2022, 9, 1), dt.date(2022, 9, 30))
    # A brush ending exactly where a bar begins does not take that bar.
    assert snap_to_periods("2022-09-13", "2022-09-19", "W") == (dt.date(2022, 9, 12), dt.date(2022, 9, 18))


@pytest.mark.parametrize(
    ("first", "last", "label"),
    [
        ("2015-02-11", "2025-11-12", "2018"),  # ten years: one label a year
        ("2020-01-01", "2021-06-30", "Mar 2020"),  # a year and a half: months, with their year
        ("2020-09-01", "2020-10-15", "14 Sep 2020"),  # six weeks: days, with month and year
    ],
)
def test_every_time_axis_label_says_its_year(first, last, label):
    # Vega-Lite's own labels gave ten years of claims as "April, October, April, ..." with no year.
    axis = time_axis(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    tick = dt.datetime.strptime(label, axis.format.replace("%-d", "%d"))  # the format reads its own label back
    assert "%Y" in axis.format and tick.year == int(label[-4:])
    assert axis.interval == {"2018": "year", "Mar 2020": "month", "14 Sep 2020": "day"}[label]


def test_the_charts_cover_the_claims_shown_unless_dates_are_chosen():
    """walk26 item 9: with no dates chosen the axis spanned the whole database (2015–2025) for claims
    of 2018–2020; it now spans the claims shown, and a date chosen stays the axis's end."""
    shown = pd.DataFrame({"date": pd.to_datetime(["2018-02-03", "2020-08-30", None])})
    assert chart_span(shown) == (dt.date(2018, 2, 3), dt.date(2020, 8, 30))
    assert chart_span(shown, dt.date(2017, 1, 1)) == (dt.date(2017, 1, 1), dt.date(2020, 8, 30))
    assert chart_span(shown, None, dt.date(2021, 1, 1)) == (dt.date(2018, 2, 3), dt.date(2021, 1, 1))
    assert chart_span(shown.iloc[0:0]) is None
