"""Map page: incidents on the map, the shared filters, and the clicked claim in full beside the map."""

from __future__ import annotations

import pandas as pd
import streamlit as st
import streamlit_folium

from mapdata.mapview import HEAT_MODES, base_map, incident_feature_group, incident_id_from_tooltip, incident_payload
from ui.common import filtered_view, get_store
from ui.details import details_panel
from ui.downloads import download_buttons

MAP_KEY = "incident_map"
SELECTED = "map_selected_id"
CLAIM_PARAM = "claim"  # ?claim=<id>: open this claim (the Table page's "Show on map" sets it)
APPLIED_PICK = "_map_applied_pick"  # the linked claim already centred on (centre once, then let the user pan)
HEAT_LABELS = {"off": "Off", "count": "Incidents", "casualties": "Casualties (stated)"}


@st.cache_data(show_spinner="Building the map…", max_entries=8)
def _map_payload(path: str, version: int, state_key: str, heat: str, _shown: pd.DataFrame, _groups: pd.Series) -> str:
    # Keyed on the database file + data version + filter state + heat mode; the filtered rows
    # and the groups (leading underscore: not hashed) are determined by those.
    return incident_payload(_shown, contested=_groups, heat=heat)


st.set_page_config(page_title="Ceasefire Incident Map", page_icon="🗺️", layout="wide")
st.title("Ceasefire Incident Map")
view = filtered_view()
frame, groups, state, shown = view.frame, view.groups, view.state, view.shown
heat = st.sidebar.radio(
    "Heat map", HEAT_MODES, format_func=HEAT_LABELS.get, horizontal=True, key="map_heat", persist_state="session"
)

store = get_store()
payload = _map_payload(str(store.path), store.data_version(), repr(state), heat, shown, groups)

st.caption("Each marker is one party's claim. Colour: who reports it; shape: how precisely it is located.")
if shown.empty:
    st.warning("No incidents match these filters. Widen the date range or clear the side and source filters.")

center, zoom = None, None
pick = st.query_params.get(CLAIM_PARAM)
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
    download_buttons(shown, key_prefix="map", state=state)
