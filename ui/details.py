"""The details panel: everything about the clicked claim, and the claims about the same spot or clash.

Every value comes from imports and pasted reports, so every cell is Markdown-escaped
(``st.table`` and ``st.markdown`` render Markdown) and links go through ``safe_url``.
"""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from mapdata.model import FIELDS
from mapdata.safety import escape_markdown, safe_url
from ui.curation import claim_curation, show_flash

# What the side-by-side comparison of claims shows: field → row label.
COMPARED_FIELDS = {
    "reporting_side": "reporting side",
    "accused_side": "accuses",
    "date": "date",
    "place": "place",
    "event_type": "event type",
    "killed": "killed",
    "wounded": "wounded",
    "summary": "summary",
    "source": "source",
}


def md(text: object) -> str:
    """Data shown through markdown stays literal text (no links, emphasis or maths from imports)."""
    return escape_markdown(" ".join(str(text).split()))


def _value_text(value: object) -> str:
    if value is None or (not isinstance(value, (list, dict, tuple)) and pd.isna(value)):
        return "not stated"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) or "none stated"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False) if value else "—"
    return str(value)


def _casualties(row: pd.Series) -> str:
    return f"killed {_value_text(row['killed'])} · wounded {_value_text(row['wounded'])}"


def _related_claims(frame: pd.DataFrame, groups: pd.Series, row: pd.Series) -> pd.DataFrame:
    """Claims at the same spot or in the same counter-claim group as ``row``, earliest first."""
    same_spot = (frame["latitude"].round(4) == round(row["latitude"], 4)) & (
        frame["longitude"].round(4) == round(row["longitude"], 4)
    )
    group = groups.get(row["id"])
    same_group = frame["id"].isin(groups.index[groups == group]) if group is not None else False
    related = frame[same_spot | same_group]
    return related.sort_values(["date", "reporting_side", "id"], kind="stable")


def _claims_side_by_side(related: pd.DataFrame, selected_id: str) -> pd.DataFrame:
    """One column per claim (the selected one marked), one row per aspect: easy to compare.

    Cells are Markdown-escaped (st.table renders Markdown)."""
    columns = {}
    for number, (_, claim) in enumerate(related.iterrows(), start=1):
        label = md(f"{number}. {claim['claimant']}") + (" (selected)" if claim["id"] == selected_id else "")
        columns[label] = [md(_value_text(claim[field])) for field in COMPARED_FIELDS]
    return pd.DataFrame(columns, index=list(COMPARED_FIELDS.values()))


def details_panel(frame: pd.DataFrame, groups: pd.Series, incident_id: str | None) -> None:
    """Everything about the clicked claim, and every claim at the same spot / about the same clash."""
    st.subheader("Details")
    show_flash()  # what the last correction did (ui/curation.py), even if the claim is now hidden
    match = frame[frame["id"] == incident_id] if incident_id else frame.iloc[0:0]
    if match.empty:
        st.info("Click a marker on the map to read the whole claim here.")
        return
    row = match.iloc[0]
    st.markdown(f"**{md(row['place'])}** — {md(_value_text(row['date']))}")
    st.markdown(f"Claimed by **{md(row['claimant'])}** ({md(row['reporting_side'])}) · {md(_casualties(row))}")
    url = safe_url(row.get("source_url"))
    if url:
        st.link_button(f"Open the source report ({md(row['source'])})", url)
    related = _related_claims(frame, groups, row)
    if len(related) > 1:
        contested = row["id"] in groups.index
        st.markdown(
            f"**{len(related):,} claims about this spot or clash**"
            + (" — contested: the sides' accounts differ" if contested else "")
        )
        st.table(_claims_side_by_side(related, row["id"]))
    st.markdown("**Every field of this claim**")
    # st.table renders every cell as Markdown: escape, so imported text shows exactly as stored.
    st.table(pd.DataFrame({"value": [md(_value_text(row.get(f))) for f in FIELDS]}, index=[md(f) for f in FIELDS]))
    claim_curation(row)  # review, edit, retract/restore and the history (ui/curation.py)
