"""The online geocoder answering valid JSON of the wrong shape (a stub Nominatim on 127.0.0.1).

tests/test_geocoders.py already covers a down, slow, 429, 500 and non-JSON service; these are
the answers that parse as JSON but are not what Nominatim promises (a proxy's error object, a
list of numbers, a result without coordinates, coordinates off the globe). The promise is the
same: the name stays unresolved with a reason, nothing is cached, and the next name proceeds.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

import mapdata.geo.online as geocoders
from mapdata.store import Store

GOOD = [
    {
        "place_id": 1,
        "osm_type": "node",
        "osm_id": 7,
        "lat": "40.2",
        "lon": "45.87",
        "name": "Stubtown",
        "display_name": "Stubtown, Armenia",
        "addresstype": "village",
        "address": {"village": "Stubtown", "country_code": "am"},
    }
]
ANSWERS = {
    "Stubtown": GOOD,
    "ErrorObject": {"error": "upstream proxy failure"},
    "NullAnswer": None,
    "OffTheGlobe": [{"lat": "95", "lon": "45", "display_name": "x"}],
    "NoCoordinates": [{}],
    "NullCoordinates": [{"lat": "x", "lon": None}],
    "ListOfNumbers": [1, 2],
    "JustAString": "busy",
}


class _Stub(BaseHTTPRequestHandler):
    asked: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        type(self).asked.append(query)
        body = json.dumps(ANSWERS.get(query, [])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def stub_domain() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def online(store: Store, stub_domain: str):
    _Stub.asked.clear()
    settings = geocoders.OnlineSettings(
        enabled=True,
        user_agent="ceasefire-map-tests",
        domain=stub_domain,
        scheme="http",
        timeout=2.0,
        min_delay_seconds=0.0,
    )
    return geocoders.OnlineGeocoder(store, settings)


@pytest.mark.parametrize("name", ["ErrorObject", "OffTheGlobe"])
def test_wrong_answer_is_an_uncached_error_with_a_reason(online, name):
    result = online.geocode(name)
    assert result.status == "error" and result.place is None and result.reason
    online.geocode(name)
    assert _Stub.asked == [name, name]  # asked again: an error is not an answer


def test_null_answer_is_not_found(online):
    result = online.geocode("NullAnswer")
    assert result.status == "not_found" and result.place is None


# Bug B4 (wrong-shape JSON escaped as TypeError/AttributeError) is fixed in mapdata/geocoders.py.


@pytest.mark.parametrize("name", ["NoCoordinates", "NullCoordinates", "ListOfNumbers", "JustAString"])
def test_wrong_shape_answer_is_an_error_not_a_crash(online, name):
    result = online.geocode(name)
    assert result.status == "error" and result.place is None and result.reason


def test_after_a_wrong_shape_answer_the_next_name_proceeds(online):
    results = []
    for name in ("ListOfNumbers", "Stubtown"):
        results.append(online.geocode(name))
    assert [r.status for r in results] == ["error", "found"]
