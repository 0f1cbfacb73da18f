"""Map page: the incidents on the map, the shared filters, and the details of what was clicked.

A click on a spot with several claims lists them in the details panel (sortable, paged, the
filters applied); a row or a single marker opens one claim in full. The panel sits beside the
map and can be moved below it, leaving the map the whole width.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st
import streamlit_folium

from mapdata.mapview import (
    HEAT_MODES,
    Payload,
    base_map,
    claim_zoom,
    clicked_marker,
    incident_feature_group,
    incident_payload,
    legend_html,
    payload_rows,
    payload_token,
    publish_payload,
    side_colors,
)
from mapdata.mapview.assets import PAYLOADS_URL
from mapdata.mapview.base import SPOT_FIT_ZOOM
from mapdata.profiles import default_catalog
from mapdata.store.frames import rows_where
from ui.basemap import wait_for_tiles
from ui.common import chosen_profile, filtered_view, get_store, live_examples
from ui.details import (
    APPLIED_PICK,
    CLAIM_PARAM,
    SELECTION,
    Selection,
    bring_details_into_view,
    details_panel,
    open_claim_in_url,
    ring_for,
    spot_of,
)
from ui.downloads import download_buttons
from ui.empty import no_claims_here
from ui.navigation import PAGE_ICON
from ui.timing import step

MAP_KEY = "incident_map"
LAST_CLICK = "_map_last_click"  # the click already handled: the component replays its last value on every rerun
TO_VIEW = "_map_details_to_view"  # the click whose details are yet to be brought into view (below the map, a phone)
HEAT_LABELS = {"off": "Off", "count": "Incidents", "casualties": "Casualties (stated)"}
MAP_HEIGHT = 640  # the map's height as drawn first; on the page, MAP_FIT_CSS makes it follow the window
MAP_FRAME_KEY = "map_frame"  # the map's container (CSS class st-key-map_frame)
# The map's height follows the window's (walk45 item 16: at 1400 x 900 the map ran to y=980, its scale and
# attribution below the fold): the window's height less MAP_ABOVE (the title, the caption and the page's
# top margin above the map: 284 px at 1400 px wide), at least MAP_MIN (a usable map in a short window, or
# under a note that pushes it down), at most MAP_MAX. The map inside the frame fills it (incident_layer.css).
MAP_ABOVE, MAP_MIN, MAP_MAX = 310, 480, 900
MAP_FIT_CSS = f"""<style>
.st-key-{MAP_FRAME_KEY} iframe[title="streamlit_folium.st_folium"] {{
  height: clamp({MAP_MIN}px, 100vh - {MAP_ABOVE}px, {MAP_MAX}px) !important;
}}
</style>"""
BESIDE_KEY = "map_beside_details"  # the container of the two columns (CSS class st-key-map_beside_details)
_BESIDE_ROW = (
    f'.st-key-{BESIDE_KEY} [data-testid="stHorizontalBlock"]'
    ':has(> [data-testid="stColumn"] iframe[title="streamlit_folium.st_folium"])'
)
# In a window under 1,000 px the map's column was 282 px at 800 (walk6): the details go below the
# map there, as with "Details beside the map" off, and the map takes the main column's width.
# Wider, the details column is at least DETAILS_MIN wide where the window allows (at most 46 % of
# the row, at least the 40 % of st.columns([3, 2])), and the row takes 3rem of the main column's
# right margin (80 px at 1400) for it: at a 1400 px window the details were 360 px, and a spot's list
# showed "Clash status" and "Casualties" cut off at its edge (walk37); DETAILS_MIN holds its first
# columns (tick box, date, side → accused, clash status, casualties: 420 px for ACLED's Areni).
# From 1,001 to 1,300 px (the sidebar open) the 46 % cap left the details 269-385 px, a claim's words
# a few to a line: there the details are DETAILS_FLOOR at least and the map takes what is left
# (261 px at 1,001, 360 at 1,100), the page's side margins going from 5rem to 1rem (PAD: 5rem from
# 1,400 px up, as before; 1rem up to 1,336) and the gap between the columns from 2rem to 1rem with them.
DETAILS_MIN = "27rem"
DETAILS_FLOOR = "26.25rem"  # 420 px
PAD = "clamp(1rem, 100vw - 1320px, 5rem)"
BESIDE_CSS = f"""<style>
@media (max-width: 1000px) {{
  {_BESIDE_ROW} {{ flex-direction: column !important; }}
  {_BESIDE_ROW} > [data-testid="stColumn"] {{ width: 100% !important; flex: 1 1 auto !important; min-width: 100% !important; }}
}}
@media (width > 1000px) {{
  [data-testid="stMainBlockContainer"] {{ padding-left: {PAD} !important; padding-right: {PAD} !important; }}
  .st-key-{BESIDE_KEY} {{ width: calc(100% + max(0rem, {PAD} - 2rem)) !important; max-width: none !important; }}
  {_BESIDE_ROW} {{ column-gap: clamp(1rem, 100vw - 1336px, 2rem) !important; }}
  {_BESIDE_ROW} > [data-testid="stColumn"]:first-child {{ flex: 1 1 0 !important; min-width: 0 !important; }}
  {_BESIDE_ROW} > [data-testid="stColumn"]:last-child {{
    flex: 0 0 max({DETAILS_FLOOR}, clamp(calc(40% - 0.8rem), {DETAILS_MIN}, calc(46% - 0.9rem))) !important;
  }}
}}
</style>"""
# Served by Streamlit at PAYLOADS_URL (static/ beside app.py): the browser fetches the payload once per
# filter state instead of receiving it with every rerun.
PAYLOAD_DIR = Path(__file__).resolve().parents[1] / "static" / "payloads"


@st.cache_data(show_spinner="Building the map…", max_entries=8)
def _map_payload(
    path: str, version: int, state_key: str, heat: str, colors: dict[str, str], _shown: pd.DataFrame, _status: pd.Series
) -> Payload:
    # Keyed on the database file + data version + filter state + heat mode + side colours; the
    # filtered rows and the clash statuses (leading underscore: not hashed) are determined by those.
    return incident_payload(_shown, status=_status, heat=heat, colors=colors)


st.set_page_config(page_title="Ceasefire Incident Map", page_icon=PAGE_ICON, layout="wide")
st.title("Ceasefire Incident Map")
st.caption(
    "Each marker is one claim: one side's (or an outlet's, or a monitor's) account of fire, coloured by "
    "who reports it. The two sides' accounts of a clash stay apart. Click or tap a marker or a count to read the "
    "claims; the legend under the map explains the colours and the clash statuses."
)
if examples := live_examples().claims:  # a fresh database's first claims (the Import page says more)
    st.caption(
        f"{examples:,} claim{'s' if examples != 1 else ''} in this database "
        f"{'are examples' if examples != 1 else 'is an example'} bundled with the app — hide "
        f"{'them' if examples != 1 else 'it'} under *Import → Past imports*."
    )
with step("map page: load, filter"):
    view = filtered_view()
frame, groups, state, shown = view.frame, view.groups, view.state, view.shown
with st.sidebar:
    st.header("Map")
    heat = st.radio(
        "Heat map", HEAT_MODES, format_func=HEAT_LABELS.get, horizontal=True, key="map_heat", persist_state="session"
    )
    beside = st.toggle(
        "Details beside the map",
        value=True,
        key="map_details_beside",
        persist_state="session",
        help="Off: the map takes the whole width and the details follow below it (as they do either way "
        "in a window under 1,000 px wide).",
    )

profile = chosen_profile(state)  # None: all conflicts (the default conflict's first view)
colors = side_colors([profile] if profile else default_catalog())
store = get_store()
with step("map page: payload"):
    payload = _map_payload(str(store.path), store.data_version(), repr(state), heat, colors, shown, view.status)
    try:
        payload_url: str | None = f"{PAYLOADS_URL}/{publish_payload(payload, PAYLOAD_DIR)}"
    except OSError:  # a read-only or full disk: the payload goes inside the page, as it always can
        payload_url = None
rows = payload_rows(shown)

with st.container():  # always there, so the map below keeps its place (and its zoom)
    if shown.empty and not no_claims_here(view):  # (none stored: said so, with the ways claims come in)
        st.warning("No incidents match these filters. Widen the date range or clear some filters.")

linked: tuple[float, float] | None = None  # a link's claim, drawn: the map shows it (reveal)
pick = st.query_params.get(CLAIM_PARAM)
if pick and pick != st.session_state.get(APPLIED_PICK) and (frame["id"] == pick).any():
    st.session_state[APPLIED_PICK] = pick
    st.session_state[SELECTION] = Selection(claim=pick)
    # Framed on only when the link's own filters show it (review43 item 5: the map was framed on a
    # claim it did not draw); hidden, the map shows what the filters let through and the panel says why.
    drawn = rows_where(shown, shown["id"] == pick)
    if not drawn.empty:
        row = drawn.iloc[0]
        # at the offline basemap's own zoom (walk42: zoom 11 over tiles of zoom 6 was a blur), or as much closer
        # as its marker needs to stand apart from its cluster (walk46 item 5: a ringed "3,951" cluster at zoom 6)
        linked = (float(row["latitude"]), float(row["longitude"]))

legend = legend_html(
    # the sides present, not a Python step per claim (1.7 s at 1M)
    colors={s: c for s, c in colors.items() if s in set(shown["reporting_side"].dropna().unique())} or colors
)


def take_click(drawing: object, payload: str, rows: pd.DataFrame) -> bool:
    """Select what a click on the map names (once per click); whether it was a new click."""
    clicked = clicked_marker(drawing, payload, len(rows))
    if clicked is None or clicked.click == st.session_state.get(LAST_CLICK):
        return False
    st.session_state[LAST_CLICK] = clicked.click
    st.session_state[TO_VIEW] = clicked.click
    row = rows.iloc[clicked.index]
    spot = spot_of(row["latitude"], row["longitude"])
    st.session_state[SELECTION] = Selection(spot=spot) if clicked.stack else Selection(claim=str(row["id"]))
    open_claim_in_url(None if clicked.stack else str(row["id"]))
    return True


@st.fragment
def map_and_details(
    payload: str, payload_url: str | None, rows: pd.DataFrame, linked: tuple[float, float] | None
) -> None:
    """The map and the details panel: a click reruns only this, not the sidebar and its filters.

    Streamlit re-renders what a rerun touches; rerunning the whole page for a click cost ~3 s in
    the browser whatever the number of claims. The click is read from the map's state before the
    map is built again, so the details go out first. A write from the panel reruns the whole app.
    """
    if beside:
        st.html(BESIDE_CSS)  # style only: no element drawn
        with st.container(key=BESIDE_KEY):
            map_column, details_column = st.columns([3, 2], gap="medium")
    else:
        map_column, details_column = st.container(), st.container()
    with step("map page: click"):
        state = st.session_state.get(MAP_KEY)
        take_click(state.get("last_active_drawing") if isinstance(state, dict) else None, payload, rows)
    selection = st.session_state.get(SELECTION, Selection())
    with details_column, step("map page: details"):
        moved_to = details_panel(frame, shown, groups, view.status, selection)
        click = st.session_state.pop(TO_VIEW, None)
        if click:  # (below the map, on a phone, the list a tap filled was out of view: walk48 item 6)
            bring_details_into_view(st.session_state.get(SELECTION, selection), click)
    # shown where it is: a link's claim, or the claim open whose point was just corrected (walk46 item 3)
    reveal = linked or moved_to
    # the open claim's ring, told to a new layer (None: the claim open is not drawn, its ring goes)
    ring = ring_for(payload_url or payload_token(payload), shown, st.session_state.get(SELECTION, selection))
    with map_column:
        st.html(MAP_FIT_CSS)  # style only: no element drawn
        with st.container(key=MAP_FRAME_KEY), step("map page: st_folium"):
            result = streamlit_folium.st_folium(
                base_map(profile.extent if profile else None),
                key=MAP_KEY,
                height=MAP_HEIGHT,
                use_container_width=True,
                feature_group_to_add=incident_feature_group(
                    payload,
                    fit=reveal is None,
                    url=payload_url,
                    selected=reveal or ring,
                    unselect=ring is None,
                    reveal=reveal is not None,
                    # a link from the basemap's own zoom (the layer zooms in from there); a moved claim from the
                    # map's zoom as the user left it
                    reveal_zoom=claim_zoom() if linked else None,
                    # (a fit spreads the claims as before, to zoom 11: capped at the offline tiles' 6 it drew a few
                    # claims as grey clusters, not markers coloured by side; only one claim's link is capped)
                    max_zoom=claim_zoom(online_tiles=True),
                    # past the tiles' own zoom only as far as the spots need to stand apart (walk44 item 3:
                    # a filter leaving one place framed it at 11, 5 km across over tiles of zoom 6)
                    tiles_zoom=claim_zoom(),
                    # but one spot, or a few close together, at least where the place names show (walk51)
                    spot_zoom=SPOT_FIT_ZOOM,
                ),
                returned_objects=["last_active_drawing"],
            )
        st.html(legend)
    if take_click((result or {}).get("last_active_drawing"), payload, rows):
        st.rerun()  # a click the map's state did not hold (not seen in a browser): show its details


# The first visit after a plain `streamlit run` on a fresh checkout: the tiles are being written
# (app.py started that); drawn now, the map had no basemap until the page was loaded again.
wait_for_tiles()
map_and_details(payload, payload_url, rows, linked)

with st.sidebar, step("map page: downloads"):
    download_buttons(shown, key_prefix="map", state=state, status=view.status)
