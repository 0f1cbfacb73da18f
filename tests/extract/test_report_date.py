"""A report's own date at its top (a dateline), read when no publication date is entered, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from mapdata.extract import extract
from mapdata.extract.dates import report_date

D = dt.date
TODAY = D(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "date", "words"),
    [
        (
            "Yerevan, 14 March 2024. The Armenian MoD said units fired at Sotk.",
            D(2024, 3, 14),
            "Yerevan, 14 March 2024.",
        ),
        ("YEREVAN, March 14, 2024 (Reuters) - Troops fired.", D(2024, 3, 14), "YEREVAN, March 14, 2024 (Reuters)"),
        ("Shots near Sotk\nMarch 3, 2021 - 09:10\nUnits fired at Sotk.", D(2021, 3, 3), "March 3, 2021"),
        ("Thursday, 14 March 2024\n\nUnits fired at Sotk.", D(2024, 3, 14), "Thursday, 14 March 2024"),
        ("Updated on 2 May 2022 at 10:12 GMT\nUnits fired.", D(2022, 5, 2), "Updated on 2 May 2022 at 10:12 GMT"),
        ("url: https://example.org/a\n\nBaku/Yerevan, 2024-03-14: text", D(2024, 3, 14), "Baku/Yerevan, 2024-03-14"),
    ],
)
def test_a_dateline_at_the_top_gives_the_reports_date_and_the_words_it_came_from(text, date, words):
    assert report_date(text, today=TODAY) == (date, words)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2023, Azerbaijani forces shelled Sotk.",  # the event's day, in a sentence
        "Armenian troops shelled Tegh on 14 March 2024.",
        "Troops fired at Sotk. YEREVAN, 14 March 2024.",  # not at the top: the body has begun
        "Yerevan, 14 March. Units fired at Sotk.",  # no year: no day can be told
        "Yerevan, 14 March 2099. Units fired at Sotk.",  # after today
        "published: 2021-05-01\n\nYerevan, 14 March 2024. Units fired.",  # the header's date is read
        "",
    ],
)
def test_no_date_is_taken_from_an_events_sentence_a_later_line_or_a_day_not_yet_come(text):
    assert report_date(text, today=TODAY) is None


def test_the_dateline_read_as_the_publication_date_resolves_the_reports_relative_days():
    text = (
        "Yerevan, 14 March 2024. The Ministry of Defence of Armenia said on Thursday that Azerbaijani units "
        "opened fire with mortars on Armenian positions near Sotk at about 02:30."
    )
    assert [p.date for p in extract(text).proposals] == [None]  # the reader alone leaves it unknown
    found = report_date(text)
    assert found is not None
    assert [p.date for p in extract(text, published=found[0]).proposals] == ["2024-03-14"]


def test_a_long_first_line_costs_no_more_than_its_start():
    text = "Yerevan, " + "A, " * 200_000 + "14 March 2024."
    assert report_date(text, today=TODAY) is None
