"""What users teach the gazetteer, kept in the incident store: aliases and unresolved places.

* An alias ("Zod" -> Sotk, or "Hill 1234" -> a point clicked on the map or typed, with where its
  coordinates come from) wins over the gazetteer's own choice from then on, in the conflict it was saved
  in (a report's, the page's; schema 8): "Hill 1234" remembered while reading an Israel–Lebanon report
  never places an Armenia–Azerbaijan report's "Hill 1234". An alias saved with no conflict (all those of
  before schema 8) applies in every conflict, listed as "all conflicts"; one saved for the conflict wins
  over it there. This is the user's own supplement to the gazetteer: it lives in the user's database,
  never in a data file of ours.
* An unresolved place is a name an import or a pasted report could not place, with the conflict it
  was met in (a profile id, its own field: the page frames its pick map on that conflict); the gazetteer
  page lists them and resolving one saves an alias.
* A name the user placed by a click on a map (Add report) is remembered at that point
  (:meth:`PlaceBook.remember_placed_name`), so the next report that names it is placed there.

:class:`PlaceResolver` is the one entry point importers and the extractor use: alias, then the
offline gazetteer, then (only when the user enabled it) the online fallback; names left
unresolved are remembered for the page.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace

from mapdata.errors import StoreError, ValidationError
from mapdata.geo.borders import country_after_move
from mapdata.geo.gazetteer import Gazetteer, GeocodeResult, Place
from mapdata.geo.names import fold, strip_context
from mapdata.geo.settings import OnlineSettings
from mapdata.model import GEO_PRECISIONS
from mapdata.profiles import default_catalog
from mapdata.store import Store
from mapdata.store.history import now
from mapdata.store.schema import PLACE_ALIASES_DDL, conflict_named_in

__all__ = ["USER_SOURCE", "PlaceBook", "PlaceResolver", "UnresolvedPlace", "name_key", "resolve_place", "user_place"]

USER_SOURCE = "placed by a user on the map"  # a user's place saved without saying where its coordinates come from

_SCHEMA = (
    PLACE_ALIASES_DDL
    + """
CREATE TABLE IF NOT EXISTS unresolved_places (
    name_key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    context TEXT,
    reason TEXT,
    resolved_key TEXT,
    resolved_at TEXT,
    conflict TEXT
)
"""
)
# (name, context, reason), or (name, context, reason, conflict id): what note_unresolved records
Note = tuple[str, str | None, str | None] | tuple[str, str | None, str | None, str | None]
CONTEXT_CHARS = 500  # a note is cut to this: the conflict is its own field, never read from the note


def name_key(name: str) -> str:
    """The folded name aliases and unresolved places are keyed by ("the village of Zod" -> "zod")."""
    return strip_context(fold(name or ""))


@dataclass(frozen=True)
class UnresolvedPlace:
    name: str
    seen: int
    first_seen: str
    last_seen: str
    context: str | None
    reason: str | None
    resolved_key: str | None
    conflict: str | None = None  # the id of the conflict it was met in (None: not recorded)


class PlaceBook:
    """Aliases and unresolved places of one store (tables created on first use)."""

    def __init__(self, store: Store):
        self.store = store
        # A read-only database still answers look-ups: without its place tables it simply
        # has no aliases, and unresolved names are not recorded (there is nowhere to write).
        self.available = True
        try:
            store.ensure_tables(_SCHEMA)
        except StoreError:
            if not store.read_only:
                raise
            self.available = False

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        if not self.available:
            return []
        con = self.store.connect()
        try:
            return con.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read places from {self.store.path}: {exc}") from exc
        finally:
            con.close()

    # -- aliases ---------------------------------------------------------------------
    def aliases(self, conflict: str | None = None, *, every_conflict: bool = False) -> dict[str, Place]:
        """Folded name -> the place the user chose for it, as it applies in ``conflict`` (a profile id): the
        aliases saved for every conflict, and those saved for ``conflict``, which win over them. Without a
        conflict, those saved for every conflict only. ``every_conflict``: all of them, whatever their conflict
        (a name's other spellings in a search box; never to place a name)."""
        rows = self._read(
            "SELECT name_key, place_key, place_name, latitude, longitude, country, admin1, precision, name, source "
            "FROM place_aliases WHERE ? OR conflict = '' OR conflict = ? ORDER BY name_key, conflict != ''",
            (every_conflict, conflict or ""),
        )
        return {row[0]: _alias_place(row) for row in rows}  # the conflict's own row comes last: it wins

    def alias_rows(self) -> list[dict[str, object]]:
        """Aliases as plain records, for listing on the page; ``conflict``: the profile id it applies in, None
        for every conflict."""
        rows = self._read(
            "SELECT name, NULLIF(conflict, ''), place_name, place_key, latitude, longitude, country, precision,"
            " source, created FROM place_aliases ORDER BY name, conflict"
        )
        names = (
            "name",
            "conflict",
            "place",
            "place_key",
            "latitude",
            "longitude",
            "country",
            "precision",
            "source",
            "created",
        )
        return [dict(zip(names, row)) for row in rows]

    def aliases_elsewhere(self, name: str, conflict: str | None) -> list[tuple[str, Place]]:
        """(conflict id, place) of each alias of ``name`` saved for a conflict other than ``conflict``: what a
        look-up in ``conflict`` does not use, said so the user can switch to it (walk49: the Gazetteer said "Not
        found" for a name Add report had just remembered for India–Pakistan)."""
        rows = self._read(
            "SELECT conflict, place_key, place_name, latitude, longitude, country, admin1, precision, name, source "
            "FROM place_aliases WHERE name_key = ? AND conflict != '' AND conflict != ? ORDER BY conflict",
            (name_key(name), conflict or ""),
        )
        return [(row[0], _alias_place(row)) for row in rows]

    def save_alias(self, name: str, place: Place, conflict: str | None = None) -> str:
        """Remember that ``name`` means ``place`` in ``conflict`` (a profile id; None: in every conflict), in
        one transaction; resolves the name if it was unresolved there (or its conflict was not recorded)."""
        key = name_key(name)
        if not key:
            raise ValidationError("alias", "an alias needs a name")
        if place.precision not in GEO_PRECISIONS:
            raise ValidationError("precision", f"unknown precision {place.precision!r}")
        at = now()
        with self.store.transaction() as con:
            con.execute(
                "INSERT INTO place_aliases(name_key, name, place_key, place_name, latitude, longitude, country,"
                " admin1, precision, created, source, conflict) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT(name_key, conflict) DO UPDATE"
                " SET name=excluded.name, place_key=excluded.place_key, place_name=excluded.place_name,"
                " latitude=excluded.latitude, longitude=excluded.longitude, country=excluded.country,"
                " admin1=excluded.admin1, precision=excluded.precision, created=excluded.created,"
                " source=excluded.source",
                (
                    key,
                    name.strip(),
                    place.key,
                    place.name,
                    place.latitude,
                    place.longitude,
                    place.country,
                    place.admin1,
                    place.precision,
                    at,
                    place.coord_source,
                    conflict or "",
                ),
            )
            con.execute(
                "UPDATE unresolved_places SET resolved_key = ?, resolved_at = ? WHERE name_key = ?"
                " AND (? = '' OR conflict IS NULL OR conflict = ?)",
                (place.key, at, key, conflict or "", conflict or ""),
            )
        return key

    def remove_alias(self, name: str, conflict: str | None = None) -> bool:
        """Forget the alias of ``name`` saved for ``conflict`` (None: the one for every conflict)."""
        with self.store.transaction() as con:
            return (
                con.execute(
                    "DELETE FROM place_aliases WHERE name_key = ? AND conflict = ?", (name_key(name), conflict or "")
                ).rowcount
                > 0
            )

    # -- unresolved places -----------------------------------------------------------
    def note_unresolved(self, names: Iterable[Note], *, conflict: str | None = None) -> int:
        """Record (name, context, reason) triples in one transaction, with the id of the conflict they were
        met in: ``conflict`` for all, or each note's fourth item; without either, the conflict whose title
        ends the note ("report: <address> · Thailand–Cambodia", as callers wrote it before), read from the
        whole note before it is cut to 500 characters. Returns how many."""
        rows = []
        for note in names:
            name, context, reason = note[:3]
            key = name_key(name)
            if not key:
                continue
            met_in = (note[3] if len(note) > 3 else None) or conflict or conflict_named_in(context)
            rows.append((key, name.strip()[:200], (context or "")[:CONTEXT_CHARS] or None, reason, met_in))
        if not rows or self.store.read_only:
            return 0
        at = now()
        with self.store.transaction() as con:
            con.executemany(
                "INSERT INTO unresolved_places(name_key, name, first_seen, last_seen, context, reason, conflict)"
                " VALUES (?,?,?,?,?,?,?) ON CONFLICT(name_key) DO UPDATE SET seen = seen + 1,"
                " last_seen = excluded.last_seen, context = COALESCE(excluded.context, context),"
                " reason = excluded.reason, conflict = COALESCE(excluded.conflict, conflict)",
                [(key, name, at, at, context, reason, met_in) for key, name, context, reason, met_in in rows],
            )
        return len(rows)

    def unresolved(self, include_resolved: bool = False) -> list[UnresolvedPlace]:
        where = "" if include_resolved else "WHERE resolved_key IS NULL"
        rows = self._read(
            "SELECT name, seen, first_seen, last_seen, context, reason, resolved_key, conflict"
            f" FROM unresolved_places {where} ORDER BY seen DESC, name"
        )
        return [UnresolvedPlace(*row) for row in rows]

    def remember_placed_name(
        self, name: str, latitude: float, longitude: float, conflict: str | None = None, precision: str = "near"
    ) -> Place | None:
        """Remember ``name`` at the point a user clicked for it on a map (Add report) as the user's own
        place, an alias: the next report or import that names it is placed there, and it leaves the
        Unresolved places list. Only a name nothing places (no alias, not in ``conflict``'s gazetteer), or
        one whose namesakes only their size told apart: a name the gazetteer places is never overruled by
        a click that moved one claim. Saved for ``conflict`` (the report's) only, with ``precision``, the one
        the claim placed there is saved with (walk47: "exact" for the claim, "near" for its name). Returns the
        place saved, or None when nothing was saved (also on a read-only database). Raises ValidationError for
        a point not on Earth."""
        precision = precision if precision in GEO_PRECISIONS else "near"  # (a row's cell may hold anything)
        place = user_place(name, latitude, longitude, precision=precision, source=_clicked_source(conflict))
        if not name_key(name) or self.store.read_only or not self.available:
            return None
        # with the country its point is clearly in (walk49: Balnoi's alias was listed with no country)
        place = replace(place, country=country_after_move(latitude, longitude) or "")
        profile = default_catalog().get(conflict) if conflict else None
        gazetteer = Gazetteer.for_profile(profile) if profile is not None else Gazetteer.default()
        known = gazetteer.geocode(name, aliases=self.aliases(conflict))
        if known.found and not known.undecided:
            return None
        self.save_alias(name, place, conflict)
        return place

    def resolve(self, name: str, place: Place, conflict: str | None = None) -> None:
        """Resolve an unresolved name by choosing a place: saved as an alias for later geocoding in ``conflict``
        (the one it was met in; None: every conflict)."""
        self.save_alias(name, place, conflict)

    def dismiss(self, name: str) -> None:
        """Drop a name from the unresolved list without placing it (e.g. it was not a place)."""
        with self.store.transaction() as con:
            con.execute("DELETE FROM unresolved_places WHERE name_key = ?", (name_key(name),))


def _clicked_source(conflict: str | None) -> str:
    """Where a clicked name's coordinates come from, as its alias says (the conflict by its title)."""
    profile = default_catalog().get(conflict) if conflict else None
    said = profile.title if profile is not None else conflict
    return "a map click on Add report" + (f" ({said})" if said else "")


def _alias_place(row: tuple) -> Place:
    _, place_key, place_name, lat, lon, country, admin1, precision, alias_name, source = row
    gazetteer_place = None
    if not place_key.startswith("user:"):
        gazetteer_place = Gazetteer.default().place(place_key)
    if gazetteer_place is not None:
        return gazetteer_place
    return Place(
        key=place_key,
        name=place_name,
        latitude=float(lat),
        longitude=float(lon),
        country=country or "",
        admin1=admin1,
        kind="user",
        population=0,
        precision=precision,
        alternate_names=(alias_name,),
        coord_source=source or USER_SOURCE,
    )


def user_place(
    name: str,
    latitude: float,
    longitude: float,
    *,
    country: str = "",
    precision: str = "exact",
    source: str | None = None,
) -> Place:
    """A place the user put on the map or typed (no gazetteer entry); ``source``: where its
    coordinates come from, in the user's words (kept with the alias, shown as the place's source)."""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        raise ValidationError("latitude", f"not a point on Earth: {latitude}, {longitude}")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValidationError("latitude", f"not a point on Earth: {latitude}, {longitude}")
    slug = re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-") or "place"
    return Place(
        key=f"user:{slug}:{latitude:.5f},{longitude:.5f}",
        name=name.strip(),
        latitude=float(latitude),
        longitude=float(longitude),
        country=country,
        admin1=None,
        kind="user",
        population=0,
        precision=precision,
        coord_source=" ".join((source or "").split())[:300] or USER_SOURCE,
    )


class PlaceResolver:
    """Alias -> offline gazetteer -> online fallback (when enabled); remembers what stayed unresolved.

    Make one per import or report: aliases are read once. Call :meth:`flush` (or use it as a
    context manager) to save the unresolved names in one transaction, after your own writes.
    ``settings``: the online fallback's settings (default: the user's, see
    :func:`mapdata.geo.settings.settings_for`); ``online`` True/False forces it on/off. ``conflict``: the
    profile id its names are met in: the aliases saved for it apply (with those for every conflict; without
    one, only those), and it is recorded with the names nothing placed.
    """

    def __init__(
        self,
        store: Store,
        *,
        online: bool | None = None,
        gazetteer: Gazetteer | None = None,
        context: str | None = None,
        settings: OnlineSettings | None = None,
        conflict: str | None = None,
    ):
        self.book = PlaceBook(store)
        # the id of the conflict its names are met in: its aliases apply, and it is recorded with the names it
        # cannot place
        self.conflict = conflict
        self.gazetteer = gazetteer or Gazetteer.default()
        self.aliases = self.book.aliases(conflict)
        self.context = context
        self._online = None
        # No online fallback on a read-only database: its answers could not be cached, and
        # the rule is that a name is never asked twice.
        if online is not False and not store.read_only:
            from mapdata.geo.online import OnlineGeocoder

            candidate = OnlineGeocoder.for_store(store, settings)
            if online is True and not candidate.settings.enabled:
                candidate = OnlineGeocoder.for_store(store, replace(candidate.settings, enabled=True))
            if candidate.settings.enabled:
                self._online = candidate
        self.pending: list[tuple[str, str | None, str | None]] = []

    def geocode(
        self,
        name: str,
        *,
        countries: Iterable[str] = (),
        near: Iterable[tuple[float, float]] = (),
        context: str | None = None,
    ) -> GeocodeResult:
        countries, near = tuple(countries), tuple(near)
        result = self.gazetteer.geocode(name, countries=countries, near=near, aliases=self.aliases)
        if not result.found and self._online is not None and name_key(name):
            online = self._online.geocode(name, countries=countries)
            if online.found:
                return online
            result = GeocodeResult(
                query=result.query,
                place=None,
                reason=f"{result.reason}; online: {online.reason}",
                status=online.status if online.status == "error" else "not_found",
                source=online.source,
            )
        if not result.found and name_key(name):
            self.pending.append((name, context or self.context, result.reason))
        return result

    def flush(self) -> int:
        """Save the unresolved names collected so far (one transaction)."""
        pending, self.pending = self.pending, []
        return self.book.note_unresolved(pending, conflict=self.conflict)

    def __enter__(self) -> PlaceResolver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.flush()


def resolve_place(
    name: str,
    store: Store,
    *,
    countries: Iterable[str] = (),
    near: Iterable[tuple[float, float]] = (),
    online: bool | None = None,
    context: str | None = None,
    conflict: str | None = None,
) -> GeocodeResult:
    """One name through :class:`PlaceResolver`, saving it as unresolved (met in ``conflict``) when nothing places it."""
    with PlaceResolver(store, online=online, context=context, conflict=conflict) as resolver:
        return resolver.geocode(name, countries=countries, near=near)
