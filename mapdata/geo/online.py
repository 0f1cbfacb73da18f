"""The opt-in online fallback: geopy's Nominatim, polite, fail-fast, and cached in the store.

Off unless the user turns it on: the environment, the config file in the user's home, or the
Gazetteer page for one session (:mod:`mapdata.geo.settings`; never the database file). Nominatim's
rules: a real user agent and at most one request per second (``RateLimiter``). geopy's
defaults would retry errors and wait several timeouts, so the adapter is urllib's (no retries)
and the rate limiter neither retries nor swallows errors.

Every *answer* (a place, or "no such place") is cached in the store so a name is asked once.
Errors (timeouts, refusals, 429, garbage) are never cached: they say why and leave the place
unresolved, to be tried again later.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import threading
import time
from collections.abc import Callable, Iterable
from urllib.error import HTTPError

from geopy.adapters import AdapterHTTPError
from geopy.exc import (
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderParseError,
    GeocoderQueryError,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from mapdata.geo.gazetteer import FOCUS_COUNTRIES, GeocodeResult, Place
from mapdata.geo.http import BoundedAdapter
from mapdata.geo.names import fold
from mapdata.geo.settings import PUBLIC_DOMAIN, OnlineSettings, settings_for
from mapdata.store import Store

__all__ = ["PUBLIC_DOMAIN", "OnlineGeocoder", "OnlineSettings", "explain_error", "settings_for"]

SERVICE = "nominatim"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS geocoder_cache (
    service TEXT NOT NULL,
    query_key TEXT NOT NULL,
    countries TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('found', 'not_found')),
    place TEXT,
    fetched TEXT NOT NULL,
    PRIMARY KEY (service, query_key, countries)
)
"""


def explain_error(exc: BaseException, timeout: float) -> str:
    """A sentence a user understands, for each way the service can fail."""
    if isinstance(exc, GeocoderRateLimited):
        wait = f"; retry after {exc.retry_after} s" if getattr(exc, "retry_after", None) else ""
        return f"rate limited by the geocoding service (HTTP 429){wait}"
    if isinstance(exc, GeocoderTimedOut):
        return f"the geocoding service did not answer within {timeout:g} s"
    if isinstance(exc, GeocoderUnavailable) or _network_failure(exc):
        return "the geocoding service is unreachable (no network, or the connection was refused)"
    if isinstance(exc, (GeocoderInsufficientPrivileges, GeocoderAuthenticationFailure)):
        return "the geocoding service refused access (check the user agent)"
    if isinstance(exc, GeocoderQueryError):
        return f"the geocoding service rejected the query: {exc}"
    if isinstance(exc, GeocoderParseError):
        return "the geocoding service sent an answer that is not valid JSON"
    if isinstance(exc, GeocoderServiceError):
        return f"the geocoding service failed: {exc}"
    return f"geocoding failed: {exc}"


def _network_failure(exc: BaseException) -> bool:
    """urllib's adapter reports a refused or unroutable connection as a plain service error;
    its cause (an OSError such as URLError or ConnectionRefusedError) says what happened."""
    if isinstance(exc, GeocoderTimedOut):
        return False
    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        if isinstance(cause, (HTTPError, AdapterHTTPError)):
            return False  # the server answered, with an error status
        if isinstance(cause, OSError) and not isinstance(cause, TimeoutError):
            return True
        cause = cause.__cause__ or cause.__context__
    return isinstance(exc, OSError)


# fmt: off
_PRECISION_BY_TYPE = {"country": "country", "state": "region", "region": "region", "province": "region",
                      "county": "region", "state_district": "region", "administrative": "region"}
# fmt: on


class WrongShape(ValueError):
    """An answer that parses as JSON but is not what Nominatim promises; the message names the field."""


def _text_field(record: dict, name: str, limit: int = 1000) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise WrongShape(f"{name} is {_kind(value)}, not text")
    return value[:limit]


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "true/false", str: "text"}.get(
        type(value), f"a {type(value).__name__}"
    )


def _coordinate(record: dict, name: str, limit: float) -> float:
    value = record.get(name)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise WrongShape(f"{name} is {_kind(value) if value is not None else 'missing'}, not a number")
    try:
        number = float(value)
    except ValueError:
        raise WrongShape(f"{name} is {str(value)[:20]!r}, not a number") from None
    if not math.isfinite(number) or abs(number) > limit:
        raise WrongShape(f"{name} {str(value)[:20]} is not a coordinate (-{limit:g}..{limit:g})")
    return number


def _place_from_raw(raw: object) -> Place:
    """Our Place from one Nominatim result, every field's type checked first (raises WrongShape)."""
    if not isinstance(raw, dict):
        raise WrongShape(f"a result is {_kind(raw)}, not an object")
    latitude, longitude = _coordinate(raw, "lat", 90), _coordinate(raw, "lon", 180)
    address = raw.get("address")
    if address is None:
        address = {}
    elif not isinstance(address, dict):
        raise WrongShape(f"address is {_kind(address)}, not an object")
    admin1 = None
    for field in ("state", "province"):
        admin1 = admin1 or _text_field(address, field, 200)
    country = _text_field(address, "country_code", 10) or ""
    kind = _text_field(raw, "addresstype", 60) or _text_field(raw, "type", 60) or "place"
    display_name = _text_field(raw, "display_name") or ""
    name = (_text_field(raw, "name", 300) or display_name.split(",")[0]).strip() or "unnamed"
    osm_type = _text_field(raw, "osm_type", 20) or "place"
    osm_id = raw.get("osm_id", raw.get("place_id", "?"))
    if isinstance(osm_id, bool) or not isinstance(osm_id, (int, str)):
        raise WrongShape(f"osm_id is {_kind(osm_id)}, not an id")
    return Place(
        key=f"nominatim:{osm_type}/{str(osm_id)[:40]}",
        name=name,
        latitude=latitude,
        longitude=longitude,
        country=country.upper(),
        admin1=admin1,
        kind=kind,
        population=0,
        precision=_PRECISION_BY_TYPE.get(kind, "exact"),
        alternate_names=(display_name,),
        coord_source="Nominatim (OpenStreetMap)",
    )


def _place_from_cache(payload: object) -> Place | None:
    """The Place a cache row holds, or None when the row is damaged (then the name is asked again)."""
    try:
        record = json.loads(payload) if isinstance(payload, str) else None
        if not isinstance(record, dict):
            return None
        names = record.get("alternate_names")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            return None
        place = Place(
            key=str(_text_field(record, "key") or ""),
            name=str(_text_field(record, "name") or ""),
            latitude=_coordinate(record, "latitude", 90),
            longitude=_coordinate(record, "longitude", 180),
            country=_text_field(record, "country") or "",
            admin1=_text_field(record, "admin1"),
            kind=_text_field(record, "kind") or "place",
            population=0,
            precision=_text_field(record, "precision") or "exact",
            alternate_names=tuple(names),
            coord_source=_text_field(record, "coord_source") or "Nominatim (OpenStreetMap)",
        )
    except (ValueError, RecursionError):  # WrongShape is a ValueError, and so is bad JSON
        return None
    return place if place.key and place.name else None


class _CheckedNominatim(Nominatim):
    """geopy's Nominatim, checking each result's fields before geopy reads them (a named reason, not a crash)."""

    def _parse_code(self, place: object) -> object:
        _place_from_raw(place)
        return super()._parse_code(place)


class OnlineGeocoder:
    """Nominatim behind a rate limiter, with answers cached in ``store``."""

    _instances: dict[tuple, OnlineGeocoder] = {}
    _instances_lock = threading.Lock()

    def __init__(self, store: Store, settings: OnlineSettings):
        self.store = store
        self.settings = settings.polite()
        store.ensure_tables(_SCHEMA)
        self._lock = threading.Lock()  # one request at a time per geocoder (the rate limit is global)
        self._call: Callable[..., object] | None = None

    @classmethod
    def for_store(cls, store: Store, settings: OnlineSettings | None = None) -> OnlineGeocoder:
        """One geocoder per database and settings in this process, so the rate limit holds across reruns."""
        settings = (settings or settings_for()).polite()
        key = (str(store.path), settings)
        with cls._instances_lock:
            if key not in cls._instances:
                cls._instances[key] = cls(store, settings)
            return cls._instances[key]

    def _rate_limited_geocode(self) -> Callable[..., object]:
        if self._call is None:
            geolocator = _CheckedNominatim(
                user_agent=self.settings.user_agent,
                domain=self.settings.domain,
                scheme=self.settings.scheme,
                timeout=self.settings.timeout,
                adapter_factory=BoundedAdapter,
            )

            def request(name: str, *, deadline: float, **options: object) -> object:
                # After the rate limiter's wait: the request gets what is left of the lookup's budget.
                left = deadline - time.monotonic()
                if left <= 0:
                    raise GeocoderTimedOut("no time left for the request")
                return geolocator.geocode(name, timeout=left, **options)

            self._call = RateLimiter(
                request, min_delay_seconds=self.settings.min_delay_seconds, max_retries=0, swallow_exceptions=False
            )
        return self._call

    # -- cache -----------------------------------------------------------------------
    def cached(self, name: str, countries: Iterable[str] = ()) -> GeocodeResult | None:
        key, country_key = fold(name), _country_key(countries)
        con = self.store.connect()
        try:
            row = con.execute(
                "SELECT status, place FROM geocoder_cache WHERE service = ? AND query_key = ? AND countries = ?",
                (SERVICE, key, country_key),
            ).fetchone()
        finally:
            con.close()
        if row is None:
            return None
        if row[0] == "found":
            place = _place_from_cache(row[1])
            if place is None:
                return None  # a damaged row: ask again (the answer replaces it)
            return _found(name, place, "Nominatim (cached answer)", "nominatim-cache")
        return GeocodeResult(
            query=name,
            place=None,
            reason="Nominatim knows no such place (cached answer)",
            status="not_found",
            source="nominatim-cache",
        )

    def _remember(self, name: str, countries: Iterable[str], place: Place | None) -> None:
        payload = json.dumps({**place.__dict__, "alternate_names": list(place.alternate_names)}) if place else None
        with self.store.transaction() as con:
            con.execute(
                "INSERT INTO geocoder_cache(service, query_key, countries, status, place, fetched) VALUES (?,?,?,?,?,?)"
                " ON CONFLICT(service, query_key, countries) DO UPDATE SET status = excluded.status,"
                " place = excluded.place, fetched = excluded.fetched",
                (
                    SERVICE,
                    fold(name),
                    _country_key(countries),
                    "found" if place else "not_found",
                    payload,
                    dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                ),
            )

    # -- lookups ---------------------------------------------------------------------
    def geocode(self, name: str, countries: Iterable[str] = ()) -> GeocodeResult:
        """Cached answer, else one polite request; an error leaves the name unresolved, uncached."""
        countries = tuple(c.upper() for c in countries if c)
        name = (name or "").strip()
        if not fold(name):
            return GeocodeResult(query=name, place=None, reason="empty place name", source=SERVICE)
        cached = self.cached(name, countries)
        if cached is not None:
            return cached
        if not self.settings.enabled:
            return GeocodeResult(query=name, place=None, reason="online geocoding is off", source=SERVICE)
        if self.settings.refusal:
            return _failed(name, self.settings.refusal)
        if not self.settings.user_agent:
            return _failed(name, "online geocoding needs a user agent (MAPDATA_GEOCODER_USER_AGENT)")
        deadline = time.monotonic() + self.settings.timeout  # the whole lookup: waiting for the lock included
        if not self._lock.acquire(timeout=self.settings.timeout):
            return _failed(
                name, f"another lookup held the geocoding service for {self.settings.timeout:g} s; try again"
            )
        try:
            location = self._rate_limited_geocode()(
                name,
                deadline=deadline,
                exactly_one=True,
                addressdetails=True,
                country_codes=[c.lower() for c in (countries or FOCUS_COUNTRIES)],
            )
        except WrongShape as exc:
            return _failed(name, _wrong_shape(exc))
        except (GeopyError, OSError) as exc:
            return _failed(name, explain_error(exc, self.settings.timeout))
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            # JSON of the wrong shape that geopy's own parsing trips on (a proxy's error object, numbers).
            return _failed(name, _wrong_shape(exc))
        finally:
            self._lock.release()
        if location is None:
            self._remember(name, countries, None)
            return GeocodeResult(query=name, place=None, reason="Nominatim knows no such place", source=SERVICE)
        try:
            place = _place_from_raw(location.raw)  # type: ignore[attr-defined]
        except WrongShape as exc:
            return _failed(name, _wrong_shape(exc))
        self._remember(name, countries, place)
        return _found(name, place, f"Nominatim: {place.alternate_names[0] or place.name}", SERVICE)


def _found(name: str, place: Place, reason: str, source: str) -> GeocodeResult:
    """One place the service named (fresh or cached): its answer is trusted less than the offline gazetteer's."""
    return GeocodeResult.only(name, place, confidence=0.6, reason=reason, source=source)


def _failed(name: str, reason: str) -> GeocodeResult:
    """The name stays unresolved, for a reason that is not an answer (so nothing is cached)."""
    return GeocodeResult(query=name, place=None, status="error", source=SERVICE, reason=reason)


def _wrong_shape(exc: Exception) -> str:
    detail = str(exc) if isinstance(exc, WrongShape) else f"{type(exc).__name__}: {exc}"
    return f"the geocoding service sent an answer of the wrong shape ({detail[:200]}); nothing was cached"


def _country_key(countries: Iterable[str]) -> str:
    return ",".join(sorted({c.upper() for c in countries if c}))
