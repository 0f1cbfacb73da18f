"""Streamlit glue shared by the pages: cached store access and the shared sidebar filters.

Kept outside ``mapdata`` so the library never imports Streamlit.
"""
