"""Add report's proposals grid and the points set outside it (a click on the preview map, a place
picked from the gazetteer's candidates) or by a place name typed into it (looked up at once): the
point is written into the grid's rows, so the grid shows what "Save" stores. So is the side the
conflict's profile gives a claimant typed into a row (``followed_sides``), unless the reviewer chose
the row's side by hand.

A Streamlit data editor keeps the edits of its key on top of the data it is given, and in the
installed Streamlit (1.67) a keyed grid with a fixed number of rows is the same grid while its key
and its layout (column names, types, row count) stay: the edits typed into it stay with it, over
new data. So the page writes a point, a looked-up place or a side into the rows the grid is given
(``written_into``) and the same grid shows it, the reviewer's edits kept on top (``with_edits``).
Round 42's walk lost edits to the former way, a new grid (a new key) for every write: an edit typed
while the new grid replaced the old one landed on the old one and was dropped. Only a write over a
cell the reviewer edited draws a new grid (``editor_key``'s revision), the one way to take that edit
out of the grid. Pure functions: the page keeps the state.

``ReviewState`` is that state as kept with the report's draft (fix54, :mod:`mapdata.store.drafts`): the proposals
read, the rows as edited and the points, names and sides the page set for them, as plain JSON and back, so a
reload, a new tab or a restarted app draws the review as it was left.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from mapdata.curation.edits import kept_precision
from mapdata.extract import ExtractionResult, Response
from mapdata.extract.dates import find_dates
from mapdata.extract.leftovers import Leftover
from mapdata.extract.proposal import Proposal
from mapdata.extract.review import RowPlace, same_name
from mapdata.extract.review import evidence_once as evidence_once  # (the shared review step's; re-exported)
from mapdata.extract.text import parse_header
from mapdata.model import GEO_PRECISIONS
from mapdata.profiles.profile import fold
from mapdata.store.drafts import plain, restored, rows_from_json, rows_to_json

Point = tuple[float, float, str | None]  # latitude, longitude, the place's name (None: the row's own)


def editor_key(digest: str, count: int, revision: int = 0) -> str:
    """The grid's key: a new grid for new proposals, for claims added to them, and for a cell the
    reviewer edited that the page wrote over (``revision``, see ``written_into``; the first grid of a
    reading has none)."""
    key = f"ar_editor_{digest[:10]}_{count:d}"
    return f"{key}_r{revision:d}" if revision else key


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(value != value)  # NaN, pandas' NA (whose comparison is NA itself: a TypeError)
    except TypeError:
        return True


def _same_value(a: Any, b: Any) -> bool:
    """Whether two cell values are the same (blanks alike, numbers by value)."""
    if _blank(a) or _blank(b):
        return _blank(a) and _blank(b)
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        return math.isclose(float(a), float(b), rel_tol=0.0, abs_tol=1e-9)
    return bool(a == b)


def _cell_value(column: str, value: Any, integers: Sequence[str]) -> Any:
    """An edited cell's value as the rows hold it (a count as an int, a blank as None)."""
    if _blank(value):
        return None
    if column in integers and isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    return value


def with_edits(
    rows: Sequence[Mapping[str, Any]],
    edits: Mapping[Any, Mapping[str, Any]] | None,
    integers: Sequence[str] = ("killed", "wounded"),
) -> list[dict[str, Any]]:
    """``rows`` (the rows the grid was given) with the grid's edits (its state's ``edited_rows``: row ->
    column -> value) on top: the rows as the reviewer sees them. Every other cell is kept."""
    out = [dict(row) for row in rows]
    for key, cells in (edits or {}).items():
        index = int(key)
        if 0 <= index < len(out) and isinstance(cells, Mapping):
            for column, value in cells.items():
                out[index][str(column)] = _cell_value(str(column), value, integers)
    return out


def written_into(
    base: Sequence[Mapping[str, Any]],
    seen: Sequence[Mapping[str, Any]],
    written: Sequence[Mapping[str, Any]],
    edits: Mapping[Any, Mapping[str, Any]] | None,
) -> tuple[list[dict[str, Any]], bool]:
    """The rows to give the grid once the page has written into its rows: ``base`` (the rows the grid
    was given) with each cell the page changed (``written``, from ``seen``: the rows as the reviewer
    saw them) set to the page's value; the reviewer's edits stay in the grid, on top. True when the
    page wrote over a cell the reviewer edited (``edits``): that edit would show over the page's
    value, so the grid must be drawn anew from ``written``."""
    out = [dict(row) for row in base]
    edited = {int(index): cells for index, cells in (edits or {}).items()}
    conflict = False
    for index, row in enumerate(written):
        if index >= len(out) or index >= len(seen):
            break
        for column, value in row.items():
            if _same_value(seen[index].get(column), value):
                continue
            out[index][column] = value
            conflict = conflict or column in (edited.get(index) or {})
    return out, conflict


def placed_rows(
    rows: Sequence[Mapping[str, Any]], index: int, point: Point, proposed_place: str | None, precision: str = "exact"
) -> list[dict[str, Any]]:
    """``rows`` (the grid's rows as the reviewer left them) with row ``index`` at ``point``: its
    latitude and longitude, and the point's place name where the save would write it (the row's
    place empty or still the one proposed, as ``mapdata.extract.review.rows_to_incidents`` does).
    Its location precision is ``precision``: for a point the user clicked, what the map's zoom let the
    click tell (``mapdata.mapview.candidates.clicked_precision``; walk43 found a clicked point saved as
    "region", walk47 one clicked on a map zoomed far out saved "exact"), a picked place's own precision. The save
    records the precision the grid shows. Every other cell and row is kept as it is."""
    latitude, longitude, name = point
    out = [dict(row) for row in rows]
    row = out[index]
    row["latitude"], row["longitude"] = float(latitude), float(longitude)
    row["geo_precision"] = precision
    if name and (_blank(row.get("place")) or row.get("place") == proposed_place):
        row["place"] = name
    return out


def _same(value: Any, coordinate: float) -> bool:
    if _blank(value):
        return False
    try:
        return math.isclose(float(value), float(coordinate), rel_tol=0.0, abs_tol=1e-7)
    except (TypeError, ValueError):
        return False


def typed_over(points: Mapping[int, Point], rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """The rows whose point the grid no longer shows: the reviewer has typed (or cleared) its
    latitude or longitude since, and what the grid shows is what is saved."""
    return [
        index
        for index, (latitude, longitude, _) in points.items()
        if index < len(rows)
        and not (_same(rows[index].get("latitude"), latitude) and _same(rows[index].get("longitude"), longitude))
    ]


def renamed(rows: Sequence[Mapping[str, Any]], names: Sequence[str | None]) -> list[int]:
    """The rows whose place the reviewer has renamed: no longer (a respelling aside) ``names[i]``, the
    name row i's point is the point of. Each is looked up again before the grid is shown as final
    (a walk-through's grid kept the old place's point and "place found" while the save stored
    the new name's point, 240 km away)."""
    return [
        index for index, row in enumerate(rows) if index < len(names) and not same_name(row.get("place"), names[index])
    ]


def moved_rows(
    rows: Sequence[Mapping[str, Any]], index: int, place: Mapping[str, Any] | None, found: bool = True
) -> list[dict[str, Any]]:
    """``rows`` with row ``index`` at ``place`` (a gazetteer entry: its point and ``found`` as "place
    found"; the row's location precision kept unless finer than the place can be, as a claim's
    edit keeps it), or with no point at all when ``place`` is None (a name not found, or one of
    several places to pick from): the grid then shows what the save would refuse, not the old
    place's point. Every other cell and row is kept as it is."""
    out = [dict(row) for row in rows]
    row = out[index]
    if place is None:
        row["latitude"] = row["longitude"] = None
        row["place found"] = False
        return out
    row["latitude"], row["longitude"] = round(float(place["latitude"]), 5), round(float(place["longitude"]), 5)
    row["place found"] = found
    own = row.get("geo_precision") if isinstance(row.get("geo_precision"), str) else None  # (none: a row unplaced)
    row["geo_precision"] = kept_precision(own, str(place.get("precision") or "exact"))
    return out


def _name(value: Any) -> str:
    return fold(value) if isinstance(value, str) else ""


def followed_sides(
    rows: Sequence[Mapping[str, Any]],
    seen: Sequence[Any],
    proposed: Sequence[tuple[Any, Any]],
    written: Mapping[int, Any],
    side_of: Callable[[str], str | None],
) -> dict[int, str | None]:
    """Row -> the reporting side to write into it, for each row whose claimant the reviewer has changed
    since ``seen[i]`` (the claimant last followed; case and spaces aside): the side ``side_of`` (the
    profile) gives the new claimant, or the proposal's own side when the claimant is the proposal's
    again (``proposed[i]``: its claimant and side); None where the side stays: the profile does not name
    the claimant, the side is that already, or the reviewer chose the side by hand (it is neither the
    proposal's nor the one this wrote, ``written[i]``). Walk40: a row's claimant changed to "Thai army",
    the profile's own voice of Thailand, kept the side "media" and was saved so."""
    sides: dict[int, str | None] = {}
    for index, row in enumerate(rows):
        if index >= len(seen) or index >= len(proposed):
            break
        claimant = row.get("claimant")
        if _name(claimant) == _name(seen[index]):
            continue
        own_claimant, own_side = proposed[index]
        side = row.get("reporting_side")
        target = side_of(claimant) if isinstance(claimant, str) and claimant.strip() else None
        if target is None and _name(claimant) == _name(own_claimant):
            target = own_side
        by_hand = not _blank(side) and side not in (own_side, written.get(index))
        sides[index] = None if by_hand or target is None or target == side else str(target)
    return sides


def turned_accused(row: Mapping[str, Any], side: str, opponent_of: Callable[[str], str | None]) -> str | None:
    """The accused side to write into ``row`` when the page sets its reporting side to ``side``: the
    profile's opponent of ``side`` (``opponent_of``) when the row accuses that very side, else None
    (the accused side stays). Walk41: claimant "Cambodian MoD" typed over an outlet accusing Cambodia
    took the side Cambodia and was saved as "Cambodian MoD [Cambodia], accuses Cambodia"."""
    accused = row.get("accused_side")
    if not isinstance(accused, str) or accused.strip() != side:
        return None
    return opponent_of(side) or None


# A headline's loss words, by the count they tell of: deaths, wounds.
_DEATH_WORDS = re.compile(
    r"\b(?:killed|kills|died|dies|dead|deaths?|martyred|martyrdom|perished|fatal(?:ly)?|lost (?:his|her|their) lives?)\b",
    re.I,
)
_WOUND_WORDS = re.compile(r"\b(?:wounded|wounds|injured|injures|injur(?:y|ies)|hurt)\b", re.I)


def _first_line(text: str) -> str:
    """The report's first line after its ``key: value`` header lines (url, published, outlet)."""
    _, body = parse_header(text)
    return next((" ".join(line.split()) for line in body.splitlines() if line.strip()), "")


def restated_headlines(leftovers: Sequence[Leftover], proposals: Sequence[Proposal], text: str) -> list[Leftover]:
    """The passed-over sentences that are the report's headline (its first sentence, or its first
    line) and only say again what a proposal says: the place one names, or the loss one states (a
    death, a wound; no other count), and no other place or loss. Such a sentence is used, not passed
    over: walk41's pasted report had "… Our soldier … died" as its headline, listed under "Sentences
    that tell of fire or losses but gave no claim" while a proposal held that death (the reader took
    the headline as no claim's evidence). A headline naming another place or another loss stays listed."""
    first = _first_line(text)
    restated = []
    for left in leftovers:
        if left.index != 0 and " ".join(left.sentence.split()) != first:
            continue
        place = next((d.place for d in left.proposals if d.place), None)
        deaths = bool(_DEATH_WORDS.search(left.sentence)) or any(d.killed for d in left.proposals)
        wounds = bool(_WOUND_WORDS.search(left.sentence)) or any(d.wounded for d in left.proposals)
        if not (place or deaths or wounds):
            continue
        killed = {d.killed for d in left.proposals if d.killed}
        wounded = {d.wounded for d in left.proposals if d.wounded}
        same_place = place is None or any(p.place and same_name(p.place, place) for p in proposals)
        same_deaths = not deaths or any(p.killed and (not killed or p.killed in killed) for p in proposals)
        same_wounds = not wounds or any(p.wounded and (not wounded or p.wounded in wounded) for p in proposals)
        if same_place and same_deaths and same_wounds:
            restated.append(left)
    return restated


def _has_point(row: Mapping[str, Any]) -> bool:
    return not _blank(row.get("latitude")) and not _blank(row.get("longitude"))


def unplaced_names(
    proposals: Sequence[Proposal], rows: Sequence[Mapping[str, Any]], typed: Mapping[int, Any]
) -> list[tuple[str, str]]:
    """(name, why) of the place names "Save" lists on the Gazetteer page as unresolved: a proposal's name
    the gazetteer lacks, and a name typed into the grid it lacks (``typed``: row -> ``RowPlace``), each only
    while its row has no point. A row the reviewer placed (a map click, a candidate picked, coordinates
    typed) is placed: round 42's walk saved a clicked point and still found the name listed as unresolved."""
    names: list[tuple[str, str]] = []
    for index, proposal in enumerate(proposals):
        if index < len(rows) and _has_point(rows[index]):
            continue
        listed = bool(proposal.place and not proposal.resolved)
        if listed:
            names.append((proposal.place, "not in the gazetteer"))
        found = typed.get(index)
        if listed and found is not None and same_name(found.name, proposal.place):
            continue  # (the reader's name, found only by a close spelling: listed once)
        if found is not None and found.name and found.place is None and (found.close or not found.candidates):
            names.append((found.name, "typed in the proposals grid; not in the gazetteer"))
    return names


def placed_unknown_names(
    proposals: Sequence[Proposal], rows: Sequence[Mapping[str, Any]], typed: Mapping[int, Any]
) -> list[tuple[str, float, float, str]]:
    """(name, latitude, longitude, precision) of the names the gazetteer lacks that the reviewer placed (a map
    click or coordinates typed) in a row ticked to save: remembered at that point, so the next report naming
    them is placed there (review of round 42: a click placed one claim and the name was unknown again next
    time), with the row's precision, the claim's (walk47: "exact" for the claim, "near" for the name)."""
    placed: list[tuple[str, float, float, str]] = []
    for index, proposal in enumerate(proposals):
        if index >= len(rows) or not _has_point(rows[index]) or not bool(rows[index].get("save")):
            continue
        found = typed.get(index)
        if found is not None and found.name:
            name = found.name if found.place is None and (found.close or not found.candidates) else None
        else:
            name = proposal.place if proposal.place and not proposal.resolved else None
        if name:
            own = rows[index].get("geo_precision")
            precision = own if isinstance(own, str) and own in GEO_PRECISIONS else "near"
            placed.append((name, float(rows[index]["latitude"]), float(rows[index]["longitude"]), precision))
    return placed


NO_PUBLISHED = "No publication date: relative dates"  # the start of the reader's warning (extract.pipeline)
_ANY_DAY = dt.date(2000, 1, 3)  # a publication date to count from: only whether a mention then has a day matters


def names_relative_day(text: str) -> bool:
    """Whether the text names a day only a publication date gives ("on Friday", "yesterday"), by the
    reader's own date finder: a mention without a day when read with none, with one when read with one."""
    for line in text.splitlines():
        bare = [(m.start, m.end) for m in find_dates(line, None) if m.date is None] if line.strip() else []
        if bare and set(bare) & {(m.start, m.end) for m in find_dates(line, _ANY_DAY) if m.date is not None}:
            return True
    return False


def without_stale_date_warning(warnings: Sequence[str], published: dt.date | None, text: str) -> list[str]:
    """The reader's warnings without "No publication date: relative dates … are left unknown" once it is
    not true: a publication date is now entered, or the text names no relative day (walk46: it stayed after
    the user typed a date, and showed over a report whose every date was absolute)."""
    if published is None and any(w.startswith(NO_PUBLISHED) for w in warnings) and names_relative_day(text):
        return list(warnings)
    return [w for w in warnings if not w.startswith(NO_PUBLISHED)]


def _known(kind: type, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values of ``kind``'s fields (a field added or dropped since they were kept is no failure)."""
    names = {f.name for f in dataclasses.fields(kind)}
    return {name: value for name, value in values.items() if name in names}


def _proposal(values: Any) -> Proposal:
    if not isinstance(values, dict):
        raise ValueError("a kept proposal is not an object")
    return Proposal(**_known(Proposal, values))


def _result_state(result: ExtractionResult) -> dict[str, Any]:
    return result.to_dict()  # (made plain JSON as the review is stored: mapdata.store.drafts.plain)


def _result_of(values: Any) -> ExtractionResult:
    """An :class:`ExtractionResult` kept as ``to_dict`` gives it, read back (ValueError, TypeError, KeyError when it
    is not one)."""
    if not isinstance(values, dict):
        raise ValueError("the kept reading is not an object")
    published = values.get("published")
    return ExtractionResult(
        proposals=[_proposal(p) for p in values["proposals"]],
        responses=[Response(**_known(Response, r)) for r in values.get("responses", [])],
        warnings=[str(w) for w in values.get("warnings", [])],
        published=dt.date.fromisoformat(published) if published else None,
        outlet=values.get("outlet"),
        url=values.get("url"),
        conflict=str(values["conflict"]),
        conflict_reason=str(values.get("conflict_reason", "")),
        leftovers=[
            Leftover(
                index=int(left["index"]),
                sentence=str(left["sentence"]),
                proposals=[_proposal(p) for p in left["proposals"]],
            )
            for left in values.get("leftovers", [])
        ],
    )


def _place_state(place: RowPlace) -> dict[str, Any]:
    return dataclasses.asdict(place)


def _place_of(values: Any) -> RowPlace:
    if not isinstance(values, dict):
        raise ValueError("a kept place is not an object")
    return RowPlace(
        name=str(values["name"]),
        place=values.get("place"),
        candidates=tuple(values.get("candidates") or ()),
        reason=str(values.get("reason", "")),
        close=bool(values.get("close", False)),
    )


# How each per-row map of the review is kept: (its value as JSON, its value read back)
_BY_ROW: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "points": (list, tuple),
    "named": (lambda v: v, lambda v: v),
    "typed": (_place_state, _place_of),
    "close": (_place_state, _place_of),
    "placed_by": (str, str),
    "claimants": (lambda v: v, lambda v: v),
    "sides_set": (list, tuple),
    "accused_set": (list, tuple),
}


@dataclasses.dataclass
class ReviewState:
    """Add report's review of one reading, as kept with the draft: ``key``, the reading's digest (the grid's key
    and the save's mark are made from it); the proposals read (with the claims added); the grid's rows as edited;
    per row (0-based), the point set by a click or a pick, the name that point is of, a place typed and how it was
    looked up, a close spelling offered, how the point was set, the claimant whose side was followed, the side and
    accused side the page set; whether the passed-over sentences were left open; the report's date read from its
    top (day, words)."""

    key: str
    result: ExtractionResult
    rows: list[dict[str, Any]]
    points: dict[int, Point] = dataclasses.field(default_factory=dict)
    named: dict[int, str | None] = dataclasses.field(default_factory=dict)
    typed: dict[int, RowPlace] = dataclasses.field(default_factory=dict)
    close: dict[int, RowPlace] = dataclasses.field(default_factory=dict)
    placed_by: dict[int, str] = dataclasses.field(default_factory=dict)
    claimants: dict[int, Any] = dataclasses.field(default_factory=dict)
    sides_set: dict[int, tuple] = dataclasses.field(default_factory=dict)
    accused_set: dict[int, tuple] = dataclasses.field(default_factory=dict)
    left_open: bool = False
    date_read: tuple[dt.date, str] | None = None

    def to_state(self) -> dict[str, Any]:
        """The review as plain JSON values (``drafts.plain``: a day tagged, NaN as null; TypeError for a value JSON
        cannot hold); a per-row map as a list of [row, value] pairs (JSON keys are text)."""
        state: dict[str, Any] = {
            "key": self.key,
            "result": _result_state(self.result),
            "rows": rows_to_json(self.rows),
            "left_open": self.left_open,
            "date_read": list(self.date_read) if self.date_read is not None else None,
        }
        for name, (keep, _) in _BY_ROW.items():
            state[name] = [[int(row), keep(value)] for row, value in getattr(self, name).items()]
        return plain(state)

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> ReviewState:
        """A review kept by :meth:`to_state`, read back. Raises ValueError (or TypeError, KeyError) for one that is
        not: another layout, rows that are not the proposals', a row number out of them."""
        values = restored(dict(state))
        result = _result_of(values["result"])
        rows = rows_from_json(values["rows"])
        if len(rows) != len(result.proposals):
            raise ValueError(f"{len(rows):d} rows kept for {len(result.proposals):d} proposals")
        by_row: dict[str, dict[int, Any]] = {}
        for name, (_, read) in _BY_ROW.items():
            pairs = values.get(name) or []
            by_row[name] = {int(row): read(value) for row, value in pairs}
            if any(not 0 <= row < len(rows) for row in by_row[name]):
                raise ValueError(f"{name}: a row the proposals do not have")
        date_read = values.get("date_read")
        if date_read is not None and not (isinstance(date_read[0], dt.date) and isinstance(date_read[1], str)):
            raise ValueError("date_read: not a day and its words")
        return cls(
            key=str(values["key"]),
            result=result,
            rows=rows,
            left_open=bool(values.get("left_open")),
            date_read=(date_read[0], date_read[1]) if date_read is not None else None,
            **by_row,
        )
