"""The peer page of bench_scale.py: our map page's data and filters, drawn by ``st.pydeck_chart``.

Streamlit ships deck.gl as ``st.pydeck_chart``; this page loads the incidents and applies the
shared sidebar filters exactly as the map page does, then draws the same filtered points as one
ScatterplotLayer (no base map: the benchmark runs offline). Run by bench_scale.py as
``streamlit run benchmarks/pydeck_peer.py``; not part of the app.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pydeck as pdk
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mapdata.mapview import SIDE_COLORS
from ui.common import filtered_view

st.set_page_config(page_title="pydeck peer", layout="wide")
view = filtered_view()
shown = view.shown
rgb = {side: [int(colour[i : i + 2], 16) for i in (1, 3, 5)] for side, colour in SIDE_COLORS.items()}
points = shown[["longitude", "latitude"]].assign(color=shown["reporting_side"].map(rgb))
layer = pdk.Layer(
    "ScatterplotLayer",
    points,
    get_position=["longitude", "latitude"],
    get_fill_color="color",
    get_radius=60,
    radius_min_pixels=2,
    pickable=True,
)
deck = pdk.Deck(layers=[layer], map_style=None, initial_view_state=pdk.ViewState(latitude=40.2, longitude=45.4, zoom=7))
st.pydeck_chart(deck, height=620)
st.caption(f"{len(shown):,} points")
