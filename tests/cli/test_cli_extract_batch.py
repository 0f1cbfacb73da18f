"""From reports to saved claims in a script: ``extract`` reads several reports (a folder's
``*.txt``) and ``--csv`` prints what the Add report page would save, as a file ``import`` reads."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from mapdata.cli import main
from mapdata.store import Store

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
TWO = [str(REPORTS / "11_two_claims.txt"), str(REPORTS / "01_eu_mission_small_arms.txt")]


def test_reports_to_a_csv_that_import_saves(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", *TWO, "--csv"]) == 0
    text = capsys.readouterr().out
    proposals = pd.read_csv(io.StringIO(text))
    assert len(proposals) >= 2 and proposals["id"].str.startswith("article:").all()
    assert set(proposals["source_url"].str.split("/").str[2]) == {
        "example-regional.com",
        "caucasus-monitor.example.org",
    }
    sheet = tmp_path / "proposals.csv"
    sheet.write_text(text, encoding="utf-8")
    Store(db_path, seed=False)
    assert main(["import", str(sheet), "--db", str(db_path), "--no-prepare"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["new"], summary["rejected"]) == (len(proposals), 0)
    saved = Store(db_path).frame()
    assert sorted(saved["id"]) == sorted(proposals["id"])


def test_several_reports_give_one_json_object_per_line_and_a_missing_one_does_not_stop_the_rest(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", TWO[0], str(REPORTS / "missing.txt"), TWO[1]]) == 1
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["file"] for line in lines] == [TWO[0], TWO[1]]
    assert all(line["proposals"] for line in lines)
    assert "error: " in captured.err and "missing.txt" in captured.err


def test_a_report_with_only_a_dateline_is_dated_by_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # as on the Add report page: no --published and no published: line, a dateline at the top
    report = tmp_path / "dateline.txt"
    report.write_text(
        "Yerevan, 14 March 2024.\n\nAzerbaijani forces fired mortars at Armenian positions near Sotk on Thursday, "
        "wounding a soldier, the Armenian Defence Ministry said.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(report)]) == 0
    captured = capsys.readouterr()
    proposals = json.loads(captured.out)["proposals"]
    assert [(p["date"], p["place"]) for p in proposals] == [("2024-03-14", "Sotk")]
    assert "read as 2024-03-14" in captured.err


def test_sentences_that_gave_no_claim_are_in_the_json_and_named_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.extract.test_leftovers import REPORT

    report = tmp_path / "leftover.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert main(["extract", str(report)]) == 0
    captured = capsys.readouterr()
    [left] = json.loads(captured.out)["leftovers"]
    assert left["proposals"][0]["place"] == "Kut"
    assert 'note: 1 sentence(s) tell of fire or losses but gave no claim; they are under "leftovers"' in captured.err
    assert main(["extract", "--csv", str(report)]) == 0
    captured = capsys.readouterr()
    assert "Kut" not in captured.out and "they are not in the CSV" in captured.err
