"""Sentences that tell of fire or losses but gave no claim are listed for the reviewer, each with a
draft claim: what the reviewer adds when the reader missed an incident (sentences of our own)."""

from __future__ import annotations

import json
import time

from mapdata.extract import extract
from mapdata.extract.leftovers import MAX_LEFTOVERS

REPORT = """published: 2024-03-15
outlet: Example Wire

Shelling near Sotk

Azerbaijani forces opened fire on Armenian positions near Sotk on 14 March, the Armenian Defense Ministry said.
Gunfire continued on both sides and later spread toward the Kut area.
No shots were fired near Jermuk.
The ministry thanked the villagers for their patience.
"""


def test_a_sentence_telling_of_fire_that_gave_no_claim_is_listed_with_a_draft():
    result = extract(REPORT)
    assert [(p.date, p.place) for p in result.proposals] == [("2024-03-14", "Sotk")]
    [left] = result.leftovers
    assert left.sentence == "Gunfire continued on both sides and later spread toward the Kut area."
    [draft] = left.proposals
    # the day the text was on, the place the sentence names, the voice the text was in
    assert (draft.date, draft.place, draft.resolved) == ("2024-03-14", "Kut", True)
    assert (draft.claimant, draft.reporting_side) == ("Armenian MoD", "Armenia")
    assert draft.evidence["claim"] == [left.sentence]
    assert draft.conflict == "armenia-azerbaijan"


def test_used_negated_and_quiet_sentences_and_headings_are_not_listed():
    listed = {left.sentence for left in extract(REPORT).leftovers}
    assert not listed & {
        "Shelling near Sotk",  # a heading
        "Azerbaijani forces opened fire on Armenian positions near Sotk on 14 March, the Armenian Defense Ministry said.",
        "No shots were fired near Jermuk.",  # negated
        "The ministry thanked the villagers for their patience.",  # no fire, no loss
    }


def test_an_earlier_loss_read_as_background_is_listed_with_its_figures_and_month():
    text = (
        "published: 2024-03-15\n\nAzerbaijani forces shelled Tegh on 14 March, the Armenian Defense Ministry said.\n\n"
        "In May 2021, two soldiers were killed near Kut."
    )
    result = extract(text)
    assert [p.place for p in result.proposals] == ["Tegh"]
    [left] = result.leftovers
    [draft] = left.proposals
    assert (draft.date, draft.date_precision, draft.place, draft.killed) == ("2021-05-01", "month", "Kut", 2)


def test_the_list_is_bounded_on_a_huge_paste_and_reading_stays_linear():
    filler = "\n".join("Gunfire continued on both sides near Kut." for _ in range(3000))
    started = time.process_time()
    result = extract(REPORT + filler)
    assert len(result.leftovers) == MAX_LEFTOVERS
    assert time.process_time() - started < 60  # a loose guard against a quadratic pass; benchmarks time it


def test_leftovers_are_in_the_result_dict_for_the_command_line():
    data = json.loads(json.dumps(extract(REPORT).to_dict()))
    [left] = data["leftovers"]
    assert left["sentence"].startswith("Gunfire continued")
    assert left["proposals"][0]["place"] == "Kut"


def test_a_running_count_is_not_listed_and_a_span_since_a_day_drafts_no_day():
    text = (
        "published: 2020-06-20\n\nPakistani troops fired at Indian posts in Poonch on Friday, the Indian Army said.\n\n"
        "Pakistan has violated the ceasefire 1,643 times in 2020 so far.\n\n"
        "Pakistan has violated the ceasefire along the LoC since August 5 last year, killing 22 civilians."
    )
    [left] = extract(text).leftovers  # walk8: the count had drafted 2020-01-01
    assert left.sentence.startswith("Pakistan has violated the ceasefire along the LoC since")
    [draft] = left.proposals
    assert (draft.date, draft.killed) == (None, 22)  # walk8: "since August 5 last year" had drafted 5 August


def test_text_shown_short_is_cut_between_words():
    from mapdata.safety import summary_of

    # walk8: the dateline note ended "... OSCE Special Monitoring Miss"
    line = "Latest from the OSCE Special Monitoring Mission to Ukraine, based on information received as of 19:30"
    assert summary_of(line, 50) == "Latest from the OSCE Special Monitoring Mission…"
    assert summary_of("short", 50) == "short"


def test_a_draft_the_text_gives_no_day_is_dated_as_the_reports_claims_are():
    from tests.conftest import shared_file

    # walk8 on a real report: its claims took the report's day, the passed-over "All civilians were
    # killed in Uri." was drafted "date unknown"
    result = extract(
        shared_file("articles", "24_hindustantimes_uri-nowgam-keran-gurez.txt").read_text(encoding="utf-8")
    )
    claim_days = {p.date for p in result.proposals}
    drafts = [p for left in result.leftovers for p in left.proposals]
    assert claim_days == {"2020-11-13"} and drafts
    assert {p.date for p in drafts} == claim_days
