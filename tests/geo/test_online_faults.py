"""The online geocoder against hostile or broken servers (a stub Nominatim on 127.0.0.1).

tests/geo/test_online.py covers a down, slow, 429, 500 and non-JSON service; these are the
answers that parse as JSON but are not what Nominatim promises (a proxy's error object, a
list of numbers, a result without coordinates, fields of the wrong type), and servers that
try to hold the lookup forever, flood it, or send it elsewhere. The promise is the same: the
name stays unresolved with a reason, nothing is cached, the next name proceeds, and no lookup
(nor the lock that keeps them one at a time) outlasts the deadline.
"""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest
from nominatim_stub import STUBTOWN, StubNominatim, stub_nominatim

import mapdata.geo.online as geocoders
from mapdata.store import Store

ANSWERS: dict[str, object] = {
    "ErrorObject": {"error": "upstream proxy failure"},
    "NullAnswer": None,
    "OffTheGlobe": [{"lat": "95", "lon": "45", "display_name": "x"}],
    "NoCoordinates": [{}],
    "NullCoordinates": [{"lat": "x", "lon": None}],
    "ListOfNumbers": [1, 2],
    "JustAString": "busy",
}
# Fields of the wrong type inside an otherwise good answer: name -> (answer, words the reason must name)
WRONG_FIELDS: dict[str, tuple[object, str]] = {
    "AddressIsText": ([{**STUBTOWN, "address": "Main street 1"}], "address"),
    "StateIsList": ([{**STUBTOWN, "address": {"state": ["Syunik", "Tavush"], "country_code": "am"}}], "state"),
    "StateIsObject": ([{**STUBTOWN, "address": {"state": {"name": "x"}, "country_code": "am"}}], "state"),
    "CountryIsNumber": ([{**STUBTOWN, "address": {"country_code": 51}}], "country_code"),
    "NameIsList": ([{**STUBTOWN, "name": ["Stubtown"]}], "name"),
    "DisplayNameIsObject": ([{**STUBTOWN, "name": None, "display_name": {"a": 1}}], "display_name"),
    "OsmIdIsObject": ([{**STUBTOWN, "osm_id": {"id": 1}}], "osm_id"),
    "KindIsList": ([{**STUBTOWN, "addresstype": ["village"]}], "addresstype"),
    "LatitudeIsTrue": ([{**STUBTOWN, "lat": True}], "lat"),
    "LongitudeIsInfinite": ([{**STUBTOWN, "lon": "inf"}], "lon"),
}
DEADLINE = 1.0  # seconds for one whole lookup in these tests
SLACK = 1.0  # what a loaded 2-core machine may add to it


@pytest.fixture(scope="module")
def stub() -> Iterator[StubNominatim]:
    answers = {**ANSWERS, **{name: answer for name, (answer, _) in WRONG_FIELDS.items()}}
    with stub_nominatim(answers=answers) as server:
        yield server


@pytest.fixture
def online(store: Store, stub: StubNominatim) -> geocoders.OnlineGeocoder:
    stub.requests.clear()
    settings = geocoders.OnlineSettings(
        enabled=True,
        user_agent="ceasefire-map-tests",
        domain=stub.domain,
        scheme="http",
        timeout=DEADLINE,
        min_delay_seconds=0.0,
    )
    return geocoders.OnlineGeocoder(store, settings)


@pytest.mark.parametrize("name", ["ErrorObject", "OffTheGlobe"])
def test_wrong_answer_is_an_uncached_error_with_a_reason(online, stub, name):
    result = online.geocode(name)
    assert result.status == "error" and result.place is None and result.reason
    online.geocode(name)
    assert stub.asked == [name, name]  # asked again: an error is not an answer


def test_null_answer_is_not_found(online):
    result = online.geocode("NullAnswer")
    assert result.status == "not_found" and result.place is None


@pytest.mark.parametrize("name", ["NoCoordinates", "NullCoordinates", "ListOfNumbers", "JustAString"])
def test_wrong_shape_answer_is_an_error_not_a_crash(online, name):
    result = online.geocode(name)
    assert result.status == "error" and result.place is None and result.reason


def test_after_a_wrong_shape_answer_the_next_name_proceeds(online):
    results = []
    for name in ("ListOfNumbers", "Stubtown"):
        results.append(online.geocode(name))
    assert [r.status for r in results] == ["error", "found"]


@pytest.mark.parametrize("name", sorted(WRONG_FIELDS))
def test_a_field_of_the_wrong_type_leaves_the_name_unresolved_uncached_with_a_reason(online, stub, name):
    result = online.geocode(name)
    assert result.status == "error" and result.place is None
    assert WRONG_FIELDS[name][1] in result.reason
    assert online.geocode(name).status == "error"
    assert stub.asked == [name, name]  # never cached: asked again


def test_after_a_field_of_the_wrong_type_the_next_name_proceeds(online):
    assert [online.geocode(name).status for name in ("StateIsList", "AddressIsText", "Stubtown")] == [
        "error",
        "error",
        "found",
    ]


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        json.dumps({"name": "Stubtown"}),
        json.dumps({"key": "k", "name": "S", "latitude": 1, "longitude": 2, "admin1": ["x"]}),
        json.dumps([1, 2]),
    ],
)
def test_a_damaged_cache_row_is_asked_again_not_trusted(online, stub, payload):
    """A cache row from a damaged (or crafted) file must not crash every later lookup of that name."""
    with online.store.transaction() as con:
        con.execute(
            "INSERT INTO geocoder_cache(service, query_key, countries, status, place, fetched) "
            "VALUES ('nominatim', 'stubtown', '', 'found', ?, '2024-01-01')",
            (payload,),
        )
    result = online.geocode("Stubtown")
    assert result.found and result.place.name == "Stubtown" and result.place.admin1 == "Gegharkunik"
    assert stub.asked == ["Stubtown"]
    assert online.geocode("Stubtown").source == "nominatim-cache"  # the row was replaced by a good one


def _timed(call, *args):
    started = time.monotonic()
    result = call(*args)
    return result, time.monotonic() - started


@pytest.mark.parametrize("name", ["Trickle", "TrickleStatus"])
def test_a_server_trickling_bytes_times_out_at_the_deadline(online, name):
    result, elapsed = _timed(online.geocode, name)
    assert result.status == "error" and f"within {DEADLINE:g} s" in result.reason
    assert elapsed < DEADLINE + SLACK


def test_a_huge_answer_is_refused_not_read_whole(online):
    result, elapsed = _timed(online.geocode, "Huge")
    assert result.status == "error" and "larger than" in result.reason
    assert elapsed < DEADLINE + SLACK


def test_an_endless_answer_is_cut_off(online):
    result, elapsed = _timed(online.geocode, "Endless")
    assert result.status == "error" and result.place is None
    assert elapsed < DEADLINE + SLACK


@pytest.fixture
def elsewhere(stub: StubNominatim) -> Iterator[StubNominatim]:
    """Another server, on another loopback address, that a redirect points at."""
    with stub_nominatim(host="127.0.0.2") as other:
        stub.redirect_to = f"http://{other.domain}"
        yield other
    stub.redirect_to = ""


def test_a_redirect_to_another_host_is_refused(online, elsewhere):
    result = online.geocode("Redirect")
    assert result.status == "error" and "another host" in result.reason and elsewhere.domain in result.reason
    assert elsewhere.requests == []  # neither the name nor our user agent went there


def test_a_redirect_on_the_same_host_is_followed(online, stub):
    result = online.geocode("SameHostRedirect")
    assert result.found and result.place.name == "Stubtown"
    assert stub.asked == ["SameHostRedirect", "Stubtown"]


def test_a_stalled_lookup_does_not_hold_other_sessions_past_the_deadline(online, stub):
    """Lookups take turns (one lock): the one waiting gives up by its own deadline, with a reason."""
    stalled = threading.Thread(target=online.geocode, args=("Trickle",), daemon=True)
    stalled.start()
    while "Trickle" not in stub.asked:
        time.sleep(0.01)
    result, elapsed = _timed(online.geocode, "Stubtown")
    assert elapsed < DEADLINE + SLACK
    assert result.found or (result.status == "error" and result.reason)
    stalled.join(DEADLINE + SLACK)
    assert not stalled.is_alive()


@pytest.fixture(scope="module")
def tls_stub(tmp_path_factory) -> Iterator[tuple[StubNominatim, ssl.SSLContext]]:
    """The stub behind TLS with a self-signed certificate for 127.0.0.1, and a client context trusting it."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: no certificate for the TLS stub")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=str(cert))
    with stub_nominatim() as server:
        server.server.socket = server_context.wrap_socket(server.server.socket, server_side=True)
        yield server, client_context


def test_over_tls_too_a_trickling_answer_ends_at_the_deadline(tls_stub):
    from geopy.exc import GeocoderTimedOut

    from mapdata.geo.http import BoundedAdapter

    stub, context = tls_stub
    adapter = BoundedAdapter(proxies={}, ssl_context=context)
    assert (
        adapter.get_json(f"https://{stub.domain}/search?q=Stubtown", timeout=DEADLINE, headers={})[0]["name"]
        == "Stubtown"
    )
    started = time.monotonic()
    with pytest.raises(GeocoderTimedOut):
        adapter.get_json(f"https://{stub.domain}/search?q=Trickle", timeout=DEADLINE, headers={})
    assert time.monotonic() - started < DEADLINE + SLACK
