"""Placing rows that name a place but carry no coordinates (opt-in, our CSV and GeoJSON only).

Monitors' own spreadsheets often have "date, place, who said it" and no coordinates. With
placing switched on, such a row is put at the place the offline gazetteer (plus the user's
aliases) finds, its precision taken from that place, and how it was placed recorded in
``extra["geocoded"]``; a name the gazetteer does not know rejects the row with the reason.
The online fallback is never used here: a bulk import must not send hundreds of queries.
"""

from __future__ import annotations

from collections.abc import Callable

from mapdata.formats.common import RowError
from mapdata.geo.gazetteer import Gazetteer, GeocodeResult
from mapdata.geo.placebook import PlaceResolver
from mapdata.store import Store

__all__ = ["GazetteerLocator", "Locate", "country_codes", "gazetteer_locator"]

# place name, country as written in the row -> fields to fill (raises RowError when unknown)
Locate = Callable[[str, "str | None"], dict[str, object]]

_COUNTRY_CODES = {"armenia": "AM", "azerbaijan": "AZ", "georgia": "GE", "iran": "IR", "turkey": "TR", "türkiye": "TR"}


def country_codes(country: str | None) -> tuple[str, ...]:
    """ISO2 hint for the gazetteer from a country as rows write it ("AM", "Armenia")."""
    text = (country or "").strip()
    if len(text) == 2 and text.isalpha():
        return (text.upper(),)
    code = _COUNTRY_CODES.get(text.lower())
    return (code,) if code else ()


class GazetteerLocator:
    """A :data:`Locate` over the offline gazetteer and, with a store, the user's aliases.

    Names it could not place are kept in :attr:`unresolved` so that, once the import is
    committed, they can go to the Gazetteer page's list of places to resolve.
    """

    def __init__(self, store: Store | None):
        # Creating a resolver or Gazetteer.default() loads the gazetteer: only when placing is asked for.
        self._resolver = PlaceResolver(store, online=False, context="import") if store is not None else None
        if self._resolver is None:
            self._gazetteer = Gazetteer.default()
        self._answers: dict[tuple[str, tuple[str, ...]], GeocodeResult] = {}

    @property
    def unresolved(self) -> list[tuple[str, str | None, str | None]]:
        """(name, context, reason) of the names that found no place."""
        return list(self._resolver.pending) if self._resolver is not None else []

    def __call__(self, place: str, country: str | None) -> dict[str, object]:
        countries = country_codes(country)
        key = (place.strip().casefold(), countries)
        if key not in self._answers:
            self._answers[key] = (
                self._resolver.geocode(place, countries=countries)
                if self._resolver is not None
                else self._gazetteer.geocode(place, countries=countries)
            )
        result = self._answers[key]
        if result.place is None:
            raise RowError("place", f"no coordinates, and the place cannot be found: {result.reason}")
        found = result.place
        return {
            "latitude": found.latitude,
            "longitude": found.longitude,
            "geo_precision": result.precision or found.precision,
            "admin1": found.admin1,
            "country": found.country or None,
            "geocoded": {
                "query": place,
                "place": found.name,
                "place_key": found.key,
                "confidence": round(result.confidence, 3),
                "reason": result.reason,
            },
        }


def gazetteer_locator(store: Store | None) -> GazetteerLocator:
    """The locator an import uses to place rows by name (see :class:`GazetteerLocator`)."""
    return GazetteerLocator(store)
