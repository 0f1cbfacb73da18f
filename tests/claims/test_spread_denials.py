"""A denial of one incident the reader split into two places is both halves' (walk49: "Armenia's Defence
Ministry said ... near Sotk. The ministry said ... also fired at positions in the Gegharkunik region ...
Azerbaijan's Defence Ministry denied the claims." was two proposals, and only the Gegharkunik one, the
vaguer, carried the denial: the Sotk claim was saved "single source"). Reports of our own words."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from mapdata.claims.answers import denied_rows, spread_denials
from mapdata.claims.status import find_clashes
from mapdata.extract import extract
from mapdata.model import Incident

TWO_PLACES = """Armenia's Defence Ministry said on Tuesday that Azerbaijani forces opened fire at Armenian positions near Sotk overnight. The ministry said Azerbaijani units also fired at positions in the Gegharkunik region, wounding one soldier.
Azerbaijan's Defence Ministry denied the claims, calling them disinformation.
"""
DENIAL = "Azerbaijan's Defence Ministry denied the claims, calling them disinformation."
PUBLISHED = dt.date(2026, 12, 1)


def test_the_denial_of_one_incident_told_at_two_places_is_both_halves():
    read = extract(TWO_PLACES, published=PUBLISHED)
    assert [p.place for p in read.proposals] == ["Sotk", "Gegharkunik"]
    spread = spread_denials(read)
    assert [p.responses for p in spread.proposals] == [[DENIAL], [DENIAL]]
    assert denied_rows(spread) == [[0, 1]]  # the reader's own choice (walk49): [[1]], the vaguer half
    assert spread_denials(spread) is spread  # nothing more to add


def test_a_denial_naming_one_place_goes_to_that_half():
    text = TWO_PLACES.replace("denied the claims", "denied firing at Sotk")
    read = extract(text, published=PUBLISHED)
    spread = spread_denials(read)
    assert [bool(p.responses) for p in spread.proposals] == [True, False]  # (the reader: on Gegharkunik)
    assert denied_rows(spread) == [[0]]


def test_claims_of_other_days_or_claimants_are_not_denied_with_it():
    text = """Armenia's Defence Ministry said on Tuesday that Azerbaijani forces opened fire at Armenian positions near Sotk on Monday night.
Armenia's Foreign Ministry said Azerbaijani units fired at Tegh on Sunday, wounding one civilian.
Azerbaijan's Defence Ministry denied the claim.
"""
    read = extract(text, published=PUBLISHED)
    spread = spread_denials(read)
    assert [p.responses for p in spread.proposals] == [p.responses for p in read.proposals]


def test_a_denial_naming_the_place_of_another_claim_goes_to_that_claim():
    text = """Armenia's Defence Ministry said on Tuesday that Azerbaijani forces opened fire at Armenian positions near Sotk on Monday night.
Armenia's Foreign Ministry said Azerbaijani units fired at Tegh on Sunday, wounding one civilian.
Azerbaijan's Defence Ministry denied the claim about Sotk.
"""
    spread = spread_denials(extract(text, published=PUBLISHED))  # (the reader: on the latest claim, Tegh)
    assert [p.place for p in spread.proposals if p.responses] == ["Sotk"]
    assert denied_rows(spread) == [[0]]


def test_both_saved_halves_read_denied():
    spread = spread_denials(extract(TWO_PLACES, published=PUBLISHED))
    rows = []
    for i, proposal in enumerate(spread.proposals):
        values = proposal.incident_values()
        values.update(latitude=39.9 + i * 0.3, longitude=45.6, geo_precision="near")
        rows.append(Incident.create(id=f"r{i}", **values).to_record())
    frame = pd.DataFrame(rows)
    assert set(find_clashes(frame).status.astype(str)) == {"denied"}


def test_the_cli_proposes_what_the_page_saves(tmp_path, capsys):
    import json

    from mapdata.cli import main

    report = tmp_path / "report.txt"
    report.write_text(TWO_PLACES, encoding="utf-8")
    assert main(["extract", str(report), "--published", PUBLISHED.isoformat()]) == 0
    proposals = json.loads(capsys.readouterr().out)["proposals"]
    assert [(p["place"], p["responses"]) for p in proposals] == [("Sotk", [DENIAL]), ("Gegharkunik", [DENIAL])]
