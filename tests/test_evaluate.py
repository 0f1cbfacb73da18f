"""The evaluator: its matching rule, and the extractor's scores on real and on our own labelled reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mapdata.evaluate import FIGURES, evaluate_dir, match
from mapdata.extract.pipeline import Proposal
from mapdata.geo.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "reports"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _proposal(
    date: str | None,
    place: str | None,
    precision: str | None = "exact",
    key: str | None = None,
    side: str = "Armenia",
    accused: str = "Azerbaijan",
) -> Proposal:
    return Proposal(
        date=date,
        date_precision="day",
        place=place,
        latitude=None,
        longitude=None,
        geo_precision=precision,
        admin1=None,
        country=None,
        claimant="x",
        reporting_side=side,
        accused_side=accused,
        event_type="other",
        weapons=[],
        killed=None,
        wounded=None,
        summary=None,
        source=None,
        source_url=None,
        published=None,
        place_key=key,
    )


def _assert_all_figures_at_least(report: dict, threshold: float) -> None:
    for name, figures in [("overall", report["overall"]), *report["files"].items()]:
        for figure in FIGURES:
            value = figures[figure]
            assert value is None or value >= threshold, f"{name}: {figure} = {value}"


def test_shared_articles_score_at_least_0_9_on_every_figure(articles_dir, gazetteer):
    report = evaluate_dir(articles_dir, gazetteer)
    assert report["overall"]["files"] >= 6 and report["overall"]["labels"] >= 18
    _assert_all_figures_at_least(report, 0.9)


def test_our_own_reports_score_at_least_0_9_on_every_figure(gazetteer):
    report = evaluate_dir(FIXTURES, gazetteer)
    assert report["overall"]["files"] == len(list(FIXTURES.glob("*.labels.json")))
    _assert_all_figures_at_least(report, 0.9)
    assert report["files"]["07_no_incident.txt"]["proposals"] == 0


def test_null_label_place_matches_no_place_or_a_region_fallback_only(gazetteer):
    label = [{"date": "2023-01-02", "place": None, "reported_by": "Armenian MoD", "accused": "Azerbaijan"}]
    assert match(label, [_proposal("2023-01-02", None, None)], gazetteer) == [(0, 0)]
    assert match(label, [_proposal("2023-01-02", "Armenia–Azerbaijan border", "region")], gazetteer) == [(0, 0)]
    assert match(label, [_proposal("2023-01-02", "Sotk", "exact")], gazetteer) == []


def test_places_match_by_name_or_by_gazetteer_entry_and_dates_must_agree(gazetteer):
    sotk = gazetteer.geocode("Sotk").place
    label = [{"date": "2023-01-02", "place": "Zod", "reported_by": "Armenian MoD", "accused": "Azerbaijan"}]
    assert match(label, [_proposal("2023-01-02", "Sotk", key=sotk.key)], gazetteer) == [
        (0, 0)
    ]  # Zod is Sotk's other name
    assert match(label, [_proposal("2023-01-03", "Sotk", key=sotk.key)], gazetteer) == []
    assert match(label, [_proposal("2023-01-02", "Kapan", key="geonames:174875")], gazetteer) == []


def test_pairs_agreeing_on_sides_are_preferred(gazetteer):
    labels = [
        {"date": "2023-01-02", "place": None, "reported_by": "Azerbaijani MoD", "accused": "Armenia"},
        {"date": "2023-01-02", "place": None, "reported_by": "unattributed (X)", "accused": "Armenia"},
    ]
    proposals = [
        _proposal("2023-01-02", None, None, side="media", accused="Armenia"),
        _proposal("2023-01-02", None, None, side="Azerbaijan", accused="Armenia"),
    ]
    assert match(labels, proposals, gazetteer) == [(0, 1), (1, 0)]


def test_command_line_prints_json_and_exits_0():
    done = subprocess.run(
        [sys.executable, "-m", "mapdata.evaluate", str(FIXTURES)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[1],
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(FIGURES) <= set(report["overall"]) and "01_eu_mission_small_arms.txt" in report["files"]


def test_command_line_rejects_a_missing_folder(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "mapdata.evaluate", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[1],
        timeout=300,
    )
    assert done.returncode == 2 and "not a folder" in done.stderr
