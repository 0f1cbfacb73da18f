"""Round 54: gaps in the reader, each tested with sentences of our own; each test fails on 98237ce (the round's
start) unless it says it is a guard."""

from __future__ import annotations

import pytest
from reading_helpers import dated_places


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("09.05.2021 12:40\n\n", "2021-05-10"),  # a page's date and time above the text, stamped a day later
        ("3 May 2021 | 19:05\n\n", "2021-05-10"),  # (outside the three days: the page's own day)
        ("Updated: May 9, 2021 21:40 IST\n\n", "2021-05-11"),  # a time zone after the clock
    ],
)
def test_a_date_on_the_report_s_top_line_is_the_day_its_today_means(top, published):
    text = top + "Separatists shelled Ukrainian positions near Zolote this morning, the JFO press centre said."
    found = dated_places(text, published, "russia-ukraine")
    expected = "2021-05-09" if "May 9" in top or "09.05" in top else published
    assert found == [(expected, "Zolote")]


@pytest.mark.parametrize(
    "dateline",
    ["BAKU, Azerbaijan, Sept. 13. Trend:", "YEREVAN, SEPTEMBER 13, ARMENPRESS.", "Baku, 13 September, AZERTAC."],
)
def test_an_agency_dateline_a_day_before_the_page_dates_its_today(dateline):
    text = f"{dateline} Enemy forces fired at positions near Jermuk this morning, the defence ministry said."
    assert [d for d, _ in dated_places(text, "2022-09-14", "armenia-azerbaijan")] == ["2022-09-13"]


def test_a_date_in_the_first_sentence_of_the_body_is_no_dateline():
    # guard: an event's date in a sentence is not the report's dateline
    text = (
        "On 9 May 2021, separatists shelled Ukrainian positions near Zolote, the JFO press centre said. "
        "Today a soldier was wounded near Pisky."
    )
    found = {p: d for d, p in dated_places(text, "2021-05-10", "russia-ukraine")}
    assert found.get("Pisky") == "2021-05-10"


def test_a_site_s_header_bar_date_above_its_breadcrumb_is_not_the_report_s():
    # guard: "Friday, May 7, 2021 / Home > World" is the day the page was shown
    text = (
        "Friday, May 7, 2021\nHome > World\n\n"
        "Separatists shelled Ukrainian positions near Zolote this morning, the JFO press centre said."
    )
    assert dated_places(text, "2021-05-10", "russia-ukraine") == [("2021-05-10", "Zolote")]
