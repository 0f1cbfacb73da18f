"""``python -m mapdata import`` / ``export``: JSON summaries, exit codes, filtered exports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mapdata.claims import cache
from mapdata.cli import main
from mapdata.store import Store, snapshot

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


def test_import_prints_counts_then_reimport_adds_nothing(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, summary = run_json(capsys, "import", str(FIXTURES / "acled_current_synthetic.csv"), "--db", str(db_path))
    assert code == 0
    assert (summary["format"], summary["new"], summary["updated"], summary["rejected"], summary["imported"]) == (
        "acled",
        5,
        0,
        0,
        True,
    )
    code, summary = run_json(capsys, "import", str(FIXTURES / "acled_current_synthetic.csv"), "--db", str(db_path))
    assert code == 0
    assert (summary["new"], summary["unchanged"]) == (0, 5)


def test_import_prepares_what_the_map_reads_first(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, summary = run_json(capsys, "import", str(FIXTURES / "acled_current_synthetic.csv"), "--db", str(db_path))
    assert code == 0 and summary["prepared_seconds"] >= 0
    # The app's first page then reads neither the table nor finds the clashes again.
    monkeypatch.setattr(snapshot, "read_incidents_table", _never)
    monkeypatch.setattr(cache, "find_clashes", _never)
    store = Store(db_path)
    clashes = cache.cached_clashes(store.frame(), store.cache_path(cache.CLASHES_SUFFIX))
    assert len(clashes.status) == store.count()

    code, summary = run_json(
        capsys, "import", str(FIXTURES / "ucdp_download_synthetic.csv"), "--db", str(db_path), "--no-prepare"
    )
    assert code == 0 and "prepared_seconds" not in summary
    with pytest.raises(AssertionError, match="read again"):
        Store(db_path).frame()


def _never(*args: object, **kwargs: object) -> None:
    raise AssertionError("read again")


def test_import_reports_rejected_rows_and_imports_the_rest(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, summary = run_json(
        capsys, "import", str(FIXTURES / "acled_bad_rows.csv"), "--db", str(db_path), "--duplicates", "keep"
    )
    assert code == 0
    assert (summary["new"], summary["rejected"]) == (1, 4)
    assert summary["errors"][0] == {"row": 2, "column": "event_date", "message": "is empty"}


def test_all_or_nothing_exits_non_zero_and_writes_nothing(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    count = Store(db_path).count()
    code, summary = run_json(
        capsys, "import", str(FIXTURES / "acled_bad_rows.csv"), "--db", str(db_path), "--all-or-nothing"
    )
    assert code == 1
    assert summary["imported"] is False and "nothing was imported" in summary["error"]
    assert Store(db_path).count() == count


def test_import_whose_follow_up_write_failed_reports_the_committed_rows(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mapdata.errors import StoreError
    from mapdata.geo.placebook import PlaceBook

    def disk_full(self, names):
        raise StoreError("database or disk is full")

    monkeypatch.setattr(PlaceBook, "note_unresolved", disk_full)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "date,place,country,claimant,reporting_side\n2023-05-12,Sotk,AM,Armenian MoD,Armenia\n"
        "2023-05-12,Nowhereville Xyz,,Someone,media\n"
    )
    before = Store(db_path).count()
    # --duplicates keep: the Sotk row also looks like the bundled Sotk claim
    code, summary = run_json(
        capsys, "import", str(sheet), "--db", str(db_path), "--place-by-name", "--duplicates", "keep"
    )
    assert code == 2  # imported, but not everything asked for was done
    assert summary["imported"] is True and summary["new"] == 1 and summary["batch"]
    assert "disk is full" in summary["follow_up_error"]
    assert "nothing" not in json.dumps(summary).lower()
    assert Store(db_path).count() == before + 1


@pytest.mark.parametrize("name", ["page.html", "empty.csv", "ourcsv_latin1.csv"])
def test_unimportable_file_exits_non_zero_with_the_reason(
    db_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, summary = run_json(capsys, "import", str(FIXTURES / name), "--db", str(db_path))
    assert code == 1
    assert summary["imported"] is False and summary["error"]


def test_forced_format(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, summary = run_json(
        capsys, "import", str(FIXTURES / "acled_current_synthetic.csv"), "--format", "ucdp", "--db", str(db_path)
    )
    assert code == 1 and "missing column(s)" in summary["error"]
    code, summary = run_json(
        capsys, "import", str(FIXTURES / "ucdp_download_synthetic.csv"), "--format", "ucdp", "--db", str(db_path)
    )
    assert code == 0 and summary["new"] == 3


def test_export_applies_filters(db_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    main(["import", str(FIXTURES / "acled_current_synthetic.csv"), "--db", str(db_path)])
    capsysbinary.readouterr()
    code = main(
        [
            "export",
            "--format",
            "geojson",
            "--from",
            "2023-05-13",
            "--to",
            "2023-05-15",
            "--side",
            "Azerbaijani",
            "media",
            "--db",
            str(db_path),
        ]
    )
    assert code == 0
    document = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert sorted(f["id"] for f in document["features"]) == ["acled:ARM90002", "acled:ARM90003"]
    code = main(["export", "--format", "csv", "--source", "EU Mission in Armenia", "--db", str(db_path)])
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert len(lines) == 2 and lines[1].startswith("acled:ARM90004,") and "Կապան" in lines[1]


def test_export_rejects_an_unknown_side(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "--side", "Martian", "--db", str(db_path)]) == 1
    assert "unknown side 'Martian'" in capsys.readouterr().err


def test_real_entry_point_round_trip(tmp_path: Path) -> None:
    """Through ``python -m mapdata``: export one database, import into another, nothing lost."""
    source_db, target_db, exported = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "out.csv"
    env_cmd = [sys.executable, "-m", "mapdata"]
    done = subprocess.run(
        [*env_cmd, "import", str(FIXTURES / "ucdp_download_synthetic.csv"), "--db", str(source_db)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    with exported.open("wb") as out:
        done = subprocess.run(
            [*env_cmd, "export", "--format", "csv", "--db", str(source_db)],
            cwd=REPO,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 0, done.stderr
    Store(target_db, seed=False)
    done = subprocess.run(
        [*env_cmd, "import", str(exported), "--db", str(target_db)], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["format"], summary["new"], summary["rejected"]) == ("csv", Store(source_db).count(), 0)


def test_place_by_name_flag(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    own = tmp_path / "own.csv"
    own.write_text(
        "date,place,country,claimant,reporting_side\n2023-05-12,Jermuk,AM,Armenian MoD,Armenia\n", encoding="utf-8"
    )
    code, summary = run_json(capsys, "import", str(own), "--db", str(db_path))
    assert code == 1 and "latitude/longitude" in summary["error"]
    code, summary = run_json(capsys, "import", str(own), "--db", str(db_path), "--place-by-name")
    assert code == 0 and summary["new"] == 1
