"""What a conflict profile holds: the parties, their voices, the monitors, the places, the map extent.

A profile is plain data (read from a TOML file by :mod:`mapdata.profiles.loader`). Everything
in the library that used to know "Armenia and Azerbaijan" asks the claim's profile instead:
which reporting and accused sides are allowed, which colour a side has, which party a state's
forces in an ACLED or UCDP row belong to, which countries the gazetteer prefers, where the map
opens. The methods here answer those questions; they compare names *folded* (case and
diacritics ignored, runs of spaces and dashes made one space) so "Pakistani", "pakistani" and
"PAKISTANI" are the same word.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache

THIRD_PARTY = "third party"
REPORTING_ONLY_SIDES: tuple[str, ...] = ("media",)  # an outlet telling it in its own voice
ACCUSED_ONLY_SIDES: tuple[str, ...] = ("unknown",)  # the claim blames nobody it names
NON_PARTY_SIDES: tuple[str, ...] = (THIRD_PARTY, *REPORTING_ONLY_SIDES, *ACCUSED_ONLY_SIDES)

_SPACES = re.compile(r"[\s\-‐‑‒–—_]+")
# ACLED dates an actor's regime: "Military Forces of India (2014-)", "(2008-2018)".
_ACLED_YEARS = re.compile(r"\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_NUMBER_END = re.compile(r"(?<=\d)\.0+$")  # "51.0" as pandas or an API writes an integer code
_PARENTHESES = re.compile(r"\s*\([^()]*\)")


_FOLD_CACHED_CHARS = 80  # sides and names are short; longer text is folded uncached (bounded memory)


def fold(text: str) -> str:
    """Lower case, no diacritics, one space for any run of spaces/dashes/underscores, trimmed.

    Short text is cached: the same few spellings ("Armenia", "third party") are folded for every
    claim validated, so a million-row import folds each spelling once."""
    return _fold_short(text) if len(text) <= _FOLD_CACHED_CHARS else _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", plain).strip().casefold()


_fold_short = lru_cache(maxsize=16_384)(_fold)


def strip_acled_years(actor: str) -> str:
    """ "Military Forces of India (2014-) Border Security Force" -> "Military Forces of India Border Security Force"."""
    return _ACLED_YEARS.sub("", actor).strip()


def _starts_with_words(text: str, prefix: str) -> bool:
    """ "military forces of india border security force" starts with "military forces of india"; "...indiana" does not."""
    return text.startswith(prefix) and (len(text) == len(prefix) or not text[len(prefix)].isalnum())


def _folded_set(names: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(n) for n in names if fold(n))


@dataclass(frozen=True)
class Voice:
    """An official voice of a party, and the names texts give it.

    ``claimant`` is what a claim records ("Pakistan army (ISPR)"); ``names`` are the phrases a
    report uses for it ("ISPR", "Inter-Services Public Relations"), plain text, not patterns.
    """

    claimant: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class ThirdParty:
    """A monitor, mediator or outside state whose statements are claims of side "third party"."""

    claimant: str
    names: tuple[str, ...]
    kind: str = "monitor"  # monitor / mediator / state / organisation
    acled_actors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Party:
    """One party to the conflict: a reporting and accused side of its claims.

    ``name`` is the side as users filter by it ("India"); ``words`` are demonyms and adjectives
    ("Indian"); ``capitals`` are cities used as metonyms ("New Delhi"); ``calls_opponent`` is how
    this party's statements name the side they blame ("the enemy"), and ``opponent`` that side.
    ``acled_actors`` match ACLED actor names without their years, on whole words from the start
    ("Military Forces of India" matches "Military Forces of India (2014-) Border Security Force");
    ``ucdp_sides`` match UCDP ``side_a``/``side_b`` names exactly (parenthesised asides ignored).
    """

    name: str
    colour: str
    opponent: str
    aliases: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    calls_opponent: tuple[str, ...] = ()
    voices: tuple[Voice, ...] = ()
    countries: tuple[str, ...] = ()
    acled_actors: tuple[str, ...] = ()
    ucdp_sides: tuple[str, ...] = ()

    @cached_property
    def spellings(self) -> frozenset[str]:
        """Folded names a data file or a URL may use for this side: name, aliases, words, capitals."""
        return _folded_set((self.name, *self.aliases, *self.words, *self.capitals))


@dataclass(frozen=True)
class Extent:
    """The box the map first shows (degrees)."""

    south: float
    west: float
    north: float
    east: float

    @property
    def center(self) -> tuple[float, float]:
        return ((self.south + self.north) / 2, (self.west + self.east) / 2)

    def bounds(self) -> list[list[float]]:
        """``[[south, west], [north, east]]``, as Leaflet's ``fitBounds`` takes it."""
        return [[self.south, self.west], [self.north, self.east]]

    def contains(self, latitude: float, longitude: float, margin_km: float = 0.0) -> bool:
        """Inside the box, or within ``margin_km`` of it (degrees of longitude narrow towards the poles)."""
        lat_margin = margin_km / 111.2
        lon_margin = margin_km / (111.2 * max(math.cos(math.radians(min(abs(self.south), abs(self.north)))), 0.01))
        return (
            self.south - lat_margin <= latitude <= self.north + lat_margin
            and self.west - lon_margin <= longitude <= self.east + lon_margin
        )


@dataclass(frozen=True)
class FrontZone:
    """Where a conflict's fighting is (the Donbas line of contact in a map box of all Ukraine): of two places
    of one name, the gazetteer takes the one in a front zone, so a bare "Novoselivka" is the Donetsk village,
    not the larger one near Odesa."""

    name: str
    extent: Extent

    def contains(self, latitude: float, longitude: float, margin_km: float = 0.0) -> bool:
        return self.extent.contains(latitude, longitude, margin_km)


# Kinds of a profile's place that name an area or a line, never one point.
AREA_KINDS = frozenset({"region", "border", "sector"})


@dataclass(frozen=True)
class SupplementPlace:
    """A place reports name that the gazetteer's GeoNames data lacks, with where its coordinates come from."""

    name: str
    latitude: float
    longitude: float
    country: str
    source: str
    alternate_names: tuple[str, ...] = ()
    admin1: str | None = None
    kind: str = "village"
    approximate: bool = False  # an estimated point: located "near", never "exact"


@dataclass(frozen=True)
class Profile:
    """One conflict: its parties, monitors, countries, map extent and extra places.

    ``countries`` are the parties' territory (ISO 3166-1 alpha-2), preferred first by the
    gazetteer and used to place imported rows; ``neighbours`` come next. ``country_names`` gives,
    per country (or neighbour) code, the other ways datasets write it (ACLED's ``country``/``iso3``/``iso``, UCDP's
    ``country``: "Armenia", "ARM", "51"), so an import can tell which conflict a row is in. ``origin`` says where
    the profile was read from (a bundled file or a user's file), for messages.
    """

    id: str
    title: str
    parties: tuple[Party, ...]
    countries: tuple[str, ...]
    extent: Extent
    summary: str = ""
    neighbours: tuple[str, ...] = ()
    third_parties: tuple[ThirdParty, ...] = ()
    places: tuple[SupplementPlace, ...] = ()
    front: tuple[FrontZone, ...] = ()
    country_names: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    origin: str = ""
    _by_spelling: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for party in self.parties:
            for spelling in party.spellings:
                self._by_spelling.setdefault(spelling, party.name)
        for side in NON_PARTY_SIDES:
            self._by_spelling[fold(side)] = side
        for alias, side in (("third-party", THIRD_PARTY), ("thirdparty", THIRD_PARTY), ("unattributed", "media")):
            self._by_spelling.setdefault(fold(alias), side)

    def __hash__(self) -> int:
        """Computed once: profiles key the per-row caches of every import (ACLED's source and actor
        look-ups), and the dataclass hash re-hashed every party and place on each call (~10% of an import)."""
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash(tuple(getattr(self, f.name) for f in fields(self) if (f.compare if f.hash is None else f.hash)))

    # -- sides -------------------------------------------------------------------------------
    @cached_property
    def party_names(self) -> tuple[str, ...]:
        """The parties' display names, in the profile's order ("India", "Pakistan")."""
        return tuple(p.name for p in self.parties)

    @cached_property
    def reporting_sides(self) -> tuple[str, ...]:
        """Allowed values of a claim's ``reporting_side``: the parties, "third party", "media"."""
        return (*self.party_names, THIRD_PARTY, *REPORTING_ONLY_SIDES)

    @cached_property
    def accused_sides(self) -> tuple[str, ...]:
        """Allowed values of a claim's ``accused_side``: the parties, "third party", "unknown"."""
        return (*self.party_names, THIRD_PARTY, *ACCUSED_ONLY_SIDES)

    def party(self, name: str) -> Party:
        """The party with this display name (or any spelling of it); KeyError if none."""
        side = self.side_for(name)
        for party in self.parties:
            if party.name == side:
                return party
        raise KeyError(name)

    def side_for(self, text: str) -> str | None:
        """The canonical side for a spelling ("Pakistani", "Islamabad", "third-party"), else None."""
        return self._by_spelling.get(fold(text))

    def opponent_of(self, side: str | None) -> str | None:
        """The party a party's claims blame by default; None for non-parties."""
        for party in self.parties:
            if party.name == side:
                return party.opponent
        return None

    @property
    def colours(self) -> dict[str, str]:
        """Party name -> its colour (hex), for the map, legend and timeline."""
        return {p.name: p.colour for p in self.parties}

    # -- who speaks ------------------------------------------------------------------------
    @cached_property
    def voices(self) -> dict[str, tuple[str, str]]:
        """Folded name of an official voice or monitor -> (claimant, reporting side)."""
        found: dict[str, tuple[str, str]] = {}
        for party in self.parties:
            for voice in party.voices:
                for name in (voice.claimant, *voice.names):
                    found.setdefault(fold(name), (voice.claimant, party.name))
        for third in self.third_parties:
            for name in (third.claimant, *third.names):
                found.setdefault(fold(name), (third.claimant, THIRD_PARTY))
        return found

    def voice(self, name: str) -> tuple[str, str] | None:
        """(claimant, side) for a voice named exactly so ("ISPR" -> ("Pakistan army (ISPR)", "Pakistan"))."""
        return self.voices.get(fold(name))

    # -- importers ---------------------------------------------------------------------------
    def side_of_acled_actor(self, actor: str | None) -> str | None:
        """The party (or "third party") an ACLED actor belongs to in this conflict, else None."""
        if not actor or not actor.strip():
            return None
        key = fold(strip_acled_years(actor))
        for names, side in self._acled_names:
            if any(_starts_with_words(key, n) for n in names):
                return side
        return None

    @cached_property
    def _acled_names(self) -> tuple[tuple[frozenset[str], str], ...]:
        entries = [(_folded_set(p.acled_actors), p.name) for p in self.parties]
        entries += [(_folded_set(t.acled_actors), THIRD_PARTY) for t in self.third_parties]
        return tuple((names, side) for names, side in entries if names)

    def side_of_ucdp(self, name: str | None) -> str | None:
        """The party a UCDP ``side_a``/``side_b`` name belongs to ("Government of India" -> India)."""
        if not name or not name.strip():
            return None
        return self._ucdp_names.get(fold(name)) or self._ucdp_names.get(fold(_PARENTHESES.sub("", name)))

    @cached_property
    def _ucdp_names(self) -> dict[str, str]:
        """Folded UCDP side name, with and without its parenthesised aside -> party."""
        found: dict[str, str] = {}
        for party in self.parties:
            for name in party.ucdp_sides:
                found.setdefault(fold(name), party.name)
                found.setdefault(fold(_PARENTHESES.sub("", name)), party.name)
        return found

    def country_code(self, value: str | None) -> str | None:
        """The code of one of this profile's countries or neighbours for a dataset's country value
        ("Armenia", "ARM", "51", "AM" -> "AM"), else None."""
        if not value or not value.strip():
            return None
        return self._country_keys.get(fold(_NUMBER_END.sub("", value.strip())))

    @cached_property
    def _country_keys(self) -> dict[str, str]:
        keys = {fold(code): code for code in (*self.countries, *self.neighbours)}
        for code, names in self.country_names.items():
            for name in names:
                keys.setdefault(fold(name), code)
        return keys

    # -- places -----------------------------------------------------------------------------
    @property
    def example_places(self) -> tuple[SupplementPlace, ...]:
        """Its places that are points (not a region, a border or a sector) inside its map extent, in the
        profile's order: what a form shows as examples of names and coordinates in this conflict's area."""
        return tuple(
            place
            for place in self.places
            if place.kind not in AREA_KINDS and self.extent.contains(place.latitude, place.longitude)
        )

    @property
    def example_point(self) -> tuple[float, float]:
        """Coordinates to show as an example in this conflict's area (walk41: Armenian ones beside a
        Thailand–Cambodia map): its first example place, else the centre of its map extent."""
        examples = self.example_places
        return (examples[0].latitude, examples[0].longitude) if examples else self.extent.center

    @property
    def focus_countries(self) -> tuple[str, ...]:
        """The parties' countries first, then their neighbours: the gazetteer's order of preference."""
        return tuple(dict.fromkeys((*self.countries, *self.neighbours)))
