"""Placing rows that name a place but carry no coordinates (opt-in, our CSV and GeoJSON only).

Monitors' own spreadsheets often have "date, place, who said it" and no coordinates. With
placing switched on, such a row is put at the place the offline gazetteer (plus the user's
aliases) finds — preferring the countries and map area of the row's conflict — its precision
taken from that place, and how it was placed recorded in ``extra["geocoded"]``; a name the
gazetteer does not know rejects the row with the reason.
The online fallback is never used here: a bulk import must not send hundreds of queries.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

from mapdata.formats.common import ALSO, RowError, RowProblem
from mapdata.geo.gazetteer import Gazetteer, GeocodeResult, Place
from mapdata.geo.placebook import PlaceResolver
from mapdata.profiles import Catalog, default_catalog
from mapdata.safety import counted
from mapdata.store import Store

__all__ = [
    "ALSO",
    "NOT_FOUND",
    "NOT_PLACED",
    "PLACE_BY_NAME_LABEL",
    "GazetteerLocator",
    "Locate",
    "briefly",
    "country_codes",
    "gazetteer_locator",
    "not_found_rows",
    "not_placed",
    "unplaced",
    "unplaced_message",
    "unsure",
]

# place name, country and conflict as written in the row -> fields to fill (raises RowError when unknown)
Locate = Callable[[str, "str | None", "str | None"], dict[str, object]]

# A row that names a place but has no coordinates, read with placing off: the reason says what would
# place it (walk40: "latitude: is required" left the user to guess that the box above would).
NOT_PLACED = "no coordinates, and placing rows by their place name is off"
# A row that names a place but has no coordinates, read with placing on: the gazetteer does not know the name.
NOT_FOUND = "no coordinates, and the place cannot be found"
# The Import page's box that switches placing on (named in the messages that lead to it).
PLACE_BY_NAME_LABEL = "Place rows without coordinates by their place name"


def not_placed(place: str, column: str, incident_id: str | None = None) -> RowError:
    """The rejection of a row that names ``place`` but has no coordinates, read with placing off
    (``incident_id``: the id the row gives its claim, if any: such a row may be stored already)."""
    return RowError(
        column,
        f"{NOT_PLACED}: switch it on (the Import page's “{PLACE_BY_NAME_LABEL}”, "
        f"or import --place-by-name) to look {place!r} up in the gazetteer",
        incident_id,
    )


def unplaced(message: str) -> bool:
    """Whether a rejection is :func:`not_placed`'s: placing by name could place the row."""
    return message.startswith(NOT_PLACED)


def briefly(message: str) -> str:
    """A rejection as the Import page lists it: :func:`not_placed`'s without how to switch placing on,
    which the page says once, under the list with its button (walk44: said twice, line after line)."""
    if not unplaced(message):
        return message
    first, also, others = message.partition(ALSO)
    place = re.search(r" to look (.+) up in the gazetteer$", first)
    how = f"how to look {place.group(1)} up: below the list" if place else "how to switch it on: below the list"
    return f"{NOT_PLACED} ({how}){also}{others}"


def not_found_rows(problems: Sequence[RowProblem]) -> int:
    """How many rows were rejected because, placing by name, the gazetteer did not know their place."""
    return len({problem.row for problem in problems if problem.message.startswith(NOT_FOUND)})


MAX_NAMES_SAID = 10

Stage = Literal["before", "blocked", "listed", "imported", "waiting"]


def _quoted(names: Sequence[str]) -> str:
    """“A”, “B” and “C”; the first :data:`MAX_NAMES_SAID`, then how many more."""
    said = [f"“{name}”" for name in names[:MAX_NAMES_SAID]]
    rest = len(names) - len(said)
    if rest:
        return ", ".join(said) + f" and {counted(rest, 'more name')}"
    return "".join(said) if len(said) <= 1 else ", ".join(said[:-1]) + " and " + said[-1]


def unplaced_message(names: Sequence[str], rows: int, filename: str, stage: Stage) -> str:
    """What the Import page says of the place names the gazetteer did not know (plain text: the caller
    escapes it), in the number of the names and of the rows that name them (walk41: "1 place name
    could not be placed, so their rows …").

    ``stage``: ``before`` an import that will list the names on the Gazetteer page; ``blocked``, when
    the import button writes nothing, so no import lists them (a button does); ``listed`` by that
    button; ``imported``, after an import that left their rows out; ``waiting``, when every name is listed
    already (walk44: a second read offered to list a name the first import had listed). No names: nothing to say, "".
    """
    if not names:
        return ""
    one = len(names) == 1
    rows = max(rows, len(names))  # every name was met in a row at least
    it = "it" if one else "them"
    the_rows = "the row that names it" if rows == 1 else f"the {rows:,} rows that name {it}"
    those = "that row" if rows == 1 else "those rows"
    file = filename or "the file"
    box = f"“{PLACE_BY_NAME_LABEL}”"
    where = "the Gazetteer page (“Unresolved places”)"
    if stage == "imported":
        return (
            f"{counted(len(names), 'place name')} could not be placed, so {the_rows} "
            f"{'was' if rows == 1 else 'were'} not imported: {_quoted(names)}. Place {it} on {where}, then "
            f"import {file} again with {box} ticked: {those} {'comes' if rows == 1 else 'come'} in, the others "
            "stay as they are."
        )
    if stage == "listed":
        return (
            f"{_quoted(names)} {'is' if one else 'are'} now listed on {where}. Place {it} there, then import "
            f"{file} again with {box} ticked to bring in {the_rows}."
        )
    if stage == "waiting":
        return (
            f"Not in the gazetteer yet: {_quoted(names)}. {'It is' if one else 'They are'} listed on {where} "
            f"already: place {it} there, then import this file again with the box ticked to bring in {the_rows}."
        )
    if stage == "blocked":
        return (
            f"Not in the gazetteer: {_quoted(names)}, so {the_rows} cannot be imported. List {it} on {where} "
            f"with the button below, place {it} there, then import this file again with the box ticked to bring "
            f"{those} in."
        )
    return (
        f"Not in the gazetteer: {_quoted(names)}. Importing lists {it} on {where}: place {it} there, then "
        f"import this file again with the box ticked to bring in {the_rows} (the rest stay as they are)."
    )


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


def _where(place: Place) -> str:
    return ", ".join(part for part in (place.admin1, place.country) if part)


def unsure(result: GeocodeResult) -> str:
    """Why a place the gazetteer found is only its guess, not the row's place ("" when it is the place):
    a name spelt only close to a place's, or one of several places of that name told apart by nothing
    but their size. Add report offers such a place to pick, never places a claim there by itself; an
    import does the same (walk46: "Verin Karmiraghbyur Hill" was placed at the village, "exact")."""
    found = result.place
    if not result.found or found is None:
        return ""
    if result.close_spelling:
        return (
            f"{result.query!r} is not a name the gazetteer knows; the closest is {found.name} ({_where(found)}), "
            "spelt differently and perhaps another place: pick it (or another place) on the Gazetteer page"
        )
    if result.undecided:
        others = len(result.candidates)
        return (
            f"{others:,} places are called {result.query!r} and nothing in the row tells which "
            f"(the largest: {found.name}, {_where(found)}): pick one on the Gazetteer page"
        )
    return ""


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
        # (name, context, reason, conflict id) of names the gazetteer only guessed at: not placed (see unsure)
        self._unsure: list[tuple[str, str | None, str | None, str | None]] = []

    @property
    def unresolved(self) -> list[tuple[str, str | None, str | None, str | None]]:
        """(name, context, reason, conflict id) of the names that found no place, or only a guess."""
        return [
            *(
                (name, context, reason, resolver.conflict)
                for resolver in self._resolvers.values()
                for name, context, reason in resolver.pending
            ),
            *self._unsure,
        ]

    def _geocode(self, place: str, countries: tuple[str, ...], conflict: str | None) -> GeocodeResult:
        """The row's conflict picks the gazetteer (its countries first); an unknown one, the default."""
        profile = self._catalog.get(conflict) or self._catalog.default
        gazetteer = Gazetteer.for_profile(profile)
        if self._store is None:
            return gazetteer.geocode(place, countries=countries)
        if profile.id not in self._resolvers:
            # the conflict's title as the context (the note says it), its id recorded with the name (the
            # Gazetteer page opens its map on that conflict)
            self._resolvers[profile.id] = PlaceResolver(
                self._store, online=False, gazetteer=gazetteer, context=profile.title, conflict=profile.id
            )
        return self._resolvers[profile.id].geocode(place, countries=countries)

    def __call__(self, place: str, country: str | None, conflict: str | None = None) -> dict[str, object]:
        countries = country_codes(country, self._catalog)
        key = (place.strip().casefold(), countries, conflict or "")
        if key not in self._answers:
            self._answers[key] = self._geocode(place, countries, conflict)
            doubt = unsure(self._answers[key])
            if doubt:  # listed on the Gazetteer page as a name nothing placed is, once
                profile = self._catalog.get(conflict) or self._catalog.default
                self._unsure.append((place, profile.title, doubt, profile.id))
        result = self._answers[key]
        if result.place is None:
            raise RowError("place", f"{NOT_FOUND}: {result.reason}")
        doubt = unsure(result)
        if doubt:
            raise RowError("place", f"{NOT_FOUND}: {doubt}")
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
