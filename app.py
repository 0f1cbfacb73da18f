"""Map page: incidents on the map, sidebar filters, and the clicked claim in full beside the map."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st
import streamlit_folium

from mapdata.mapview import HEAT_MODES, base_map, incident_feature_group, incident_id_from_tooltip, incident_payload
from mapdata.model import FIELDS
from mapdata.safety import escape_markdown, safe_url
from ui.common import filtered_view, get_store
from ui.downloads import download_buttons

MAP_KEY = "incident_map"
SELECTED = "map_selected_id"
TABLE_PICK = "selected_incident"  # set by the Table page's "Show on map"
APPLIED_PICK = "_map_applied_pick"  # the table pick already centred on (centre once, then let the user pan)
HEAT_LABELS = {"off": "Off", "count": "Incidents", "casualties": "Casualties (stated)"}
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


@st.cache_data(show_spinner="Building the map…", max_entries=8)
def _map_payload(path: str, version: int, state_key: str, heat: str, _shown: pd.DataFrame, _groups: pd.Series) -> str:
    # Keyed on the database file + data version + filter state + heat mode; the filtered rows
    # and the groups (leading underscore: not hashed) are determined by those.
    return incident_payload(_shown, contested=_groups, heat=heat)


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
            f"**{len(related)} claims about this spot or clash**"
            + (" — contested: the sides' accounts differ" if contested else "")
        )
        st.table(_claims_side_by_side(related, row["id"]))
    st.markdown("**Every field of this claim**")
    # st.table renders every cell as Markdown: escape, so imported text shows exactly as stored.
    st.table(pd.DataFrame({"value": [md(_value_text(row.get(f))) for f in FIELDS]}, index=[md(f) for f in FIELDS]))


def main() -> None:
    st.set_page_config(page_title="Ceasefire Incident Map", page_icon="🗺️", layout="wide")
    view = filtered_view()
    frame, groups, state, shown = view.frame, view.groups, view.state, view.shown
    heat = st.sidebar.radio("Heat map", HEAT_MODES, format_func=HEAT_LABELS.get, horizontal=True, key="map_heat")

    store = get_store()
    payload = _map_payload(str(store.path), store.data_version(), repr(state), heat, shown, groups)

    st.title("Ceasefire Incident Map")
    st.caption("Each marker is one party's claim. Colour: who reports it; shape: how precisely it is located.")
    if shown.empty:
        st.warning("No incidents match these filters. Widen the date range or clear the side and source filters.")

    center, zoom = None, None
    pick = st.session_state.get(TABLE_PICK)
    if pick and pick != st.session_state.get(APPLIED_PICK) and (frame["id"] == pick).any():
        st.session_state[APPLIED_PICK] = pick
        st.session_state[SELECTED] = pick
        row = frame[frame["id"] == pick].iloc[0]
        center, zoom = (float(row["latitude"]), float(row["longitude"])), 11

    map_column, details_column = st.columns([11, 9], gap="medium")
    with map_column:
        result = streamlit_folium.st_folium(
            base_map(),
            key=MAP_KEY,
            height=620,
            use_container_width=True,
            center=center,
            zoom=zoom,
            feature_group_to_add=incident_feature_group(payload),
            returned_objects=["last_object_clicked_tooltip"],
        )
    clicked = incident_id_from_tooltip((result or {}).get("last_object_clicked_tooltip"))
    if clicked and (frame["id"] == clicked).any():
        st.session_state[SELECTED] = clicked
    with details_column:
        details_panel(frame, groups, st.session_state.get(SELECTED))

    with st.sidebar:
        download_buttons(shown, key_prefix="map")


# The page list (instead of the pages/ folder's automatic one) so the map is called "Map", not "app".
PAGES = [
    st.Page(main, title="Map", default=True),
    st.Page("pages/1_Timeline.py", title="Timeline", url_path="Timeline"),
    st.Page("pages/2_Table.py", title="Table", url_path="Table"),
    st.Page("pages/3_Add_report.py", title="Add report", url_path="Add_report"),
    st.Page("pages/4_Import.py", title="Import", url_path="Import"),
    st.Page("pages/5_Gazetteer.py", title="Gazetteer", url_path="Gazetteer"),
]
st.navigation(PAGES).run()
