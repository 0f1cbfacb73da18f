"""The online fallback against a local stub of Nominatim: answers are cached, errors never are."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from nominatim_stub import STUBTOWN

from mapdata.geo.online import PUBLIC_DOMAIN, OnlineGeocoder, OnlineSettings, settings_for
from mapdata.geo.placebook import PlaceBook, PlaceResolver
from mapdata.store import Store

SLOW_SECONDS = 1.5
TIMEOUT = 0.4

FOUND = [STUBTOWN]


class _Stub(BaseHTTPRequestHandler):
    requests: list[str] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        type(self).requests.append(query)
        if query == "Slowville":
            time.sleep(SLOW_SECONDS)
            self._send(200, json.dumps(FOUND))
        elif query == "Busyville":
            self._send(429, "Too many requests", {"Retry-After": "7"})
        elif query == "Brokenville":
            self._send(500, "internal error")
        elif query == "Garbageville":
            self._send(200, "<html>not json{")
        elif query == "Stubtown":
            self._send(200, json.dumps(FOUND))
        else:
            self._send(200, "[]")

    def _send(self, code: int, body: str, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body.encode())
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout case)


@pytest.fixture(scope="module")
def stub_domain() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def online(store: Store, stub_domain: str) -> OnlineGeocoder:
    _Stub.requests.clear()
    settings = OnlineSettings(
        enabled=True,
        user_agent="ceasefire-map-tests",
        domain=stub_domain,
        scheme="http",
        timeout=TIMEOUT,
        min_delay_seconds=0.0,
    )
    return OnlineGeocoder(store, settings)


def test_found_answer_is_returned_and_cached(online: OnlineGeocoder) -> None:
    first = online.geocode("Stubtown", countries=["AM"])
    assert first.found and first.place.name == "Stubtown"
    assert (first.place.latitude, first.place.longitude, first.place.country) == (40.2, 45.87, "AM")
    assert first.place.admin1 == "Gegharkunik"
    again = online.geocode("stubtown", countries=["AM"])
    assert again.found and again.source == "nominatim-cache"
    assert _Stub.requests == ["Stubtown"]  # asked once


def test_cache_survives_a_new_geocoder_on_the_same_database(online: OnlineGeocoder) -> None:
    online.geocode("Stubtown")
    fresh = OnlineGeocoder(Store(online.store.path), online.settings)
    assert fresh.geocode("Stubtown").place.name == "Stubtown"
    assert _Stub.requests == ["Stubtown"]


def test_empty_answer_is_a_cached_not_found(online: OnlineGeocoder) -> None:
    first = online.geocode("Nowhereville")
    assert first.status == "not_found" and "no such place" in first.reason
    assert online.geocode("Nowhereville").source == "nominatim-cache"
    assert _Stub.requests == ["Nowhereville"]


@pytest.mark.parametrize(
    "name, words",
    [
        ("Slowville", "did not answer"),
        ("Busyville", "429"),
        ("Brokenville", "failed"),
        ("Garbageville", "not valid JSON"),
    ],
)
def test_errors_say_why_and_are_never_cached(online: OnlineGeocoder, name: str, words: str) -> None:
    result = online.geocode(name)
    assert result.status == "error" and result.place is None
    assert words in result.reason
    online.geocode(name)
    assert _Stub.requests == [name, name]  # asked again: an error is not an answer


def test_rate_limit_reason_mentions_retry_after(online: OnlineGeocoder) -> None:
    assert "retry after 7" in online.geocode("Busyville").reason


def test_refused_connection_is_unavailable(store: Store) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    geocoder = OnlineGeocoder(
        store,
        OnlineSettings(
            enabled=True,
            user_agent="t",
            domain=f"127.0.0.1:{port}",
            scheme="http",
            timeout=TIMEOUT,
            min_delay_seconds=0,
        ),
    )
    result = geocoder.geocode("Anywhere")
    assert result.status == "error" and "unreachable" in result.reason


def test_off_by_default_and_needs_a_user_agent(store: Store, stub_domain: str) -> None:
    assert settings_for(environ={}).enabled is False
    off = OnlineGeocoder(store, OnlineSettings(domain=stub_domain, scheme="http"))
    assert "off" in off.geocode("Stubtown").reason
    anonymous = OnlineGeocoder(store, OnlineSettings(enabled=True, domain=stub_domain, scheme="http"))
    result = anonymous.geocode("Stubtown")
    assert result.status == "error" and "user agent" in result.reason


def test_environment_turns_it_on() -> None:
    env = {"MAPDATA_ONLINE_GEOCODER": "1", "MAPDATA_GEOCODER_USER_AGENT": "monitor@example.org"}
    settings = settings_for(environ=env)
    assert settings.enabled and settings.user_agent == "monitor@example.org" and settings.origin == "environment"


def test_public_service_is_never_asked_faster_than_once_a_second() -> None:
    assert OnlineSettings(domain=PUBLIC_DOMAIN, min_delay_seconds=0).polite().min_delay_seconds == 1.0


def test_resolver_falls_back_online_only_for_names_the_gazetteer_lacks(
    store: Store, online: OnlineGeocoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OnlineGeocoder, "for_store", classmethod(lambda cls, s, settings=None: online))
    with PlaceResolver(store, online=True) as resolver:
        assert resolver.geocode("Sotk").source == "gazetteer"
        assert resolver.geocode("Stubtown").place.name == "Stubtown"
        failed = resolver.geocode("Busyville")
    assert failed.status == "error" and "429" in failed.reason
    assert _Stub.requests == ["Stubtown", "Busyville"]
    assert [u.name for u in PlaceBook(store).unresolved()] == ["Busyville"]


def test_cli_online_flag_asks_the_service_configured_by_environment(
    db_path, stub_domain: str, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mapdata.cli import main

    _Stub.requests.clear()
    monkeypatch.setenv("MAPDATA_NOMINATIM_DOMAIN", stub_domain)
    monkeypatch.setenv("MAPDATA_NOMINATIM_SCHEME", "http")
    monkeypatch.setenv("MAPDATA_GEOCODER_USER_AGENT", "ceasefire-map-tests")
    monkeypatch.delenv("MAPDATA_ONLINE_GEOCODER", raising=False)
    Store(db_path)  # --db names an existing database (a mistyped one is an error, not a new file)
    assert main(["geocode", "--db", str(db_path), "--online", "Stubtown", "Sotk", "Nowhereville"]) == 3  # one not found
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["source"], r["status"]) for r in lines] == [
        ("nominatim", "found"),
        ("gazetteer", "found"),
        ("nominatim", "not_found"),
    ]
    assert lines[0]["chosen"]["latitude"] == 40.2
    assert _Stub.requests == ["Stubtown", "Nowhereville"]
