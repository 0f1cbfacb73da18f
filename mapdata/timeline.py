"""Counting incidents and casualties per day, week or month for the timeline.

Pure functions over the incidents DataFrame. Periods are labelled by their first day
(weeks start on Monday) and carry their end, so a chart can draw each bar over the span
it counts and a selection on the chart can be snapped back to whole periods.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from mapdata.profiles import default_catalog

__all__ = [
    "Freq",
    "TimeAxis",
    "casualty_counts",
    "chart_span",
    "choose_bin",
    "claims_between",
    "incident_counts",
    "period_end",
    "period_start",
    "snap_to_periods",
    "tallest_bar",
    "time_axis",
]

Freq = Literal["D", "W", "MS"]

DAILY_UP_TO_DAYS = 92  # about three months of daily bars stay readable
WEEKLY_UP_TO_DAYS = 3 * 366  # up to three years of weekly bars (~156); longer spans go monthly


def chart_span(
    shown: pd.DataFrame, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> tuple[dt.date, dt.date] | None:
    """The days the charts cover: the dates chosen, else the first or last day of the claims shown
    (None when none is shown). Not the span of every claim of the database or the conflict: a side
    and a search over 2018–2020 drew their bars on an axis of 2015–2025, two thirds empty (walk26)."""
    dates = shown["date"].dropna()
    if dates.empty:
        return None
    return date_from or dates.min().date(), date_to or dates.max().date()


def choose_bin(date_from: dt.date, date_to: dt.date) -> Freq:
    """Bar width for a span: days up to ~3 months, weeks up to ~3 years, else months."""
    days = abs((pd.Timestamp(date_to) - pd.Timestamp(date_from)).days) + 1
    if days <= DAILY_UP_TO_DAYS:
        return "D"
    if days <= WEEKLY_UP_TO_DAYS:
        return "W"
    return "MS"


@dataclass(frozen=True)
class TimeAxis:
    """How a chart's time axis labels its ticks: a d3 time format and the calendar unit between ticks."""

    format: str
    interval: Literal["year", "month", "day"]


def time_axis(date_from: dt.date, date_to: dt.date) -> TimeAxis:
    """Tick labels that always say the year.

    Left to itself Vega-Lite labels a quarter's ticks by month name and writes the year only on
    January's, which its overlap rule then drops: ten years of claims read "April, October, April,
    ..." with no year anywhere. So: years for spans over three years, "Mar 2021" up to that, and
    "14 Mar 2021" for spans of days.
    """
    days = abs((pd.Timestamp(date_to) - pd.Timestamp(date_from)).days) + 1
    if days > WEEKLY_UP_TO_DAYS:
        return TimeAxis("%Y", "year")
    if days > DAILY_UP_TO_DAYS:
        return TimeAxis("%b %Y", "month")
    return TimeAxis("%-d %b %Y", "day")


def period_start(dates: pd.Series, freq: Freq) -> pd.Series:
    """The first day of the period each date falls in."""
    days = pd.to_datetime(dates).dt.normalize()
    if freq == "D":
        return days
    if freq == "W":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    if freq == "MS":
        return days - pd.to_timedelta(days.dt.day - 1, unit="D")
    raise ValueError(f"unknown bin {freq!r}; expected D, W or MS")


def period_end(starts: pd.Series, freq: Freq) -> pd.Series:
    """The day after each period (exclusive end)."""
    if freq == "D":
        return starts + pd.Timedelta(days=1)
    if freq == "W":
        return starts + pd.Timedelta(days=7)
    if freq == "MS":
        return starts + pd.offsets.MonthBegin(1)
    raise ValueError(f"unknown bin {freq!r}; expected D, W or MS")


def incident_counts(frame: pd.DataFrame, freq: Freq) -> pd.DataFrame:
    """Claims per period and reporting side, tidy: ``period, period_end, reporting_side, count``.

    Only non-empty combinations appear; sides keep the conflict profiles' order within a period.
    """
    columns = ["period", "period_end", "reporting_side", "count"]
    dated = frame.dropna(subset=["date"])
    if dated.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype=t) for c, t in zip(columns, ["datetime64[ns]", "datetime64[ns]", object, "int64"])}
        )
    periods = period_start(dated["date"], freq)
    counts = (
        pd.DataFrame({"period": periods, "reporting_side": dated["reporting_side"].astype(str)})
        .groupby(["period", "reporting_side"], sort=False)
        .size()
        .rename("count")
        .reset_index()
    )
    order = {side: rank for rank, side in enumerate(default_catalog().reporting_sides)}
    counts["_rank"] = counts["reporting_side"].map(order).fillna(len(order))
    counts = counts.sort_values(["period", "_rank", "reporting_side"], kind="stable").drop(columns="_rank")
    counts.insert(1, "period_end", period_end(counts["period"], freq))
    return counts.reset_index(drop=True)[columns]


def casualty_counts(frame: pd.DataFrame, freq: Freq) -> pd.DataFrame:
    """Stated killed and wounded per period: ``period, period_end, killed, wounded``.

    A claim that gives no number adds nothing (it is not read as zero); a period in which no
    claim states a number has <NA>. Claims are summed as reported, so two sides reporting the
    same casualties count twice — the chart says so.
    """
    columns = ["period", "period_end", "killed", "wounded"]
    dated = frame.dropna(subset=["date"])
    if dated.empty:
        return pd.DataFrame(
            {c: pd.Series(dtype=t) for c, t in zip(columns, ["datetime64[ns]", "datetime64[ns]", "Int64", "Int64"])}
        )
    sums = (
        pd.DataFrame(
            {
                "period": period_start(dated["date"], freq),
                "killed": pd.to_numeric(dated["killed"], errors="coerce").astype("Int64"),
                "wounded": pd.to_numeric(dated["wounded"], errors="coerce").astype("Int64"),
            }
        )
        .groupby("period", sort=True)[["killed", "wounded"]]
        .sum(min_count=1)
        .reset_index()
    )
    sums.insert(1, "period_end", period_end(sums["period"], freq))
    return sums[columns]


def tallest_bar(counts: pd.DataFrame, casualties: pd.DataFrame) -> int:
    """The highest stack of the two charts: every side's claims in one period (``incident_counts``), or the
    people stated killed and wounded in one (``casualty_counts``); 0 when both are empty.

    Both charts' count axes are given room for this number's labels, so the plot areas start at the same x
    and a date sits under the same date (walk45: the axes were ~35 px apart)."""
    claims = counts.groupby("period")["count"].sum().max() if not counts.empty else 0
    people = casualties[["killed", "wounded"]].sum(axis=1, min_count=1).max() if not casualties.empty else 0
    return int(max(0 if pd.isna(claims) else claims, 0 if pd.isna(people) else people))


def snap_to_periods(start: object, end: object, freq: Freq) -> tuple[dt.date, dt.date]:
    """Widen a brushed interval (timestamps, ISO strings or epoch milliseconds) to whole periods.

    Returns inclusive first and last days, as the date filter wants them.
    """

    def stamp(value: object) -> pd.Timestamp:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return pd.Timestamp(int(value), unit="ms")
        return pd.Timestamp(value)

    low, high = sorted([stamp(start), stamp(end)])
    if high > low and period_start(pd.Series([high]), freq).iloc[0] == high:
        high -= pd.Timedelta(microseconds=1)  # a brush ending exactly on a boundary stops before it
    first = period_start(pd.Series([low]), freq).iloc[0]
    last_start = period_start(pd.Series([high]), freq).iloc[0]
    last = period_end(pd.Series([last_start]), freq).iloc[0] - pd.Timedelta(days=1)
    return first.date(), last.date()


def claims_between(frame: pd.DataFrame, first: dt.date, last: dt.date) -> int:
    """How many of ``frame``'s claims fall on ``first`` to ``last`` (both days included), as the date filter
    counts them: a period brushed over an empty stretch of the chart holds none, and is not applied (walk49:
    the page then showed no chart, nothing to drag back)."""
    if frame.empty or "date" not in frame:
        return 0
    days = pd.to_datetime(frame["date"], errors="coerce")
    inside = (days >= pd.Timestamp(first)) & (days < pd.Timestamp(last) + pd.Timedelta(days=1))
    return int(inside.sum())
