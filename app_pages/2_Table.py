"""Table: the filtered claims, sortable and searchable; pick one to see it on the map, or download them."""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import streamlit as st

from mapdata.filters import FilterState
from mapdata.safety import escape_markdown, safe_url, summary_of
from ui.common import CLAIM_PARAM, STATUS_HELP, close_claim_button, filtered_view, get_store
from ui.curation import bulk_review, history_download, show_flash
from ui.details import why_not_shown
from ui.downloads import download_buttons
from ui.empty import no_claims_here
from ui.navigation import MAP, TABLE, go_to, page_header

# fmt: off
COLUMNS = [
    "retracted", "date", "place", "claimant", "reporting_side", "accused_side", "event_type", "weapons",
    "killed", "wounded", "clash_status", "review_status", "geo_precision", "source", "source_url", "summary",
    "retracted_reason", "id",
]
# fmt: on


def table_rows(shown: pd.DataFrame, status: pd.Series) -> pd.DataFrame:
    """What the table displays: readable columns, newest first, positions 0..n-1.

    The link column holds only what :func:`safe_url` accepts (http/https with a host): the grid
    makes every value of a LinkColumn clickable, ``javascript:`` and ``data:`` included.
    """
    view = shown.assign(
        weapons=shown["weapons"].map(lambda w: ", ".join(w) if isinstance(w, (list, tuple)) else ""),
        clash_status=status.reindex(shown.index).fillna("retracted").astype(str),  # status covers live claims
        source_url=shown["source_url"].map(safe_url),
        # First, where the eye starts (walk51: with "Show retracted claims" on, only the far-right "Retracted
        # because" told a retracted row from a live one): "RETRACTED <day>", empty (—) for a live claim.
        retracted=_retracted_marks(shown),
    )
    columns = COLUMNS if view["retracted"].notna().any() else COLUMNS[1:]  # the mark only beside retracted rows
    return view.sort_values(["date", "id"], ascending=[False, True], kind="stable")[columns].reset_index(drop=True)


def _retracted_marks(shown: pd.DataFrame) -> pd.Series:
    """Each row's leading mark: "RETRACTED" and the day for a retracted claim, None for a live one."""
    if "retracted_at" not in shown.columns:
        return pd.Series([None] * len(shown), index=shown.index, dtype=object)
    return (
        shown["retracted_at"]
        .map(lambda at: f"RETRACTED {str(at)[:10]}" if isinstance(at, str) and at.strip() else None)
        .astype(object)
    )


TICKS_CLEARED = "_table_ticks_cleared"  # how many times "Close this claim" cleared the table's ticks


def table_key(state: FilterState, data_version: int, cleared: int = 0) -> str:
    """A key that changes with what is shown, so a row picked earlier never points at another claim,
    and when the claim is closed (a new table: its ticks cleared)."""
    digest = hashlib.sha1(json.dumps([state.to_query(), data_version], sort_keys=True).encode()).hexdigest()[:10]
    return f"incident_table_{digest}" + (f"_{cleared}" if cleared else "")


def _close_claim() -> None:
    st.session_state[TICKS_CLEARED] = st.session_state.get(TICKS_CLEARED, 0) + 1


page_header(TABLE, "Incidents table")

view = filtered_view()
frame, state, shown = view.frame, view.state, view.shown
linked = st.query_params.get(CLAIM_PARAM)
if linked and not (frame["id"] == linked).any():  # said as the Map says it (walk51: the Table said nothing)
    why, retracted = why_not_shown(linked)
    if retracted or why.startswith("No claim"):
        st.warning(f"The claim this link names ({escape_markdown(summary_of(linked, 80))}) is not in the table. " + why)
if shown.empty and no_claims_here(view):  # none stored (or none of the conflict): no grid to tick
    st.stop()

rows = table_rows(shown, view.status)
st.caption(
    "Click a column header to sort. Tick a row to see that claim on the map; tick several to review them at once."
)
show_flash("Table")
# walk44: the grid stood ~10 rows tall whatever it held (the 11th of 11 cut, empty page below): it
# takes the rows it has, header included (Streamlit draws 35 px rows, 2 px of border), up to a cap.
ROW_PX, MOST_ROWS_SHOWN = 35, 25
event = st.dataframe(
    rows,
    height=ROW_PX * (min(max(len(rows), 1), MOST_ROWS_SHOWN) + 1) + 2,
    key=table_key(state, get_store().data_version(), st.session_state.get(TICKS_CLEARED, 0)),
    on_select="rerun",
    selection_mode="multi-row",
    hide_index=True,
    width="stretch",
    placeholder="—",
    column_config={
        "retracted": st.column_config.TextColumn(
            "Retracted", help="RETRACTED and the day for a retracted claim (shown with 'Show retracted claims' on)"
        ),
        "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
        "place": "Place",
        "claimant": "Claimant",
        "reporting_side": "Reported by",
        "accused_side": "Accused",
        "event_type": "Type",
        "weapons": "Weapons",
        "killed": st.column_config.NumberColumn("Killed", help="As the claim states; — means not stated"),
        "wounded": st.column_config.NumberColumn("Wounded", help="As the claim states; — means not stated"),
        "clash_status": st.column_config.TextColumn("Clash status", help=STATUS_HELP),
        "review_status": st.column_config.TextColumn(
            "Review", help="What people decided: unreviewed, reviewed, verified or disputed"
        ),
        "retracted_reason": st.column_config.TextColumn(
            "Retracted because", help="Shown only with 'Show retracted claims' on"
        ),
        "geo_precision": "Location precision",
        "source": "Source",
        "source_url": st.column_config.LinkColumn("Link"),
        "summary": st.column_config.TextColumn("Summary", width="large"),
        "id": "Id",
    },
)

picked = [p for p in event.selection.rows if p < len(rows)]
if len(picked) == 1:
    chosen = rows.iloc[picked[0]]
    with st.container(border=True):
        # st.text, not markdown: imported text must not render links, images or formatting.
        st.text(f"{chosen['date']:%Y-%m-%d} · {chosen['place'] or 'place not stated'}")
        st.text(f"{chosen['claimant']} ({chosen['reporting_side']}) accuses {chosen['accused_side']}")
        given = shown.loc[shown["id"] == chosen["id"], "source_url"].iloc[0]
        if isinstance(given, str) and given.strip() and not safe_url(given):
            st.text(f"Source address (not a web link, shown as text): {given}")
        if chosen["clash_status"] != "single source":
            st.caption(
                f"Clash status: {escape_markdown(chosen['clash_status'])}. The map's details panel shows the other accounts "
                "of this clash next to this one."
            )
        with st.container(horizontal=True):
            if st.button("Show on map", type="primary"):
                go_to(MAP, {CLAIM_PARAM: str(chosen["id"])})
            close_claim_button(_close_claim, key="table_close", help="Its row is unticked.")

bulk_review([str(rows.iloc[p]["id"]) for p in picked], rows["id"].astype(str).tolist())

if shown.empty:
    st.info("No incidents match the filters.")
else:
    # The grid sorts in the browser, unseen by the server: the files keep one order, and say so (walk49: a table
    # sorted by place gave files in date order, unsaid)
    st.caption(
        "The files list these claims newest first (then by id), as the table first shows them, not in the order a "
        "click on a column header sorts the table."
    )
    download_buttons(shown, key_prefix="table", state=state, status=view.status)
    history_download(shown, state, view.status)
