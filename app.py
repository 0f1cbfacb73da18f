"""The app's entry point: the page list and the menu that keeps the filters; each page is a file in pages/.

Run with ``streamlit run app.py`` (or ``ceasefire-map app``).
"""

from __future__ import annotations

import streamlit as st

from ui.navigation import all_pages, page_menu

st.set_page_config(page_title="Ceasefire Incident Map", page_icon="🗺️", layout="wide")
current = st.navigation(all_pages(), position="hidden")
page_menu()
current.run()
