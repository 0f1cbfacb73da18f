"""Edits as people type them (``date=2023-05-13 place=Jermuk``), made ready for the store.

The store refuses a new place without its point; here a new place name is resolved the way
every other entry path resolves names (the user's aliases, the offline gazetteer, the online
geocoder only when the user turned it on), preferring namesakes near the claim's old point.

The claim's location precision is the user's, not the gazetteer's: a claim "near Yeghegnadzor"
moved to the town's name stays "near" (the new place's point was written "exact" over it, walk24).
A precision the edit does not set stays as it was, unless it is finer than the new place can be:
at a province's or a country's point (or a gazetteer point marked approximate) "exact" or "near"
would claim more than is known, so it becomes the place's own ("region", "country", "near").
"Exact" stays at a town's name too: in this record "exact" means the named place itself, which the
gazetteer's point of that place is. A point the user gives (latitude and longitude, e.g. picked on
the map) is not resolved at all, and its precision is whatever the edit says or was.

The country follows the point (walk45: a claim moved from Tavush to Tovuz stayed under Armenia in the
filters, the table and the exports): a new place takes the gazetteer's country, and a point the user
gives takes another country only by :func:`mapdata.geo.borders.country_after_move`'s policy: the new
point is clearly inside that country (it and four points 5 km around it), and the bundled borders
agreed with the claim's country at its old point (the borders are coarse and de facto: a claim at
Kfar Kila, Lebanon, or in Crimea, Ukraine, moved by a metre stayed under Israel or Russia before).
The old region is dropped when the country changes (a province of the old country is none of the
new one's). A country set in the same edit is the user's and stays. A point near a border, at sea or
off every border drawn keeps the old country and region.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mapdata.errors import UnknownRecordError, ValidationError
from mapdata.geo.borders import country_after_move
from mapdata.geo.names import fold
from mapdata.geo.placebook import resolve_place
from mapdata.model import GEO_PRECISIONS, Incident
from mapdata.store import Store
from mapdata.store.curation import PLACE_LINKS, edit_problems

__all__ = [
    "POINT_FIELDS",
    "CheckedEdit",
    "checked_edit",
    "country_of_point",
    "kept_precision",
    "parse_assignments",
    "with_resolved_place",
]

# What a resolved place sets besides its name.
POINT_FIELDS = ("latitude", "longitude", "geo_precision", "admin1", "country")


def kept_precision(old: object, place_precision: str) -> str:
    """A claim's location precision once its place is ``place_precision`` (what the gazetteer says the
    new name is): the old one, unless it is finer than the place can be (``GEO_PRECISIONS`` is finest first)."""
    if old not in GEO_PRECISIONS:
        return place_precision
    return max(str(old), place_precision, key=GEO_PRECISIONS.index)


def parse_assignments(items: Iterable[str]) -> dict[str, str]:
    """``["date=2023-05-13", "killed="]`` -> ``{"date": "2023-05-13", "killed": ""}`` (empty = not stated)."""
    changes: dict[str, str] = {}
    for item in items:
        name, equals, value = item.partition("=")
        name = name.strip()
        if not equals or not name:
            raise ValidationError(name or item[:40], f"write each change as field=value, not {item[:60]!r}")
        if name in changes:
            raise ValidationError(name, "is given twice")
        changes[name] = value.strip()
    return changes


def _point(latitude: object, longitude: object) -> tuple[float, float] | None:
    try:
        lat, lon = float(str(latitude).strip()), float(str(longitude).strip())
    except (TypeError, ValueError):
        return None  # said as the edit's own problem (the model's check of latitude and longitude)
    return (lat, lon) if -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0 else None


def country_of_point(
    latitude: object, longitude: object, country: str | None = None, moved_from: tuple[object, object] | None = None
) -> str | None:
    """The country of a claim at this point that had ``country`` at ``moved_from`` (both None: a claim
    with no country yet), by :func:`mapdata.geo.borders.country_after_move`: another country only where
    the point is clearly inside it and the borders agreed with ``country`` at ``moved_from``. Else
    ``country`` (None with no country: a point near a border, at sea, off every border, in an area with no
    ISO code, or a coordinate that is no number)."""
    point = _point(latitude, longitude)
    if point is None:
        return country
    was = _point(*moved_from) if moved_from is not None else None
    return country_after_move(point[0], point[1], country, was)


def _with_point_country(incident: Incident, changes: dict[str, object]) -> dict[str, object]:
    """``changes`` plus the country of the point they give (and no region of the old country), when
    they move the claim clearly into another country (:func:`country_of_point`) and set no country themselves."""
    if "country" in changes or ("latitude" not in changes and "longitude" not in changes):
        return changes
    country = country_of_point(
        changes.get("latitude", incident.latitude),
        changes.get("longitude", incident.longitude),
        incident.country,
        (incident.latitude, incident.longitude),
    )
    if country is None or country == incident.country:
        return changes
    moved: dict[str, object] = {**changes, "country": country}
    if "admin1" not in changes and incident.country:  # (with no country before, it may be this one's)
        moved["admin1"] = None
    return moved


def with_resolved_place(
    store: Store, incident_id: str, changes: dict[str, object], *, online: bool | None = None
) -> dict[str, object]:
    """``changes`` plus the point of a new place name (unless the caller gave the point itself), and
    the country the new point is in (see the module's note: unless the edit sets the country itself).

    Raises ValidationError naming ``place`` when the name cannot be placed, so nothing is
    saved at the old point.
    """
    place = changes.get("place")
    given = "latitude" in changes or "longitude" in changes
    if place is None and not given:
        return changes
    incident = store.get(incident_id)
    if incident is None:
        raise UnknownRecordError(f"no claim with id {incident_id!r}; nothing was changed")
    if place is None or given:
        return _with_point_country(incident, changes)
    name = str(place).strip()
    if name and fold(name) == fold(incident.place or ""):
        # The same name respelt ("sotk" -> "Sotk"): the same place, so the point stays.
        return {**changes, "latitude": incident.latitude, "longitude": incident.longitude}
    if not name:
        raise ValidationError("place", "cannot be emptied without a point: give latitude and longitude too")
    result = resolve_place(
        name,
        store,
        near=[(incident.latitude, incident.longitude)],
        online=online,
        context=f"edit of {incident_id}",
        conflict=incident.conflict,
    )
    if not result.found or result.place is None:
        raise ValidationError(
            "place",
            f"{name!r} cannot be placed ({result.reason}); give latitude and longitude too, "
            "or pick the point on the map",
        )
    found = result.place
    extra = {k: v for k, v in (incident.extra or {}).items() if k not in PLACE_LINKS}
    return {
        **changes,
        "extra": {**extra, "place_key": found.key},  # the entry the new place was found as
        "latitude": round(found.latitude, 5),
        "longitude": round(found.longitude, 5),
        "geo_precision": changes["geo_precision"]
        if changes.get("geo_precision")
        else kept_precision(incident.geo_precision, result.precision or found.precision),
        "admin1": found.admin1,
        # (the place's own country; a place the gazetteer knows no country of: the one its point is in)
        "country": changes["country"]
        if "country" in changes
        else (found.country or country_of_point(found.latitude, found.longitude)),
    }


@dataclass(frozen=True)
class CheckedEdit:
    """An edit as a person typed it, made ready for :meth:`Store.edit`, with every problem found."""

    changes: dict[str, object]  # with a new place's point resolved (see with_resolved_place)
    problems: list[ValidationError]  # empty: Store.edit saves ``changes``


def checked_edit(
    store: Store, incident_id: str, changes: dict[str, object], *, online: bool | None = None
) -> CheckedEdit:
    """``changes`` with a new place placed, and every problem of the edit at once (the form of
    "Correct this claim" lists them all; one per press took four presses for four mistakes, walk39).

    A place that cannot be placed is one problem, and the rest of the edit is checked without it
    (:func:`mapdata.store.curation.edit_problems`: the model's checks, a date after tomorrow, ...).
    """
    incident = store.get(incident_id)
    if incident is None:
        raise UnknownRecordError(f"no claim with id {incident_id!r}; nothing was changed")
    problems: list[ValidationError] = []
    try:
        resolved = with_resolved_place(store, incident_id, changes, online=online)
    except ValidationError as exc:
        problems.append(exc)
        resolved = {name: value for name, value in changes.items() if name != exc.field}
    return CheckedEdit(resolved, problems + edit_problems(incident, resolved))
