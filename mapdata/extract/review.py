"""Between proposal and saved incident: the editable rows a reviewer sees, and their validation.

The page shows proposals as a table; the reviewer edits values, ticks what to save, and picks
a place for names the gazetteer did not resolve. These pure functions turn proposals into
rows and edited rows back into validated incidents, with errors named per row and field, so
nothing half-valid reaches the store.
"""

from __future__ import annotations

import dataclasses
import html
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mapdata.errors import ValidationError
from mapdata.extract.pipeline import place_dict
from mapdata.extract.proposal import Proposal
from mapdata.geo.gazetteer import GeocodeResult
from mapdata.geo.names import fold
from mapdata.model import Incident, check_not_in_future

__all__ = [
    "EDITABLE",
    "RowPlace",
    "RowResult",
    "candidate_label",
    "highlight",
    "proposal_at",
    "proposal_rows",
    "row_place",
    "rows_to_incidents",
    "same_name",
]

# Columns of the review table, in order; "save" is the reviewer's tick.
# fmt: off
EDITABLE = ("save", "date", "place", "latitude", "longitude", "geo_precision", "claimant", "reporting_side",
            "accused_side", "event_type", "weapons", "killed", "wounded")
# fmt: on


def proposal_rows(proposals: Iterable[Proposal]) -> list[dict[str, Any]]:
    """One row per proposal; weapons as editable text; unresolved places unticked until a point is chosen."""
    rows = []
    for proposal in proposals:
        rows.append(
            {
                "save": proposal.resolved and proposal.date is not None and proposal.checked,
                "date": proposal.date,
                "place": proposal.place,
                "place found": proposal.resolved,
                "latitude": proposal.latitude,
                "longitude": proposal.longitude,
                "geo_precision": proposal.geo_precision or "region",
                "claimant": proposal.claimant,
                "reporting_side": proposal.reporting_side,
                "accused_side": proposal.accused_side,
                "event_type": proposal.event_type,
                "weapons": ", ".join(proposal.weapons),
                "killed": proposal.killed,
                "wounded": proposal.wounded,
            }
        )
    return rows


def places_to_offer(proposals: list[Proposal]) -> list[list[dict[str, Any]]]:
    """Per proposal, its other places (``other_places``) that the same claim (day, claimant, side) is
    not proposed at already, by another row or a copy added before: one pass over the proposals."""
    taken: dict[tuple[Any, ...], set[str]] = {}
    for proposal in proposals:
        taken.setdefault((proposal.date, proposal.claimant, proposal.reporting_side), set()).add(
            (proposal.place or "").casefold()
        )
    return [
        [
            option
            for option in proposal.other_places
            if str(option.get("name", "")).casefold()
            not in taken[(proposal.date, proposal.claimant, proposal.reporting_side)]
        ]
        for proposal in proposals
    ]


def proposal_at(proposal: Proposal, option: Mapping[str, Any]) -> Proposal:
    """The same claim at another place its sentences name (one of ``proposal.other_places``): what
    a reviewer adds when the reader chose the wrong place, or saw one incident where the report tells
    two. A name the gazetteer does not know stays a name, to be placed on the map."""
    place = option.get("place") or None
    name = str(option.get("name") or (place or {}).get("name") or "")
    back: list[dict[str, Any]] = []
    if proposal.place:  # the copy offers the first place in turn
        known = next((c for c in proposal.place_candidates if c.get("key") == proposal.place_key), None)
        back = [{"name": proposal.place, "place": known, "precision": proposal.geo_precision or "near"}]
    return dataclasses.replace(
        proposal,
        place=name,
        latitude=place["latitude"] if place else None,
        longitude=place["longitude"] if place else None,
        geo_precision=str(option.get("precision") or "near") if place else None,
        admin1=place.get("admin1") if place else None,
        country=place.get("country") if place else None,
        resolved=place is not None,
        place_key=place["key"] if place else None,
        place_candidates=[dict(place)] if place else [],
        other_places=[*back, *(o for o in proposal.other_places if o.get("name") != name)],
        evidence={key: list(texts) for key, texts in proposal.evidence.items()},
        # the losses were the first place's; the day may be another's (walk8): both for the reviewer
        killed=None,
        wounded=None,
        checked=False,
    )


def same_name(a: object, b: object) -> bool:
    """Whether two place names are one name respelt ("sotk", "Sotk"): no new place to look up.
    No name (None, an empty cell, pandas' NaN) is the empty name."""
    return fold(a.strip() if isinstance(a, str) else "") == fold(b.strip() if isinstance(b, str) else "")


@dataclass(frozen=True)
class RowPlace:
    """A place name the reviewer typed into a row, as the gazetteer (or the online geocoder, when the
    user turned it on) read it: the place the row is moved to, whose region and country its claim is
    saved with — or, when the name is unknown or names several places that nothing but their size
    tells apart, no place, and the places to choose from (``candidates``)."""

    name: str
    place: Mapping[str, Any] | None = None
    candidates: tuple[Mapping[str, Any], ...] = ()
    reason: str = ""

    def problem(self) -> str:
        """Why a row of this name has no point yet, and what to do: the save's message for it."""
        if not self.name:
            return "place: none is named; type a place, its latitude and longitude, or click it on the map"
        if self.candidates:
            return (
                f"place: {self.name!r} names {len(self.candidates):d} places: pick one under the table, "
                "type its latitude and longitude, or click it on the map"
            )
        return (
            f"place: {self.name!r} is not in the gazetteer; enter its latitude and longitude in the table "
            "or click it on the map"
        )


def row_place(name: str, result: GeocodeResult) -> RowPlace:
    """``name`` as ``result`` (its look-up) places it: the place found, or none and the namesakes to
    choose from when only their size chose one (:attr:`GeocodeResult.undecided`)."""
    if result.found and result.place is not None and not result.undecided:
        return RowPlace(name, place_dict(result.place), reason=result.reason)
    candidates = tuple(place_dict(p) for p in result.candidates) if result.undecided else ()
    return RowPlace(name, None, candidates, result.reason)


@dataclass(frozen=True)
class RowResult:
    """The outcome for one ticked row: an incident, or the error that stops it."""

    row: int
    incident: Incident | None
    error: str | None


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return True
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return isinstance(value, str) and not value.strip()


def _clean(value: Any) -> Any:
    if _blank(value):
        return None
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def rows_to_incidents(
    rows: list[Mapping[str, Any]],
    proposals: list[Proposal],
    points: Mapping[int, tuple[float, float, str | None]] | None = None,
    geocode: Callable[[str], Any] | None = None,
    places: Mapping[int, RowPlace] | None = None,
) -> list[RowResult]:
    """Validated incidents for the ticked rows. ``points`` holds a reviewer's place choice per row
    (latitude, longitude, place name or None) for names the gazetteer left unresolved. ``places``:
    per row, the place name the reviewer typed as it was looked up (the page writes its point into
    the row at once): the claim takes that place's region and country, never the old place's, and a
    name with no place found is refused until the row has a point. When a reviewer renames a place
    that ``places`` does not hold but leaves the coordinates, ``geocode`` (name -> Place or None)
    moves the point to the new name, or the row is refused rather than saved at the old spot."""
    points = points or {}
    places = places or {}
    results = []
    for index, row in enumerate(rows):
        if not row.get("save"):
            continue
        if index >= len(proposals):
            results.append(RowResult(index, None, "row is not one of the proposals"))
            continue
        values = proposals[index].incident_values()
        for name in EDITABLE:
            if name != "save" and name in row:
                values[name] = _clean(row[name])
        proposal = proposals[index]
        typed = places.get(index)
        if typed is not None and not same_name(typed.name, row.get("place")):
            typed = None  # renamed again since: not what the row says now
        if index in points:
            lat, lon, point_name = points[index]
            values["latitude"], values["longitude"] = lat, lon
            if point_name and (_blank(row.get("place")) or row.get("place") == proposal.place):
                values["place"] = point_name
        if typed is not None:
            _typed_place(values, typed)
            if values.get("latitude") is None or values.get("longitude") is None:
                results.append(RowResult(index, None, typed.problem()))
                continue
        elif index not in points and (
            (values.get("place") or None) != proposal.place
            and values.get("place")
            and proposal.latitude is not None
            and values.get("latitude") == proposal.latitude
            and values.get("longitude") == proposal.longitude
        ):
            place = geocode(values["place"]) if geocode else None
            if place is None:
                results.append(
                    RowResult(
                        index,
                        None,
                        f"place: {values['place']!r} is not in the gazetteer; "
                        "enter its latitude and longitude or click it on the map",
                    )
                )
                continue
            values["latitude"], values["longitude"] = place.latitude, place.longitude
            values["admin1"], values["country"] = place.admin1, place.country
        weapons = values.get("weapons")
        if isinstance(weapons, str):
            values["weapons"] = [w.strip() for w in re.split(r"[,;]", weapons) if w.strip()]
        try:
            incident = Incident.create(**values)
            check_not_in_future(incident)
            results.append(RowResult(index, incident, None))
        except ValidationError as exc:
            results.append(RowResult(index, None, str(exc)))
    return results


def _typed_place(values: dict[str, Any], typed: RowPlace) -> None:
    """A claim's region, country and gazetteer entry from the place typed for it (none when the name
    was not found: the old place's are not this point's)."""
    place = typed.place or {}
    values["admin1"], values["country"] = place.get("admin1") or None, place.get("country") or None
    extra = dict(values.get("extra") or {})
    extra.pop("place_key", None)
    if place.get("key"):
        extra["place_key"] = place["key"]
    values["extra"] = extra


def candidate_label(candidate: Mapping[str, Any]) -> str:
    """ "Goris (Syunik, AM)" for a place candidate dictionary."""
    where = ", ".join(str(p) for p in (candidate.get("admin1"), candidate.get("country")) if p)
    return f"{candidate.get('name')} ({where})" if where else str(candidate.get("name"))


def highlight(sentence: str, terms: Iterable[str]) -> str:
    """HTML for an evidence sentence: escaped first, then the terms wrapped in <mark>."""
    escaped = html.escape(sentence, quote=True)
    wanted = sorted({html.escape(t.strip(), quote=True) for t in terms if t and t.strip()}, key=len, reverse=True)
    if not wanted:
        return escaped
    pattern = re.compile("|".join(re.escape(t) for t in wanted), re.I)  # one pass: no mark inside a mark
    return pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
