"""Reading a conflict profile file (TOML) into a :class:`~mapdata.profiles.profile.Profile`.

Users write these files by hand, so every mistake is reported with the file, the key and what
is wrong ("india.toml: parties[2].colour: '#12' is not a colour like '#1f77b4'"), and unknown
keys are errors with a suggestion (a typo would otherwise silently drop data). Names are plain
text, never patterns: whoever uses them for matching escapes them. The file format is
documented in the README ("Conflict profiles") and by the bundled files in ``mapdata/data/profiles/``.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from mapdata.errors import ProfileError
from mapdata.profiles.profile import (
    NON_PARTY_SIDES,
    Extent,
    FrontZone,
    Party,
    Profile,
    SupplementPlace,
    ThirdParty,
    Voice,
    fold,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 reads TOML with the tomli backport (a conditional dependency)
    import tomli as tomllib

__all__ = ["MAX_PROFILE_BYTES", "load_profile", "parse_profile"]

MAX_PROFILE_BYTES = 1_000_000  # a profile is a page of names, not a data set
MAX_TEXT = 300  # characters in one name, title or source note
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_COUNTRY = re.compile(r"[A-Z]{2}")
THIRD_PARTY_KINDS = ("monitor", "mediator", "state", "organisation")
PLACE_KINDS = ("village", "town", "city", "region", "border", "height", "sector", "crossing", "corridor", "site")

_TOP_KEYS = (
    "id",
    "title",
    "summary",
    "countries",
    "neighbours",
    "country_names",
    "extent",
    "front",
    "parties",
    "third_parties",
    "places",
)
_PARTY_KEYS = (
    "name",
    "colour",
    "opponent",
    "aliases",
    "words",
    "capitals",
    "calls_opponent",
    "voices",
    "countries",
    "acled_actors",
    "ucdp_sides",
)
_VOICE_KEYS = ("claimant", "names")
_THIRD_KEYS = ("claimant", "names", "kind", "acled_actors")
_EXTENT_KEYS = ("south", "west", "north", "east")
_FRONT_KEYS = ("name", *_EXTENT_KEYS)
_PLACE_KEYS = ("name", "latitude", "longitude", "country", "source", "alternate_names", "admin1", "kind", "approximate")


class _Reader:
    """Typed access to one table of the file, naming the key in every error."""

    def __init__(self, source: str, table: object, path: str, keys: tuple[str, ...]):
        self.source = source
        self.path = path
        if not isinstance(table, Mapping):
            raise ProfileError(source, path or None, f"must be a table, got {_kind(table)}")
        self.table = table
        for key in table:
            if key not in keys:
                near = difflib.get_close_matches(str(key), keys, n=1)
                hint = f" (did you mean {near[0]!r}?)" if near else f"; allowed: {', '.join(keys)}"
                raise ProfileError(source, self.key(str(key)), f"unknown key{hint}")

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def fail(self, name: str, message: str) -> ProfileError:
        return ProfileError(self.source, self.key(name), message)

    def text(self, name: str, required: bool = True, default: str = "") -> str:
        value = self.table.get(name)
        if value is None:
            if required:
                raise self.fail(name, "is required")
            return default
        if not isinstance(value, str):
            raise self.fail(name, f"must be text, got {_kind(value)}")
        value = value.strip()
        if required and not value:
            raise self.fail(name, "must not be empty")
        if len(value) > MAX_TEXT:
            raise self.fail(name, f"is longer than {MAX_TEXT} characters")
        return value

    def texts(self, name: str, required: bool = False) -> tuple[str, ...]:
        value = self.table.get(name, [])
        if not isinstance(value, list):
            raise self.fail(name, f"must be a list of text, got {_kind(value)}")
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{name}[{i}]", f"must be non-empty text, got {_kind(item)}")
            if len(item) > MAX_TEXT:
                raise self.fail(f"{name}[{i}]", f"is longer than {MAX_TEXT} characters")
            out.append(item.strip())
        if required and not out:
            raise self.fail(name, "must list at least one entry")
        return tuple(dict.fromkeys(out))

    def countries(self, name: str, required: bool = False) -> tuple[str, ...]:
        codes = self.texts(name, required)
        for i, code in enumerate(codes):
            if not _COUNTRY.fullmatch(code):
                raise self.fail(f"{name}[{i}]", f"{code!r} is not an ISO 3166-1 alpha-2 country code like 'AM'")
        return codes

    def number(self, name: str, low: float, high: float) -> float:
        value = self.table.get(name)
        if value is None:
            raise self.fail(name, "is required")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
            raise self.fail(name, f"must be a number, got {_kind(value)}")
        if not low <= value <= high:
            raise self.fail(name, f"must be between {low:g} and {high:g}, got {value!r}")
        return float(value)

    def flag(self, name: str) -> bool:
        value = self.table.get(name, False)
        if not isinstance(value, bool):
            raise self.fail(name, f"must be true or false, got {_kind(value)}")
        return value

    def choice(self, name: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(name, required=False, default=default)
        if value not in allowed:
            raise self.fail(name, f"unknown value {value!r}; expected one of: {', '.join(allowed)}")
        return value

    def tables(self, name: str, required: bool = False) -> list[tuple[str, object]]:
        value = self.table.get(name, [])
        if not isinstance(value, list):
            raise self.fail(name, f"must be an array of tables ([[{name}]]), got {_kind(value)}")
        if required and not value:
            raise self.fail(name, "must list at least one entry")
        return [(self.key(f"{name}[{i}]"), item) for i, item in enumerate(value)]


def _kind(value: object) -> str:
    return {str: "text", bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a table"}.get(
        type(value), type(value).__name__
    )


def _voice(source: str, path: str, table: object) -> Voice:
    reader = _Reader(source, table, path, _VOICE_KEYS)
    return Voice(claimant=reader.text("claimant"), names=reader.texts("names"))


def _party(source: str, path: str, table: object) -> tuple[Party, str]:
    """The party, and its ``opponent`` as written ("" when left to be inferred)."""
    reader = _Reader(source, table, path, _PARTY_KEYS)
    name = reader.text("name")
    if fold(name) in {fold(s) for s in NON_PARTY_SIDES}:
        raise reader.fail("name", f"{name!r} is reserved for claims of no party ({', '.join(NON_PARTY_SIDES)})")
    colour = reader.text("colour")
    if not _COLOUR.fullmatch(colour):
        raise reader.fail("colour", f"{colour!r} is not a colour like '#1f77b4'")
    party = Party(
        name=name,
        colour=colour.lower(),
        opponent="",
        aliases=reader.texts("aliases"),
        words=reader.texts("words"),
        capitals=reader.texts("capitals"),
        calls_opponent=reader.texts("calls_opponent"),
        voices=tuple(_voice(source, key, item) for key, item in reader.tables("voices")),
        countries=reader.countries("countries"),
        acled_actors=reader.texts("acled_actors"),
        ucdp_sides=reader.texts("ucdp_sides"),
    )
    return party, reader.text("opponent", required=False)


def _with_opponents(source: str, parties: list[tuple[str, Party, str]]) -> tuple[Party, ...]:
    """Each party's ``opponent``: as written (another party's name), or the other one of two."""
    names = [party.name for _, party, _ in parties]
    seen: dict[str, str] = {}
    for (key, _, _), name in zip(parties, names):
        if fold(name) in seen:
            raise ProfileError(source, f"{key}.name", f"{name!r} names two parties (also {seen[fold(name)]!r})")
        seen[fold(name)] = name
    out = []
    for key, party, opponent in parties:
        if opponent:
            if opponent not in names or opponent == party.name:
                others = [n for n in names if n != party.name]
                raise ProfileError(
                    source,
                    f"{key}.opponent",
                    f"{opponent!r} is not another party; expected one of: {', '.join(others)}",
                )
        elif len(names) == 2:
            opponent = names[1 - names.index(party.name)]
        else:
            raise ProfileError(
                source,
                f"{key}.opponent",
                "is required when a profile has more than two parties (whom its claims blame)",
            )
        out.append(dataclasses.replace(party, opponent=opponent))
    return tuple(out)


def _spellings_unique(source: str, parties: tuple[Party, ...]) -> None:
    """A spelling ("Lebanese") may name one party only, or the model could not tell sides apart."""
    owner: dict[str, str] = {}
    for i, party in enumerate(parties):
        for spelling in sorted(party.spellings):
            if owner.setdefault(spelling, party.name) != party.name:
                raise ProfileError(
                    source,
                    f"parties[{i}]",
                    f"{spelling!r} names both {owner[spelling]!r} and {party.name!r}; keep it in one party's aliases/words/capitals",
                )


def _voices_unique(source: str, parties: tuple[Party, ...], third_parties: tuple[ThirdParty, ...]) -> None:
    """A voice's name ("the army") must point to one claimant, or attribution would depend on file order."""
    owner: dict[str, str] = {}
    named = [(f"parties[{i}].voices", v.claimant, v.names) for i, p in enumerate(parties) for v in p.voices]
    named += [(f"third_parties[{i}]", t.claimant, t.names) for i, t in enumerate(third_parties)]
    for key, claimant, names in named:
        for name in (claimant, *names):
            if owner.setdefault(fold(name), claimant) != claimant:
                raise ProfileError(
                    source, key, f"{name!r} already names {owner[fold(name)]!r}; a name may belong to one voice"
                )


def _third_party(source: str, path: str, table: object) -> ThirdParty:
    reader = _Reader(source, table, path, _THIRD_KEYS)
    return ThirdParty(
        claimant=reader.text("claimant"),
        names=reader.texts("names"),
        kind=reader.choice("kind", THIRD_PARTY_KINDS, "monitor"),
        acled_actors=reader.texts("acled_actors"),
    )


def _extent(source: str, table: object, path: str = "extent", keys: tuple[str, ...] = _EXTENT_KEYS) -> Extent:
    reader = _Reader(source, table, path, keys)
    south, north = reader.number("south", -90, 90), reader.number("north", -90, 90)
    west, east = reader.number("west", -180, 180), reader.number("east", -180, 180)
    if south >= north:
        raise reader.fail("north", f"must be north of south ({north:g} <= {south:g})")
    if west >= east:
        raise reader.fail("east", f"must be east of west ({east:g} <= {west:g})")
    return Extent(south=south, west=west, north=north, east=east)


def _front(source: str, path: str, table: object) -> FrontZone:
    """``front = [{ name = "Donbas", south = …, west = …, north = …, east = … }]``: where the fighting is."""
    name = _Reader(source, table, path, _FRONT_KEYS).text("name")
    return FrontZone(name=name, extent=_extent(source, table, path, _FRONT_KEYS))


def _place(source: str, path: str, table: object) -> SupplementPlace:
    reader = _Reader(source, table, path, _PLACE_KEYS)
    country = reader.text("country")
    if not _COUNTRY.fullmatch(country):
        raise reader.fail("country", f"{country!r} is not an ISO 3166-1 alpha-2 country code like 'AM'")
    return SupplementPlace(
        name=reader.text("name"),
        latitude=reader.number("latitude", -90, 90),
        longitude=reader.number("longitude", -180, 180),
        country=country,
        source=reader.text("source"),
        alternate_names=reader.texts("alternate_names"),
        admin1=reader.text("admin1", required=False) or None,
        kind=reader.choice("kind", PLACE_KINDS, "village"),
        approximate=reader.flag("approximate"),
    )


def _country_names(source: str, table: object, countries: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``country_names = { AM = ["Armenia", "ARM", "51"] }``: keys must be the profile's countries or neighbours."""
    if table is None:
        return {}
    reader = _Reader(source, table, "country_names", countries)  # neighbours included by the caller
    return {code: reader.texts(code) for code in reader.table}


def profile_from_mapping(data: object, source: str) -> Profile:
    """A validated Profile from parsed TOML (or any mapping of the same shape)."""
    reader = _Reader(source, data, "", _TOP_KEYS)
    profile_id = reader.text("id")
    if not _ID.fullmatch(profile_id):
        raise reader.fail(
            "id", f"{profile_id!r} must be lower-case letters, digits and single dashes, like 'india-pakistan'"
        )
    parties_read = [(key, *_party(source, key, item)) for key, item in reader.tables("parties", required=True)]
    if len(parties_read) < 2:
        raise reader.fail("parties", "a conflict needs at least two parties")
    parties = _with_opponents(source, parties_read)
    _spellings_unique(source, parties)
    third_parties = tuple(_third_party(source, key, item) for key, item in reader.tables("third_parties"))
    _voices_unique(source, parties, third_parties)
    if "extent" not in reader.table:
        raise reader.fail("extent", "is required: { south = …, west = …, north = …, east = … }")
    countries = reader.countries("countries", required=True)
    neighbours = reader.countries("neighbours")
    return Profile(
        id=profile_id,
        title=reader.text("title"),
        summary=reader.text("summary", required=False),
        parties=parties,
        countries=countries,
        neighbours=neighbours,
        country_names=_country_names(source, reader.table.get("country_names"), (*countries, *neighbours)),
        extent=_extent(source, reader.table["extent"]),
        third_parties=third_parties,
        places=tuple(_place(source, key, item) for key, item in reader.tables("places")),
        front=tuple(_front(source, key, item) for key, item in reader.tables("front")),
        origin=source,
    )


def parse_profile(text: str, source: str = "<profile>") -> Profile:
    """A Profile from the text of a TOML file; ``source`` names it in errors."""
    if len(text) > MAX_PROFILE_BYTES:
        raise ProfileError(
            source, None, f"is larger than {MAX_PROFILE_BYTES:,} characters; a profile is a page of names"
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(source, None, f"is not valid TOML: {error}") from None
    return profile_from_mapping(data, source)


def load_profile(path: str | Path) -> Profile:
    """Read and validate one profile file."""
    path = Path(path)
    source = str(path)
    try:
        if path.stat().st_size > MAX_PROFILE_BYTES:
            raise ProfileError(
                source, None, f"is larger than {MAX_PROFILE_BYTES:,} bytes; a profile is a page of names"
            )
        raw = path.read_bytes()
    except OSError as error:
        raise ProfileError(source, None, f"cannot be read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError(source, None, "is not UTF-8 text") from None
    return parse_profile(text, source)
