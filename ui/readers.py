"""Add report's reader processes, shared by every session of the server, and started early.

The first "Propose incidents" after a server start used to wait for a reader process to start
(~1.4 s) and, on a first start, for the gazetteer index to be built (15-25 s, once). ``app.py``
calls :func:`warm_readers` when the server's first page opens, so that happens while the user
opens Add report and pastes (benchmarks/bench_first_propose.py measures both ways).
"""

from __future__ import annotations

import streamlit as st

from mapdata.errors import MapdataError
from mapdata.extract.worker import ExtractionWorkers, budget_from_environment
from mapdata.geo.gazetteer import Gazetteer


@st.cache_resource(show_spinner=False)
def _readers(budget: float) -> ExtractionWorkers:
    return ExtractionWorkers(budget=budget)


def report_readers() -> ExtractionWorkers:
    """The server's reader processes, for the time budget the user set (``MAPDATA_EXTRACT_SECONDS``)."""
    return _readers(budget_from_environment())


@st.cache_resource(show_spinner=False)
def warm_readers() -> bool:
    """Start one reader in the background, once per server; False when the budget setting is
    wrong (Add report says so when it is used)."""
    try:
        report_readers().warm()
    except MapdataError:
        return False
    return True


def reading_message(readers: ExtractionWorkers) -> str:
    """What the spinner says while a report is read: why a first reading takes longer."""
    if not Gazetteer.index_ready():
        return (
            "Reading the report. First use on this machine: the offline gazetteer index is being "
            "built first (15–45 s, once)…"
        )
    if not readers.ready():
        return "Reading the report (the report reader is starting: a few seconds)…"
    return "Reading the report…"
