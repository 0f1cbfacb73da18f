"""ACLED CSV exports (the current layout and the older HDX layout with its HXL hashtag row).

An ACLED row is ACLED's coding of what a source reported, so the incident's claimant is the
source: the first ministry or agency named in ``source`` (a government speaking for its side),
else the first outlet (then the reporting side is "media"). ``actor1`` is the side ACLED
codes as acting, i.e. the one accused of firing. What our model has no field for stays in
``extra["acled"]`` under ACLED's own column names.

Mapping rules:
- conflict: from the row's ``iso`` / ``iso3`` / ``country`` and its actors, by the conflict
  profiles (see :mod:`mapdata.formats.conflicts`); a row of no known conflict is rejected.
- id "acled:<event_id_cnty>"; date from ``event_date`` (ISO, or "09 November 2020").
- ``time_precision`` 1/2/3 -> day/week/month; ``geo_precision`` 1/2/3 -> exact/near/region.
- claimant: first agency in ``source`` (split on ";"), as written; its side from the profile:
  a voice the profile names, else an international body or one of the profile's third
  parties ("third party"), else the party its name mentions (name, demonym or capital:
  "Ministry of Defence of Armenia", "Artsakh ..."), else another state's body ("third party");
  with no agency, the first outlet and reporting side "media".
- accused side: actor1's party by the profile's ACLED actor names (Military/Police Forces or
  Government of X, "NAF: Novorossiya Armed Forces", "Hezbollah", ...); other states' forces
  are "third party"; civilians and unidentified groups give "unknown". In "Disrupted weapons
  use" actor1 is the interceptor, so actor2 is blamed; a party's report of an armed clash coding
  its own forces as actor1 against another party's forces blames that party (a shelling or strike
  it reports of its own forces stays its own).
- a party's agency the notes say denied the event ("Azerbaijani side denied that such attack took
  place") is not the claimant: the next source is.
- an outlet so credited gives way to whom the notes say reported the event: one of the row's sources
  ("as reported by Armenpress", still "media"), else a party's voice or agency they name ("according to
  the Ministry of Defense of Armenia": its side; the outlet stays the row's source).
- event type from ``sub_event_type``: shelling/artillery/missile -> shelling, armed clash ->
  armed clash, air/drone strike -> drone strike (notes mention a drone/UAV) or air strike,
  remote explosive/grenade -> explosion, anything else -> other.
- killed from ``fatalities``; the HDX layout has none, so killed stays unknown (None), not 0.
- summary from ``notes``; source is ``source`` as written.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from mapdata.errors import ValidationError
from mapdata.extract.weapons import find_weapons, without_acts
from mapdata.formats.common import (
    ParseOutcome,
    RowError,
    Text,
    clean,
    coded,
    every_problem,
    extra_columns,
    first_line,
    parse_csv_rows,
)
from mapdata.formats.conflicts import ConflictRules
from mapdata.model import (
    MAX_COUNT,
    MAX_EXTRA_CHARS,
    Incident,
    checked_extra,
    make_id,
    normalize_country,
    parse_date,
    storable_text,
)
from mapdata.profiles import THIRD_PARTY, Profile, default_catalog

NAME = "acled"
LABEL = "ACLED export"
REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "latitude", "longitude")

# Our field <- ACLED column, shown to the user before import and used to name columns in errors.
FIELD_COLUMNS: dict[str, str] = {
    "id": "event_id_cnty",
    "date": "event_date",
    "date_precision": "time_precision",
    "place": "location",
    "latitude": "latitude",
    "longitude": "longitude",
    "geo_precision": "geo_precision",
    "admin1": "admin1",
    "country": "country",
    "conflict": "country / actors",
    "claimant": "source",
    "reporting_side": "source",
    "accused_side": "actor1",
    "event_type": "sub_event_type",
    "killed": "fatalities",
    "summary": "notes",
    "source": "source",
}

TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
GEO_PRECISION = {"1": "exact", "2": "near", "3": "region"}

# Columns fully carried by our own fields (or derivable from them); every other non-empty
# column goes to extra, under ACLED's own name.
_NOT_IN_EXTRA = frozenset(
    {"event_date", "latitude", "longitude", "notes", "source", "year", "event_id_cnty", "country"}
)

_SUB_EVENT_TYPES = {
    "shelling/artillery/missile attack": "shelling",
    "armed clash": "armed clash",
    "remote explosive/landmine/ied": "explosion",
    "grenade": "explosion",
    "suicide bomb": "explosion",
}
_DRONE = re.compile(r"\b(drone|uav|unmanned)", re.IGNORECASE)

# A government body speaking for its side (as opposed to a media outlet reporting).
_AGENCY = re.compile(
    r"\b(ministry|ministries|mod|mfa|defen[cs]e|government|police|border guard|border service|"
    r"security service|national security|nss|president|presidential|prime minister|spokes\w*|"
    r"press service|armed forces|army|military|embassy|mission|osce|icrc|red cross|united nations|"
    r"un|euma|eumm|ombudsman|human rights defender|state service|committee)\b",
    re.IGNORECASE,
)
_OUTLET = re.compile(r"\b(news|tv|radio|information agency|news agency|newspaper)\b", re.IGNORECASE)
# International bodies: a third party in every conflict.
_INTERNATIONAL = re.compile(
    r"\b(eu|european union|euma|eumm|osce|un|united nations|icrc|red cross|csto|peacekeep\w*|mission)\b", re.IGNORECASE
)
_STATE_ACTOR = re.compile(r"^(?:military forces|police forces|government) of ([^(]+)", re.IGNORECASE)
_ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
_T = TypeVar("_T")


def matches(header: Sequence[str]) -> bool:
    """ACLED's event id and date columns are unmistakable."""
    return "event_id_cnty" in header and "event_date" in header


def is_metadata_row(values: Sequence[str]) -> bool:
    """The HXL hashtag row under the header of HDX exports (``#event+code``, ``#geo+lat``…)."""
    filled = [v for v in values if v.strip()]
    return bool(filled) and all(v.lstrip().startswith("#") for v in filled)


@functools.lru_cache(maxsize=64)
def _party_words(profile: Profile) -> re.Pattern[str]:
    """The parties' names, demonyms and capitals as whole words (plain text, escaped)."""
    words = sorted(
        {w for party in profile.parties for w in (party.name, *party.words, *party.capitals)}, key=len, reverse=True
    )
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _third_party_names(profile: Profile) -> re.Pattern[str] | None:
    names = sorted({n for t in profile.third_parties for n in (t.claimant, *t.names)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE) if names else None


def side_of(text: str, profile: Profile | None = None) -> str | None:
    """The party whose name, demonym or capital the text mentions first ("Artsakh" is Armenia's)."""
    profile = profile or default_catalog().default
    found = _party_words(profile).search(text)
    return profile.side_for(found.group()) if found else None


def is_agency(source: str) -> bool:
    """A ministry, government office or international mission rather than a news outlet."""
    return bool(_AGENCY.search(source)) and not _OUTLET.search(source)


def _agency_side(agency: str, profile: Profile) -> str:
    """The side of a ministry or mission in this conflict (see the module's mapping rules)."""
    voice = profile.voice(agency)
    if voice is not None:
        return voice[1]
    third = _third_party_names(profile)
    if _INTERNATIONAL.search(agency) or (third is not None and third.search(agency)):
        return THIRD_PARTY
    return side_of(agency, profile) or THIRD_PARTY


@functools.lru_cache(maxsize=4096)
def attribute_source(source: str | None, profile: Profile | None = None) -> tuple[str, str]:
    """(claimant, reporting side) from ACLED's ``source`` ("A; B; C"), in the profile's conflict.

    The first agency wins: its name gives the side, and an agency of no party (an EU
    mission, another state's ministry) is a third party. With no agency, the first outlet is
    the claimant and the side is "media".
    """
    profile = profile or default_catalog().default
    parts = [p.strip() for p in (source or "").split(";") if p.strip()]
    if not parts:
        raise RowError("source", "is empty: nobody to attribute the claim to")
    for part in parts:
        if profile.voice(part) is not None or is_agency(part):
            return part, _agency_side(part, profile)
    return parts[0], "media"


# "Azerbaijani side denied that such attack took place", "the Armenian MoD denied": who denied what the row tells
_DENIED_BY = re.compile(
    r"\b(?P<who>[A-Z][\w'’-]+)\s+(?:side|ministry(?:\s+of\s+defen[cs]e)?|MoD|defen[cs]e\s+ministry|army|forces|"
    r"authorities|government|officials)\s+(?:has\s+|had\s+|later\s+|officially\s+)?denied\b",
    re.I,
)


# "... as reported by Armenpress.", "according to the Ministry of Defense of Armenia": who the notes say told it
# (walk49: ARM294's source column is "Trend News Agency; Azernews; Panarmenian; Armenpress" and its notes say
# "as reported by Armenpress"; the first outlet, Trend, was credited)
_REPORTED_BY = re.compile(
    r"\b(?:reported|claimed|stated|announced)\s+by\s+(?:the\s+)?(?P<by>[^.,;:()\[\]]+)"
    r"|\baccording\s+to\s+(?:the\s+)?(?P<to>[^.,;:()\[\]]+)",
    re.IGNORECASE,
)
_SPEAKER_OF = re.compile(
    r"^(?:(?:the|a|an)\s+)*(?:(?:spokes\w*|representatives?|press\s+secretary|head|officials?)\s+of\s+)?(?:(?:the|a|an)\s+)*",
    re.IGNORECASE,
)
REPORTED_WORDS = ("reported by", "claimed by", "stated by", "announced by", "ccording to")  # a cheap test first


def _folded_words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def noted_reporter(source: str | None, notes: str | None, profile: Profile) -> tuple[str, str] | None:
    """(claimant, reporting side) of whom the notes say reported the event, when that is not the outlet the
    source column names first: one of the row's own sources ("as reported by Armenpress", "according to De
    Facto"), else a party's voice or agency the notes name ("according to the Ministry of Defense of Armenia",
    relayed by the outlet the row cites). None when the notes name nobody the row can be credited to."""
    if not notes or not any(words in notes for words in REPORTED_WORDS):
        return None
    parts = [p.strip() for p in (source or "").split(";") if p.strip()]
    for found in _REPORTED_BY.finditer(notes):
        who = (found.group("by") or found.group("to") or "").strip()
        if not who:
            continue
        said = _folded_words(who)
        for part in parts:  # a source the notes name ("Armenpress"; "De Facto" for "Defacto")
            words = _folded_words(part)
            if said.startswith(words) or said.replace(" ", "") == words.replace(" ", ""):
                return attribute_source(part, profile)
        who = _SPEAKER_OF.sub("", who)  # "the spokeswoman of the ministry of defense of Armenia": the ministry
        voice = profile.voice(who)
        if voice is not None:
            return voice
        if is_agency(who) and side_of(who, profile) is not None and len(who) <= 80:
            return who, _agency_side(who, profile)
    return None


def claimant_of(source: str | None, notes: str | None, profile: Profile | None = None) -> tuple[str, str]:
    """(claimant, reporting side) as :func:`attribute_source` gives them, unless the notes say the
    claimant's side denied the event: then the source named after that side's agencies tells it. An
    outlet so credited gives way to whom the notes say reported it (:func:`noted_reporter`)."""
    profile = profile or default_catalog().default
    claimant, side = _undenied(source, notes, profile)
    if side != "media":
        return claimant, side
    noted = noted_reporter(source, notes, profile)
    if noted is None or (noted[1] != "media" and noted[1] in _deniers(notes, profile)):
        return claimant, side
    return noted


def _deniers(notes: str | None, profile: Profile) -> set[str | None]:
    if not notes or "denied" not in notes:
        return set()
    return {side_of(m.group("who"), profile) for m in _DENIED_BY.finditer(notes)}


def _undenied(source: str | None, notes: str | None, profile: Profile) -> tuple[str, str]:
    claimant, side = attribute_source(source, profile)
    if side not in profile.party_names or side not in _deniers(notes, profile):
        return claimant, side
    parts = [p.strip() for p in (source or "").split(";") if p.strip()]
    rest = [
        p for p in parts if not ((profile.voice(p) is not None or is_agency(p)) and _agency_side(p, profile) == side)
    ]
    return attribute_source("; ".join(rest), profile) if rest else (claimant, side)


@functools.lru_cache(maxsize=4096)
def actor_side(actor: str | None, profile: Profile | None = None) -> str | None:
    """The side of a state actor in this conflict ("Military Forces of Azerbaijan (2003-)" -> Azerbaijan).

    Forces of another state are a third party; civilians, unidentified groups and militias the
    profile does not name give no side (None), because an unnamed group is not a party's forces.
    """
    if not actor or not actor.strip():
        return None
    side = (profile or default_catalog().default).side_of_acled_actor(actor)
    if side is not None:
        return side
    return THIRD_PARTY if _STATE_ACTOR.match(actor.strip()) else None


def accused_side(row: Mapping[str, str], reporting_side: str, profile: Profile | None = None) -> str:
    """The side the claim blames: actor1's side, read the ACLED way.

    In "Disrupted weapons use" actor1 is the interceptor, so the blamed side is actor2's. A
    party's own report that codes its own forces as actor1 against another party's forces
    (return fire) blames that party.
    """
    profile = profile or default_catalog().default
    first, second = row.get("actor1"), row.get("actor2")
    if (row.get("sub_event_type") or "").strip().lower() == "disrupted weapons use":
        first, second = second, first
    accused = actor_side(first, profile)
    other = actor_side(second, profile)
    if (
        accused == reporting_side
        and other in profile.party_names
        and other != accused
        and (row.get("sub_event_type") or "").strip().lower() in _TWO_SIDED
    ):
        accused = other
    return accused or "unknown"


# "Azerbaijani forces targeted Gegharkunik region of Armenia": the forces the notes make the subject of the fire
_NOTED_ATTACKER = re.compile(
    r"\b(?P<who>[A-Z][\w'’-]+)\s+(?:armed\s+)?(?:forces|troops|military|army|artillery|drones?)\s+(?:had\s+|have\s+)?"
    r"(?:targeted|shelled|attacked|fired|struck|bombed|opened\s+fire)\b"
)


def noted_attacker(notes: str | None, reporting_side: str, accused: str, profile: Profile) -> str:
    """The blamed side, mended from the notes when ACLED's actors make a party blame itself: "Azerbaijani forces
    targeted Gegharkunik ..., according to the Ministry of Defence of Armenia", coded with Artsakh's forces as actor1
    (walk51: ARM4900 read "says its own side fired"). A party's report of its own fire ("destroyed by Azerbaijani
    artillery, according to the Azerbaijani ministry") names no other attacker and stays as it is."""
    if accused != reporting_side or not notes:
        return accused
    found = _NOTED_ATTACKER.search(notes)
    if found is None:
        return accused
    attacker = side_of(found.group("who"), profile)
    return attacker if attacker in profile.party_names and attacker != reporting_side else accused


# ("Armenian forces clashed with ... as the latter attempted ...": a party's report of a clash coded with its own
# forces first blames the other side; a shelling or strike it reports of its own forces is its own fire: walk34,
# ARM4908 "missile launch systems ... were destroyed by Azerbaijani artillery, according to the Azerbaijani
# ministry" was stored as Azerbaijan's MoD accusing Armenia)
_TWO_SIDED = frozenset({"armed clash"})


def _actors(row: Mapping[str, str]) -> tuple[str, ...]:
    """Every actor the row names (associated actors are "A; B" lists)."""
    return tuple(
        name.strip() for column in _ACTOR_COLUMNS for name in (row.get(column) or "").split(";") if name.strip()
    )


def conflict_of(row: Mapping[str, str], rules: ConflictRules) -> Profile:
    """The conflict profile of a row (RowError naming the column when there is none)."""
    actors = _actors(row)
    return rules.assign(
        (row.get("iso"), row.get("iso3"), row.get("country")),
        actors,
        lambda profile: len({actor_side(a, profile) for a in actors} & set(profile.party_names)),
        "country",
    )


def weapons_in(notes: str | None) -> tuple[str, ...]:
    """The weapons ACLED's notes name ("Armenian forces fired small arms and mortars at ..."), as
    written, so a claim does not say "none stated" beside a summary that states them (walk5, walk7)."""
    return tuple(without_acts(find_weapons(notes))) if notes else ()


def event_type(sub_event_type: str | None, notes: str | None) -> str:
    """Our event type from ACLED's sub-event type (air/drone strikes split on the notes)."""
    key = (sub_event_type or "").strip().lower()
    if key == "air/drone strike":
        return "drone strike" if notes and _DRONE.search(notes) else "air strike"
    return _SUB_EVENT_TYPES.get(key, "other")


@functools.lru_cache(maxsize=8192)
def iso_date(text: str | None) -> str:
    """ACLED dates: ISO (current exports) or "09 November 2020" (older downloads)."""
    if not text:
        raise RowError("event_date", "is empty")
    value = text.strip()
    parsed = None
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y"):
        try:
            parsed = dt.datetime.strptime(value[:10] if fmt == "%Y-%m-%d" else value, fmt).date()
            break
        except ValueError:
            continue
    if parsed is None:
        raise RowError("event_date", f"not a date: {value[:40]!r} (expected YYYY-MM-DD)")
    return parsed.isoformat()


# Columns whose few distinct values repeat on every row: one string object per value saves
# memory on big files (100,000 copies of "Military Forces of Azerbaijan (2003-)").
# fmt: off
_REPEATING = frozenset({
    "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "inter1", "inter2", "interaction", "event_type",
    "sub_event_type", "disorder_type", "civilian_targeting", "admin1", "admin2", "admin3", "location", "region",
    "iso", "iso3", "source_scale", "time_precision", "geo_precision", "tags", "timestamp",
})
# fmt: on


def parse_row(
    row: Mapping[str, str], shared: dict[str, str] | None = None, rules: ConflictRules | None = None
) -> Incident:
    """One ACLED row -> one Incident (raises RowError / ValidationError naming the column).

    ``shared`` is a per-file cache that lets repeated values share one string; ``rules``
    decide the row's conflict (default: detected from the row, bundled and the user's profiles).
    """
    shared = {} if shared is None else shared
    rules = rules or ConflictRules()
    event_id = clean(row.get("event_id_cnty"))
    if event_id is None:
        raise RowError("event_id_cnty", "is empty: without ACLED's id a re-import could not be matched")
    profile = conflict_of(row, rules)
    notes = clean(row.get("notes"))
    claimant, reporting_side = claimant_of(row.get("source"), notes, profile)
    fatalities = row.get("fatalities")  # absent in the HDX layout: unknown, not zero

    def one_copy(column: str) -> str | None:
        """The row's value as the one string object the file's other rows with it share (and extra holds)."""
        value = row.get(column)
        return shared.setdefault(value, value) if value else value

    extra = {
        name: shared.setdefault(value, value) if name in _REPEATING else value
        for name, value in extra_columns(row, _NOT_IN_EXTRA)
    }
    values = dict(
        id=make_id(NAME, event_id),
        conflict=profile.id,
        date=iso_date(row.get("event_date")),
        date_precision=coded(row.get("time_precision"), "time_precision", TIME_PRECISION, "ACLED"),
        place=one_copy("location"),
        latitude=row.get("latitude"),
        longitude=row.get("longitude"),
        geo_precision=coded(row.get("geo_precision"), "geo_precision", GEO_PRECISION, "ACLED"),
        admin1=one_copy("admin1"),
        country=one_copy("country"),
        claimant=claimant,
        reporting_side=reporting_side,
        accused_side=noted_attacker(notes, reporting_side, accused_side(row, reporting_side, profile), profile),
        event_type=event_type(row.get("sub_event_type"), notes),
        killed=fatalities,
        weapons=weapons_in(notes),
        summary=notes,
        source=clean(one_copy("source")),
        origin=NAME,
        extra={"acled": extra},
    )
    try:
        return Incident.from_values(values, rules.catalog)
    except ValidationError as exc:
        raise every_problem(exc, values, rules.catalog, FIELD_COLUMNS) from None


class _Unusual(Exception):
    """A value the fast reading does not handle: the row goes to :func:`parse_row`."""


def _cached(read: Callable[..., _T]) -> Callable[..., _T | None]:
    """``read`` remembered per distinct arguments (an export repeats a few values over many rows),
    None where it raised: that row is then read by :func:`parse_row`, which says what is wrong."""
    known: dict[tuple[object, ...], _T | None] = {}

    def remembered(*key: object) -> _T | None:
        if key not in known:
            try:
                known[key] = read(*key)
            except (RowError, ValidationError, _Unusual):
                known[key] = None
        return known[key]

    return remembered


def _day(text: str) -> dt.date:
    """The claim's date as :func:`parse_row` then the model read it (ISO first, range checked)."""
    return parse_date(iso_date(text))


def _count(text: str | None) -> int | None:
    """ACLED's fatalities when they are plain digits (anything else: :func:`parse_row` reads it)."""
    if text is None:
        return None
    digits = text.strip()
    if not digits:
        return None
    if not (digits.isascii() and digits.isdigit()) or int(digits) > MAX_COUNT:
        raise _Unusual(text)
    return int(digits)


def _extra_of(row: list[str], columns: dict[str, str]) -> dict[str, object]:
    """``{"acled": columns}`` as :func:`checked_extra` returns it, without writing it as JSON when the
    row's text is plainly storable: no lone surrogate, and even with every character escaped
    (6 characters at most) the JSON stays under the cap. Anything else is checked in full."""
    text = "".join(row)
    bound = 6 * (len(text) + sum(map(len, columns))) + 10 * len(columns) + 20
    if bound <= MAX_EXTRA_CHARS and storable_text(text):
        return {"acled": columns}
    return checked_extra({"acled": columns})


def _is_side(side: str, allowed: Sequence[str], profile: Profile) -> bool:
    """The side is already what the model would make of it (see :func:`mapdata.model.normalize_side`)."""
    return bool(side.strip()) and profile.side_for(side) == side and side in allowed and storable_text(side)


def _coordinate(text: str, limit: float) -> float:
    number = float(text)  # ValueError: parse_row reports it
    if not -limit <= number <= limit:  # also false for NaN
        raise _Unusual(text)
    return number


_PLAIN_ID = re.compile(r"[A-Za-z0-9_.:-]{1,40}")  # what make_id keeps as it is, in ASCII (fullmatch)
_REMEMBERED = 100_000  # distinct place triples a reader remembers at most


def _extra_maker(at: list[int], names: list[str]) -> Callable[[tuple[str | None, ...]], dict[str, str]]:
    """Makes the extra columns of a row whose non-blank values are at ``at`` (in header order)."""
    kept = [names[k] for k in at]
    if not at:
        return lambda values: {}
    if len(at) == 1:
        (only,) = at
        return lambda values: {kept[0]: values[only]}  # type: ignore[dict-item]
    pick = operator.itemgetter(*at)
    return lambda values: dict(zip(kept, pick(values)))


class _ChunkReader:
    """Many rows at once, column by column, the values of few distinct kinds looked at once each.

    Builds exactly the Incident :func:`parse_row` builds (tests/formats/test_acled_chunks.py checks
    it on random rows), or None for a row it is not sure of, which :func:`parse_row` then reads.
    """

    def __init__(self, shared: dict[str, str], rules: ConflictRules):
        self.shared = shared
        self.rules = rules
        self.day = _cached(_day)
        self.count = _cached(_count)
        self.time_precision = _cached(lambda v: coded(v, "time_precision", TIME_PRECISION, "ACLED"))
        self.geo_precision = _cached(lambda v: coded(v, "geo_precision", GEO_PRECISION, "ACLED"))
        self.conflict = _cached(lambda *values: conflict_of(dict(zip(_CONFLICT_COLUMNS, values)), rules))
        self.source = _cached(self._attributed)
        self.accused = _cached(self._accused)
        self.country = _cached(normalize_country)  # the stored form, as the model makes it
        self.places: dict[tuple[str | None, ...], tuple[str | None, ...]] = {}

    def _attributed(self, source: str | None, profile: Profile) -> tuple[str, str, str | None]:
        """(claimant, reporting side, source) checked as the model checks them."""
        claimant, side = attribute_source(source, profile)
        if not (
            _is_side(side, profile.reporting_sides, profile) and storable_text(claimant) and storable_text(profile.id)
        ):
            raise _Unusual(side)
        kept = clean(self.shared.setdefault(source, source) if source else source)
        if kept is not None and not storable_text(kept):
            raise _Unusual(source)
        return claimant, side, kept

    def _placed(self, location: str | None, admin1: str | None, country: str | None) -> tuple[str | None, ...]:
        """The place, admin1 and country texts as :func:`parse_row` keeps them (shared, stripped),
        remembered per distinct triple; _Unusual when one cannot be stored."""
        shared = self.shared
        placed = tuple(clean(shared.setdefault(v, v) if v else v) for v in (location, admin1, country))
        if not all(text is None or storable_text(text) for text in placed):
            raise _Unusual(location)
        if len(self.places) >= _REMEMBERED:  # a file of ever new places: memory stays bounded
            self.places.clear()
        self.places[(location, admin1, country)] = placed
        return placed

    def _accused(self, first: str | None, second: str | None, sub: str | None, side: str, profile: Profile) -> str:
        accused = accused_side({"actor1": first, "actor2": second, "sub_event_type": sub}, side, profile)  # type: ignore[dict-item]
        if not _is_side(accused, profile.accused_sides, profile):
            raise _Unusual(accused)
        return accused

    def read(self, header: Sequence[str], rows: list[list[str]]) -> list[Incident | None]:
        if len(set(header)) != len(header):  # a repeated column name: parse_row's dict keeps the last
            return [None] * len(rows)
        index = {name: i for i, name in enumerate(header)}
        columns = list(zip(*rows))
        absent: tuple[None, ...] = (None,) * len(rows)

        def column(name: str) -> Sequence[str | None]:
            return columns[index[name]] if name in index else absent

        made: list[Incident | None] = []
        extras = self._extras(header, columns, len(rows))
        for n, values in enumerate(zip(*(column(name) for name in _READ))):
            try:
                made.append(self._incident(rows[n], values, extras[n]))
            except (RowError, ValidationError, ValueError, TypeError, _Unusual):
                made.append(None)
        return made

    def _extras(self, header: Sequence[str], columns: list[tuple[str, ...]], count: int) -> list[dict[str, str]]:
        """Each row's extra columns (its other non-blank values, repeating ones shared), as
        :func:`parse_row` keeps them, made column by column: which of a row's values are blank is
        read a column at a time, and the rows with the same blanks are made by one itemgetter."""
        extra_at = [(i, name, name in _REPEATING) for i, name in enumerate(header) if name not in _NOT_IN_EXTRA]
        shared = self.shared
        kept = [
            [shared.setdefault(v, v) if v and not v.isspace() else None for v in columns[i]]
            if repeating
            else [v if v and not v.isspace() else None for v in columns[i]]
            for i, _, repeating in extra_at
        ]
        if not kept:
            return [{} for _ in range(count)]
        names = [name for _, name, _ in extra_at]
        blanks = zip(*([v is None for v in values] for values in kept))
        ways: dict[tuple[bool, ...], Callable[[tuple[str | None, ...]], dict[str, str]]] = {}
        extras = []
        for row_blanks, values in zip(blanks, zip(*kept)):
            make = ways.get(row_blanks)
            if make is None:
                make = ways[row_blanks] = _extra_maker([k for k, blank in enumerate(row_blanks) if not blank], names)
            extras.append(make(values))
        return extras

    def _incident(self, row: list[str], values: tuple[str | None, ...], extra: dict[str, str]) -> Incident | None:
        (event_id, date, time_precision, location, latitude, longitude, geo_precision, admin1, country, source,
         notes, fatalities, sub_event_type, iso, iso3, actor1, actor2, assoc1, assoc2) = values  # fmt: skip
        event = clean(event_id)
        profile = self.conflict(iso, iso3, country, actor1, actor2, assoc1, assoc2)
        day = self.day(date)
        precision = self.time_precision(time_precision)
        place_precision = self.geo_precision(geo_precision)
        if event is None or profile is None or day is None or precision is None or place_precision is None:
            return None
        attributed = self.source(source, profile)
        if attributed is None:
            return None
        claimant, reporting_side, kept_source = attributed
        if notes and ("denied" in notes or (reporting_side == "media" and any(w in notes for w in REPORTED_WORDS))):
            claimant, reporting_side = claimant_of(source, notes, profile)
            if not (_is_side(reporting_side, profile.reporting_sides, profile) and storable_text(claimant)):
                raise _Unusual(reporting_side)
        accused = self.accused(actor1, actor2, sub_event_type, reporting_side, profile)
        if accused == reporting_side and notes:
            accused = noted_attacker(notes, reporting_side, accused, profile)
        killed = self.count(fatalities)
        if accused is None or (killed is None and clean(fatalities) is not None):
            return None
        summary = clean(notes)
        placed = self.places.get((location, admin1, country))
        if placed is None:
            placed = self._placed(location, admin1, country)
        place, admin, nation = placed
        # ACLED's ids are short and plain: the id make_id gives them, without its look at each character.
        incident_id = f"{NAME}:{event}" if event.isascii() and _PLAIN_ID.fullmatch(event) else make_id(NAME, event)
        if not (storable_text(incident_id) and (summary is None or storable_text(summary))):
            return None
        return Incident(
            id=incident_id,
            date=day,
            place=place,
            latitude=_coordinate(latitude, 90),  # type: ignore[arg-type]
            longitude=_coordinate(longitude, 180),  # type: ignore[arg-type]
            claimant=claimant,
            reporting_side=reporting_side,
            accused_side=accused,
            conflict=profile.id,
            date_precision=precision,
            geo_precision=place_precision,
            admin1=admin,
            country=self.country(nation, profile),
            event_type=event_type(sub_event_type, summary),
            killed=killed,
            weapons=weapons_in(summary),
            summary=summary,
            source=kept_source,
            origin=NAME,
            extra=_extra_of(row, extra),
        )


# The columns the fast reading takes apart, in the order _ChunkReader._incident unpacks them.
_CONFLICT_COLUMNS = ("iso", "iso3", "country", *_ACTOR_COLUMNS)
_READ = (
    "event_id_cnty", "event_date", "time_precision", "location", "latitude", "longitude", "geo_precision", "admin1",
    "country", "source", "notes", "fatalities", "sub_event_type", "iso", "iso3", *_ACTOR_COLUMNS,
)  # fmt: skip


def parse(text: Text, rules: ConflictRules | None = None) -> ParseOutcome:
    """Every row of an ACLED CSV export, good ones as incidents, bad ones as problems.

    Rows are read a chunk at a time (:class:`_ChunkReader`); a row it is not sure of is read by
    :func:`parse_row`, the reference, which also words every problem.
    """
    rules = rules or ConflictRules()
    outcome = ParseOutcome(format=NAME, column_mapping=dict(FIELD_COLUMNS))
    header_line = first_line(text).lower()
    if "fatalities" not in header_line:
        outcome.column_mapping["killed"] = "(no fatalities column: left unknown)"
        outcome.warnings.append("This ACLED layout has no fatalities column: deaths are left unknown, not zero.")
    shared: dict[str, str] = {}
    outcome = parse_csv_rows(
        text,
        outcome,
        lambda row: parse_row(row, shared, rules),
        FIELD_COLUMNS,
        is_metadata_row,
        _ChunkReader(shared, rules).read,
    )
    outcome.one_country = _one_country_rows(outcome.incidents, rules)
    inside = [incident_id.removeprefix(f"{NAME}:") for incident_id in outcome.one_country]
    if inside:
        # (five named: the Import page lists them all under the warning, walk48)
        shown = ", ".join(inside[:_NAMED_ROWS]) + (", ..." if len(inside) > _NAMED_ROWS else "")
        outcome.warnings.append(
            f"{len(inside):,} row{'s name' if len(inside) != 1 else ' names'} no actor of the other party "
            f"({shown}): assaults, raids or politics inside one country may be among them, not ceasefire claims; "
            "check them before importing"
        )
    return outcome


_NAMED_ROWS = 5


def _one_country_rows(incidents: Sequence[Incident], rules: ConflictRules) -> list[str]:
    """Claim ids of rows whose actors name no side but the row's own country's party (walk34: among them
    in the Armenia export a Yerevan assault, a police raid, government changes), in file order."""
    found = []
    for incident in incidents:
        profile = rules.catalog[incident.conflict]
        own = next((party.name for party in profile.parties if incident.country in party.countries), None)
        if own is None:
            continue
        acled = incident.extra.get("acled") if isinstance(incident.extra, dict) else None
        actors = [acled.get(column) for column in _ACTOR_COLUMNS] if isinstance(acled, dict) else []
        # (another state's forces are no domestic matter: "an F-16 of the Turkish Air Forces shot down ...")
        if all(actor_side(actor, profile) in (None, own) for actor in actors):
            found.append(incident.id)
    return found


def actors_of(incident: Incident) -> str:
    """The actors an ACLED row names (actor1, actor2 and their associates, as its extra keeps them), "; " apart."""
    acled = incident.extra.get("acled") if isinstance(incident.extra, dict) else None
    if not isinstance(acled, dict):
        return ""
    return "; ".join(str(acled[column]) for column in _ACTOR_COLUMNS if acled.get(column))
