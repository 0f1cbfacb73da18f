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
import threading
from collections.abc import Callable, Iterable
from urllib.error import HTTPError

from geopy.adapters import AdapterHTTPError, URLLibAdapter
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


def _place_from_raw(raw: dict) -> Place:
    address = raw.get("address") or {}
    kind = str(raw.get("addresstype") or raw.get("type") or "place")
    precision = _PRECISION_BY_TYPE.get(kind, "exact")
    name = str(raw.get("name") or str(raw.get("display_name") or "").split(",")[0] or "unnamed")
    return Place(
        key=f"nominatim:{raw.get('osm_type', 'place')}/{raw.get('osm_id', raw.get('place_id', '?'))}",
        name=name,
        latitude=float(raw["lat"]),
        longitude=float(raw["lon"]),
        country=str(address.get("country_code") or "").upper(),
        admin1=address.get("state") or address.get("province"),
        kind=kind,
        population=0,
        precision=precision,
        alternate_names=(str(raw.get("display_name") or ""),),
        coord_source="Nominatim (OpenStreetMap)",
    )


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
            geolocator = Nominatim(
                user_agent=self.settings.user_agent,
                domain=self.settings.domain,
                scheme=self.settings.scheme,
                timeout=self.settings.timeout,
                adapter_factory=URLLibAdapter,
            )
            self._call = RateLimiter(
                geolocator.geocode,
                min_delay_seconds=self.settings.min_delay_seconds,
                max_retries=0,
                swallow_exceptions=False,
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
            place = Place(**{**json.loads(row[1]), "alternate_names": tuple(json.loads(row[1])["alternate_names"])})
            return GeocodeResult(
                query=name,
                place=place,
                candidates=(place,),
                confidence=0.6,
                precision=place.precision,
                reason="Nominatim (cached answer)",
                status="found",
                source="nominatim-cache",
            )
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
            return GeocodeResult(query=name, place=None, status="error", source=SERVICE, reason=self.settings.refusal)
        if not self.settings.user_agent:
            return GeocodeResult(
                query=name,
                place=None,
                status="error",
                source=SERVICE,
                reason="online geocoding needs a user agent (MAPDATA_GEOCODER_USER_AGENT)",
            )
        try:
            with self._lock:
                location = self._rate_limited_geocode()(
                    name,
                    exactly_one=True,
                    addressdetails=True,
                    country_codes=[c.lower() for c in (countries or FOCUS_COUNTRIES)],
                )
        except (GeopyError, OSError) as exc:
            return GeocodeResult(
                query=name, place=None, status="error", source=SERVICE, reason=explain_error(exc, self.settings.timeout)
            )
        except (ValueError, TypeError, AttributeError, KeyError, IndexError) as exc:
            # JSON of the wrong shape (a proxy's error object, numbers, a result without
            # coordinates): geopy's parsing fails with plain Python errors.
            return GeocodeResult(
                query=name,
                place=None,
                status="error",
                source=SERVICE,
                reason=f"the geocoding service sent an answer of the wrong shape ({type(exc).__name__}: {exc})",
            )
        if location is None:
            self._remember(name, countries, None)
            return GeocodeResult(query=name, place=None, reason="Nominatim knows no such place", source=SERVICE)
        try:
            place = _place_from_raw(location.raw)  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError) as exc:
            return GeocodeResult(
                query=name,
                place=None,
                status="error",
                source=SERVICE,
                reason=f"the geocoding service sent an unusable answer ({exc})",
            )
        self._remember(name, countries, place)
        return GeocodeResult(
            query=name,
            place=place,
            candidates=(place,),
            confidence=0.6,
            precision=place.precision,
            reason=f"Nominatim: {place.alternate_names[0] or place.name}",
            status="found",
            source=SERVICE,
        )


def _country_key(countries: Iterable[str]) -> str:
    return ",".join(sorted({c.upper() for c in countries if c}))
