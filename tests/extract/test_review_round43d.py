"""Add report's review rows, review of round 43 (findings 14, 15, 16):

- a place the reader found only by a close spelling ("the village of Zorakhpyur", 60 % like
  Dzoraghbyur) is not placed there: the row has no point, its look-alike is offered, and the save
  refuses it saying the closest spelling, as for a name typed into the grid;
- a place the reader could not find starts its row with no precision (it was "near"), so a place
  picked or typed into the row takes its own ("exact");
- the size limit of a claim's sentences is measured with each sentence once (8 sentences in 6
  evidence lists were cut to 4, though the 8 come to 17 kB).
"""

from __future__ import annotations

import dataclasses
import json

from mapdata.extract.proposal import Proposal
from mapdata.extract.review import EVIDENCE_CHARS, RowPlace, proposal_rows, rows_to_incidents, unplace_close_spellings
from mapdata.geo.gazetteer import Gazetteer
from mapdata.profiles import default_catalog
from tests.extract.reading_helpers import proposals
from ui.proposals import moved_rows, placed_rows, unplaced_names

AM_AZ = "armenia-azerbaijan"
CLOSE = "Azerbaijani forces shelled the village of Zorakhpyur on Monday, the Armenian Defence Ministry said."
EXACT = "Azerbaijani forces shelled the village of Sotk on Monday, the Armenian Defence Ministry said."
UNKNOWN = "Azerbaijani forces shelled the village of Xyzabc on Monday, the Armenian Defence Ministry said."


def _lookup():
    profile = default_catalog().require(AM_AZ)
    gazetteer = Gazetteer.for_profile(profile)
    return lambda name: gazetteer.geocode(name, countries=profile.countries)


def test_a_close_spelling_read_from_a_report_is_offered_not_placed() -> None:
    read = proposals(CLOSE, "2024-03-06", AM_AZ)
    assert [(p.place, p.resolved) for p in read] == [("Zorakhpyur", True)]  # the reader's own choice
    kept, close = unplace_close_spellings(read, _lookup())
    [proposal] = kept
    assert (proposal.resolved, proposal.latitude, proposal.geo_precision, proposal.place_key) == (
        False,
        None,
        None,
        None,
    )
    assert [c["name"] for c in proposal.place_candidates] == ["Dzoraghbyur"]
    [row] = proposal_rows(kept)
    assert (row["save"], row["place found"], row["latitude"], row["geo_precision"]) == (False, False, None, None)
    assert close[0].close and close[0].place is None and close[0].suggested() == "Dzoraghbyur (Kotayk, AM)"
    # ticked as it is, the save refuses it, naming the look-alike
    [refused] = rows_to_incidents([{**row, "save": True}], kept, places=close)
    assert refused.incident is None and "closest spelling: Dzoraghbyur (Kotayk, AM)" in (refused.error or "")
    # listed once on the Gazetteer page's unresolved names (not once as read and once as "typed")
    assert unplaced_names(kept, [row], close) == [("Zorakhpyur", "not in the gazetteer")]
    # picked: the place's own precision, region and country
    candidate = proposal.place_candidates[0]
    picked = {0: RowPlace("Zorakhpyur", candidate, close[0].candidates, close=True)}  # (as the page keeps it)
    point = (candidate["latitude"], candidate["longitude"], candidate["name"])
    rows = placed_rows([row], 0, point, "Zorakhpyur", candidate["precision"])
    assert rows[0]["place"] == "Dzoraghbyur"  # (the name picked written in: the row still reads as picked)
    [saved] = rows_to_incidents([{**rows[0], "save": True}], kept, places=picked)
    assert saved.error is None and saved.incident is not None
    assert (saved.incident.geo_precision, saved.incident.admin1, saved.incident.country) == ("exact", "Kotayk", "AM")
    assert saved.incident.extra["place_key"] == candidate["key"]


def test_a_name_found_as_written_is_placed_as_before() -> None:
    read = proposals(EXACT, "2024-03-06", AM_AZ)
    kept, close = unplace_close_spellings(read, _lookup())
    assert close == {} and kept == read and kept[0].resolved


def test_a_place_not_found_has_no_precision_until_one_is_given() -> None:
    read = proposals(UNKNOWN, "2024-03-06", AM_AZ)
    assert [(p.place, p.resolved) for p in read] == [("Xyzabc", False)]
    [row] = proposal_rows(read)
    assert row["geo_precision"] is None  # (it was "near")
    place = {"latitude": 40.2004, "longitude": 44.63438, "precision": "exact", "name": "Dzoraghbyur"}
    [typed] = moved_rows([row], 0, place)
    assert typed["geo_precision"] == "exact"  # a place typed in: its own (it kept "near")
    [saved] = rows_to_incidents([{**typed, "save": True}], read)
    assert saved.incident is not None and saved.incident.geo_precision == "exact"


def _claim(sentences: list[str]) -> Proposal:
    """The reader's claim at Sotk, its evidence ``sentences``, each giving six values."""
    evidence = {name: list(sentences) for name in ("claim", "date", "place", "claimant", "weapons", "wounded")}
    return dataclasses.replace(proposals(EXACT, "2024-03-06", AM_AZ)[0], evidence=evidence)


def test_a_claims_sentences_are_measured_once_each() -> None:
    sentences = [f"Sentence {i:d} of the ministry's statement: " + "words " * 350 for i in range(8)]
    size = len(json.dumps(sentences, ensure_ascii=False))
    assert 6 * size > EVIDENCE_CHARS > size  # (as 6 lists: more than a claim keeps; once: far less)
    proposal = _claim(sentences)
    [row] = proposal_rows([proposal])
    [saved] = rows_to_incidents([row], [proposal])
    assert saved.error is None and saved.note is None
    assert saved.incident is not None and saved.incident.extra["evidence"]["claim"] == sentences
    assert "evidence_cut" not in saved.incident.extra
    assert saved.incident.extra["evidence_gave"]["wounded"] == list(range(8))


def test_evidence_cut_past_the_limit_keeps_positions_of_sentences_kept() -> None:
    sentences = [f"Sentence {i:d}: " + "words " * 1000 for i in range(12)]  # 72 kB once
    proposal = _claim(sentences)
    [saved] = rows_to_incidents(proposal_rows([proposal]), [proposal])
    assert saved.incident is not None and saved.note is not None
    kept = saved.incident.extra["evidence"]["claim"]
    assert 0 < len(kept) < 12 and kept == sentences[: len(kept)]
    assert saved.incident.extra["evidence_gave"]["date"] == list(range(len(kept)))
