"""walk45 item 19: a claim dated "On 5 December" in a report without a publication date has no date; the
warning says the day and month were read but not the year and asks for the publication date (it said "No
date could be read", as if nothing had been)."""

from __future__ import annotations

from mapdata.extract.pipeline import extract

TEXT = (
    "On 5 December, Armenia's Defence Ministry said Azerbaijani forces fired mortars at Armenian positions near Sotk."
)


def test_a_day_without_its_year_is_said_so() -> None:
    result = extract(TEXT)
    assert [p.date for p in result.proposals] == [None]
    assert not any(w.startswith("No date could be read") for w in result.warnings), result.warnings
    assert any(
        "the day and month (“5 December”) were read but not the year" in w and "publication date" in w
        for w in result.warnings
    ), result.warnings


def test_with_the_publication_date_the_claim_is_dated() -> None:
    result = extract(TEXT, published="2026-12-06")
    assert [p.date for p in result.proposals] == ["2026-12-05"]
    assert not any("not complete" in w for w in result.warnings)


def test_a_claim_with_no_date_at_all_still_says_none_was_read() -> None:
    result = extract(
        "Armenia's Defence Ministry said Azerbaijani forces fired mortars at Armenian positions near Sotk."
    )
    if result.proposals and result.proposals[0].date is None:
        assert any(w.startswith("No date could be read") for w in result.warnings), result.warnings
