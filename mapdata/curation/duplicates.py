"""Claims about to be saved that look like claims already stored, and saving with the user's decision.

A duplicate is the same claimant at the same or a near place (how near depends on how
precisely both are located), on a date within a day or from the same source URL. A report's
URL alone makes no duplicate: one report tells many incidents. Nothing is
compared pair by pair: stored claims are indexed by (claimant, day, grid cell), by
(claimant, day, place name) and by source URL, and each incoming claim looks only in the
few buckets it could match (its day ±1, its cell and the eight around it). A bucket is
read up to :data:`BUCKET_LIMIT` claims, so the time stays linear on any input.

Claims whose id is already stored are not duplicates but updates of that claim (the import
preview counts them as updated or unchanged), and retracted claims are not compared — unless
asked (``retracted=True``, what Add report asks): then a claim whose own id a person retracted is
matched with itself, and one like no live claim with the retracted claim it looks like, so that
the person decides to restore it or keep it retracted before anything is saved (walk39: a report
pasted again after one of its claims was retracted said "unchanged" of the hidden claim, and a
copy with its date corrected was saved beside it).
:func:`stored_lookalikes` names them all before a save, for a reviewer: the stored claim each
incoming one already is (its own id: a report pasted again reads as the very same claims) or
looks like, live or retracted.
"""

from __future__ import annotations

import datetime as dt
import math
import urllib.parse
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from mapdata.geo.gazetteer import haversine_km
from mapdata.geo.names import fold
from mapdata.model import Incident
from mapdata.store import Store, WriteResult
from mapdata.store.imports import FileStamp
from mapdata.store.rows import COLUMNS, by_ids, in_chunks, stored_incident

__all__ = [
    "ALREADY_RETRACTED",
    "ALREADY_STORED",
    "BUCKET_LIMIT",
    "DECISIONS",
    "NEAR_KM",
    "Decision",
    "DuplicateMatch",
    "find_duplicates",
    "lacking_source",
    "save_with_decisions",
    "stored_lookalikes",
    "url_key",
]

Decision = Literal["skip", "keep", "merge", "restore"]
# What to do with a claim that looks like a live stored one (an import offers these for all of them).
DECISIONS: tuple[Decision, ...] = ("skip", "keep", "merge")
# How far apart two points may be and still be "the same place", by the coarser precision.
NEAR_KM = {"exact": 5.0, "near": 15.0, "region": 40.0, "country": 40.0}
CELL_DEGREES = 0.5  # ±1 cell covers 40 km in every direction up to ~60° of latitude
BUCKET_LIMIT = 200  # stored claims read per bucket: keeps the time linear on crowded buckets
_DROPPED_QUERY = ("utm_", "fbclid", "gclid")
# The reason of a :func:`stored_lookalikes` match that is the incoming claim itself, stored under its id.
ALREADY_STORED = "already saved"
# ... and of a match that is the incoming claim itself, stored under its id and retracted since.
ALREADY_RETRACTED = "saved before, then retracted"


@dataclass(frozen=True)
class _Key:
    """What matching needs of a claim (stored or incoming)."""

    id: str
    claimant: str
    day: int
    place: str
    latitude: float
    longitude: float
    precision: str
    url: str | None


@dataclass(frozen=True)
class DuplicateMatch:
    """An incoming claim, the stored claim it looks like, and why."""

    incoming: Incident
    stored: Incident
    reasons: tuple[str, ...]
    distance_km: float
    # When the stored claim is retracted: when, and the reason given (else None).
    retraction: tuple[str, str | None] | None = None

    @property
    def choices(self) -> tuple[Decision, ...]:
        """What a person may decide: of a live look-alike, skip / keep both / merge; of a retracted
        one, keep it retracted (skip this claim) or restore it — and, for a look-alike that is not
        the claim itself, save this one beside it (keep)."""
        if self.retraction is None:
            return DECISIONS
        return ("skip", "restore") if self.incoming.id == self.stored.id else ("skip", "restore", "keep")

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "incoming_id": self.incoming.id,
            "stored_id": self.stored.id,
            "reasons": list(self.reasons),
            "distance_km": round(self.distance_km, 1),
            "incoming": _summary(self.incoming),
            "stored": _summary(self.stored),
        }
        if self.retraction is not None:
            out["stored_retracted"] = {"at": self.retraction[0], "reason": self.retraction[1]}
        return out


def _summary(incident: Incident) -> dict[str, object]:
    return {
        "date": incident.date.isoformat(),
        "place": incident.place,
        "claimant": incident.claimant,
        "reporting_side": incident.reporting_side,
        "source": incident.source,
        "source_url": incident.source_url,
    }


def url_key(url: str | None) -> str | None:
    """A source URL as compared: no scheme, no ``www.``, no fragment or tracking parameters, no final ``/``."""
    if not url or not url.strip():
        return None
    parts = urllib.parse.urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith(_DROPPED_QUERY))
    return f"{host}{parts.path.rstrip('/')}" + (f"?{query}" if query else "")


def _key(
    incident_id: str,
    date: dt.date,
    claimant: str,
    place: str | None,
    lat: float,
    lon: float,
    precision: str,
    url: str | None,
) -> _Key:
    return _Key(
        incident_id, fold(claimant or ""), date.toordinal(), fold(place or ""), lat, lon, precision, url_key(url)
    )


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return math.floor(latitude / CELL_DEGREES), math.floor(longitude / CELL_DEGREES)


class _Index:
    """Stored claims by (claimant, day, cell), (claimant, day, place) and URL."""

    def __init__(self, keys: Iterable[_Key]):
        self.by_cell: dict[tuple, list[_Key]] = defaultdict(list)
        self.by_place: dict[tuple, list[_Key]] = defaultdict(list)
        self.by_url: dict[str, list[_Key]] = defaultdict(list)
        self.days: set[tuple[str, int]] = set()  # (claimant, day) pairs present: most lookups stop here
        for key in keys:
            self.days.add((key.claimant, key.day))
            _add(self.by_cell[(key.claimant, key.day, _cell(key.latitude, key.longitude))], key)
            if key.place:
                _add(self.by_place[(key.claimant, key.day, key.place)], key)
            if key.url:
                _add(self.by_url[key.url], key)

    def candidates(self, key: _Key) -> Iterator[_Key]:
        """Stored claims that could match ``key`` (each bucket read up to the limit)."""
        row, column = _cell(key.latitude, key.longitude)
        for day in (key.day - 1, key.day, key.day + 1):
            if (key.claimant, day) not in self.days:
                continue
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    yield from self.by_cell.get((key.claimant, day, (row + dr, column + dc)), ())
            if key.place:
                yield from self.by_place.get((key.claimant, day, key.place), ())
        if key.url:
            yield from self.by_url.get(key.url, ())


def _add(bucket: list[_Key], key: _Key) -> None:
    if len(bucket) < BUCKET_LIMIT:
        bucket.append(key)


def _reasons(new: _Key, old: _Key) -> tuple[tuple[str, ...], float]:
    """Why ``old`` looks like ``new`` (empty when it does not), and how far apart they are."""
    distance = haversine_km(new.latitude, new.longitude, old.latitude, old.longitude)
    coarser = max(NEAR_KM.get(new.precision, 5.0), NEAR_KM.get(old.precision, 5.0))
    same_place = bool(new.place) and new.place == old.place
    near = same_place or distance <= coarser
    close_in_time = abs(new.day - old.day) <= 1
    same_url = new.url is not None and new.url == old.url
    # One report tells many incidents: its URL alone makes no duplicate. The same claimant at the same
    # or a near place, within a day (or, from the same report, on any day: a re-paste with the date
    # corrected) does.
    if not (new.claimant == old.claimant and near and (close_in_time or same_url)):
        return (), distance
    reasons = []
    if new.claimant == old.claimant:
        reasons.append("same claimant")
    if close_in_time:
        reasons.append("same date" if new.day == old.day else "date within a day")
    if same_place:
        reasons.append("same place")
    elif near:
        reasons.append(f"{distance:.1f} km apart")
    if same_url:
        reasons.append("same source URL")
    return tuple(reasons), distance


def _incident_keys(incidents: Iterable[Incident]) -> Iterator[_Key]:
    """Each claim's key (as :func:`_key` makes it), one at a time; each distinct claimant and place folded
    once (an import of a million claims names a few hundred)."""
    folded: dict[str, str] = {}
    for incident in incidents:
        claimant, place = incident.claimant or "", incident.place or ""
        if (claimant_key := folded.get(claimant)) is None:
            claimant_key = folded[claimant] = fold(claimant)
        if (place_key := folded.get(place)) is None:
            place_key = folded[place] = fold(place)
        yield _Key(
            incident.id,
            claimant_key,
            incident.date.toordinal(),
            place_key,
            incident.latitude,
            incident.longitude,
            incident.geo_precision,
            url_key(incident.source_url),
        )


def _match(incoming: Iterable[_Key], stored: Iterable[_Key]) -> dict[str, tuple[str, tuple[str, ...], float]]:
    """incoming id -> (stored id, reasons, km) of its best-matching stored claim, for those that have one."""
    index = _Index(stored)
    days = index.days
    best: dict[str, tuple[str, tuple[str, ...], float]] = {}
    for key in incoming:
        if key.url is None and not (  # no stored claim of this claimant within a day: none can match
            (key.claimant, key.day) in days
            or (key.claimant, key.day - 1) in days
            or (key.claimant, key.day + 1) in days
        ):
            continue
        seen: set[str] = set()
        for old in index.candidates(key):
            if old.id in seen or old.id == key.id:
                continue
            seen.add(old.id)
            reasons, distance = _reasons(key, old)
            if not reasons:
                continue
            current = best.get(key.id)
            if current is None or (len(reasons), -distance) > (len(current[1]), -current[2]):
                best[key.id] = (old.id, reasons, distance)
    return best


def _url_variants(url: str) -> set[str]:
    """The spellings of one address a stored claim may use (scheme, ``www.``, final ``/``)."""
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return {
        f"{scheme}://{www}{host}{path}{slash}{query}"
        for scheme in ("http", "https")
        for www in ("", "www.")
        for slash in ("", "/")
    } | {url.strip()}


def _stored_keys(store: Store, incidents: Sequence[Incident], retracted: bool = False) -> list[_Key]:
    """Live stored claims (``retracted``: retracted ones) dated within a day of the incoming ones'
    dates, or citing one of their URLs."""
    first = min(i.date for i in incidents) - dt.timedelta(days=1)
    last = max(i.date for i in incidents) + dt.timedelta(days=1)
    columns = "id, date, claimant, place, latitude, longitude, geo_precision, source_url"
    urls = sorted({v for i in incidents if url_key(i.source_url) for v in _url_variants(i.source_url or "")})
    which = "retracted_at IS NOT NULL" if retracted else "retracted_at IS NULL"
    with store.reading() as con:
        rows = con.execute(
            f"SELECT {columns} FROM incidents WHERE {which} AND date >= ? AND date <= ?",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        for chunk, marks in in_chunks(urls):
            rows += con.execute(
                f"SELECT {columns} FROM incidents WHERE {which} AND source_url IN ({marks})", chunk
            ).fetchall()
    keys: dict[str, _Key] = {}
    for incident_id, date, claimant, place, lat, lon, precision, url in rows:
        try:
            day = dt.date.fromisoformat(str(date)[:10])
        except ValueError:
            continue
        keys[incident_id] = _key(incident_id, day, claimant, place, lat, lon, precision, url)
    return list(keys.values())


def find_duplicates(
    store: Store, incidents: Sequence[Incident], *, unstored: bool = False, retracted: bool = False
) -> list[DuplicateMatch]:
    """For each incoming claim not stored under its own id, the live stored claim it most looks like.

    ``unstored``: the caller has just found none of these ids stored (an import's preview), so
    they are not looked up again. ``retracted``: also each incoming claim whose own id is stored
    and retracted (matched with itself, :data:`ALREADY_RETRACTED`), and each one like no live
    claim with the retracted claim it most looks like; their ``retraction`` says when and why."""
    incidents = list(incidents)
    if not incidents:
        return []
    hidden: dict[str, tuple] = {}
    if unstored:
        fresh = incidents
    else:
        with store.reading() as con:
            stored_ids = by_ids(con, [i.id for i in incidents], "retracted_at")  # these are updates, not duplicates
        fresh = [i for i in incidents if i.id not in stored_ids]
        if retracted:
            gone = sorted({i.id for i in incidents if i.id in stored_ids and stored_ids[i.id][0] is not None})
            with store.reading() as con:
                hidden = by_ids(con, gone, f"retracted_at, retracted_reason, {COLUMNS}")
    found = _lookalikes(store, fresh)
    if retracted:
        found.update(_lookalikes(store, [i for i in fresh if i.id not in found], retracted=True))
    matches = []
    for incident in incidents:
        if incident.id in hidden:
            row = hidden[incident.id]
            own = DuplicateMatch(incident, stored_incident(row[2:]), (ALREADY_RETRACTED,), 0.0, (row[0], row[1]))
            matches.append(own)
        elif incident.id in found:
            matches.append(found[incident.id])
    return matches


def _lookalikes(store: Store, fresh: Sequence[Incident], retracted: bool = False) -> dict[str, DuplicateMatch]:
    """incoming id -> its match with the live (``retracted``: retracted) stored claim it most looks like."""
    if not fresh:
        return {}
    stored_keys = _stored_keys(store, fresh, retracted)
    best = _match(_incident_keys(fresh), stored_keys)  # one key at a time: a big import's are not kept
    if not best:
        return {}
    with store.reading() as con:
        rows = by_ids(
            con, sorted({stored_id for stored_id, _, _ in best.values()}), f"retracted_at, retracted_reason, {COLUMNS}"
        )
    matches = {}
    for incident in fresh:
        if incident.id in best:
            stored_id, reasons, distance = best[incident.id]
            row = rows[stored_id]
            retraction = (row[0], row[1]) if retracted else None
            matches[incident.id] = DuplicateMatch(incident, stored_incident(row[2:]), reasons, distance, retraction)
    return matches


def stored_lookalikes(store: Store, incidents: Sequence[Incident]) -> list[DuplicateMatch]:
    """For each incoming claim, the stored claim it already is or looks like, in their order.

    A claim stored under its own id (the same report pasted again gives the same ids) is matched
    with itself, its reason :data:`ALREADY_STORED` (:data:`ALREADY_RETRACTED` when a person has
    retracted it since); the others are matched as :func:`find_duplicates` matches them, a retracted
    claim only where no live one is alike. What a reviewer is told before saving; nothing is
    written. One look-up of the ids, then ``find_duplicates``' indexed search: linear in the claims."""
    incidents = list(incidents)
    if not incidents:
        return []
    with store.reading() as con:
        rows = by_ids(con, sorted({i.id for i in incidents}), f"retracted_at, retracted_reason, {COLUMNS}")
    fresh = [i for i in incidents if i.id not in rows]
    alike = {m.incoming.id: m for m in find_duplicates(store, fresh, unstored=True, retracted=True)}
    stored: dict[str, Incident] = {}
    matches = []
    for incident in incidents:
        row = rows.get(incident.id)
        if row is None:
            if incident.id in alike:
                matches.append(alike[incident.id])
            continue
        if incident.id not in stored:
            stored[incident.id] = stored_incident(row[2:])
        if row[0] is None:  # not retracted
            matches.append(DuplicateMatch(incident, stored[incident.id], (ALREADY_STORED,), 0.0))
        else:
            matches.append(DuplicateMatch(incident, stored[incident.id], (ALREADY_RETRACTED,), 0.0, (row[0], row[1])))
    return matches


def lacking_source(incidents: Iterable[Incident]) -> list[Incident]:
    """Claims with neither an outlet nor a URL: the user is warned before they are saved."""
    return [i for i in incidents if not i.source and not i.source_url]


def save_with_decisions(
    store: Store,
    incidents: Sequence[Incident],
    matches: Sequence[DuplicateMatch],
    decisions: Mapping[str, Decision] | Decision,
    *,
    origin: str,
    label: str | None,
    who: str | None = None,
    planned: WriteResult | None = None,
    file: FileStamp | None = None,
) -> WriteResult:
    """Save ``incidents`` in one transaction, doing with each flagged one what the user decided.

    ``decisions`` maps an incoming id to skip / keep / merge (or is one decision for all); of a
    match with a retracted claim (``retraction`` set) to one of its ``choices``: skip (it stays
    retracted), restore (brought back in the same transaction: the claim itself saved with it, or
    the stored claim it looks like instead of it) or keep (saved beside it). A flagged claim without
    a decision is skipped (saving it twice is the mistake this guards against). The result lists
    the skipped ids in ``skipped`` (those left retracted in ``kept_retracted`` too). ``planned``: the
    store's classification of ``incidents`` and ``file`` the file they were read from (see
    :meth:`Store.save`).
    """
    if isinstance(decisions, str):
        decisions = {m.incoming.id: decisions for m in matches}
    matched = {m.incoming.id: m for m in matches}
    for incoming_id, decision in decisions.items():
        allowed = matched[incoming_id].choices if incoming_id in matched else DECISIONS
        if decision not in allowed:
            raise ValueError(f"unknown decision {decision!r}; expected one of: {', '.join(allowed)}")
    chosen = {i: decisions.get(i, "skip") for i in matched}
    restore = {i: m.stored.id for i, m in matched.items() if chosen[i] == "restore"}
    # a look-alike of a retracted claim is not saved when that claim is restored instead
    skipped = [i for i in matched if chosen[i] == "skip" or (chosen[i] == "restore" and restore[i] != i)]
    merge_into = {i: m.stored.id for i, m in matched.items() if chosen[i] == "merge"}
    skip = set(skipped)
    keep = [i for i in incidents if i.id not in skip]
    result = store.save(
        keep, origin=origin, label=label, who=who, merge_into=merge_into, planned=planned, file=file, restore=restore
    )
    result.skipped = [i for i in skipped if chosen[i] == "skip"]
    result.kept_retracted = [i for i in result.skipped if matched[i].retraction is not None]
    return result
