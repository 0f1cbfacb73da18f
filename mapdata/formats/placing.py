"""Placing rows that name a place but carry no coordinates (opt-in, our CSV and GeoJSON only).

Monitors' own spreadsheets often have "date, place, who said it" and no coordinates. With
placing switched on, such a row is put at the place the offline gazetteer (plus the user's
aliases) finds — preferring the countries and map area of the row's conflict — its precision
taken from that place, and how it was placed recorded in ``extra["geocoded"]``; a name the
gazetteer does not know rejects the row with the reason.
The online fallback is never used here: a bulk import must not send hundreds of queries.
"""

from __future__ import annotations

from collections.abc import Callable

from mapdata.formats.common import RowError
from mapdata.geo.gazetteer import Gazetteer, GeocodeResult
from mapdata.geo.placebook import PlaceResolver
from mapdata.profiles import Catalog, default_catalog
from mapdata.store import Store

__all__ = ["NOT_PLACED", "GazetteerLocator", "Locate", "country_codes", "gazetteer_locator", "not_placed", "unplaced"]

# place name, country and conflict as written in the row -> fields to fill (raises RowError when unknown)
Locate = Callable[[str, "str | None", "str | None"], dict[str, object]]

# A row that names a place but has no coordinates, read with placing off: the reason says what would
# place it (walk40: "latitude: is required" left the user to guess that the box above would).
NOT_PLACED = "no coordinates, and placing rows by their place name is off"


def not_placed(place: str, column: str) -> RowError:
    """The rejection of a row that names ``place`` but has no coordinates, read with placing off."""
    return RowError(
        column,
        f"{NOT_PLACED}: switch it on (the Import page's “Place rows without coordinates by their place name”, "
        f"or import --place-by-name) to look {place!r} up in the gazetteer",
    )


def unplaced(message: str) -> bool:
    """Whether a rejection is :func:`not_placed`'s: placing by name could bring the row in."""
    return message.startswith(NOT_PLACED)


_COUNTRY_CODES = {"armenia": "AM", "azerbaijan": "AZ", "georgia": "GE", "iran": "IR", "turkey": "TR", "türkiye": "TR"}


def country_codes(country: str | None, catalog: Catalog | None = None) -> tuple[str, ...]:
    """ISO2 hint for the gazetteer from a country as rows write it ("AM", "Armenia", "PAK")."""
    text = (country or "").strip()
    if len(text) == 2 and text.isalpha():
        return (text.upper(),)
    code = _COUNTRY_CODES.get(text.lower())
    for profile in catalog or ():
        code = code or profile.country_code(text)
    return (code,) if code else ()


class GazetteerLocator:
    """A :data:`Locate` over the offline gazetteer and, with a store, the user's aliases.

    Names it could not place are kept in :attr:`unresolved` so that, once the import is
    committed, they can go to the Gazetteer page's list of places to resolve.
    """

    def __init__(self, store: Store | None, catalog: Catalog | None = None):
        # Resolvers and gazetteers load the gazetteer: only made when placing is asked for.
        self._store = store
        self._catalog = catalog or default_catalog()
        self._resolvers: dict[str, PlaceResolver] = {}
        self._answers: dict[tuple[str, tuple[str, ...], str], GeocodeResult] = {}

    @property
    def unresolved(self) -> list[tuple[str, str | None, str | None]]:
        """(name, context, reason) of the names that found no place."""
        return [item for resolver in self._resolvers.values() for item in resolver.pending]

    def _geocode(self, place: str, countries: tuple[str, ...], conflict: str | None) -> GeocodeResult:
        """The row's conflict picks the gazetteer (its countries first); an unknown one, the default."""
        profile = self._catalog.get(conflict) or self._catalog.default
        gazetteer = Gazetteer.for_profile(profile)
        if self._store is None:
            return gazetteer.geocode(place, countries=countries)
        if profile.id not in self._resolvers:
            # the conflict's title as the context: the Gazetteer page opens its map on that conflict
            self._resolvers[profile.id] = PlaceResolver(
                self._store, online=False, gazetteer=gazetteer, context=profile.title
            )
        return self._resolvers[profile.id].geocode(place, countries=countries)

    def __call__(self, place: str, country: str | None, conflict: str | None = None) -> dict[str, object]:
        countries = country_codes(country, self._catalog)
        key = (place.strip().casefold(), countries, conflict or "")
        if key not in self._answers:
            self._answers[key] = self._geocode(place, countries, conflict)
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


def gazetteer_locator(store: Store | None, catalog: Catalog | None = None) -> GazetteerLocator:
    """The locator an import uses to place rows by name (see :class:`GazetteerLocator`)."""
    return GazetteerLocator(store, catalog)
