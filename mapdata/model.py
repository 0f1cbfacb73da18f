"""The incident model: every record is one party's *claim* about one event.

Two ministries describing the same clash produce two incidents, each keeping its
claimant, the claimant's side and the side it accuses. Nothing here merges claims.
Validation lives in the model so that every entry path (bundled data, imports,
extraction, manual entry) obeys the same rules and reports errors by field name.

Every claim belongs to one conflict (``conflict``, a profile id, see :mod:`mapdata.profiles`);
its reporting and accused sides are that profile's parties (plus "third party", "media",
"unknown"), so an India–Pakistan claim says "India" or "Pakistan", never "Armenia".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, overload

from mapdata.errors import ValidationError
from mapdata.profiles import DEFAULT_PROFILE_ID, NON_PARTY_SIDES, Catalog, Extent, Party, Profile, default_catalog

__all__ = [
    "ACCUSED_SIDES",
    "CURATION_FIELDS",
    "DATE_PRECISIONS",
    "DEFAULT_PROFILE_ID",
    "EVENT_TYPES",
    "FIELDS",
    "GEO_PRECISIONS",
    "MAX_EXTRA_CHARS",
    "MAX_TEXT_CHARS",
    "ORIGINS",
    "REPORTING_SIDES",
    "REVIEW_STATUSES",
    "Incident",
    "ValidationError",
    "check_not_in_future",
    "checked_extra",
    "extra_fields",
    "make_id",
    "normalize_country",
    "normalize_side",
    "optional_text",
    "parse_date",
    "profile_of",
    "storable_text",
]

# The default conflict's sides (Armenia–Azerbaijan): what every claim allowed before profiles.
# Code that serves any conflict asks the claim's profile (``profile.reporting_sides``) instead.
REPORTING_SIDES: tuple[str, ...] = ("Armenia", "Azerbaijan", "third party", "media")
ACCUSED_SIDES: tuple[str, ...] = ("Armenia", "Azerbaijan", "third party", "unknown")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
GEO_PRECISIONS: tuple[str, ...] = ("exact", "near", "region", "country")
EVENT_TYPES: tuple[str, ...] = (
    "shelling",
    "drone strike",
    "small-arms fire",
    "armed clash",
    "air strike",
    "explosion",
    "other",
)
MAX_COUNT = 1_000_000  # casualties per claim; anything larger is a data error, not a number
MAX_TEXT_CHARS = 100_000  # one text field (a long summary is a few thousand characters)
MAX_EXTRA_CHARS = 100_000  # a claim's extra fields, written as JSON
_SURROGATE = re.compile("[\ud800-\udfff]")
_EXTRA_CHECK = json.JSONEncoder(ensure_ascii=False, allow_nan=False)  # made once: imports check every row
ORIGINS: tuple[str, ...] = ("bundled", "manual", "article", "acled", "ucdp", "csv", "geojson")
# What people decided about a claim after reading it; kept apart from the computed clash
# status (single-source / corroborated / contested), which no person sets.
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", "reviewed", "verified", "disputed")

# Column order of the model; also the columns of our CSV format and of store frames.
FIELDS: tuple[str, ...] = (
    "id",
    "conflict",
    "date",
    "date_precision",
    "place",
    "latitude",
    "longitude",
    "geo_precision",
    "admin1",
    "country",
    "claimant",
    "reporting_side",
    "accused_side",
    "event_type",
    "weapons",
    "killed",
    "wounded",
    "summary",
    "source",
    "source_url",
    "published",
    "origin",
    "batch",
    "extra",
)

_FIELD_SET = frozenset(FIELDS)

# The record's curation beside the claim (not part of it: a re-import never resets them).
# Store frames carry them after FIELDS; retracted claims are only there when asked for.
CURATION_FIELDS: tuple[str, ...] = ("review_status", "review_note", "retracted_at", "retracted_reason")


def _stored_profile(conflict: str, *sides: object) -> Profile:
    """A stand-in profile whose parties are the sides a stored claim of an unloaded conflict names."""
    names = [str(s) for s in sides if optional_text(s) and str(s) not in NON_PARTY_SIDES]
    parties = tuple(
        Party(name=name, colour="#555555", opponent="") for name in dict.fromkeys(names or ["(unknown party)"])
    )
    return Profile(id=conflict, title=conflict, parties=parties, countries=(), extent=Extent(-90, -180, 90, 180))


def profile_of(conflict: object, catalog: Catalog | None = None) -> Profile:
    """The profile of a claim's ``conflict`` value (empty = the default conflict).

    Raises ValidationError naming the field and the known conflicts for an unknown id.
    """
    catalog = catalog or default_catalog()
    text = optional_text(conflict)
    profile = catalog.get(text)
    if profile is None:
        raise ValidationError(
            "conflict", f"unknown conflict {text!r}; expected one of: {', '.join(catalog.ids)}", conflict
        )
    return profile


def normalize_side(
    value: object,
    field_name: str = "reporting_side",
    allowed: Iterable[str] | None = None,
    profile: Profile | None = None,
) -> str:
    """Map a side as people write it ("Armenian", "AZ", "third-party") to its canonical value.

    Spellings come from the claim's profile (default: the default conflict's); ``allowed``
    defaults to the profile's reporting sides (for ``accused_side``: its accused sides).
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == "":
        raise ValidationError(field_name, "is required", value)
    profile = profile or default_catalog().default
    if allowed is None:
        allowed = profile.accused_sides if field_name == "accused_side" else profile.reporting_sides
    allowed = allowed if isinstance(allowed, tuple) else tuple(allowed)
    canonical = profile.side_for(str(value))
    if canonical is None or canonical not in allowed:
        raise ValidationError(
            field_name,
            f"unknown side {str(value)[:60]!r} for conflict {profile.id}; expected one of: {', '.join(allowed)}",
            value,
        )
    return canonical


def normalize_country(value: object, profile: Profile | None = None) -> str | None:
    """A claim's country as stored: its two-letter ISO code ("Armenia", "ARM", "51", "am" -> "AM").

    The gazetteer, the hand form, report extraction, the bundled claims and the profiles all write
    the code; ACLED and UCDP write the name. The claim's profile (default: the default conflict's)
    knows its countries' and neighbours' spellings; a country it does not know is kept as written
    (two letters upper-cased), never guessed.
    """
    text = optional_text(value)
    if text is None:
        return None
    code = (profile or default_catalog().default).country_code(text)
    if code is not None:
        return code
    return text.upper() if len(text) == 2 and text.isascii() and text.isalpha() else text


@overload
def parse_date(value: object, field_name: str = ..., required: Literal[True] = ...) -> dt.date: ...
@overload
def parse_date(value: object, field_name: str = ..., required: bool = ...) -> dt.date | None: ...
def parse_date(value: object, field_name: str = "date", required: bool = True) -> dt.date | None:
    """Parse an ISO date (``YYYY-MM-DD``, an ISO timestamp, or a date object).

    Impossible dates (31 February) and far-fetched years are rejected with the field named.
    """
    if (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or str(value).strip() in {"", "NaT", "nan", "None"}
    ):
        if required:
            raise ValidationError(field_name, "is required (YYYY-MM-DD)", value)
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        parsed = value
    else:
        text = str(value).strip()
        try:
            parsed = dt.date.fromisoformat(text[:10])
        except ValueError:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
                # ("2024-02-30": the form is right, the day is not; walk44 said "expected YYYY-MM-DD" of it)
                raise ValidationError(field_name, f"not a valid date: {text[:10]!r} (no such day)", value) from None
            raise ValidationError(field_name, f"not a valid date: {text[:40]!r} (expected YYYY-MM-DD)", value) from None
        if len(text) > 10 and text[10] not in "T ":
            raise ValidationError(field_name, f"not a valid date: {text[:40]!r} (expected YYYY-MM-DD)", value)
    if not 1900 <= parsed.year <= 2100:
        raise ValidationError(field_name, f"year {parsed.year} is out of range 1900..2100", value)
    return parsed


# A value of each field that passes its check (None: an optional field left empty), put in by
# Incident.problems in place of an offending value to find the next problem.
_STAND_INS: dict[str, object] = {"date": "2000-01-01", "latitude": 0.0, "longitude": 0.0, "claimant": "someone"}


def _stand_in(field_name: str, values: Mapping[str, Any], catalog: Catalog | None) -> object:
    if field_name == "reporting_side":
        return profile_of(values.get("conflict"), catalog).reporting_sides[0]
    return _STAND_INS.get(field_name)


def check_not_in_future(incident: Incident | dt.date, today: dt.date | None = None) -> None:
    """A ValidationError for a claim (or a claim's date) after tomorrow (a time zone ahead may already be there).

    For what a person types or reviews (Add report): 2099-01-01 was saved, and stretched every
    view's dates to 2099. Imports keep a source's own dates; their rows are not refused for this.
    """
    day = incident if isinstance(incident, dt.date) else incident.date
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    if day > latest:
        raise ValidationError(
            "date", f"{day.isoformat()} is after today ({latest - dt.timedelta(days=1)}): not yet happened"
        )


def optional_text(value: object) -> str | None:
    """A stripped string, or None for empty / NaN values (how every optional text of a claim is read)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _optional_count(value: object, field_name: str) -> int | None:
    """A casualty count: a non-negative integer, or None when the source does not say."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        text = value.strip()
        if text == "":
            return None
        try:
            value = float(text)
        except ValueError:
            raise ValidationError(field_name, f"not a number: {text[:40]!r}", text) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(field_name, f"not a number: {value!r}", value)
    if math.isnan(value):
        return None
    shown = f"{value:g}" if isinstance(value, float) else repr(value)  # "-3", not "-3.0" for a typed -3
    if math.isinf(value) or value > MAX_COUNT:
        raise ValidationError(field_name, f"must be a whole number from 0 to {MAX_COUNT:,}, got {shown}", value)
    if value < 0 or value != int(value):
        raise ValidationError(field_name, f"must be a whole number ≥ 0, got {shown}", value)
    return int(value)


def _coordinate(value: object, field_name: str, limit: float) -> float:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(field_name, "is required", value)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(field_name, f"not a number: {str(value)[:40]!r}", value) from None
    if math.isnan(number) or not -limit <= number <= limit:
        raise ValidationError(field_name, f"must be between -{limit:g} and {limit:g}, got {value!r}", value)
    return number


def _loose(text: str) -> str:
    """A choice as written, without case, spaces, hyphens or underscores: "small arms fire", "Small-Arms
    fire" and "small_arms_fire" are the vocabulary's "small-arms fire" (walk44: a file's "small arms fire"
    rejected its row)."""
    return re.sub(r"[\s_-]+", "", text.casefold())


# Words monitors' files use for an event type, as the vocabulary names it (walk51: a GeoJSON feature's "firing", the
# usual word in Line of Control reports, rejected its row). Keys as _loose writes them.
_EVENT_SYNONYMS = {
    **dict.fromkeys(("firing", "gunfire", "shooting", "smallarms", "sniperfire", "machinegunfire"), "small-arms fire"),
    **dict.fromkeys(("artillery", "artilleryfire", "mortarfire", "shellfire", "rocketfire", "bombardment"), "shelling"),
    **dict.fromkeys(("airstrikes", "airraid", "airattack", "bombing"), "air strike"),
    **dict.fromkeys(("droneattack", "uavstrike", "uavattack", "dronestrikes"), "drone strike"),
    **dict.fromkeys(("clash", "clashes", "firefight", "exchangeoffire", "battle", "skirmish"), "armed clash"),
    **dict.fromkeys(("blast", "mine", "landmine", "ied", "explosions"), "explosion"),
}


def _choice(value: object, field_name: str, allowed: tuple[str, ...], default: str | None = None) -> str:
    text = optional_text(value)
    if text is None:
        if default is not None:
            return default
        raise ValidationError(field_name, f"is required; one of: {', '.join(allowed)}", value)
    folded = _loose(text)
    for option in allowed:
        if _loose(option) == folded:
            return option
    if allowed is EVENT_TYPES and folded in _EVENT_SYNONYMS:
        return _EVENT_SYNONYMS[folded]
    raise ValidationError(field_name, f"unknown value {text[:40]!r}; expected one of: {', '.join(allowed)}", value)


def _weapons(value: object) -> tuple[str, ...]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except (json.JSONDecodeError, RecursionError):
                raise ValidationError("weapons", "not a valid JSON list (or nested too deeply)", value) from None
        else:
            value = text.replace(";", ",").split(",")
    if not isinstance(value, (list, tuple)):
        raise ValidationError("weapons", "must be a list of terms", value)
    return tuple(dict.fromkeys(str(w).strip() for w in value if str(w).strip()))


def checked_extra(value: object) -> dict[str, Any]:
    """A claim's extra fields as a dict of plain JSON a store can hold (ValidationError if not)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return {}
    if isinstance(value, str):
        if not value.strip():
            return {}
        try:
            value = json.loads(value)
        except (json.JSONDecodeError, RecursionError):
            raise ValidationError("extra", "not a valid JSON object (or nested too deeply)", value) from None
    if not isinstance(value, Mapping):
        raise ValidationError("extra", "must be an object", value)
    extra = dict(value)
    try:  # the common case in one C call: plain JSON, small, no lone surrogate — every check below passes
        text = _EXTRA_CHECK.encode(extra)
        if len(text) <= MAX_EXTRA_CHARS and (text.isascii() or not _SURROGATE.search(text)):
            return extra
    except (TypeError, ValueError, RecursionError):
        pass  # the walk below says which value is wrong (or lets a small non-JSON value through, as before)
    if _check_json(extra) * 6 + 2 > MAX_EXTRA_CHARS:  # JSON writes a character as at most 6 ("\\u0000")
        try:
            size = len(json.dumps(extra, ensure_ascii=False, allow_nan=False))
        except (TypeError, ValueError, RecursionError) as exc:
            raise ValidationError("extra", f"not plain JSON ({str(exc)[:80]})") from None
        if size > MAX_EXTRA_CHARS:
            raise ValidationError(
                "extra", f"the extra fields are {size:,} characters as JSON; at most {MAX_EXTRA_CHARS:,}"
            )
    return extra


def storable_text(text: str) -> bool:
    """Text a store can hold: not over the size cap, and no lone surrogate (a half of a UTF-16 pair,
    which JSON can spell as ``\\ud800`` but no UTF-8 file or SQLite database can store)."""
    return len(text) <= MAX_TEXT_CHARS and (text.isascii() or not _SURROGATE.search(text))


def _check_text(field_name: str, text: str) -> None:
    """:func:`storable_text`, or a ValidationError naming the field and what is wrong."""
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError(field_name, f"is {len(text):,} characters long; at most {MAX_TEXT_CHARS:,}")
    if not text.isascii():
        found = _SURROGATE.search(text)
        if found:
            raise ValidationError(
                field_name,
                f"holds a lone surrogate (\\u{ord(found.group()):04x} at character {found.start() + 1:,}), which is not "
                "text: the file was damaged or written by a broken encoder",
            )


def _check_json(extra: dict[str, Any]) -> int:
    """Every key and string of ``extra`` is storable text and every number a finite one (JSON has no NaN).

    Returns an upper bound of the characters JSON needs for it, short of escapes. Runs once per
    imported row: the path of a value is only spelled out for the message when one is wrong.
    """
    size = 0
    stack: list[tuple[object, tuple[object, ...]]] = [(extra, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            size += len(item) + 3
            if len(item) > MAX_TEXT_CHARS or not item.isascii():
                try:
                    _check_text("extra", item)
                except ValidationError as exc:
                    raise ValidationError("extra", f"{_json_path(path)} {str(exc).split(': ', 1)[1]}") from None
        elif isinstance(item, Mapping):
            for key, inner in item.items():
                stack.append((str(key), path + (key,)))  # keys are text too
                stack.append((inner, path + (key,)))
        elif isinstance(item, (list, tuple)):
            stack.extend((inner, path + (n,)) for n, inner in enumerate(item))
        elif isinstance(item, float) and not math.isfinite(item):
            raise ValidationError(
                "extra", f"{_json_path(path)} is {item!r}, not a finite number (JSON has no NaN or Infinity)"
            )
        else:
            size += 24  # a number, true/false or null, and its separator
    return size


def _json_path(path: tuple[object, ...]) -> str:
    """``extra.note[2]``, printable (a lone surrogate in a key is spelled \\ud800)."""
    text = "extra" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)
    return text[:200].encode("utf-8", "backslashreplace").decode("utf-8")


def make_id(origin: str, *key_parts: object) -> str:
    """A stable id: the same source record always yields the same id.

    Sources with their own ids (ACLED ``event_id_cnty``, UCDP ``id``) pass that id as the
    single key part and keep it readable; otherwise the key parts are hashed.
    """
    if len(key_parts) == 1 and isinstance(key_parts[0], str) and key_parts[0].strip():
        key = key_parts[0].strip()
        if len(key) <= 40 and all(c.isalnum() or c in "-_.:" for c in key):
            return f"{origin}:{key}"
    # surrogatepass: a lone surrogate (a damaged file's text) still hashes, to an id of its own;
    # every other text gives the very bytes of plain UTF-8, so existing ids do not change.
    key_text = json.dumps([str(p) for p in key_parts], ensure_ascii=False)
    digest = hashlib.sha1(key_text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{origin}:{digest}"


def extra_fields(value: object) -> dict[str, Any]:
    """A claim's ``extra`` as a dict, whether held as the stored JSON text (a store's frame keeps
    it so: parsed, an import's source columns cost more memory than the rest of the row) or parsed."""
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value not in ("", "{}"):
        parsed = json.loads(value)
        return parsed if isinstance(parsed, dict) else {}
    return {}


@dataclass(frozen=True)
class Incident:
    """One claim about one event, as reported by one claimant."""

    id: str
    date: dt.date
    place: str | None
    latitude: float
    longitude: float
    claimant: str
    reporting_side: str
    accused_side: str = "unknown"
    conflict: str = DEFAULT_PROFILE_ID
    date_precision: str = "day"
    geo_precision: str = "exact"
    admin1: str | None = None
    country: str | None = None
    event_type: str = "other"
    weapons: tuple[str, ...] = ()
    killed: int | None = None
    wounded: int | None = None
    summary: str | None = None
    source: str | None = None
    source_url: str | None = None
    published: dt.date | None = None
    origin: str = "manual"
    batch: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)

    @classmethod
    def create(cls, **values: Any) -> Incident:
        """Validate and normalise raw values (strings from a form or a file) into an Incident.

        Raises ValidationError naming the first offending field. A missing ``id`` is derived
        from the origin and the claim's content, so re-entering the same claim is idempotent.
        A missing ``conflict`` is the default conflict; sides are checked against its profile.
        """
        return cls.from_values(values)

    @classmethod
    def from_stored(cls, values: Mapping[str, Any]) -> Incident:
        """A claim read back from the store. It was validated when saved; if its conflict's
        profile is not loaded now (a ``--profile FILE`` conflict, a profile removed since), its
        conflict and sides are kept as stored instead of refused: reading never loses a claim."""
        conflict = optional_text(values.get("conflict"))
        if conflict is None or default_catalog().get(conflict) is not None:
            return cls.from_values(values)
        profile = _stored_profile(conflict, values.get("reporting_side"), values.get("accused_side"))
        return cls.from_values(values, Catalog({**default_catalog().profiles, conflict: profile}))

    @classmethod
    def from_values(cls, values: Mapping[str, Any], catalog: Catalog | None = None) -> Incident:
        """Like :meth:`create`, with the conflict's profile looked up in ``catalog``
        (default: the bundled profiles and the user's own), e.g. one with ``--profile FILE``."""
        unknown = values.keys() - _FIELD_SET
        if unknown:
            raise ValidationError(sorted(unknown)[0], "is not a field of an incident")
        date = parse_date(values.get("date"), "date")
        published = parse_date(values.get("published"), "published", required=False)
        latitude = _coordinate(values.get("latitude"), "latitude", 90)
        longitude = _coordinate(values.get("longitude"), "longitude", 180)
        claimant = optional_text(values.get("claimant"))
        source = optional_text(values.get("source"))
        if claimant is None:
            if source is None:
                raise ValidationError("claimant", "is required (who makes the claim)")
            claimant = source
        profile = profile_of(values.get("conflict"), catalog)
        reporting_side = normalize_side(values.get("reporting_side"), "reporting_side", profile=profile)
        accused_raw = values.get("accused_side")
        accused_side = (
            "unknown"
            if optional_text(accused_raw) is None
            else normalize_side(accused_raw, "accused_side", profile=profile)
        )
        origin = _choice(values.get("origin"), "origin", ORIGINS, default="manual")
        source_url = optional_text(values.get("source_url"))
        if source_url is not None and source_url.lower() in {"unknown", "n/a", "none"}:
            source_url = None
        place = optional_text(values.get("place"))
        record: dict[str, Any] = dict(
            date=date,
            place=place,
            latitude=latitude,
            longitude=longitude,
            claimant=claimant,
            reporting_side=reporting_side,
            accused_side=accused_side,
            conflict=profile.id,
            date_precision=_choice(values.get("date_precision"), "date_precision", DATE_PRECISIONS, "day"),
            geo_precision=_choice(values.get("geo_precision"), "geo_precision", GEO_PRECISIONS, "exact"),
            admin1=optional_text(values.get("admin1")),
            country=normalize_country(values.get("country"), profile),
            event_type=_choice(values.get("event_type"), "event_type", EVENT_TYPES, "other"),
            weapons=_weapons(values.get("weapons")),
            killed=_optional_count(values.get("killed"), "killed"),
            wounded=_optional_count(values.get("wounded"), "wounded"),
            summary=optional_text(values.get("summary")),
            source=source,
            source_url=source_url,
            published=published,
            origin=origin,
            batch=optional_text(values.get("batch")),
            extra=checked_extra(values.get("extra")),
        )
        for name, value in record.items():  # before the id is derived from them
            if isinstance(value, str):
                _check_text(name, value)
        for weapon in record["weapons"]:
            _check_text("weapons", weapon)
        incident_id = optional_text(values.get("id"))
        if incident_id is not None:
            _check_text("id", incident_id)
        else:
            incident_id = make_id(
                origin,
                date.isoformat(),
                place or "",
                claimant,
                source_url or source or "",
                f"{latitude:.4f},{longitude:.4f}",
                record["event_type"],
            )
        return cls(id=incident_id, **record)

    @classmethod
    def problems(cls, values: Mapping[str, Any], catalog: Catalog | None = None) -> list[ValidationError]:
        """Every field's problem at once (empty if ``values`` make a claim), for a person's form:
        one message per round trip sent the user back and forth ("date", then "latitude", …).

        The model's own checks (:meth:`from_values`) run again with each offending field set to
        a value that passes (``_STAND_INS``), so no rule is written twice; at most one run per
        field. Imports keep :meth:`from_values`, which stops at the first problem.
        """
        trial = dict(values)
        found: list[ValidationError] = []
        for _ in range(len(FIELDS) + 1):
            try:
                cls.from_values(trial, catalog)
            except ValidationError as exc:
                if exc.field in {p.field for p in found} or exc.field not in _FIELD_SET:
                    found.append(exc)
                    return found  # no stand-in makes it pass: say what was found
                found.append(exc)
                trial[exc.field] = _stand_in(exc.field, trial, catalog)
            else:
                return found
        return found

    def to_record(self) -> dict[str, Any]:
        """Plain, JSON-friendly values (dates as ISO strings, weapons as a list)."""
        # Field by field, not dataclasses.asdict (a deep copy): this runs once per imported row.
        out = {name: getattr(self, name) for name in FIELDS}
        out["date"] = self.date.isoformat()
        out["published"] = self.published.isoformat() if self.published else None
        out["weapons"] = list(self.weapons)
        out["extra"] = dict(self.extra)
        return out

    def replace(self, **changes: Any) -> Incident:
        """A validated copy with some fields changed (a user's own conflict: ``from_values`` with its catalog)."""
        record = self.to_record()
        record.update(changes)
        return Incident.create(**record)
