"""The app's entry point: the page list and the menu that keeps the filters; each page is a file in pages/.

Run with ``streamlit run app.py`` (or ``ceasefire-map app``).
"""

from __future__ import annotations

import streamlit as st

from mapdata.mapview.basemap import prepare_basemap
from mapdata.safety import escape_markdown
from ui.navigation import all_pages, page_menu


@st.cache_resource(show_spinner="Preparing the offline basemap (first start only)…")
def _offline_basemap() -> str | None:
    """Write the offline tiles into static/ once per server (a no-op when they are up to date)."""
    return prepare_basemap()[1]


st.set_page_config(page_title="Ceasefire Incident Map", page_icon="🗺️", layout="wide")
if problem := _offline_basemap():
    st.sidebar.caption(f"Offline basemap not available: {escape_markdown(problem)}")
current = st.navigation(all_pages(), position="hidden")
page_menu()
current.run()
