"""The Settings page (AppTest): the name in the history and the online geocoder, kept in the user's
settings file across sessions, never in the database; the geocoder off by default, and the page
saying what is sent where when it is on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from nominatim_stub import StubNominatim, stub_nominatim
from streamlit.testing.v1 import AppTest

from apptools import open_page_without_error
from mapdata.geo.placebook import PlaceResolver
from mapdata.geo.settings import settings_for
from mapdata.preferences import settings_path
from mapdata.store import Store, current_user

PAGE = "app_pages/6_Settings.py"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A settings file of this test's own; no name or geocoder switch from the environment."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for variable in ("MAPDATA_USER", "MAPDATA_ONLINE_GEOCODER", "MAPDATA_GEOCODER_USER_AGENT"):
        monkeypatch.delenv(variable, raising=False)
    return settings_path()


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch):
    with stub_nominatim() as server:
        monkeypatch.setenv("MAPDATA_NOMINATIM_DOMAIN", server.domain)
        monkeypatch.setenv("MAPDATA_NOMINATIM_SCHEME", "http")
        yield server


def texts(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in ("markdown", "caption", "info", "success", "error") for e in at.get(kind))


def test_the_name_is_kept_across_sessions_and_recorded_in_the_history(db_path: Path, config: Path) -> None:
    store = Store(db_path)
    at = open_page_without_error(PAGE)
    at.text_input(key="settings_name").set_value("Monitor Ana")
    at.button[0].click().run()  # "Save name"
    assert not at.exception and any("Monitor Ana" in s.value for s in at.success)
    fresh = open_page_without_error(PAGE)  # another session, as after a restart
    assert fresh.text_input(key="settings_name").value == "Monitor Ana"
    claim = store.frame()["id"].iloc[0]
    store.review([claim], "disputed")
    assert store.history(claim)[-1].who == "Monitor Ana" == current_user()
    assert config.exists()


def test_the_online_geocoder_is_off_by_default_and_says_what_is_sent_where(
    db_path: Path, config: Path, stub: StubNominatim
) -> None:
    Store(db_path)
    at = open_page_without_error(PAGE)
    assert at.toggle(key="settings_online_enabled").value is False
    shown = texts(at).replace("\\", "")
    assert f"http://{stub.domain}/" in shown  # where names would go
    assert "nothing leaves this computer" in shown and "Nothing else is sent" in shown


def test_turning_the_online_geocoder_on_keeps_it_on_for_every_session(
    db_path: Path, config: Path, stub: StubNominatim
) -> None:
    store = Store(db_path)
    at = open_page_without_error(PAGE)
    at.toggle(key="settings_online_enabled").set_value(True)
    at.button[1].click().run()  # "Save online look-up", no user agent yet
    assert "user agent" in at.error[0].value and not config.exists()
    at.text_input(key="settings_online_agent").set_value("monitor (me@example.org)")
    at.button[1].click().run()
    assert not at.exception and any("on" in s.value for s in at.success)
    assert settings_for().enabled is True
    assert open_page_without_error(PAGE).toggle(key="settings_online_enabled").value is True  # a new session
    PlaceResolver(store).geocode("Stubtown")
    assert [(r.query, r.user_agent) for r in stub.requests] == [("Stubtown", "monitor (me@example.org)")]
    con = sqlite3.connect(db_path)
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
    assert "geocoder_settings" not in tables  # nothing of the switch in the data file


def test_a_files_own_geocoder_settings_are_ignored_and_said_so(db_path: Path, config: Path, stub) -> None:
    Store(db_path)
    con = sqlite3.connect(db_path)
    with con:
        con.execute("CREATE TABLE geocoder_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.executemany("INSERT INTO geocoder_settings VALUES (?, ?)", [("enabled", "1"), ("user_agent", "planted")])
    con.close()
    at = open_page_without_error(PAGE)
    assert "ignored" in texts(at) and at.toggle(key="settings_online_enabled").value is False
    PlaceResolver(Store(db_path)).geocode("Stubtown")
    assert stub.requests == []
