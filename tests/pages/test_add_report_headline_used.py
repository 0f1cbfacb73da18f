"""walk41: a pasted report's headline telling of a death ("… Our serviceman died …", its first line)
was listed among the sentences "passed over" (that gave no claim) while a proposal held that death.
A headline that only says again what a proposal says (its place, its loss) is used, not passed over;
one that names another place or loss stays listed. Reports of our own words (invented facts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from mapdata.extract import extract
from ui.proposals import restated_headlines

PAGE = str(Path(__file__).resolve().parents[2] / "app_pages" / "3_Add_report.py")
BODY = (
    "On 11 May 2023, units of the Armenian armed forces fired at Azerbaijani positions in the Kalbajar "
    "district. As a result, a serviceman of the Azerbaijani Army, Ali Aliyev, was killed, the Ministry of "
    "Defence of Azerbaijan said.\n"
)
HEADLINE = "Azerbaijani MoD: Our serviceman died as a result of Armenian fire in Kalbajar.\n\n"
ELSEWHERE = "Azerbaijani MoD: Our serviceman died as a result of Armenian fire in Lachin.\n\n"
OTHER_LOSS = "Azerbaijani MoD: Our serviceman was wounded as a result of Armenian fire in Kalbajar.\n\n"
HEADER = "url: https://example.org/headline-2023\npublished: 2023-05-12\noutlet: Headline Wire\n\n"


def passed_over(text: str) -> list[str]:
    result = extract(text)
    restated = {left.index for left in restated_headlines(result.leftovers, result.proposals, text)}
    return [left.sentence for left in result.leftovers if left.index not in restated]


def test_a_headline_restating_a_proposals_death_is_not_passed_over() -> None:
    text = HEADER + HEADLINE + BODY
    result = extract(text)
    assert any(p.place == "Kalbajar" and p.killed == 1 for p in result.proposals)
    assert [left.sentence for left in result.leftovers] == [HEADLINE.strip()]  # what the reader leaves
    assert passed_over(text) == []


def test_a_headline_of_another_place_or_loss_stays_listed() -> None:
    for headline in (ELSEWHERE, OTHER_LOSS):
        assert passed_over(HEADER + headline + BODY) == [headline.strip()]


def test_only_the_headline_is_taken_as_used() -> None:
    # the same sentence further down is a sentence of the story: the reader's word stands
    text = HEADER + BODY + "\n" + HEADLINE
    result = extract(text)
    assert restated_headlines(result.leftovers, result.proposals, text) == []


@pytest.mark.usefixtures("db_path")
def test_the_page_does_not_list_the_headline_as_passed_over() -> None:
    at = AppTest.from_file(PAGE, default_timeout=90).run()
    at.text_area(key="ar_text").set_value(HEADER + HEADLINE + BODY).run()
    next(b for b in at.button if b.label == "Propose incidents").click().run()
    assert not at.exception
    assert any("proposed incident" in h.value for h in at.subheader)
    assert not [e for e in at.expander if "gave no claim" in e.label]
    assert not [m for m in at.markdown if "Our serviceman died" in m.value]

    other = AppTest.from_file(PAGE, default_timeout=90).run()
    other.text_area(key="ar_text").set_value(HEADER + ELSEWHERE + BODY).run()
    next(b for b in other.button if b.label == "Propose incidents").click().run()
    assert [e.label for e in other.expander if "gave no claim" in e.label]
    assert any("fire in Lachin" in m.value for m in other.markdown)
