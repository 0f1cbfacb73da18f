"""Between proposal and saved incident: the editable rows a reviewer sees, and their validation.

The page shows proposals as a table; the reviewer edits values, ticks what to save, and picks
a place for names the gazetteer did not resolve. These pure functions turn proposals into
rows and edited rows back into validated incidents, with errors named per row and field, so
nothing half-valid reaches the store.
"""

from __future__ import annotations

import dataclasses
import html
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mapdata.curation.edits import country_of_point
from mapdata.errors import ValidationError
from mapdata.extract.pipeline import place_dict
from mapdata.extract.proposal import Proposal
from mapdata.geo.gazetteer import GeocodeResult
from mapdata.geo.names import fold
from mapdata.geo.spelling import close_matches
from mapdata.model import MAX_EXTRA_CHARS, Incident, check_not_in_future, normalize_country

__all__ = [
    "EDITABLE",
    "EVIDENCE_CHARS",
    "RowPlace",
    "RowResult",
    "candidate_label",
    "evidence_once",
    "fitted_extra",
    "highlight",
    "proposal_at",
    "proposal_rows",
    "row_place",
    "rows_to_incidents",
    "same_name",
    "unplace_close_spellings",
]

# Columns of the review table, in order; "save" is the reviewer's tick.
# fmt: off
EDITABLE = ("save", "date", "place", "latitude", "longitude", "geo_precision", "claimant", "reporting_side",
            "accused_side", "event_type", "weapons", "killed", "wounded")
# fmt: on


def proposal_rows(proposals: Iterable[Proposal]) -> list[dict[str, Any]]:
    """One row per proposal; weapons as editable text; unresolved places unticked until a point is chosen,
    with no location precision until then."""
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
                # (none for a place not found: the point the reviewer gives or the place typed sets it; a
                # "region" here kept a typed village "region" where the Gazetteer page called it exact)
                # (the reader's "near" of a name it could not find is no precision either: a place picked or
                # typed into the row kept "near" as the finer of the two, review of round 43)
                "geo_precision": (proposal.geo_precision or "region") if proposal.resolved else None,
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
    # True: the name is not in the gazetteer and ``candidates`` are only spelt close to it (suggestions,
    # not namesakes); the row is not placed at one unasked (walk43: "Zorakhpyur" typed went to
    # Dzoraghbyur, a village 60 % alike, with nothing said)
    close: bool = False

    def reads(self, value: object) -> bool:
        """Whether a row's place cell (``value``) still names this place: the name typed, or the name of
        the place picked for it (written into the row when the reader's own name was the row's)."""
        return same_name(self.name, value) or (self.place is not None and same_name(self.place.get("name"), value))

    def suggested(self) -> str:
        """The places to choose from, as a reviewer reads them: "Dzoraghbyur (Kotayk, AM)", at most three."""
        return ", ".join(candidate_label(c) for c in self.candidates[:3])

    def problem(self) -> str:
        """Why a row of this name has no point yet, and what to do: the save's message for it."""
        if not self.name:
            return "place: none is named; type a place, its latitude and longitude, or click it on the map"
        if self.close and self.candidates:
            return (
                f"place: {self.name!r} is not in the gazetteer (closest spelling: {self.suggested()}): pick "
                + ("it" if len(self.candidates) == 1 else "one")
                + " under the table if that is the place meant, enter the latitude and longitude in the table, "
                "or click it on the map"
            )
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
    choose from when only their size chose one (:attr:`GeocodeResult.undecided`), or none and the places
    only spelt close to it as suggestions (:attr:`GeocodeResult.close_spelling`): a name typed by a
    person is theirs; a village spelt 60 % alike is not placed unasked."""
    if result.close_spelling:
        return RowPlace(name, None, tuple(place_dict(p) for p in result.candidates), result.reason, close=True)
    if result.found and result.place is not None and not result.undecided:
        return RowPlace(name, place_dict(result.place), reason=result.reason)
    candidates = tuple(place_dict(p) for p in result.candidates) if result.undecided else ()
    return RowPlace(name, None, candidates, result.reason)


def _named_first(found: RowPlace, named: Iterable[Proposal]) -> RowPlace:
    """``found``'s suggestions with the places the same report names in its other rows, spelt close to
    it, first (walk44: "Orikhov" was offered "Orikhove" while the report's next claim was at Orikhiv)."""
    same: dict[str, dict[str, Any]] = {}
    for other in named:
        if (
            other.place
            and other.place_key
            and other.place_key not in same
            and close_matches(fold(found.name), [fold(other.place)], n=1, cutoff=_SAME_REPORT_CUTOFF)
        ):
            same[other.place_key] = {
                "key": other.place_key,
                "name": other.place,
                "latitude": other.latitude,
                "longitude": other.longitude,
                "country": other.country,
                "admin1": other.admin1,
                "precision": other.geo_precision,
                "kind": None,
            }
    if not same:
        return found
    rest = tuple(c for c in found.candidates if c.get("key") not in same)
    return dataclasses.replace(found, candidates=(*same.values(), *rest))


_SAME_REPORT_CUTOFF = 0.7  # (difflib's ratio: "Orikhov" and "Orikhiv" 0.86, "Sotk" and "Tegh" 0.25)


def unplace_close_spellings(
    proposals: Iterable[Proposal], lookup: Callable[[str], GeocodeResult]
) -> tuple[list[Proposal], dict[int, RowPlace]]:
    """The reader's proposals with a place found only by a close spelling not placed there: the row
    has no point, no precision and no tick, and its look-alikes are offered as suggestions, as for a
    name typed into the grid (:func:`row_place`). ``lookup`` (name -> :class:`GeocodeResult`, the
    gazetteer with the user's aliases) tells how the name matched. Returns the proposals and, per row
    unplaced, its :class:`RowPlace` (``close``). Review of round 43: "the village of Zorakhpyur" in a
    report was proposed "exact" at Dzoraghbyur (Kotayk), a village spelt 60 % alike, with nothing said."""
    out: list[Proposal] = []
    close: dict[int, RowPlace] = {}
    proposals = list(proposals)
    looked_up = {
        index: lookup(proposal.place)
        for index, proposal in enumerate(proposals)
        if proposal.resolved and proposal.place and proposal.place_key
    }
    named = [
        proposal
        for index, proposal in enumerate(proposals)
        if index in looked_up and not looked_up[index].close_spelling
    ]
    for index, proposal in enumerate(proposals):
        result = looked_up.get(index)
        if result is not None and proposal.place:
            keys = [p.key for p in result.candidates] + ([result.place.key] if result.place else [])
            if result.close_spelling and proposal.place_key in keys:
                found = _named_first(row_place(proposal.place, result), named)
                close[index] = found
                proposal = dataclasses.replace(
                    proposal,
                    latitude=None,
                    longitude=None,
                    geo_precision=None,
                    admin1=None,
                    country=None,
                    resolved=False,
                    place_key=None,
                    place_candidates=[dict(c) for c in found.candidates],
                    checked=False,
                )
        out.append(proposal)
    return out, close


@dataclass(frozen=True)
class RowResult:
    """The outcome for one ticked row: an incident, or the error that stops it; ``note`` says what
    of the claim's evidence was left out to fit (:func:`fitted_extra`), for the page to show."""

    row: int
    incident: Incident | None
    error: str | None
    note: str | None = None


# The report's sentences a claim keeps (its ``extra["evidence"]`` and ``extra["responses"]``), in
# characters as JSON: half of what a claim's extra fields may hold, so that what is added later (a
# merged duplicate's source, a place's gazetteer key) still fits. A claim of a news report has a few
# sentences (a few kB); a 300,000-character paste gave one claim 2,817 copies of one sentence (208,881
# characters) and a save the user could not act on ("extra: … at most 100,000", walk40).
EVIDENCE_CHARS = MAX_EXTRA_CHARS // 2
EVIDENCE_CUT = "evidence_cut"  # the extra field that says what was left out


def _json_size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, default=str))


def fitted_extra(extra: Mapping[str, Any] | None) -> tuple[dict[str, Any], str | None]:
    """A proposal's extra fields as a claim keeps them: each sentence of its evidence (and of the
    other side's response) once, and, when they still come to more than :data:`EVIDENCE_CHARS` as
    JSON, the first sentences of each kind that fit (first the first one of each kind, those that gave
    a value before the claim's own and the response; then the next ones, in the same order), with
    ``extra["evidence_cut"]`` saying what was left out. Returns the extra and that note (None: nothing
    was left out: a sentence the report repeats is not a sentence lost)."""
    fitted = dict(extra or {})
    kinds: dict[str, list[Any]] = {}  # "evidence.<name>" or "responses" -> its sentences, each once
    evidence = fitted.get("evidence")
    if isinstance(evidence, Mapping):
        for name, sentences in evidence.items():
            if isinstance(sentences, list):
                kinds[f"evidence.{name}"] = list(dict.fromkeys(s for s in sentences if isinstance(s, str)))
    if isinstance(fitted.get("responses"), list):
        kinds["responses"] = list(dict.fromkeys(s for s in fitted["responses"] if isinstance(s, str)))
    kept = _first_that_fit(kinds)
    if isinstance(evidence, Mapping):
        fitted["evidence"] = {name: kept.get(f"evidence.{name}", value) for name, value in evidence.items()}
    if "responses" in kinds:
        fitted["responses"] = kept["responses"]
    gave = fitted.get("evidence_gave")
    if isinstance(gave, Mapping) and "evidence.claim" in kept:  # (:func:`evidence_once`'s positions in it)
        room = len(kept["evidence.claim"])
        fitted["evidence_gave"] = {
            name: [p for p in positions if isinstance(p, int) and p < room]
            for name, positions in gave.items()
            if isinstance(positions, list) and any(isinstance(p, int) and p < room for p in positions)
        }
    every = {s: None for sentences in kinds.values() for s in sentences}  # (one sentence may give several values)
    saved = {s: None for sentences in kept.values() for s in sentences}
    if len(saved) == len(every):
        return fitted, None
    total, count = len(every), len(saved)
    left_out = sum(_json_size(s) - 2 for s in every if s not in saved)
    note = (
        f"{count:,} of the {total:,} sentences this claim was read from are kept with it "
        f"({left_out:,} characters left out): a claim keeps at most {EVIDENCE_CHARS:,} characters of its report"
    )
    fitted[EVIDENCE_CUT] = note
    return fitted, note


def evidence_once(extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """A claim's extra with each sentence of its evidence stored once: ``evidence["claim"]`` lists every
    sentence the claim was read from, once, in order (the claim's own first), and ``evidence_gave`` says
    which of them gave each other value (field -> their positions in that list). Round 42's walk found a
    one-sentence claim's ``extra`` holding that sentence seven times (once per value it gave); every
    path that saves reviewed rows (Add report, ``extract --csv`` then ``import``) goes through
    :func:`rows_to_incidents`, which applies this. Applied again, it changes nothing."""
    out = dict(extra or {})
    evidence = out.get("evidence")
    if not isinstance(evidence, Mapping):
        return out
    lists = {name: value for name, value in evidence.items() if isinstance(value, list)}
    if not lists:
        return out
    order = ["claim", *(name for name in lists if name != "claim")]
    sentences: dict[Any, int] = {}
    for name in order:
        for sentence in lists.get(name, []):
            sentences.setdefault(sentence, len(sentences))
    gave = {
        name: list(dict.fromkeys(sentences[s] for s in lists[name]))
        for name in order
        if name != "claim" and lists.get(name)
    }
    out["evidence"] = {
        **{name: value for name, value in evidence.items() if name not in lists},
        "claim": list(sentences),
    }
    if gave:
        out["evidence_gave"] = gave
    return out


def _first_that_fit(kinds: Mapping[str, list[Any]]) -> dict[str, list[Any]]:
    """Of each kind's sentences, the first ones that fit in :data:`EVIDENCE_CHARS` together: all of
    them when they do; else round by round, the value's sentences before the claim's and the
    response's, each kind keeping a run from its start (so what is kept reads in the report's order)."""
    sizes = {name: [_json_size(s) + 2 for s in sentences] for name, sentences in kinds.items()}  # quotes, ", "
    room = EVIDENCE_CHARS - sum(_json_size(name) + 6 for name in kinds)  # "name": [...], per kind
    if sum(map(sum, sizes.values())) <= room:
        return {name: list(sentences) for name, sentences in kinds.items()}
    order = sorted(kinds, key=lambda name: (name in ("evidence.claim", "responses"), name == "responses"))
    taken = dict.fromkeys(kinds, 0)
    full: set[str] = set()
    for step in range(max(map(len, kinds.values()), default=0)):
        for name in order:
            if name in full or step >= len(kinds[name]):
                continue
            if sizes[name][step] > room:
                full.add(name)  # (a run from the start: nothing after a sentence left out)
                continue
            room -= sizes[name][step]
            taken[name] += 1
    return {name: kinds[name][: taken[name]] for name in kinds}


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
    moves the point to the new name, or the row is refused rather than saved at the old spot.

    The country follows the point, by the borders' policy (:func:`mapdata.geo.borders.country_after_move`): a row
    saved at another point than its place's (a click on the map, coordinates typed, a place picked from a list)
    takes another country only when that point is clearly inside it, and no region of the old one; near a border,
    at sea, or where the borders disagree with the place's own country (Crimea, Kfar Kila) it keeps its place's
    (a click used to save the proposal's old country: Tovuz under Armenia, walk45)."""
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
        # the point whose country and region ``values`` hold (the reader's place's, until moved)
        named_at: tuple[Any, Any] | None = (proposal.latitude, proposal.longitude)
        typed = places.get(index)
        if typed is not None and not typed.reads(row.get("place")):
            typed = None  # renamed again since: not what the row says now
        if index in points:
            lat, lon, point_name = points[index]
            values["latitude"], values["longitude"] = lat, lon
            if point_name and (_blank(row.get("place")) or row.get("place") == proposal.place):
                values["place"] = point_name
        if typed is not None:
            named_at = _typed_place(values, typed)
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
            named_at = (place.latitude, place.longitude)
        _country_of_point(values, named_at)
        weapons = values.get("weapons")
        if isinstance(weapons, str):
            values["weapons"] = [w.strip() for w in re.split(r"[,;]", weapons) if w.strip()]
        # (every path saves through here: Add report, extract --csv). Each sentence once first, then the
        # size limit: measured the other way, a sentence counted once per value it gave and a claim whose
        # sentences fit was cut (review of round 43: 4 of 8 sentences dropped from a 17 kB extra)
        values["extra"], note = fitted_extra(evidence_once(values.get("extra")))
        try:
            incident = Incident.create(**values)
            check_not_in_future(incident)
            results.append(RowResult(index, incident, None, note))
        except ValidationError as exc:
            results.append(RowResult(index, None, str(exc)))
    return results


def _typed_place(values: dict[str, Any], typed: RowPlace) -> tuple[Any, Any] | None:
    """A claim's region, country and gazetteer entry from the place typed for it (none when the name
    was not found: the old place's are not this point's); the place's point (None: no place)."""
    place = typed.place or {}
    values["admin1"], values["country"] = place.get("admin1") or None, place.get("country") or None
    extra = dict(values.get("extra") or {})
    extra.pop("place_key", None)
    if place.get("key"):
        extra["place_key"] = place["key"]
    values["extra"] = extra
    return (place.get("latitude"), place.get("longitude")) if typed.place is not None else None


def _same_point(a: tuple[Any, Any] | None, b: tuple[Any, Any]) -> bool:
    try:
        return a is not None and all(abs(float(x) - float(y)) < 1e-5 for x, y in zip(a, b))
    except (TypeError, ValueError):
        return False


def _country_of_point(values: dict[str, Any], named_at: tuple[Any, Any] | None) -> None:
    """A claim saved away from the place its country and region came from (``named_at``): the country
    of its own point by :func:`mapdata.curation.edits.country_of_point` (another only where the point is
    clearly inside it and the borders agreed with the old country at ``named_at``), and no region when
    the country changes (near a border, at sea, or with no point: as it is)."""
    point = (values.get("latitude"), values.get("longitude"))
    if _blank(point[0]) or _blank(point[1]) or _same_point(named_at, point):
        return
    old = normalize_country(values.get("country"))
    country = country_of_point(*point, old, named_at)
    if country is not None and country != old:
        values["country"] = country
        if old is not None:  # (a region of another country; with no country before, it may be this one's)
            values["admin1"] = None


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
