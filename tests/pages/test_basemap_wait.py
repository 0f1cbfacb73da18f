"""The map waits for the offline tiles of a first start (ui/basemap.py), bounded, and says why.

A plain ``streamlit run app.py`` on a fresh checkout writes the tiles while the first page is
drawn; that page's map used to be built before they were there, grey until a reload.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future

import pytest
from streamlit.testing.v1 import AppTest

import ui.basemap


def _page() -> None:
    import streamlit as st

    from ui.basemap import start_preparing, wait_for_tiles

    start_preparing()
    wait_for_tiles(st.session_state.get("seconds", 30.0))
    st.write("the map")


def _preparing(monkeypatch: pytest.MonkeyPatch, tiles_to_come: bool = True) -> Future:
    preparing: Future = Future()
    monkeypatch.setattr(ui.basemap, "_preparation", lambda: preparing)
    monkeypatch.setattr(ui.basemap, "tiles_to_come", lambda: tiles_to_come)
    return preparing


def _texts(at: AppTest) -> list[str]:
    return [c.value for c in at.caption] + [c.value for c in at.sidebar.caption]


def test_the_map_waits_for_tiles_being_written_and_is_drawn_when_they_are(monkeypatch) -> None:
    preparing = _preparing(monkeypatch)
    threading.Timer(1.0, preparing.set_result, [(None, None)]).start()
    started = time.monotonic()
    at = AppTest.from_function(_page, default_timeout=30).run()
    assert time.monotonic() - started >= 1.0  # the map came after the tiles
    assert [m.value for m in at.markdown] == ["the map"] and _texts(at) == [] and not at.exception


def test_a_preparation_that_fails_while_the_map_waits_says_why_in_the_sidebar_once(monkeypatch) -> None:
    preparing = _preparing(monkeypatch)
    threading.Timer(0.5, preparing.set_result, [(None, "the file holds no tiles")]).start()
    at = AppTest.from_function(_page, default_timeout=30).run()
    assert [c.value for c in at.sidebar.caption] == ["Offline basemap not available: the file holds no tiles"]
    assert [m.value for m in at.markdown] == ["the map"]
    at.run()  # the next run: app.py's start_preparing says it, the map page no more
    assert [c.value for c in at.sidebar.caption] == ["Offline basemap not available: the file holds no tiles"]


def test_with_no_tiles_to_come_the_map_opens_at_once(monkeypatch) -> None:
    _preparing(monkeypatch, tiles_to_come=False)  # never ends: only the place labels are being written
    started = time.monotonic()
    at = AppTest.from_function(_page, default_timeout=30).run()
    assert time.monotonic() - started < 5.0
    assert [m.value for m in at.markdown] == ["the map"] and _texts(at) == []


def test_the_wait_is_bounded_and_the_page_says_the_basemap_comes_when_ready(monkeypatch) -> None:
    _preparing(monkeypatch)  # never ends within the test
    at = AppTest.from_function(_page, default_timeout=30)
    at.session_state["seconds"] = 0.5
    at.run()
    assert [c.value for c in at.caption] == [
        "The offline basemap is still being prepared: the map shows it as soon as it is ready."
    ]
    assert [m.value for m in at.markdown] == ["the map"] and not at.exception
