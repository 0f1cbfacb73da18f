"""Re-importing the very same file: "unchanged, nothing to do" without reading its rows, and only then.

The fast path may answer only what the row-by-row path would have answered: whenever a claim was
written since (an edit, a retraction, another import), a byte of the file or an option differs,
the rows are read and compared as before, and a person's decision is never undone.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mapdata.cli import importing, main
from mapdata.formats.importer import preview_import
from mapdata.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ACLED = FIXTURES / "acled_current_synthetic.csv"  # 5 rows, all valid
UCDP = FIXTURES / "ucdp_download_synthetic.csv"


def _import(capsys: pytest.CaptureFixture[str], db: Path, file: Path, *options: str) -> tuple[int, dict]:
    code = main(["import", str(file), "--db", str(db), "--no-prepare", *options])
    return code, json.loads(capsys.readouterr().out)


def _written(db: Path) -> tuple[int, int, int]:
    """(data version, batches, history entries): what any write, even of nothing, would move."""
    con = sqlite3.connect(db)
    try:
        version = int(con.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()[0])
        return (
            version,
            con.execute("SELECT COUNT(*) FROM batches").fetchone()[0],
            con.execute("SELECT COUNT(*) FROM history").fetchone()[0],
        )
    finally:
        con.close()


def _reads_no_row(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the rows were read")

    monkeypatch.setattr(importing, "preview_path", never)


def test_the_same_file_again_says_unchanged_and_writes_nothing(db_path, capsys, monkeypatch):
    code, first = _import(capsys, db_path, ACLED)
    assert code == 0 and first["new"] == 5
    before = _written(db_path)

    _reads_no_row(monkeypatch)
    code, again = _import(capsys, db_path, ACLED)

    assert code == 0
    assert again["unchanged_file"] is True and again["imported"] is False
    assert (again["rows"], again["new"], again["updated"], again["unchanged"], again["rejected"]) == (5, 0, 0, 5, 0)
    assert again["same_as_batch"] == first["batch"]
    assert "unchanged" in again["message"] and "nothing to do" in again["message"]
    assert _written(db_path) == before  # no batch, no history, not even a new data version


def test_a_changed_byte_reads_every_row(db_path, capsys, tmp_path):
    _import(capsys, db_path, ACLED)
    changed = tmp_path / "acled.csv"
    changed.write_text(ACLED.read_text(encoding="utf-8").replace("ARM90002,2023-05-13", "ARM90002,2023-05-14"))

    code, again = _import(capsys, db_path, changed)

    assert code == 0 and "unchanged_file" not in again
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 1, 4)


def test_a_retraction_since_reads_every_row_and_the_claim_stays_retracted(db_path, capsys):
    _import(capsys, db_path, ACLED)
    Store(db_path).retract(["acled:ARM90001"], "a duplicate report", who="ana")

    code, again = _import(capsys, db_path, ACLED)

    assert code == 0 and "unchanged_file" not in again
    assert (again["unchanged"], again["retracted"]) == (5, 1)
    assert Store(db_path).curation("acled:ARM90001")["retracted_at"] is not None
    # That import met a retracted claim: it is not recorded as "the file, as stored", so the row
    # path runs again next time and says so again.
    code, third = _import(capsys, db_path, ACLED)
    assert "unchanged_file" not in third and third["retracted"] == 1


def test_an_edit_since_reads_every_row(db_path, capsys):
    _import(capsys, db_path, ACLED)
    Store(db_path).edit("acled:ARM90001", {"killed": 9}, who="ana", note="ministry update")

    code, again = _import(capsys, db_path, ACLED)

    assert code == 0 and "unchanged_file" not in again  # every row read and compared again
    assert again["updated_ids"] == [] and again["unchanged"] == 5  # a person's correction is kept (walk 5)
    assert Store(db_path).get("acled:ARM90001").killed == 9


def test_another_import_since_reads_the_rows_once_then_the_fast_path_returns(db_path, capsys, monkeypatch):
    _import(capsys, db_path, ACLED)
    _import(capsys, db_path, UCDP)

    code, second = _import(capsys, db_path, ACLED)
    assert code == 0 and "unchanged_file" not in second and second["unchanged"] == 5

    _reads_no_row(monkeypatch)
    code, third = _import(capsys, db_path, ACLED)
    assert code == 0 and third["unchanged_file"] is True and third["same_as_batch"] == second["batch"]


def test_other_options_or_reread_read_every_row(db_path, capsys):
    _import(capsys, db_path, ACLED)

    for options in (("--conflict", "armenia-azerbaijan"), ("--format", "acled"), ("--reread",)):
        code, again = _import(capsys, db_path, ACLED, *options)
        assert code == 0 and "unchanged_file" not in again, options
        assert again["unchanged"] == 5


def test_all_or_nothing_still_refuses_a_file_with_rejected_rows(db_path, capsys, tmp_path):
    bad = tmp_path / "acled.csv"
    lines = ACLED.read_text(encoding="utf-8").splitlines(keepends=True)
    bad.write_text("".join(lines) + lines[1].replace("ARM90001,2023-05-12", "ARM90009,yesterday"))
    code, first = _import(capsys, db_path, bad)
    assert code == 0 and first["rejected"] == 1

    code, again = _import(capsys, db_path, bad)
    assert code == 0 and again["unchanged_file"] is True and again["rejected"] == 1

    code, strict = _import(capsys, db_path, bad, "--all-or-nothing")
    assert code == 1 and "rejected" in strict["error"]


def test_skipped_duplicates_are_not_the_file_as_stored(db_path, capsys, tmp_path):
    _import(capsys, db_path, ACLED)
    # The same claims under other ids: each looks like a stored claim and is skipped by default.
    twin = tmp_path / "twin.csv"
    twin.write_text(ACLED.read_text(encoding="utf-8").replace("ARM9000", "ARM7000"))
    code, first = _import(capsys, db_path, twin)
    assert code == 0 and first["skipped_duplicates"] == 5

    code, again = _import(capsys, db_path, twin)
    assert "unchanged_file" not in again and again["duplicates"] == 5


def test_a_file_imported_on_the_page_is_known_to_the_command(db_path, capsys, monkeypatch):
    store = Store(db_path)
    preview_import(ACLED.read_bytes(), store, filename=ACLED.name).commit(store)

    _reads_no_row(monkeypatch)
    code, again = _import(capsys, db_path, ACLED)
    assert code == 0 and again["unchanged_file"] is True


def test_placing_rows_by_name_always_reads_them(db_path, capsys, tmp_path):
    # Placing by name also depends on the gazetteer and the names people placed since.
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("date,place,country,claimant,reporting_side\n2023-05-12,Sotk,AM,Armenian MoD,Armenia\n")
    _import(capsys, db_path, sheet, "--place-by-name", "--duplicates", "keep")

    code, again = _import(capsys, db_path, sheet, "--place-by-name")
    assert code == 0 and "unchanged_file" not in again and again["unchanged"] == 1
