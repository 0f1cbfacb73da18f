"""Filtering: one filter state shared by every page, the URL, the CLI and exports.

``FilterState`` is plain data that round-trips through URL query parameters, so a link
reproduces a view (the app keeps the URL as the one place the state lives). ``apply_filters``
is a pure function over the incidents DataFrame. ``describe`` and ``file_stem`` say in words
(and in a file name) what a state narrows the data to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

import pandas as pd

from mapdata.claims import CLASH_STATUSES
from mapdata.geo.gazetteer import GeocodeResult
from mapdata.geo.names import fold
from mapdata.model import EVENT_TYPES, GEO_PRECISIONS, REVIEW_STATUSES
from mapdata.profiles import default_catalog
from mapdata.store.frames import rows_where

__all__ = [
    "CASUALTY_OPTIONS",
    "CHOICE_FILTERS",
    "DATE_BOUNDS",
    "FILTER_KEYS",
    "URL_KEYS",
    "ChoiceFilter",
    "FilterState",
    "apply_filters",
    "date_problem",
    "date_span",
    "dates_in_order",
    "describe",
    "file_stem",
    "filters_hiding",
    "ignored_values",
    "outlet_key",
    "outlet_name",
    "outlets",
    "place_spellings",
    "search_text",
    "source_options",
    "text_mask",
    "without_filters",
    "without_ignored",
]

# "Any killed" / "any wounded": claims that state at least one person killed / wounded.
CASUALTY_OPTIONS: tuple[str, ...] = ("killed", "wounded")
MAX_TEXT = 200  # characters of free-text search kept from a URL or the search box


def search_text(given: str) -> str:
    """The search a text gives (a link's ``q``, the search box's): its words one space apart, at most
    :data:`MAX_TEXT` characters (cut ones end on no space)."""
    return " ".join(given.split())[:MAX_TEXT].rstrip()


# The first and last day a date filter may be set to: every day a claim may have (mapdata.model
# checks a year 1900..2100), not only the days the stored claims span. A ceasefire's real start
# (2025-07-20) before the first claim (2025-07-24) was refused by the sidebar (walk40); the CLI takes it.
DATE_BOUNDS: tuple[dt.date, dt.date] = (dt.date(1900, 1, 1), dt.date(2100, 12, 31))


@dataclass(frozen=True)
class ChoiceFilter:
    """A filter that keeps rows whose column holds one of the chosen values (empty = no restriction).

    One entry per such filter drives the URL round trip, the description and the file name,
    so adding a multiple-choice filter is one field of ``FilterState`` plus one entry here
    (and the column test in ``apply_filters`` when it is not a plain ``isin``).
    """

    field: str  # the FilterState attribute
    url_key: str  # the query parameter (repeated for several values)
    label: str  # how pages name it
    # Values a URL may carry (a function: read when a URL is, e.g. every conflict's sides); None = any text.
    allowed: tuple[str, ...] | Callable[[], tuple[str, ...]] | None = None

    def accepts(self, value: str) -> bool:
        allowed = self.allowed() if callable(self.allowed) else self.allowed
        return allowed is None or value in allowed


CHOICE_FILTERS: tuple[ChoiceFilter, ...] = (
    ChoiceFilter("sides", "side", "Reporting side", lambda: default_catalog().reporting_sides),
    ChoiceFilter("sources", "source", "Source"),
    ChoiceFilter("event_types", "type", "Event type", EVENT_TYPES),
    ChoiceFilter("casualties", "casualties", "Casualties stated", CASUALTY_OPTIONS),
    ChoiceFilter("precisions", "precision", "Location precision", GEO_PRECISIONS),
    ChoiceFilter("clash_statuses", "status", "Clash status", CLASH_STATUSES),
    ChoiceFilter("review", "review", "Review status", REVIEW_STATUSES),
)
# Every query parameter a FilterState reads or writes (pages keep other parameters as they are).
# ("contested=1" is read from links made before clash statuses, and cleared.)
URL_KEYS: tuple[str, ...] = (
    "conflict",
    "from",
    "to",
    *(c.url_key for c in CHOICE_FILTERS),
    "q",
    "contested",
    "retracted",
)
# The keys a link's filters are written with, as a note names them (the old "contested" aside).
FILTER_KEYS: tuple[str, ...] = tuple(key for key in URL_KEYS if key != "contested")


@dataclass(frozen=True)
class FilterState:
    """What the user narrowed the data to. Empty selections mean "no restriction"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sides: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    casualties: tuple[str, ...] = ()  # subset of CASUALTY_OPTIONS: any of them stated (≥ 1)
    precisions: tuple[str, ...] = ()
    text: str = ""
    clash_statuses: tuple[str, ...] = ()  # single source / corroborated / contested / denied
    review: tuple[str, ...] = ()  # review statuses to keep (people's verdicts, not the clash status)
    show_retracted: bool = False  # also show retracted claims (the frame must have been read with them)
    conflict: str = ""  # a profile id: only that conflict's claims ("" = every conflict)

    # -- URL round trip -------------------------------------------------------------
    def to_query(self) -> dict[str, str | list[str]]:
        """Query parameters for this state (only what differs from the default)."""
        query: dict[str, str | list[str]] = {}
        if self.conflict:
            query["conflict"] = self.conflict
        if self.date_from:
            query["from"] = self.date_from.isoformat()
        if self.date_to:
            query["to"] = self.date_to.isoformat()
        for choice in CHOICE_FILTERS:
            values = getattr(self, choice.field)
            if values:
                query[choice.url_key] = list(values)
        if self.text:
            query["q"] = self.text
        if self.show_retracted:
            query["retracted"] = "1"
        return query

    @classmethod
    def from_query(cls, query: Mapping[str, object]) -> FilterState:
        """Parse query parameters leniently: a malformed value is ignored, never fatal.

        The dates are kept as the link gives them, even the wrong way round (see :meth:`in_order`)."""

        def values(key: str) -> list[str]:
            return _query_values(query, key)

        def day(key: str) -> dt.date | None:
            return next((_day(value) for value in values(key)), None)

        choices = {c.field: tuple(dict.fromkeys(v for v in values(c.url_key) if c.accepts(v))) for c in CHOICE_FILTERS}
        if (values("contested") or ["0"])[0] in {"1", "true", "yes"}:  # links from before clash statuses
            wanted = {*choices["clash_statuses"], "contested"}
            choices["clash_statuses"] = tuple(s for s in CLASH_STATUSES if s in wanted)
        return cls(
            conflict=next((c for c in values("conflict") if c in default_catalog()), ""),
            date_from=day("from"),
            date_to=day("to"),
            text=search_text((values("q") or [""])[0]),
            show_retracted=(values("retracted") or ["0"])[0] in {"1", "true", "yes"},
            **choices,
        )

    def with_changes(self, **changes: Any) -> FilterState:
        return replace(self, **changes)

    @property
    def dates_reversed(self) -> bool:
        """True when the range ends before it starts (a link's ``from=2020-12-31&to=2020-01-01``)."""
        return self.date_from is not None and self.date_to is not None and self.date_from > self.date_to

    def in_order(self) -> FilterState:
        """The state with a reversed date range read in order (the two dates swapped).

        A link's ``from=2020-12-31&to=2020-01-01`` showed no claim, a date picker of 2020-12-31 to
        2020-12-31 and a banner of "2020-12-31 to 2020-01-01" (walk34): the pages read the range as
        the year it names, and say so (:attr:`dates_reversed` of the state the link gave)."""
        return replace(self, date_from=self.date_to, date_to=self.date_from) if self.dates_reversed else self

    @property
    def is_default(self) -> bool:
        """True when nothing is narrowed (every incident shown)."""
        return self == FilterState()


def dates_in_order(query: Mapping[str, object]) -> dict[str, str] | None:
    """The ``from`` and ``to`` a link with a reversed date range is to say instead (the two swapped,
    as :meth:`FilterState.in_order` reads them), or None when its dates are in order, or not both there.

    A page read ``?from=2023-05-12&to=2023-05-10`` as 10 to 12 May and kept the reversed pair in its
    address, so a copied link said other than what the page showed (walk41)."""
    linked = FilterState.from_query(query)
    if not linked.dates_reversed or linked.date_from is None or linked.date_to is None:
        return None
    return {"from": linked.date_to.isoformat(), "to": linked.date_from.isoformat()}


def _query_values(query: Mapping[str, object], key: str) -> list[str]:
    """The non-blank values of ``key`` in ``query`` (one value or a list of them)."""
    raw = query.get(key)
    if raw is None:
        return []
    if isinstance(raw, (list, tuple)):
        return [str(v) for v in raw if str(v).strip()]
    return [str(raw)] if str(raw).strip() else []


def _day(value: str) -> dt.date | None:
    """A URL's date (its first 10 characters, YYYY-MM-DD), or None when they are not one or it is
    outside ``DATE_BOUNDS`` (the date field refuses 1899-12-31; a link gave it, walk41)."""
    return None if date_problem(value) else dt.date.fromisoformat(value.strip()[:10])


def date_problem(value: str) -> str | None:
    """Why a link's date is not read ("not a date: YYYY-MM-DD", or outside ``DATE_BOUNDS``), else None."""
    try:
        day = dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return "not a date: YYYY-MM-DD"
    first, last = DATE_BOUNDS
    if not first <= day <= last:
        return f"outside {first.isoformat()} to {last.isoformat()}"
    return None


def ignored_values(query: Mapping[str, object], other_keys: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The (key, value) pairs of ``query`` that :meth:`FilterState.from_query` reads past: a date
    that is none (``from=2020-13-45``), a conflict, side, event type … the tool does not know,
    then each key that is no filter's and none of ``other_keys`` (the keys the pages read and write
    besides the filters, e.g. ``claim``), with each of its values (``""`` when it has none).
    A page names them, so a mistyped link does not silently show everything (walk9): a key such as
    ``start=2020-13-45`` was dropped without a word (walk34)."""
    ignored = [("conflict", c) for c in _query_values(query, "conflict") if c not in default_catalog()]
    ignored += [(key, v) for key in ("from", "to") for v in _query_values(query, key) if _day(v) is None]
    for choice in CHOICE_FILTERS:
        ignored += [(choice.url_key, v) for v in _query_values(query, choice.url_key) if not choice.accepts(v)]
    known = {*URL_KEYS, *other_keys}
    for key in query:
        if key not in known:
            ignored += [(key, v) for v in _query_values(query, key) or [""]]
    return ignored


def without_ignored(query: Mapping[str, object], other_keys: Iterable[str] = ()) -> dict[str, list[str]] | None:
    """``query`` as the address is to say it once :func:`ignored_values` are taken out (the values a
    page did not apply: ``from=2024-13-45``, ``side=Narnia``, a key of no filter), each key with its
    other values in their order; None when nothing is ignored. A page named such a value above the
    view and kept it in its address, so a link copied from the page said other than what it showed
    (walk42 item 20)."""
    ignored = ignored_values(query, other_keys)
    if not ignored:
        return None
    dropped: dict[str, list[str]] = {}
    for key, value in ignored:
        dropped.setdefault(key, []).append(value)
    kept: dict[str, list[str]] = {}
    for key in query:
        raw = query[key]
        values = [str(v) for v in raw] if isinstance(raw, (list, tuple)) else [str(raw)]
        gone = dropped.get(key, [])
        left = [v for v in values if v not in gone and not (v == "" and "" in gone)]
        if key in dropped and not any(v.strip() for v in left):
            continue
        if left:
            kept[key] = left
    return kept


def date_span(frame: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last incident date, or None for an empty frame."""
    dates = frame["date"].dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


# "The Nation Thailand (nationthailand.com)": a pasted report's outlet with its site, the same
# outlet as "The Nation Thailand" of another claim
_SITE_SUFFIX = re.compile(r"\s*\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\)\s*$", re.I)


def _spelling_key(name: str) -> str:
    """One key for a body's spellings: folded, and "defense" as "defence" (both are written)."""
    return fold(name).replace("defense", "defence")


_BODIES: tuple[object, dict[str, str]] | None = None  # (the catalog, spelling key -> the body's name)


def _bodies() -> dict[str, str]:
    """Every spelling of an official voice or monitor the conflict profiles name -> its one name
    (the profile's claimant: "Ministry of Defence of Armenia" -> "Armenian MoD"); made once per catalog."""
    global _BODIES
    catalog = default_catalog()
    if _BODIES is None or _BODIES[0] is not catalog:
        found: dict[str, str] = {}
        for profile in catalog:
            for party in profile.parties:
                for voice in party.voices:
                    for name in (voice.claimant, *voice.names):
                        found.setdefault(_spelling_key(name), voice.claimant)
            for third in profile.third_parties:
                for name in (third.claimant, *third.names):
                    found.setdefault(_spelling_key(name), third.claimant)
        _BODIES = (catalog, found)
    return _BODIES[1]


def outlet_name(source: str) -> str:
    """A source as the filter offers it: without a trailing "(site.tld)", and a body the conflict
    profiles know by one name whatever the spelling ("Ministry of Defence of Armenia" and "Armenian
    MoD" are both "Armenian MoD"). Only the filter's grouping: a claim's source stays as written."""
    name = _SITE_SUFFIX.sub("", source)
    return _bodies().get(_spelling_key(name), name)


def outlets(source: str) -> list[str]:
    """The outlets a source names, each as :func:`outlet_name` gives it: ACLED joins several with ";"
    ("RFE/RL; Ministry of Defence of Armenia" is two outlets, each chosen on its own)."""
    names = (outlet_name(part.strip()) for part in source.split(";"))
    return list(dict.fromkeys(name for name in names if name))


# "PanARMENIAN.Net": a web address's generic ending, written by some claims and not by others
# ("Panarmenian"); a country's ending stays, ACLED writes it as part of the name ("News Am", "Day Az").
_WEB_ENDING = re.compile(r"\.(?:net|com|org|info)$", re.I)
_NOT_A_LETTER = re.compile(r"[\W_]+")


def outlet_key(name: str) -> str:
    """One key for an outlet's spellings (as :func:`outlet_name` gives them): case, accents,
    punctuation and spaces aside, and without a generic web ending, so "PanARMENIAN.Net" and
    "Panarmenian" are one outlet, "News.am" and "News Am" another (walk6: two Source options)."""
    folded = fold(_WEB_ENDING.sub("", name.strip()))
    return _NOT_A_LETTER.sub("", folded) or folded


def source_options(frame: pd.DataFrame) -> list[str]:
    """Distinct outlets (a combined source split into its outlets, each without its site; the
    spellings of one outlet as one option, under its most frequent spelling), most frequent first
    (what the source multiselect offers). Counted over the distinct values, not per row."""
    totals: dict[str, int] = {}
    spellings: dict[str, dict[str, int]] = {}
    for source, count in frame["source"].dropna().value_counts().items():
        for name in outlets(str(source)):
            key = outlet_key(name)
            totals[key] = totals.get(key, 0) + int(count)
            written = spellings.setdefault(key, {})
            written[name] = written.get(name, 0) + int(count)
    shown = {key: min(written, key=lambda name: (-written[name], name)) for key, written in spellings.items()}
    return [shown[key] for key in sorted(totals, key=lambda key: -totals[key])]


def _sources_named(frame: pd.DataFrame, chosen: Iterable[str]) -> list[str]:
    """Every stored source naming an outlet chosen, in any of its spellings ("X" picks "X (x.com)",
    "Y; X" and "X.net" too)."""
    wanted = {outlet_key(name) for c in chosen for name in outlets(c)}
    return [
        s
        for s in frame["source"].dropna().unique()
        if not wanted.isdisjoint(outlet_key(name) for name in outlets(str(s)))
    ]


def text_mask(frame: pd.DataFrame, text: str, synonyms: Mapping[str, tuple[str, ...]] | None = None) -> pd.Series:
    """Rows whose place, claimant, source or summary contain every word of ``text``.

    ``synonyms`` maps a folded word or phrase of the search to other spellings that also
    match (e.g. ``{"zod": ("sotk",)}`` from the gazetteer and the user's aliases): a row
    matches that word when it contains the word or any of its spellings.
    """
    words = [w for w in text.casefold().split() if w]
    mask = pd.Series(True, index=frame.index)
    if not words:
        return mask
    haystack = (
        frame["place"].fillna("").astype(str)
        + " \u0000 "
        + frame["claimant"].fillna("").astype(str)
        + " \u0000 "
        + frame["source"].fillna("").astype(str)
        + " \u0000 "
        + frame["summary"].fillna("").astype(str)
    ).str.casefold()
    spellings = {k.casefold(): tuple(s.casefold() for s in v if s.strip()) for k, v in (synonyms or {}).items()}
    phrase = " ".join(words)
    if phrase in spellings and len(words) > 1:
        # A multi-word place name ("Nerkin Karmiraghbyur") with spellings of its own: the
        # phrase or one of its spellings, rather than every word apart.
        return _any_contains(haystack, phrase, spellings[phrase])
    for word in words:
        mask &= _any_contains(haystack, word, spellings.get(word, ()))
    return mask


MAX_SPELLINGS = 24  # other spellings of one searched place (bounds the search's cost per word)
_PLACE_KINDS_NOT_SEARCHED = frozenset({"country"})  # "Armenian" must not widen to every row saying "Armenia"


def place_spellings(text: str, geocode: Callable[[str], GeocodeResult]) -> dict[str, tuple[str, ...]]:
    """Other spellings of the place names in a search, for :func:`text_mask`'s ``synonyms``.

    ``geocode`` is the offline gazetteer with the user's aliases (``Zod`` → Sotk). The whole
    search and each word of it are looked up; a lookup counts only when the user's alias
    says so or the searched text is itself one of the place's names (so "fire" or "army"
    never widen a search by a fuzzy match). Countries are left out.
    """
    words = [w for w in text.casefold().split() if len(w) >= 3]
    phrases = list(dict.fromkeys([" ".join(text.casefold().split()), *words]))
    spellings: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        if not phrase or len(phrase) > 80:
            continue
        result = geocode(phrase)
        place = result.place
        if not result.found or place is None or place.kind in _PLACE_KINDS_NOT_SEARCHED:
            continue
        names = [place.name, *place.alternate_names]
        if result.source != "alias" and fold(phrase) not in {fold(n) for n in names}:
            continue
        others = [n.casefold() for n in dict.fromkeys(names) if len(n) >= 3 and n.casefold() != phrase]
        if others:
            spellings[phrase] = tuple(others[:MAX_SPELLINGS])
    return spellings


def _any_contains(haystack: pd.Series, word: str, spellings: tuple[str, ...] = ()) -> pd.Series:
    """``word`` anywhere (a prefix finds "Sotk–Kalbajar"), or one of its other spellings as a whole word
    ("Tavus", a spelling of Tovuz, must not find "Tavush")."""
    found = haystack.str.contains(word, regex=False)
    others = [s for s in dict.fromkeys(spellings) if s != word]
    if others:
        # Literal alternatives between non-word boundaries: linear in the text, no backtracking blow-up.
        pattern = r"(?<!\w)(?:" + "|".join(re.escape(s) for s in others) + r")(?!\w)"
        found |= haystack.str.contains(pattern, regex=True)
    return found


def apply_filters(
    frame: pd.DataFrame,
    state: FilterState,
    clash_status: pd.Series | None = None,
    *,
    synonyms: Mapping[str, tuple[str, ...]] | None = None,
) -> pd.DataFrame:
    """The rows of ``frame`` that ``state`` lets through (a pure function; input untouched).

    ``clash_status`` is each row's clash status (``mapdata.claims.find_clashes``, indexed like
    ``frame``); it is only consulted when ``state.clash_statuses`` is set. ``synonyms`` are
    other spellings of the search words (see :func:`text_mask`).
    """
    mask = pd.Series(True, index=frame.index)
    if state.conflict and "conflict" in frame:
        mask &= frame["conflict"] == state.conflict
    if state.date_from is not None:
        mask &= frame["date"] >= pd.Timestamp(state.date_from)
    if state.date_to is not None:
        mask &= frame["date"] < pd.Timestamp(state.date_to) + pd.Timedelta(days=1)
    if state.sides:
        mask &= frame["reporting_side"].isin(state.sides)
    if state.sources:
        mask &= frame["source"].isin(_sources_named(frame, state.sources))
    if state.event_types:
        mask &= frame["event_type"].isin(state.event_types)
    if state.precisions:
        mask &= frame["geo_precision"].isin(state.precisions)
    if state.casualties:
        stated = pd.Series(False, index=frame.index)
        for column in state.casualties:
            stated |= pd.to_numeric(frame[column], errors="coerce").fillna(0).gt(0).to_numpy()
        mask &= stated
    if state.text:
        mask &= text_mask(frame, state.text, synonyms)
    if state.clash_statuses and clash_status is not None:
        mask &= clash_status.reindex(frame.index).isin(state.clash_statuses).to_numpy()
    if state.review and "review_status" in frame:
        mask &= frame["review_status"].isin(state.review)
    if not state.show_retracted and "retracted_at" in frame:
        mask &= frame["retracted_at"].isna()
    return rows_where(frame, mask)


def filters_hiding(
    rows: pd.DataFrame,
    state: FilterState,
    clash_status: pd.Series | None = None,
    *,
    synonyms: Mapping[str, tuple[str, ...]] | None = None,
) -> FilterState:
    """The part of ``state`` that hides every row of ``rows`` (a claim, usually): each active filter
    that leaves none of them through on its own, the others at their default.

    The filters are one AND of independent conditions, so ``state`` with these filters cleared
    (:func:`without_filters`) shows the rows again and keeps every filter that does not hide them.
    A claim open beside the map that the filters hide said nothing of it (review43 item 5)."""
    hiding: dict[str, Any] = {}
    default = FilterState()
    for field in fields(FilterState):
        value = getattr(state, field.name)
        if value == getattr(default, field.name) or field.name == "show_retracted":
            continue
        alone = replace(default, **{field.name: value})
        if apply_filters(rows, alone, clash_status, synonyms=synonyms).empty:
            hiding[field.name] = value
    if "date_from" in hiding or "date_to" in hiding:  # one filter, the range: said and cleared whole
        hiding.update(date_from=state.date_from, date_to=state.date_to)
    return replace(default, **hiding)


def without_filters(state: FilterState, hiding: FilterState) -> FilterState:
    """``state`` with every filter set in ``hiding`` cleared (see :func:`filters_hiding`)."""
    default = FilterState()
    cleared = {
        f.name: getattr(default, f.name)
        for f in fields(FilterState)
        if getattr(hiding, f.name) != getattr(default, f.name)
    }
    return replace(state, **cleared)


# -- saying what a state shows ---------------------------------------------------------------


def describe(state: FilterState) -> list[tuple[str, str]]:
    """Every active filter as (what, value) in words, in the order the sidebar shows them."""
    parts: list[tuple[str, str]] = []
    if state.conflict:
        profile = default_catalog().get(state.conflict)
        parts.append(("Conflict", profile.title if profile else state.conflict))
    if state.date_from or state.date_to:
        first = state.date_from.isoformat() if state.date_from else "the first claim"
        last = state.date_to.isoformat() if state.date_to else "the last claim"
        parts.append(("Dates", first if state.date_from == state.date_to else f"{first} to {last}"))
    for choice in CHOICE_FILTERS:
        values = getattr(state, choice.field)
        if values:
            words = [f"any {v}" for v in values] if choice.field == "casualties" else list(values)
            parts.append((choice.label, " or ".join(words) if choice.field == "casualties" else ", ".join(words)))
    if state.text:
        parts.append(("Search", state.text))
    if state.show_retracted:
        parts.append(("Retracted claims", "shown too"))
    return parts


_UNSAFE_IN_NAME = re.compile(r"[^A-Za-z0-9]+")
MAX_STEM = 120


def file_stem(state: FilterState, shown: pd.DataFrame) -> str:
    """A download's file name (without extension) that says what it holds.

    The date filter (only when one is set: the span of the claims in a name read as a filter,
    walk40) and every other active filter, in ASCII letters, digits and hyphens: e.g.
    ``ceasefire-incidents_2020-09-27_to_2020-11-09_side-Armenia_type-shelling``, one date alone as
    ``from-2020-09-27`` or ``to-2020-11-09``; nothing narrowed at all is ``ceasefire-incidents_all``.
    Long filter lists (many sources, a long search) are cut and end in ``-etc``.
    """
    first, last = state.date_from, state.date_to
    pieces = ["ceasefire-incidents", _slug(state.conflict) if state.conflict else ""]
    if first and last:
        pieces.append(first.isoformat() if first == last else f"{first.isoformat()}_to_{last.isoformat()}")
    elif first:
        pieces.append(f"from-{first.isoformat()}")
    elif last:
        pieces.append(f"to-{last.isoformat()}")
    if not len(shown):
        pieces.append("none")
    for choice in CHOICE_FILTERS:
        values = getattr(state, choice.field)
        if values:
            pieces.append(choice.url_key + "-" + "-".join(_slug(v) for v in values))
    if state.text:
        pieces.append("search-" + _slug(state.text))
    if state.show_retracted:
        pieces.append("with-retracted")
    if not any(pieces[1:]):  # nothing narrowed: every claim
        pieces.append("all")
    stem = "_".join(p for p in pieces if p)
    return stem if len(stem) <= MAX_STEM else stem[: MAX_STEM - 4].rstrip("-_") + "-etc"


def _slug(text: str) -> str:
    return _UNSAFE_IN_NAME.sub("-", text).strip("-")[:40] or "x"
