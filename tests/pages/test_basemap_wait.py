"""The map waits for the offline tiles of a first start (ui/basemap.py), bounded, and says why.

A plain ``streamlit run app.py`` on a fresh checkout writes the tiles while the first page is
drawn; that page's map used to be built before they were there, grey until a reload.
"""

from __future__ import annotations

import ast
import threading
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import ui.basemap

ROOT = Path(__file__).resolve().parents[2]


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


def _calls(node: ast.AST, name: str) -> list[ast.Call]:
    """Calls of ``name`` (``name(...)`` or ``anything.name(...)``) inside ``node``."""
    return [
        call
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and (getattr(call.func, "id", None) == name or getattr(call.func, "attr", None) == name)
    ]


def test_every_map_of_the_app_waits_for_the_tiles_first() -> None:
    """closing24: only the Map page waited; the Gazetteer's maps, Add report's preview map and the
    point picker were drawn grey on a first plain ``streamlit run``. Each ``st_folium`` call comes after
    a ``wait_for_tiles()`` in the same function, or (the Map page, whose map is in a fragment) after
    one at the page's top level before the statement that draws the map."""
    found = []
    for path in sorted([*ROOT.glob("app_pages/*.py"), *ROOT.glob("ui/*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = [s for s in tree.body if not isinstance(s, (ast.FunctionDef, ast.ClassDef))]
        for node in tree.body:  # a function, or a statement of the page's top level (a tab, a form)
            for call in _calls(node, "st_folium"):
                where = node.name if isinstance(node, ast.FunctionDef) else f"line {call.lineno}"
                found.append(f"{path.name}:{where}")
                if any(w.lineno < call.lineno for w in _calls(node, "wait_for_tiles")):
                    continue
                assert isinstance(node, ast.FunctionDef), f"{path.name}: a map drawn at {where} before any wait"
                drawn = min(s.lineno for s in top if _calls(s, node.name))
                assert any(s.lineno < drawn for s in top if _calls(s, "wait_for_tiles")), (
                    f"{path.name}: {node.name} draws a map without waiting for the tiles"
                )
    assert len(found) == 6, found  # the Map page, the point picker, Add report, the Gazetteer's three
