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
