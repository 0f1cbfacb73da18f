"""Counter-claim groups for the pages, computed once per database version (not on every rerun)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from mapdata.claims import group_counter_claims
from ui.common import get_store


@st.cache_data(show_spinner=False, max_entries=4)
def _groups_at(path: str, version: int, _frame: pd.DataFrame) -> pd.Series:
    # ``_frame`` is not hashed (leading underscore): the database path and version identify it.
    return group_counter_claims(_frame)


def counter_claim_groups(frame: pd.DataFrame) -> pd.Series:
    """Incident id → group id for the whole store frame from ``ui.common.load_incidents()``.

    Always pass the unfiltered frame: a group cut by the date filter is still contested.
    """
    store = get_store()
    return _groups_at(str(store.path), store.data_version(), frame)


def contested_now(frame: pd.DataFrame) -> frozenset[str]:
    """Ids in a contested group, for ``apply_filters(..., contested_ids=...)``."""
    return frozenset(counter_claim_groups(frame).index)
