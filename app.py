"""The app's entry point: the page list and the menu that keeps the filters; each page is a file in app_pages/.

Run with ``streamlit run app.py`` (or ``ceasefire-map app``).

Streamlit runs this file as the module ``__main__``, and while it runs, ``sys.modules["__main__"]``
is this file. Add report's reader processes are started with ``spawn``, which imports the parent's
main module in the child under the name ``__mp_main__`` (Python's "safe importing of main module"
rule): without the guard below, every new reader process ran the whole app once, outside any
Streamlit session - 43 "missing ScriptRunContext" warnings in the server's terminal on the first
"Propose incidents", and the work of drawing a page for nobody.
"""

from __future__ import annotations

if __name__ == "__main__":
    import streamlit as st

    from mapdata.safety import escape_markdown
    from ui.basemap import start_preparing
    from ui.curation import drop_flash_elsewhere
    from ui.navigation import PAGE_ICON, all_pages, page_menu, unknown_address
    from ui.readers import warm_readers

    st.set_page_config(page_title="Ceasefire Incident Map", page_icon=PAGE_ICON, layout="wide")
    start_preparing()  # the offline tiles, once per server (`ceasefire-map app` wrote them already)
    warm_readers()  # Add report's first reader starts now, in its own process, not at the first "Propose"
    pages = all_pages()
    unknown = unknown_address(pages)
    current = st.navigation(pages, position="hidden")
    drop_flash_elsewhere(current.title)  # a write's message belongs to the page that made it
    page_menu(current)
    if unknown is not None:
        st.info(f"There is no page at /{escape_markdown(unknown)}: this is the map.", icon=":material/info:")
    current.run()
