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
    code = main(["geocode", *args])
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert code == (0 if record["status"] == "found" else 3)  # 3: not found (walk47)
    return record


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


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_gazetteer_alias_commands_save_list_and_remove_per_conflict(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at_hill = ["Hill 1234", "--at", "33.2721,35.5012", "--source", "UNIFIL map"]
    assert main(["gazetteer", "alias", *at_hill, "--conflict", "israel-lebanon"]) == 0
    (saved,) = _lines(capsys)
    assert (saved["conflict"], saved["applies_in"], saved["latitude"]) == ("israel-lebanon", "Israel–Lebanon", 33.2721)
    assert main(["gazetteer", "alias", "Zod", "--as", "Sotk"]) == 0  # without --conflict: every conflict
    assert _lines(capsys)[0]["applies_in"] == "all conflicts"

    assert main(["gazetteer", "aliases"]) == 0
    assert [(r["name"], r["conflict"], r["applies_in"]) for r in _lines(capsys)] == [
        ("Hill 1234", "israel-lebanon", "Israel–Lebanon"),
        ("Zod", None, "all conflicts"),
    ]
    assert main(["gazetteer", "aliases", "--conflict", "armenia-azerbaijan"]) == 0
    assert [r["name"] for r in _lines(capsys)] == ["Zod"]
    assert _geocoded(capsys, "Hill 1234", "--conflict", "israel-lebanon")["source"] == "alias"
    assert _geocoded(capsys, "Hill 1234", "--conflict", "armenia-azerbaijan")["source"] != "alias"

    assert main(["gazetteer", "unalias", "Hill 1234"]) == 1  # not saved for every conflict: nothing removed
    err = capsys.readouterr().err
    assert "no alias 'Hill 1234' saved for all conflicts" in err and "--conflict" in err and "Traceback" not in err
    assert main(["gazetteer", "unalias", "Hill 1234", "--conflict", "israel-lebanon"]) == 0
    assert _lines(capsys)[0]["removed"] == "Hill 1234"
    assert [r["name"] for r in PlaceBook(Store(db_path)).alias_rows()] == ["Zod"]

    assert main(["gazetteer", "alias", "Post 9", "--at", "40.3,45.6"]) == 1  # a point needs its source
    assert "--source is required" in capsys.readouterr().err
    assert main(["gazetteer", "alias", "Post 9", "--at", "40.3,45.6", "--source", "x", "--conflict", "mars"]) == 1
    assert "unknown conflict 'mars'" in capsys.readouterr().err
    assert [r["name"] for r in PlaceBook(Store(db_path)).alias_rows()] == ["Zod"]
