"""Helpers the AppTest page tests share."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest


def shown_and_total(at: AppTest) -> tuple[int, int]:
    """The sidebar's "N of M incidents shown" as (N, M)."""
    for block in at.sidebar.markdown:
        found = re.search(r"([\d,]+) of ([\d,]+) incidents shown", block.value)
        if found:
            return int(found[1].replace(",", "")), int(found[2].replace(",", ""))
    raise AssertionError("no 'N of M incidents shown' line in the sidebar")
