"""Timeline: how often, and who says so. Dragging across the chart narrows every page to that period."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import altair as alt
import pandas as pd
import streamlit as st

from mapdata.filters import FilterState, date_span
from mapdata.mapview import side_colors
from mapdata.profiles import default_catalog
from mapdata.safety import escape_markdown
from mapdata.store.frames import rows_where
from mapdata.timeline import (
    Freq,
    casualty_counts,
    chart_span,
    choose_bin,
    claims_between,
    incident_counts,
    snap_to_periods,
    tallest_bar,
    time_axis,
)
from ui.common import chosen_profile, filtered_view, set_filters
from ui.empty import no_claims_here
from ui.navigation import TIMELINE, page_header

BRUSH = "period"  # name of the interval selection; the chart's x field has the same name
BIN_LABEL = {"D": "day", "W": "week (from Monday)", "MS": "month"}
# The two charts stand one above the other and a monitor reads a date from one down to the other, so
# their plot areas must start and end at the same x (walk45: ~35 px apart, from legends of different widths
# beside them). So: each legend above its plot, wrapping to the chart's width, the count axes equally wide,
# and each chart only as wide as its container (fit-x: the legend's rows add height, not width).
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
LABEL_PX_PER_CHAR = 10  # a legend label's width per character, more than the theme's font takes ("wounded": 55 px)
LABEL_LIMIT = 160  # Vega-Lite's own limit on a legend label (longer ones end in "…")
ENTRY_PX = 30  # a legend entry beside its label: the symbol, the gap to the label, the gap to the next column
DATE_FORMAT = {"D": "%Y-%m-%d", "W": "week of %Y-%m-%d", "MS": "%B %Y"}


def _brushed_dates(event: dict | None, freq: Freq, span: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date] | None:
    """The brushed interval snapped to whole bars and clipped to the data, or None without a brush."""
    selection = (event or {}).get("selection") or {}
    values = (selection.get(BRUSH) or {}).get(BRUSH)
    if not values or len(values) != 2:
        return None
    first, last = snap_to_periods(values[0], values[1], freq)
    first, last = max(first, span[0]), min(last, span[1])
    return (first, last) if first <= last else None


def _chart_key(state: FilterState) -> str:
    """A fresh chart (and no stale brush) for every filter state: once applied, the brush is done."""
    return "timeline_chart_" + hashlib.sha1(json.dumps(state.to_query(), sort_keys=True).encode()).hexdigest()[:10]


def _x_axis(field: str, domain: tuple[dt.date, dt.date]) -> alt.X:
    """The same time axis on both charts, covering the whole filtered span (not just the bars)."""

    def when(day: dt.date) -> alt.DateTime:
        return alt.DateTime(year=day.year, month=day.month, date=day.day)

    ticks = time_axis(*domain)  # every label says its year (Vega-Lite's own labels drop it)
    return alt.X(
        f"{field}:T",
        title=None,
        scale=alt.Scale(domain=[when(domain[0]), when(domain[1])]),
        axis=alt.Axis(format=ticks.format, tickCount={"interval": ticks.interval, "step": 1}, labelOverlap=True),
    )


def _count_axis(title: str, tallest: int) -> alt.Y:
    """The count axis: ticks at whole numbers only (walk6: 0.0, 0.2, … 1.0 for one claim a day), as wide in
    both charts (room for the labels of the taller chart's numbers), so both plot areas start at one x."""
    digits = len(str(max(tallest, 1))) + 1  # a nice axis may round 95 up to 100: a digit more
    extent = max(30, 7 * digits + 10)  # a digit takes 6 px in the theme's font; 30: Vega-Lite's y-axis minimum
    return alt.Y("top:Q", title=title, axis=alt.Axis(format="d", tickMinStep=1, minExtent=extent, maxExtent=extent))


def _legend_above(labels: list[str], title: str) -> alt.Legend:
    """A legend above the plot, not beside it, in as many columns as the plot's width holds (one at
    least): it takes no width from the plot, which stays as wide as the other chart's at any window."""
    label_px = min(LABEL_LIMIT, LABEL_PX_PER_CHAR * max((len(label) for label in labels), default=1))
    return alt.Legend(
        title=title,
        orient="top",
        direction="horizontal",
        gridAlign="all",
        labelLimit=label_px,
        offset=8,  # Vega-Lite's 18 px set the legend apart from its own plot
        columns=alt.ExprRef(f"max(1, floor(width / {label_px + ENTRY_PX}))"),
    )


def _claims_chart(
    counts: pd.DataFrame, freq: Freq, domain: tuple[dt.date, dt.date], colors: dict[str, str], tallest: int
) -> alt.Chart:
    brush = alt.selection_interval(name=BRUSH, encodings=["x"])
    return (
        alt.Chart(counts, title="Claims per " + BIN_LABEL[freq])
        .transform_joinaggregate(all_sides="sum(count)", groupby=[BRUSH])
        # Bars span x..x2 (the whole period), so Vega-Lite will not stack them: stack explicitly.
        .transform_stack(stack="count", groupby=[BRUSH], as_=["bottom", "top"], sort=[alt.SortField("reporting_side")])
        .mark_bar()
        .encode(
            x=_x_axis(BRUSH, domain),
            x2="period_end:T",
            y=_count_axis("Claims", tallest),
            y2="bottom:Q",
            color=alt.Color(
                "reporting_side:N",
                scale=alt.Scale(domain=list(colors), range=list(colors.values())),
                legend=_legend_above(list(colors), "Reporting side"),
            ),
            tooltip=[
                alt.Tooltip(f"{BRUSH}:T", title="Period", format=DATE_FORMAT[freq]),
                alt.Tooltip("reporting_side:N", title="Reported by"),
                alt.Tooltip("count:Q", title="Claims"),
                alt.Tooltip("all_sides:Q", title="All sides"),
            ],
        )
        .add_params(brush)
        .properties(height=190, autosize=FIT_WIDTH)
    )


def _casualties_chart(casualties: pd.DataFrame, freq: Freq, domain: tuple[dt.date, dt.date], tallest: int) -> alt.Chart:
    tidy = casualties.melt(
        id_vars=["period", "period_end"], value_vars=["killed", "wounded"], var_name="kind", value_name="people"
    )
    tidy = tidy.dropna(subset=["people"]).astype({"people": "int64"})
    return (
        alt.Chart(tidy, title="Casualties stated in claims")
        .transform_stack(stack="people", groupby=["period"], as_=["bottom", "top"], sort=[alt.SortField("kind")])
        .mark_bar()
        .encode(
            x=_x_axis("period", domain),
            x2="period_end:T",
            y=_count_axis("People", tallest),
            y2="bottom:Q",
            color=alt.Color(
                "kind:N",
                scale=alt.Scale(domain=["killed", "wounded"], range=["#222222", "#e6a23c"]),
                legend=_legend_above(["killed", "wounded"], ""),
            ),
            tooltip=[
                alt.Tooltip("period:T", title="Period", format=DATE_FORMAT[freq]),
                alt.Tooltip("kind:N", title="Stated"),
                alt.Tooltip("people:Q", title="People"),
            ],
        )
        .properties(height=110, autosize=FIT_WIDTH)
    )


page_header(TIMELINE, "Timeline")

view = filtered_view()
frame, state, shown = view.frame, view.state, view.shown
profile = chosen_profile(state)
present = set(shown["reporting_side"])
colors = {s: c for s, c in side_colors([profile] if profile else default_catalog()).items() if s in present}

full_span = date_span(rows_where(frame, frame["conflict"] == state.conflict) if state.conflict else frame)
if full_span is None or shown.empty:
    if not no_claims_here(view):  # (none stored: said so, with the ways claims come in)
        st.info("No incidents match the filters. Widen the date range or clear some filters.")
    st.stop()

span = chart_span(shown, state.date_from, state.date_to) or full_span  # the claims shown, not the database's
freq = choose_bin(*span)
first_bar, last_day = snap_to_periods(*span, freq)
domain = (first_bar, last_day + dt.timedelta(days=1))
st.caption(
    f"One bar per {escape_markdown(BIN_LABEL[freq])}, stacked by the side that reports the claim. "
    "Drag across the bars to narrow the map, the table and this page to that period."
)

counts, casualties = incident_counts(shown, freq), casualty_counts(shown, freq)
tallest = tallest_bar(counts, casualties)
event = st.altair_chart(
    _claims_chart(counts, freq, domain, colors, tallest), on_select="rerun", key=_chart_key(state), width="stretch"
)
brushed = _brushed_dates(event, freq, full_span)
if brushed is not None:
    narrowed = state.with_changes(
        date_from=None if brushed[0] <= full_span[0] else brushed[0],
        date_to=None if brushed[1] >= full_span[1] else brushed[1],
    )
    if narrowed != state and not claims_between(shown, *brushed):
        # (walk49: a drag over an empty stretch narrowed every page to no claim, and the page then drew no chart
        # to drag another period on): the chart stays as it is, with the brush, and says why nothing changed
        period = f"on {brushed[0]}" if brushed[0] == brushed[1] else f"from {brushed[0]} to {brushed[1]}"
        st.warning(
            f"No claim {escape_markdown(period)} (the period dragged over): the filters are as they were. "
            "Drag across some bars, or click the chart outside the selection to clear it."
        )
    elif narrowed != state:
        set_filters(narrowed)
        st.rerun()

if casualties[["killed", "wounded"]].notna().any().any():
    st.altair_chart(_casualties_chart(casualties, freq, domain, tallest), width="stretch")
    st.caption(
        "Sums of the numbers claims state; claims without numbers add nothing. When both sides "
        "report the same casualties, they count twice."
    )
else:
    st.caption("No claim in this selection states casualty numbers.")
