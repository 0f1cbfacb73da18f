"""Helpers the AppTest page tests share."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from pathlib import Path

from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parents[1]
PAGE_TIMEOUT = 60  # seconds one run of a page may take on a busy machine (the first run builds caches)


def open_page(script: str, query: Mapping[str, str] | None = None) -> AppTest:
    """``script`` (``"app.py"``, ``"app_pages/2_Table.py"``) run once, as a user opens it from a link
    whose query is ``query`` (the filters live in the URL)."""
    at = AppTest.from_file(str(REPO / script), default_timeout=PAGE_TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


def open_page_without_error(script: str, query: Mapping[str, str] | None = None) -> AppTest:
    """:func:`open_page`, and the page ran to its end (no exception shown)."""
    at = open_page(script, query)
    assert not at.exception, at.exception
    return at


def shown_and_total(at: AppTest) -> tuple[int, int]:
    """The sidebar's "N of M incidents shown" as (N, M)."""
    for block in at.sidebar.markdown:
        found = re.search(r"([\d,]+) of ([\d,]+) incidents? shown", block.value)
        if found:
            return int(found[1].replace(",", "")), int(found[2].replace(",", ""))
    raise AssertionError("no 'N of M incidents shown' line in the sidebar")


def html_table(at: AppTest, name: str) -> list[dict[str, str]]:
    """Tables ``<table data-table=name>`` the page drew with ``st.html``, as heading → cells, as read.

    A two-column table (field, value) gives one dict field → value; a wider one gives one dict
    per column after the first (row heading → cell).
    """
    tables = []
    for element in at.get("html"):
        for body in re.findall(rf'<table[^>]*data-table="{name}"[^>]*>(.*?)</table>', element.proto.body, re.S):
            rows = [
                [html.unescape(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
                for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
            ]
            width = max(len(r) for r in rows)
            if width == 2:
                tables.append({r[0]: r[1] for r in rows})
            else:
                tables.extend({r[0]: r[c] for r in rows if len(r) > c} for c in range(1, width))
    if not tables:
        raise AssertionError(f"no {name!r} table on the page")
    return tables


def choose_hand_choices(at: AppTest, event: str = "shelling", side: str | None = None) -> None:
    """Choose the hand form's event type and reporting side (both start empty: walk51), the side the
    conflict's first party unless given; a form's widgets, sent with the form."""
    at.selectbox(key="m_event").set_value(event)
    [box] = [b for b in at.selectbox if str(b.key).startswith("m_side_")]
    box.set_value(side if side is not None else box.options[0])
