"""ACLED CSV exports (the current layout and the older HDX layout with its HXL hashtag row).

An ACLED row is ACLED's coding of what a source reported, so the incident's claimant is the
source: the first ministry or agency named in ``source`` (a government speaking for its side),
else the first outlet (then the reporting side is "media"). ``actor1`` is the side ACLED
codes as acting, i.e. the one accused of firing. What our model has no field for stays in
``extra["acled"]`` under ACLED's own column names.

Mapping rules:
- id "acled:<event_id_cnty>"; date from ``event_date`` (ISO, or "09 November 2020").
- ``time_precision`` 1/2/3 -> day/week/month; ``geo_precision`` 1/2/3 -> exact/near/region.
- claimant: first agency in ``source`` (split on ";"); its side from its name (Artsakh bodies
  count as Armenia; other states' bodies and international missions are "third party");
  with no agency, the first outlet and reporting side "media".
- accused side: actor1's state (Military/Police Forces or Government of X); other states'
  forces are "third party"; civilians and unidentified groups give "unknown". In "Disrupted
  weapons use" actor1 is the interceptor, so actor2 is blamed; a party's report coding its
  own forces as actor1 against the other party's forces blames the other party.
- event type from ``sub_event_type``: shelling/artillery/missile -> shelling, armed clash ->
  armed clash, air/drone strike -> drone strike (notes mention a drone/UAV) or air strike,
  remote explosive/grenade -> explosion, anything else -> other.
- killed from ``fatalities``; the HDX layout has none, so killed stays unknown (None), not 0.
- summary from ``notes``; source is ``source`` as written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence

from mapdata.formats.common import ParseOutcome, RowError, clean, parse_csv_rows
from mapdata.model import Incident, make_id

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
# Bodies of neither party: international missions and other states' agencies.
_THIRD_PARTY = re.compile(
    r"\b(eu|european union|euma|eumm|osce|un|united nations|icrc|red cross|csto|peacekeep\w*|mission|"
    r"russia|russian|turkey|turkish|iran|iranian|georgia|georgian|france|french|usa?|united states)\b",
    re.IGNORECASE,
)
_ARMENIAN = re.compile(r"armenia|artsakh|karabakh|yerevan", re.IGNORECASE)
_AZERBAIJANI = re.compile(r"azerbaijan|azeri|baku", re.IGNORECASE)
_STATE_ACTOR = re.compile(r"^(?:military forces|police forces|government) of ([^(]+)", re.IGNORECASE)


def matches(header: Sequence[str]) -> bool:
    """ACLED's event id and date columns are unmistakable."""
    return "event_id_cnty" in header and "event_date" in header


def is_metadata_row(values: Sequence[str]) -> bool:
    """The HXL hashtag row under the header of HDX exports (``#event+code``, ``#geo+lat``…)."""
    filled = [v for v in values if v.strip()]
    return bool(filled) and all(v.lstrip().startswith("#") for v in filled)


def side_of(text: str) -> str | None:
    """Armenia or Azerbaijan when the text names one of them (Artsakh counts as Armenia)."""
    if _AZERBAIJANI.search(text):
        return "Azerbaijan"
    if _ARMENIAN.search(text):
        return "Armenia"
    return None


def is_agency(source: str) -> bool:
    """A ministry, government office or international mission rather than a news outlet."""
    return bool(_AGENCY.search(source)) and not _OUTLET.search(source)


@functools.lru_cache(maxsize=4096)
def attribute_source(source: str | None) -> tuple[str, str]:
    """(claimant, reporting side) from ACLED's ``source`` ("A; B; C").

    The first agency wins: its country gives the side, and an agency of neither party (Russian
    MoD, OSCE, an EU mission) is a third party. With no agency, the first outlet is the
    claimant and the side is "media".
    """
    parts = [p.strip() for p in (source or "").split(";") if p.strip()]
    if not parts:
        raise RowError("source", "is empty: nobody to attribute the claim to")
    for part in parts:
        if is_agency(part):
            side = "third party" if _THIRD_PARTY.search(part) else side_of(part)
            return part, side or "third party"
    return parts[0], "media"


@functools.lru_cache(maxsize=4096)
def actor_side(actor: str | None) -> str | None:
    """The side of a state actor ("Military Forces of Azerbaijan (2003-)" -> Azerbaijan).

    Forces of another state are a third party; civilians, unidentified groups and militias
    give no side (None), because an unnamed group is not a party's forces.
    """
    if not actor:
        return None
    found = _STATE_ACTOR.match(actor.strip())
    if not found:
        return None
    return side_of(found.group(1)) or "third party"


def accused_side(row: Mapping[str, str], reporting_side: str) -> str:
    """The side the claim blames: actor1's side, read the ACLED way.

    In "Disrupted weapons use" actor1 is the interceptor, so the blamed side is actor2's. A
    party's own report that codes its own forces as actor1 against the other party's forces
    (return fire) blames the other party.
    """
    first, second = row.get("actor1"), row.get("actor2")
    if (row.get("sub_event_type") or "").strip().lower() == "disrupted weapons use":
        first, second = second, first
    accused = actor_side(first)
    other = actor_side(second)
    if accused == reporting_side and other in ("Armenia", "Azerbaijan") and other != accused:
        accused = other
    return accused or "unknown"


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


def _coded(value: str | None, column: str, table: Mapping[str, str]) -> str:
    code = (value or "").strip()
    if code.endswith(".0"):
        code = code[:-2]
    if code not in table:
        raise RowError(column, f"unknown code {value!r}; ACLED uses {', '.join(table)}")
    return table[code]


# Columns whose few distinct values repeat on every row: one string object per value saves
# memory on big files (100,000 copies of "Military Forces of Azerbaijan (2003-)").
# fmt: off
_REPEATING = frozenset({
    "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "inter1", "inter2", "interaction", "event_type",
    "sub_event_type", "disorder_type", "civilian_targeting", "admin1", "admin2", "admin3", "location", "region",
    "iso", "iso3", "source_scale", "time_precision", "geo_precision", "tags",
})
# fmt: on


def parse_row(row: Mapping[str, str], shared: dict[str, str] | None = None) -> Incident:
    """One ACLED row -> one Incident (raises RowError / ValidationError naming the column).

    ``shared`` is a per-file cache that lets repeated values share one string.
    """
    shared = {} if shared is None else shared
    event_id = clean(row.get("event_id_cnty"))
    if event_id is None:
        raise RowError("event_id_cnty", "is empty: without ACLED's id a re-import could not be matched")
    claimant, reporting_side = attribute_source(row.get("source"))
    notes = clean(row.get("notes"))
    fatalities = row.get("fatalities")  # absent in the HDX layout: unknown, not zero
    extra = {
        name: shared.setdefault(value, value) if name in _REPEATING else value
        for name, value in row.items()
        if value and name not in _NOT_IN_EXTRA and not value.isspace()
    }
    return Incident.create(
        id=make_id(NAME, event_id),
        date=iso_date(row.get("event_date")),
        date_precision=_coded(row.get("time_precision"), "time_precision", TIME_PRECISION),
        place=row.get("location"),
        latitude=row.get("latitude"),
        longitude=row.get("longitude"),
        geo_precision=_coded(row.get("geo_precision"), "geo_precision", GEO_PRECISION),
        admin1=row.get("admin1"),
        country=row.get("country"),
        claimant=claimant,
        reporting_side=reporting_side,
        accused_side=accused_side(row, reporting_side),
        event_type=event_type(row.get("sub_event_type"), notes),
        killed=fatalities,
        summary=notes,
        source=clean(row.get("source")),
        origin=NAME,
        extra={"acled": extra},
    )


def parse(text: str) -> ParseOutcome:
    """Every row of an ACLED CSV export, good ones as incidents, bad ones as problems."""
    outcome = ParseOutcome(format=NAME, column_mapping=dict(FIELD_COLUMNS))
    header_line = text.split("\n", 1)[0].lower()
    if "fatalities" not in header_line:
        outcome.column_mapping["killed"] = "(no fatalities column: left unknown)"
        outcome.warnings.append("This ACLED layout has no fatalities column: deaths are left unknown, not zero.")
    shared: dict[str, str] = {}
    return parse_csv_rows(text, outcome, lambda row: parse_row(row, shared), FIELD_COLUMNS, is_metadata_row)
