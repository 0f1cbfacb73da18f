"""``python -m mapdata extract --csv`` then ``import``: each sentence of a claim's evidence is stored
once, as Add report stores it (round 43: the CLI path stored a sentence once per value it gave: a
one-sentence claim held that sentence six times in its extra)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from mapdata.cli import main
from mapdata.store import Store

# Our own words: one sentence gives the day, place, claimant, accused side, weapon and a loss.
REPORT = """url: https://example.org/evidence-once-43
published: 2024-03-04
outlet: Evidence Once Wire

On 3 March 2024, Armenia's defence ministry said Azerbaijani units opened fire with small arms at Armenian positions near Sotk; one soldier was wounded.
"""


def test_a_sentence_is_stored_once_on_the_cli_path(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert main(["extract", str(report), "--csv"]) == 0
    text = capsys.readouterr().out
    assert len(pd.read_csv(io.StringIO(text))) == 1
    sheet = tmp_path / "proposals.csv"
    sheet.write_text(text, encoding="utf-8")
    Store(db_path, seed=False)
    assert main(["import", str(sheet), "--db", str(db_path), "--no-prepare"]) == 0
    capsys.readouterr()
    [saved] = [i for i in Store(db_path).incidents() if i.source == "Evidence Once Wire"]
    stored = json.dumps(saved.extra, ensure_ascii=False)
    sentence = "Azerbaijani units opened fire with small arms"
    assert stored.count(sentence) == 1, saved.extra
    evidence = saved.extra["evidence"]
    assert list(evidence) == ["claim"] and len(evidence["claim"]) == 1, evidence
    # which values the sentence gave is kept: each field points at it (position 0)
    assert saved.extra["evidence_gave"]["wounded"] == [0], saved.extra
