"""A stub of Nominatim on 127.0.0.1 for tests that must not touch the network.

The query string ``q`` picks the behaviour: a JSON answer from :attr:`StubNominatim.answers`,
or one of the hostile servers in :data:`BEHAVIOURS` (a trickle of bytes, an endless or huge
body, redirects). Every request is recorded with its user agent, so a test can prove that a
name never left the machine, or that a redirect target never saw our user agent.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

STUBTOWN = {
    "place_id": 1,
    "osm_type": "node",
    "osm_id": 4242,
    "lat": "40.2",
    "lon": "45.87",
    "name": "Stubtown",
    "display_name": "Stubtown, Gegharkunik, Armenia",
    "addresstype": "village",
    "address": {"village": "Stubtown", "state": "Gegharkunik", "country_code": "am"},
}
TRICKLE_INTERVAL = 0.25  # seconds between bytes: each read finishes well within any socket timeout
TRICKLE_BYTES = 40  # 10 s in all: far past every deadline the tests set


@dataclass(frozen=True)
class Request:
    query: str
    user_agent: str
    host: str


@dataclass
class StubNominatim:
    """One stub server; ``domain`` is what OnlineSettings.domain wants (``127.0.0.1:PORT``)."""

    server: ThreadingHTTPServer
    answers: dict[str, object] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    redirect_to: str = ""  # base URL the "Redirect" behaviour points at

    @property
    def domain(self) -> str:
        host, port = self.server.server_address[:2]
        return f"{host}:{port}"

    @property
    def asked(self) -> list[str]:
        return [r.query for r in self.requests]


def _send(handler: BaseHTTPRequestHandler, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    handler.send_response(code)
    handler.send_header("Content-Type", "application/json")
    if "Content-Length" not in (headers or {}):
        handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def _trickle_body(handler: BaseHTTPRequestHandler, stub: StubNominatim) -> None:
    body = json.dumps([STUBTOWN]).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.flush()
    for byte in body[:TRICKLE_BYTES]:
        time.sleep(TRICKLE_INTERVAL)
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()


def _trickle_status(handler: BaseHTTPRequestHandler, stub: StubNominatim) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * TRICKLE_BYTES:
        time.sleep(TRICKLE_INTERVAL)
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()


def _endless(handler: BaseHTTPRequestHandler, stub: StubNominatim) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.end_headers()  # no length: the body ends when the server closes, which it never does
    handler.wfile.write(b'[{"lat": "40.2", "lon": "45.87", "display_name": "')
    chunk = b"x" * 65536
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        handler.wfile.write(chunk)


def _huge(handler: BaseHTTPRequestHandler, stub: StubNominatim) -> None:
    """A valid answer of 30 MB, announced by its length: a client that reads it whole finds (and caches) a place."""
    size = 30 * 1024 * 1024
    fields = {key: value for key, value in STUBTOWN.items() if key != "display_name"}
    head = json.dumps([{**fields, "display_name": "Stubtown "}])[:-3].encode()  # open display name, last
    tail = b'"}]'
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(size))
    handler.end_headers()
    handler.wfile.write(head)
    chunk = b"x" * 65536
    left = size - len(head) - len(tail)
    while left > 0:
        handler.wfile.write(chunk[:left])
        left -= len(chunk)
    handler.wfile.write(tail)


def _redirect(handler: BaseHTTPRequestHandler, stub: StubNominatim) -> None:
    _send(handler, 302, b"", {"Location": f"{stub.redirect_to}/search?q=Stubtown&format=json"})


def _same_host_redirect(handler: BaseHTTPRequestHandler, stub: StubNominatim) -> None:
    _send(handler, 302, b"", {"Location": "/search?q=Stubtown&format=json&addressdetails=1"})


BEHAVIOURS: dict[str, Callable[[BaseHTTPRequestHandler, StubNominatim], None]] = {
    "Trickle": _trickle_body,
    "TrickleStatus": _trickle_status,
    "Endless": _endless,
    "Huge": _huge,
    "Redirect": _redirect,
    "SameHostRedirect": _same_host_redirect,
}


def _handler(stub_ref: list[StubNominatim]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            stub = stub_ref[0]
            query = parse_qs(urlparse(self.path).query).get("q", [""])[0]
            stub.requests.append(Request(query, self.headers.get("User-Agent", ""), self.headers.get("Host", "")))
            try:
                behaviour = BEHAVIOURS.get(query)
                if behaviour is not None:
                    behaviour(self, stub)
                else:
                    _send(self, 200, json.dumps(stub.answers.get(query, [])).encode())
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should
            self.close_connection = True

    return Handler


@contextmanager
def stub_nominatim(host: str = "127.0.0.1", answers: dict[str, object] | None = None) -> Iterator[StubNominatim]:
    """Serve a stub Nominatim on ``host`` (any loopback address) and an ephemeral port."""
    ref: list[StubNominatim] = []
    server = ThreadingHTTPServer((host, 0), _handler(ref))
    server.daemon_threads = True
    stub = StubNominatim(server, answers={"Stubtown": [STUBTOWN], **(answers or {})})
    ref.append(stub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield stub
    finally:
        server.shutdown()
        server.server_close()
