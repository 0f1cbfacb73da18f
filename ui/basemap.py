"""The offline basemap in the app: its tiles written once per server, in the background, and the
first map of a fresh checkout waiting for them instead of drawing without them.

``ceasefire-map app`` writes the tiles before Streamlit starts; a plain ``streamlit run app.py``
writes them here, on the server's first page. A map drawn before they are written has no basemap
(a grey map, and streamlit-folium keeps it until the page is loaded again), so every map of the
app (``tests/pages/test_basemap_wait.py`` finds them all) calls :func:`wait_for_tiles` first: it waits, with a spinner saying why, only while
tiles are being written for the first time, and at most :data:`WAIT_SECONDS`.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_until

import streamlit as st

from mapdata.mapview.basemap import Basemap, prepare_basemap, tiles_to_come
from mapdata.safety import escape_markdown

WAIT_SECONDS = 60.0  # a first start takes 3-20 s (tiles 0.5 s, place labels 2.5 s on a quiet machine)
POLL_SECONDS = 2.0  # after a longer wait: how often the page looks whether the tiles are there
WAITING = (
    "Preparing the offline basemap (land, water and place names, served by this app): "
    "once, on the server's first start, a few seconds…"
)


@st.cache_resource(show_spinner=False)
def _preparation() -> Future[tuple[Basemap | None, str | None]]:
    """Write the offline tiles and place labels into static/ once per server, in the background."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="basemap").submit(prepare_basemap)


def _problem(preparing: Future[tuple[Basemap | None, str | None]]) -> str | None:
    failed = preparing.exception()
    return f"{type(failed).__name__}: {failed}" if failed is not None else preparing.result()[1]


def _say_problem(preparing: Future[tuple[Basemap | None, str | None]]) -> None:
    if problem := _problem(preparing):
        st.sidebar.caption(f"Offline basemap not available: {escape_markdown(problem)}")


def start_preparing() -> None:
    """Every run of the app (app.py): start writing the tiles (once per server); once that has
    ended, the sidebar says why when the basemap is not available."""
    preparing = _preparation()
    if preparing.done():
        _say_problem(preparing)


@st.fragment(run_every=POLL_SECONDS)
def _rerun_when_ready() -> None:
    """Draws nothing; reruns the page once the tiles are written, so its map is drawn with them."""
    if _preparation().done():
        st.rerun(scope="app")


def wait_for_tiles(seconds: float = WAIT_SECONDS) -> None:
    """Before a page draws a map: while the tiles are being written for the first time, wait for
    them (at most ``seconds``) under a spinner saying what happens. Returns at once when they are
    there, or when none are coming (no tiles file: the map opens without them, the sidebar says
    why when there is a reason). After ``seconds`` the map is drawn without them and the page
    reruns itself when they are ready."""
    preparing = _preparation()
    if preparing.done() or not tiles_to_come():
        return
    with st.spinner(WAITING):
        done, _ = wait_until([preparing], timeout=seconds)
    if done:
        _say_problem(preparing)  # app.py said nothing: it ended during this run
    else:
        st.caption("The offline basemap is still being prepared: the map shows it as soon as it is ready.")
        _rerun_when_ready()
