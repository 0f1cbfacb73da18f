"""A very long pasted report (300,000 characters: more than the reader reads and than a claim's
extra fields hold) is proposed and saved whole: the claim with its date, place, sides, source and
the report's sentences it was read from, each once; where they are more than a claim keeps, the
first ones, and a note in the claim saying what was left out. Walk40: the save refused the row
("extra: the extra fields are 208,881 characters as JSON; at most 100,000"), which the user could
neither see nor edit."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from mapdata.extract import MAX_CHARS, extract
from mapdata.extract.review import EVIDENCE_CHARS, fitted_extra, proposal_rows, rows_to_incidents
from mapdata.model import MAX_EXTRA_CHARS
from mapdata.profiles import default_catalog
from mapdata.store import Store

SENTENCE = "Thai army said Cambodian troops fired at Ta Muen Thom on 24 July 2025."
# the walk's paste: one sentence of our own, repeated (298,201 characters there)
REPEATED = " ".join([SENTENCE] * 4300)
# a long text of sentences each its own (each the same claim: one proposal told 3,600 ways)
DISTINCT = " ".join(
    f"Thai army said Cambodian troops fired at Ta Muen Thom on 24 July 2025 with {i} shells." for i in range(3600)
)
SOURCE = {"outlet": "Long Wire", "url": "https://example.org/long-report"}


@functools.cache
def _read(text: str):
    """The report read once per text (a few seconds each)."""
    return extract(text, profile=default_catalog().require("thailand-cambodia"), **SOURCE)


def saved_claims(store: Store, text: str) -> list:
    result = _read(text)
    outcome = rows_to_incidents(proposal_rows(result.proposals), result.proposals)
    assert [r.error for r in outcome] == [None]
    store.save([r.incident for r in outcome], origin="article", label="report: Long Wire", who="test")
    return [(r, store.get(r.incident.id)) for r in outcome]


@pytest.mark.parametrize("text", [REPEATED, DISTINCT], ids=["repeated", "distinct"])
def test_a_300000_character_report_is_saved_whole(db_path: Path, text: str) -> None:
    assert len(text) >= 300_000 > MAX_CHARS
    store = Store(db_path)
    [(row, stored)] = saved_claims(store, text)
    assert stored is not None and stored.replace(batch=None) == row.incident  # read back as saved
    assert (stored.date.isoformat(), stored.place, stored.claimant) == ("2025-07-24", "Ta Muen Thom", "Thai army")
    assert (stored.reporting_side, stored.accused_side) == ("Thailand", "Cambodia")
    assert (stored.source, stored.source_url) == ("Long Wire", "https://example.org/long-report")
    assert stored.latitude is not None and stored.longitude is not None
    evidence = stored.extra["evidence"]
    # the sentences that gave each value are kept, and the claim's, each once and in the report's order
    assert all(sentences and sentences[0].startswith("Thai army said") for sentences in evidence.values())
    assert all(len(set(s)) == len(s) for s in evidence.values())
    assert len(json.dumps(stored.extra, ensure_ascii=False)) <= MAX_EXTRA_CHARS


def test_a_sentence_repeated_is_kept_once_and_nothing_is_said_cut(db_path: Path) -> None:
    [(row, stored)] = saved_claims(Store(db_path), REPEATED)
    # (the sentence cut where the reading stops, at 200,000 characters, is the one other)
    assert stored.extra["evidence"]["claim"] == [
        SENTENCE,
        "Thai army said Cambodian troops fired at Ta Muen Thom on 24 July",
    ]
    assert row.note is None and "evidence_cut" not in stored.extra


def test_sentences_past_what_a_claim_keeps_are_left_out_with_a_note(db_path: Path) -> None:
    [(row, stored)] = saved_claims(Store(db_path), DISTINCT)
    claim = stored.extra["evidence"]["claim"]
    read = [
        f"Thai army said Cambodian troops fired at Ta Muen Thom on 24 July 2025 with {i} shells." for i in range(3600)
    ]
    assert 100 < len(claim) < 3600 and claim == read[: len(claim)]  # the first ones, in order
    assert len(json.dumps(stored.extra["evidence"], ensure_ascii=False)) <= EVIDENCE_CHARS
    note = stored.extra["evidence_cut"]
    assert note == row.note
    kept, total = (int(n.replace(",", "")) for n in note.split(" sentences")[0].split(" of the "))
    assert kept == len({s for sentences in stored.extra["evidence"].values() for s in sentences})
    assert total > kept and f"at most {EVIDENCE_CHARS:,} characters" in note


def test_fitted_extra_keeps_what_fits_and_the_values_sentences_first() -> None:
    long = [f"sentence {i:05d} " + "x" * 980 for i in range(200)]  # 200,000 characters
    extra = {
        "evidence": {"claim": long, "date": [long[150]], "place": ["a place sentence"]},
        "responses": ["a denial", "a denial"],
        "place_key": "TH:1",
    }
    fitted, note = fitted_extra(extra)
    assert note is not None and fitted["evidence_cut"] == note and fitted["place_key"] == "TH:1"
    assert fitted["evidence"]["date"] == [long[150]] and fitted["evidence"]["place"] == ["a place sentence"]
    assert fitted["responses"] == ["a denial"]
    assert fitted["evidence"]["claim"] == long[: len(fitted["evidence"]["claim"])]
    assert len(json.dumps({k: fitted[k] for k in ("evidence", "responses")})) <= EVIDENCE_CHARS
    # small extra fields are as they were (a repeated sentence once)
    assert fitted_extra({"evidence": {"claim": ["a", "a", "b"]}}) == ({"evidence": {"claim": ["a", "b"]}}, None)
    assert fitted_extra(None) == ({}, None)
