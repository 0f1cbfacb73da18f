"""The evaluator: its matching rule, and the extractor's scores on real and on our own labelled reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mapdata.evaluate import FIGURES, evaluate_dir, label_accused, label_side, load_split, match
from mapdata.extract.proposal import Proposal
from mapdata.geo.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
SPLIT = Path(__file__).parents[1] / "docs" / "extraction-split.json"


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
        place_key=key,
    )


def _assert_all_figures_at_least(report: dict, threshold: float) -> None:
    for name, figures in [("overall", report["overall"]), *report["files"].items()]:
        for figure in FIGURES:
            value = figures[figure]
            assert value is None or value >= threshold, f"{name}: {figure} = {value}"


# A regression floor on the build set of ../shared/articles (docs/extraction-quality.md): a little
# below what the build set reaches, so a change that breaks reading fails here. Never tuned to
# the held-out set, which is only measured (the doc records its figures).
BUILD_FLOOR = {  # the build set reaches 0.83 / 0.84 / 0.96 / 1.00 / 0.94 / 0.88 after round 5 (docs/extraction-quality.md)
    "precision": 0.80,
    "recall": 0.81,
    "reporting_side": 0.92,
    "accused_side": 0.95,
    "killed": 0.90,
    "wounded": 0.84,
}
# From round 5 (the rotation) the held-out reports are read too: a floor on all 40, a little below
# what they reach (0.84 / 0.75 / 0.91 / 0.99 / 0.91 / 0.83), guards the rules found on either set.
ALL_FLOOR = {
    "precision": 0.81,
    "recall": 0.72,
    "reporting_side": 0.88,
    "accused_side": 0.95,
    "killed": 0.88,
    "wounded": 0.80,
}


def test_build_set_scores_at_least_its_floor(articles_dir, gazetteer):
    split = load_split(SPLIT)
    report = evaluate_dir(articles_dir, only=split["sets"]["build"], conflicts=split["conflicts"])
    assert report["overall"]["files"] == len(split["sets"]["build"]) == 20
    for figure, floor in BUILD_FLOOR.items():
        assert report["overall"][figure] >= floor, f"build set: {figure} = {report['overall'][figure]} < {floor}"


def test_all_reports_score_at_least_their_floor(articles_dir, gazetteer):
    report = evaluate_dir(articles_dir, conflicts=load_split(SPLIT)["conflicts"], details=False)
    assert report["overall"]["files"] == 40
    for figure, floor in ALL_FLOOR.items():
        assert report["overall"][figure] >= floor, f"all reports: {figure} = {report['overall'][figure]} < {floor}"


def test_heldout_set_never_reads_worse_than_before_the_work(articles_dir, gazetteer):
    """The held-out reports are never used to build, so no floor here is tuned to them: the floor
    is the first-run figures recorded in the split file before any change for issue 16. Precision
    and recall only: side and casualty accuracies are over matched pairs, whose number grows."""
    split = load_split(SPLIT)
    report = evaluate_dir(articles_dir, only=split["sets"]["heldout"], conflicts=split["conflicts"], details=False)
    assert report["overall"]["files"] == len(split["sets"]["heldout"]) == 20
    for figure, first_run in split["first_run"]["heldout"].items():
        assert report["overall"][figure] >= first_run, f"held-out set: {figure} fell below its first run {first_run}"


def test_the_split_is_stratified_by_conflict_and_covers_every_report(articles_dir):
    split = load_split(SPLIT)
    build, heldout = set(split["sets"]["build"]), set(split["sets"]["heldout"])
    assert not build & heldout
    assert build | heldout == {p.name for p in articles_dir.glob("*.txt")}
    for conflict in set(split["conflicts"].values()):
        in_build = sum(split["conflicts"][n] == conflict for n in build)
        in_heldout = sum(split["conflicts"][n] == conflict for n in heldout)
        assert in_build == in_heldout >= 2, conflict


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


def test_a_kind_word_closing_a_name_is_no_part_of_it_as_labels_write_places(gazetteer):
    # labels write places without village/district/valley words (../shared/README.md)
    label = [{"date": "2023-01-02", "place": "Leepa", "reported_by": "ISPR", "accused": "India"}]
    assert match(label, [_proposal("2023-01-02", "Leepa Valley")], gazetteer) == [(0, 0)]
    assert match(label, [_proposal("2023-01-02", "Leepa Sector")], gazetteer) == [(0, 0)]
    assert match(label, [_proposal("2023-01-02", "Valley")], gazetteer) == []
    assert match(label, [_proposal("2023-01-02", "Leepa Heights")], gazetteer) == []
    nakhchivan = [{"date": None, "place": "Nakhchivan", "reported_by": "Azerbaijani MoD", "accused": "Armenia"}]
    assert match(nakhchivan, [_proposal(None, "Nakhchivan Autonomous Republic")], gazetteer) == [(0, 0)]
    assert match(nakhchivan, [_proposal(None, "Autonomous Republic")], gazetteer) == []
    # (a landmark's kind word, which labellers keep or drop: "Ghost mountain", "Ta Krabey" of "Ta Krabey temples")
    ghost = [{"date": "2025-07-27", "place": "Ghost mountain", "reported_by": "Cambodian MoD", "accused": "Thailand"}]
    assert match(ghost, [_proposal("2025-07-27", "Ghost")], gazetteer) == [(0, 0)]
    assert match(ghost, [_proposal("2025-07-27", "Mountain")], gazetteer) == []


def test_a_proposal_dated_only_to_a_month_names_no_day_like_a_null_label(gazetteer):
    import dataclasses

    month = dataclasses.replace(_proposal("2014-09-01", "Sotk"), date_precision="month")
    undated = [{"date": None, "place": "Sotk", "reported_by": "Armenian MoD", "accused": "Azerbaijan"}]
    first_day = [{"date": "2014-09-01", "place": "Sotk", "reported_by": "Armenian MoD", "accused": "Azerbaijan"}]
    assert match(undated, [month], gazetteer) == [(0, 0)]
    assert match(first_day, [month], gazetteer) == []  # "last month" is not the 1st of the month
    assert match(first_day, [_proposal("2014-09-01", "Sotk")], gazetteer) == [(0, 0)]
    week = dataclasses.replace(_proposal("2014-09-01", "Sotk"), date_precision="week")
    assert match(first_day, [week], gazetteer) == [(0, 0)]  # a week's date is a day the text named


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


def test_sides_are_compared_through_the_conflicts_names():
    from mapdata.profiles import default_catalog

    catalog = default_catalog()
    india_pakistan, israel_lebanon = catalog.require("india-pakistan"), catalog.require("israel-lebanon")
    assert label_side("ISPR (Pakistan army)", india_pakistan) == "Pakistan"
    assert label_side("Jammu and Kashmir police", india_pakistan) == "India"
    assert label_side("unattributed (Some Daily)", india_pakistan) == "media"
    assert label_side("Lebanese health ministry", israel_lebanon) == "Lebanon"
    assert label_side("UNIFIL", israel_lebanon) == "third party"
    assert label_side("Cambodian officials", catalog.require("thailand-cambodia")) == "Cambodia"
    assert label_accused("Hezbollah", israel_lebanon) == "Hezbollah"
    assert label_accused(None, israel_lebanon) == "unknown"


def test_every_miss_and_false_proposal_has_a_reason(tmp_path, gazetteer):
    (tmp_path / "r.txt").write_text(
        "published: 2023-05-13\n\nAzerbaijani forces shelled Sotk on Friday, the Armenian Defence Ministry said. "
        "Azerbaijani forces also fired at Kapan on Thursday, the ministry said.\n",
        encoding="utf-8",
    )
    labels = [
        {"date": "2023-05-12", "place": "Sotk", "reported_by": "Armenian MoD", "accused": "Azerbaijan"},
        {"date": "2023-05-10", "place": "Kapan", "reported_by": "Armenian MoD", "accused": "Azerbaijan"},
        {"date": "2023-05-01", "place": "Jermuk", "reported_by": "Armenian MoD", "accused": "Azerbaijan"},
    ]
    (tmp_path / "r.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    report = evaluate_dir(tmp_path, gazetteer)
    detail = report["files"]["r.txt"]
    assert sorted((m["place"], m["reason"]) for m in detail["missed"]) == [
        ("Jermuk", "not found"),
        ("Kapan", "wrong date"),
    ]
    assert [(f["place"], f["reason"]) for f in detail["false"]] == [("Kapan", "wrong date")]
    assert report["conflicts"]["armenia-azerbaijan"]["reasons"]["missed"] == {"not found": 1, "wrong date": 1}


def test_a_label_pooled_over_places_counts_each_of_them_once(tmp_path, gazetteer):
    """../shared/README.md: casualties pooled over several places are one label with a ``places``
    list. A proposal per place is that incident told per place: one match, the others neither a
    second match nor false; a place outside the list stays false."""
    (tmp_path / "r.txt").write_text(
        "published: 2023-05-13\n\nShelling of Sotk and Kapan\n\n"
        "Azerbaijani forces shelled Sotk and Kapan on Friday, wounding three people, the Armenian Defence "
        "Ministry said. Azerbaijani forces also fired at Jermuk on Friday, the ministry said.\n",
        encoding="utf-8",
    )
    labels = [
        {
            "date": "2023-05-12",
            "place": "Kapan",
            "places": ["Kapan", "Sotk"],
            "reported_by": "Armenian MoD",
            "accused": "Azerbaijan",
            "wounded": 3,
        }
    ]
    (tmp_path / "r.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    detail = evaluate_dir(tmp_path, gazetteer)["files"]["r.txt"]
    assert (detail["matched"], detail["pooled"], detail["proposals"]) == (1, 1, 3)
    assert detail["recall"] == 1.0 and detail["precision"] == round(2 / 3, 4)
    assert [(f["place"], f["reason"]) for f in detail["false"]] == [("Jermuk", "wrong place")]


def test_a_pooled_label_matches_a_proposal_at_any_of_its_places(gazetteer):
    sotk = gazetteer.geocode("Sotk").place
    label = [{"date": "2023-01-02", "place": "Kapan", "places": ["Kapan", "Sotk"], "reported_by": "Armenian MoD"}]
    assert match(label, [_proposal("2023-01-02", "Sotk", key=sotk.key)], gazetteer) == [(0, 0)]


def _sotk_and_kut(tmp_path, gazetteer, text: str) -> dict:
    """The overall figures of one report whose labels are fire at Sotk and at Kut on 14 March 2024."""
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    labels = [
        {"date": "2024-03-14", "place": place, "reported_by": "Armenian MoD", "accused": "Azerbaijan"}
        for place in ("Sotk", "Kut")
    ]
    (tmp_path / "r.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return evaluate_dir(tmp_path, gazetteer)["overall"]


def test_recall_with_leftovers_counts_what_a_reviewer_adding_every_listed_sentence_would_reach(tmp_path, gazetteer):
    from tests.extract.test_leftovers import REPORT

    overall = _sotk_and_kut(tmp_path, gazetteer, REPORT)
    assert (overall["recall"], overall["precision"]) == (0.5, 1.0)  # the proposals alone are scored as before
    assert (overall["leftovers"], overall["recall_with_leftovers"]) == (1, 1.0)


def test_recall_one_click_counts_a_claim_at_another_place_its_sentences_name(tmp_path, gazetteer):
    from tests.extract.test_other_places import TWO_PLACES

    overall = _sotk_and_kut(tmp_path, gazetteer, TWO_PLACES)
    assert (overall["recall"], overall["recall_with_leftovers"], overall["recall_one_click"]) == (0.5, 0.5, 1.0)


def test_a_split_names_reports_with_or_without_txt_and_a_name_not_in_the_folder_is_an_error(tmp_path):
    """A set naming reports the folder lacks was measured as a smaller set in silence (0 files, no figures)."""
    names = sorted(p.stem for p in FIXTURES.glob("*.labels.json"))[:2]
    stems = [name.removesuffix(".labels") for name in names]
    split = {"sets": {"a": [stems[0], stems[1] + ".txt"], "b": [stems[0], "99_not_here", "98_nor_this"]}}
    (tmp_path / "split.json").write_text(json.dumps(split), encoding="utf-8")

    def run(name: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "mapdata.evaluate",
                str(FIXTURES),
                "--split",
                str(tmp_path / "split.json"),
                "--set",
                name,
                "--summary",
            ],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parents[1],
            timeout=300,
        )

    done = run("a")
    assert done.returncode == 0, done.stderr
    assert sorted(json.loads(done.stdout)["files"]) == [stem + ".txt" for stem in stems]
    done = run("b")
    assert done.returncode == 2 and done.stdout == ""
    assert (
        "2 report(s) with no NAME.txt and NAME.labels.json" in done.stderr and "98_nor_this, 99_not_here" in done.stderr
    )
