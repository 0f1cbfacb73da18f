"""Duplicates before saving: crafted near-duplicates, a re-pasted bundled report, and the user's decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import make_claim
from mapdata.curation import duplicates as dup
from mapdata.curation.duplicates import find_duplicates, lacking_source, save_with_decisions, url_key
from mapdata.extract import extract
from mapdata.extract.review import proposal_rows, rows_to_incidents
from mapdata.model import Incident
from mapdata.store import Store

# The base claim (Armenian MoD on Sotk) on another day, from another outlet.
STORED = dict(
    id="csv:stored",
    date="2021-03-03",  # no bundled claim near this day
    geo_precision="exact",
    source="Outlet A",
    source_url="https://www.example.org/news/1/",
    origin="csv",
)


def incoming(**changes) -> Incident:
    values = {**STORED, "id": "csv:incoming", "source": "Outlet B", "source_url": None, **changes}
    return make_claim(**values)


@pytest.fixture
def stored(store: Store) -> Store:
    store.save([make_claim(**STORED)])
    return store


def reasons(store: Store, claim: Incident) -> tuple[str, ...] | None:
    matches = find_duplicates(store, [claim])
    assert len(matches) <= 1
    return matches[0].reasons if matches else None


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({}, ("same claimant", "same date", "same place")),
        (
            {"date": "2021-03-04", "place": "Sotk village", "longitude": 45.9},
            ("same claimant", "date within a day", "2.5 km apart"),
        ),
        ({"claimant": "armenian  MOD"}, ("same claimant", "same date", "same place")),  # case and spacing folded
        (
            {"place": "Zod", "latitude": 40.21},
            ("same claimant", "same date", "1.1 km apart"),
        ),  # another spelling, same spot
        (
            {"source_url": "http://example.org/news/1?utm_source=x#top"},
            ("same claimant", "same date", "same place", "same source URL"),
        ),
        (
            {"date": "2021-03-09", "source_url": "https://example.org/news/1"},
            ("same claimant", "same place", "same source URL"),
        ),  # the same report pasted again with its date corrected
    ],
)
def test_crafted_near_duplicates_are_flagged_with_their_reasons(stored, changes, expected):
    assert reasons(stored, incoming(**changes)) == expected


@pytest.mark.parametrize(
    "changes",
    [
        {"date": "2021-03-05"},  # two days later
        {"claimant": "Azerbaijani MoD", "reporting_side": "Azerbaijan"},  # the other side's claim: a counter-claim
        {"place": "Jermuk", "latitude": 39.84, "longitude": 45.67},  # 40 km away, both exactly located
        {"id": "csv:stored", "summary": "new text"},  # the same id is an update of the claim, not a duplicate
        # another incident of the same report: one report tells many (walk4 lost three of report 33's so)
        {"place": "Tegh", "latitude": 39.56, "longitude": 46.48, "source_url": "https://example.org/news/1"},
        {
            "claimant": "Someone else",
            "date": "2020-01-01",
            "place": "Tegh",
            "latitude": 39.56,
            "longitude": 46.48,
            "source_url": "https://example.org/news/1",
        },
    ],
)
def test_what_is_not_a_duplicate(stored, changes):
    assert reasons(stored, incoming(**changes)) is None


def test_coarse_locations_count_as_near_at_a_wider_distance(stored):
    far = {"place": "Vardenis area", "latitude": 40.05, "longitude": 45.6}  # ~28 km from the stored point
    assert reasons(stored, incoming(**far)) is None
    assert reasons(stored, incoming(**far, geo_precision="region"))[-1] == "28.4 km apart"


def test_retracted_claims_are_not_compared(stored):
    stored.retract(["csv:stored"], reason="wrong")
    assert reasons(stored, incoming()) is None


def test_the_best_match_is_chosen(stored):
    stored.save([make_claim(**{**STORED, "id": "csv:other", "date": "2021-03-02", "longitude": 45.9})])
    [match] = find_duplicates(stored, [incoming()])
    assert match.stored.id == "csv:stored" and match.incoming.id == "csv:incoming"


def test_url_key_ignores_scheme_www_slash_fragment_and_tracking():
    assert url_key("https://www.Example.org/a/?utm_medium=x&id=3#p") == url_key("http://example.org/a?id=3")
    assert url_key("https://example.org/a") != url_key("https://example.org/b")
    assert url_key("unknown (citing AzerTac)") is None


def test_a_crowded_bucket_is_read_only_up_to_its_limit():
    crowd = [dup._key(f"s{i}", incoming().date, "X", "Sotk", 40.2, 45.87, "exact", None) for i in range(5000)]
    index = dup._Index(crowd)
    assert max(len(bucket) for bucket in index.by_cell.values()) == dup.BUCKET_LIMIT
    assert len(list(index.candidates(crowd[0]))) <= 2 * dup.BUCKET_LIMIT  # its cell bucket + its place bucket


def test_claims_without_any_source_are_picked_out():
    assert lacking_source(
        [incoming(source=None), incoming(source="AzerTac"), incoming(source=None, source_url="https://x.org/1")]
    ) == [incoming(source=None)]


# -- decisions -------------------------------------------------------------------------------


def test_skip_keep_and_merge(stored):
    a = incoming(id="csv:a", wounded=3)
    b = incoming(id="csv:b", date="2021-03-04")
    c = incoming(id="csv:c", killed=1, source_url="https://other.example/2")
    fresh = incoming(id="csv:fresh", claimant="UNIFIL", reporting_side="third party")
    matches = find_duplicates(stored, [a, b, c, fresh])
    assert [m.incoming.id for m in matches] == ["csv:a", "csv:b", "csv:c"]
    result = save_with_decisions(
        stored, [a, b, c, fresh], matches, {"csv:a": "merge", "csv:b": "keep"}, origin="csv", label="t"
    )
    assert result.new == ["csv:b", "csv:fresh"]
    assert result.skipped == ["csv:c"]  # no decision: skipped, never saved twice by default
    assert result.merged == {"csv:a": "csv:stored"}
    assert stored.get("csv:stored").wounded == 3 and stored.get("csv:a") is None and stored.get("csv:c") is None
    with pytest.raises(ValueError, match="unknown decision"):
        save_with_decisions(stored, [a], matches, {"csv:a": "delete"}, origin="csv", label="t")  # type: ignore[dict-item]


def test_one_decision_for_every_flagged_claim(stored):
    a, b = incoming(id="csv:a"), incoming(id="csv:b", date="2021-03-02")
    matches = find_duplicates(stored, [a, b])
    assert save_with_decisions(stored, [a, b], matches, "keep", origin="csv", label="t").new == ["csv:a", "csv:b"]


# -- re-pasting a report whose claims are stored ---------------------------------------------

OUR_REPORT = """url: https://example.org/reports/goris-kapan
published: 2022-09-13
outlet: A1+

Azerbaijani forces shelled positions near Goris and Kapan overnight, the Armenian Defence Ministry said on Tuesday.
"""


def _proposed(text: str) -> list[Incident]:
    result = extract(text)
    rows = proposal_rows(result.proposals)
    for row in rows:
        row["save"] = True
    points = {i: (40.15, 45.95, "border") for i, p in enumerate(result.proposals) if not p.resolved}
    outcome = rows_to_incidents(rows, result.proposals, points, geocode=lambda name: None)
    return [r.incident for r in outcome if r.incident is not None]


def test_a_report_restating_bundled_claims_is_flagged(store):
    proposed = _proposed(OUR_REPORT)
    assert proposed
    matches = find_duplicates(store, proposed)
    assert len(matches) == len(proposed)
    # (the bundled claims keep no link to a report that is in ../shared: claimant, day and place match)
    assert all(m.stored.origin == "bundled" and {"same claimant", "same place"} <= set(m.reasons) for m in matches)


@pytest.mark.shared
def test_repasting_the_report_this_project_started_from_flags_every_claim(store, articles_dir: Path):
    text = next(articles_dir.glob("00_*.txt")).read_text("utf-8")
    proposed = _proposed(text)
    assert len(proposed) == 3
    matches = find_duplicates(store, proposed)
    assert {m.incoming.claimant: m.stored.id for m in matches} == {
        "Azerbaijani MoD": "bundled:2023-05-12-az-mod-border-mortars",
        "Armenian MoD": "bundled:2023-05-12-am-mod-sotk-uav",
        "Daily Sabah": "bundled:2023-05-11-media-border-clash",
    }
    assert all({"same claimant", "same date"} <= set(m.reasons) for m in matches)
