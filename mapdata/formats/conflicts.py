"""Which conflict an imported row belongs to, decided from the row itself and the profiles.

Datasets such as ACLED and UCDP cover every war, so each row is assigned to a conflict
profile from what it says, never guessed:

1. the row's country (ACLED ``iso`` / ``iso3`` / ``country``, UCDP ``country``) is one of a
   profile's parties' countries: that profile — when only one profile has that country;
2. when several profiles have that country, the one of which the row's actors (ACLED actors,
   UCDP ``side_a`` / ``side_b``) name the most parties — Ukrainian and Russian forces in
   Kursk are russia-ukraine's, even if another profile also counts Russian forces as a party;
3. a row in a profile's neighbouring country belongs to it when its actors name one of its
   parties (an Israeli strike on Hezbollah in Syria);
4. anything else is rejected with the reason, naming the country and the known conflicts.

The user may instead choose one conflict for the whole file (``--conflict ID``, the Import
page): every row then belongs to it, and the preview warns of rows whose own country and actors
would not have put them there (``outside``). Our own CSV and GeoJSON say each row's ``conflict``;
a row without one takes the chosen conflict, or the one its sides (and country) name the parties of. Decisions are cached per (country values, actors): an
export repeats a handful of combinations over thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from mapdata.formats.common import RowError
from mapdata.geo.borders import country_after_move
from mapdata.profiles import NON_PARTY_SIDES, Catalog, Profile, default_catalog

__all__ = ["ConflictRules", "PartiesNamed", "Uncovered"]

# How many of this profile's parties the row's actors name (built by each format from its columns).
PartiesNamed = Callable[[Profile], int]


@dataclass
class Uncovered:
    """Rows of a conflict no profile covers, as the rows say it: their country, their actors, and the dataset's own
    name of the conflict where it gives one (UCDP's ``conflict_name``, "Afghanistan: Government")."""

    country: str
    actors: dict[tuple[str, ...], None] = field(default_factory=dict)  # each set of actors once, in file order
    names: dict[str, None] = field(default_factory=dict)


UNCOVERED_KEPT = 50  # conflicts no profile covers, told apart (a file of every war names a few hundred)


@dataclass
class ConflictRules:
    """The profiles an import knows, and the conflict the user chose for every row (or None)."""

    catalog: Catalog = field(default_factory=default_catalog)
    forced: str | None = None
    _decided: dict[tuple[object, ...], Profile | str] = field(default_factory=dict, repr=False)
    # rows the chosen conflict took that their own country and actors would not give it, by country
    # ("Afghanistan": 5 Afghan government vs Taleban rows put in india-pakistan): said before import
    outside: dict[str, int] = field(default_factory=dict, repr=False)
    # the reasons given to rows of a conflict no profile covers (walk48: the UCDP Afghanistan sample), each with
    # what its rows say of their conflict: the Import page says which conflicts they are and how to cover them
    uncovered: dict[str, Uncovered] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.forced is not None:
            self.forced = self.catalog.require(self.forced).id

    def assign(
        self,
        countries: Sequence[str | None],
        actors: tuple[str, ...],
        parties_named: PartiesNamed,
        column: str,
        named: str | None = None,
    ) -> Profile:
        """The profile of a row with these country values and actors (RowError naming ``column`` if none).
        ``named``: the dataset's own name of the row's conflict, if it gives one (kept for a conflict no profile
        covers)."""
        key = (tuple(countries), actors)
        decided = self._decided.get(key)
        if decided is None:
            decided = self._decide(countries, actors, parties_named)
            if len(self._decided) < 10_000:
                self._decided[key] = decided
        if self.forced is not None:
            chosen = self.catalog[self.forced]
            values = [v.strip() for v in countries if v and v.strip()]
            if values and (isinstance(decided, str) or decided.id != chosen.id):
                shown = " / ".join(dict.fromkeys(values))
                if shown in self.outside or len(self.outside) < 50:
                    self.outside[shown] = self.outside.get(shown, 0) + 1
            return chosen
        if isinstance(decided, str):
            uncovered = self.uncovered.get(decided)
            if uncovered is not None:
                if actors and len(uncovered.actors) < UNCOVERED_KEPT:
                    uncovered.actors.setdefault(actors)
                if named and named.strip() and len(uncovered.names) < UNCOVERED_KEPT:
                    uncovered.names.setdefault(" ".join(named.split()))
            raise RowError(column, decided)
        return decided

    def fill(self, record: dict[str, object], point: tuple[object, object] | None = None) -> dict[str, object]:
        """Our own formats carry ``conflict``: a row without one takes the chosen conflict, or else the conflict its
        own sides and country tell (:meth:`own_conflict`; walk49: an India–Pakistan row was put in the default
        conflict and rejected for its sides). ``point``: (latitude, longitude) when not the record's own (a GeoJSON
        feature's geometry). RowError on ``conflict`` when they tell none."""
        given = record.get("conflict")
        if given is None or (isinstance(given, str) and not given.strip()):
            record["conflict"] = self.forced or self.own_conflict(record, point)
        return record

    def own_conflict(self, record: Mapping[str, object], point: tuple[object, object] | None = None) -> str:
        """The conflict of a row of our own formats that names none: the profile whose parties its sides
        (``reporting_side``, ``accused_side``) name the most, the row's ``country`` (or, with none, the country its
        point is clearly in) breaking a tie or deciding when the sides name no party; the only profile when there is
        one; the default one for a row whose sides are no party ("media", "unknown") and that has neither country
        nor point. RowError on ``conflict`` otherwise (a side no profile knows, parties of several conflicts)."""
        sides = tuple(_text(record.get(name)) for name in ("reporting_side", "accused_side"))
        country = _text(record.get("country"))
        decided = self._decided_own(sides, country)
        if isinstance(decided, str) and not country:
            located = _country_of_point(point or (record.get("latitude"), record.get("longitude")))
            decided = self._decided_own(sides, located) if located else decided
        if isinstance(decided, str):
            raise RowError("conflict", decided)
        return decided.id

    def _decided_own(self, sides: tuple[str, ...], country: str) -> Profile | str:
        key = ("own", sides, country)
        decided = self._decided.get(key)
        if decided is None:
            decided = self._decide_own(sides, country)
            if len(self._decided) < 10_000:
                self._decided[key] = decided
        return decided

    def _decide_own(self, sides: tuple[str, ...], country: str) -> Profile | str:
        """A profile for a row of our own formats, or the reason there is none (a string)."""
        profiles = list(self.catalog)
        if len(profiles) == 1:
            return profiles[0]
        named = {p.id: len({p.side_for(s) for s in sides if s} & set(p.party_names)) for p in profiles}
        home = [p for p in profiles if p.country_code(country) in p.countries] if country else []
        most = max(named.values())
        if most:
            best = [p for p in profiles if named[p.id] == most]
            if len(best) > 1:
                best = [p for p in best if p in home] or best
            if len(best) == 1:
                return best[0]
        elif len(home) == 1:
            return home[0]
        elif not country and all(not s or profiles[0].side_for(s) in NON_PARTY_SIDES for s in sides):
            return self.catalog.default  # no party, no country, no point: a row that names nothing, as before
        told = ", ".join(repr(s) for s in sides if s) or "none"
        where = f" and country {country!r}" if country else ""
        known = "; ".join(f"{p.id}: {', '.join(p.party_names)}" for p in profiles)
        if most:
            return (
                f"no 'conflict' given, and its sides ({told}){where} are parties of several conflicts "
                f"({', '.join(p.id for p in profiles if named[p.id] == most)}); add a 'conflict' column, "
                "or choose the conflict for the whole file"
            )
        return (
            f"no 'conflict' given, and its sides ({told}){where} are no conflict profile's parties (known: {known}); "
            "add a 'conflict' column, or choose the conflict for the whole file"
        )

    def _decide(
        self, countries: Sequence[str | None], actors: tuple[str, ...], parties_named: PartiesNamed
    ) -> Profile | str:
        """A profile, or the reason there is none (a string)."""
        values = [v.strip() for v in countries if v and v.strip()]
        home: list[Profile] = []
        nearby: list[Profile] = []
        for profile in self.catalog:
            codes = {profile.country_code(v) for v in values} - {None}
            if codes & set(profile.countries):
                home.append(profile)
            elif codes:
                nearby.append(profile)
        shown = " / ".join(dict.fromkeys(values)) or "(none)"
        if len(home) == 1:
            return home[0]
        if home:
            counts = [(parties_named(p), p) for p in home]
            most = max(count for count, _ in counts)
            named = [p for count, p in counts if count == most and count > 0]
            if len(named) == 1:
                return named[0]
            return (
                f"country {shown!r} is in several conflicts ({', '.join(p.id for p in home)}) and the actors "
                f"({', '.join(actors) or 'none'}) name as many parties of {'none' if not named else 'more than one'} "
                "of them; choose the conflict for the file"
            )
        named = [p for p in nearby if parties_named(p) > 0]
        if len(named) == 1:
            return named[0]
        if nearby and not named:
            # (by the conflicts' titles, as the pages name them: walk51 read "borders india-pakistan", an internal id)
            parties = "; ".join(f"{p.title}: {', '.join(p.party_names)}" for p in nearby)
            return self._uncovered(
                f"country {shown!r} is next to the {' and '.join(p.title for p in nearby)} conflict's lands, but no actor "
                f"({', '.join(actors) or 'none'}) is one of its parties ({parties}): not a claim of that conflict, "
                f"and no conflict profile covers {shown!r} (add one to import such rows; choose a conflict for the "
                "whole file only if its rows belong to it)",
                values[-1] if values else None,
            )
        known = ", ".join(f"{p.id} ({'/'.join(p.countries)})" for p in self.catalog)
        return self._uncovered(
            f"country {shown!r} matches no conflict profile (known: {known}); add a profile for it, "
            "or choose the conflict for the whole file",
            values[-1] if values else None,
        )

    def _uncovered(self, reason: str, country: str | None) -> str:
        """``reason``, noted as a conflict no profile covers when the row names its country (its last value: the
        country's name, ACLED's ``country`` after its codes)."""
        if country is not None and (reason in self.uncovered or len(self.uncovered) < UNCOVERED_KEPT):
            self.uncovered.setdefault(reason, Uncovered(country))
        return reason


def _text(value: object) -> str:
    """A cell as stripped text ("" for none)."""
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value).strip())


def _country_of_point(point: tuple[object, object]) -> str:
    """The country a point is clearly in ("" when none, or no point: :func:`mapdata.geo.borders.country_after_move`)."""
    try:
        latitude, longitude = float(str(point[0]).strip()), float(str(point[1]).strip())
    except ValueError:
        return ""
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return ""
    return country_after_move(latitude, longitude) or ""
