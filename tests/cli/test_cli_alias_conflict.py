"""The command line places a name by the aliases of the conflict it reads: one saved while reading another
conflict's report ("Post 7" remembered for Israel–Lebanon) is not used, one saved for every conflict is
(round 43: an alias was global, and placed an Armenia–Azerbaijan report's "Post 7" in south Lebanon)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.geo.gazetteer import Gazetteer
from mapdata.geo.placebook import PlaceBook, user_place
from mapdata.store import Store

REPORT = (
    "published: 2022-06-03\n\nThe Armenian Defence Ministry said Azerbaijani units "
    "shelled positions near the village of Zzyxqorvan on 2 June.\n"
)


def _geocoded(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["geocode", *args]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    return json.loads(line)


def test_geocode_uses_the_aliases_of_its_conflict_and_those_for_every_conflict(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = PlaceBook(Store(db_path))
    # remembered as Add report does when a reader clicks the map for it in an Israel–Lebanon report
    assert book.remember_placed_name("Post 7", 33.27, 35.5, conflict="israel-lebanon") is not None

    there = _geocoded(capsys, "Post 7", "--conflict", "israel-lebanon")
    assert there["source"] == "alias" and there["chosen"]["latitude"] == 33.27
    for args in (("--conflict", "armenia-azerbaijan"), ()):  # without --conflict: the default conflict's
        elsewhere = _geocoded(capsys, "Post 7", *args)
        assert elsewhere["source"] != "alias", elsewhere
        assert (elsewhere.get("chosen") or {}).get("latitude") != 33.27

    book.save_alias("Post 8", user_place("Post 8", 40.3, 45.6))  # every conflict
    for args in (("--conflict", "armenia-azerbaijan"), (), ("--conflict", "israel-lebanon")):
        assert _geocoded(capsys, "Post 8", *args)["chosen"]["latitude"] == 40.3


def test_extract_reads_a_report_with_the_aliases_of_its_conflict(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    book = PlaceBook(Store(db_path))
    # remembered as Add report does when a reader clicks the map for it in an Israel–Lebanon report
    assert book.remember_placed_name("Zzyxqorvan", 33.27, 35.5, conflict="israel-lebanon") is not None

    assert main(["extract", str(report), "--db", str(db_path)]) == 0  # read as Armenia–Azerbaijan
    (proposal,) = json.loads(capsys.readouterr().out)["proposals"]
    assert proposal["resolved"] is False  # the Israel–Lebanon alias does not place it

    book.save_alias("Zzyxqorvan", Gazetteer.default().geocode("Goris").place, "armenia-azerbaijan")
    assert main(["extract", str(report), "--db", str(db_path)]) == 0
    (proposal,) = json.loads(capsys.readouterr().out)["proposals"]
    assert proposal["resolved"] is True and round(proposal["latitude"], 2) == 39.51
