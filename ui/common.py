"""Cached access to the store and the one filter state every page shares (and the URL keeps)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from mapdata.claims import group_counter_claims
from mapdata.errors import StoreError
from mapdata.filters import FilterState, apply_filters, date_span, source_options
from mapdata.model import REPORTING_SIDES, REVIEW_STATUSES
from mapdata.safety import escape_markdown
from mapdata.store import Store, default_db_path
from ui.downloads import turn_off_grid_export

_FILTERS = "_filters"  # canonical filter state; a plain (non-widget) key survives page switches


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


def data_changed() -> None:
    """Call after a write so every page reloads; the data-version key already does the rest."""
    _frame_at.clear()


def _query_dict() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def current_filters() -> FilterState:
    """The shared filter state: from this session, else from the URL on first load."""
    if _FILTERS not in st.session_state:
        st.session_state[_FILTERS] = FilterState.from_query(_query_dict())
    return st.session_state[_FILTERS]


def set_filters(state: FilterState) -> None:
    """Make ``state`` the shared filter state and mirror it into the URL."""
    st.session_state[_FILTERS] = state
    for key in ("from", "to", "side", "source", "q", "contested", "review", "retracted"):
        if key in st.query_params:
            del st.query_params[key]
    for key, value in state.to_query().items():
        st.query_params[key] = value


def sidebar_filters(frame: pd.DataFrame, with_text: bool = False, with_contested: bool = False) -> FilterState:
    """Date range, reporting side and source in the sidebar; returns (and shares) the state."""
    state = current_filters()
    span = date_span(frame) or (dt.date.today(), dt.date.today())
    present = set(frame["reporting_side"].unique())
    sides = [s for s in REPORTING_SIDES if s in present] or list(REPORTING_SIDES)
    sources = source_options(frame)
    ss = st.session_state
    # Seed widget keys from the shared state whenever they are missing (first run, new page).
    start = max(span[0], min(state.date_from or span[0], span[1]))
    end = min(span[1], max(state.date_to or span[1], span[0]))
    ss.setdefault("flt_dates", (start, end))
    ss.setdefault("flt_sides", [s for s in state.sides if s in sides])
    ss.setdefault("flt_sources", [s for s in state.sources if s in sources])
    ss.setdefault("flt_text", state.text)
    ss.setdefault("flt_contested", state.contested_only)
    ss.setdefault("flt_review", list(state.review))
    ss.setdefault("flt_retracted", state.show_retracted)

    with st.sidebar:
        st.header("Filters")
        picked = st.date_input("Date range", min_value=span[0], max_value=span[1], key="flt_dates", format="YYYY-MM-DD")
        st.multiselect("Reporting side", sides, key="flt_sides", placeholder="All sides")
        st.multiselect("Source", sources, key="flt_sources", placeholder="All sources")
        if with_text:
            st.text_input("Search place, claimant, source, summary", key="flt_text", max_chars=200)
        if with_contested:
            st.checkbox("Contested only", key="flt_contested", help="Only claims that another side's claim contradicts")
        st.multiselect(
            "Review status",
            REVIEW_STATUSES,
            key="flt_review",
            placeholder="Any",
            help="What people decided after reading a claim",
        )
        st.checkbox("Show retracted claims", key="flt_retracted", help="Retracted claims are hidden unless this is on")

    if isinstance(picked, (tuple, list)) and len(picked) == 2:
        date_from, date_to = picked
    elif isinstance(picked, (tuple, list)) and len(picked) == 1:
        date_from, date_to = picked[0], span[1]  # the user is mid-way through picking a range
    else:
        date_from, date_to = span
    new_state = FilterState(
        date_from=None if date_from <= span[0] else date_from,
        date_to=None if date_to >= span[1] else date_to,
        sides=tuple(ss["flt_sides"]),
        sources=tuple(ss["flt_sources"]),
        text=ss["flt_text"].strip() if with_text else state.text,
        contested_only=bool(ss["flt_contested"]) if with_contested else state.contested_only,
        review=tuple(ss["flt_review"]),
        show_retracted=bool(ss["flt_retracted"]),
    )
    if new_state != state or (st.query_params.get("from") is None and new_state.date_from):
        set_filters(new_state)
    return new_state


def shown_count(shown: int, total: int) -> None:
    """The "N of M incidents shown" line under the filters."""
    st.sidebar.markdown(f"**{shown:,} of {total:,} incidents shown**")


@st.cache_data(show_spinner=False, max_entries=4)
def _groups_at(path: str, version: int, _frame: pd.DataFrame) -> pd.Series:
    # ``_frame`` is not hashed (leading underscore): the database path and version identify it.
    return group_counter_claims(_frame)


def counter_claim_groups(frame: pd.DataFrame) -> pd.Series:
    """Incident id → group id for the whole store frame from :func:`load_incidents`.

    Computed once per database version. Always pass the unfiltered frame: a group cut by the
    date filter is still contested.
    """
    store = get_store()
    return _groups_at(str(store.path), store.data_version(), frame)


@dataclass(frozen=True)
class FilteredView:
    """What every analysis page starts from."""

    frame: pd.DataFrame  # every incident in the database
    groups: pd.Series  # incident id -> counter-claim group, over the whole frame
    state: FilterState  # the shared filters, as the sidebar set them
    shown: pd.DataFrame  # the incidents the filters let through

    @property
    def contested(self) -> frozenset[str]:
        return frozenset(self.groups.index)


def filtered_view(*, with_text: bool = False) -> FilteredView:
    """Load the incidents, draw the shared sidebar filters, apply them and show the count."""
    frame = load_incidents()
    groups = counter_claim_groups(frame)  # over live claims only: a retracted claim contests nothing
    # The checkbox's value of this run (the shared state is only updated by sidebar_filters below).
    if st.session_state.get("flt_retracted", current_filters().show_retracted):
        frame = load_incidents(include_retracted=True)
    state = sidebar_filters(frame, with_text=with_text, with_contested=True)
    shown = apply_filters(frame, state, frozenset(groups.index) if state.contested_only else None)
    shown_count(len(shown), len(frame))
    return FilteredView(frame, groups, state, shown)
