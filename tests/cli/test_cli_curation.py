"""``edit``, ``retract``/``restore``, ``review``, ``history``, ``batches``/``batch``: the record corrected from a script."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from mapdata.cli import main
from mapdata.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOTK = "bundled:2023-05-12-am-mod-sotk-uav"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.startswith("{")], err


def test_edit_changes_fields_and_prints_old_and_new(store: Store, capsys) -> None:
    code, [out], _ = run(
        capsys, "edit", SOTK, "date=2023-05-13", "killed=", "--note", "wire had it wrong", "--by", "ana"
    )
    assert code == 0 and out["changed"] is True
    [entry] = out["entries"]
    assert entry["changes"] == {"date": {"old": "2023-05-12", "new": "2023-05-13"}}
    assert (entry["who"], entry["note"]) == ("ana", "wire had it wrong")
    assert store.get(SOTK).date.isoformat() == "2023-05-13"


def test_edit_with_a_new_place_name_moves_the_point_through_the_gazetteer(store: Store, capsys) -> None:
    code, [out], _ = run(capsys, "edit", SOTK, "place=Jermuk")
    assert code == 0
    moved = store.get(SOTK)
    assert moved.place == "Jermuk" and abs(moved.latitude - 39.84) < 0.05 and abs(moved.longitude - 45.67) < 0.05
    assert set(out["entries"][0]["changes"]) >= {"place", "latitude", "longitude"}


def test_edit_errors_name_the_field_and_change_nothing(store: Store, capsys) -> None:
    before = store.get(SOTK)
    for argv, message in (
        (("place=Nowhereville Xq",), "place: 'Nowhereville Xq' cannot be placed"),
        (("date=2023-13-01",), "date: not a valid date"),
        (("killed=many",), "killed: not a number"),
        (("origin=acled",), "origin: cannot be edited"),
        (("date",), "write each change as field=value"),
    ):
        code, _, err = run(capsys, "edit", SOTK, *argv)
        assert code == 1 and message in err, err
    code, _, err = run(capsys, "edit", "nope", "date=2023-01-01")
    assert code == 1 and "no claim with id 'nope'" in err
    assert store.get(SOTK) == before and [e.action for e in store.history(SOTK)] == ["create"]


def test_edit_lists_every_problem_at_once_and_saves_nothing(store: Store, capsys) -> None:
    """As the app's "Correct this claim" form: three mistakes are three ``error:`` lines, in the order
    typed, not one per run (the first stopped the command, so fixing them took three runs)."""
    before = store.get(SOTK)
    code, out, err = run(capsys, "edit", SOTK, "date=2023-13-45", "killed=-3", "place=Nowhereville Xq", "--by", "ana")
    lines = err.strip().splitlines()
    assert code == 1 and out == [] and "Traceback" not in err, err
    assert [line.split(":")[:2] for line in lines] == [["error", " date"], ["error", " killed"], ["error", " place"]]
    assert "not a valid date: '2023-13-45'" in lines[0]
    assert "whole number ≥ 0, got -3" in lines[1]
    assert "'Nowhereville Xq' cannot be placed" in lines[2]
    assert store.get(SOTK) == before and [e.action for e in store.history(SOTK)] == ["create"]
    # the same edit put right saves, as one history entry
    code, [saved], err = run(capsys, "edit", SOTK, "date=2023-05-13", "killed=3", "place=Jermuk", "--by", "ana")
    assert code == 0 and saved["changed"] is True, err
    assert [e.action for e in store.history(SOTK)] == ["create", "edit"]
    moved = store.get(SOTK)
    assert (moved.date.isoformat(), moved.killed, moved.place) == ("2023-05-13", 3, "Jermuk")


def test_edit_names_a_day_to_come_and_an_unknown_field_together(store: Store, capsys) -> None:
    """Checks of the edit as a whole (a date after tomorrow, a name that is no field) are listed
    beside each other too."""
    code, _, err = run(capsys, "edit", SOTK, "date=2099-01-01", "kiled=2")
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 2 and all(line.startswith("error: ") for line in lines), err
    assert "2099-01-01" in err and "not yet happened" in err and "kiled: is not a field of a claim" in err
    assert [e.action for e in store.history(SOTK)] == ["create"]


def test_retract_restore_and_history(store: Store, capsys) -> None:
    code, [out], _ = run(capsys, "retract", SOTK, "--reason", "same claim as the wire story", "--by", "ana")
    assert code == 0 and out == {"retracted": [SOTK], "already_retracted": []}
    with pytest.raises(SystemExit) as exit_info:
        main(["retract", SOTK])
    assert exit_info.value.code == 2 and "--reason" in capsys.readouterr().err  # a retraction always says why
    assert store.count() == 17
    code, [out], _ = run(capsys, "restore", SOTK, "--note", "checked: a separate claim")
    assert code == 0 and out["restored"] == [SOTK]
    code, entries, _ = run(capsys, "history", SOTK)
    assert [e["action"] for e in entries] == ["create", "retract", "restore"]
    assert entries[1]["note"] == "same claim as the wire story" and entries[1]["who"] == "ana"
    main(["history", SOTK, "--text"])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and lines[1].endswith("ana retract (same claim as the wire story)")


def test_review_sets_status_for_several_claims(store: Store, capsys) -> None:
    ids = store.frame()["id"].tolist()[:3]
    code, [out], _ = run(capsys, "review", *ids, "--status", "verified", "--note", "OSCE confirms")
    assert code == 0 and out["changed"] == ids
    assert set(store.frame().set_index("id").loc[ids, "review_status"]) == {"verified"}
    with pytest.raises(SystemExit):
        main(["review", ids[0], "--status", "approved"])
    assert "invalid choice" in capsys.readouterr().err


def test_undoing_an_import_batch_and_restoring_it(db_path: Path, capsys) -> None:
    code, [imported], _ = run(capsys, "import", str(FIXTURES / "acled_current_synthetic.csv"), "--db", str(db_path))
    assert code == 0 and imported["new"] == 5
    code, batches, _ = run(capsys, "batches", "--db", str(db_path))
    assert batches[0]["id"] == imported["batch"] and batches[0]["live_claims"] == 5
    assert batches[0]["label"].startswith("acled_current_synthetic.csv")
    code, [out], _ = run(capsys, "batch", "retract", imported["batch"], "--reason", "wrong file", "--db", str(db_path))
    assert code == 0 and out == {"batch": imported["batch"], "retracted": 5}
    assert Store(db_path).count() == 18
    code, [out], _ = run(capsys, "batch", "restore", imported["batch"], "--db", str(db_path))
    assert out["restored"] == 5 and Store(db_path).count() == 23
    code, _, err = run(capsys, "batch", "retract", "no-such-batch", "--reason", "x", "--db", str(db_path))
    assert code == 1 and "no import batch with id 'no-such-batch'" in err


def test_import_skips_duplicates_by_default_and_can_merge_them(db_path: Path, capsys) -> None:
    rows = (
        "date,place,latitude,longitude,claimant,reporting_side,source,wounded\n"
        "2023-05-12,Sotk,40.2,45.87,Armenian MoD,Armenia,Another outlet,5\n"
        "2021-01-01,Tegh,39.56,46.48,UNIFIL,third party,x,\n"
    )
    path = db_path.parent / "rows.csv"
    path.write_text(rows, encoding="utf-8")
    code, [dry], _ = run(capsys, "import", str(path), "--db", str(db_path), "--dry-run")
    assert code == 0 and dry["duplicates"] == 1 and dry["duplicate_matches"][0]["stored_id"] == SOTK
    code, [out], _ = run(capsys, "import", str(path), "--db", str(db_path))
    assert code == 0 and (out["new"], out["skipped_duplicates"]) == (1, 1)
    _, [out], _ = run(capsys, "import", str(path), "--db", str(db_path), "--duplicates", "merge")
    assert (out["new"], out["unchanged"], out["merged_duplicates"]) == (0, 1, 1)
    store = Store(db_path)
    assert store.get(SOTK).wounded == 2  # the stored value stays
    assert store.get(SOTK).extra["merged_sources"][0]["source"] == "Another outlet"


def test_export_leaves_out_retracted_claims_unless_asked_and_can_carry_the_history(store: Store, capsys) -> None:
    store.retract([SOTK], reason="duplicate", who="ana")
    store.review(["bundled:2022-09-13-am-mod-sotk"], "verified")
    main(["export", "--format", "geojson"])
    ids = {f["id"] for f in json.loads(capsys.readouterr().out)["features"]}
    assert SOTK not in ids and len(ids) == 17
    main(["export", "--format", "geojson", "--include-retracted", "--with-history"])
    features = {f["id"]: f["properties"] for f in json.loads(capsys.readouterr().out)["features"]}
    assert features[SOTK]["retracted_reason"] == "duplicate"
    assert [e["action"] for e in features[SOTK]["history"]] == ["create", "retract"]
    main(["export", "--format", "csv", "--review", "verified", "--with-history"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1 and rows[0]["review_status"] == "verified"
    assert rows[0]["history"].split("\n")[1].endswith("review: review_status unreviewed → verified")  # a line per entry


def test_info_counts_retracted_claims_apart_and_review_statuses(store: Store, capsys) -> None:
    store.retract([SOTK], reason="duplicate")
    store.review(["bundled:2022-09-13-am-mod-sotk"], "verified")
    code, [info], _ = run(capsys, "info")
    assert code == 0 and (info["incidents"], info["retracted"]) == (17, 1)
    assert info["by_review_status"] == {"unreviewed": 16, "verified": 1}


def test_an_edit_is_undone_by_its_number_in_the_history(store: Store, capsys) -> None:
    before = store.get(SOTK)
    run(capsys, "edit", SOTK, "killed=9", "--by", "ana")
    code, entries, _ = run(capsys, "history", SOTK)
    assert [(e["change"], e["action"]) for e in entries] == [(1, "create"), (2, "edit")]
    code, [out], _ = run(capsys, "undo", SOTK, "2", "--note", "the count was right", "--by", "ben")
    assert code == 0 and out["undid"] == 2 and out["entry"]["changes"] == {"killed": {"old": 9, "new": before.killed}}
    assert store.get(SOTK).killed == before.killed
    main(["history", SOTK, "--text"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("3. ") and "ben undo edit" in lines[2] and "the count was right" in lines[2]
    for change, message in ((1, "is the claim's creation, not an edit"), (7, "has no change 7")):
        code, _, err = run(capsys, "undo", SOTK, str(change))
        assert code == 1 and message in err and "nothing was changed" in err
    assert len(store.history(SOTK)) == 3  # the refused undos wrote nothing
