"""Whether the online geocoder is on, and where it sends names, comes from the user — never from a data file.

A database someone sent you must not be able to switch the fallback on, or point it at their
own server over plain HTTP: every name you look up would go there. Settings come from the
environment, the config file in your home, or the Gazetteer page for one session.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from nominatim_stub import StubNominatim, stub_nominatim

from mapdata.geo.online import OnlineGeocoder, OnlineSettings, settings_for
from mapdata.geo.placebook import resolve_place
from mapdata.store import Store

ENV_NAMES = (
    "MAPDATA_ONLINE_GEOCODER",
    "MAPDATA_GEOCODER_USER_AGENT",
    "MAPDATA_NOMINATIM_DOMAIN",
    "MAPDATA_NOMINATIM_SCHEME",
    "MAPDATA_GEOCODER_TIMEOUT",
    "MAPDATA_GEOCODER_ALLOW_HTTP",
)


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No geocoder settings in the environment, and an empty config folder of our own."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


@pytest.fixture
def stub() -> Iterator[StubNominatim]:
    with stub_nominatim() as server:
        yield server


def _write_config(home: Path, text: str) -> Path:
    path = home / "ceasefire-map" / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _plant_file_settings(store: Store, settings: dict[str, str]) -> None:
    """What an older version (or someone who sent us the file) left in the database."""
    con = sqlite3.connect(store.path)
    with con:
        con.execute("CREATE TABLE IF NOT EXISTS geocoder_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.executemany("INSERT OR REPLACE INTO geocoder_settings VALUES (?, ?)", settings.items())
    con.close()


def test_a_database_file_cannot_turn_the_geocoder_on_or_choose_its_host(store: Store, stub: StubNominatim) -> None:
    _plant_file_settings(
        store, {"enabled": "1", "user_agent": "planted", "domain": stub.domain, "scheme": "http", "timeout": "2"}
    )
    result = resolve_place("Stubtown", store)
    assert not result.found
    assert stub.requests == []  # the name never left the machine
    settings = OnlineGeocoder.for_store(store).settings
    assert (settings.enabled, settings.domain, settings.scheme) == (False, "nominatim.openstreetmap.org", "https")


def test_the_config_file_in_the_users_home_turns_it_on(store: Store, stub: StubNominatim, user_home: Path) -> None:
    _write_config(
        user_home,
        f'[geocoder]\nenabled = true\nuser_agent = "monitor (me@example.org)"\ndomain = "{stub.domain}"\n'
        'scheme = "http"\ntimeout = 2\n',
    )
    result = resolve_place("Stubtown", store)
    assert result.found and result.place.name == "Stubtown"
    assert [(r.query, r.user_agent) for r in stub.requests] == [("Stubtown", "monitor (me@example.org)")]


def test_the_environment_overrides_the_config_file(user_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write_config(user_home, '[geocoder]\nenabled = true\nuser_agent = "from file"\n')
    assert settings_for().enabled and settings_for().user_agent == "from file"
    assert settings_for().origin == f"config file {path}"
    monkeypatch.setenv("MAPDATA_ONLINE_GEOCODER", "0")
    monkeypatch.setenv("MAPDATA_GEOCODER_USER_AGENT", "from env")
    settings = settings_for()
    assert not settings.enabled and settings.user_agent == "from env"


def test_a_broken_config_file_is_named_and_leaves_the_geocoder_off(user_home: Path) -> None:
    path = _write_config(user_home, "[geocoder\nenabled = tru")
    settings = settings_for()
    assert not settings.enabled
    assert any(str(path) in note and "not valid TOML" in note for note in settings.notes)


@pytest.mark.parametrize(
    "text, words",
    [
        ('[geocoder]\nenabled = "yes please"\n', "enabled"),
        ("[geocoder]\ntimeout = -3\n", "timeout"),
        ('[geocoder]\nscheme = "ftp"\n', "scheme"),
        ("geocoder = 3\n", "[geocoder]"),
    ],
)
def test_wrong_values_in_the_config_file_are_named_not_guessed(user_home: Path, text: str, words: str) -> None:
    _write_config(user_home, text)
    settings = settings_for()
    assert not settings.enabled and settings.timeout == OnlineSettings().timeout and settings.scheme == "https"
    assert any(words in note for note in settings.notes), settings.notes


def test_https_is_the_default_and_the_endpoint_is_shown() -> None:
    settings = settings_for(environ={})
    assert settings.scheme == "https" and settings.endpoint == "https://nominatim.openstreetmap.org/"


@pytest.mark.parametrize("host", ["geocoder.invalid", "10.1.2.3", "evil.example.org:8080"])
def test_plain_http_off_the_loopback_is_refused_before_any_request(store: Store, host: str) -> None:
    settings = OnlineSettings(enabled=True, user_agent="t", domain=host, scheme="http", timeout=0.5)
    result = OnlineGeocoder(store, settings).geocode("Anywhere")
    assert result.status == "error" and "plain http" in result.reason and "MAPDATA_GEOCODER_ALLOW_HTTP" in result.reason


@pytest.mark.parametrize("host", ["127.0.0.1:8080", "localhost:1", "[::1]:99"])
def test_plain_http_to_the_loopback_is_allowed(host: str) -> None:
    assert OnlineSettings(enabled=True, user_agent="t", domain=host, scheme="http").refusal is None


def test_plain_http_elsewhere_only_when_the_user_asks() -> None:
    asked = settings_for(
        environ={
            "MAPDATA_NOMINATIM_DOMAIN": "nominatim.lan",
            "MAPDATA_NOMINATIM_SCHEME": "http",
            "MAPDATA_GEOCODER_ALLOW_HTTP": "1",
        }
    )
    assert asked.refusal is None and asked.endpoint == "http://nominatim.lan/"


@pytest.mark.parametrize("domain", ["user:pw@evil.org", "evil.org/x?y=1", "a b", "evil.org#frag", ""])
def test_a_domain_that_is_not_a_host_is_refused(domain: str) -> None:
    assert OnlineSettings(enabled=True, user_agent="t", domain=domain).refusal


def test_the_cli_says_once_that_the_files_own_settings_are_ignored(db_path: Path, capsys) -> None:
    from mapdata.cli import main

    _plant_file_settings(Store(db_path), {"enabled": "1", "domain": "evil.example.org"})
    assert main(["geocode", "--db", str(db_path), "Sotk", "Qwxzzlebrook"]) == 3  # one not found
    err = capsys.readouterr().err
    assert err.count("geocoder settings stored in") == 1 and "ignored" in err
