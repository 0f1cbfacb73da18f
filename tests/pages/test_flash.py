"""A write's message stays through the runs that follow it on its page, then goes.

The map answers the redraw after a write with a run of its own; the message used to be shown on
exactly one run, so on a loaded machine it was gone before it could be read (CI, 6acb4b8).
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _page() -> None:
    import streamlit as st

    from ui.curation import flash, show_flash

    if st.session_state.pop("write", False):
        flash("Saved: wounded changed.")
    show_flash(st.session_state.get("page", "map"))


def _messages(at: AppTest) -> list[str]:
    return [s.value for s in at.success]


def test_the_message_stays_through_the_runs_after_a_write_on_its_page() -> None:
    at = AppTest.from_function(_page, default_timeout=30).run()
    assert _messages(at) == []
    at.session_state["write"] = True
    at.run()
    assert _messages(at) == ["Saved: wounded changed."]
    for _ in range(3):  # the map's own runs, the user's next click
        at.run()
        assert _messages(at) == ["Saved: wounded changed."]


def test_the_message_goes_after_its_time(monkeypatch) -> None:
    import ui.curation

    at = AppTest.from_function(_page, default_timeout=30).run()
    at.session_state["write"] = True
    at.run()
    assert _messages(at) == ["Saved: wounded changed."]
    monkeypatch.setattr(ui.curation, "FLASH_SECONDS", -1.0)  # its time is over (AppTest runs in this process)
    at.session_state["write"] = True
    at.run()  # shown once, whatever the time
    assert _messages(at) == ["Saved: wounded changed."]
    at.run()
    assert _messages(at) == []


def test_another_page_drops_the_message() -> None:
    at = AppTest.from_function(_page, default_timeout=30).run()
    at.session_state["write"] = True
    at.run()
    at.session_state["page"] = "table"
    at.run()
    assert _messages(at) == []
    at.session_state["page"] = "map"  # and it does not come back
    at.run()
    assert _messages(at) == []


def _page_that_shows_none() -> None:
    import streamlit as st

    from ui.curation import drop_flash_elsewhere, flash, show_flash

    if st.session_state.pop("write", False):
        flash("Saved: wounded changed.")
    page = st.session_state.get("page", "Map")
    drop_flash_elsewhere(page)  # as app.py does for every page
    if page == "Map":
        show_flash(page)


def test_a_page_that_shows_no_messages_drops_the_message_too() -> None:
    # Map, then Gazetteer (which shows none), then Map again within the message's time
    at = AppTest.from_function(_page_that_shows_none, default_timeout=30).run()
    at.session_state["write"] = True
    at.run()
    assert _messages(at) == ["Saved: wounded changed."]
    at.session_state["page"] = "Gazetteer"
    at.run()
    at.session_state["page"] = "Map"
    at.run()
    assert _messages(at) == []


# -- a message about one claim is not shown above another ------------------------------------


def _page_with_claims() -> None:
    import streamlit as st

    from ui.curation import flash, show_flash

    if write := st.session_state.pop("write", None):  # (message, the claim it is about or None)
        flash(write[0], claim=write[1])
    show_flash("Map", st.session_state.get("open"))  # the claim open below, or None


def test_opening_another_claim_hides_the_message_about_the_first() -> None:
    at = AppTest.from_function(_page_with_claims, default_timeout=30)
    at.session_state["open"] = "claim-a"
    at.session_state["write"] = ("Saved: wounded changed.", "claim-a")
    at.run()
    assert _messages(at) == ["Saved: wounded changed."]
    at.run()  # the map's own run: still its claim
    assert _messages(at) == ["Saved: wounded changed."]
    at.session_state["open"] = "claim-b"
    at.run()
    assert _messages(at) == []
    at.session_state["open"] = "claim-a"  # reopened within the time: the user moved on, it is gone (walk41)
    at.run()
    assert _messages(at) == []


def test_closing_the_claim_drops_the_message_about_it() -> None:
    """walk41: "Undone: …" stayed shown once the claim's details were closed."""
    at = AppTest.from_function(_page_with_claims, default_timeout=30)
    at.session_state["open"] = "claim-a"
    at.session_state["write"] = ("Undone: change 2 — wounded 7 → 3.", "claim-a")
    at.run()
    assert _messages(at) == ["Undone: change 2 — wounded 7 → 3."]
    at.session_state["open"] = None  # closed
    at.run()
    assert _messages(at) == []
    at.session_state["open"] = "claim-a"
    at.run()
    assert _messages(at) == []


def test_a_message_about_no_one_claim_stays_until_the_user_opens_another() -> None:
    at = AppTest.from_function(_page_with_claims, default_timeout=30)
    at.session_state["open"] = "claim-a"
    at.session_state["write"] = ("3 claims retracted.", None)  # an import batch, several claims
    at.run()
    for _ in range(2):  # the map's own runs
        at.run()
        assert _messages(at) == ["3 claims retracted."]
    at.session_state["open"] = "claim-b"
    at.run()
    assert _messages(at) == []


def _page_with_filters() -> None:
    import streamlit as st

    from ui.curation import flash, show_flash

    if st.session_state.pop("write", False):
        flash("Saved: wounded changed.", claim="claim-a")
    show_flash("Map", "claim-a")


def test_other_filters_drop_the_message() -> None:
    at = AppTest.from_function(_page_with_filters, default_timeout=30)
    at.session_state["write"] = True
    at.run()
    assert _messages(at) == ["Saved: wounded changed."]
    at.run()
    assert _messages(at) == ["Saved: wounded changed."]
    at.query_params["side"] = "Armenia"  # the user filtered the view
    at.run()
    assert _messages(at) == []


def _page_said_below() -> None:
    import streamlit as st

    from ui.curation import flash, said_again, show_flash

    if st.session_state.pop("write", False):
        flash("Undone: change 2.", claim="claim-a", below="undone:claim-a")
    show_flash("Map", "claim-a")
    st.markdown("…the claim's details, its History…")
    said_again("undone:claim-a")


def test_a_message_left_for_its_place_is_said_there_only_and_never_in_a_toast() -> None:
    """walk41: an undo was said at the panel's top, under the History and in a toast."""
    at = AppTest.from_function(_page_said_below, default_timeout=30)
    at.session_state["write"] = True
    at.run()
    assert _messages(at) == ["Undone: change 2."]
    assert [s.icon for s in at.success] == [":material/check_circle:"]
    assert not at.toast
    at.run()
    assert _messages(at) == ["Undone: change 2."] and not at.toast


# -- the same on the map page itself (the map stubbed as in test_app.py) -----------------------

SOTK_2022 = "bundled:2022-09-13-am-mod-sotk"  # the other claim at Sotk's spot
GORIS = "bundled:2022-09-13-am-mod-goris"  # a claim alone at its spot


def _save_wounded(at: AppTest, value: str) -> None:
    next(w for w in at.text_input if w.label == "Wounded (empty = not stated)").set_value(value)
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert not at.exception, at.exception
    # said once, in a toast, with its values (walk43: at the panel's top it was out of view)
    assert [t.value for t in at.toast if t.value.startswith("Saved: wounded ")] and _messages(at) == []


def _toasts(at: AppTest) -> list[str]:
    return [t.value for t in at.toast]


def _open_claim(at: AppTest) -> str:
    from tests.pages.test_app import fields_shown

    return fields_shown(at)["id"]


def test_a_saved_edit_is_not_said_above_another_claim_clicked_on_the_map(db_path, monkeypatch) -> None:
    from apptools import open_page_without_error
    from tests.pages.test_app import APP, SOTK_UAV, MapStub

    stub = MapStub()
    stub.install(monkeypatch)
    at = open_page_without_error(APP)
    stub.click(SOTK_UAV)
    at.run()
    _save_wounded(at, "7")
    at.run()  # the map's own run after the write: not said again (the toast stays by itself)
    assert _messages(at) == [] and _toasts(at) == []
    stub.click(GORIS)  # within the message's time
    at.run()
    assert _open_claim(at) == GORIS and _messages(at) == [] and _toasts(at) == []
    stub.click(SOTK_UAV)  # and back within its time: the user moved on, it is not said again (walk41)
    at.run()
    assert _open_claim(at) == SOTK_UAV and _messages(at) == [] and _toasts(at) == []


def test_a_saved_edit_is_not_said_above_another_claim_ticked_in_the_spot_list(db_path, monkeypatch) -> None:
    from apptools import open_page_without_error
    from tests.pages.test_app import APP, SOTK_UAV, MapStub

    stub = MapStub()
    stub.install(monkeypatch)
    at = open_page_without_error(APP)
    stub.click(SOTK_UAV, stack=True)  # Sotk's two claims, newest first
    at.run()

    def tick(row: int) -> None:
        [grid] = [d for d in at.dataframe if d.key and d.key.startswith("spot_table_")]
        at.session_state[grid.key] = {"selection": {"rows": [row], "columns": [], "cells": []}}
        at.run()
        assert not at.exception, at.exception

    tick(0)
    assert _open_claim(at) == SOTK_UAV
    _save_wounded(at, "7")
    assert _open_claim(at) == SOTK_UAV
    tick(1)
    assert _open_claim(at) == SOTK_2022 and _messages(at) == [] and _toasts(at) == []


def test_the_warning_before_saving_claims_without_a_source_names_the_buttons() -> None:
    from ui.curation import unsourced_warning

    assert unsourced_warning(1).startswith(
        "1 claim has no source (no outlet and no URL): nobody will be able to check where it came from."
    )
    many = unsourced_warning(3)
    assert "3 claims have no source" in many and "where they came from" in many and "save them as they are" in many
    assert "“Cancel: save nothing”" in many and "“Save with these choices”" in many
