"""The offline gazetteer: a place name as a report writes it -> a place, with its reasons.

Matching goes from strict to loose, and stops at the first tier that finds something:
a user alias, the exact folded name, the transliteration skeleton, the name without a case
ending, then a close spelling among places in the focus region. Ambiguity is decided, in
order, by: the focus region, a country named in the same text (``countries``), proximity to
other places in the same report (``near``), the kind of place the query asks for, whether the
name is the place's main name, then population. Every answer keeps the candidates, so the
user can see and overrule the choice.
"""

from __future__ import annotations

import difflib
import math
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from mapdata.geo.dumps import dumps_signature
from mapdata.geo.index import FOCUS_COUNTRIES, KIND_PRECISION, IndexData, cache_path, load_index
from mapdata.geo.names import case_stems, fold, names_region, skeleton, strip_context
from mapdata.geo.spelling import KeysByLength, by_length, close_matches_by_length
from mapdata.profiles import Extent, FrontZone, Profile, SupplementPlace, default_catalog

__all__ = ["FOCUS_COUNTRIES", "Gazetteer", "GeocodeResult", "Place", "geocode", "haversine_km"]

MAX_CANDIDATES = 8
CORE_COUNTRIES: tuple[str, ...] = ("AM", "AZ")  # the parties: preferred over their neighbours
TOWN_POPULATION = 10_000
# A namesake this far outside the conflict's map extent loses to one inside it ("Hajipur" in
# Bihar vs the Line of Control sector); nearer ones tie, and the usual factors decide.
AREA_MARGIN_KM = 100.0
FRONT_MARGIN_KM = 15.0  # a front zone is a box drawn round the fighting; a village just outside it is still on it
_CLOSE_SPELLING_REACH_KM = 300.0  # a close spelling is looked for this far around the conflict's map area
CLOSE_SPELLING_CUTOFF = 0.86  # difflib's ratio of two names' skeletons at which one is a close spelling of the other
NEIGHBOUR_TOWN_IN_TEXT = 50_000  # lookup_names: a bare word is a town in GE/IR/TR only from this size
FOREIGN_CITY_IN_TEXT = 1_000_000  # ... and elsewhere only a big city (Moscow, Brussels, Washington)  # a town this big beats a region of the same name ("Tovuz", "Ararat")


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer (or one a user placed by hand)."""

    key: str
    name: str
    latitude: float
    longitude: float
    country: str
    admin1: str | None
    kind: str
    population: int
    precision: str
    alternate_names: tuple[str, ...] = ()
    coord_source: str = "GeoNames"  # where the coordinates come from (the supplement says for its rows)

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "name": self.name,
            "latitude": round(self.latitude, 5),
            "longitude": round(self.longitude, 5),
            "country": self.country,
            "admin1": self.admin1,
            "kind": self.kind,
            "population": self.population,
            "precision": self.precision,
            "alternate_names": list(self.alternate_names),
            "coord_source": self.coord_source,
        }


@dataclass(frozen=True)
class GeocodeResult:
    """The answer for one name: the chosen place (or None), the alternatives, and why."""

    query: str
    place: Place | None
    candidates: tuple[Place, ...] = ()
    confidence: float = 0.0
    precision: str | None = None
    reason: str = ""
    status: str = "not_found"  # "found" | "not_found" | "error"
    source: str = "gazetteer"
    # What chose the place among several candidates (a name of ``_FACTOR_NAMES``, "tie", or "only
    # candidate"; empty for a one-answer source): "population" or "tie" means nothing about the
    # places themselves told them apart (see ``undecided``).
    decided_by: str = ""
    # How the name matched the place's: "exact", "spelling" (a transliteration), "case ending", "close
    # spelling" (a name only spelt close to it: not the name itself, see ``close_spelling``); empty for
    # a one-answer source (the user's alias, the online service).
    match: str = ""

    @classmethod
    def only(cls, query: str, place: Place, *, confidence: float, reason: str, source: str) -> GeocodeResult:
        """A name with one answer and no alternatives (the user's alias, the online service's place)."""
        return cls(
            query=query,
            place=place,
            candidates=(place,),
            confidence=confidence,
            precision=place.precision,
            reason=reason,
            status="found",
            source=source,
        )

    @property
    def found(self) -> bool:
        return self.status == "found" and self.place is not None

    @property
    def close_spelling(self) -> bool:
        """The place was found only by a close spelling (about 60 % sure): another place than the one
        meant as often as not, so a person who typed the name is offered it, not placed there."""
        return self.found and self.match == "close spelling"

    @property
    def undecided(self) -> bool:
        """Several places have this name and only their size (or nothing) chose one: a person who
        typed the name should pick (Add report's grid asks; a reader of reports takes the choice)."""
        return self.found and len(self.candidates) > 1 and self.decided_by in UNDECIDED

    def to_dict(self) -> dict[str, object]:
        return {
            "query": self.query,
            "status": self.status,
            "source": self.source,
            "place": self.place.to_dict() if self.place else None,
            "confidence": round(self.confidence, 3),
            "precision": self.precision,
            "reason": self.reason,
            "candidates": [c.to_dict() for c in self.candidates if not self.place or c.key != self.place.key],
        }


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (enough for ranking and for a 5 km check)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# Capitalised words that start sentences or name institutions, never places in a report.
# fmt: off
_NOT_PLACES = frozenset(fold(w) for w in (
    "The A An In On At Of For From By With To And But Or As If It Its This That These Those He She They We"
    " I You Our Their His Her Mr Ms Dr Gen General Colonel Major Minister Ministry Defense Defence Army"
    " Armed Forces Force Police Border Guard Guards Service State President Prime Government Office"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July"
    " August September October November December Today Yesterday Tomorrow News Agency Press Report Reports"
    " According Also However Meanwhile After Before During Since Following Earlier Later Later When While"
    " Armenian Armenians Azerbaijani Azerbaijanis Azeri Russian Russians Turkish Iranian Georgian European"
    " Union EU UN OSCE NATO CSTO US USA UK Moscow-based Soldier Soldiers Sergeant Private Lieutenant Captain"
    " Security Council Foreign Affairs Parliament National Republic Commander Troops Unit Units Military"
    " Along Around Near North South East West Northern Southern Eastern Western Central Upper Lower"
    " New Old Great Little Saint St Mount Lake River Valley Said Says Told Added Noted Stated Claimed"
    " One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Several Many Some"
    " Both Each Every All No Not Yes There Here Where What Which Who Whom Whose Why How Then Than"
    " Ceasefire Peace Talks Meeting Summit Brussels-based Photo Video Read More Image Source Sources"
    " Victory Independence Day Week Month Year Hour Hours Minute Minutes Morning Evening Night Afternoon"
    " Can Man Side Off Gold Due Gas Shot Has Was Got Led Had Did Does Got Fire Fired Shelling Shell Shells"
    " Drone Drones Mortar Mortars Sniper Snipers Rifle Rifles Artillery Tank Tanks Post Posts Hill Height"
    " Village Villages Town City Region Province District Community Settlement Capital Border Line Lines"
).split())
# fmt: on

_QUALIFIED = re.compile(r"^(?P<name>[^,(]+?)\s*(?:,\s*(?P<q1>[^,()]+)|\((?P<q2>[^()]+)\))\s*$")
_WORD = re.compile(r"[^\W\d_][^\W_]*")  # a word; "Azerbaijan's" -> "Azerbaijan"
_MAX_WORDS = 5
# Words that follow a place's name to say what it is; never part of the name in lookup_names.
_CUE_WORDS = frozenset(
    "village villages settlement settlements town city community hamlet district districts subdistrict region regions "
    "province provinces rayon marz oblast sector sectors area front border direction height heights tambon".split()
)
_MAX_NAME_CHARS = 100


class Gazetteer:
    """Place lookups over the compact index; thread-safe for reads (Streamlit runs threads)."""

    _index: IndexData | None = None  # one index for every conflict: GeoNames, our supplement, the profiles' places
    _by_profile: dict[
        tuple[str, tuple[str, ...], tuple[str, ...], Extent, tuple[SupplementPlace, ...], tuple[FrontZone, ...]],
        Gazetteer,
    ] = {}
    _default_lock = threading.Lock()
    _dumps: tuple[tuple[str, int, int], ...] | None = None  # the user's GeoNames files the index holds

    def __init__(
        self,
        data: IndexData,
        focus: Sequence[str] = FOCUS_COUNTRIES,
        core: Sequence[str] = CORE_COUNTRIES,
        area: Extent | None = None,
        front: Sequence[FrontZone] = (),
        profile_id: str = "",
    ):
        self._data = data
        self.area = area  # the conflict's map extent: a namesake inside it beats one outside
        self.front = tuple(front)  # where the fighting is: a namesake there beats one elsewhere in the area
        # The conflict profile's own places ("profile:russia-ukraine:pisky") beat GeoNames namesakes: the profile
        # names a place because its reports mean that one.
        self._own_prefix = f"profile:{profile_id}:" if profile_id else None
        self.focus: tuple[str, ...] = tuple(c.upper() for c in focus)
        self._focus_set = frozenset(self.focus)
        self._core_set = frozenset(c.upper() for c in core)
        self._place = lru_cache(maxsize=50_000)(self._make_place)
        self._lookup = lru_cache(maxsize=100_000)(self._lookup_uncached)
        self._geocode_cached = lru_cache(maxsize=100_000)(self._geocode_uncached)
        self._place_in_text_cached = lru_cache(maxsize=100_000)(self._place_in_text_uncached)
        self._keys: dict[str, int] | None = None
        self._core_loose: list[str] | None = None
        self._core_loose_by_length: KeysByLength | None = None
        self._core_lock = threading.Lock()

    # -- construction ----------------------------------------------------------------
    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of the default conflict (Armenia–Azerbaijan first, then its neighbours)."""
        return cls.for_profile(default_catalog().default)

    @classmethod
    def index_ready(cls) -> bool:
        """Whether the shared index is loaded or cached on disk (else the first use builds it: 15-45 s)."""
        return cls._index is not None or cache_path(profiles=tuple(default_catalog())).exists()

    @classmethod
    def reload(cls) -> None:
        """Forget the loaded index (after a GeoNames country file was added): the next use loads the new one."""
        with cls._default_lock:
            cls._index = None
            cls._by_profile = {}
            cls._dumps = None

    @classmethod
    def for_profile(cls, profile: Profile) -> Gazetteer:
        """The process-wide gazetteer for one conflict: its parties' countries first, then its
        neighbours. Every conflict shares one index, loaded once from disk (built on first use)
        with the places of the bundled profiles and the user's profiles folder. A profile with
        places of its own that the catalog does not hold (``--profile FILE``) gets an index with
        them too, built once and cached on disk like the shared one. A GeoNames country file added
        since (by any process) makes it load the index again."""
        if dumps_signature() != cls._dumps:
            cls.reload()  # a GeoNames country file was added (here or in another process)
        key = (profile.id, profile.countries, profile.focus_countries, profile.extent, profile.places, profile.front)
        found = cls._by_profile.get(key)
        if found is None:
            catalog = default_catalog()
            with cls._default_lock:
                if cls._index is None:
                    cls._dumps = dumps_signature()
                    cls._index = load_index(profiles=tuple(catalog))
                index = cls._index
                if profile.places and catalog.get(profile.id) != profile:
                    others = tuple(p for p in catalog if p.id != profile.id)
                    index = load_index(profiles=(*others, profile))
                found = cls._by_profile.setdefault(
                    key,
                    cls(index, profile.focus_countries, profile.countries, profile.extent, profile.front, profile.id),
                )
        return found

    def __len__(self) -> int:
        return len(self._data)

    # -- places ----------------------------------------------------------------------
    def _make_place(self, index: int) -> Place:
        data = self._data
        kind = data.kind(index)
        alternates = tuple(n for n in data.alternate_names[index].split("|") if n)
        return Place(
            key=data.key(index),
            name=data.names[index],
            latitude=data.latitudes[index],
            longitude=data.longitudes[index],
            country=data.country(index),
            admin1=data.admin1[index],
            kind=kind,
            population=int(data.populations[index]),
            precision=KIND_PRECISION.get(kind, "exact"),
            alternate_names=alternates,
            coord_source=data.coord_sources.get(index)
            or ("GeoNames" if data.geonameids[index] else "GeoNames (capital)"),
        )

    def place(self, key: str) -> Place | None:
        """The place with this stable key ("geonames:616041", "supplement:ganza"), or None."""
        index = self._key_index().get(key)
        return self._place(index) if index is not None else None

    def _key_index(self) -> dict[str, int]:
        if self._keys is None:  # built on first use: most processes never look a key up
            data = self._data
            index = {f"geonames:{ident}": i for i, ident in enumerate(data.geonameids) if ident}
            index.update({key: i for i, key in data.other_keys.items()})
            self._keys = index
        return self._keys

    def with_empty_caches(self) -> Gazetteer:
        """The same gazetteer with empty look-up caches (the index and the parties' keys shared): what
        a text of names never seen before meets, for benchmarks."""
        fresh = Gazetteer(self._data, self.focus, tuple(self._core_set), self.area)
        fresh._core_loose = self._core_loose_keys()
        fresh._core_loose_by_length = self._core_loose_keys_by_length()
        return fresh

    # -- geocoding -------------------------------------------------------------------
    def geocode(
        self,
        name: str,
        *,
        countries: Iterable[str] = (),
        near: Iterable[tuple[float, float]] = (),
        aliases: Mapping[str, str | Place] | None = None,
    ) -> GeocodeResult:
        """Resolve one place name. ``aliases`` maps folded names (see
        ``gazetteer_store.name_key``) to a place key or a Place: the user's choices, which win."""
        query = (name or "").strip()
        if not query:
            return GeocodeResult(query=name or "", place=None, reason="empty place name")
        if len(query) > 200:
            return GeocodeResult(
                query=query[:200], place=None, reason="too long to be a place name (over 200 characters)"
            )
        country_set = frozenset(c.upper() for c in countries if c) if countries else frozenset()
        near_points = _valid_points_cached(tuple(near)) if near else ()
        if aliases:
            found = self._alias(query, aliases)
            if found is not None:
                return found
        return self._geocode_cached(query, country_set, near_points)

    def _alias(self, query: str, aliases: Mapping[str, str | Place]) -> GeocodeResult | None:
        chosen = aliases.get(strip_context(fold(query))) or aliases.get(fold(query))
        place = self.place(chosen) if isinstance(chosen, str) else chosen
        if place is None:
            return None
        return GeocodeResult.only(
            query, place, confidence=1.0, reason=f"user alias: {query!r} -> {place.name}", source="alias"
        )

    def _geocode_uncached(
        self, query: str, country_set: frozenset[str], near_points: tuple[tuple[float, float], ...]
    ) -> GeocodeResult:
        folded = fold(_ampersand_as_and(query))
        key = strip_context(folded)
        if key not in self._data.exact and folded in self._data.exact:
            key = folded  # the context word is part of the name ("Mount Dov", "Naugam sector")
        if key not in self._data.exact:
            qualified = self._qualified(query, country_set, near_points)
            if qualified is not None:
                return qualified
        tier, matched, indices = self._lookup(key)
        if not indices:
            return GeocodeResult(query=query, place=None, reason=f"no place called {query!r} in the gazetteer")
        return self._rank(query, matched, tier, indices, country_set, near_points)

    def _qualified(
        self, query: str, countries: frozenset[str], near: tuple[tuple[float, float], ...]
    ) -> GeocodeResult | None:
        """ "Lichk, Syunik" / "Martuni (Azerbaijan)": the name, with its region or country deciding."""
        match = _QUALIFIED.match(query)
        if not match:
            return None
        name, qualifier = match.group("name").strip(), (match.group("q1") or match.group("q2") or "").strip()
        where = self._geocode_cached(qualifier, countries, near) if qualifier else None
        area = where.place if where is not None and where.found else None
        if area is None or area.precision not in ("region", "country"):
            return None
        key = strip_context(fold(name))
        tier, matched, indices = self._lookup(key)
        if not indices:
            return None
        inside = tuple(
            i
            for i in indices
            if self._data.country(i) == area.country
            and (area.precision == "country" or self._data.admin1[i] == (area.admin1 or area.name))
        )
        if not inside:
            outside = self._rank(name, matched, tier, indices, countries, near)
            return GeocodeResult(
                query=query,
                place=None,
                candidates=outside.candidates,
                status="not_found",
                reason=f"{name!r} is known, but not in {area.name} as the name says",
            )
        result = self._rank(name, matched, tier, inside, countries | {area.country}, near)
        return GeocodeResult(
            query=query,
            place=result.place,
            candidates=result.candidates,
            confidence=result.confidence,
            precision=result.precision,
            status="found",
            reason=f"{result.reason}; within {area.name} as the name says",
            decided_by=result.decided_by,
        )

    def _lookup_uncached(self, key: str) -> tuple[str, str, tuple[int, ...]]:
        """Candidate place indices for a folded, stripped name: (tier, name matched, indices)."""
        data = self._data
        found = data.exact.get(key)
        if found is not None:
            return "exact", key, _as_tuple(found)
        skel = skeleton(key)
        found = data.loose.get(skel)
        if found is not None:
            hits = self._in_focus(_as_tuple(found))
            if hits:
                return "spelling", skel, hits
        for stem in case_stems(key):
            for _tier, table, value in (("exact", data.exact, stem), ("spelling", data.loose, skeleton(stem))):
                found = table.get(value)
                if found is not None:
                    hits = self._in_focus(_as_tuple(found))
                    if hits:
                        return "case ending", value, hits
        if len(skel) >= 5:
            close = close_matches_by_length(skel, self._core_loose_keys_by_length(), n=3, cutoff=CLOSE_SPELLING_CUTOFF)
            close_hits: list[int] = []
            for match in close:
                close_hits.extend(
                    i
                    for i in _as_tuple(data.loose[match])
                    if data.country(i) in self._core_set and i not in close_hits and self._near_the_area(i)
                )
            if close_hits:
                return "close spelling", close[0], tuple(close_hits)
        return "none", key, ()

    def _near_the_area(self, index: int) -> bool:
        """Is the place in or near the conflict's map area? A name spelt only close to a place's is taken
        for it there, not across a large country ("Baghsar" on the Line of Control is not Bagar in
        Rajasthan, 400 km off)."""
        if self.area is None:
            return True
        place = self._place(index)
        return self.area.contains(place.latitude, place.longitude, _CLOSE_SPELLING_REACH_KM)

    def _on_front(self, place: Place) -> int:
        """1 in (or within a few km of) one of the conflict's front zones, or when it names none; else 0."""
        if not self.front:
            return 1
        return 1 if any(zone.contains(place.latitude, place.longitude, FRONT_MARGIN_KM) for zone in self.front) else 0

    def _focus_rank(self, country: str) -> int:
        """2 for the parties' countries (Armenia, Azerbaijan), 1 for their neighbours, 0 elsewhere."""
        if country in self._core_set:
            return 2
        return 1 if country in self._focus_set else 0

    def _in_focus(self, indices: tuple[int, ...]) -> tuple[int, ...]:
        country = self._data.country
        return tuple(i for i in indices if country(i) in self._focus_set)

    def _core_loose_keys_by_length(self) -> KeysByLength:
        """The loose keys of the parties' countries by length: a close spelling is looked for only among
        keys of a length near the name's (a hostile text of unknown names asks for thousands)."""
        if self._core_loose_by_length is None:
            keys = self._core_loose_keys()
            with self._core_lock:
                if self._core_loose_by_length is None:
                    self._core_loose_by_length = by_length(keys)
        return self._core_loose_by_length

    def _core_loose_keys(self) -> list[str]:
        """Loose keys of places in the parties' countries: the only ones a close spelling may hit."""
        if self._core_loose is None:
            with self._core_lock:
                if self._core_loose is None:
                    country = self._data.country
                    self._core_loose = [
                        k
                        for k, v in self._data.loose.items()
                        if any(country(i) in self._core_set for i in _as_tuple(v))
                    ]
        return self._core_loose

    def _rank(
        self,
        query: str,
        key: str,
        tier: str,
        indices: tuple[int, ...],
        countries: frozenset[str],
        near: tuple[tuple[float, float], ...],
    ) -> GeocodeResult:
        wants_region = names_region(fold(query))
        scored = []
        for index in indices:
            place = self._place(index)
            distance = min((haversine_km(place.latitude, place.longitude, a, b) for a, b in near), default=None)
            factors = (
                self._focus_rank(place.country),
                1 if self.area is None or self.area.contains(place.latitude, place.longitude, AREA_MARGIN_KM) else 0,
                1 if place.country in countries else 0,
                _near_bucket(distance),
                1 if self._own_prefix and place.key.startswith(self._own_prefix) else 0,
                _kind_preference(place, wants_region),
                self._on_front(place),
                1 if key in (fold(place.name), skeleton(fold(place.name))) else 0,
                _spelt_like_main_name(key, place),
                place.population,
            )
            scored.append((factors, place, distance))
        scored.sort(key=lambda item: item[0], reverse=True)
        best_factors, best, best_distance = scored[0]
        candidates = tuple(item[1] for item in scored[:MAX_CANDIDATES])
        decided_by = _deciding_factor(best_factors, scored[1][0] if len(scored) > 1 else None)
        confidence = _TIER_CONFIDENCE[tier] * _DECISION_CONFIDENCE[decided_by]
        runner_up = scored[1][1] if len(scored) > 1 else None
        reason = _explain(
            tier,
            len(scored),
            decided_by,
            best,
            runner_up,
            best_distance,
            self.focus,
            countries,
            wants_region,
            self.front,
        )
        return GeocodeResult(
            query=query,
            place=best,
            candidates=candidates,
            confidence=round(confidence, 3),
            precision=best.precision,
            reason=reason,
            status="found",
            decided_by=decided_by,
            match=tier,
        )

    # -- free text -------------------------------------------------------------------
    def lookup_names(self, text: str) -> list[tuple[int, int, Place]]:
        """(start, end, place) for place names in free text; only capitalised names that are
        places in the focus region (or large cities, or curated places) count, so ordinary
        words are not taken for villages. Streams over the text: fine on megabytes."""
        text = text or ""
        results: list[tuple[int, int, Place]] = []
        run: list[tuple[int, int]] = []  # consecutive capitalised words joined by a space or hyphen
        for match in _WORD.finditer(text):
            if not match.group()[0].isupper():
                if run:
                    # "the Gagarin mine": a lowercase feature word right after a run may end its name
                    # ("Kut village", "Tovuz district" are a name and its cue: the cue is no part of it)
                    joined = text[run[-1][1] : match.start()] == " " and match.group().lower() not in _CUE_WORDS
                    tail = match.end() if joined else None
                    self._match_run(text, run, results, tail)
                    run = []
                continue
            if run and text[run[-1][1] : match.start()] not in (" ", "-", " & "):  # ("Jammu & Kashmir")
                self._match_run(text, run, results)
                run = []
            run.append((match.start(), match.end()))
        if run:
            self._match_run(text, run, results)
        return results

    def _match_run(
        self, text: str, run: list[tuple[int, int]], results: list[tuple[int, int, Place]], tail: int | None = None
    ) -> None:
        """Longest known names first, left to right, inside one run of capitalised words (and the
        lowercase word ending at ``tail``, tried only as part of a name the index holds)."""
        i = 0
        while i < len(run):
            if tail is not None and len(run) - i < _MAX_WORDS and tail - run[i][0] <= _MAX_NAME_CHARS:
                place = self._place_in_text_cached(text[run[i][0] : tail])
                if place is not None and place.kind != "settlement":  # a curated feature ("Gagarin mine")
                    results.append((run[i][0], tail, place))
                    return
            for last in range(min(len(run), i + _MAX_WORDS) - 1, i - 1, -1):
                if run[last][1] - run[i][0] > _MAX_NAME_CHARS:
                    continue  # no place name is this long; never cache (or fold) pasted walls of text
                place = self._place_in_text_cached(text[run[i][0] : run[last][1]])
                if place is not None:
                    results.append((run[i][0], run[last][1], place))
                    i = last + 1
                    break
            else:
                i += 1

    def _place_in_text_uncached(self, phrase: str) -> Place | None:
        key = fold(_ampersand_as_and(phrase))
        if len(key) < 3 or key in _NOT_PLACES:
            return None
        found = self._data.exact.get(key)
        if found is None:
            return None
        result = self._rank(phrase, key, "exact", _as_tuple(found), frozenset(), ())
        place = result.place
        if place is None or not self._credible_in_text(place, shouted=phrase.isupper()):
            return None
        if place.country not in self._core_set and place.kind == "settlement" and key != fold(place.name):
            return None  # far from the conflict, only its main name counts ("Gold" is not Gold Coast)
        return place

    def _credible_in_text(self, place: Place, shouted: bool = False) -> bool:
        """Is a bare capitalised word this place? Any village of the two parties; elsewhere only
        towns big enough that the word is more likely the town than an English word ("Split").
        ALL-CAPS words (headings, datelines, acronyms) only for sizeable towns ("BAKU")."""
        if place.kind != "settlement":
            return True  # curated supplement entries and countries
        population = place.population
        if shouted:
            return population >= (10_000 if place.country in self._core_set else 1_000_000)
        if place.country in self._core_set:
            return True
        if place.country in self._focus_set:
            return population >= NEIGHBOUR_TOWN_IN_TEXT
        return population >= FOREIGN_CITY_IN_TEXT


def _valid_points_cached(points: tuple) -> tuple[tuple[float, float], ...]:
    """The same report's anchor points come with every name it geocodes: validate them once."""
    try:
        return _valid_points_memo(points)
    except TypeError:  # unhashable items (lists): validate without the memo
        return _valid_points(points)


def _valid_points(points: Iterable[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
    """(lat, lon) pairs that are real points; anything else (None, NaN, text) is ignored."""
    valid = []
    for point in points:
        try:
            lat, lon = float(point[0]), float(point[1])
        except (TypeError, ValueError, IndexError):
            continue
        if -90 <= lat <= 90 and -180 <= lon <= 180:  # also false for NaN
            valid.append((lat, lon))
    return tuple(valid)


_valid_points_memo = lru_cache(maxsize=256)(_valid_points)


def _ampersand_as_and(name: str) -> str:
    """ "Jammu & Kashmir" is looked up as "Jammu and Kashmir" (the index folds names as written)."""
    return name.replace(" & ", " and ")


def _as_tuple(value: int | tuple[int, ...]) -> tuple[int, ...]:
    return value if isinstance(value, tuple) else (value,)


def _near_bucket(distance: float | None) -> int:
    if distance is None:
        return 0
    if distance <= 30:
        return 3
    if distance <= 80:
        return 2
    if distance <= 200:
        return 1
    return 0


def _spelt_like_main_name(key: str, place: Place) -> int:
    """1 when the name looked up is a close spelling of the place's main name (their skeletons' ratio at least
    :data:`CLOSE_SPELLING_CUTOFF`), else 0. Of namesakes that share the name only as an alternate one, the
    place whose own name it resembles is the one meant (walk48: "Chinar" is an alternate name of Chinari, a
    border village of Tavush, and of Çinarlı in Gakh; the larger Çinarlı was taken, though "Chinar" is
    Chinari spelt short and nothing like Çinarlı)."""
    main = skeleton(fold(place.name))
    return 1 if difflib.SequenceMatcher(None, skeleton(key), main).ratio() >= CLOSE_SPELLING_CUTOFF else 0


def _kind_preference(place: Place, wants_region: bool) -> int:
    """A query saying "district" wants the region; otherwise a sizeable town beats a region of
    the same name, and a region beats a small village of the same name ("Syunik", "Tavush")."""
    is_area = place.precision in ("region", "country")
    if wants_region:
        return 2 if is_area else 0
    if is_area:
        return 1
    return 2 if place.population >= TOWN_POPULATION else 0


# fmt: off
_FACTOR_NAMES = ("focus region", "conflict area", "country named in the text",
                 "proximity to other places in the report", "the conflict's own place", "kind of place",
                 "front line", "main name", "main name spelt alike", "population")
# fmt: on
UNDECIDED = ("population", "tie")  # deciding factors that tell namesakes apart by nothing but size
_TIER_CONFIDENCE = {"alias": 1.0, "exact": 1.0, "spelling": 0.85, "case ending": 0.75, "close spelling": 0.6}
# fmt: off
_DECISION_CONFIDENCE = {
    "only candidate": 1.0, "focus region": 0.95, "conflict area": 0.9, "country named in the text": 0.9,
    "proximity to other places in the report": 0.85, "the conflict's own place": 0.9, "front line": 0.85, "kind of place": 0.9, "main name": 0.85,
    "main name spelt alike": 0.8,
    "population": 0.7, "tie": 0.5,
}
# fmt: on


def _deciding_factor(best: tuple, runner_up: tuple | None) -> str:
    if runner_up is None:
        return "only candidate"
    for name, mine, theirs in zip(_FACTOR_NAMES, best, runner_up):
        if mine != theirs:
            return name
    return "tie"


def _explain(
    tier: str,
    count: int,
    decided_by: str,
    best: Place,
    runner_up: Place | None,
    distance: float | None,
    focus: tuple[str, ...],
    countries: frozenset[str],
    wants_region: bool = False,
    front: tuple[FrontZone, ...] = (),
) -> str:
    match = {
        "exact": "name match",
        "spelling": "transliteration match",
        "case ending": "match without case ending",
        "close spelling": "close spelling",
    }.get(tier, tier)
    where = f"{best.name} ({best.admin1 + ', ' if best.admin1 else ''}{best.country})"
    if decided_by == "only candidate":
        return f"{match}: {where}, the only candidate{_approximate_note(best)}"
    detail = {
        "focus region": f"the only candidate in the focus region ({', '.join(focus)})",
        "conflict area": f"the only candidate in or near the conflict's map area (within {AREA_MARGIN_KM:.0f} km)",
        "country named in the text": f"in a country named in the text ({', '.join(sorted(countries))})",
        "proximity to other places in the report": (
            f"closest to the other places in the report ({distance:.0f} km)"
            if distance is not None
            else "closest to the other places in the report"
        ),
        "the conflict's own place": "the place this conflict's profile names (its reports mean that one)",
        "front line": f"the only candidate on the front ({'; '.join(zone.name for zone in front)})",
        "kind of place": _kind_reason(best, runner_up, wants_region),
        "main name": "its main name, not an alternate one",
        "main name spelt alike": (
            f"its own name is spelt like the name looked up, which is only an alternate name of "
            f"{runner_up.name if runner_up else 'the others'}{f' ({runner_up.country})' if runner_up else ''}"
        ),
        "population": f"the largest of the namesakes (population {best.population:,})",
        "tie": "tied with another candidate; first by population",
    }[decided_by]
    return f"{match}: {count} candidates; chose {where}: {detail}{_approximate_note(best)}"


def _approximate_note(place: Place) -> str:
    return "; position approximate, so precision 'near'" if place.kind.startswith("approximate") else ""


def _kind_reason(best: Place, runner_up: Place | None, wants_region: bool) -> str:
    if wants_region:
        return f"the name was given as a region (district, province...), so the {best.kind}"
    if best.precision in ("region", "country"):
        article = "an" if best.kind[:1] in "aeiou" else "a"
        return f"{article} {best.kind} of that name, rather than a small {runner_up.kind if runner_up else 'place'}"
    if runner_up is not None and runner_up.precision in ("region", "country"):
        return f"a town of {best.population:,} people, rather than the {runner_up.kind} of that name"
    return f"the town (population {best.population:,}) rather than a village of the same name"


def geocode(name: str, *, countries: Iterable[str] = (), near: Iterable[tuple[float, float]] = ()) -> GeocodeResult:
    """Geocode with the default offline gazetteer (no aliases, no online fallback).

    With a store, use :func:`mapdata.geo.placebook.resolve_place`: the user's aliases apply and
    names the gazetteer lacks go to the online fallback when the user enabled it.
    """
    return Gazetteer.default().geocode(name, countries=countries, near=near)
