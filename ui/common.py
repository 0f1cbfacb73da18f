"""Cached access to the store and the one filter state every page shares.

The URL is the one place the filter state lives: every page reads it from the query
parameters on every run, the sidebar's widgets are set from it before they are drawn, and a
widget's change writes the URL (in its callback, before the page runs). So a page switch
(the page links carry the parameters), a reload, a shared link and the browser's Back and
Forward buttons all show the same filters as the URL says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from mapdata.claims import CLASH_STATUSES, STATUS_RULE, Clashes
from mapdata.claims.cache import CLASHES_SUFFIX, cached_clashes
from mapdata.errors import MapdataError, StoreError
from mapdata.filters import (
    CASUALTY_OPTIONS,
    CHOICE_FILTERS,
    DATE_BOUNDS,
    FILTER_KEYS,
    MAX_TEXT,
    URL_KEYS,
    FilterState,
    apply_filters,
    date_problem,
    date_span,
    dates_in_order,
    describe,
    ignored_values,
    place_spellings,
    search_text,
    source_options,
    without_ignored,
)
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.placebook import PlaceBook
from mapdata.model import EVENT_TYPES, GEO_PRECISIONS, REVIEW_STATUSES
from mapdata.profiles import Profile, default_catalog
from mapdata.safety import counted, escape_markdown, summary_of
from mapdata.store import STAMP_ATTR, Store, default_db_path
from mapdata.store.bundled import LiveExamples, bundled_conflicts
from mapdata.store.frames import rows_where
from ui.downloads import turn_off_grid_export
from ui.timing import step

# Sidebar widget keys. Their values are set from the URL's state on every run.
DATES, SIDES, SOURCES, TYPES, CASUALTIES, PRECISIONS, TEXT, STATUS, REVIEW, RETRACTED = (
    "flt_dates",
    "flt_sides",
    "flt_sources",
    "flt_types",
    "flt_casualties",
    "flt_precisions",
    "flt_text",
    "flt_status",
    "flt_review",
    "flt_retracted",
)
CONFLICT = "flt_conflict"
# The FilterState fields whose widgets are under "More filters", in its order: any of them set opens it.
_MORE_FILTERS = ("sources", "event_types", "casualties", "precisions", "clash_statuses", "review", "show_retracted")
_PARTIAL_DATES = "_flt_partial_dates"  # the state a half-picked date range was started from
_SWAPPED = "_flt_dates_swapped"  # (the page, the dates as given, the dates in order) of the last range swapped
_TEXT_CUT = "_flt_text_cut"  # (the search kept, the length of the text given) of the last search cut to MAX_TEXT
_LINK_CUT = "_flt_link_search_cut"  # (the page, the search kept, the length the address gave) of a link's cut search
_UNREAD = "_flt_unread"  # (the page, the values named, the filters then) of the last address cleaned
CASUALTY_LABELS = {"killed": "anyone killed", "wounded": "anyone wounded"}
# The clash status filter's help: the rule behind each status, as the legend names it.
STATUS_HELP = "Status of the clash a claim belongs to. " + " ".join(
    f"{status.capitalize()}: {rule}." for status, rule in STATUS_RULE.items()
)


@st.cache_resource(show_spinner=False)
def _store_at(path: str) -> Store:
    return Store(path)


def get_store() -> Store:
    """The store named by ``MAPDATA_DB`` (or the default file); stops the page with a message if unusable.

    Every page that shows data opens the store first (a page URL loaded directly runs without
    app.py), so this is also where the grids' unguarded export is switched off.
    """
    turn_off_grid_export()
    path = str(default_db_path())
    try:
        store = _store_at(path)
        if not isinstance(store, Store):
            # Made by the app's modules before Streamlit imported them anew (its file watcher on, a file
            # changed: .streamlit/config.toml): its errors are not the classes the pages catch, and came
            # out as tracebacks (walk48). A store of the code running now, for every cached read too.
            _store_at.clear()
            store = _store_at(path)
    except StoreError as exc:
        st.error(f"The incident database cannot be opened: {escape_markdown(exc)}")
        st.stop()
        raise  # unreachable; keeps type checkers happy
    if store.read_only:
        st.sidebar.warning(
            f"Read-only database ({escape_markdown(store.read_only_reason)}): you can look, but changes cannot be saved."
        )
    return store


@st.cache_resource(show_spinner="Loading incidents…", max_entries=4)
def _frame_at(path: str, version: int, include_retracted: bool = False) -> pd.DataFrame:
    # cache_resource, not cache_data: no copy of 100,000 rows on every rerun. Every caller
    # treats the frame as read-only (filters are pure functions returning new frames).
    return _store_at(path).frame(include_retracted=include_retracted)


def load_incidents(include_retracted: bool = False) -> pd.DataFrame:
    """All (live) incidents, cached until the next write to the database (keyed on its data version)."""
    store = get_store()
    try:
        return _frame_at(str(store.path), store.data_version(), include_retracted)
    except StoreError as exc:
        st.error(f"The incident database cannot be read: {escape_markdown(exc)}")
        st.stop()
        raise


@st.cache_data(show_spinner=False, max_entries=4)
def _examples_at(path: str, version: int) -> tuple[int, int]:
    # a plain tuple: cache_data pickles what it keeps, and a class of ours is another object once
    # Streamlit has reloaded a changed module ("Can't pickle <class LiveExamples>")
    claims, batches = _store_at(path).live_examples()
    return claims, batches


def live_examples() -> LiveExamples:
    """The bundled example claims the database holds now, counted once per data version (every write
    is a new one: a retracted example batch is no longer counted)."""
    store = get_store()
    return LiveExamples(*_examples_at(str(store.path), store.data_version()))


def data_changed() -> None:
    """Call after a write so every page reloads; the data-version key already does the rest."""
    _frame_at.clear()


# -- the shared filter state (kept in the URL) -------------------------------------------------


def _query_dict() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def current_filters() -> FilterState:
    """The shared filter state, as the URL says it (a reversed date range read in order: the picker,
    the "Filtered:" line, the count and the page links all show the range swapped, :func:`unread_note`
    says so)."""
    return FilterState.from_query(_query_dict()).in_order()


def filter_query(state: FilterState | None = None) -> dict[str, str | list[str]]:
    """The query parameters that carry ``state`` (default: the current one) to another page."""
    return (state or current_filters()).to_query()


def set_filters(state: FilterState) -> None:
    """Make ``state`` the shared filter state: write it into the URL (other parameters stay).

    Writes only when it changes something, so the browser history gets one entry per change.
    """
    wanted = {k: v if isinstance(v, list) else [v] for k, v in state.to_query().items()}
    present = {k: st.query_params.get_all(k) for k in URL_KEYS if k in st.query_params}
    if wanted == present:
        return
    for key in URL_KEYS:
        if key in st.query_params and key not in wanted:
            del st.query_params[key]
    for key, values in wanted.items():
        if present.get(key) != values:
            st.query_params[key] = values


def clear_filters() -> None:
    """Show everything again (the "Clear all filters" button)."""
    set_filters(FilterState())


def clear_dates() -> None:
    """Every date again, the other filters kept (the "Clear the dates" button)."""
    set_filters(current_filters().with_changes(date_from=None, date_to=None))


# The ways back to the full view (walk42 item 17), two kinds, each named alike on every page:
# - a filter narrows what every page shows and lives in the address: undone in the filter line under
#   the page's title ("Clear the dates", "Clear all filters", :func:`active_filters`), on every page
#   that shows incidents (the Timeline had its own "Show all dates" below that line);
# - the claim a page has open (the Map's details, the Table's ticked row) is what you are reading, not a
#   filter: closed where it is shown, by "Close this claim" (:func:`close_claim_button`), on both pages.
CLOSE_CLAIM = "Close this claim"


def close_claim_button(
    on_click: Callable[..., None], args: tuple = (), key: str = "close_claim", help: str = ""
) -> None:
    """The button that closes the claim a page shows in full; ``help`` says what else it does."""
    st.button(
        CLOSE_CLAIM,
        icon=":material/close:",
        key=key,
        on_click=on_click,
        args=args,
        help=" ".join(["Closes the claim; the filters stay as they are.", help]).strip(),
    )


def _with_present(values: Sequence[str], chosen: Sequence[str]) -> list[str]:
    """Options for a multiselect: the values present, plus any the URL chose that are not (shown, removable)."""
    return list(values) + [v for v in chosen if v not in values]


def chosen_profile(state: FilterState) -> Profile | None:
    """The profile of the conflict the sidebar shows, None for "all conflicts"."""
    return default_catalog().get(state.conflict) if state.conflict else None


def _options(frame: pd.DataFrame, state: FilterState) -> dict[str, list[str]]:
    """Widget options from the claims of the chosen conflict (``frame`` is narrowed to it)."""
    profile = chosen_profile(state)
    known = profile.reporting_sides if profile else default_catalog().reporting_sides
    present_sides = set(frame["reporting_side"].dropna().unique())
    present_types = set(frame["event_type"].dropna().unique())
    present_precisions = set(frame["geo_precision"].dropna().unique())
    return {
        SIDES: _with_present([s for s in known if s in present_sides] or list(known), state.sides),
        SOURCES: _with_present(source_options(frame), state.sources),
        TYPES: _with_present([t for t in EVENT_TYPES if t in present_types], state.event_types),
        CASUALTIES: list(CASUALTY_OPTIONS),
        PRECISIONS: _with_present([p for p in GEO_PRECISIONS if p in present_precisions], state.precisions),
        STATUS: list(CLASH_STATUSES),
        REVIEW: _with_present(list(REVIEW_STATUSES), state.review),
    }


# Streamlit's date range (1.67) applies typed dates only when its calendar closes: on Esc or a click
# outside it. Enter did nothing and Tab moved into the calendar, so a range typed and confirmed with
# Enter left the count as it was (walk24, item 4). Enter in the field now does what Esc does.
ENTER_APPLIES_DATES = """<script>
if (!window.parent.__mapdataEnterDates) {
  window.parent.__mapdataEnterDates = true;
  window.parent.document.addEventListener("keydown", (event) => {
    const field = event.key === "Enter" && event.target.closest?.('[data-testid="stDateInputField"]');
    if (field) {
      event.preventDefault();
      event.target.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", code: "Escape", bubbles: true}));
    }
  }, true);
}
</script>"""
DATES_HINT = "Press Enter or click outside the calendar to apply typed dates."
# Streamlit's date range says why it refuses a date ("Date set outside allowed range. Please select a
# date on or after 1900-01-01.") in a tooltip of its "!" icon, and in an alert hidden from the eye for
# screen readers: a typed date that was not applied had no visible reason (walk40, item 8). The alert
# is shown under the field (in room kept for its three lines at the sidebar's width), in the icon's colour.
_DATES_BOX = f'section[data-testid="stSidebar"] .st-key-{DATES}'  # the date range's element
DATES_ERROR_CSS = f"""<style>
{_DATES_BOX}:has([role="alert"]:not(:empty)) {{ margin-bottom: 3.7rem; }}
{_DATES_BOX} [role="alert"]:not(:empty) {{
  position: absolute !important; top: 100% !important; left: 0 !important; right: 0 !important;
  width: auto !important; height: auto !important; margin: 0.2rem 0 0 !important; padding: 0 !important;
  clip: auto !important; clip-path: none !important; overflow: visible !important; white-space: normal !important;
  font-size: 0.8rem; line-height: 1.3; color: rgb(208, 59, 59);
}}
</style>"""


def _shown_dates(state: FilterState, span: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """What the date range shows: the state's dates as they are (a day before the first claim too), a
    date not set as the claims' first (or last) day, never past the other end."""
    start = state.date_from or min(span[0], state.date_to or span[0])
    end = state.date_to or max(span[1], start)
    return start, end


def _date_bounds(shown: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The days the date range lets a user type or pick: any day a claim may have
    (:data:`mapdata.filters.DATE_BOUNDS`), and the days shown (a link's ``from=1850-01-01``)."""
    return min(DATE_BOUNDS[0], shown[0]), max(DATE_BOUNDS[1], shown[1])


def _seed_widgets(state: FilterState, span: tuple[dt.date, dt.date], no_claims: bool = False) -> None:
    """Set every filter widget from the URL's state before it is drawn (every run, every page). ``no_claims``:
    none to take dates from, so a range the URL does not set is shown empty (walk49: an empty database's first
    screen showed today–today, a range of claims that are not there)."""
    ss = st.session_state
    dates = ss.get(DATES)
    half_picked = isinstance(dates, (tuple, list)) and len(dates) == 1 and ss.get(_PARTIAL_DATES) == state
    if not half_picked:  # leave a range the user is half-way through picking alone
        unset = no_claims and state.date_from is None and state.date_to is None
        ss[DATES] = () if unset else _shown_dates(state, span)
    ss[CONFLICT] = state.conflict if state.conflict in default_catalog() else ""
    ss[SIDES] = list(state.sides)
    ss[SOURCES] = list(state.sources)
    ss[TYPES] = list(state.event_types)
    ss[CASUALTIES] = list(state.casualties)
    ss[PRECISIONS] = list(state.precisions)
    ss[TEXT] = state.text
    ss[STATUS] = list(state.clash_statuses)
    ss[REVIEW] = list(state.review)
    ss[RETRACTED] = state.show_retracted


def _widgets_changed(span: tuple[dt.date, dt.date]) -> None:
    """A filter widget changed: write the state the widgets now show into the URL.

    A date range the user changed goes into the URL as both its dates, as shown, even the claims'
    own first or last day: "from the first claim" left out of a link meant more claims on a
    colleague's database, or on one's own after an earlier claim was added (walk40). A range the
    user did not change keeps the URL's dates (none, when none was set)."""
    ss = st.session_state
    state = current_filters()
    picked = ss.get(DATES)
    if isinstance(picked, (tuple, list)) and len(picked) == 1:
        ss[_PARTIAL_DATES] = state  # half a range: wait for the second date
        return
    date_from, date_to = state.date_from, state.date_to
    if isinstance(picked, (tuple, list)) and len(picked) == 2 and tuple(picked) != _shown_dates(state, span):
        date_from, date_to = picked
        if date_from and date_to and date_from > date_to:  # typed the wrong way round: put in order, and said
            _note_swap((date_from.isoformat(), date_to.isoformat()), (date_to.isoformat(), date_from.isoformat()))
            date_from, date_to = date_to, date_from
    # Changes of what the sidebar shows; other fields (set by other pages' widgets) stay as they are.
    set_filters(
        state.with_changes(
            date_from=date_from,
            date_to=date_to,
            sides=tuple(ss.get(SIDES) or ()),
            sources=tuple(ss.get(SOURCES) or ()),
            event_types=tuple(ss.get(TYPES) or ()),
            casualties=tuple(ss.get(CASUALTIES) or ()),
            precisions=tuple(ss.get(PRECISIONS) or ()),
            text=_search_text(str(ss.get(TEXT) or "")),
            clash_statuses=tuple(s for s in CLASH_STATUSES if s in (ss.get(STATUS) or ())),
            review=tuple(ss.get(REVIEW) or ()),
            show_retracted=bool(ss.get(RETRACTED)),
        )
    )


def search_kept(given: str) -> tuple[str, int | None]:
    """The search a text typed or pasted in the search box gives: its words, one space apart, at most
    :data:`~mapdata.filters.MAX_TEXT` characters; and the length of ``given`` when it was cut (else None)."""
    text = search_text(given)
    return (text, None) if len(" ".join(given.split())) <= MAX_TEXT else (text, len(given))


def _search_text(given: str) -> str:
    """The search box's text as the filters take it; a text cut is remembered, to say so under the box.

    walk45: the box refused a paste over 200 characters (Streamlit's max_chars drops the change), so
    the field stayed empty with nothing said. It now takes any paste and keeps the first 200."""
    text, given_length = search_kept(given)
    if given_length is None:
        st.session_state.pop(_TEXT_CUT, None)
    else:
        st.session_state[_TEXT_CUT] = (text, given_length)
    return text


def search_cut_note(kept: str, given_length: int) -> str:
    """The note under the search box when a text given to it was longer than a search keeps."""
    return (
        f"Search cut to its first {len(kept):,} characters: the text given had {counted(given_length, 'character')} "
        f"(a search keeps at most {MAX_TEXT:,})."
    )


def _search_cut_caption(state: FilterState) -> None:
    """Say, under the search box, that the last text given to it was cut, while the search is that text."""
    cut = st.session_state.get(_TEXT_CUT)
    if cut is None:
        return
    kept, given_length = cut
    if state.text != kept:  # the user moved on (another search, or the filters cleared)
        del st.session_state[_TEXT_CUT]
        return
    st.caption(search_cut_note(kept, given_length))


def _conflict_changed() -> None:
    """Another conflict: its own dates, sides and sources (the others' would show nothing)."""
    state = current_filters()
    conflict = str(st.session_state.get(CONFLICT) or "")
    set_filters(state.with_changes(conflict=conflict, date_from=None, date_to=None, sides=(), sources=()))


def _conflict_chooser(frame: pd.DataFrame, state: FilterState) -> None:
    """The sidebar's conflict box: every known conflict (with its claim count) and "All conflicts"."""
    catalog = default_catalog()
    counts = frame["conflict"].value_counts() if "conflict" in frame else pd.Series(dtype=int)
    labels = {"": f"All conflicts ({len(frame):,})"}
    labels.update({p.id: f"{p.title} ({int(counts.get(p.id, 0)):,})" for p in catalog})
    st.selectbox(
        "Conflict",
        list(labels),
        format_func=labels.__getitem__,
        key=CONFLICT,
        on_change=_conflict_changed,
        help="Sides, colours, counter-claims and the first map view come from the conflict's profile",
    )
    if state.conflict and not counts.get(state.conflict, 0) and state.conflict in bundled_conflicts():
        _offer_bundled(state.conflict, catalog[state.conflict].title)


def add_examples_button(conflicts: Sequence[str], label: str, key: str) -> None:
    """A button that saves the example claims bundled with the app for ``conflicts`` (off on a read-only
    database); a write that fails (a locked database) says why where the button is, not a traceback (walk48)."""
    store = get_store()
    if not st.button(
        label,
        key=key,
        disabled=store.read_only,
        help="A few real claims from public reports, with their links, bundled with the app",
    ):
        return
    try:
        store.add_bundled(conflicts)
    except MapdataError as exc:
        st.error(f"Nothing was saved: {escape_markdown(exc)}")
        return
    data_changed()
    st.rerun()


def _offer_bundled(conflict: str, title: str) -> None:
    """A conflict with no claims yet: offer the example claims the app ships for it."""
    add_examples_button([conflict], "Add this conflict's example claims", "flt_add_bundled")
    st.caption(f"No claims of {escape_markdown(title)} yet: import a file, add a report, or add the examples.")


def sidebar_filters(frame: pd.DataFrame) -> FilterState:
    """Every filter in the sidebar, set from (and writing to) the URL; returns the state.

    The conflict box comes first; the other widgets offer what the chosen conflict's claims hold."""
    state = current_filters()
    everything = frame
    if state.conflict and "conflict" in frame:
        frame = rows_where(frame, frame["conflict"] == state.conflict)
    known = date_span(frame)
    span = known or (dt.date.today(), dt.date.today())
    options = _options(frame, state)
    _seed_widgets(state, span, no_claims=known is None)
    changed = {"on_change": _widgets_changed, "args": (span,)}
    # No "Select all" / "Select N matches" first in a filter's list (Streamlit's select_all, on by
    # default): typing "Armenia" in Source offered "Select 7 matches" first, and a click or Enter
    # on it chose all seven by mistake (walk6). Choosing every option is rarely meant (with no search
    # it is the same as no filter); one by one, each choice is deliberate.
    choices = {**changed, "select_all": False}
    # Open while any filter inside it is set, so a page switch or a link never hides an active one
    # (Source was left out: a link's source=… showed in "Filtered:" only, walk39).
    more_active = any(getattr(state, name) for name in _MORE_FILTERS)
    with st.sidebar:
        st.header("Filters")
        _conflict_chooser(everything, state)
        low, high = _date_bounds(_shown_dates(state, span))
        st.date_input("Date range", min_value=low, max_value=high, key=DATES, format="YYYY-MM-DD", **changed)
        with st.container(gap=None):  # the script draws nothing: no gap of its own under the hint
            st.caption(DATES_HINT)
            st.html(DATES_ERROR_CSS + ENTER_APPLIES_DATES, unsafe_allow_javascript=True)
        st.multiselect("Reporting side", options[SIDES], key=SIDES, placeholder="All sides", **choices)
        st.text_input(
            "Search place, claimant, source, summary",
            key=TEXT,
            # No max_chars: the browser field then refused a longer paste whole, in silence (walk45); the
            # text is cut to MAX_TEXT when applied, and said (_search_cut_caption).
            help=(
                "Every word must appear. Place names also match their other spellings (Zod finds Sotk). "
                f"At most {MAX_TEXT:,} characters are searched."
            ),
            **changed,
        )
        _search_cut_caption(state)
        with st.expander("More filters", expanded=more_active):
            st.multiselect("Source", options[SOURCES], key=SOURCES, placeholder="All sources", **choices)
            st.multiselect("Event type", options[TYPES], key=TYPES, placeholder="All event types", **choices)
            st.multiselect(
                "Casualties stated",
                options[CASUALTIES],
                key=CASUALTIES,
                format_func=lambda v: CASUALTY_LABELS.get(v, v),
                placeholder="With or without",
                help="Claims that state at least one person killed (or wounded). Several choices: any of them.",
                **choices,
            )
            st.multiselect(
                "Location precision",
                options[PRECISIONS],
                key=PRECISIONS,
                placeholder="Any precision",
                help="exact: the place itself; near: close to it; region / country: only the area is known.",
                **choices,
            )
            st.multiselect(
                "Clash status", options[STATUS], key=STATUS, placeholder="Any status", help=STATUS_HELP, **choices
            )
            st.multiselect(
                "Review status",
                options[REVIEW],
                key=REVIEW,
                placeholder="Any",
                help="What people decided after reading a claim",
                **choices,
            )
            st.checkbox(
                "Show retracted claims", key=RETRACTED, help="Retracted claims are hidden unless this is on", **changed
            )
    return state


# What the app calls an incident, said where it counts them (walk44 item 13: the sidebar counted "incidents", the
# details panel listed "claims", and a new user took them for two things).
INCIDENT_IS_A_CLAIM = (
    "Each incident is one claim: what one side (or a monitor, or the press) says happened, on a day at a place. "
    "Two sides' accounts of one clash are two incidents; a claim's details show the others about the same clash."
)


def shown_count(shown: int, total: int) -> None:
    """The "N of M incidents shown" line under the filters."""
    st.sidebar.markdown(f"**{shown:,} of {counted(total, 'incident')} shown**", help=INCIDENT_IS_A_CLAIM)


_UNREAD_REASONS = {
    "conflict": "no such conflict",
    "from": "not a date: YYYY-MM-DD",
    "to": "not a date: YYYY-MM-DD",
    **{c.url_key: f"no such {c.label.lower()}" for c in CHOICE_FILTERS},
}
# The address's keys that are no filter's and still no mistake, never named as unread: the claim open
# in full (``claim``, CLAIM_PARAM below, which the map page writes and the Table's "Show on
# map" adds), the Gazetteer's name looked up (``name``) and Streamlit's own (``embed``, ``embed_options``: st.query_params hides them already).
CLAIM_PARAM = "claim"  # ?claim=<id>: the claim open in full beside the map (Map, Table, Add report write it)
NAME_PARAM = "name"  # ?name=<place name>: the name the Gazetteer page looks up (walk51: lost on a reload)
PAGE_KEYS: tuple[str, ...] = (CLAIM_PARAM, NAME_PARAM, "embed", "embed_options")
NO_SUCH_FILTER = "no such filter"
# Said once, at the first such key: the keys a link's filters are written with.
FILTERS_ARE = f"{NO_SUCH_FILTER}; the filters are {', '.join(FILTER_KEYS)}"


def _unread_named(ignored: Sequence[tuple[str, str]]) -> list[str]:
    """Each ignored (key, value) in words: ``from=2020-13-45 (not a date: YYYY-MM-DD)``; a key no
    filter reads, ``start=2020-13-45 (no such filter; the filters are conflict, from, …)``."""
    named: list[str] = []
    listed = False
    for key, value in ignored:
        reason = (date_problem(value) if key in ("from", "to") else None) or _UNREAD_REASONS.get(key)
        if reason is None:  # a key of no filter (walk34: "?start=2020-13-45" showed everything, in silence)
            reason, listed = (NO_SUCH_FILTER if listed else FILTERS_ARE), True
        pair = f"{summary_of(key, 40)}={summary_of(value, 40)}" if value else summary_of(key, 40)
        named.append(f"{escape_markdown(pair)} ({reason})")
    return named


def _this_page() -> str:
    """The page running (its script's hash; an alias address is a page of its own)."""
    ctx = get_script_run_ctx()
    return ctx.page_script_hash if ctx is not None else ""


def _note_swap(given: tuple[str, str], ordered: tuple[str, str]) -> None:
    """Remember that this page put the range ``given`` (from, to) in order, to say it once."""
    st.session_state[_SWAPPED] = (_this_page(), given, ordered)


def put_dates_in_order() -> None:
    """A reversed date range in the address (``?from=2023-05-12&to=2023-05-10``, a link or a typed
    range) is written back the right way round: the pages read it in order, and the address kept the
    reversed pair, so a link copied from the page said other than what it showed (walk41). Said once
    by :func:`unread_note`. Called on every run (the page menu) and by the pages' filters."""
    ordered = dates_in_order(_query_dict())
    if ordered is None:
        return
    _note_swap((st.query_params.get("from", ""), st.query_params.get("to", "")), (ordered["from"], ordered["to"]))
    st.query_params.update(ordered)  # one change of the address, not two (Back landed on "10 to 10" between)


def _swap_note() -> str | None:
    """The note on a range this page just put in order, while the address still says that range;
    forgotten once the user moves on (other dates, another page)."""
    kept = st.session_state.get(_SWAPPED)
    if kept is None:
        return None
    where, (given_from, given_to), (first, last) = kept
    if where != _this_page() or (st.query_params.get("from"), st.query_params.get("to")) != (first, last):
        del st.session_state[_SWAPPED]
        return None
    return (
        f"Dates swapped: from={given_from[:10]} was after to={given_to[:10]}, so the view and the address "
        f"show {first} to {last}."
    )


def _take_out_unread() -> list[str]:
    """The values of the address no filter took, named (:func:`_unread_named`), once taken out of the
    address: it says what the page applies (walk42: ``?from=2024-13-45`` was named above the view
    and stayed in the address, so a link copied from the page carried it on). Named on this page's
    runs while the filters stay as they were then; forgotten once the user moves on."""
    query = _query_dict()
    cleaned = without_ignored(query, PAGE_KEYS)
    if cleaned is not None:
        named = _unread_named(ignored_values(query, PAGE_KEYS))
        for key in query:
            if key not in cleaned:
                del st.query_params[key]
            elif cleaned[key] != query[key]:
                st.query_params[key] = cleaned[key]
        st.session_state[_UNREAD] = (_this_page(), named, filter_query())
        return named
    kept = st.session_state.get(_UNREAD)
    if kept is None:
        return []
    where, named, filters = kept
    if where != _this_page() or filters != filter_query():
        del st.session_state[_UNREAD]
        return []
    return list(named)


def unread_message(named: Sequence[str]) -> str:
    """The note on the address's values no filter took, each named (:func:`_unread_named`): at most five
    named (a link is not a place for a wall of text), and "it" for one value (walk45: "from=1850-01-01
    (outside …). The page shows the view without them.")."""
    more = f" and {len(named) - 5:,} more" if len(named) > 5 else ""
    which = "it" if len(named) == 1 else "them"
    return f"Not read from the address: {'; '.join(named[:5])}{more}. The page shows the view without {which}."


def unread_note() -> None:
    """Name the address's filter values no filter took ("from=2020-13-45") and its keys no filter
    reads ("start=…"): the page shows the view without them, and said nothing, so a mistyped link
    looked like a view of everything (walk9, walk34). They are taken out of the address, which says
    what the page applies (:func:`_take_out_unread`). A reversed date range is put in order, in the
    address too, and said."""
    put_dates_in_order()
    named = _take_out_unread()
    if named:
        st.warning(unread_message(named), icon=":material/link_off:")
    swapped = _swap_note()
    if swapped is not None:
        # walk34: "?from=2020-12-31&to=2020-01-01" showed no claim and "Widen the date range".
        st.warning(escape_markdown(swapped), icon=":material/swap_horiz:")
    cut = _link_search_cut()
    if cut is not None:
        st.info(cut, icon=":material/content_cut:")


def _link_search_cut() -> str | None:
    """The note on a link's search longer than a search keeps (:data:`~mapdata.filters.MAX_TEXT`): cut to
    its first 200 characters in the search box, said nowhere (walk48; a paste into the box is said under
    it). The address is rewritten with the search kept (it says what the page applies, as for a value no
    filter takes); said on this page's runs while the address searches that, forgotten once moved on."""
    given = st.query_params.get_all("q")
    if given:
        kept, given_length = search_kept(given[0])
        if given_length is not None:
            st.query_params["q"] = kept
            st.session_state[_LINK_CUT] = (_this_page(), kept, given_length)
    remembered = st.session_state.get(_LINK_CUT)
    if remembered is None:
        return None
    where, kept, length = remembered
    if where != _this_page() or st.query_params.get("q") != kept:
        del st.session_state[_LINK_CUT]
        return None
    return (
        f"Search from the address cut to its first {len(kept):,} characters: it had {length:,} characters "
        f"(a search keeps at most {MAX_TEXT:,})."
    )


def active_filters(state: FilterState, key: str = "clear_filters") -> None:
    """Every active filter in words, with one button that clears them all.

    Drawn in a container that is there even when no filter is set, so what follows (the map)
    keeps its place in the page and is not rebuilt when a filter is set or cleared.
    """
    parts = describe(state)
    with st.container():
        unread_note()
        if not parts:
            return
        # A row that wraps, the button as wide as its label: in columns of 6:1 an 800 px window
        # cut the label to "C".
        with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
            st.markdown(
                "**Filtered:** "
                + " · ".join(f"{escape_markdown(what)}: {escape_markdown(value)}" for what, value in parts),
                width="stretch",
            )
            if (state.date_from or state.date_to) and len(parts) > 1:  # alone, the dates are all the filters
                st.button(
                    "Clear the dates",
                    key=f"{key}_dates",
                    on_click=clear_dates,
                    icon=":material/event_busy:",
                    width="content",
                    help="Every date again; the other filters stay",
                )
            st.button(
                "Clear all filters", key=key, on_click=clear_filters, icon=":material/filter_alt_off:", width="content"
            )


@st.cache_resource(show_spinner="Grouping counter-claims…", max_entries=2)
def _clashes_at(path: str, stamp: str, _frame: pd.DataFrame) -> Clashes:
    # ``_frame`` is not hashed (leading underscore): the database path and the state read identify it.
    # cache_resource: the result is read-only and large (no pickled copy per rerun). On disk too
    # (mapdata.claims.cache), so a restarted server does not find them again.
    return cached_clashes(_frame, _store_at(path).cache_path(CLASHES_SUFFIX))


def clashes_of(frame: pd.DataFrame) -> Clashes:
    """Counter-claim groups and clash statuses for the whole store frame from :func:`load_incidents`.

    Computed once per database version. Always pass the unfiltered frame: a clash cut by the
    date filter keeps its status.
    """
    store = get_store()
    return _clashes_at(str(store.path), frame.attrs.get(STAMP_ATTR) or f"version {store.data_version()}", frame)


@st.cache_resource(show_spinner="Loading the gazetteer (its first use builds an index: 20–45 s)…")
def gazetteer() -> Gazetteer:
    """The offline gazetteer, loaded once per server process."""
    return Gazetteer.default()


@st.cache_data(show_spinner=False, max_entries=64)
def _spellings_at(path: str, version: int, text: str) -> dict[str, tuple[str, ...]]:
    aliases = PlaceBook(_store_at(path)).aliases(every_conflict=True)  # spellings to search by, any conflict
    places = gazetteer()
    return place_spellings(text, lambda name: places.geocode(name, aliases=aliases))


def search_spellings(text: str) -> dict[str, tuple[str, ...]]:
    """Other spellings of the place names in a search ("Zod" also finds Sotk), from the gazetteer and aliases."""
    if not text:
        return {}
    store = get_store()
    return _spellings_at(str(store.path), store.data_version(), text)


@dataclass(frozen=True)
class FilteredView:
    """What every analysis page starts from."""

    frame: pd.DataFrame  # every incident in the database
    clashes: Clashes  # counter-claim groups and clash statuses, over the live claims
    state: FilterState  # the shared filters, as the URL says
    shown: pd.DataFrame  # the incidents the filters let through
    status: pd.Series  # each claim's clash status, indexed like ``frame`` (missing for retracted claims)

    @property
    def groups(self) -> pd.Series:
        """Incident id -> counter-claim group id (grouped claims only)."""
        return self.clashes.groups


def filtered_view() -> FilteredView:
    """Load the incidents, draw the shared filters, apply them, show the count and the active filters.

    Call it where the page wants the "Filtered: … [Clear all filters]" line (under its title).
    """
    with step("view: read the store"):
        frame = load_incidents()
    with step("view: clashes"):
        clashes = clashes_of(frame)  # over live claims only: a retracted claim contests nothing
    status = clashes.status
    if current_filters().show_retracted:  # the URL is written by the widgets' callbacks, before this run
        by_id = pd.Series(status.to_numpy(), index=frame["id"].to_numpy())
        frame = load_incidents(include_retracted=True)
        status = pd.Series(frame["id"].map(by_id).to_numpy(), index=frame.index, name=status.name)
    with step("view: sidebar"):
        state = sidebar_filters(frame)
    with step("view: apply filters"):
        shown = apply_filters(frame, state, status, synonyms=search_spellings(state.text))
    # "of" counts the conflict chosen, as its Conflict box does (walk51: "11 of 4,030 incidents shown" beside
    # "Armenia–Azerbaijan (4,014)": the whole database); every conflict's claims under "All conflicts".
    of_conflict = frame["conflict"] == state.conflict if state.conflict and "conflict" in frame else None
    shown_count(len(shown), len(frame) if of_conflict is None else int(of_conflict.sum()))
    active_filters(state)
    return FilteredView(frame, clashes, state, shown, status)
