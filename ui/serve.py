"""Start Streamlit with the map page's libraries already imported: ``python -m ui.serve run app.py …``.

Why: Streamlit imports a page's modules inside the first visit after the server starts, so that
visit waited for pandas, pyarrow, folium and our own packages (~0.8 s of a 100,000-claim first
visit, issue 17). Imported here, in the main thread before the server listens, they cost the start
instead of the visit. (Importing them on a background thread once the server ran raced the first
script run's own imports and left the page hanging: keep this synchronous.) ``ceasefire-map app``
and the browser tests start the app this way; plain ``streamlit run app.py`` still works.
"""

from __future__ import annotations

import importlib
import sys

# What the map page needs before it can draw; nothing here touches Streamlit's runtime.
PRELOADED = (
    "numpy",
    "pandas",
    "pyarrow",
    "folium",
    "mapdata.claims",
    "mapdata.filters",
    "mapdata.mapview",
    "mapdata.store",
)


def preload() -> None:
    """Import :data:`PRELOADED` now, in this thread."""
    for name in PRELOADED:
        importlib.import_module(name)


def main(argv: list[str]) -> None:
    """``streamlit`` with ``argv`` (``run app.py --server.port …``), after :func:`preload`."""
    preload()
    from streamlit.web import cli

    sys.argv = ["streamlit", *argv]
    sys.exit(cli.main())


if __name__ == "__main__":
    main(sys.argv[1:])
