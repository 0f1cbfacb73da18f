"""HTTP for the online geocoder that no server can hold, flood or send elsewhere.

geopy's urllib adapter gives each socket operation a timeout, so a server that sends one
byte every two seconds keeps a lookup (and every session waiting for it) forever; it reads
a 300 MB answer whole; and it follows redirects to any host, with our user agent. This
adapter (a geopy ``BaseSyncAdapter``, so geopy's error mapping still applies) gives each
request:

- a **total deadline**: a watchdog shuts the socket down when the request's time is up,
  whatever phase it is in (connecting, TLS, headers, body);
- a **size cap** on the body (``Content-Length`` checked first, then the bytes counted);
- **no redirect off the configured host** (same scheme, host and port only), so neither
  the name nor the user agent reaches a host the user did not choose.

Proxies from the environment still apply, as with geopy's own adapter.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import HTTPHandler, HTTPRedirectHandler, HTTPSHandler, ProxyHandler, Request, build_opener

from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
from geopy.exc import GeocoderParseError, GeocoderServiceError, GeocoderTimedOut

__all__ = ["MAX_ANSWER_BYTES", "BoundedAdapter"]

MAX_ANSWER_BYTES = 1024 * 1024  # a Nominatim answer for one name is a few kilobytes


class _Deadline:
    """A point in time after which every socket registered here is shut down.

    It keeps its own duplicate of each socket's descriptor: TLS takes the original socket
    object over (``wrap_socket`` detaches it), and shutting the shared socket down through the
    duplicate still wakes whoever reads it, before, during and after the handshake. The
    duplicates are closed by :meth:`cancel`, so a descriptor number is never shut down after
    the system has given it to someone else.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        left = self.at - time.monotonic()
        if left <= 0 or self.expired:
            raise GeocoderTimedOut(f"no answer within {self.seconds:g} s")
        return left

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            duplicate = sock.dup()
            self._sockets.append(duplicate)
            if self.expired:
                _shut(duplicate)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    """Wake any thread blocked reading ``sock``: it sees the end of the stream at once."""
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


def _watched(connection: type[http.client.HTTPConnection], deadline: _Deadline) -> Callable[..., Any]:
    """A connection factory for urllib whose sockets the deadline can shut down."""

    def create_connection(address: tuple[str, int], timeout: float = 0, source_address: Any = None) -> socket.socket:
        sock = socket.create_connection(address, min(timeout or deadline.seconds, deadline.remaining()), source_address)
        deadline.watch(sock)
        return sock

    def make(host: str, **kwargs: Any) -> http.client.HTTPConnection:
        conn = connection(host, **kwargs)
        conn.timeout = min(deadline.remaining(), deadline.seconds)
        # http.client connects through this attribute: the hook that sees the raw socket
        # before TLS or any byte of the answer.
        conn._create_connection = create_connection  # type: ignore[attr-defined]
        return conn

    return make


class _WatchedHTTP(HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self._connection = _watched(http.client.HTTPConnection, deadline)

    def http_open(self, req: Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req)


class _WatchedHTTPS(HTTPSHandler):
    def __init__(self, deadline: _Deadline, context: Any):
        super().__init__(context=context)
        self._connection = _watched(http.client.HTTPSConnection, deadline)
        self._ssl_context = context

    def https_open(self, req: Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req, context=self._ssl_context)


class _OffHostRedirect(GeocoderServiceError):
    pass


class _SameHostRedirects(HTTPRedirectHandler):
    """Follow a redirect only to the scheme, host and port the request was sent to."""

    def redirect_request(self, req: Request, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Request | None:
        asked, target = urlsplit(req.full_url), urlsplit(newurl)
        if (target.scheme.lower(), target.netloc.lower()) != (asked.scheme.lower(), asked.netloc.lower()):
            where = f"{target.scheme}://{target.netloc}" if target.netloc else newurl[:80]
            raise _OffHostRedirect(f"the service redirected to another host ({where}); not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_capped(response: Any, limit: int) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > limit:
        raise GeocoderServiceError(f"the answer is larger than {limit // 1024} kB ({int(length):,} bytes); not read")
    body = response.read(limit + 1)
    if len(body) > limit:
        raise GeocoderServiceError(f"the answer is larger than {limit // 1024} kB; not read")
    return body


class BoundedAdapter(BaseSyncAdapter):
    """geopy adapter: urllib with a total deadline per request, a body cap and same-host redirects only.

    ``timeout`` (given by geopy per request) is the whole request's budget, not a per-read timeout.
    """

    def __init__(self, *, proxies: Any, ssl_context: Any, max_bytes: int = MAX_ANSWER_BYTES):
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        self.proxies = proxies
        self.ssl_context = ssl_context
        self.max_bytes = max_bytes

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        text = self.get_text(url, timeout=timeout, headers=headers)
        try:
            return json.loads(text)
        except ValueError:
            raise GeocoderParseError("the answer is not valid JSON") from None

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        deadline = _Deadline(float(timeout))
        opener = build_opener(
            ProxyHandler(None if self.proxies is None else dict(self.proxies)),  # None: the system's proxies
            _WatchedHTTP(deadline),
            _WatchedHTTPS(deadline, self.ssl_context),
            _SameHostRedirects(),
        )
        try:
            return self._fetch(opener, Request(url=url, headers=headers), deadline)
        except AdapterHTTPError:
            raise  # an error status: geopy maps it (429 -> rate limited, with Retry-After, ...)
        except GeocoderServiceError:
            if deadline.expired:
                raise GeocoderTimedOut(f"no answer within {deadline.seconds:g} s") from None
            raise
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if deadline.expired or isinstance(exc, TimeoutError) or "timed out" in str(exc):
                raise GeocoderTimedOut(f"no answer within {deadline.seconds:g} s") from exc
            if isinstance(exc, URLError) and isinstance(exc.reason, GeocoderServiceError):
                raise exc.reason from None
            raise GeocoderServiceError(str(exc) or type(exc).__name__) from exc
        finally:
            deadline.cancel()

    def _fetch(self, opener: Any, request: Request, deadline: _Deadline) -> str:
        deadline.remaining()
        try:
            page = opener.open(request, timeout=deadline.remaining())
        except HTTPError as error:
            body = b""
            try:
                body = _read_capped(error, self.max_bytes)
            except (GeocoderServiceError, OSError, http.client.HTTPException):
                pass
            raise AdapterHTTPError(
                str(error),
                status_code=error.code,
                headers={name.lower(): value for name, value in (error.headers or {}).items()},
                text=body.decode("utf-8", "replace"),
            ) from None
        with page:
            body = _read_capped(page, self.max_bytes)
            if deadline.expired:
                raise GeocoderTimedOut(f"no answer within {deadline.seconds:g} s")
            status = page.getcode()
            encoding = page.headers.get_content_charset() or "utf-8"
        try:
            text = body.decode(encoding)
        except (LookupError, ValueError):
            raise GeocoderParseError("the answer is not text in the encoding it names") from None
        if status >= 400:
            raise AdapterHTTPError(f"status {status}", status_code=status, headers={}, text=text)
        return text
