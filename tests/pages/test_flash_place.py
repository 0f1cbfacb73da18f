"""review41 finding 7: a write's message is not lost when its claim leaves the spot's list, nor when
the place it was left for is not drawn (AppTest, the map stubbed as in test_app.py).

Before: a claim ticked in a spot's list and then retracted, edited or undone out of the filters
left its row to the next claim of the list, which opened in its place (and went into the address);
the message about the claim written was said of nothing. A message left for a place of its own
(an undo, under the claim's History) was said nowhere when that place was not drawn.
"""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.store import Store
from tests.pages.test_app import APP, SOTK_UAV, MapStub
from tests.pages.test_curation_panel import by_label, press

SOTK_2022 = "bundled:2022-09-13-am-mod-sotk"  # the other claim at Sotk's spot, older: the list's second row
RETRACTED = "Retracted: hidden from every view and export."


def _successes(at: AppTest) -> list[str]:
    return [s.value.replace("\\", "") for s in at.success]


def _opened(at: AppTest) -> list[str]:
    """The ids of the claims the details panel shows in full."""
    # (not a script's template, data-claim-id="${CSS.escape(id)}": ids as written in the panel's markup)
    return [i for e in at.get("html") for i in re.findall(r'data-claim-id="([^"$]+)"', e.proto.body)]


def _tick(at: AppTest, row: int) -> None:
    """Tick ``row`` of the spot's list, as the browser sends it."""
    [grid] = [d for d in at.dataframe if d.key and d.key.startswith("spot_table_")]
    at.session_state[grid.key] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, at.exception


def _sotk_list(monkeypatch: pytest.MonkeyPatch, query: dict[str, str] | None = None) -> AppTest:
    """The map (with ``query``'s filters), Sotk's stack clicked, its first row (the 2023 claim) ticked."""
    stub = MapStub()
    stub.install(monkeypatch)
    at = open_page_without_error(APP, query)
    stub.click(SOTK_UAV, stack=True)
    at.run()
    _tick(at, 0)
    assert _opened(at) == [SOTK_UAV]
    return at


def test_a_claim_retracted_from_a_spots_list_stays_open_and_its_retraction_is_said(db_path, monkeypatch) -> None:
    at = _sotk_list(monkeypatch)
    by_label(at.text_input, "Why retract it (shown with the claim, kept in the history)").set_value("pasted twice")
    press(at, "Retract this claim")
    # was: Sotk's other claim open (its row moved under the tick), the address naming it, nothing said
    assert RETRACTED in _toasts(at) and RETRACTED not in _successes(at)  # in a toast, once (walk43)
    assert SOTK_2022 not in _opened(at) and at.query_params["claim"] == SOTK_UAV
    assert any("This claim was retracted" in i.value for i in at.info)
    at.run()  # the map's own run after the write
    assert RETRACTED not in _successes(at) and SOTK_2022 not in _opened(at)
    press(at, "Restore this claim")  # restored where it was said
    assert _opened(at) == [SOTK_UAV] and "Restored: the claim is shown again." in _toasts(at)
    assert Store(db_path).curation(SOTK_UAV)["retracted_at"] is None


def test_an_edit_out_of_the_filters_keeps_its_claim_open_and_says_so(db_path, monkeypatch) -> None:
    at = _sotk_list(monkeypatch, {"from": "2022-01-01", "to": "2023-05-12"})
    by_label(at.text_input, "Date (YYYY-MM-DD)").set_value("2023-05-13")  # after the filters' last day
    press(at, "Save changes")
    saved = "Saved: date 2023-05-12 → 2023-05-13."  # in a toast, with its values (walk43)
    assert _opened(at) == [SOTK_UAV] and _toasts(at) == [saved] and saved not in _successes(at)
    at.run()
    assert _opened(at) == [SOTK_UAV] and saved not in _toasts(at) + _successes(at)  # once
    # the user opens another claim from the list: nothing is said of it
    _tick(at, 0)
    assert _opened(at) == [SOTK_2022] and saved not in _toasts(at) + _successes(at)


def _toasts(at) -> list[str]:
    return [t.value.replace("\\", "") for t in at.toast]


def test_an_undo_out_of_the_filters_is_said_once_in_a_toast(db_path, monkeypatch) -> None:
    """walk42: said under the History, an undo that moved the claim (back into a clash of three, whose
    claims are drawn above the History) was 1,300 px below the window: a toast, once, in view anywhere."""
    Store(db_path).edit(SOTK_UAV, {"date": "2022-09-14"}, who="test")  # beside Sotk's 2022 claim
    at = _sotk_list(monkeypatch, {"from": "2022-09-13", "to": "2022-09-14"})
    press(at, "Undo this edit")  # back to 2023-05-12: out of the filters
    undone = [s for s in _toasts(at) if s.startswith("Undone: change 2 — date 2022-09-14 → 2023-05-12.")]
    assert len(undone) == 1 and _opened(at) == [SOTK_UAV]
    assert not [s for s in _successes(at) if s.startswith("Undone")]  # not in the page as well
    at.run()
    assert not [s for s in _toasts(at) + _successes(at) if s.startswith("Undone")]  # once
    by_label(at.button, "Close this claim").click().run()
    assert _opened(at) == [] and not [s for s in _successes(at) if s.startswith("Undone")]


def test_an_edit_that_leaves_the_claim_in_its_row_keeps_the_tick(db_path, monkeypatch) -> None:
    at = _sotk_list(monkeypatch)
    by_label(at.text_input, "Wounded (empty = not stated)").set_value("7")
    press(at, "Save changes")
    assert _opened(at) == [SOTK_UAV] and [t for t in _toasts(at) if t.startswith("Saved: wounded ")]
    _tick(at, 1)  # the same list, its next row
    assert _opened(at) == [SOTK_2022] and not [t for t in _toasts(at) + _successes(at) if t.startswith("Saved")]


# -- a message left for a place the run does not draw ----------------------------------------------


def _page_with_a_place() -> None:
    import streamlit as st

    from ui.curation import flash, said_again, say_unplaced, show_flash

    if st.session_state.pop("write", False):
        flash("Undone: change 2.", claim="claim-a", below="undone:claim-a")
    show_flash("Map", st.session_state.get("open", "claim-a"))
    st.markdown("…the claim's details…")
    if st.session_state.get("history", True):  # its History, where the undo is said
        said_again("undone:claim-a")
    say_unplaced()


def test_a_message_whose_place_is_not_drawn_is_said_at_the_top_once() -> None:
    at = AppTest.from_function(_page_with_a_place, default_timeout=30)
    at.session_state["write"] = True
    at.session_state["history"] = False
    at.run()
    assert _successes(at) == ["Undone: change 2."]  # was: said nowhere
    assert at.main.children[0].children[0].value == "Undone: change 2."  # the top's block says it
    at.session_state["history"] = True  # its place is drawn again: said there only
    at.run()
    assert _successes(at) == ["Undone: change 2."]
    assert at.main.children[0].children == {}


def test_a_message_is_not_lost_when_the_run_after_the_write_shows_another_claim_a_moment() -> None:
    at = AppTest.from_function(_page_with_a_place, default_timeout=30)
    at.session_state["write"] = True
    at.session_state["open"] = "claim-b"  # a list redrawn after the write, its tick on another claim
    at.run()
    assert _successes(at) == []  # not said above another claim
    at.session_state["open"] = "claim-a"
    at.run()
    assert _successes(at) == ["Undone: change 2."]
    at.session_state["open"] = "claim-b"  # the user opens another: gone, and not said again on return
    at.run()
    at.session_state["open"] = "claim-a"
    at.run()
    assert _successes(at) == []


def test_add_reports_save_message_is_said_at_the_top_when_its_button_is_not_drawn(db_path) -> None:
    """A save from the proposals is said under their Save button only (ea61db1); on a run that
    draws no proposals (no report read), it was said nowhere."""
    from tests.pages.test_page_add_report import open_add_report
    from ui.curation import _FLASH, _Flash

    Store(db_path)
    at = open_add_report()
    at.session_state[_FLASH] = _Flash("success", "Saved 1 incident: 1 new.", below="ar")  # as _save leaves it
    at.run()
    assert not at.exception and _successes(at) == ["Saved 1 incident: 1 new."]
