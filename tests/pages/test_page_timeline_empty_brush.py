"""Timeline: a period dragged over an empty stretch of the chart is not applied (walk49: it narrowed every page
to no claim, and the page then drew no chart to drag another period on, nothing to undo it with). The chart
stays, the filters stay, and the page says why. The browser drag is tests/browser/test_walk50_browser.py."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

from apptools import shown_and_total
from mapdata.timeline import claims_between
from tests.pages.test_page_timeline import brush, charts, timeline  # noqa: F401  (the fixture)


def test_an_empty_stretch_brushed_changes_nothing_and_says_so(timeline):  # noqa: F811
    assert shown_and_total(timeline) == (18, 18)
    brush(timeline, "2021-02-01", "2021-11-30")  # the bundled claims: none from October 2020 to August 2022
    assert not timeline.exception
    assert shown_and_total(timeline) == (18, 18)  # was 0 of 18, and no chart
    assert "from" not in timeline.query_params and "to" not in timeline.query_params
    assert len(charts(timeline)) == 2
    [said] = [re.sub(r"\\(.)", r"\1", w.value) for w in timeline.warning]  # (as shown: markdown's escapes gone)
    assert said.startswith("No claim from 2021-02-01 to 2021-11-30 (the period dragged over)")
    brush(timeline, "2023-04-03", "2023-05-20")  # a period with claims still narrows
    assert shown_and_total(timeline) == (5, 18)


def test_claims_between_counts_as_the_date_filter_does():
    frame = pd.DataFrame({"date": pd.to_datetime(["2021-01-01T00:00", "2021-01-31T18:00", "2021-02-01T00:00"])})
    assert claims_between(frame, dt.date(2021, 1, 1), dt.date(2021, 1, 31)) == 2
    assert claims_between(frame, dt.date(2021, 2, 2), dt.date(2021, 3, 1)) == 0
    assert claims_between(frame.iloc[:0], dt.date(2021, 1, 1), dt.date(2021, 1, 31)) == 0
